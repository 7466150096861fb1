"""Killing a batch part way: only complete PDFs remain, and no temporary file.

These start real ``cardmaker batch`` processes (about 5 s each on two cores).
"""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pypdf
import pytest

from cardmaker.core.library import CardLibrary
from tests.batch.conftest import CARD, temp_leftovers
from tests.batch.readback import names_in

ROWS = 400
NAMES = ["Žofie Dvořáková", "Γιώργος Παπαδόπουλος", "Дмитрий Иванов", "Seán Ó Briain"]


def _name(line: int) -> str:
    return f"{NAMES[line % 4]} {line}"


def _write_list(path: Path, rows: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["patient_name", "first_injection"])
        for line in range(2, rows + 2):
            writer.writerow([_name(line), "2026-03-01"])
    return path


@pytest.fixture
def big_list(tmp_path: Path) -> Path:
    return _write_list(tmp_path / "list.csv", ROWS)


def _writing_into(pid: int, folder: Path) -> bool:
    """True once the process holds an output file open in ``folder`` (named or not)."""
    try:
        targets = [os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")]
    except OSError:
        return False
    return any(t.startswith(str(folder)) and not t.endswith(".csv") for t in targets)


def _start(*args: str | Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "cardmaker", "batch", *CARD, *map(str, args), "--quiet"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_for(condition: object, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _processes_using(folder: Path) -> list[int]:
    """Processes whose command line names ``folder`` (a batch and its workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if str(folder).encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def _settled(folder: Path) -> None:
    """Wait until workers that outlive a killed parent have finished their card and left."""
    _wait_for(lambda: not _processes_using(folder))


def _check_files(folder: Path, library: CardLibrary) -> int:
    pdfs = sorted(folder.glob("*.pdf"))
    for path in pdfs:
        data = path.read_bytes()
        assert len(pypdf.PdfReader(io.BytesIO(data), strict=True).pages) == 2
        line = int(path.name.split("-")[0])
        assert names_in(data, library) == [_name(line)]
    assert not temp_leftovers(folder)
    return len(pdfs)


def test_sigkill_per_file_leaves_only_complete_pdfs(
    big_list: Path, tmp_path: Path, library: CardLibrary
) -> None:
    out = tmp_path / "cards"
    process = _start(big_list, "-o", out, "--jobs", "2")
    _wait_for(lambda: out.is_dir() and len(list(out.glob("*.pdf"))) >= 20)
    process.kill()
    process.wait()
    _settled(out)
    count = _check_files(out, library)
    assert 20 <= count < ROWS
    assert not list(out.glob("*.csv"))  # the report was not finished, so it does not exist


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_sigkill_combined_leaves_nothing(tmp_path: Path) -> None:
    source = _write_list(tmp_path / "list.csv", 3000)
    out = tmp_path / "cards.pdf"
    process = _start(source, "--combined", out)
    _wait_for(lambda: _writing_into(process.pid, tmp_path))
    time.sleep(0.3)
    process.kill()
    process.wait()
    assert process.returncode == -signal.SIGKILL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.csv"]


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_interrupt_finishes_cards_in_progress_and_reports(
    big_list: Path, tmp_path: Path, library: CardLibrary, number: int
) -> None:
    out = tmp_path / "cards"
    process = _start(big_list, "-o", out, "--jobs", "2", "--json")
    _wait_for(lambda: out.is_dir() and len(list(out.glob("*.pdf"))) >= 10)
    os.kill(process.pid, number)
    stdout, _ = process.communicate(timeout=60)
    assert process.returncode == 130
    count = _check_files(out, library)
    report = (out / "list-report.csv").read_text("utf-8-sig")
    assert report.count(",produced,") == count
    assert ",rejected," not in report
    assert '"cancelled": true' in stdout.decode()
