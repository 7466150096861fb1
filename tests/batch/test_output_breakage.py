"""Cases found by trying the batch's outputs and reports as a clinic on its worst day would."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
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


def _without_root_rights() -> list[str]:
    """A command prefix under which a read-only folder is read-only, also for root (CI)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    drop = ["--bounding-set=-dac_override,-dac_read_search,-fowner"]
    if setpriv is None or subprocess.run([setpriv, *drop, "true"], check=False).returncode:
        pytest.skip("root cannot drop its right to write anywhere here (no setpriv)")
    return [setpriv, *drop]


def test_a_read_only_folder_is_named_as_typed_and_nothing_is_left(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "p.csv").write_text("Name,Phone,First injection\nAnn Lee,,01/03/2026\n", "utf-8")
    locked.chmod(0o555)
    cardmaker = [*_without_root_rights(), sys.executable, "-m", "cardmaker"]
    runs = {
        "locked/x.pdf": [
            "render",
            *CARD,
            "--patient-name",
            "Ann Lee",
            "--first-injection",
            "2026-03-01",
            "-o",
            "locked/x.pdf",
        ],
        "locked/p-report.csv": ["batch", "locked/p.csv", "-o", "locked", *CARD],
        "locked/all-report.csv": ["batch", "locked/p.csv", "--combined", "locked/all.pdf", *CARD],
    }
    try:
        for shown, args in runs.items():
            done = subprocess.run(
                [*cardmaker, *args], cwd=tmp_path, capture_output=True, text=True, check=False
            )
            assert done.returncode == 2, done.stderr
            assert f"cannot write {shown}: Permission denied" in done.stderr
            assert ".part" not in done.stderr and ".cardmaker" not in done.stderr
            assert sorted(p.name for p in locked.iterdir()) == ["p.csv"]
    finally:
        locked.chmod(0o700)
