"""Font subsets are named after what they hold: one name, one subset, in single and joined files."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pikepdf
import pypdf
import pytest

from cardmaker.batch.pdfjoin import PdfJoiner
from cardmaker.cli.main import main
from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardRequest
from cardmaker.render.card import render_card
from cardmaker.render.subsets import SubsetNamingError, content_named_subsets
from tests.pdfcheck import all_text

LANGUAGES = ("en", "de", "el", "bg", "pl", "fr")


def subsets(data: bytes) -> dict[str, set[bytes]]:
    """Subset name -> the distinct contents (character map and glyphs) carried by that name."""
    found: dict[str, set[bytes]] = {}
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == pikepdf.Name.Font:
                name = str(obj.BaseFont)[1:]
                content = obj.ToUnicode.read_bytes().replace(name[:7].encode(), b"")
                content += obj.FontDescriptor.FontFile2.read_bytes()
                assert str(obj.FontDescriptor.FontName)[1:] == name
                found.setdefault(name, set()).add(content)
    return found


def sound(data: bytes) -> bool:
    """Qpdf reads every object and stream without repairing anything."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                obj.read_bytes()
        return pdf.get_warnings() == []


def _cards(library: CardLibrary, sample_request: CardRequest) -> dict[str, bytes]:
    return {
        lang: render_card(replace(sample_request, language=lang), library) for lang in LANGUAGES
    }


def test_subset_names_differ_across_languages(
    library: CardLibrary, sample_request: CardRequest
) -> None:
    names: dict[str, bytes] = {}
    for lang, data in _cards(library, sample_request).items():
        for name, contents in subsets(data).items():
            assert len(contents) == 1
            tag, family = name.split("+")
            assert len(tag) == 6 and tag.isupper() and family.startswith("NotoSans")
            assert names.setdefault(name, next(iter(contents))) == next(iter(contents)), (
                f"{name} names two different subsets ({lang})"
            )
    # Two faces in each of six languages: twelve different subsets, twelve names; and the
    # black triangle's one-glyph subset, the same in every language, under one name.
    assert len(names) == 2 * len(LANGUAGES) + 1


def test_same_subset_same_name(library: CardLibrary, sample_request: CardRequest) -> None:
    first = render_card(sample_request, library)
    again = render_card(replace(sample_request, first_injection=None), library)
    # The dates use no letter that the rest of the card lacks: the same subsets, the same names.
    assert set(subsets(first)) == set(subsets(again))
    other = render_card(replace(sample_request, patient_name="Zoë Ångström"), library)
    assert set(subsets(first)) != set(subsets(other))


def test_renaming_keeps_the_file_valid(library: CardLibrary, sample_request: CardRequest) -> None:
    data = render_card(sample_request, library)
    assert content_named_subsets(data) == data  # already named: nothing changes
    reader = pypdf.PdfReader(io.BytesIO(data), strict=True)
    assert "Mary O'Brien" in all_text(data) and len(reader.pages) == 2
    assert sound(data)


def test_refuses_a_file_it_cannot_read() -> None:
    with pytest.raises(SubsetNamingError):
        content_named_subsets(b"%PDF-1.4\nnot reportlab\n")


def test_joined_file_of_many_languages_has_one_subset_per_name(
    library: CardLibrary, sample_request: CardRequest
) -> None:
    out = io.BytesIO()
    joiner = PdfJoiner(out.write)
    cards = _cards(library, sample_request)
    for data in cards.values():
        joiner.append(data)
    joiner.append(cards["en"])  # the same subsets again: they keep their names
    joiner.finish()
    joined = subsets(out.getvalue())
    assert all(len(contents) == 1 for contents in joined.values())
    assert len(joined) == 2 * len(LANGUAGES) + 1  # and the one triangle subset
    pypdf.PdfReader(io.BytesIO(out.getvalue()), strict=True)


def test_combined_batch_file_has_one_subset_per_name(tmp_path: Path) -> None:
    rows = tmp_path / "list.csv"
    rows.write_text(
        "patient_name,language,country\nAnna Muster,de,DE\nΜαρία Παπαδοπούλου,el,GR\n"
        "Jean Dupont,fr,FR\nМария Иванова,bg,BG\n",
        encoding="utf-8",
    )
    out = tmp_path / "all.pdf"
    assert (
        main(["batch", str(rows), "--medicine", "kefdensis", "--combined", str(out), "--quiet"])
        == 0
    )
    found = subsets(out.read_bytes())
    assert all(len(contents) == 1 for contents in found.values())
    assert len(found) >= 2  # one regular and one bold subset at least
    assert sound(out.read_bytes())
