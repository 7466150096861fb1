"""Long real values fit the card or are refused under their own field (fit by width)."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from cardmaker.core.model import CardFormat
from tests.gui.conftest import SessionFactory, wait_for_preview
from tests.gui.helpers import pdf_text, type_text

PRESCRIBER = "Prof. Dr. med. Dr. med. dent. Hans-Joachim Müller-Lüdenscheidt"
CLINIC = "Universitätsklinikum Schleswig-Holstein, Campus Kiel"


def test_long_german_names_fit_the_folded_card(qtbot: QtBot, open_session: SessionFactory) -> None:
    window = open_session("de").window
    window.state.set_request(replace(window.state.request, language="de", country="DE"))
    # The two-panel card has the narrowest lines of the folded cards.
    window.state.set_request(replace(window.state.request, card_format=CardFormat.ID1_BIFOLD))
    form = window.form
    type_text(form.texts["patient_name"], "Maria Muster")
    type_text(form.texts["prescriber"], PRESCRIBER)
    type_text(form.texts["clinic"], CLINIC)
    wait_for_preview(qtbot, window)
    for field in ("prescriber", "clinic"):
        assert not form.rows[field].message.isVisible(), form.rows[field].message.text()
    assert window.commands.save.isEnabled()
    pdf = window.card_bytes()
    assert pdf is not None
    words = " ".join(pdf_text(pdf).split())
    for word in [*PRESCRIBER.split(), *CLINIC.split()]:
        assert word in words, word


def test_a_name_too_wide_for_the_card_is_refused_under_its_field(
    qtbot: QtBot, open_session: SessionFactory
) -> None:
    window = open_session("de").window
    type_text(window.form.texts["patient_name"], "W" * 50)
    wait_for_preview(qtbot, window)
    row = window.form.rows["patient_name"]
    assert row.message.isVisible()
    assert "Zu breit für die Karte" in row.message.text()
    assert not window.commands.save.isEnabled()
    assert not window.commands.print.isEnabled()
    # The preview still shows the card, with the name left out, not a blank page.
    result = window.last_preview
    assert result is not None and result.error is None and not result.complete
