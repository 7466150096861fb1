"""Column headings as data: every card language, case and accents ignored, name pairs."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from cardmaker.batch.columns import map_columns
from cardmaker.batch.headers import FIELDS, load_headings
from cardmaker.batch.rows import RowReader
from cardmaker.batch.source import Record
from cardmaker.core.errors import DataFileError
from cardmaker.core.library import load_library
from cardmaker.core.model import CardRequest
from cardmaker.core.resources import asset_path

CARD_LANGUAGES = set(
    "bg cs da de el en es et fi fr ga hr hu is it lt lv mt nl no pl pt ro sk sl sv".split()
)
DATA = tomllib.loads(asset_path("headings.toml").read_text("utf-8"))


@pytest.mark.parametrize("field", [f for f in FIELDS if f not in ("lang", "country", "format")])
def test_every_field_has_headings_in_every_card_language(field: str) -> None:
    assert set(DATA[field]) == CARD_LANGUAGES
    assert all(DATA[field][lang] for lang in CARD_LANGUAGES)


def test_a_heading_in_two_fields_is_a_data_error() -> None:
    with pytest.raises(DataFileError, match="'Nume' is already a patient_name"):
        load_headings('[patient_name]\nro = ["nume"]\n[clinic]\nro = ["Nume"]\n')
    with pytest.raises(DataFileError, match="is not a field"):
        load_headings('[surname]\nen = ["x"]\n')


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Nume", "patient_name"),
        ("NUMELE PACIENTULUI", "patient_name"),
        ("Nume și prenume", "patient_name"),
        ("nume si prenume", "patient_name"),
        ("Beteg neve", "patient_name"),
        ("Vardas Pavardė", "patient_name"),
        ("Ονοματεπώνυμο", "patient_name"),
        ("ονοματεπωνυμο", "patient_name"),
        ("Име на пациента", "patient_name"),
        ("Nafn sjúklings", "patient_name"),
        ("Pasientnavn", "patient_name"),
        ("Isem tal-pazjent", "patient_name"),
        ("Nom du patient (*)", "patient_name"),
        ("Első injekció", "first_injection"),
        ("Pirmā injekcija", "first_injection"),
        ("Următoarea injecție", "next_injection"),
        ("Лекуващ лекар", "prescriber"),
        ("Telefonszám", "prescriber_phone"),
        ("Gyógyszertár", "clinic"),
        ("Τηλέφωνο", "prescriber_phone"),
    ],
)
def test_headings_of_every_language(heading: str, field: str) -> None:
    headers = (heading,) if field == "patient_name" else ("name", heading)
    mapping = map_columns(headers)
    assert mapping.fields[-1] == field


@pytest.mark.parametrize(
    ("headers", "given", "family"),
    [
        (("Prenume", "Nume"), 0, 1),
        (("Nume", "Prenume"), 1, 0),
        (("Vorname", "Name"), 0, 1),
        (("Nome", "Cognome"), 0, 1),
        (("Keresztnév", "Vezetéknév"), 0, 1),
        (("Όνομα", "Επώνυμο"), 0, 1),
        (("Собствено име", "Фамилия"), 0, 1),
        (("Eesnimi", "Perekonnanimi"), 0, 1),
        (("Vārds", "Uzvārds"), 0, 1),
    ],
)
def test_given_and_family_name_pairs(headers: tuple[str, str], given: int, family: int) -> None:
    mapping = map_columns(headers)
    assert mapping.name_columns == (given, family)


def test_an_empty_name_column_does_not_win_over_given_and_family() -> None:
    headers = ("Name", "First name", "Last name", "First injection")
    mapping = map_columns(headers)
    library = load_library()
    reader = RowReader(mapping, CardRequest("kefdensis", "en", "IE", ""), library)
    empty_name = reader.read(Record(2, ("", "Ann", "One", "2026-03-01")))
    full_name = reader.read(Record(3, ("Bob Two", "", "", "2026-03-01")))
    assert empty_name.card is not None and empty_name.card.request.patient_name == "Ann One"
    assert full_name.card is not None and full_name.card.request.patient_name == "Bob Two"
    assert any("where Name is empty" in note for note in mapping.notes)


def test_known_unused_columns_are_noted_without_a_warning() -> None:
    mapping = map_columns(("Name", "Bemerkungen", "Geburtsdatum", "Kundennr"))
    assert mapping.fields == ("patient_name", None, None, None)
    assert "column 'Bemerkungen' is not used" in mapping.notes
    assert "column 'Kundennr' is not used (heading not recognised)" in mapping.notes


def test_the_data_file_is_shipped() -> None:
    assert Path(asset_path("headings.toml")).is_file()
