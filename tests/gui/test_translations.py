"""Every window and dialog in every shipped interface language; the .ts sources are complete."""

from __future__ import annotations

import importlib
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

import cardmaker.gui.i18n as i18n
from cardmaker.core.resources import ui_translations_dir
from cardmaker.core.settings import SettingsStore
from cardmaker.gui.about_box import about_box
from cardmaker.gui.blank_cards_dialog import BlankCardsDialog
from cardmaker.gui.cups_print_dialog import CupsPrintDialog
from cardmaker.gui.cups_queues import Queue
from cardmaker.gui.i18n import PSEUDO_CODE, UI_LANGUAGES, pseudo_localise
from cardmaker.gui.settings_dialog import SettingsDialog
from tests.gui.conftest import SessionFactory, wait_for_preview
from tests.gui.helpers import type_text

TRANSLATED = [code for code in UI_LANGUAGES if code != "en"]
_PLACEHOLDER = re.compile(r"%L?\d|%n")


def messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ui_translations_dir() / f"cardmaker_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        found += [(name, message) for message in context.iter("message")]
    return found


def translation_table(language: str) -> dict[str, str]:
    """Source -> translation, mnemonics removed (for comparing with what widgets show)."""
    table = {}
    for _, message in messages(language):
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") != "yes":
            source = (message.findtext("source") or "").replace("&", "")
            table[source] = (translation.text or "").replace("&", "")
    return table


def mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


@pytest.mark.parametrize("language", TRANSLATED)
def test_ts_sources_are_complete_and_keep_placeholders(language: str) -> None:
    found = messages(language)
    assert len(found) > 150
    for context, message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, (language, context, source)
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        for text in forms:
            assert text.strip(), (language, context, source)
            expected = sorted(_PLACEHOLDER.findall(source))
            assert sorted(_PLACEHOLDER.findall(text)) == expected, (language, source, text)
            assert mnemonics(text) == mnemonics(source), (language, source, text)


def visible_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle()]
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget):
            texts.append(label.text())
    for button in widget.findChildren(QAbstractButton):
        if button.isVisibleTo(widget):
            texts.append(button.text())
    texts += [box.title() for box in widget.findChildren(QGroupBox)]
    for tabs in widget.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return [text.replace("&", "") for text in texts if text]


def assert_translated(texts: list[str], table: dict[str, str]) -> None:
    untranslated = [t for t in texts if t in table and table[t] != t]
    assert not untranslated


@pytest.mark.parametrize("language", [*UI_LANGUAGES, PSEUDO_CODE])
def test_every_window_and_dialog_opens_in_every_language(
    qtbot: QtBot, open_session: SessionFactory, language: str
) -> None:
    window = open_session(language).window
    table = translation_table("de" if language in ("en", PSEUDO_CODE) else language)
    expected_title = {
        "en": "cardmaker – ONJ patient reminder card",
        PSEUDO_CODE: pseudo_localise("cardmaker – ONJ patient reminder card"),
    }.get(language, table.get("cardmaker – ONJ patient reminder card"))
    assert window.windowTitle() == expected_title
    menus = [action.text() for action in window.menuBar().actions()]
    dialogs: list[QWidget] = [window]
    settings = SettingsDialog(
        window, window.settings, window.state.library, window.state.request, language
    )
    box = about_box(window)
    printer = QPrinter()
    print_dialog = QPrintDialog(printer, window)
    cups_dialog = CupsPrintDialog(
        window,
        [Queue("PDF", "PDF", True, False)],
        (1.0, -0.5),
        True,
        QCoreApplication.translate("CupsPrintFlow", "Print card"),
    )
    dialogs += [settings, box, print_dialog, cups_dialog]
    try:
        batch_module = importlib.import_module("cardmaker.gui.batch_dialog")
    except ImportError:
        batch_module = None
    if batch_module is not None:
        dialogs.append(
            batch_module.BatchDialog(window, window.state.request, window.state.content_dir)
        )
    dialogs.append(
        BlankCardsDialog(
            window, window.settings, window.state.library, window.state.request, language
        )
    )
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.windowTitle()
    cancel = settings.findChild(QDialogButtonBox).button(  # type: ignore[union-attr]
        QDialogButtonBox.StandardButton.Cancel
    )
    if language == "en":
        assert menus == ["&File", "&View", "&Language", "&Help"]
        assert cancel.text().replace("&", "") == "Cancel"
        return
    if language == PSEUDO_CODE:
        for dialog in dialogs[:2]:
            for text in visible_texts(dialog):
                if text and any(c.isalpha() for c in text) and text in table:
                    pytest.fail(f"not pseudo-localised: {text!r}")
        assert all(menu.startswith("[") for menu in menus)
        return
    assert menus != ["&File", "&View", "&Language", "&Help"]
    for dialog in dialogs:
        if dialog is not print_dialog:
            assert_translated(visible_texts(dialog), table)
    # Qt's own translations are loaded too (standard buttons, the print dialog).
    assert cancel.text().replace("&", "") != "Cancel"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"


def test_language_menu_switches_language_and_keeps_the_card(
    qtbot: QtBot,
    open_session: SessionFactory,
    settings_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = open_session("en")
    old = session.window
    type_text(old.form.texts["patient_name"], "Mary O'Brien")
    # The old window is closed and handed to Qt for deletion; keep it for pytest-qt here.
    deleted: list[bool] = []
    monkeypatch.setattr(old, "deleteLater", lambda: deleted.append(True))
    old.commands.languages["de"].trigger()
    assert deleted and not old.isVisible()
    new = session.window
    qtbot.addWidget(new)
    assert new is not old
    assert new.windowTitle().startswith("cardmaker – Patientenkarte")
    assert new.form.texts["patient_name"].text() == "Mary O'Brien"
    assert new.commands.languages["de"].isChecked()
    assert SettingsStore().load().ui_language == "de"
    assert "Mary" not in settings_path.read_text("utf-8")
    wait_for_preview(qtbot, new)


def test_the_system_language_is_chosen_when_nothing_is_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert i18n.system_ui_language() == "fr"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ja_JP")))
    assert i18n.system_ui_language() == "en"


def test_pseudo_text_is_forty_percent_longer_and_keeps_placeholders() -> None:
    for source in ("&Save PDF…", "Card saved: %1", "%n problem(s) to fix before saving", "OK"):
        pseudo = pseudo_localise(source)
        assert len(pseudo) >= 1.4 * len(source)
        assert _PLACEHOLDER.findall(pseudo) == _PLACEHOLDER.findall(source)
        assert mnemonics(pseudo) == mnemonics(source)
        assert pseudo.startswith("[") and pseudo.endswith("]")
