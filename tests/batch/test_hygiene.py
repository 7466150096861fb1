"""A hostile list reaches neither the terminal nor the report raw; repeats are summarised.

Also: temporary files where unnamed ones are not available (the fallback forced on
Linux), and two runs writing into one folder at once.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cardmaker.batch.report import ReportWriter
from cardmaker.core import files
from cardmaker.core.files import AtomicFile, atomic_write, remove_stale_parts, temp_name
from tests.batch.conftest import CARD, CliRun, temp_leftovers

ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b]52;c;ZXZpbA==\x07\u202e"


def test_escape_sequences_are_shown_escaped(tmp_path: Path, run_cli: CliRun) -> None:
    source = tmp_path / "p.csv"
    source.write_text(
        f"patient_name,first_injection,Notes{ESCAPES}\n"
        f"Anna{ESCAPES},2026-03-01,x\n"
        f"Bob,2026-02-30{ESCAPES},x\n"
        "Carla,2026-03-01,x\n",
        encoding="utf-8",
    )
    out = tmp_path / "cards"
    code, stdout, err = run_cli("batch", *CARD, source, "-o", out, "--jobs", "1", "--json")
    assert code == 3
    for text in (err, stdout, (out / "p-report.csv").read_text("utf-8-sig")):
        assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "\\x1b]0;pwned\\x07" in err  # seen, not obeyed
    assert "\\u202e" in err


def test_ten_thousand_unused_columns_are_one_line(tmp_path: Path, run_cli: CliRun) -> None:
    source = tmp_path / "wide.csv"
    headers = ["patient_name", "first_injection"] + [f"extra{n}" for n in range(10_000)]
    source.write_text(
        ",".join(headers) + "\n" + ",".join(["Anna", "2026-03-01"] + ["x"] * 10_000) + "\n",
        encoding="utf-8",
    )
    code, _, err = run_cli("batch", *CARD, source, "-o", tmp_path / "o", "--jobs", "1")
    assert code == 0
    assert len(err.splitlines()) < 15
    assert "10000 columns not used" in err
    assert "(and 9999 more like it)" in err


def test_identical_problems_are_one_line(tmp_path: Path, run_cli: CliRun) -> None:
    source = tmp_path / "p.csv"
    rows = "".join(f"P{n},2026-02-30\n" for n in range(500)) + "Good,2026-03-01\n"
    source.write_text("patient_name,first_injection\n" + rows, encoding="utf-8")
    code, _, err = run_cli("batch", *CARD, source, "-o", tmp_path / "o", "--jobs", "1")
    assert code == 3
    problems = [line for line in err.splitlines() if line.startswith("line")]
    assert len(problems) == 1
    assert problems[0].startswith("lines 2, 3, 4, 5, 6 and 495 more, column 'first_injection'")


@pytest.fixture
def no_unnamed_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on macOS, Windows or a network share: no O_TMPFILE."""
    monkeypatch.setattr(files, "_open_unnamed", lambda folder: None)
    monkeypatch.setattr(files, "_cleaned_folders", set())


@pytest.mark.usefixtures("no_unnamed_files")
def test_fallback_temp_files_are_named_recognisably_and_removed(tmp_path: Path) -> None:
    target = tmp_path / "card.pdf"
    with AtomicFile(target, overwrite=False) as handle:
        handle.write(b"%PDF-1.4 test")
        parts = [p.name for p in tmp_path.iterdir()]
        assert len(parts) == 1 and files._PART_NAME.match(parts[0])
        assert f"-{os.getpid()}-" in parts[0]
        handle.commit()
    assert [p.name for p in tmp_path.iterdir()] == ["card.pdf"]
    with AtomicFile(tmp_path / "other.pdf", overwrite=False) as handle:
        handle.write(b"half")  # left without commit: discarded
    assert [p.name for p in tmp_path.iterdir()] == ["card.pdf"]


def test_stale_parts_of_dead_processes_are_removed_and_nothing_else(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    stale = tmp_path / temp_name().replace(f"-{os.getpid()}-", f"-{dead.stdout.strip()}-")
    mine = tmp_path / temp_name()
    foreign = tmp_path / ".cardmaker-notours.part"
    other_host = tmp_path / ".cardmaker-00000000-1-0123456789ab.part"
    for path in (stale, mine, foreign, other_host):
        path.write_bytes(b"patient data")
    assert remove_stale_parts(tmp_path) == [stale]
    old = time.time() - files.STALE_AFTER_S - 60
    os.utime(other_host, (old, old))
    assert remove_stale_parts(tmp_path) == [other_host]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([mine.name, foreign.name])


def test_a_killed_run_without_unnamed_files_is_cleaned_up_by_the_next(tmp_path: Path) -> None:
    """A run killed while writing leaves a .part file; the next run into the folder removes it."""
    source = tmp_path / "p.csv"
    rows = "".join(f"P{n},2026-03-01\n" for n in range(3000))
    source.write_text("patient_name,first_injection\n" + rows, encoding="utf-8")
    out = tmp_path / "all.pdf"
    forced = (
        "import sys; from cardmaker.core import files; "
        "files._open_unnamed = lambda folder: None; "
        "from cardmaker.cli.main import main; sys.exit(main(sys.argv[1:]))"
    )
    command = [sys.executable, "-c", forced, "batch", *CARD, str(source), "--combined", str(out)]
    process = subprocess.Popen([*command, "--quiet"])
    deadline = time.monotonic() + 60
    while not temp_leftovers(tmp_path):
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    left = temp_leftovers(tmp_path)
    assert left and all(files._PART_NAME.match(p.name) for p in left)  # the PDF, the report
    later = subprocess.run([*command, "--overwrite", "--quiet"], check=False)
    assert later.returncode == 0
    assert not temp_leftovers(tmp_path)
    assert out.is_file()


def test_two_runs_into_one_folder(tmp_path: Path) -> None:
    source = tmp_path / "p.csv"
    rows = "".join(f"P{n},2026-03-01\n" for n in range(60))
    source.write_text("patient_name,first_injection\n" + rows, encoding="utf-8")
    out = tmp_path / "cards"
    command = [sys.executable, "-m", "cardmaker", "batch", *CARD, str(source), "-o", str(out)]
    first = subprocess.Popen([*command, "--jobs", "1", "--quiet"], stderr=subprocess.PIPE)
    second = subprocess.Popen([*command, "--jobs", "1", "--quiet"], stderr=subprocess.PIPE)
    results = [(p.wait(timeout=120), p.stderr.read().decode()) for p in (first, second)]  # type: ignore[union-attr]
    for code, err in results:
        assert "Traceback" not in err
        assert (
            code == 0
            or (code == 3 and "exists; not replaced" in err)
            or (code == 2 and f"another cardmaker run is writing into {out}" in err)
        ), err
    reports = sorted(p.name for p in out.glob("*-report*.csv"))
    # Each run that wrote kept its own report.
    assert len(reports) == sum(1 for code, _ in results if code != 2)
    assert not temp_leftovers(out)


def test_a_report_named_alike_meanwhile_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "p-report.csv"
    report = ReportWriter(path, overwrite=False)
    report.row(2, "produced", "", "", "", "x.pdf", "")
    atomic_write(path, b"the other run's report", overwrite=False)
    report.commit()
    assert path.read_bytes() == b"the other run's report"
    assert report.path == tmp_path / "p-report-2.csv"
    assert "x.pdf" in report.path.read_text("utf-8-sig")
