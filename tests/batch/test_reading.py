"""Reading lists: encodings, delimiters, RFC 4180, line numbers, dates, columns."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from cardmaker.batch.alphabets import judge_word
from cardmaker.batch.celldates import CellDateError, DateOrder, cell_date
from cardmaker.batch.columns import map_columns, parse_map_option
from cardmaker.batch.csvsource import detect_delimiter, detect_encoding
from cardmaker.batch.source import open_table
from cardmaker.core.errors import UnreadableInputError


def _write(tmp_path: Path, data: bytes, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("codec", "names", "languages"),
    [
        ("cp1250", ["Žofie Dvořáková", "Łukasz Żółć", "Ödön Szőke"], ()),
        ("cp1252", ["José Muñoz", "François Müller", "Björk Guðmundsdóttir"], ("en", "ga")),
        ("iso-8859-2", ["Žofie Dvořáková", "Łukasz Żółć"], ()),
        ("cp1251", ["Дмитрий Иванов", "Ольга Петрова"], ()),
        ("iso-8859-5", ["Дмитрий Иванов", "Ольга Петрова"], ("bg",)),
        ("cp1250", ["Kovács Győző", "Szőke Tünde"], ("hu",)),
        ("iso-8859-15", ["Lœuillet Zoé", "Éloïse Bœuf"], ()),
    ],
)
def test_legacy_code_pages_are_told_apart_by_the_names(
    tmp_path: Path, codec: str, names: list[str], languages: tuple[str, ...]
) -> None:
    text = "name;date\n" + "".join(f"{n};2026-03-01\n" for n in names)
    path = _write(tmp_path, text.encode(codec))
    guess = detect_encoding(path, languages)
    assert text.encode(codec).decode(guess.name) == text
    assert guess.confident


def test_utf8_is_decided_on_the_whole_file(tmp_path: Path) -> None:
    # 100 kB of ASCII, then one accented name: a look at the start would say ASCII.
    text = "name\n" + "Anna Smith\n" * 10_000 + "Zoë Brontë\n"
    assert detect_encoding(_write(tmp_path, text.encode("utf-8"))).name == "utf-8"
    assert detect_encoding(_write(tmp_path, text.encode("cp1252"))).name == "windows-1252"


def test_utf16_without_bom_and_nul_bytes(tmp_path: Path) -> None:
    assert detect_encoding(_write(tmp_path, "name\nAnna\n".encode("utf-16-le"))).name == "utf-16-le"
    with pytest.raises(UnreadableInputError, match="NUL"):
        detect_encoding(_write(tmp_path, b"name\nAn\x00na\x01\x02\n"))


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("name,date\nA,1\n", ","),
        ("name;date\nA;1\n", ";"),
        ("name\tdate\nA\t1\n", "\t"),
        ('name;note\n"Smith, Anna";"a, b, c"\n', ";"),
        ('name,note\n"Smith; Anna","x"\n', ","),
    ],
)
def test_delimiter(head: str, expected: str) -> None:
    assert detect_delimiter(head) == expected


def test_rfc4180_records_and_line_numbers(tmp_path: Path) -> None:
    data = b'name,clinic\r\n"Smith, ""Anna""","two\r\nlines"\r\n\r\n,\r\nC:\\temp,x\r\n'
    table = open_table(_write(tmp_path, data))
    records = list(table.records())
    table.close()
    assert table.headers == ("name", "clinic")
    assert [(r.line, r.cells) for r in records] == [
        (2, ('Smith, "Anna"', "two\r\nlines")),
        (4, ()),
        (5, ("", "")),
        (6, ("C:\\temp", "x")),
    ]


def test_override_encoding_and_delimiter(tmp_path: Path) -> None:
    path = _write(tmp_path, "a|b\nÉva|1\n".encode("cp1250"))
    table = open_table(path, encoding="cp1250", delimiter="|")
    assert [r.cells for r in table.records()] == [("Éva", "1")]
    table.close()
    with pytest.raises(UnreadableInputError, match="unknown encoding"):
        open_table(path, encoding="klingon")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "no header"),
        (b"\n\n;;\n", "no header"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", ".xls"),
        (b"PK\x03\x04broken", "cannot be read"),
    ],
)
def test_unreadable_files(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(UnreadableInputError, match=message):
        open_table(_write(tmp_path, data))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInputError, match="cannot open"):
        open_table(tmp_path / "nope.csv")


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2026-03-01T00:00:00", DateOrder.DMY, date(2026, 3, 1)),
        ("01.03.2026", DateOrder.DMY, date(2026, 3, 1)),
        ("03/01/2026", DateOrder.MDY, date(2026, 3, 1)),
        ("2026.03.01.", DateOrder.DMY, date(2026, 3, 1)),
    ],
)
def test_text_cells_go_through_the_core_reader(text: str, order: DateOrder, expected: date) -> None:
    assert cell_date(text, order) == expected


def test_cells_of_other_types() -> None:
    assert cell_date(None, DateOrder.DMY) is None
    assert cell_date("  ", DateOrder.DMY) is None
    with pytest.raises(CellDateError, match="number") as caught:
        cell_date(46000.0, DateOrder.DMY)
    assert caught.value.problem.params == ("46000",)
    assert cell_date(datetime(2026, 3, 1, 10, 30), DateOrder.DMY) == date(2026, 3, 1)
    with pytest.raises(CellDateError, match="two-digit year"):
        cell_date("1.3.26", DateOrder.DMY)


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Name", "patient_name"),
        ("PATIENT", "patient_name"),
        ("Nom du patient", "patient_name"),
        ("Patientenname", "patient_name"),
        ("Jméno pacienta", "patient_name"),
        ("Ονοματεπώνυμο", "patient_name"),
        ("Telefon", "prescriber_phone"),
        ("Téléphone", "prescriber_phone"),
        ("Erste Injektion", "first_injection"),
        ("Próxima inyección", "next_injection"),
        ("Médecin prescripteur", "prescriber"),
        ("Pharmacie", "clinic"),
        ("Langue", "lang"),
        ("Land", "country"),
        ("Format", "format"),
        ("Medikament", "medicine"),
    ],
)
def test_heading_variants(heading: str, field: str) -> None:
    headers = (heading,) if field == "patient_name" else ("name", heading)
    assert map_columns(headers).fields[-1] == field


def test_split_names_unknown_columns_and_overrides() -> None:
    mapping = map_columns(("Name", "Vorname", "Geburtsdatum", "Tel."))
    assert mapping.fields == ("family_name", "given_name", None, "prescriber_phone")
    assert mapping.name_columns == (1, 0)
    assert any("Geburtsdatum" in note for note in mapping.notes)
    mapping = map_columns(("Name", "Vorname", "Tel."), dict([parse_map_option("TEL.=ignore")]))
    assert mapping.fields[2] is None
    mapping = map_columns(("Patient", "Kunde"), {"Kunde": "patient_name"})
    assert mapping.name_columns == (1,)
    with pytest.raises(UnreadableInputError, match="no column holds"):
        map_columns(("Geburtsdatum", "Notiz"))
    with pytest.raises(UnreadableInputError, match="unknown field"):
        parse_map_option("Name=surname")
    with pytest.raises(UnreadableInputError, match="no column"):
        map_columns(("Name",), {"Nachname": "patient_name"})


@pytest.mark.parametrize(
    ("word", "plausible"),
    [
        ("Dvořáková", True),
        ("Dvoøáková", False),  # ø and á: no language writes both
        ("L½uillet", False),  # a symbol inside a word
        ("Ylä-Mononen", True),
        ("Jean-François", True),
        ("Ó", True),
        ("Ķ", False),  # a lone accented capital: Irish Ó in a Baltic code page
        ("Muńoz", False),  # Polish ń never comes before a vowel
        ("Gdańsk", True),
        ("хБЮМНБ", False),  # a code page with swapped cases
        ("Рбрбдьрпхлпт", False),  # Greek read as Windows-1251: no vowels
        ("Gßbor", False),
        ("Straße", True),
        ("»aren", False),
        ("J³rgen", False),
    ],
)
def test_which_words_a_language_writes(word: str, plausible: bool) -> None:
    assert judge_word(word).plausible is plausible
