"""Every fixture list (each encoding and dialect) gives exactly the expected cards and report.

Names are read back from the PDF text where the card prints them and compared exactly.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pypdf
import pytest

from cardmaker.core.library import CardLibrary
from tests.batch.conftest import CARD, EXPECTED, FIXTURES, CliRun, temp_leftovers
from tests.batch.readback import cards_on_page, names_in, value_slots

TEXT_LISTS = sorted(name for name in EXPECTED if not name.endswith(".xlsx"))


def _report(path: Path) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("name", TEXT_LISTS)
def test_combined_cards_and_report(
    name: str, tmp_path: Path, run_cli: CliRun, library: CardLibrary
) -> None:
    expected = EXPECTED[name]
    out = tmp_path / "cards.pdf"
    code, stdout, _ = run_cli(
        "batch", *CARD, FIXTURES / name, "--combined", out, "--json", "--quiet"
    )
    summary = json.loads(stdout)
    rejected = expected.get("rejected", {})
    assert code == (3 if rejected else 0)
    readings = (
        expected["encoding"] if isinstance(expected["encoding"], list) else [expected["encoding"]]
    )
    assert summary["encoding"] in readings
    assert summary["delimiter"] == expected["delimiter"]
    assert names_in(out.read_bytes(), library) == expected["names"]
    assert summary["produced"] == len(expected["names"])
    assert summary["skipped"] == len(expected.get("skipped", []))
    got = {str(r["line"]): r["column"] for r in summary["rejected"]}
    assert got == rejected
    report = _report(tmp_path / "cards-report.csv")
    assert [int(r["line"]) for r in report if r["status"] == "skipped"] == expected.get(
        "skipped", []
    )
    assert {r["line"]: r["column"] for r in report if r["status"] == "rejected"} == rejected
    assert sum(r["status"] == "produced" for r in report) == len(expected["names"])
    assert not temp_leftovers(tmp_path)


def test_quoting_keeps_commas_quotes_line_breaks_and_backslashes(
    tmp_path: Path, run_cli: CliRun, library: CardLibrary
) -> None:
    out = tmp_path / "cards"
    code, _, _ = run_cli(
        "batch", *CARD, FIXTURES / "utf8_bom_comma.csv", "-o", out, "--quiet", "--jobs", "1"
    )
    assert code == 3  # line 5: a name of only commas has no letters
    files = sorted(out.glob("*.pdf"))
    assert [f.name for f in files] == [
        "0002-2026-03-01.pdf",
        "0004-2026-03-02.pdf",
        "0006-2026-03-02.pdf",
    ]
    slots = value_slots(library)[1]
    values = [cards_on_page(pypdf.PdfReader(f).pages[1], slots)[0] for f in files]
    assert [v["patient_name"] for v in values] == EXPECTED["utf8_bom_comma.csv"]["names"]
    assert values[0]["prescriber"] == 'Dr "Seán" Murphy'
    assert [v.get("clinic", "") for v in values] == EXPECTED["utf8_bom_comma.csv"]["clinic"]


def test_xlsx_named_sheet_dates_and_numbers(
    tmp_path: Path, run_cli: CliRun, library: CardLibrary
) -> None:
    expected = EXPECTED["patients.xlsx"]
    out = tmp_path / "cards"
    code, stdout, _ = run_cli(
        "batch",
        *CARD,
        FIXTURES / "patients.xlsx",
        "-o",
        out,
        "--worksheet",
        "Patients",
        "--json",
        "--quiet",
        "--jobs",
        "1",
    )
    summary = json.loads(stdout)
    assert code == 3
    assert summary["sheet"] == "Patients"
    assert summary["encoding"] is None
    assert {str(r["line"]): r["column"] for r in summary["rejected"]} == expected["rejected"]
    assert "46000 is a number, not a date" in summary["rejected"][0]["reason"]
    files = sorted(out.glob("*.pdf"))
    assert [f.name for f in files] == [
        "0002-2026-03-01.pdf",
        "0003-2026-03-02.pdf",
        "0005-2026-03-03.pdf",
    ]
    slots = value_slots(library)[1]
    values = [cards_on_page(pypdf.PdfReader(f).pages[1], slots)[0] for f in files]
    assert [v["patient_name"] for v in values] == expected["names"]
    assert [v.get("prescriber_phone", "") for v in values] == expected["phones"]
    # Per-row language: the Greek patient's card is in Greek.
    text = pypdf.PdfReader(files[1]).pages[0].extract_text()
    assert "Γ" in text or "ο" in text


def test_xlsx_first_sheet_by_default_has_no_name_column(tmp_path: Path, run_cli: CliRun) -> None:
    code, _, err = run_cli("batch", *CARD, FIXTURES / "patients.xlsx", "-o", tmp_path / "out")
    assert code == 2
    assert "no column holds the patient's name" in err
    assert not list((tmp_path / "out").glob("*"))
