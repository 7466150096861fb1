"""A full disk: the run stops at the first failure with one message naming the user's path.

Two ways: a fault-injecting writer (``ENOSPC`` from the n-th PDF on, always run), and a real
300 kB tmpfs mounted for the test (only where the tests run as root and may mount).
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from cardmaker.core import files
from tests.batch.conftest import CARD, CliRun, temp_leftovers

ROWS = 12


@pytest.fixture
def patients(tmp_path: Path) -> Path:
    path = tmp_path / "p.csv"
    lines = ["patient_name,first_injection"]
    lines += [f"Patient Number {n},2026-03-{n:02d}" for n in range(1, ROWS + 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _disk_full_after(monkeypatch: pytest.MonkeyPatch, pdfs: int, report_too: bool) -> None:
    """From the ``pdfs``+1-th PDF on (and the report, if asked), writing fails with ENOSPC."""
    real = files._write_all
    started = [0]

    def write(fd: int, data: bytes) -> None:
        if data.startswith(b"%PDF"):
            started[0] += 1
            if started[0] > pdfs:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        elif report_too and data.startswith("\ufeff".encode()):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(fd, data)

    monkeypatch.setattr(files, "_write_all", write)


def _report(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8-sig"))))


def test_per_file_stops_at_the_first_failure_and_reports_every_line(
    patients: Path, tmp_path: Path, run_cli: CliRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    _disk_full_after(monkeypatch, pdfs=3, report_too=False)
    out = tmp_path / "cards"
    code, stdout, err = run_cli("batch", *CARD, patients, "-o", out, "--jobs", "1", "--json")
    assert code == 3  # some cards were written
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: cannot write {out}/0005-2026-03-04.pdf: No space left on device; "
        "the run stopped there"
    ]
    assert len(list(out.glob("*.pdf"))) == 3 and not temp_leftovers(tmp_path)
    rows = _report(out / "p-report.csv")
    assert [r["line"] for r in rows] == [str(n) for n in range(2, ROWS + 2)]
    assert [r["status"] for r in rows] == ["produced"] * 3 + ["not done"] * (ROWS - 3)
    assert {r["code"] for r in rows[3:]} == {"output_failed"}
    summary = json.loads(stdout)
    assert summary["produced"] == 3 and summary["not_done"] == ROWS - 3
    assert summary["output_error"].startswith("cannot write")


@pytest.mark.parametrize(("writes", "code"), [(0, "output_failed"), (5, "not_kept")])
def test_combined_pdf_that_cannot_be_written_counts_nothing_as_produced(
    patients: Path,
    tmp_path: Path,
    run_cli: CliRun,
    monkeypatch: pytest.MonkeyPatch,
    writes: int,
    code: str,
) -> None:
    """The disk fills at once (no sheet written) or part way through the sheets."""
    real = files._write_all
    count, pdf = [0], [-1]

    def write(fd: int, data: bytes) -> None:
        if data.startswith(b"%PDF"):
            pdf[0] = fd
        if fd == pdf[0]:  # the report, open at the same time, may be written
            count[0] += 1
            if count[0] > writes:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(fd, data)

    monkeypatch.setattr(files, "_write_all", write)
    combined = tmp_path / "all.pdf"
    exit_code, _, err = run_cli("batch", *CARD, patients, "--combined", combined)
    assert exit_code == 2  # nothing written
    assert err.count("error:") == 1
    assert f"error: cannot write {combined}: No space left on device" in err
    assert not combined.exists() and not temp_leftovers(tmp_path)
    rows = _report(tmp_path / "all-report.csv")
    assert len(rows) == ROWS
    assert {(r["status"], r["code"]) for r in rows} == {("not done", code)}


def test_a_report_that_cannot_be_written_is_named(
    patients: Path, tmp_path: Path, run_cli: CliRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    _disk_full_after(monkeypatch, pdfs=ROWS, report_too=True)
    out = tmp_path / "cards"
    code, _, err = run_cli("batch", *CARD, patients, "-o", out, "--jobs", "1", "--quiet")
    assert code == 3  # the cards exist, their report does not
    assert err.strip() == (
        f"error: the report was not written: cannot write {out}/p-report.csv: "
        "No space left on device"
    )
    assert len(list(out.glob("*.pdf"))) == ROWS and not temp_leftovers(tmp_path)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode:
        pytest.skip("cannot mount a tmpfs here (not root, or not allowed)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_a_real_full_disk(
    small_disk: Path, patients: Path, run_cli: CliRun, library: object
) -> None:
    many = small_disk.parent / "many.csv"
    lines = ["patient_name,first_injection"] + [f"Patient {n},2026-03-01" for n in range(40)]
    many.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = small_disk / "cards"
    code, _, err = run_cli("batch", *CARD, many, "-o", out, "--jobs", "1", "--quiet")
    assert code == 3
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert errors[0].startswith(f"error: cannot write {out}/")
    assert errors[0].endswith("No space left on device; the run stopped there")
    # The report fits or is named; nothing else is said twice.
    assert len(errors) <= 2
    written = sorted(out.glob("*.pdf"))
    assert 0 < len(written) < 40
    for path in written:  # every file that exists is complete
        assert len(pypdf.PdfReader(io.BytesIO(path.read_bytes()), strict=True).pages) == 2
    assert not temp_leftovers(small_disk)
    report = out / "many-report.csv"
    if report.exists():
        statuses = [r["status"] for r in _report(report)]
        assert statuses.count("produced") == len(written) and len(statuses) == 40
    else:
        assert errors[1].startswith("error: the report was not written: cannot write")


def test_workers_stop_at_a_real_full_disk_too(
    small_disk: Path, run_cli: CliRun, tmp_path: Path
) -> None:
    """Worker processes meet the full disk themselves; the error is said once."""
    many = small_disk.parent / "many.csv"
    lines = ["patient_name,first_injection"] + [f"Patient {n},2026-03-01" for n in range(40)]
    many.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = small_disk / "cards"
    code, _, err = run_cli("batch", *CARD, many, "-o", out, "--jobs", "2", "--quiet")
    assert code == 3
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert errors[0].endswith("No space left on device; the run stopped there")
    assert len(errors) <= 2  # and perhaps the report's own failure
    assert not temp_leftovers(small_disk)
    written = list(out.glob("*.pdf"))
    assert written
    for path in written:
        assert len(pypdf.PdfReader(io.BytesIO(path.read_bytes()), strict=True).pages) == 2
