"""Reports that tell the truth: every input line once, with what really became of it."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pypdf
import pytest

from cardmaker.batch.runner import BatchOptions, run_batch
from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardRequest
from tests.batch.conftest import CARD, CliRun, temp_leftovers


def names_text(pdf: bytes) -> list[str]:
    """The text of every page of a PDF."""
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


DEFAULTS = CardRequest("kefdensis", "en", "IE", "")


def _list(path: Path, rows: int, bad_every: int = 0) -> Path:
    lines = ["patient_name,first_injection,prescriber"]
    for n in range(rows):
        day = "2026-02-30" if bad_every and n % bad_every == 1 else "2026-03-01"
        lines.append(f"Patient {n},{day},")
    lines.insert(4, ",,")  # a blank line (line 5)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _report(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8-sig"))))


def _cancel_after(calls: int) -> object:
    count = [0]

    def cancel() -> bool:
        count[0] += 1
        return count[0] > calls

    return cancel


def test_every_line_is_accounted_for(tmp_path: Path, library: CardLibrary) -> None:
    source = _list(tmp_path / "p.csv", 20, bad_every=7)
    options = BatchOptions(source, DEFAULTS, output_dir=tmp_path / "cards", jobs=1)
    summary = run_batch(options, library=library)
    rows = _report(tmp_path / "cards" / "p-report.csv")
    assert [r["line"] for r in rows] == [str(n) for n in range(2, 23)]
    statuses = {r["line"]: (r["status"], r["code"]) for r in rows}
    assert statuses["5"] == ("skipped", "blank")
    rejected = [r for r in rows if r["status"] == "rejected"]
    assert len(rejected) == summary.rejected_rows == 3
    assert all(r["column"] == "first_injection" and r["reason"] for r in rejected)
    produced = [r for r in rows if r["status"] == "produced"]
    assert len(produced) == summary.produced == 17
    assert all(Path(r["output"]).is_file() for r in produced)


def test_cancelled_combined_run_counts_nothing_as_produced(
    tmp_path: Path, library: CardLibrary
) -> None:
    source = _list(tmp_path / "p.csv", 60)
    combined = tmp_path / "all.pdf"
    options = BatchOptions(source, DEFAULTS, combined=combined)
    summary = run_batch(options, cancel=_cancel_after(40), library=library)  # type: ignore[arg-type]
    assert summary.cancelled and summary.produced == 0 and not combined.exists()
    rows = _report(tmp_path / "all-report.csv")
    assert [r["line"] for r in rows] == [str(n) for n in range(2, 63)]
    assert "produced" not in {r["status"] for r in rows}
    assert not any(r["output"] for r in rows)
    codes = [r["code"] for r in rows if r["status"] == "not done"]
    assert set(codes) == {"not_kept", "never_read"}
    assert summary.not_done == len(codes) == 60
    assert summary.not_done_by["never_read"] == 21  # lines 42..62 (line 5 is blank)


def test_cancelled_per_file_run_lists_lines_never_read(
    tmp_path: Path, library: CardLibrary
) -> None:
    source = _list(tmp_path / "p.csv", 30)
    out = tmp_path / "cards"
    options = BatchOptions(source, DEFAULTS, output_dir=out, jobs=1)
    summary = run_batch(options, cancel=_cancel_after(10), library=library)  # type: ignore[arg-type]
    rows = _report(out / "p-report.csv")
    assert [r["line"] for r in rows] == [str(n) for n in range(2, 33)]
    produced = [r for r in rows if r["status"] == "produced"]
    assert len(produced) == summary.produced == len(list(out.glob("*.pdf"))) == 9
    never = [r for r in rows if r["code"] == "never_read"]
    assert [r["line"] for r in never] == [str(n) for n in range(12, 33)]
    assert summary.produced + summary.skipped + summary.not_done == 31


def test_values_from_options_are_marked(tmp_path: Path, run_cli: CliRun) -> None:
    source = tmp_path / "p.csv"
    source.write_text(
        "patient_name,first_injection,prescriber,prescriber_phone\n"
        "Anna Own,2026-03-01,Dr Own,+353 1 111 1111\n"
        "Bob Blank,2026-03-01,,\n",
        encoding="utf-8",
    )
    out = tmp_path / "cards"
    code, stdout, err = run_cli(
        "batch", *CARD, source, "-o", out, "--jobs", "1", "--json",
        "--prescriber", "Dr Default", "--clinic", "Clinic Default",
    )  # fmt: skip
    assert code == 0, err
    rows = _report(out / "p-report.csv")
    assert rows[0]["defaults"] == (
        "medicine from --medicine; language from --lang; country from --country; "
        "clinic from --clinic; card_format from the default (id1-trifold)"
    )
    # The phone stays blank: no option gave one, and another row's phone is never used.
    assert rows[1]["defaults"] == (
        "medicine from --medicine; language from --lang; country from --country; "
        "prescriber from --prescriber; clinic from --clinic; "
        "card_format from the default (id1-trifold)"
    )
    summary = json.loads(stdout)
    assert summary["defaults_used"]["prescriber"] == 1
    assert summary["defaults_used"]["clinic"] == 2
    assert "values from options (marked in the report)" in err


def _start(*args: str | Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "cardmaker", "batch", *CARD, *map(str, args), "--json"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_ctrl_c_during_combined_exits_130_with_a_true_report(tmp_path: Path) -> None:
    source = _list(tmp_path / "p.csv", 3000)
    combined = tmp_path / "all.pdf"
    process = _start(source, "--combined", combined, "--quiet")
    deadline = time.monotonic() + 60
    # Wait until sheets are being written (the temporary file grows), then press Ctrl-C.
    while not any(p.name.startswith("all") for p in tmp_path.iterdir()):
        if _writing(process.pid, tmp_path) or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    time.sleep(0.5)
    os.kill(process.pid, signal.SIGINT)
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    summary = json.loads(stdout)
    assert summary["produced"] == 0 and summary["cancelled"]
    assert summary["not_done"] + summary["skipped"] == 3001
    assert not combined.exists() and not temp_leftovers(tmp_path)
    rows = _report(tmp_path / "all-report.csv")
    assert len(rows) == 3001 and "produced" not in {r["status"] for r in rows}


def _writing(pid: int, folder: Path) -> bool:
    try:
        targets = [os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")]
    except OSError:
        return False
    return any(t.startswith(str(folder)) and not t.endswith(".csv") for t in targets)


@pytest.mark.parametrize(
    ("rows", "extra", "expected"),
    [
        ("Anna,2026-03-01\n", [], 0),
        ("Anna,2026-03-01\nBob,2026-02-30\n", [], 3),
        ("Anna,2026-03-01\n", ["--medicine", "nothing"], 2),
        ("Bob,2026-02-30\n", [], 2),  # every line rejected: nothing written
    ],
)
def test_exit_codes(
    tmp_path: Path, run_cli: CliRun, rows: str, extra: list[str], expected: int
) -> None:
    source = tmp_path / "p.csv"
    source.write_text("patient_name,first_injection\n" + rows, encoding="utf-8")
    code, _, _ = run_cli("batch", *CARD, *extra, source, "-o", tmp_path / "o", "--quiet")
    assert code == expected


def test_a_blank_medicine_without_an_option_is_said_so(tmp_path: Path, run_cli: CliRun) -> None:
    source = tmp_path / "p.csv"
    source.write_text(
        "patient_name,first_injection,medicine\nAnna,2026-03-01,prolia\nBob,2026-03-01,\n",
        encoding="utf-8",
    )
    out = tmp_path / "o"
    code, _, err = run_cli("batch", source, "--lang", "en", "--country", "IE", "-o", out)
    assert code == 3
    assert "line 3, column 'medicine': is blank, and --medicine" in err
    rows = _report(out / "p-report.csv")
    assert (rows[1]["status"], rows[1]["code"]) == ("rejected", "no_value")


def test_a_default_phone_goes_only_with_the_default_prescriber(
    tmp_path: Path, run_cli: CliRun, library: CardLibrary
) -> None:
    source = tmp_path / "p.csv"
    source.write_text(
        "patient_name,first_injection,prescriber\nAnna Own,2026-03-01,Dr Own\nBob,2026-03-01,\n",
        encoding="utf-8",
    )
    out = tmp_path / "cards"
    code, _, err = run_cli(
        "batch", *CARD, source, "-o", out, "--jobs", "1", "--quiet",
        "--prescriber", "Dr Default", "--prescriber-phone", "+353 1 555 0000",
    )  # fmt: skip
    assert code == 0, err
    rows = _report(out / "p-report.csv")
    assert "prescriber_phone" not in rows[0]["defaults"]
    assert (
        "prescriber from --prescriber; prescriber_phone from --prescriber-phone"
        in (rows[1]["defaults"])
    )
    own = (out / "0002-2026-03-01.pdf").read_bytes()
    other = (out / "0003-2026-03-01.pdf").read_bytes()
    assert "555 0000" not in " ".join(names_text(own)) and "555 0000" in " ".join(names_text(other))
