"""The preview shows the very PDF that Save writes, updated off the GUI thread as you type."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

import cardmaker.gui.preview_job as preview_job
from cardmaker.core.model import CardFormat
from cardmaker.gui.main_window import MainWindow
from cardmaker.gui.preview_job import PreviewResult
from cardmaker.render.card import render_card
from tests.gui.conftest import wait_for_preview
from tests.gui.helpers import pdf_text, type_text


def test_start_shows_the_card_at_once_with_clinic_defaults(window: MainWindow) -> None:
    request = window.state.request
    assert (request.medicine, request.language, request.country) == ("kefdensis", "en", "IE")
    assert request.patient_name == ""
    assert len(window.preview.page_pixmaps()) == 2
    result = window.last_preview
    assert result is not None and result.error is None
    # An empty patient is not a card to save, but its preview is shown.
    assert not result.complete
    assert not window.commands.save.isEnabled()


def test_typing_a_name_updates_the_preview_and_the_pdf_holds_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    before = window.preview.page_pixmaps()[1].toImage()
    type_text(window.form.texts["patient_name"], "Aoife Ní Bhriain")
    wait_for_preview(qtbot, window)
    result = window.last_preview
    assert result is not None and result.complete
    assert result.request.patient_name == "Aoife Ní Bhriain"
    assert "Aoife Ní Bhriain" in pdf_text(result.pdf)
    assert window.preview.page_pixmaps()[1].toImage() != before
    # The preview's bytes are exactly what rendering the request gives (and Save writes).
    assert result.pdf == render_card(window.state.request, window.state.library)
    assert window.card_bytes() == result.pdf


def test_keystrokes_are_coalesced_and_stale_results_dropped(
    qtbot: QtBot, window: MainWindow
) -> None:
    shown: list[PreviewResult] = []

    def check(result: PreviewResult) -> None:
        # Never an outdated card: a result always matches the state when it arrives.
        assert result.request == window.state.request
        shown.append(result)

    window.renderer.finished.connect(check)
    started: list[int] = []
    window.renderer.started.connect(lambda: started.append(1))
    type_text(window.form.texts["patient_name"], "Siobhan Kelly")
    wait_for_preview(qtbot, window)
    assert shown and shown[-1].request.patient_name == "Siobhan Kelly"
    # Thirteen keystrokes typed at once make far fewer renders.
    assert len(started) < 5


def test_rendering_runs_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    original = preview_job.render_prepared

    def recording(card: object) -> bytes:
        threads.append(threading.current_thread())
        return original(card)  # type: ignore[arg-type]

    monkeypatch.setattr(preview_job, "render_prepared", recording)
    type_text(window.form.texts["patient_name"], "Mary")
    wait_for_preview(qtbot, window)
    assert threads
    assert all(thread is not threading.main_thread() for thread in threads)


def test_zoom_changes_the_image_size_and_fit_returns(qtbot: QtBot, window: MainWindow) -> None:
    fitted = window.preview.page_pixmaps()[0].size()
    window.commands.zoom_in.trigger()
    wait_for_preview(qtbot, window)
    qtbot.waitUntil(lambda: window.preview.page_pixmaps()[0].size() != fitted)
    larger = window.preview.page_pixmaps()[0].size()
    assert larger.width() > fitted.width()
    window.commands.zoom_fit.trigger()
    qtbot.waitUntil(lambda: window.preview.page_pixmaps()[0].size() == fitted)
    window.commands.zoom_actual.trigger()
    qtbot.waitUntil(lambda: window.preview.zoom_label.text() == "100 %")


def test_preview_is_sharp_on_high_dpi_screens(qtbot: QtBot, window: MainWindow) -> None:
    pixmap = window.preview.page_pixmaps()[0]
    assert pixmap.devicePixelRatio() == window.preview.devicePixelRatioF()


def test_draft_text_is_noted_on_screen_never_on_the_card(qtbot: QtBot, window: MainWindow) -> None:
    assert window.banner.isVisible()
    assert window.banner.label.text().startswith("Draft card text – not yet reviewed")
    type_text(window.form.texts["patient_name"], "Mary")
    wait_for_preview(qtbot, window)
    result = window.last_preview
    assert result is not None and result.complete
    text = pdf_text(result.pdf).casefold()
    assert "draft" not in text and "not yet reviewed" not in text


def test_large_print_in_a_long_language_previews_all_four_pages(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.state.update(language="de", country="DE", card_format=CardFormat.A6_LARGE)
    type_text(window.form.texts["patient_name"], "Anna Müller")
    wait_for_preview(qtbot, window)
    result = window.last_preview
    assert result is not None
    assert result.complete
    assert len(window.preview.page_pixmaps()) == 4
    assert "Anna Müller" in pdf_text(result.pdf)
