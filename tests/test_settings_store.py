"""The settings file: a damaged one is kept and reported; two copies keep each other's changes."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

from cardmaker.core.model import CardFormat
from cardmaker.core.settings import Settings, SettingsStore


def test_a_damaged_file_is_kept_beside_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("[clinic]\nclinic = \"St. Vincent's\nbroken = = =\n", "utf-8")
    damaged = path.read_bytes()
    store = SettingsStore(path)
    assert store.load() == Settings()
    kept = list(tmp_path.glob("settings.toml.broken-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert [p.code for p in store.problems] == ["settings_broken"]
    assert f"kept as {kept[0].name}" in store.problems[0].reason
    store.save(replace(Settings(), clinic="New Clinic"))
    assert kept[0].read_bytes() == damaged  # the first save does not destroy it
    assert tomllib.loads(path.read_text("utf-8")) == {"clinic": {"clinic": "New Clinic"}}


def test_two_copies_keep_each_others_changes(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    SettingsStore(path).save(replace(Settings(), prescriber="Dr A", clinic="Clinic"))
    first, second = SettingsStore(path), SettingsStore(path)
    one, two = first.load(), second.load()
    first.save(replace(one, printer_offset_x_mm=1.5))
    second.save(replace(two, ui_language="de", card_format=CardFormat.A6_LARGE))
    first.save(replace(one, printer_offset_x_mm=1.5, prescriber="Dr B"))
    final = SettingsStore(path).load()
    assert final.printer_offset_x_mm == 1.5 and final.prescriber == "Dr B"
    assert final.ui_language == "de" and final.card_format is CardFormat.A6_LARGE
    assert final.clinic == "Clinic"


def test_only_changed_keys_are_written(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('[clinic]\nprescriber = 3\nclinic = "Mine"\n', "utf-8")
    store = SettingsStore(path)
    loaded = store.load()
    assert [p.field for p in store.problems] == ["clinic.prescriber"]
    store.save(replace(loaded, ui_language="fr"))
    data = tomllib.loads(path.read_text("utf-8"))
    assert data == {"clinic": {"clinic": "Mine"}, "interface": {"ui_language": "fr"}}


def test_a_linked_settings_file_is_written_where_it_lives(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "settings.toml"
    real.parent.mkdir()
    real.write_text('[clinic]\nclinic = "Mine"\n', "utf-8")
    link = tmp_path / "settings.toml"
    link.symlink_to(real)
    store = SettingsStore(link)
    store.save(replace(store.load(), ui_language="de"))
    assert link.is_symlink()
    assert tomllib.loads(real.read_text("utf-8"))["interface"]["ui_language"] == "de"


def test_saving_keeps_what_this_program_does_not_know(tmp_path: Path) -> None:
    # A newer copy of the program (or the user) wrote keys this one does not know, and
    # comments: saving one changed setting must leave all of them as they were.
    path = tmp_path / "settings.toml"
    path.write_text(
        "# the clinic's settings, see the wiki\n"
        '[clinic]\nclinic = "Mine"  # front desk\nfuture_key = "kept"\n'
        "[future_section]\nlevels = [1, 2]\n",
        "utf-8",
    )
    store = SettingsStore(path)
    store.save(replace(store.load(), prescriber="Dr A"))
    text = path.read_text("utf-8")
    assert tomllib.loads(text) == {
        "clinic": {"clinic": "Mine", "future_key": "kept", "prescriber": "Dr A"},
        "future_section": {"levels": [1, 2]},
    }
    assert "# the clinic's settings, see the wiki" in text and "# front desk" in text
