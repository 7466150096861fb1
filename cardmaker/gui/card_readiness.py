"""Whether the card can be saved and printed, and the status bar's summary of why not."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel

from cardmaker.core.errors import InvalidRequestError, TextOverflowError
from cardmaker.gui.patient_form import CHOICE_FIELDS, PatientForm
from cardmaker.gui.preview_job import PreviewResult
from cardmaker.gui.problem_text import describe_overflow, describe_problem, field_name
from cardmaker.gui.state import CardState
from cardmaker.gui.window_actions import WindowActions


class CardReadiness(QObject):
    """Turns the card's problems into the Save/Print state and the status bar text."""

    def __init__(
        self,
        state: CardState,
        form: PatientForm,
        commands: WindowActions,
        label: QLabel,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._form = form
        self._commands = commands
        self._label = label

    def error_text(self, error: Exception) -> str:
        """Why there is no preview, in the interface language."""
        if isinstance(error, TextOverflowError):
            language = error.language or self._state.request.language
            pack = self._state.library.content.packs.get(language)
            return describe_overflow(error, pack.name if pack else error.language)
        if isinstance(error, InvalidRequestError):
            # A choice the card cannot be drawn without (no medicine yet on the first start):
            # say which, in the interface language, not the core's English list of keys.
            unchosen = [field_name(p.field) for p in error.problems if p.field in CHOICE_FIELDS]
            if unchosen:
                return self.tr("The preview appears when this is chosen: %1").replace(
                    "%1", ", ".join(dict.fromkeys(unchosen))
                )
            return self.tr("No preview: %1").replace(
                "%1", "; ".join(describe_problem(p) for p in error.problems)
            )
        return self.tr("No preview: %1").replace("%1", str(error))

    def reasons(self, result: PreviewResult | None) -> list[str]:
        """Why the card cannot be saved or printed now (empty when it can)."""
        state = self._state
        reasons = [
            QCoreApplication.translate("ProblemText", "%1: %2")
            .replace("%1", field_name(field))
            .replace("%2", message)
            for field, message in state.input_problems.items()
        ]
        input_fields = set(state.input_problems)
        reasons += [describe_problem(p) for p in state.problems if p.field not in input_fields]
        if (
            not reasons
            and result is not None
            and result.error is not None
            and result.request == state.request
            and result.library is state.library
        ):
            reasons.append(self.error_text(result.error))
        return reasons

    def show(self, result: PreviewResult | None) -> None:
        """Enable Save and Print or say why not, on the commands and in the status bar."""
        reasons = self.reasons(result)
        enabled = not reasons
        actions = self._commands
        for action, tip in (
            (
                actions.save,
                self.tr("Save the card as a print-ready PDF"),
            ),
            (
                actions.print,
                self.tr("Print the card at its true size"),
            ),
        ):
            action.setEnabled(enabled)
            if enabled:
                action.setToolTip(tip)
            else:
                action.setToolTip(
                    self.tr("Not available until this is fixed:\n%1").replace(
                        "%1", "\n".join(reasons)
                    )
                )
        to_fill = [
            field_name(p.field)
            for p in self._state.problems
            if self._form.is_still_to_fill(p) and p.field not in self._state.input_problems
        ]
        label = self._label
        if enabled:
            label.setText(self.tr("Ready: the card can be saved or printed."))
            label.setToolTip("")
        elif len(to_fill) == len(reasons):
            # Nothing is wrong yet, the card is only unfinished: say what is left to do.
            label.setText(
                self.tr("To save or print, fill in: %1").replace("%1", ", ".join(to_fill))
            )
            label.setToolTip("\n".join(reasons))
        else:
            summary = self.tr("%n problem(s) to fix before saving", "", len(reasons))
            label.setText(f"{summary}: {reasons[0]}")
            label.setToolTip("\n".join(reasons))
