from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from cardmaker.core.catalogue import load_catalogue
from cardmaker.core.content import TEXT_KEYS, load_content, load_pack
from cardmaker.core.errors import DataFileError, UnknownMedicineError
from cardmaker.core.library import CardLibrary
from cardmaker.core.reporting import load_reporting
from cardmaker.core.resources import card_text_dir

EU_EEA = (
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO"
).split()
AUTHORISED = (
    "Prolia Jubbonti Obodence Stoboclo Osvyrti Junod Izamby Evfraxy Zadenvi Conexxence Bildyos"
    " Kefdensis Acvybra Ponlimsi"
).split()
# No EU decision could be found for these on 2026-11-30 (see each entry's source).
POSITIVE_OPINION = ["Rolcya", "Denosumab Intas", "Osqay"]


def test_catalogue_has_every_eu_denosumab_60mg_medicine() -> None:
    catalogue = load_catalogue()
    by_name = {m.name: m for m in catalogue}
    assert set(by_name) == set(AUTHORISED) | set(POSITIVE_OPINION)
    for name in AUTHORISED:
        assert by_name[name].is_authorised
    for name in POSITIVE_OPINION:
        assert by_name[name].status == "positive-opinion"
    assert not by_name["Prolia"].additional_monitoring
    assert by_name["Kefdensis"].additional_monitoring
    assert all(m.substance == "denosumab" and m.strength == "60 mg" for m in catalogue)
    assert by_name["Denosumab Intas"].epar_slug == "denosumab-intas"


def test_catalogue_lookup_by_key_or_name() -> None:
    catalogue = load_catalogue()
    assert catalogue.get("KEFDENSIS").name == "Kefdensis"
    assert catalogue.get("denosumab intas").key == "denosumab-intas"
    with pytest.raises(UnknownMedicineError, match="xgeva"):
        catalogue.get("xgeva")


def test_reporting_table_covers_eu_eea() -> None:
    table = load_reporting()
    assert set(table) == set(EU_EEA)
    assert table["BE"].languages == ("nl", "fr", "de")
    assert table["BE"].authority_for("fr").startswith("Agence fédérale")
    assert table["IE"].languages == ("en", "ga")


def test_suggested_languages_for_multilingual_countries(library: CardLibrary) -> None:
    assert library.suggested_languages("FI") == ("fi", "sv")
    assert library.suggested_languages("MT") == ("mt", "en")


def test_english_pack_is_complete_and_draft(library: CardLibrary) -> None:
    pack = library.content.get("en")
    assert pack.is_draft
    assert set(pack.texts) == set(TEXT_KEYS)
    assert "{product}" in pack.text("title") and "{substance}" in pack.text("title")


def write_pack(folder: Path, body: str, name: str = "en") -> Path:
    path = folder / f"{name}.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_pack_problems_are_reported_by_key(tmp_path: Path) -> None:
    source = (card_text_dir() / "en.toml").read_text(encoding="utf-8")
    broken = (
        source.replace('why = "', 'whyy = "')
        .replace("{authority}", "{authorty}")
        .replace('status = "draft"', 'status = "final"')
    )
    with pytest.raises(DataFileError) as caught:
        load_pack(write_pack(tmp_path, broken))
    problems = {(p.field, p.reason) for p in caught.value.problems}
    fields = {f for f, _ in problems}
    assert {"why", "whyy", "reporting", "pack.status"} <= fields
    assert ("why", "missing") in problems
    assert ("whyy", "unknown key") in problems


def test_user_folder_overrides_shipped_pack(tmp_path: Path) -> None:
    shutil.copy(card_text_dir() / "en.toml", tmp_path / "en.toml")
    text = (tmp_path / "en.toml").read_text(encoding="utf-8")
    text = text.replace('status = "draft"', 'status = "approved"')
    text = re.sub(r'^version = ".*"$', 'version = "IE-2026-07"', text, count=1, flags=re.M)
    (tmp_path / "en.toml").write_text(text, encoding="utf-8")
    content = load_content(tmp_path)
    assert content.get("en").status == "approved"
    assert content.get("en").version == "IE-2026-07"
    assert content.get("en").origin == tmp_path / "en.toml"
    assert content.get("de").origin.parent == card_text_dir()


def test_empty_user_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match=r"no <lang>\.toml"):
        load_content(tmp_path)
