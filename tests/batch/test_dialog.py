"""File -> Batch export...: the dialog reads, maps, checks and exports off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest
from PySide6.QtWidgets import QComboBox

from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardRequest
from cardmaker.gui.batch_dialog import BatchDialog
from tests.batch.conftest import FIXTURES, temp_leftovers
from tests.batch.readback import names_in

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
DEFAULTS = CardRequest("kefdensis", "en", "IE", "", prescriber="Dr Seán Murphy")


@pytest.fixture
def dialog(qtbot: object) -> BatchDialog:
    widget = BatchDialog(None, DEFAULTS, None)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    return widget


def _idle(qtbot: object, dialog: BatchDialog) -> None:
    qtbot.waitUntil(lambda: dialog._task is None, timeout=30_000)  # type: ignore[attr-defined]


def test_shows_encoding_mapping_rows_and_check(qtbot: object, dialog: BatchDialog) -> None:
    dialog.load(FIXTURES / "windows1250_semicolon.csv")
    _idle(qtbot, dialog)
    assert "windows-1250" in dialog.status_label.text()
    assert "semicolon" in dialog.status_label.text()
    combo = dialog.mapping_table.cellWidget(0, 1)
    assert isinstance(combo, QComboBox) and combo.currentData() == "patient_name"
    assert dialog.rows_table.item(0, 0).text() == "Žofie Dvořáková"
    assert dialog.rows_table.rowCount() == 6
    dialog.start_check()
    _idle(qtbot, dialog)
    assert dialog.check_result is not None and dialog.check_result.ready == 6
    assert "6 rows ready" in dialog.status_label.text()


def test_changed_mapping_is_used(qtbot: object, dialog: BatchDialog) -> None:
    dialog.load(FIXTURES / "problems.csv")
    _idle(qtbot, dialog)
    notes = dialog.mapping_table.cellWidget(5, 1)
    assert isinstance(notes, QComboBox) and notes.currentData() == "ignore"
    notes.setCurrentIndex(notes.findData("clinic"))
    dialog.start_check()
    _idle(qtbot, dialog)
    result = dialog.check_result
    assert result is not None
    assert result.ready == 2 and result.rejected_rows == 8 and result.skipped == 1
    lines = [p.line for p in result.problems]
    assert lines[:3] == [3, 5, 6]
    assert dialog.problems_table.rowCount() == len(result.problems)


def test_export_and_open_folder(
    qtbot: object, dialog: BatchDialog, tmp_path: Path, library: CardLibrary
) -> None:
    dialog.load(FIXTURES / "utf8_semicolon_de.csv")
    _idle(qtbot, dialog)
    dialog.combined_radio.setChecked(True)
    dialog.output_edit.setText(str(tmp_path / "cards.pdf"))
    dialog.start_export()
    _idle(qtbot, dialog)
    assert dialog.summary is not None and dialog.summary.produced == 6
    assert len(names_in((tmp_path / "cards.pdf").read_bytes(), library)) == 6
    assert dialog.open_button.isEnabled()
    with mock.patch("cardmaker.gui.batch_dialog.QDesktopServices.openUrl") as open_url:
        dialog.open_output_folder()
    assert open_url.call_args[0][0].toLocalFile() == str(tmp_path)


def test_cancel_leaves_only_complete_files(
    qtbot: object, dialog: BatchDialog, tmp_path: Path
) -> None:
    source = tmp_path / "list.csv"
    source.write_text(
        "Name,Date\n" + "".join(f"Patient {i},2026-03-01\n" for i in range(300)), "utf-8"
    )
    dialog.load(source)
    _idle(qtbot, dialog)
    out = tmp_path / "cards"
    dialog.output_edit.setText(str(out))
    dialog.start_export()
    qtbot.waitUntil(lambda: out.is_dir() and len(list(out.glob("*.pdf"))) >= 3, timeout=30_000)  # type: ignore[attr-defined]
    dialog.cancel()
    _idle(qtbot, dialog)
    summary = dialog.summary
    assert summary is not None and summary.cancelled
    assert 3 <= summary.produced < 300
    assert len(list(out.glob("*.pdf"))) == summary.produced
    assert not temp_leftovers(tmp_path)
    assert "Cancelled" in dialog.status_label.text()
