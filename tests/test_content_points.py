"""Card content checked against its sources: marked content points and per-key provenance.

The checks work on the data, not on English words: each pack marks, per content point, the
key that carries it and the words of its own language that express it (``[points]``), and
the shipped English names the document and section of every key (``[sources]``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cardmaker.cli.main import main
from cardmaker.core.content import TEXT_KEYS, load_pack
from cardmaker.core.library import CardLibrary
from cardmaker.core.provenance import (
    REQUIRED_POINTS,
    check_points,
    reference_documents,
    reference_sources,
)
from cardmaker.core.resources import card_text_dir
from tests.test_languages import LANGUAGES

ENGLISH = (card_text_dir() / "en.toml").read_text(encoding="utf-8")
OLD_CONTACT = (
    "Contact your doctor and dentist **immediately** if you have problems with your mouth or "
    "teeth: loose teeth, pain or swelling, sores that do not heal, or discharge."
)


def _variant(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of the shipped English pack with one piece of it replaced."""
    assert old in ENGLISH
    path = tmp_path / "en.toml"
    path.write_text(ENGLISH.replace(old, new, 1), encoding="utf-8")
    return path


def _fields(path: Path) -> set[str]:
    return {problem.field for problem in check_points(load_pack(path))}


def _contact_line() -> str:
    return next(line for line in ENGLISH.splitlines() if line.startswith("during_contact = "))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_pack_carries_every_content_point(language: str, library: CardLibrary) -> None:
    assert check_points(library.content.get(language)) == []


def test_a_pack_without_marked_points_fails_on_each_point(tmp_path: Path) -> None:
    path = _variant(tmp_path, "\n[points]\n", "\n[unmarked]\n")
    path.write_text(path.read_text(encoding="utf-8").split("\n[unmarked]\n")[0], "utf-8")
    assert _fields(path) == {f"points.{name}" for name in REQUIRED_POINTS}


def test_the_old_closed_list_fails(tmp_path: Path) -> None:
    """A colon list without 'such as', the ONJ reason and 'after stopping' is caught."""
    path = _variant(tmp_path, _contact_line(), f'during_contact = "{OLD_CONTACT}"')
    assert _fields(path) == {
        "points.contact_open_list",
        "points.contact_signs",
        "points.contact_reason",
        "points.contact_after_stopping",
    }


def test_contact_advice_without_the_time_after_stopping_fails(tmp_path: Path) -> None:
    path = _variant(tmp_path, "During treatment and after it stops, contact", "Contact")
    assert _fields(path) == {"points.contact_after_stopping"}


def test_signs_listed_before_the_open_list_words_fail(tmp_path: Path) -> None:
    """Marked words present but in an order that closes the list are caught too."""
    path = _variant(
        tmp_path,
        "teeth such as loose teeth, pain, swelling",
        "teeth: loose teeth, pain, swelling, such as",
    )
    assert _fields(path) == {"points.contact_open_list"}


def test_a_reason_before_the_signs_fails(tmp_path: Path) -> None:
    contact = _contact_line()
    moved = contact.replace(", as these could be signs of ONJ.", ".").replace(
        "During treatment", "As these could be signs of ONJ: during treatment"
    )
    path = _variant(tmp_path, contact, moved)
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            'words = "as these could be signs of ONJ"', 'words = "As these could be signs of ONJ"'
        ),
        encoding="utf-8",
    )
    assert _fields(path) == {"points.contact_reason"}


def test_signs_dropped_together_with_their_markers_fail(tmp_path: Path) -> None:
    """Leaving out signs cannot pass by leaving them out of the marked words as well."""
    path = _variant(tmp_path, ", discharge, or numbness or heaviness in the jaw,", ",")
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            ', "discharge", "numbness", "heaviness in the jaw"]', "]"
        ),
        encoding="utf-8",
    )
    assert _fields(path) == {"points.contact_signs"}


def test_a_sign_marked_twice_does_not_count_twice(tmp_path: Path) -> None:
    path = _variant(tmp_path, '"numbness", "heaviness in the jaw"]', '"pain", "pain"]')
    assert _fields(path) == {"points.contact_signs"}


def test_a_point_marked_in_the_wrong_key_fails(tmp_path: Path) -> None:
    old = 'dental_surgery = { key = "during_dental"'
    path = _variant(tmp_path, old, 'dental_surgery = { key = "during_hygiene"')
    assert _fields(path) == {"points.dental_surgery"}


def test_dental_surgery_must_stay_dental(tmp_path: Path) -> None:
    path = _variant(tmp_path, "will have dental surgery", "will have surgery")
    assert _fields(path) == {"points.dental_surgery"}


def test_every_english_key_names_its_source_and_every_source_its_document() -> None:
    sources = reference_sources()
    documents = reference_documents()
    assert set(sources) == set(TEXT_KEYS)
    labels = {label for source in sources.values() for label in re.findall(r"\[(\w+)\]", source)}
    assert labels <= set(documents)
    for label, document in documents.items():
        assert "2026-11-30" in document or "assets/" in document, label


def test_languages_details_shows_sources_and_points(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["languages", "--details", "de"]) == 0
    out = capsys.readouterr().out
    assert out.count("  source: ") == len(TEXT_KEYS)
    assert "(no source recorded)" not in out
    assert "point:  contact_reason: Dies können Anzeichen einer ONJ sein" in out
    assert "content points: all marked and found" in out
    assert "[CARD] EU patient reminder card" in out
