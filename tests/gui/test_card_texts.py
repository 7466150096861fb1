"""Approved card texts, problems in them shown by key, text that does not fit, batch export."""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cardmaker.core.model import CardRequest
from cardmaker.core.resources import card_text_dir
from cardmaker.gui.main_window import MainWindow
from tests.gui.conftest import wait_for_preview
from tests.gui.helpers import type_text


def approved_folder(tmp_path: Path, edit: str = "", status: str = "reviewed") -> Path:
    folder = tmp_path / "approved"
    folder.mkdir()
    text = (card_text_dir() / "en.toml").read_text("utf-8")
    text = text.replace('status = "draft"', f'status = "{status}"')
    if edit:
        text = text.replace("[text]\n", f"[text]\n{edit}\n", 1)
        # Drop the key the edit replaces (the first definition wins otherwise).
        key = edit.split("=", 1)[0].strip()
        lines = text.split("\n")
        first = next(i for i, line in enumerate(lines) if line.startswith(f"{key} ="))
        text = "\n".join(
            line for i, line in enumerate(lines) if not (line.startswith(f"{key} =") and i != first)
        )
    (folder / "en.toml").write_text(text, "utf-8")
    return folder


def test_loading_approved_text_hides_the_draft_note_and_is_remembered(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = approved_folder(tmp_path)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(folder))
    assert window.banner.isVisible()
    window.commands.load_texts.trigger()
    assert window.state.content_dir == folder
    assert not window.banner.isVisible()
    assert window.settings.content_dir == str(folder)
    window.commands.shipped_texts.trigger()
    assert window.state.content_dir is None and window.banner.isVisible()
    assert window.settings.content_dir == ""


def test_problems_in_approved_text_are_shown_by_key_and_change_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = approved_folder(tmp_path, edit='title = "No placeholders here"')
    shown: list[str] = []

    def capture(box: QMessageBox) -> int:
        shown.append(box.text() + "\n" + box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", capture)
    library = window.state.library
    assert not window.load_card_texts(folder)
    assert window.state.library is library
    assert "title: must use placeholder(s) product, substance" in shown[0]
    assert "en.toml" in shown[0]


def test_text_that_does_not_fit_blocks_save_naming_panel_and_language(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    long_risk = "ONJ has been reported with {product}. " * 60
    folder = approved_folder(tmp_path, edit=f'risk = "{long_risk}"')
    assert window.load_card_texts(folder)
    type_text(window.form.texts["patient_name"], "Mary O'Brien")
    wait_for_preview(qtbot, window)
    result = window.last_preview
    assert result is not None and result.error is not None
    assert not window.commands.save.isEnabled()
    status = window.problem_label.text()
    assert "does not fit" in status and "English" in status
    assert any(panel in status for panel in ("advice", "cover", "back", "patient details"))
    assert "does not fit" in window.commands.save.toolTip()


@dataclass
class FakeBatchDialog:
    parent: object
    defaults: CardRequest
    content_dir: Path | None
    opened: list[FakeBatchDialog]

    def exec(self) -> int:
        self.opened.append(self)
        return 0


def test_batch_export_opens_the_dialog_with_the_clinic_defaults(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    type_text(window.form.texts["patient_name"], "Mary O'Brien")
    type_text(window.form.texts["prescriber"], "Dr Seán Murphy")
    opened: list[FakeBatchDialog] = []
    module = types.ModuleType("cardmaker.gui.batch_dialog")
    module.BatchDialog = lambda parent, defaults, content_dir, ui_language: FakeBatchDialog(  # type: ignore[attr-defined]
        parent, defaults, content_dir, opened
    )
    monkeypatch.setitem(sys.modules, "cardmaker.gui.batch_dialog", module)
    window.commands.batch.trigger()
    assert len(opened) == 1
    assert opened[0].parent is window
    assert opened[0].defaults.patient_name == ""  # the patient in the form is not a default
    # Nor the prescriber typed for this patient: the dialog starts from the clinic settings.
    assert opened[0].defaults == window.settings.card_defaults()
    assert opened[0].defaults.prescriber != "Dr Seán Murphy"
    assert opened[0].content_dir is None


def test_batch_export_says_so_when_it_is_not_installed(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "cardmaker.gui.batch_dialog", None)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    window.commands.batch.trigger()
    assert said and "not available" in said[0]
