"""Lists that broke the reading pipeline when tried as clinics and hostile files would."""

from __future__ import annotations

import warnings
import zipfile
from pathlib import Path

import pytest

from cardmaker.batch import xlsxparts
from cardmaker.batch.columns import map_columns
from cardmaker.batch.csvsource import detect_encoding
from cardmaker.batch.encoding import EncodingUncertainError
from cardmaker.batch.readproblems import ListReadError
from cardmaker.batch.rows import RowReader
from cardmaker.batch.source import Record, open_table
from cardmaker.core.library import load_library
from cardmaker.core.model import CardRequest
from tests.batch.conftest import CliRun
from tests.batch.xlsx_builder import STYLES, patient_sheet, shared_strings, write_xlsx

GERMAN = ["Müller Hans", "Schäfer Jörg", "Weiß Käthe", "Öztürk Mehmet"]


def _csv(tmp_path: Path, names: list[str], codec: str) -> Path:
    path = tmp_path / "list.csv"
    text = "patient_name,first_injection\n" + "".join(f"{n},2026-03-01\n" for n in names)
    path.write_bytes(text.encode(codec))
    return path


def _names_or_refusal(path: Path, languages: tuple[str, ...]) -> list[str] | None:
    try:
        table = open_table(path, languages=languages)
    except EncodingUncertainError:
        return None
    return [str(record.cells[0]) for record in table.records()]


@pytest.mark.parametrize(
    ("names", "codec", "languages"),
    [
        # Excel for Mac's "CSV (Macintosh)": was read as cp852, "Mčller", "SchŐfer JÜrg".
        (GERMAN, "mac-roman", ("de",)),
        (GERMAN, "mac-roman", ()),
        # Turkish names in a German clinic's list saved by a Turkish Windows: read as
        # Windows-1257, "Yżlmaz Ayže", "Ēelik Gülžen".
        (["Müller Hans", "Yılmaz Ayşe", "Çelik Gülşen", "Straße Jörg"], "cp1254", ("de",)),
    ],
)
def test_names_come_out_exactly_or_the_list_is_refused(
    tmp_path: Path, names: list[str], codec: str, languages: tuple[str, ...]
) -> None:
    read = _names_or_refusal(_csv(tmp_path, names, codec), languages)
    assert read is None or read == names


def test_a_reading_with_misread_letters_in_names_is_not_confident(tmp_path: Path) -> None:
    # Bytes that no code page tried reads as names (KOI8-R): never a confident guess.
    path = _csv(tmp_path, ["Иванов Петър", "Георгиева Мария"], "koi8-r")
    guess = detect_encoding(path, ("de",))
    assert not guess.confident or guess.name == "koi8-r"


def test_uncertain_message_shows_short_examples(tmp_path: Path) -> None:
    long_name = "Kovács Győző " * 40
    path = _csv(tmp_path, [long_name.strip(), "Szőke Tünde"], "cp1250")
    with pytest.raises(EncodingUncertainError) as caught:
        open_table(path)
    assert len(str(caught.value)) < 600


@pytest.mark.parametrize("first", ["9999-12-31", "9999-07-01"])
def test_a_first_injection_at_the_calendars_end_is_refused_not_a_crash(
    tmp_path: Path, run_cli: CliRun, first: str
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(f"patient_name,first_injection\nAnn One,{first}\nBob Two,2026-03-01\n")
    code, _, err = run_cli(
        "batch",
        path,
        "-o",
        tmp_path / "out",
        "--medicine",
        "prolia",
        "--lang",
        "en",
        "--country",
        "IE",
    )
    assert "Traceback" not in err
    assert code == 3 and f"{first} is not a plausible date" in err
    code, _, err = run_cli(
        "render",
        "--medicine",
        "prolia",
        "--lang",
        "en",
        "--patient-name",
        "Ann One",
        "--first-injection",
        first,
        "-o",
        tmp_path / "one.pdf",
    )
    assert code == 2 and "not a plausible date" in err and "Traceback" not in err


def _cell_bomb(tmp_path: Path) -> Path:
    # 48 kB on disk: one row of 12 million empty cells took 55 s and a gigabyte; here
    # 100,000 are enough to pass any honest row (Excel has 16,384 columns).
    row = '<c r="A2" t="inlineStr"><is><t>Ann</t></is></c>' + "<c/>" * 100_000
    sheet = patient_sheet().replace("</sheetData>", f'<row r="2">{row}</row></sheetData>')
    return write_xlsx(tmp_path / "cells.xlsx", {"P": sheet})


def _run_bomb(tmp_path: Path) -> Path:
    # One shared string of 100,000 rich-text runs (3 million took 26 s).
    runs = "<r><t>a</t></r>" * 100_000
    strings = shared_strings(["x"]).replace("</sst>", f"<si>{runs}</si></sst>")
    return write_xlsx(tmp_path / "runs.xlsx", {"P": patient_sheet(("Ann", "2026-03-01"))}, strings)


def _style_bomb(tmp_path: Path) -> Path:
    path = write_xlsx(tmp_path / "styles.xlsx", {"P": patient_sheet(("Ann", "2026-03-01"))})
    with zipfile.ZipFile(path, "a") as book, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the duplicate name is the point
        book.writestr("xl/styles.xml", STYLES.replace("<numFmts", "<b/>" * 100_000 + "<numFmts"))
    return path


@pytest.mark.parametrize("make", [_cell_bomb, _run_bomb])
def test_a_row_or_text_of_countless_elements_is_refused(tmp_path: Path, make: object) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(ListReadError) as caught:
        open_table(path)
    assert caught.value.code == "cannot_be_read" and "XML elements" in str(caught.value)


def test_a_part_of_countless_elements_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Rows of honest width, but more elements in all than a patient list has.
    monkeypatch.setattr(xlsxparts, "MAX_PART_ELEMENTS", 50_000)
    monkeypatch.setattr(xlsxparts, "MAX_SMALL_PART_ELEMENTS", 50_000)
    sheet = patient_sheet(*[(f"P{i}", "2026-03-01") for i in range(20_000)])
    with pytest.raises(ListReadError, match="XML elements"):
        open_table(write_xlsx(tmp_path / "many.xlsx", {"P": sheet}))
    with pytest.raises(ListReadError, match="XML elements"):
        open_table(_style_bomb(tmp_path))


@pytest.mark.parametrize(
    ("headers", "values", "name"),
    [
        # Bulgarian lists give the three names; "презиме" is the father's name, not the
        # family name (the family name was dropped: "Петър Иванов").
        (("Име", "Презиме", "Фамилия"), ("Петър", "Иванов", "Георгиев"), "Петър Иванов Георгиев"),
        # Spanish lists give both surnames (the second was dropped).
        (
            ("Nombre", "Primer apellido", "Segundo apellido"),
            ("José", "García", "López"),
            "José García López",
        ),
        # The Dutch infix belongs to the family name ("Jan Berg" was printed).
        (
            ("Voornaam", "Tussenvoegsel", "Achternaam"),
            ("Jan", "van der", "Berg"),
            "Jan van der Berg",
        ),
        (("First name", "Middle name", "Last name"), ("Mary", "Ann", "Smith"), "Mary Ann Smith"),
        (("Fornavn", "Mellemnavn", "Efternavn"), ("Anne", "Marie", "Jensen"), "Anne Marie Jensen"),
        (("Fornavn", "Mellomnavn", "Etternavn"), ("Kari", "", "Nordmann"), "Kari Nordmann"),
    ],
)
def test_every_part_of_a_split_name_is_printed(
    headers: tuple[str, ...], values: tuple[str, ...], name: str
) -> None:
    mapping = map_columns((*headers, "First injection"))
    reader = RowReader(mapping, CardRequest("kefdensis", "en", "IE", ""), load_library())
    result = reader.read(Record(2, (*values, "2026-03-01")))
    assert result.card is not None and result.card.request.patient_name == name


def test_a_middle_name_alone_is_not_a_name() -> None:
    mapping = map_columns(("Name", "Middle name", "First injection"))
    assert mapping.name_columns == (0,)
    assert mapping.fields[1] is None


@pytest.mark.parametrize(("language", "name"), [("hu", "Kovács Győző"), ("de", "Győző Kovács")])
def test_a_hungarian_card_prints_the_family_name_first(language: str, name: str) -> None:
    # Hungarians write the family name first: "Kovács Győző", never "Győző Kovács".
    mapping = map_columns(("Vezetéknév", "Keresztnév", "Első injekció"))
    reader = RowReader(mapping, CardRequest("kefdensis", language, "HU", ""), load_library())
    result = reader.read(Record(2, ("Kovács", "Győző", "2026-03-01")))
    assert result.card is not None and result.card.request.patient_name == name


@pytest.mark.parametrize("codec", ["iso-8859-16", "cp1250"])
def test_romanian_lists_print_s_and_t_with_the_comma_below(tmp_path: Path, codec: str) -> None:
    # Windows-1250 has only the cedilla letters and ISO-8859-16 puts the comma ones on the
    # same bytes: the bytes cannot tell, and Romanian writes ș and ț ("Ştefănescu" was
    # printed for an ISO-8859-16 list that said "Ștefănescu").
    names = ["Ștefănescu Țărână", "Mușat Ana"]
    legacy = str.maketrans("ȘșȚț", "ŞşŢţ") if codec == "cp1250" else None
    written = [n.translate(legacy) if legacy else n for n in names]
    assert _names_or_refusal(_csv(tmp_path, written, codec), ("ro",)) == names
