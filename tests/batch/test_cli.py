"""``cardmaker batch`` as a script sees it: exit codes, JSON, files, and no patient data leaking."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf
import pytest

from cardmaker.batch.combined import CombinedWriter
from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardFormat, CardRequest
from cardmaker.render.card import prepare
from cardmaker.render.imposition import SHEET_SIZES, Duplex
from tests.batch.conftest import CARD, FIXTURES, CliRun, temp_leftovers
from tests.batch.readback import names_in

GOOD = FIXTURES / "utf8_semicolon_de.csv"
NAMES = [
    "José Muñoz",
    "François Müller",
    "Seán Ó Briain",
    "Björk Guðmundsdóttir",
    "Дмитрий Иванов",
    "Ольга Петрова",
]


def test_json_summary_and_exit_0(tmp_path: Path, run_cli: CliRun) -> None:
    code, out, err = run_cli(
        "batch", *CARD, GOOD, "-o", tmp_path / "cards", "--json", "--quiet", "--jobs", "1"
    )
    assert code == 0
    assert err == ""
    summary = json.loads(out)
    assert summary["produced"] == 6 and summary["skipped"] == 2 and summary["rejected"] == []
    assert summary["encoding"] == "utf-8" and summary["delimiter"] == "semicolon"
    assert len(summary["outputs"]) == 6
    assert all(Path(p).exists() for p in summary["outputs"])
    assert Path(summary["report"]).name == "utf8_semicolon_de-report.csv"
    assert summary["languages"] == ["en"]


def test_messages_never_name_patients(tmp_path: Path, run_cli: CliRun) -> None:
    code, out, err = run_cli(
        "batch", *CARD, FIXTURES / "problems.csv", "--combined", tmp_path / "c.pdf"
    )
    assert code == 3
    assert "line 3, column 'First injection'" in err
    assert "warning: the card text of en is a draft" in err
    assert "produced 2, rejected 8, skipped 1" in err
    for name in ("Anna Good", "Bad Date", "Wrong Format", "Wang", "O'Neill"):
        assert name not in err + out


def test_pdf_metadata_has_no_patient_data(tmp_path: Path, run_cli: CliRun) -> None:
    run_cli("batch", *CARD, GOOD, "--combined", tmp_path / "c.pdf", "--quiet")
    run_cli("batch", *CARD, GOOD, "-o", tmp_path / "files", "--quiet", "--jobs", "1")
    for path in [tmp_path / "c.pdf", *sorted((tmp_path / "files").glob("*.pdf"))]:
        data = path.read_bytes()
        info = str(pypdf.PdfReader(io.BytesIO(data)).metadata)
        for name in NAMES:
            assert name not in info
            assert name.encode("utf-8") not in data  # text is only in font-encoded streams
        assert not any(n.split()[0] in path.name for n in NAMES)


def test_name_pattern_asks_for_the_name(
    tmp_path: Path, run_cli: CliRun, library: CardLibrary
) -> None:
    out = tmp_path / "cards"
    code, _, _ = run_cli(
        "batch",
        *CARD,
        GOOD,
        "-o",
        out,
        "--name-pattern",
        "{patient_name}",
        "--quiet",
        "--jobs",
        "1",
    )
    assert code == 0
    assert sorted(p.stem for p in out.glob("*.pdf")) == sorted(NAMES)
    for path in out.glob("*.pdf"):
        assert names_in(path.read_bytes(), library) == [path.stem]


def test_existing_files_are_kept_without_overwrite(tmp_path: Path, run_cli: CliRun) -> None:
    out = tmp_path / "cards"
    run_cli("batch", *CARD, GOOD, "-o", out, "--quiet", "--jobs", "1")
    first = {p: p.read_bytes() for p in out.glob("*.pdf")}
    victim = sorted(first)[0]
    victim.write_bytes(b"kept")
    code, stdout, _ = run_cli("batch", *CARD, GOOD, "-o", out, "--json", "--quiet", "--jobs", "1")
    assert code == 2  # no card written
    summary = json.loads(stdout)
    assert summary["produced"] == 0
    assert all("exists" in r["reason"] for r in summary["rejected"])
    assert victim.read_bytes() == b"kept"
    assert (out / "utf8_semicolon_de-report-2.csv").exists()  # reports are never replaced
    code, _, _ = run_cli("batch", *CARD, GOOD, "-o", out, "--overwrite", "--quiet", "--jobs", "1")
    assert code == 0
    assert victim.read_bytes() == first[victim]
    combined = tmp_path / "c.pdf"
    combined.write_bytes(b"kept")
    code, _, err = run_cli("batch", *CARD, GOOD, "--combined", combined)
    assert code == 2 and "--overwrite" in err
    assert combined.read_bytes() == b"kept"
    assert not temp_leftovers(tmp_path)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--name-pattern", "{surname}"], "unknown placeholder"),
        (["--map", "Nope=patient_name"], "no column 'Nope'"),
        (["--encoding", "klingon"], "unknown encoding"),
        (["--delimiter", "x"], "unsupported delimiter"),
        (["--start", "0"], "--start"),
    ],
)
def test_bad_options_exit_2_and_write_nothing(
    tmp_path: Path, run_cli: CliRun, args: list[str], message: str
) -> None:
    code, _, err = run_cli("batch", *CARD, GOOD, "-o", tmp_path / "out", *args)
    assert code == 2
    assert message in err
    assert not list(tmp_path.rglob("*.pdf"))


def test_unreadable_input_exits_2(tmp_path: Path, run_cli: CliRun) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    code, _, err = run_cli("batch", *CARD, path, "-o", tmp_path / "out")
    assert code == 2 and ".xlsx or CSV" in err


def test_worksheet_and_paper_options(tmp_path: Path, run_cli: CliRun) -> None:
    out = tmp_path / "c.pdf"
    code, stdout, _ = run_cli(
        "batch",
        *CARD,
        FIXTURES / "patients.xlsx",
        "--combined",
        out,
        "--worksheet",
        "Patients",
        "--sheet",
        "letter",
        "--duplex",
        "short-edge",
        "--start",
        "3",
        "--json",
        "--quiet",
    )
    assert code == 3
    page = pypdf.PdfReader(out).pages[0]
    assert float(page.mediabox.width) == pytest.approx(215.9 * 72 / 25.4, abs=0.1)
    report = (tmp_path / "c-report.csv").read_text("utf-8-sig")
    assert "c.pdf, sheet 1, position 3" in report and "sheet 2, position 1" in report
    assert json.loads(stdout)["sheets"] == 2


def test_quiet_prints_nothing_and_progress_goes_to_stderr(tmp_path: Path, run_cli: CliRun) -> None:
    code, out, err = run_cli("batch", *CARD, GOOD, "--combined", tmp_path / "c.pdf", "--quiet")
    assert (code, out, err) == (0, "", "")


BIFOLD = CardFormat.ID1_BIFOLD


def test_combined_with_workers_keeps_sheet_order(tmp_path: Path, library: CardLibrary) -> None:
    names = [f"{NAMES[i % len(NAMES)]} {i}" for i in range(30)]
    out = tmp_path / "c.pdf"
    writer = CombinedWriter(
        out, SHEET_SIZES["a4"], Duplex.SHORT_EDGE, start=2, sheets_per_part=2, jobs=2
    )
    tickets = [
        writer.add(line, prepare(CardRequest("kefdensis", "en", "IE", name, BIFOLD), library))
        for line, name in enumerate(names, start=2)
    ]
    assert writer.close()
    assert writer.sheets == 8
    assert all(t.done for t in tickets)
    assert tickets[0].output == "c.pdf, sheet 1, position 2"
    assert tickets[-1].output == "c.pdf, sheet 8, position 3"
    assert names_in(out.read_bytes(), library) == names
    assert len(pypdf.PdfReader(out, strict=True).pages) == 16
