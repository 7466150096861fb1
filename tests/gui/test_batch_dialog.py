"""The batch dialog: defaults shown and editable; words, detection, names and mnemonics."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pypdf
import pytest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from cardmaker.core.model import CardRequest
from cardmaker.gui.batch_dialog import BatchDialog
from cardmaker.gui.i18n import UiTranslations
from tests.batch.conftest import FIXTURES

CLINIC = CardRequest(
    "kefdensis", "en", "IE", "", prescriber="Dr Clinic Default", clinic="Clinic Default"
)


def _open(qtbot: QtBot, defaults: CardRequest = CLINIC, language: str = "en") -> BatchDialog:
    dialog = BatchDialog(None, defaults, None, language)
    qtbot.addWidget(dialog)
    return dialog


def _idle(qtbot: QtBot, dialog: BatchDialog) -> None:
    qtbot.waitUntil(lambda: dialog._task is None, timeout=60_000)


def test_defaults_start_from_the_clinic_settings_and_are_editable(qtbot: QtBot) -> None:
    dialog = _open(qtbot)
    box = dialog.defaults_box
    assert box.prescriber.text() == "Dr Clinic Default"
    assert box.clinic.text() == "Clinic Default"
    assert box.medicine.currentData() == "kefdensis"
    assert box.language.currentData() == "en" and box.country.currentData() == "IE"
    box.prescriber_phone.setText("+353 1 555 0000")
    box.clinic.setText("")
    options = dialog.options()
    assert options.defaults.prescriber_phone == "+353 1 555 0000"
    assert options.defaults.clinic == ""
    assert "clinic" not in (options.default_sources or {})
    assert (options.default_sources or {})["prescriber_phone"] == "the dialog"


def test_a_rows_own_prescriber_never_gets_another_phone_silently(
    qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "list.csv"
    source.write_text(
        "patient_name,first_injection,prescriber,prescriber_phone\n"
        "Anna Own,2026-03-01,Dr Own,\n"
        "Bob Blank,2026-03-01,,\n",
        encoding="utf-8",
    )
    dialog = _open(qtbot)
    dialog.defaults_box.prescriber_phone.setText("+353 1 555 0000")  # Dr Clinic Default's
    dialog.load(source)
    _idle(qtbot, dialog)
    out = tmp_path / "cards"
    dialog.output_edit.setText(str(out))
    dialog.start_export()
    _idle(qtbot, dialog)
    assert dialog.summary is not None and dialog.summary.produced == 2
    rows = list(csv.DictReader(io.StringIO((out / "list-report.csv").read_text("utf-8-sig"))))
    assert "prescriber" not in rows[0]["defaults"]  # its own prescriber
    assert "prescriber_phone" not in rows[0]["defaults"]  # not Dr Clinic Default's phone
    assert "prescriber from the dialog" in rows[1]["defaults"]
    assert "prescriber_phone from the dialog" in rows[1]["defaults"]
    assert "clinic from the dialog" in rows[0]["defaults"]
    first = pypdf.PdfReader(out / "0002-2026-03-01.pdf")
    text = "".join(page.extract_text() for page in first.pages)
    assert "Dr Own" in text and "Dr Clinic Default" not in text and "555 0000" not in text


def test_export_without_a_medicine_anywhere_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open(qtbot)
    dialog.defaults_box.medicine.setCurrentIndex(0)  # "(none: the list must name it)"
    dialog.load(FIXTURES / "utf8_bom_comma.csv")
    _idle(qtbot, dialog)
    dialog.output_edit.setText(str(tmp_path / "cards"))
    dialog.start_export()
    _idle(qtbot, dialog)
    status = dialog.status_label.text()
    assert (
        status
        == "The list has no column for Medicine: choose it under “Card values for blank cells”."
    )
    assert not (tmp_path / "cards").exists()


def _german(qtbot: QtBot, translations: UiTranslations) -> BatchDialog:
    translations.install("de")
    dialog = _open(qtbot, language="de")
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_in_german_reasons_delimiter_and_field_names_are_german(
    qtbot: QtBot, translations: UiTranslations
) -> None:
    dialog = _german(qtbot, translations)
    dialog.load(FIXTURES / "problems.csv")
    _idle(qtbot, dialog)
    assert "Komma" in dialog.status_label.text()
    orders = [dialog.date_order_combo.itemText(i) for i in range(dialog.date_order_combo.count())]
    assert orders[0] == "Nach der Kartensprache" and "Tag zuerst (31.12.2026)" in orders
    combo = dialog.mapping_table.cellWidget(0, 1)
    assert isinstance(combo, QComboBox)
    items = [combo.itemText(i) for i in range(combo.count())]
    assert "Vorname" in items and "Nachname" in items
    assert not [item for item in items if "_" in item]  # no internal names
    dialog.start_check()
    _idle(qtbot, dialog)
    reasons = [
        dialog.problems_table.item(r, 2).text() for r in range(dialog.problems_table.rowCount())
    ]
    assert reasons
    english = ("is not", "has ", "unknown", "write ", "the card")
    assert not [r for r in reasons if any(word in r for word in english)], reasons


def test_the_whole_detection_text_is_shown(qtbot: QtBot, translations: UiTranslations) -> None:
    dialog = _german(qtbot, translations)
    dialog.load(FIXTURES / "windows1252_comma_fr.csv")
    _idle(qtbot, dialog)
    qtbot.waitUntil(
        lambda: dialog.encoding_combo.width() >= dialog.encoding_combo.sizeHint().width()
    )
    for combo in (dialog.encoding_combo, dialog.delimiter_combo):
        text = combo.itemText(0)
        assert text.startswith("Erkannt"), text
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        needed = combo.fontMetrics().horizontalAdvance(text)
        assert field.width() >= needed, (text, field.width(), needed)
    assert "windows-1252" in dialog.encoding_combo.itemText(0)


def test_every_field_and_table_has_an_accessible_name_and_labels_have_mnemonics(
    qtbot: QtBot, translations: UiTranslations
) -> None:
    dialog = _german(qtbot, translations)
    dialog.load(FIXTURES / "utf8_semicolon_de.csv")
    _idle(qtbot, dialog)
    inputs = [
        w
        for kind in (QLineEdit, QComboBox, QAbstractSpinBox, QTableWidget)
        for w in dialog.findChildren(kind)
        if w.isVisibleTo(dialog) and not isinstance(w.parent(), QComboBox | QAbstractSpinBox)
    ]
    assert len(inputs) > 15
    unnamed = [w for w in inputs if not w.accessibleName()]
    assert not unnamed, [type(w).__name__ for w in unnamed]
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = label.widget() if label is not None else None
            if isinstance(widget, QLabel) and widget.text():
                assert "&" in widget.text(), widget.text()
                assert widget.buddy() is not None, widget.text()


@pytest.mark.parametrize("language", ["de", "fr", "es", "it", "nl", "pl"])
def test_new_strings_are_translated(
    qtbot: QtBot, translations: UiTranslations, language: str
) -> None:
    translations.install(language)
    dialog = _open(qtbot, language=language)
    assert dialog.defaults_box.title() != "Card values for blank cells"
    assert dialog.check_button.text().replace("&", "") != "Check"


def test_a_german_excel_list_is_previewed_as_the_export_reads_it(
    qtbot: QtBot, translations: UiTranslations, tmp_path: Path
) -> None:
    # Excel's CSV on a German Windows: windows-1252, semicolons; 'ü' alone leaves the
    # encoding open unless the card language (German) is taken into account, as Export does.
    source = tmp_path / "liste.csv"
    lines = ["Name;Vorname;Erste Injektion", "Müller;Jürgen;01.03.2026", "Schäfer;Anna;02.03.2026"]
    source.write_bytes("\r\n".join(lines).encode("cp1252"))
    translations.install("de")
    defaults = CardRequest("prolia", "de", "DE", "")
    dialog = _open(qtbot, defaults, "de")
    dialog.load(source)
    _idle(qtbot, dialog)
    status = dialog.status_label.text()
    assert "windows-1252" in status and "--" not in status, status
    assert dialog.mapping_table.rowCount() == 3
    assert dialog.rows_table.item(0, 0).text() == "Müller"


def test_name_parts_keep_their_columns_and_the_whole_name_is_printed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # Bulgarian lists split the name in three (Име, Презиме, Фамилия); a dialog that showed the
    # father's name as "(not used)" dropped it from the card when the mapping was applied.
    source = tmp_path / "spisak.csv"
    source.write_text(
        "Име,Презиме,Фамилия,Първа инжекция\nПетър,Иванов,Петров,2026-03-01\n",
        encoding="utf-8",
    )
    dialog = _open(qtbot, CardRequest("prolia", "bg", "BG", ""))
    dialog.load(source)
    _idle(qtbot, dialog)
    chosen = []
    for row in range(3):
        combo = dialog.mapping_table.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)
        chosen.append(combo.currentData())
    assert chosen == ["given_name", "middle_name", "family_name"]
    out = tmp_path / "cards"
    dialog.output_edit.setText(str(out))
    dialog.start_export()
    _idle(qtbot, dialog)
    assert dialog.summary is not None and dialog.summary.produced == 1
    (card,) = out.glob("*.pdf")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(card).pages)
    assert "Петър Иванов Петров" in text
