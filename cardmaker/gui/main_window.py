"""The main window: the form on the left, the preview of the exact PDF on the right."""

from __future__ import annotations

import importlib
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cardmaker.core.errors import CardmakerError
from cardmaker.core.settings import Settings, SettingsStore
from cardmaker.gui.about_box import about_box
from cardmaker.gui.card_readiness import CardReadiness
from cardmaker.gui.card_text_flow import CardTextFlow
from cardmaker.gui.draft_banner import DraftBanner
from cardmaker.gui.icons import card_icon
from cardmaker.gui.patient_form import PatientForm
from cardmaker.gui.preview_job import RENDER_LOCK, PreviewResult
from cardmaker.gui.preview_pane import PreviewPane
from cardmaker.gui.preview_renderer import PreviewRenderer
from cardmaker.gui.print_flow import PrintFlow
from cardmaker.gui.save_flow import SaveFlow
from cardmaker.gui.settings_dialog import SettingsDialog
from cardmaker.gui.state import CardState
from cardmaker.gui.unsaved_guard import Decision, UnsavedGuard
from cardmaker.gui.window_actions import WindowActions
from cardmaker.gui.window_geometry import fit_to_screen
from cardmaker.render.card import render_card

STATUS_MESSAGE_MS = 8000


class MainWindow(QMainWindow):
    """Owns the widgets and the commands; the card itself lives in the CardState."""

    # The user chose another interface language ('' = the system's).
    language_requested = Signal(str)

    def __init__(
        self,
        state: CardState,
        store: SettingsStore,
        settings: Settings,
        ui_language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._store = store
        self._settings = settings
        self._ui_language = ui_language
        self._last_result: PreviewResult | None = None
        self._shown_before = False
        # Set when the card lives on in another window (a new interface language).
        self._handed_over = False
        self.setWindowTitle(self.tr("cardmaker – ONJ patient reminder card"))
        self.setWindowIcon(card_icon())
        self.form = PatientForm(state, ui_language)
        self.preview = PreviewPane()
        self.banner = DraftBanner()
        self.renderer = PreviewRenderer(self.preview.view_spec, parent=self)
        self.commands = WindowActions(self)
        self._save_flow = SaveFlow(self)
        self._print_flow = PrintFlow(self)
        self._text_flow = CardTextFlow(self)
        self.guard = UnsavedGuard(state, self)
        self._build_layout()
        self.commands.fill_menus(self.menuBar(), settings.ui_language)
        toolbar = QToolBar(self.tr("Card"), self)
        toolbar.setObjectName("cardToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.commands.fill_toolbar(toolbar)
        self.addToolBar(toolbar)
        self.problem_label = QLabel()
        self.problem_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().addWidget(self.problem_label, 1)
        self.readiness = CardReadiness(state, self.form, self.commands, self.problem_label, self)
        self._connect()
        self._state_changed()
        self.renderer.schedule_card(state.request, state.library)

    def _build_layout(self) -> None:
        form_scroll = QScrollArea()
        form_scroll.setWidget(self.form)
        form_scroll.setWidgetResizable(True)
        # Normally the whole form is wide enough; on a small, strongly scaled screen it
        # scrolls sideways too rather than pushing the window past the screen.
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        form_scroll.setMinimumWidth(
            min(self.form.minimumSizeHint().width() + 24, self.fontMetrics().height() * 16)
        )
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(form_scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        font_height = self.fontMetrics().height()
        self.resize(font_height * 75, font_height * 46)

    def _connect(self) -> None:
        actions = self.commands
        actions.new_card.triggered.connect(self.new_card)
        actions.save.triggered.connect(self.save_card)
        actions.print.triggered.connect(self.print_card)
        actions.print_calibration.triggered.connect(self.print_calibration)
        actions.batch.triggered.connect(self.open_batch)
        actions.blank_cards.triggered.connect(self.open_blank_cards)
        actions.load_texts.triggered.connect(self.choose_card_texts)
        actions.shipped_texts.triggered.connect(lambda: self.load_card_texts(None))
        actions.settings.triggered.connect(self.open_settings)
        actions.quit.triggered.connect(self.close)
        actions.zoom_in.triggered.connect(self.preview.zoom_in)
        actions.zoom_out.triggered.connect(self.preview.zoom_out)
        actions.zoom_fit.triggered.connect(self.preview.zoom_fit)
        actions.zoom_actual.triggered.connect(self.preview.zoom_actual)
        actions.about.triggered.connect(lambda: about_box(self).exec())
        for code, action in actions.languages.items():
            action.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
        self.banner.load_requested.connect(self.choose_card_texts)
        self.form.medicine_chosen.connect(self._remember_medicine)
        self._state.changed.connect(self._state_changed)
        self.preview.view_changed.connect(self.renderer.schedule_view)
        self.renderer.finished.connect(self._preview_ready)

    @property
    def settings(self) -> Settings:
        """The settings in use (saved whenever they change)."""
        return self._settings

    @property
    def last_preview(self) -> PreviewResult | None:
        """The latest preview result for the current card (None before the first)."""
        return self._last_result

    @property
    def print_flow(self) -> PrintFlow:
        """The printing commands (tests give them a PDF-file printer)."""
        return self._print_flow

    @property
    def state(self) -> CardState:
        """The window's card state."""
        return self._state

    # --- reacting to the card -------------------------------------------------------------

    def _state_changed(self, *_: object) -> None:
        request = self._state.request
        self.renderer.schedule_card(request, self._state.library)
        self.preview.set_card_format(request.card_format)
        self.banner.show_pack(self._state.library.content.packs.get(request.language))
        self._update_commands()

    def _preview_ready(self, result: PreviewResult) -> None:
        self._last_result = result
        if result.error is not None:
            self.preview.clear_pages()
            self.preview.set_notice(self._error_text(result.error))
        else:
            self.preview.show_result(result)
            self.preview.set_notice(
                ""
                if result.complete
                else self.tr(
                    "Incomplete card: fields with problems are left blank in the preview. "
                    "Save and Print become available when the problems are fixed."
                )
            )
        self._update_commands()

    def _error_text(self, error: Exception) -> str:
        return self.readiness.error_text(error)

    def blocking_reasons(self) -> list[str]:
        """Why the card cannot be saved or printed now (empty when it can)."""
        return self.readiness.reasons(self._last_result)

    def _update_commands(self) -> None:
        self.readiness.show(self._last_result)

    # --- commands -------------------------------------------------------------------------

    def new_card(self) -> None:
        """Clear the patient's details (after asking if they were not kept); clinic values stay."""
        if not self._may_drop_card():
            return
        self._state.clear_patient()
        self.form.start_new_card()
        self.form.focus_patient_name()
        self.statusBar().showMessage(self.tr("New card"), STATUS_MESSAGE_MS)

    def _may_drop_card(self) -> bool:
        """True when the card may go: kept, empty, saved now, or discarded by the user."""
        if not self.guard.has_unkept_card():
            return True
        decision = self.guard.ask(can_save=not self.blocking_reasons())
        if decision is Decision.SAVE:
            return self.save_card()
        return decision is Decision.DISCARD

    def hand_over(self) -> None:
        """The card lives on in a new window: closing this one must not ask about it."""
        self._handed_over = True

    def _remember_medicine(self, key: str) -> None:
        """A clinic's first medicine choice becomes its default (no medicine is preset)."""
        if not self._settings.medicine:
            self._change_settings(replace(self._settings, medicine=key))

    def card_bytes(self) -> bytes | None:
        """The complete card's PDF: the preview's bytes when current, else rendered now."""
        # A shortcut pressed while a list still holds typed text would otherwise read the
        # previous choice while the screen shows the typed one.
        self.form.resolve_typed_choices()
        if self.blocking_reasons():
            return None
        result = self._last_result
        if (
            result is not None
            and result.error is None
            and result.complete
            and result.request == self._state.request
            and result.library is self._state.library
        ):
            return result.pdf
        try:
            with RENDER_LOCK:
                return render_card(self._state.request, self._state.library)
        except CardmakerError as exc:
            self.statusBar().showMessage(self._error_text(exc), STATUS_MESSAGE_MS)
            return None

    def save_card(self) -> bool:
        """The Save PDF command; True when the card was saved."""
        pdf = self.card_bytes()
        if pdf is None:
            return False
        request = self._state.request
        path = self._save_flow.save(pdf, request, self._settings)
        if path is None:
            return False
        self.guard.mark_kept(request)
        self.statusBar().showMessage(
            self.tr("Card saved: %1").replace("%1", str(path)), STATUS_MESSAGE_MS
        )
        return True

    def _offset_mm(self) -> tuple[float, float]:
        return (self._settings.printer_offset_x_mm, self._settings.printer_offset_y_mm)

    def print_card(self) -> None:
        """The Print command."""
        pdf = self.card_bytes()
        if pdf is None:
            return
        request = self._state.request
        if self._print_flow.print_card(pdf, request.card_format, self._offset_mm()):
            self.guard.mark_kept(request)
            self.statusBar().showMessage(self.tr("Card sent to the printer."), STATUS_MESSAGE_MS)

    def print_calibration(self) -> None:
        """The Print calibration page command."""
        self._print_flow.print_calibration(self._state.request.card_format, self._offset_mm())

    def open_batch(self) -> None:
        """The Batch export command (the dialog is loaded only when asked for)."""
        try:
            module = importlib.import_module("cardmaker.gui.batch_dialog")
            dialog_class = module.BatchDialog
        except (ImportError, AttributeError) as exc:
            QMessageBox.information(
                self,
                self.tr("Batch export"),
                self.tr("Batch export is not available in this installation (%1).").replace(
                    "%1", str(exc)
                ),
            )
            return
        # The clinic's settings, never the card open here: a list's blank cells must not
        # take another patient's prescriber or clinic.
        defaults = self._settings.card_defaults()
        dialog_class(self, defaults, self._state.content_dir, self._ui_language).exec()

    def open_blank_cards(self) -> None:
        """The Blank cards command (its dialog module is loaded when asked for)."""
        from cardmaker.gui.blank_cards_dialog import BlankCardsDialog

        dialog = BlankCardsDialog(
            self, self._settings, self._state.library, self._state.request, self._ui_language
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.statusBar().showMessage(
                self.tr("Blank cards saved: %1").replace("%1", str(dialog.saved)),
                STATUS_MESSAGE_MS,
            )

    def choose_card_texts(self) -> None:
        """The Load approved card text command: choose a folder."""
        folder = self._text_flow.choose_folder(self._state.content_dir)
        if folder is not None:
            self.load_card_texts(folder)

    def load_card_texts(self, folder: Path | None) -> bool:
        """Use the card texts in ``folder`` (None: the shipped ones); False if they failed."""
        library = self._text_flow.load(folder)
        if library is None:
            return False
        self._state.set_library(library, folder)
        self._change_settings(replace(self._settings, content_dir=str(folder) if folder else ""))
        if folder is None:
            message = self.tr("Using the card text shipped with the program.")
        else:
            message = self.tr("Card text loaded from %1.").replace("%1", str(folder))
        self.statusBar().showMessage(message, STATUS_MESSAGE_MS)
        return True

    def open_settings(self) -> None:
        """The Settings command."""
        dialog = SettingsDialog(
            self, self._settings, self._state.library, self._state.request, self._ui_language
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._change_settings(dialog.settings())

    def _change_settings(self, settings: Settings) -> None:
        self._settings = settings
        try:
            self._store.save(settings)
        except OSError as exc:
            self.statusBar().showMessage(
                self.tr("Settings could not be saved: %1").replace("%1", str(exc)),
                STATUS_MESSAGE_MS,
            )

    # --- Qt events ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Draw the first preview as soon as the window has its size; start at the name."""
        super().showEvent(event)
        QTimer.singleShot(0, self.renderer, self.renderer.render_now)
        if not self._shown_before:
            self._shown_before = True
            fit_to_screen(self)
            self.form.focus_patient_name()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about an unkept card; let a running preview job finish before the window goes."""
        if self.isVisible() and not self._handed_over and not self._may_drop_card():
            event.ignore()
            return
        self.renderer.shutdown()
        super().closeEvent(event)
