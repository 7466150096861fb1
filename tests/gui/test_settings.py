"""Settings: one schema, one accessor at an injectable path, and never a patient's details."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from cardmaker.core.model import DEFAULT_CARD_FORMAT, CardFormat, CardRequest, QrTarget
from cardmaker.core.settings import Settings, SettingsStore, default_settings_path
from cardmaker.gui.file_naming import suggested_file_name
from cardmaker.gui.main_window import MainWindow
from cardmaker.gui.settings_dialog import SettingsDialog
from tests.gui.conftest import SessionFactory, wait_for_preview
from tests.gui.helpers import replace_text, type_text

CUSTOM = Settings(
    prescriber='Dr "Quote" \\ Backslash',
    prescriber_phone="+353 1 234 5678",
    clinic="Clinic\tTab",
    medicine="prolia",
    language="fr",
    country="FR",
    card_format=CardFormat.A6_LARGE,
    qr_target=QrTarget.PRODUCT_INFORMATION,
    content_dir="/srv/approved texts",
    output_folder="/home/staff/Cards",
    file_name_pattern="card-{country}-{date}",
    patient_name_in_file_name=True,
    printer_offset_x_mm=-1.5,
    printer_offset_y_mm=2.25,
    ui_language="de",
)


def test_the_autouse_fixture_redirects_the_settings(settings_path: Path) -> None:
    assert default_settings_path() == settings_path
    assert SettingsStore().path == settings_path


def test_settings_round_trip(settings_path: Path) -> None:
    store = SettingsStore()
    store.save(CUSTOM)
    assert SettingsStore().load() == CUSTOM
    assert (
        tomllib.loads(settings_path.read_text("utf-8"))["printing"]["printer_offset_y_mm"] == 2.25
    )


def test_missing_or_broken_settings_fall_back_to_defaults(settings_path: Path) -> None:
    store = SettingsStore()
    assert store.load() == Settings()
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text(
        '[clinic]\ncard_format = "postcard"\nprescriber = 3\n[printing]\nprinter_offset_x_mm = 99\n'
    )
    loaded = store.load()
    assert loaded.card_format is DEFAULT_CARD_FORMAT and loaded.prescriber == ""
    assert loaded.printer_offset_x_mm == 20.0  # clamped
    assert {p.field for p in store.problems} == {"clinic.card_format", "clinic.prescriber"}
    settings_path.write_text("not toml = = =")
    assert store.load() == Settings() and store.problems


def test_clinic_defaults_from_settings_start_the_card(
    settings_path: Path, open_session: SessionFactory
) -> None:
    SettingsStore().save(CUSTOM)
    window = open_session("en").window
    request = window.state.request
    assert (request.medicine, request.language, request.country) == ("prolia", "fr", "FR")
    assert request.card_format is CardFormat.A6_LARGE
    assert request.prescriber == CUSTOM.prescriber and request.patient_name == ""
    # The approved-text folder does not exist: the shipped texts are used and it is said.
    assert window.state.content_dir is None
    assert "is not a folder" in window.statusBar().currentMessage()


def test_settings_hold_no_patient_data_after_a_card_was_made(
    qtbot: QtBot,
    window: MainWindow,
    settings_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = window.form
    type_text(form.texts["patient_name"], "Gráinne Uí Mhaoláin")
    type_text(form.texts["prescriber"], "Dr Seán Murphy")
    type_text(form.first_injection.edit, "2026-08-31")
    wait_for_preview(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "card.pdf"), ""))
    window.commands.save.trigger()
    assert (tmp_path / "card.pdf").exists()

    def accept_with_current_values(dialog: SettingsDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.take_button.click()
        dialog.offset_x.setValue(1.2)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", accept_with_current_values)
    window.commands.settings.trigger()
    text = settings_path.read_text("utf-8")
    assert "Dr Seán Murphy" in text and "printer_offset_x_mm = 1.2" in text
    for patient_detail in ("Gráinne", "Mhaoláin", "2026-08-31", "2027-02-28", "card.pdf"):
        assert patient_detail not in text
    assert "patient_name =" not in text


def test_settings_dialog_refuses_an_unknown_placeholder(qtbot: QtBot, window: MainWindow) -> None:
    dialog = SettingsDialog(
        window, window.settings, window.state.library, window.state.request, "en"
    )
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[union-attr]
    assert ok.isEnabled()
    replace_text(dialog.pattern, "card-{patient_birthday}")
    assert not ok.isEnabled()
    assert "{patient_birthday}" in dialog.pattern_message.text()
    # The batch's engine refuses the same formats: a huge width would run for minutes.
    replace_text(dialog.pattern, "card-{patient_name:>300000000}")
    assert not ok.isEnabled()
    assert "{patient_name}" in dialog.pattern_message.text()
    replace_text(dialog.pattern, "card-{country}-{date}")
    assert ok.isEnabled()
    assert dialog.settings().file_name_pattern == "card-{country}-{date}"


def test_file_names_carry_the_patient_only_when_allowed() -> None:
    request = CardRequest("kefdensis", "en", "IE", "Mary O'Brien/Test")
    today = date(2026, 11, 26)
    plain = suggested_file_name("onj-card-{medicine}-{language}-{date}", request, False, today)
    assert plain == "onj-card-kefdensis-en-2026-11-26.pdf"
    assert suggested_file_name("card-{patient}-{date}", request, False, today) == (
        "card-2026-11-26.pdf"
    )
    allowed = suggested_file_name("onj-card-{date}", request, True, today)
    assert allowed == "onj-card-2026-11-26-Mary O'Brien_Test.pdf"
    assert suggested_file_name("{nonsense}", request, False, today).startswith("onj-card-")
