"""Workbooks: values and dates as Excel keeps them; every damaged class refused, in bounds.

Each damaged workbook must end in exit 2 with the file named, "cannot be read" and a
reason, nothing written, within seconds and a bounded amount of memory.
"""

from __future__ import annotations

import time
import tracemalloc
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from cardmaker.batch.columns import map_columns
from cardmaker.batch.readproblems import ListReadError
from cardmaker.batch.rows import RowReader
from cardmaker.batch.source import open_table
from cardmaker.core.library import load_library
from cardmaker.core.model import CardRequest
from tests.batch.conftest import CARD, CliRun
from tests.batch.xlsx_builder import (
    MAIN,
    cell,
    patient_sheet,
    shared_strings,
    sheet_xml,
    write_xlsx,
)

LIBRARY = load_library()
# Generous: a refusal takes milliseconds; a reader that walks a million rows takes minutes.
SECONDS = 10.0
PEAK_BYTES = 80 << 20


def _bounded_open(path: Path) -> Exception | None:
    tracemalloc.start()
    start = time.perf_counter()
    try:
        table = open_table(path)
        table.close()
        error: Exception | None = None
    except ListReadError as exc:
        error = exc
    finally:
        elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert elapsed < SECONDS
    assert peak < PEAK_BYTES
    return error


def _truncated(tmp_path: Path) -> Path:
    xml = patient_sheet(("Ann One", "2026-03-01"), ("Bob Two", "2026-03-02"))
    return write_xlsx(tmp_path / "t.xlsx", {"Patients": xml[: xml.index("Bob") + 2]})


def _bad_crc(tmp_path: Path) -> Path:
    path = write_xlsx(tmp_path / "c.xlsx", {"Patients": patient_sheet(("Ann One", "x") * 50)})
    with zipfile.ZipFile(path) as book:
        info = book.getinfo("xl/worksheets/sheet1.xml")
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0x10
    path.write_bytes(bytes(data))
    return path


def _not_a_zip(tmp_path: Path) -> Path:
    path = tmp_path / "z.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 100)
    return path


def _entity_expansion(tmp_path: Path) -> Path:
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    strings = (
        f'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY l0 "lol">{lol}]>'
        f'<sst xmlns="{MAIN}"><si><t>&l9;</t></si></sst>'
    )
    return write_xlsx(tmp_path / "e.xlsx", {"P": patient_sheet(("Ann", ""))}, strings)


def _external_entity(tmp_path: Path) -> Path:
    strings = (
        '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f'<sst xmlns="{MAIN}"><si><t>&x;</t></si></sst>'
    )
    return write_xlsx(tmp_path / "x.xlsx", {"P": patient_sheet(("Ann", ""))}, strings)


def _huge_shared_string(tmp_path: Path) -> Path:
    path = write_xlsx(tmp_path / "h.xlsx", {"P": patient_sheet(("Ann", ""))}, "<sst/>")
    # Replace the strings part by one that inflates to 70 MB (from well under 1 MB).
    with zipfile.ZipFile(path) as old:
        parts = {n: old.read(n) for n in old.namelist() if n != "xl/sharedStrings.xml"}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, data in parts.items():
            book.writestr(name, data)
        with book.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            part.write(f'<sst xmlns="{MAIN}"><si><t>'.encode())
            for _ in range(70):
                part.write(b"A" * (1 << 20))
            part.write(b"</t></si></sst>")
    return path


def _nul_reference(tmp_path: Path) -> Path:
    xml = patient_sheet(("Ann One", "2026-03-01")).replace("Ann One", "Ann &#0; One")
    return write_xlsx(tmp_path / "n.xlsx", {"P": xml})


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_truncated, "XML is damaged"),
        (_bad_crc, "damaged"),
        (_not_a_zip, "damaged or not a complete .xlsx"),
        (_entity_expansion, "DTD, entities"),
        (_external_entity, "DTD, entities"),
        (_huge_shared_string, "unpacks to more than"),
        (_nul_reference, "XML is damaged"),
    ],
)
def test_damaged_workbooks_are_refused_in_bounds(
    tmp_path: Path, run_cli: CliRun, make: object, reason: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    error = _bounded_open(path)
    assert isinstance(error, ListReadError)
    assert error.code == "cannot_be_read" and error.params[0] == path.name
    assert reason in str(error)
    out = tmp_path / "cards"
    code, _, err = run_cli("batch", *CARD, path, "-o", out, "--quiet")
    assert code == 2
    assert f"{path.name} cannot be read: " in err and reason in err
    assert "Traceback" not in err
    assert not out.exists()


def test_a_far_cell_costs_nothing(tmp_path: Path, run_cli: CliRun) -> None:
    rows = [
        (1, [cell("A1", "Name"), cell("B1", "First injection")]),
        (2, [cell("A2", "Ann One"), cell("B2", "2026-03-01")]),
        (1_048_576, [cell("XFD1048576", "far away")]),
    ]
    path = write_xlsx(tmp_path / "far.xlsx", {"P": sheet_xml(rows)})
    assert _bounded_open(path) is None
    table = open_table(path)
    records = list(table.records())
    assert [(r.line, r.error_code) for r in records] == [
        (2, ""),
        (1_048_576, "value_outside_columns"),
    ]
    assert records[1].error_params == ("XFD",)
    code, _, err = run_cli("batch", *CARD, path, "-o", tmp_path / "out")
    assert code == 3
    assert "line 1048576" in err and "column XFD" in err


def _reader(headers: tuple[str, ...]) -> RowReader:
    return RowReader(map_columns(headers), CardRequest("kefdensis", "en", "IE", ""), LIBRARY)


def test_formula_without_saved_value_rejects_its_row(tmp_path: Path) -> None:
    rows = [
        (1, [cell("A1", "Name"), cell("B1", "First injection"), cell("C1", "Notes")]),
        (2, [cell("A2", "Ann One"), cell("B2", None, formula="TODAY()")]),
        (3, [cell("A3", "Bob Two"), cell("C3", None, formula="A3&A2")]),
        (4, [cell("A4", "Cy Three"), cell("B4", 46082, style=1, formula="DATE(2026,3,1)")]),
    ]
    table = open_table(write_xlsx(tmp_path / "f.xlsx", {"P": sheet_xml(rows)}))
    reader = _reader(table.headers)
    results = [reader.read(r) for r in table.records()]
    assert [(p.line, p.column, p.code) for p in results[0].problems] == [
        (2, "First injection", "formula_without_value")
    ]
    assert "open and save the file in Excel, or export CSV" in results[0].problems[0].reason
    # An unused column's formula only warns; a formula with its value is read.
    assert results[1].card is not None and results[1].warnings[0].code == "formula_without_value"
    assert results[2].card is not None
    assert results[2].card.request.first_injection == date(2026, 3, 1)


def test_dates_numbers_and_styles(tmp_path: Path) -> None:
    rows = [
        (1, [cell("A1", "Name"), cell("B1", "First injection"), cell("C1", "Phone")]),
        (2, [cell("A2", "Ann"), cell("B2", 46082, style=1), cell("C2", 35312345678)]),
        (3, [cell("A3", "Bob"), cell("B3", 46082.5, style=2)]),
        (4, [cell("A4", "Cy"), cell("B4", "2026.03.01.")]),
        (5, [cell("A5", "Di"), '<c r="B5" t="d"><v>2026-03-01T00:00:00</v></c>']),
    ]
    table = open_table(write_xlsx(tmp_path / "d.xlsx", {"P": sheet_xml(rows)}))
    records = list(table.records())
    assert records[0].cells[1:] == (datetime(2026, 3, 1), 35312345678)
    assert records[1].cells[1] == datetime(2026, 3, 1, 12)
    reader = _reader(table.headers)
    firsts = [reader.read(r).card for r in records]
    assert [c.request.first_injection if c else None for c in firsts] == [date(2026, 3, 1)] * 4
    # The 1904 date system: the same serial number is four years later.
    path = write_xlsx(tmp_path / "e.xlsx", {"P": sheet_xml(rows[:2])}, date1904=True)
    assert next(open_table(path).records()).cells[1] == datetime(2030, 3, 2)


def test_sheets_are_chosen_by_worksheet_only(tmp_path: Path, run_cli: CliRun) -> None:
    path = write_xlsx(
        tmp_path / "s.xlsx",
        {
            "Hidden": patient_sheet(("Zed Hidden", "")),
            "Patients": patient_sheet(("Ann One", "")),
            "Old": patient_sheet(("Bob Old", "")),
        },
        hidden=1,
    )
    table = open_table(path)
    assert table.info.sheet == "Patients" and table.info.sheets == ("Hidden", "Patients", "Old")
    assert [r.cells[0] for r in table.records()] == ["Ann One"]
    assert [r.cells[0] for r in open_table(path, sheet="old").records()] == ["Bob Old"]
    with pytest.raises(ListReadError, match="no worksheet named 'Nope'"):
        open_table(path, sheet="Nope")
    code, _, err = run_cli("batch", *CARD, path, "-o", tmp_path / "o", "--sheet", "Old")
    assert code == 2 and "invalid choice" in err


def test_cells_merged_over_rows_reject_those_rows(tmp_path: Path) -> None:
    rows = [
        (1, [cell("A1", "Name"), cell("B1", "Clinic")]),
        (2, [cell("A2", "Ann One"), cell("B2", "North")]),
        (3, [cell("A3", "Bob Two")]),
        (4, [cell("A4", "Cy Three"), cell("B4", "South")]),
    ]
    tail = '<mergeCells count="1"><mergeCell ref="B2:B3"/></mergeCells>'
    table = open_table(write_xlsx(tmp_path / "m.xlsx", {"P": sheet_xml(rows, tail)}))
    records = list(table.records())
    assert [(r.line, r.error_code) for r in records] == [
        (2, "merged_cells"),
        (3, "merged_cells"),
        (4, ""),
    ]
    assert records[0].error_params == ("B2:B3",)


def test_shared_strings_and_rich_text(tmp_path: Path) -> None:
    strings = shared_strings(["Name", "Ann One"]).replace(
        "</sst>", "<si><r><t>Bo</t></r><r><t>b Two</t></r><rPh><t>x</t></rPh></si></sst>"
    )
    rows = [
        (1, ['<c r="A1" t="s"><v>0</v></c>']),
        (2, ['<c r="A2" t="s"><v>1</v></c>']),
        (3, ['<c r="A3" t="s"><v>2</v></c>']),
    ]
    table = open_table(write_xlsx(tmp_path / "r.xlsx", {"P": sheet_xml(rows)}, strings))
    assert [r.cells[0] for r in table.records()] == ["Ann One", "Bob Two"]


def test_excel_escapes_are_undone(tmp_path: Path) -> None:
    rows = [
        (1, [cell("A1", "Name"), cell("B1", "Clinic")]),
        (2, [cell("A2", "Ann_x005F_x0041_One"), cell("B2", "North_x000D_wing")]),
    ]
    table = open_table(write_xlsx(tmp_path / "x.xlsx", {"P": sheet_xml(rows)}))
    assert next(table.records()).cells == ("Ann_x0041_One", "North\rwing")
