"""Save PDF writes the very bytes `cardmaker render` writes, atomically, asking before replacing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cardmaker.cli.main import main as cli_main
from cardmaker.gui.main_window import MainWindow
from tests.gui.conftest import wait_for_preview
from tests.gui.helpers import type_text


def choose(box: object, key: str) -> None:
    index = box.findData(key)  # type: ignore[attr-defined]
    assert index >= 0, key
    box.setCurrentIndex(index)  # type: ignore[attr-defined]
    box.activated.emit(index)  # type: ignore[attr-defined]


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path, seen: list[str]) -> None:
    def fake(parent: object, caption: str, start: str, *args: object) -> tuple[str, str]:
        seen.append(start)
        return str(path), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)


CARDS = [
    ("jubbonti", "AT", "de", "id1-bifold", "product-information"),
    ("prolia", "IE", "en", "a6-large", "epar"),
]


@pytest.mark.parametrize(("medicine", "country", "language", "card_format", "qr"), CARDS)
def test_save_writes_the_same_bytes_as_cardmaker_render(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    medicine: str,
    country: str,
    language: str,
    card_format: str,
    qr: str,
) -> None:
    form = window.form
    type_text(form.texts["patient_name"], "Zoë Müller-Ó Briain")
    type_text(form.texts["prescriber"], "Dr Seán Murphy")
    type_text(form.texts["prescriber_phone"], "+43 1 234 5678")
    type_text(form.texts["clinic"], "Osteoporose-Ambulanz Graz")
    type_text(form.first_injection.edit, "2026-08-31")
    choose(form.medicine, medicine)
    choose(form.country, country)
    choose(form.card_format, card_format)
    choose(form.qr_target, qr)
    wait_for_preview(qtbot, window)
    assert window.state.request.language == language
    assert window.commands.save.isEnabled()
    saved = tmp_path / "gui.pdf"
    starts: list[str] = []
    answer_save_dialog(monkeypatch, saved, starts)
    window.commands.save.trigger()
    reference = tmp_path / "cli.pdf"
    code = cli_main(
        [
            "render",
            "-o",
            str(reference),
            "--medicine",
            medicine,
            "--lang",
            language,
            "--country",
            country,
            "--patient-name",
            "Zoë Müller-Ó Briain",
            "--prescriber",
            "Dr Seán Murphy",
            "--prescriber-phone",
            "+43 1 234 5678",
            "--clinic",
            "Osteoporose-Ambulanz Graz",
            "--first-injection",
            "2026-08-31",
            "--format",
            card_format,
            "--qr-target",
            qr,
        ]
    )
    assert code == 0
    assert saved.read_bytes() == reference.read_bytes()
    # The suggested file name carries no patient data unless the user allows it.
    assert "Zo" not in Path(starts[0]).name and "Müller" not in starts[0]
    assert Path(starts[0]).name.startswith(f"onj-card-{medicine}-{language}-")
    assert "gui.pdf" in window.statusBar().currentMessage()
    assert not list(tmp_path.glob(".cardmaker-*"))


def test_an_existing_file_is_replaced_only_after_confirmation(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    type_text(window.form.texts["patient_name"], "Mary O'Brien")
    wait_for_preview(qtbot, window)
    target = tmp_path / "card.pdf"
    target.write_bytes(b"old")
    answer_save_dialog(monkeypatch, target, [])
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    window.commands.save.trigger()
    assert target.read_bytes() == b"old"
    window.commands.save.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    assert len(asked) == 2 and "card.pdf" in asked[0]


def test_the_pdf_suffix_is_added(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    type_text(window.form.texts["patient_name"], "Mary O'Brien")
    wait_for_preview(qtbot, window)
    answer_save_dialog(monkeypatch, tmp_path / "card", [])
    window.commands.save.trigger()
    assert (tmp_path / "card.pdf").read_bytes().startswith(b"%PDF")


def test_a_failed_write_is_reported_and_leaves_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    type_text(window.form.texts["patient_name"], "Mary O'Brien")
    wait_for_preview(qtbot, window)
    answer_save_dialog(monkeypatch, tmp_path / "missing" / "card.pdf", [])
    reported: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *a: reported.append(text)
    )
    window.commands.save.trigger()
    assert reported and "could not be saved" in reported[0]
    assert not (tmp_path / "missing").exists()


def test_save_is_refused_while_the_card_is_invalid(window: MainWindow) -> None:
    assert not window.commands.save.isEnabled()
    assert "Patient name: Required." in window.commands.save.toolTip()
    # Even when triggered directly (e.g. by a stale shortcut), nothing is asked or written.
    window.save_card()
