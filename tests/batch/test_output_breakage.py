"""Cases found by trying the batch's outputs and reports as a clinic on its worst day would."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.batch.conftest import CARD, CliRun


def _report(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8-sig"))))


def test_a_bad_date_does_not_hide_the_rows_other_problems(tmp_path: Path, run_cli: CliRun) -> None:
    # One pass over the report must show everything to correct in a row: a date that does
    # not exist used to hide the control characters in the name and the short phone.
    source = tmp_path / "p.csv"
    source.write_text(
        "Name,Phone,First injection,Format\nC\x1b[2JD,12,31/02/2026,\nAnn Lee,12,01/03/2026,A5\n",
        "utf-8",
    )
    code, _, _ = run_cli("batch", source, "-o", tmp_path / "cards", *CARD, "--quiet")
    assert code == 2
    rows = _report(tmp_path / "cards" / "p-report.csv")
    by_line = {line: [(r["column"], r["code"]) for r in rows if r["line"] == line] for line in "23"}
    assert by_line["2"] == [
        ("First injection", "day_out_of_range"),
        ("Name", "control_characters"),
        ("Phone", "phone_digits"),
    ]
    assert by_line["3"] == [("Format", "unknown_format"), ("Phone", "phone_digits")]
    assert all(r["status"] == "rejected" for r in rows)


def test_a_kept_file_is_named_with_the_folder_as_typed(
    tmp_path: Path, run_cli: CliRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every other output message names 'cards/0002-....pdf'; this one named the bare file.
    monkeypatch.chdir(tmp_path)
    Path("p.csv").write_text("Name,Phone,First injection\nAnn Lee,,01/03/2026\n", "utf-8")
    assert run_cli("batch", "p.csv", "-o", "cards", *CARD, "--quiet")[0] == 0
    code, _, err = run_cli("batch", "p.csv", "-o", "cards", *CARD)
    assert code == 2
    shown = str(Path("cards") / "0002-2026-03-01.pdf")
    assert f"{shown} exists; not replaced" in err
    assert _report(Path("cards") / "p-report-2.csv")[0]["reason"].startswith(shown)
