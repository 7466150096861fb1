from __future__ import annotations

import re
from pathlib import Path

import pytest

from cardmaker.cli.main import main
from cardmaker.core.resources import card_text_dir
from tests.pdfcheck import all_text, squeeze

BASE = ["render", "--medicine", "kefdensis", "--lang", "en", "--country", "IE"]


def test_render_writes_the_card(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "card.pdf"
    code = main(
        [*BASE, "-o", str(out), "--patient-name", "Ana Ñúñez", "--first-injection", "2026-08-31"]
    )
    assert code == 0
    text = squeeze(all_text(out.read_bytes()))
    assert "AnaÑúñez" in text and "28February2027" in text
    assert "draft" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["card.pdf"]


def test_a_medicine_with_only_a_positive_opinion_is_named_in_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "card.pdf"
    args = ["--patient-name", "A B", "--first-injection", "2026-08-31", "-o", str(out)]
    assert main([*BASE, *args]) == 0
    assert "positive opinion" not in capsys.readouterr().err
    assert main(["render", "--medicine", "rolcya", "--lang", "en", "--country", "IE", *args]) == 0
    assert "Rolcya has a CHMP positive opinion" in capsys.readouterr().err


def test_invalid_input_exits_2_with_every_problem_and_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "card.pdf"
    code = main(
        [
            *BASE,
            "-o",
            str(out),
            "--prescriber-phone",
            "call me",
            "--first-injection",
            "2026-03-01",
            "--next-injection",
            "2026-12-01",
        ]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert "patient_name" in err and "is required" in err
    assert "prescriber_phone" in err
    assert "next_injection" in err and "7 months" in err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_bad_date_and_unknown_medicine_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "card.pdf"
    assert (
        main([*BASE, "-o", str(out), "--patient-name", "A", "--first-injection", "2026-02-31"]) == 2
    )
    assert "2026-02-31" in capsys.readouterr().err
    assert main(["render", "-o", str(out), "--patient-name", "A", "--medicine", "xgeva"]) == 2
    assert "xgeva" in capsys.readouterr().err
    assert not out.exists()


def test_existing_file_is_replaced_whole(tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    out.write_bytes(b"old")
    assert main([*BASE, "-o", str(out), "--patient-name", "B"]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_listings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["medicines"]) == 0
    out = capsys.readouterr().out
    assert "Kefdensis ▼" in out and "Prolia " in out and "positive-opinion" in out
    assert main(["languages"]) == 0
    out = capsys.readouterr().out
    assert "Deutsch" in out and "Ελληνικά" in out and "draft" in out


def approved_pack(folder: Path, body_change: tuple[str, str] = ("", "")) -> Path:
    source = (card_text_dir() / "en.toml").read_text(encoding="utf-8")
    text = source.replace('status = "draft"', 'status = "approved"')
    text = re.sub(r'^version = ".*"$', 'version = "IE/2026/07"', text, count=1, flags=re.M)
    old, new = body_change
    if old:
        assert old in text
        text = text.replace(old, new)
    (folder / "en.toml").write_text(text, encoding="utf-8")
    return folder


def test_approved_text_is_printed_exactly_without_draft_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "approved"
    folder.mkdir()
    approved_pack(
        folder, ("Please read the package leaflet", "Read the HPRA-approved package leaflet")
    )
    out = tmp_path / "card.pdf"
    code = main([*BASE, "-o", str(out), "--patient-name", "C", "--content-dir", str(folder)])
    assert code == 0
    text = squeeze(all_text(out.read_bytes()))
    assert squeeze("Read the HPRA-approved package leaflet") in text
    assert squeeze("Card text version IE/2026/07") in text
    assert "draft" not in capsys.readouterr().err


def test_broken_approved_text_is_reported_by_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = approved_pack(tmp_path, ('carry = "', 'carry_card = "'))
    out = tmp_path / "card.pdf"
    code = main([*BASE, "-o", str(out), "--patient-name", "C", "--content-dir", str(folder)])
    assert code == 2
    err = capsys.readouterr().err
    assert "carry: missing" in err
    assert "carry_card: unknown key" in err
    assert not out.exists()
