"""Outputs that destroy nothing: the wrong file chosen as output, special files, bad options.

Every refusal exits 2, names the path as the user typed it, and leaves every file as it was.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

from cardmaker.core.files import FolderLock
from tests.batch.conftest import CARD, CliRun, temp_leftovers

RENDER = ["render", *CARD, "--patient-name", "Mary O'Brien", "--first-injection", "2026-03-01"]
LIST = "patient_name,first_injection\nMary O'Brien,2026-03-01\nSeán Ó Briain,2026-03-02\n"


@pytest.fixture
def patients(tmp_path: Path) -> Path:
    path = tmp_path / "p.csv"
    path.write_text(LIST, encoding="utf-8")
    return path


def _unchanged(path: Path) -> None:
    assert path.read_text("utf-8") == LIST


def test_combined_output_that_is_the_input_is_refused(
    patients: Path, tmp_path: Path, run_cli: CliRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli("batch", *CARD, "p.csv", "--combined", "p.csv", "--overwrite")
    assert code == 2
    assert "error: p.csv is the input file" in err
    _unchanged(patients)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.csv"]


def test_report_that_would_replace_the_input_is_refused(tmp_path: Path, run_cli: CliRun) -> None:
    source = tmp_path / "cards-report.csv"
    source.write_text(LIST, encoding="utf-8")
    combined = tmp_path / "cards.pdf"
    code, _, err = run_cli("batch", *CARD, source, "--combined", combined, "--overwrite")
    assert code == 2
    assert f"{source} would be the report, but it is the input file" in err
    _unchanged(source)
    assert not combined.exists()


def test_output_folder_that_is_the_input_is_refused(patients: Path, run_cli: CliRun) -> None:
    code, _, err = run_cli("batch", *CARD, patients, "-o", patients)
    assert code == 2 and f"{patients} is the input file" in err
    _unchanged(patients)


def test_without_overwrite_the_report_takes_a_new_name(tmp_path: Path, run_cli: CliRun) -> None:
    source = tmp_path / "cards-report.csv"
    source.write_text(LIST, encoding="utf-8")
    code, _, _ = run_cli("batch", *CARD, source, "--combined", tmp_path / "cards.pdf", "--quiet")
    assert code == 0
    _unchanged(source)
    assert (tmp_path / "cards-report-2.csv").is_file()


@pytest.mark.parametrize("kind", ["fifo", "symlink", "socket", "folder"])
def test_render_refuses_special_files_and_links(
    tmp_path: Path, run_cli: CliRun, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "X"
    keep = tmp_path / "precious.txt"
    keep.write_text("keep me")
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "symlink":
        target.symlink_to(keep)
    elif kind == "folder":
        target.mkdir()
    else:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(target))
        server.close()
    code, _, err = run_cli(*RENDER, "-o", "X")
    assert code == 2
    assert err.startswith("error: X is ")
    assert keep.read_text() == "keep me"
    assert os.path.lexists(target)
    if kind == "symlink":
        assert target.is_symlink() and os.readlink(target) == str(keep)
    assert not temp_leftovers(tmp_path)


def test_render_refuses_a_device(run_cli: CliRun) -> None:
    code, _, err = run_cli(*RENDER, "-o", "/dev/null")
    assert code == 2
    assert "error: /dev/null is a character device, not a regular file" in err


def test_output_errors_name_the_users_path(
    tmp_path: Path, run_cli: CliRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli(*RENDER, "-o", "nope/x.pdf")
    assert code == 2
    assert err.strip() == "error: the folder of nope/x.pdf does not exist"
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked").chmod(0o500)
    try:
        if os.access(tmp_path / "locked", os.W_OK):
            pytest.skip("running as a user who may write anywhere (root)")
        code, _, err = run_cli(*RENDER, "-o", "locked/x.pdf")
        assert code == 2 and "cannot write locked/x.pdf: Permission denied" in err
        assert ".part" not in err and ".cardmaker" not in err
    finally:
        (tmp_path / "locked").chmod(0o700)


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--medicine", "aspirin"),
        ("--lang", "xx"),
        ("--country", "Atlantis"),
        ("--format", "postcard"),
        ("--qr-target", "homepage"),
    ],
)
def test_unknown_card_options_stop_batch_before_anything_is_written(
    patients: Path, tmp_path: Path, run_cli: CliRun, option: str, value: str
) -> None:
    out = tmp_path / "cards"
    args = [*CARD, option, value]
    code, _, err = run_cli("batch", *args, patients, "-o", out)
    assert code == 2
    assert f"error: {option} '{value}' is not known; use one of:" in err
    assert not out.exists()
    code, _, err = run_cli("batch", *args, patients, "--combined", tmp_path / "c.pdf")
    assert code == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.csv"]
    code, _, err2 = run_cli(*RENDER, option, value, "-o", tmp_path / "one.pdf")
    assert code == 2 and err2 == err
    assert not (tmp_path / "one.pdf").exists()


@pytest.mark.parametrize(
    "pattern", ["{surname}", "{patient_name:>300000000}", "{row:0100d}", "{row!r}", "{row"]
)
def test_bad_name_patterns_exit_2_with_nothing_written(
    patients: Path, tmp_path: Path, run_cli: CliRun, pattern: str
) -> None:
    out = tmp_path / "cards"
    code, _, err = run_cli("batch", *CARD, patients, "-o", out, "--name-pattern", pattern)
    assert code == 2 and err.startswith("error: ")
    assert not out.exists()


def test_render_and_batch_accept_the_same_spellings(
    patients: Path, tmp_path: Path, run_cli: CliRun
) -> None:
    spelled = ["--medicine", "KEFDENSIS", "--lang", "DE", "--country", "austria", "--format", "ID1"]
    code, _, err = run_cli(*RENDER, *spelled, "-o", tmp_path / "one.pdf")
    assert code == 0, err
    code, _, err = run_cli(
        "batch", patients, *spelled, "-o", tmp_path / "cards", "--quiet", "--json", "--jobs", "1"
    )
    assert code == 0, err
    assert len(list((tmp_path / "cards").glob("*.pdf"))) == 2


def test_a_list_without_medicine_needs_the_option(
    patients: Path, tmp_path: Path, run_cli: CliRun
) -> None:
    code, _, err = run_cli(
        "batch", patients, "--lang", "en", "--country", "IE", "-o", tmp_path / "o"
    )
    assert code == 2
    assert "the list has no medicine column and --medicine was not given" in err
    assert not (tmp_path / "o").exists()


def test_a_second_run_into_a_busy_folder_is_refused(
    patients: Path, tmp_path: Path, run_cli: CliRun
) -> None:
    out = tmp_path / "cards"
    out.mkdir()
    with FolderLock(out):
        code, _, err = run_cli("batch", *CARD, patients, "-o", out, "--jobs", "1")
    assert code == 2
    assert f"another cardmaker run is writing into {out}" in err
    assert list(out.iterdir()) == []
    code, _, _ = run_cli("batch", *CARD, patients, "-o", out, "--jobs", "1", "--quiet")
    assert code == 0


def test_cells_take_the_options_spellings(tmp_path: Path, run_cli: CliRun) -> None:
    source = tmp_path / "p.csv"
    source.write_text(
        "patient_name,first_injection,medicine,lang,country,format\n"
        "Anna,2026-03-01,PROLIA,Deutsch,austria,A6\n"
        "Bob,2026-03-01,kefdensis,DE,AT,id1-trifold\n",
        encoding="utf-8",
    )
    out = tmp_path / "o"
    code, stdout, err = run_cli("batch", source, "-o", out, "--jobs", "1", "--json", "--quiet")
    assert code == 0, err
    assert json.loads(stdout)["languages"] == ["de"]
    assert len(list(out.glob("*.pdf"))) == 2
