"""File > Blank cards...: a stack of write-on cards from the desktop; Save as PDF/X."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from cardmaker.core.model import CardFormat, CardRequest
from cardmaker.gui.batch_dialog import BatchDialog
from cardmaker.gui.blank_cards_dialog import BlankCardsDialog
from cardmaker.gui.main_window import MainWindow
from tests.batch.conftest import FIXTURES
from tests.gui.conftest import SessionFactory, wait_for_preview
from tests.gui.helpers import pdf_text, type_text
from tests.pdfcheck import page_texts


def _answer_save(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    starts: list[str] = []

    def fake(parent: object, caption: str, start: str, *args: object) -> tuple[str, str]:
        starts.append(start)
        return str(path), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return starts


def _dialog(qtbot: QtBot, window: MainWindow) -> BlankCardsDialog:
    dialog = BlankCardsDialog(
        window, window.settings, window.state.library, window.state.request, "en"
    )
    qtbot.addWidget(dialog)
    return dialog


def test_blank_cards_saved_from_the_dialog_carry_no_patient_data(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    type_text(window.form.texts["patient_name"], "Zoë Müller")
    type_text(window.form.texts["prescriber"], "Dr Seán Murphy")
    type_text(window.form.first_injection.edit, "2026-08-31")
    wait_for_preview(qtbot, window)
    window.state.update(card_format=CardFormat.ID1_BIFOLD)
    dialog = _dialog(qtbot, window)
    assert dialog.copies.value() == 4  # one full A4 sheet of two-panel cards
    type_text(dialog.clinic, "Apotheke am Markt")
    dialog.copies.setValue(6)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    assert "about 2" in dialog.summary.text()
    saved = tmp_path / "blank.pdf"
    starts = _answer_save(monkeypatch, saved)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save is not None
    save.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved == saved
    assert "onj-blank-cards-" in starts[0] and "Zo" not in starts[0]
    data = saved.read_bytes()
    text = pdf_text(data)
    assert "Apotheke am Markt" in text
    for value in ("Zoë", "Müller", "Murphy", "2026-08-31", "31"):
        assert value not in text.replace("2026-11-26", "")
    texts = page_texts(data)
    assert len(texts) == 4  # 6 copies, 4 a Letter sheet: 2 sheets, both sides
    assert "Letter" in texts[0]
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert "/GTS_PDFXVersion" not in pdf.docinfo  # PDF/X only when asked


def test_blank_cards_as_pdfx_and_refusal_shown_next_to_the_form(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, window)
    dialog.clinic.setText("x" * 80)  # longer than the card holds
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save is not None
    save.click()  # refused before any file dialog (which would fail the test)
    assert "too wide" in dialog.message.text().lower() and dialog.saved is None
    dialog.clinic.setText("Apotheke am Markt")
    dialog.pdfx.setChecked(True)
    saved = tmp_path / "press"
    _answer_save(monkeypatch, saved)
    save.click()
    data = (tmp_path / "press.pdf").read_bytes()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert str(pdf.docinfo["/GTS_PDFXVersion"]) == "PDF/X-1:2003"


def test_file_menu_opens_blank_cards(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[BlankCardsDialog] = []

    def fake_exec(self: BlankCardsDialog) -> int:
        opened.append(self)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(BlankCardsDialog, "exec", fake_exec)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.commands.blank_cards in file_menu.actions()  # type: ignore[union-attr]
    window.commands.blank_cards.trigger()
    assert len(opened) == 1 and opened[0].request().blank


def test_save_as_pdfx_when_the_setting_is_on(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window._change_settings(replace(window.settings, pdfx=True))
    type_text(window.form.texts["patient_name"], "Mary O'Brien")
    wait_for_preview(qtbot, window)
    saved = tmp_path / "card.pdf"
    _answer_save(monkeypatch, saved)
    assert window.save_card()
    with pikepdf.open(saved) as pdf:
        assert str(pdf.docinfo["/GTS_PDFXConformance"]) == "PDF/X-1a:2003"
        assert len(pdf.Root.OutputIntents) == 1


def test_batch_dialog_exports_pdfx_when_asked(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = BatchDialog(None, CardRequest("kefdensis", "de", "DE", ""), None)
    qtbot.addWidget(dialog)
    dialog.load(FIXTURES / "utf8_semicolon_de.csv")
    qtbot.waitUntil(lambda: dialog._task is None, timeout=30_000)
    dialog.combined_radio.setChecked(True)
    dialog.output_edit.setText(str(tmp_path / "cards.pdf"))
    assert not dialog.options().pdfx
    dialog.pdfx_check.setChecked(True)
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog._task is None, timeout=30_000)
    with pikepdf.open(tmp_path / "cards.pdf") as pdf:
        assert str(pdf.docinfo["/GTS_PDFXVersion"]) == "PDF/X-1:2003"
        assert all("/TrimBox" in page.obj for page in pdf.pages)


def test_a_refusal_is_shown_whole_in_the_german_dialog(
    qtbot: QtBot, open_session: SessionFactory
) -> None:
    window = open_session("de").window
    dialog = BlankCardsDialog(
        window, window.settings, window.state.library, window.state.request, "de"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.clinic.setText("W" * 80)
    dialog.save()
    message = dialog.message
    assert "zu breit" in message.text().lower()

    def laid_out_whole() -> None:
        # Every wrapped line has room, above the buttons and below the sheet count.
        assert message.height() >= message.heightForWidth(message.width())
        top = message.mapTo(dialog, message.rect().topLeft()).y()
        summary = dialog.summary.mapTo(dialog, dialog.summary.rect().bottomLeft()).y()
        buttons = dialog.buttons.mapTo(dialog, dialog.buttons.rect().topLeft()).y()
        assert summary < top and top + message.height() <= buttons

    qtbot.waitUntil(laid_out_whole, timeout=5_000)


@pytest.mark.parametrize(
    ("card_format", "sides"),
    [("a6-large", "long-edge"), ("a6-large", "none"), ("id1-trifold", "none")],
)
def test_the_sheet_count_shown_is_the_sheets_saved(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    card_format: str,
    sides: str,
) -> None:
    dialog = _dialog(qtbot, window)
    dialog.card_format.setCurrentIndex(dialog.card_format.findData(card_format))
    dialog.sides.setCurrentIndex(dialog.sides.findData(sides))
    dialog.copies.setValue(7)
    shown = re.search(r"(\d+)\D+(\d+)", dialog.summary.text())
    assert shown is not None
    saved = tmp_path / "blank.pdf"
    _answer_save(monkeypatch, saved)
    dialog.save()
    pages = len(page_texts(saved.read_bytes()))
    assert int(shown[1]) == (pages if sides == "none" else pages // 2)
    # A full sheet: the copies the summary says a sheet holds make exactly one sheet.
    dialog = _dialog(qtbot, window)
    dialog.card_format.setCurrentIndex(dialog.card_format.findData(card_format))
    dialog.sides.setCurrentIndex(dialog.sides.findData(sides))
    dialog.copies.setValue(int(shown[2]))
    assert re.search(r"\b1\b", dialog.summary.text())
