"""CSV structure and encodings end to end: quotes never merge patients, every line counts."""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cardmaker.batch.columns import map_columns
from cardmaker.batch.csvsource import detect_encoding
from cardmaker.batch.readproblems import ListReadError
from cardmaker.batch.rows import RowReader
from cardmaker.batch.source import open_table
from cardmaker.core.library import CardLibrary, load_library
from cardmaker.core.model import CardRequest
from tests.batch.conftest import CARD, CliRun
from tests.batch.readback import names_in

LIBRARY: CardLibrary = load_library()


def _write(tmp_path: Path, data: bytes, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_unterminated_quote_refuses_the_list_naming_its_line(
    tmp_path: Path, run_cli: CliRun
) -> None:
    path = _write(
        tmp_path,
        b'name,first injection\nZoe Zed,2026-03-01\n"Ann One,2026-03-01\nBob Two,2026-03-02\n',
    )
    with pytest.raises(ListReadError) as caught:
        open_table(path)
    assert (caught.value.code, caught.value.params) == ("quote_never_closes", ("3",))
    out = tmp_path / "cards"
    code, _, err = run_cli("batch", *CARD, path, "-o", out, "--quiet")
    assert code == 2
    assert "line 3 never closes" in err
    assert not out.exists()


def test_quote_running_into_further_records_refuses_the_list(tmp_path: Path) -> None:
    data = (
        b'name,first injection\n"Ann One,2026-03-01\nBob Two,2026-03-02\nCarl" Three,2026-03-03\n'
    )
    with pytest.raises(ListReadError) as caught:
        open_table(_write(tmp_path, data))
    assert (caught.value.code, caught.value.params) == ("quote_spans_records", ("2", "3"))


def test_a_quoted_line_break_inside_one_cell_is_kept(tmp_path: Path) -> None:
    data = b'name,clinic,first injection\nAnn One,"Clinic\nNorth wing",2026-03-01\nBob,x,\n'
    table = open_table(_write(tmp_path, data))
    records = list(table.records())
    assert [(r.line, r.end, r.cells[1]) for r in records] == [
        (2, 3, "Clinic\nNorth wing"),
        (4, 4, "x"),
    ]


def _reader(headers: tuple[str, ...]) -> RowReader:
    return RowReader(map_columns(headers), CardRequest("kefdensis", "en", "IE", ""), LIBRARY)


def test_over_long_rows_are_rejected_with_their_line(tmp_path: Path) -> None:
    data = b"name,first injection\nAnn One,2026-03-01\nSmith, Bob,2026-03-01\n"
    table = open_table(_write(tmp_path, data))
    reader = _reader(table.headers)
    results = [reader.read(r) for r in table.records()]
    assert results[0].card is not None
    assert [(p.line, p.code, p.params) for p in results[1].problems] == [
        (3, "too_many_fields", ("3", "2"))
    ]


def test_utf8_with_one_stray_byte_stays_utf8(tmp_path: Path, run_cli: CliRun) -> None:
    text = "name;notes\nZoë Ångström;ok\nBjörk Guðmundsdóttir;\nŁukasz Żółć;\n"
    data = text.encode("utf-8").replace(b"ok", b"a \x96 b")  # a Windows-1252 dash
    path = _write(tmp_path, data)
    table = open_table(path)
    assert table.info.encoding == "utf-8" and table.info.encoding_confident
    records = list(table.records())
    assert [r.cells[0] for r in records] == ["Zoë Ångström", "Björk Guðmundsdóttir", "Łukasz Żółć"]
    assert records[0].cell_problems == ((1, "undecodable_bytes", ("a \ufffd b",)),)
    # The notes column is not printed: the card is made, the cell is reported.
    reader = _reader(table.headers)
    first = reader.read(records[0])
    assert first.card is not None
    assert [(w.line, w.column, w.code) for w in first.warnings] == [
        (2, "notes", "undecodable_bytes")
    ]
    out = tmp_path / "cards.pdf"
    code, _, _ = run_cli("batch", *CARD, path, "--combined", out, "--quiet")
    assert code == 0
    assert names_in(out.read_bytes(), LIBRARY) == [
        "Zoë Ångström",
        "Björk Guðmundsdóttir",
        "Łukasz Żółć",
    ]


def test_a_stray_byte_in_a_printed_field_rejects_the_row(tmp_path: Path) -> None:
    text = "name;clinic\nZoë Ångström;Clinic ok\nBjörk Guðmundsdóttir;Nord\n"
    data = text.encode("utf-8").replace(b"ok", b"\x96")
    table = open_table(_write(tmp_path, data))
    reader = _reader(table.headers)
    results = [reader.read(r) for r in table.records()]
    assert [(p.line, p.column, p.code) for p in results[0].problems] == [
        (2, "clinic", "undecodable_bytes")
    ]
    assert results[1].card is not None


def test_uncertain_encoding_stops_before_writing(tmp_path: Path, run_cli: CliRun) -> None:
    path = _write(tmp_path, "name\nKovács Győző\n".encode("cp1250"))
    out = tmp_path / "cards"
    code, _, err = run_cli("batch", *CARD, path, "-o", out, "--quiet")
    assert code == 2
    assert "uncertain" in err and "Győző" in err and "Gyõzõ" in err and "--encoding" in err
    assert not out.exists()
    # Told the card language, or the encoding, the list reads.
    code, stdout, _ = run_cli("batch", *CARD, path, "-o", out, "--lang", "hu", "--quiet", "--json")
    assert code == 0
    assert json.loads(stdout)["encoding"] == "windows-1250"
    code, _, _ = run_cli(
        "batch", *CARD, path, "-o", tmp_path / "b", "--encoding", "cp1250", "--quiet"
    )
    assert code == 0


LINES = st.lists(
    st.tuples(
        st.sampled_from(["Ann One", "Bob", '"Carl, C"', '"Dora', 'Eve"', '""', "", "Fay\r"]),
        st.sampled_from(["", "2026-03-01", '"x', 'y"', '"2026-03-01"']),
        st.sampled_from(["", ",extra", ',"q', ";"]),
    ),
    max_size=8,
)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(LINES, st.sampled_from(["\n", "\r\n", "\r"]))
def test_random_quoting_never_merges_patients_and_accounts_for_every_line(
    rows: list[tuple[str, str, str]], newline: str
) -> None:
    lines = ["name,first injection", *(f"{a},{b}{c}" for a, b, c in rows)]
    data = newline.join(lines).encode("utf-8") + newline.encode()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "list.csv"
        path.write_bytes(data)
        try:
            table = open_table(path)
        except ListReadError as exc:
            refused = exc.code
        else:
            refused = ""
    if refused:
        assert refused in ("quote_never_closes", "quote_spans_records", "no_header")
        return
    records = list(table.records())
    # Every physical line is the header's or exactly one record's.
    covered = list(range(1, table.header_line + 1))
    for record in records:
        covered += range(record.line, record.end + 1)
    assert covered == list(range(1, table.info.lines + 1))
    assert table.info.lines == len(re.findall(r"\r\n|\r|\n", data.decode()))
    # Never more cards than records written, and no card holds two patients' lines.
    reader = _reader(table.headers)
    cards = [c for c in (reader.read(r).card for r in records) if c is not None]
    assert len(cards) <= len(rows)
    for card in cards:
        name = card.request.patient_name
        assert "2026-03-0" not in name and "\n" not in name and "\r" not in name


def test_writer_quoted_lists_read_back_exactly(tmp_path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    rows = [["name", "clinic"], ['Ann "Nan" One', "a,b"], ["Bob", "two\r\nlines"], ["Cy", ""]]
    writer.writerows(rows)
    table = open_table(_write(tmp_path, buffer.getvalue().encode("utf-8")))
    assert [list(r.cells) for r in table.records()] == rows[1:]


def test_the_dialog_gets_the_candidate_readings(tmp_path: Path) -> None:
    path = _write(tmp_path, "name\nKovács Győző\nSzőke Tünde\n".encode("cp1250"))
    guess = detect_encoding(path)
    assert not guess.confident
    assert set(guess.readings) >= {"windows-1250", "windows-1252"}
    by_encoding = dict(zip(guess.readings, zip(*guess.examples, strict=True), strict=True))
    assert "Kovács Győző" in by_encoding["windows-1250"]
    assert "Kovács Gyõzõ" in by_encoding["windows-1252"]
    assert guess.as_json()["alternatives"] == list(guess.alternatives)
    picked = open_table(path, encoding="windows-1250")
    assert [r.cells[0] for r in picked.records()] == ["Kovács Győző", "Szőke Tünde"]
    assert detect_encoding(path, ("hu",)).readings == ("windows-1250",)
