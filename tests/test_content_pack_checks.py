"""A user's card-text folder is checked as strictly as a patient's name, before any card."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from cardmaker.cli.main import main
from cardmaker.core.content import pack_strings
from cardmaker.core.errors import DataFileError
from cardmaker.core.library import load_library
from cardmaker.core.links import printed_addresses
from cardmaker.core.resources import asset_path, card_text_dir
from cardmaker.render.fonts import printable_codepoints

RENDER = ["render", "--patient-name", "Mary", "--first-injection", "2026-03-01"]


def _pack(folder: Path, old: str, new: str, language: str = "en") -> Path:
    text = (card_text_dir() / "en.toml").read_text("utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    if language != "en":
        text = text.replace('language = "en"', f'language = "{language}"', 1)
    (folder / f"{language}.toml").write_text(text, "utf-8")
    return folder


def _refused(folder: Path) -> str:
    with pytest.raises(DataFileError) as caught:
        load_library(folder, printable_codepoints())
    return "; ".join(str(p) for p in caught.value.problems)


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("javascript:alert(1)", "only https addresses may be printed"),
        ("http://www.ema.europa.eu/x", "only https addresses may be printed"),
        ("https://evil.example.com/ema", "not the EMA's or a national reporting authority's"),
        ("www.phishing-ema.com", "not the EMA's or a national reporting authority's"),
        ("evil.eu/report", "not the EMA's or a national reporting authority's"),
    ],
)
def test_printed_addresses_pass_the_allow_list(tmp_path: Path, address: str, why: str) -> None:
    folder = _pack(tmp_path, "Carry this card", f"Carry this card ({address})")
    assert why in _refused(folder)


def test_the_authorities_and_the_ema_may_be_printed(tmp_path: Path) -> None:
    allowed = "see https://www.ema.europa.eu/en/medicines or www.hpra.ie or www.basg.gv.at/x"
    folder = _pack(tmp_path, "Carry this card", f"Carry this card ({allowed})")
    assert load_library(folder, printable_codepoints()).content.get("en").origin.parent == folder


def test_shipped_texts_print_no_address_and_abbreviations_are_not_addresses() -> None:
    for pack in load_library().content.packs.values():  # the printed texts, not review notes
        for key, text in pack_strings(pack):
            assert printed_addresses(text) == [], (pack.language, key)
    assert printed_addresses("z.B. f.eks. t.ex. m.sh. e.g.") == []


@pytest.mark.parametrize(
    ("inserted", "why"),
    [
        ("\u202e", "U+202E"),
        ("\\u001b[2J", "U+001B"),  # written as a TOML escape
        ("\u0378", "U+0378"),  # unassigned: control check
        ("\u4e2d", "the card font cannot print U+4E2D"),
        ("\U0001f600", "the card font cannot print U+1F600"),
    ],
)
def test_characters_are_checked(tmp_path: Path, inserted: str, why: str) -> None:
    folder = _pack(tmp_path, "Carry this card", f"Carry{inserted} this card")
    assert why in _refused(folder)


def test_placeholders_take_no_format(tmp_path: Path) -> None:
    folder = _pack(tmp_path, 'title = "{product}', 'title = "{product:>300000000}')
    started = time.monotonic()
    assert "has a format; write {product} alone" in _refused(folder)
    assert time.monotonic() - started < 5
    _pack(tmp_path, 'title = "{product}', 'title = "{product.__class__}')
    assert "unknown placeholder(s) product.__class__" in _refused(tmp_path)


def test_unknown_babel_language_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _pack(tmp_path, "Carry this card", "Carry this card", language="qqq")
    args = [*RENDER, "--lang", "qqq", "--content-dir", str(folder), "-o", str(tmp_path / "x.pdf")]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "'qqq' is not a language the program can write dates in" in err
    assert "Traceback" not in err and not (tmp_path / "x.pdf").exists()


def test_reporting_table_promises_no_override() -> None:
    text = asset_path("reporting.toml").read_text("utf-8")
    assert "can override this file" not in text
    assert "never these authorities" in text
