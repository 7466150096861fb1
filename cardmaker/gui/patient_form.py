"""The card form: patient, prescriber and card choices, bound to the window's CardState."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLineEdit, QVBoxLayout, QWidget

from cardmaker.core.dates import default_next_injection
from cardmaker.core.errors import Problem, UnknownMedicineError
from cardmaker.core.model import CardFormat, QrTarget
from cardmaker.gui.card_pickers import CountryPicker, LanguagePicker, MedicinePicker
from cardmaker.gui.choice_fields import (
    MONITORING_MARK,
    ChoiceBox,
    FormatPicker,
    QrTargetPicker,
    country_names,
)
from cardmaker.gui.date_fields import DateField, NextInjectionField
from cardmaker.gui.form_rows import FieldRow
from cardmaker.gui.problem_text import describe_reason
from cardmaker.gui.search_picker import SearchPicker
from cardmaker.gui.state import PATIENT_FIELDS, CardState

TEXT_FIELDS = ("patient_name", "prescriber", "prescriber_phone", "clinic")
CHOICE_FIELDS = ("medicine", "language", "country")


class PatientForm(QWidget):
    """Every input of the card, each with its problem message underneath."""

    # The user chose a medicine (the window remembers a clinic's first choice).
    medicine_chosen = Signal(str)

    def __init__(self, state: CardState, ui_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._ui_language = ui_language
        self.texts: dict[str, QLineEdit] = {}
        self.rows: dict[str, FieldRow] = {}
        # Fields the user has typed in or left: only these show "fill this in" problems.
        self._touched: set[str] = set()
        patient = self._group(self.tr("Patient"))
        self._text_row(patient, "patient_name", self.tr("Patient &name"), self.tr("Patient name"))
        self.first_injection = DateField(self.tr("First injection"))
        self._add_row(patient, "first_injection", self.tr("F&irst injection"), self.first_injection)
        self.next_injection = NextInjectionField(self.tr("Next injection"))
        self._add_row(patient, "next_injection", self.tr("Ne&xt injection"), self.next_injection)
        prescriber = self._group(self.tr("Prescriber"))
        self._text_row(
            prescriber, "prescriber", self.tr("&Prescriber"), self.tr("Prescriber's name")
        )
        self._text_row(
            prescriber,
            "prescriber_phone",
            self.tr("Prescriber's ph&one"),
            self.tr("Prescriber's phone"),
        )
        self.texts["prescriber_phone"].setInputMethodHints(
            Qt.InputMethodHint.ImhDialableCharactersOnly
        )
        self._text_row(
            prescriber, "clinic", self.tr("&Clinic or pharmacy"), self.tr("Clinic or pharmacy")
        )
        card = self._group(self.tr("Card"))
        self.medicine = MedicinePicker(self.tr("Medicine"))
        self._add_row(card, "medicine", self.tr("&Medicine"), self.medicine)
        self.language = LanguagePicker(self.tr("Card language"))
        self._add_row(card, "language", self.tr("Card lan&guage"), self.language)
        self.country = CountryPicker(self.tr("Country"))
        self._add_row(card, "country", self.tr("Co&untry"), self.country)
        self.card_format = FormatPicker(self.tr("Format"))
        self._add_row(card, "card_format", self.tr("Fo&rmat"), self.card_format)
        self.qr_target = QrTargetPicker(self.tr("QR code opens"))
        self._add_row(card, "qr_target", self.tr("&QR code opens"), self.qr_target)
        layout = QVBoxLayout(self)
        for group in (patient, prescriber, card):
            layout.addWidget(group)
        layout.addStretch(1)
        self._connect()
        self._fill_lists()
        self._show_state()

    def _group(self, title: str) -> QGroupBox:
        group = QGroupBox(title, self)
        QVBoxLayout(group)
        return group

    def _add_row(self, group: QGroupBox, field: str, label: str, widget: QWidget) -> None:
        row = FieldRow(label, widget, group)
        group_layout = group.layout()
        assert group_layout is not None
        group_layout.addWidget(row)
        self.rows[field] = row

    def _text_row(self, group: QGroupBox, field: str, label: str, name: str) -> None:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        self.texts[field] = edit
        self._add_row(group, field, label, edit)

    def _connect(self) -> None:
        for field, edit in self.texts.items():
            edit.textEdited.connect(lambda text, f=field: self._edited(f, text))
            edit.editingFinished.connect(lambda f=field: self._touch(f))
        self.first_injection.date_edited.connect(
            lambda value: self._state.edit_field("first_injection", value)
        )
        self.first_injection.text_problem.connect(
            lambda message: self._state.edit_field("first_injection", None, message)
        )
        self.next_injection.date_edited.connect(
            lambda value: self._state.edit_field("next_injection", value)
        )
        self.next_injection.text_problem.connect(
            lambda message: self._state.edit_field("next_injection", None, message)
        )
        self.first_injection.edit.editingFinished.connect(lambda: self._touch("first_injection"))
        self.medicine.chosen.connect(lambda key: self._chosen("medicine", key))
        self.language.chosen.connect(lambda key: self._chosen("language", key))
        self.country.chosen.connect(self._country_chosen)
        for field, picker in self.pickers.items():
            picker.unresolved.connect(lambda message, f=field: self._unresolved(f, message))
        self.card_format.chosen.connect(lambda key: self._state.update(card_format=CardFormat(key)))
        self.qr_target.chosen.connect(lambda key: self._state.update(qr_target=QrTarget(key)))
        self._state.changed.connect(self._show_state)
        self._state.library_changed.connect(self._fill_lists)

    @property
    def pickers(self) -> dict[str, SearchPicker]:
        """The lists the user may type into, by field."""
        return {"medicine": self.medicine, "language": self.language, "country": self.country}

    def resolve_typed_choices(self) -> None:
        """Settle what was typed into the lists before the card is read (no stale choice)."""
        for picker in self.pickers.values():
            picker.resolve_pending()

    def focus_patient_name(self) -> None:
        """Put the cursor in the patient's name (on opening and after New card)."""
        self.texts["patient_name"].setFocus(Qt.FocusReason.OtherFocusReason)
        self.texts["patient_name"].selectAll()

    def start_new_card(self) -> None:
        """The patient's fields count as untouched again."""
        self._touched -= set(PATIENT_FIELDS)

    def is_still_to_fill(self, problem: Problem) -> bool:
        """True for an empty field the user has not reached yet: no problem to show there."""
        if problem.field in self._touched:
            return False
        empty_choice = problem.field in CHOICE_FIELDS and not getattr(
            self._state.request, problem.field
        )
        return problem.code == "required" or empty_choice

    def _touch(self, field: str) -> None:
        if field not in self._touched:
            self._touched.add(field)
            self._show_messages(self._state.input_problems)

    def _edited(self, field: str, text: str) -> None:
        self._touched.add(field)
        self._state.edit_field(field, text)

    def _chosen(self, field: str, key: str) -> None:
        self._touched.add(field)
        self._state.choose(field, key)
        if field == "medicine":
            self.medicine_chosen.emit(key)

    def _unresolved(self, field: str, message: str) -> None:
        self._touched.add(field)
        self._state.edit_field(field, getattr(self._state.request, field), message)

    def _country_chosen(self, code: str) -> None:
        """A country brings its reporting authority and, if needed, its usual language."""
        self._touched.add("country")
        language = self._state.request.language
        suggested = self._state.library.suggested_languages(code)
        if suggested and language not in suggested and not self.language.is_unresolved:
            language = suggested[0]
        self._state.choose("country", code, language=language)

    def _fill_lists(self) -> None:
        library = self._state.library
        self.medicine.set_catalogue(library.catalogue)
        self.language.set_content(library.content, self._ui_language)
        usual = {code: library.suggested_languages(code) for code in library.reporting}
        self.country.set_countries(library.reporting, self._ui_language, usual)
        self._show_state()

    def _show_state(self, *_: object) -> None:
        request = self._state.request
        for field, edit in self.texts.items():
            value = str(getattr(request, field))
            if edit.text() != value:
                edit.setText(value)
        input_problems = self._state.input_problems
        self.first_injection.show_date(request.first_injection, "first_injection" in input_problems)
        first = request.first_injection
        automatic = default_next_injection(first) if first is not None else None
        self.next_injection.show_dates(
            request.next_injection, automatic, "next_injection" in input_problems
        )
        choices: dict[ChoiceBox, str] = {
            self.medicine: request.medicine,
            self.language: request.language,
            self.country: request.country,
            self.card_format: request.card_format.value,
            self.qr_target: request.qr_target.value,
        }
        for field, picker in self.pickers.items():
            if field not in input_problems:
                picker.clear_unresolved()
        for box, key in choices.items():
            box.set_key(key)
        self._show_messages(input_problems)
        self._show_notes()

    def _show_messages(self, input_problems: dict[str, str]) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in self._state.problems:
            if self.is_still_to_fill(problem):
                continue
            by_field.setdefault(problem.field, []).append(describe_reason(problem))
        for field, row in self.rows.items():
            if field in input_problems:
                row.set_message(input_problems[field])
            else:
                row.set_message("\n".join(by_field.get(field, [])))

    def _show_notes(self) -> None:
        request, library = self._state.request, self._state.library
        try:
            medicine = library.catalogue.get(request.medicine)
        except UnknownMedicineError:  # shown as the field's problem
            medicine = None
        note = ""
        if not request.medicine:
            note = self.tr("Which medicine does the patient receive? Type its name or company.")
        elif medicine is not None and medicine.additional_monitoring:
            note = self.tr("%1 Under additional monitoring").replace("%1", MONITORING_MARK)
        self.rows["medicine"].set_note(note)
        pack = library.content.packs.get(request.language)
        if pack is not None:
            statuses = {
                "draft": self.tr("draft"),
                "reviewed": self.tr("reviewed"),
                "approved": self.tr("approved"),
            }
            status = statuses.get(pack.status, pack.status)
            self.rows["language"].set_note(
                self.tr("Card text version %1 of %2 (%3)")
                .replace("%1", pack.version)
                .replace("%2", pack.date)
                .replace("%3", status)
            )
        system = library.reporting.get(request.country)
        if system is not None:
            usual = [
                library.content.packs[code].name
                for code in library.suggested_languages(request.country)
            ]
            names = country_names(self._ui_language)
            note = (
                self.tr("Side effects are reported to %1 (%2).")
                .replace("%1", system.authority_for(request.language))
                .replace("%2", system.url_for(request.language))
            )
            if usual:
                note += "\n" + self.tr("Card languages usual in %1: %2").replace(
                    "%1", names.get(request.country, system.country)
                ).replace("%2", ", ".join(usual))
            self.rows["country"].set_note(note)
