"""One data row to one card, or to the reasons it cannot be one, each naming its column.

A row goes through exactly the validation and fitting a single card goes through
(``prepare``); on top, its cells must be readable (dates, format names) and the name must
have at least one letter, so that no card is ever printed with a blank name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from cardmaker.batch.celldates import CellDateError, DateOrder, cell_date
from cardmaker.batch.columns import ColumnMapping
from cardmaker.batch.readproblems import row_message
from cardmaker.batch.source import Cell, Record, is_blank
from cardmaker.core.datereader import order_for
from cardmaker.core.errors import InvalidRequestError, Problem, TextOverflowError
from cardmaker.core.fields import DATE_FIELDS, FIELD_LABELS
from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardFormat, CardRequest
from cardmaker.core.options import CardOptionError, cell_choice, resolve_format
from cardmaker.core.validation import clean_request
from cardmaker.render.card import PreparedCard, check_request, prepare
from cardmaker.render.valuefit import value_problems

_BREAKS = re.compile(r"[ \t]*(?:\r\n|[\r\n\t\v\f\u2028\u2029])[ \t]*")
# Validation reports fields by request attribute; the file calls some of them otherwise.
_COLUMN_OF_FIELD = {"language": "lang", "card_format": "format"}


@dataclass(frozen=True)
class RowProblem:
    """Why one row made no card: its line, the column at fault and the reason."""

    line: int
    column: str
    reason: str
    # The same as data, so a front end can word it (see core.errors.Problem).
    code: str = ""
    params: tuple[str, ...] = ()


@dataclass(frozen=True)
class RowResult:
    """A row's outcome: a card ready to draw, problems, or why it was skipped."""

    line: int
    card: PreparedCard | None = None
    problems: tuple[RowProblem, ...] = ()
    skipped: str = ""
    # Cells of unused columns that hold no usable value: the card is made, the report says so.
    warnings: tuple[RowProblem, ...] = ()


def cell_text(cell: Cell) -> str:
    """A cell as the text printed on the card (numbers keep their digits, no '.0')."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, date):
        return cell.isoformat()
    # A line break inside a spreadsheet cell (Alt+Enter) is layout, not content.
    return _BREAKS.sub(" ", str(cell))


# Card languages whose speakers write the family name before the given name.
FAMILY_NAME_FIRST = frozenset({"hu"})
_FAMILY_PARTS = ("family_name", "second_family_name")


class RowReader:
    """Turns records into card requests with the run's defaults and mapping."""

    def __init__(
        self,
        mapping: ColumnMapping,
        defaults: CardRequest,
        library: CardLibrary,
        date_order: DateOrder = DateOrder.AUTO,
    ) -> None:
        self.mapping = mapping
        self.defaults = defaults
        self.library = library
        self.date_order = date_order

    def _cell(self, record: Record, field: str) -> Cell:
        index = self.mapping.index_of(field)
        if index is None or index >= len(record.cells):
            return None
        return record.cells[index]

    def _column(self, field: str) -> str:
        field = _COLUMN_OF_FIELD.get(field, field)
        if field == "patient_name":
            return self.mapping.name_label()
        index = self.mapping.index_of(field)
        return self.mapping.label(index) if index is not None else f"{field} (default)"

    def _text(self, record: Record, field: str, default: str) -> str:
        value = cell_text(self._cell(record, field)).strip()
        return value or default

    def _name(self, record: Record, language: str) -> str:
        columns = self.mapping.name_columns
        if not self._joined(record, columns) and self.mapping.fallback_name_columns:
            columns = self.mapping.fallback_name_columns
        if language in FAMILY_NAME_FIRST:
            family = [i for i in columns if self.mapping.fields[i] in _FAMILY_PARTS]
            columns = (*family, *(i for i in columns if i not in family))
        return self._joined(record, columns)

    @staticmethod
    def _joined(record: Record, columns: tuple[int, ...]) -> str:
        parts = [cell_text(record.cells[i]).strip() for i in columns if i < len(record.cells)]
        return " ".join(p for p in parts if p)

    def read(self, record: Record) -> RowResult:
        """The outcome of one record."""
        line = record.line
        if record.error:
            problem = RowProblem(line, "", record.error, record.error_code, record.error_params)
            return RowResult(line, problems=(problem,))
        if is_blank(record.cells):
            return RowResult(line, skipped="blank line" if not record.cells else "only delimiters")
        if len(record.cells) > len(self.mapping.headers):
            reason, params = row_message(
                "too_many_fields", len(record.cells), len(self.mapping.headers)
            )
            return RowResult(
                line, problems=(RowProblem(line, "", reason, "too_many_fields", params),)
            )
        used, unused = self._cell_problems(record)
        if used:
            return RowResult(line, problems=used)
        problems: list[RowProblem] = []
        request = self._request(record, problems)
        if problems:
            found = problems + self._other_problems(line, request, problems)
            return RowResult(line, problems=tuple(found), warnings=unused)
        return replace(self._prepare(line, request), warnings=unused)

    def _other_problems(
        self, line: int, request: CardRequest, cell_problems: list[RowProblem]
    ) -> list[RowProblem]:
        """The rest of a row whose dates or format cannot be read: fix everything at once.

        The unreadable cells were left blank or at the default format in ``request``; their
        own problems are already known, and widths are not judged in a guessed format.
        """
        failed = {p.column for p in cell_problems}
        found = check_request(clean_request(request), self.library)
        if self._column("card_format") in failed:
            fit = {(p.field, p.code) for p in value_problems(clean_request(request))}
            found = [p for p in found if (p.field, p.code) not in fit]
        return [p for p in self._problems(line, found) if p.column not in failed]

    def _cell_problems(
        self, record: Record
    ) -> tuple[tuple[RowProblem, ...], tuple[RowProblem, ...]]:
        """Unusable cells: in a column the card uses (the row is rejected), or not."""
        used: list[RowProblem] = []
        unused: list[RowProblem] = []
        for index, code, params in record.cell_problems:
            reason, texts = row_message(code, *params)
            problem = RowProblem(record.line, self.mapping.label(index), reason, code, texts)
            in_use = index < len(self.mapping.fields) and (
                self.mapping.fields[index] is not None
                or index in self.mapping.name_columns
                or index in self.mapping.fallback_name_columns
            )
            (used if in_use else unused).append(problem)
        return tuple(used), tuple(unused)

    def _request(self, record: Record, problems: list[RowProblem]) -> CardRequest:
        """The row's request; cells that cannot be read add to ``problems`` and stay blank."""
        dates: dict[str, date | None] = {}
        # The same spellings as the command line's options ('DE', 'Deutsch', 'Ireland').
        language = cell_choice("language", self._text(record, "lang", ""), self.library)
        language = language.lower() or self.defaults.language
        order = order_for(language, self.date_order)
        for field in DATE_FIELDS:
            try:
                dates[field] = cell_date(self._cell(record, field), order)
            except CellDateError as exc:
                dates[field] = None
                problems.append(
                    RowProblem(
                        record.line,
                        self._column(field),
                        f"{FIELD_LABELS[field]}: {exc.problem.message}",
                        exc.problem.code,
                        exc.problem.params,
                    )
                )
        card_format = self.defaults.card_format
        format_text = self._text(record, "format", "")
        if format_text:
            try:
                found: CardFormat | None = resolve_format(format_text)
            except CardOptionError:
                found = None
            if found is None:
                known = ", ".join(f.value for f in CardFormat)
                reason, params = row_message("unknown_format", format_text, known)
                problems.append(
                    RowProblem(
                        record.line, self._column("format"), reason, "unknown_format", params
                    )
                )
            else:
                card_format = found
        country = cell_choice("country", self._text(record, "country", ""), self.library)
        d = self.defaults
        return replace(
            d,
            patient_name=self._name(record, language),
            medicine=cell_choice(
                "medicine", self._text(record, "medicine", d.medicine), self.library
            ),
            language=language,
            country=country.upper() or d.country,
            card_format=card_format,
            prescriber=self._text(record, "prescriber", d.prescriber),
            prescriber_phone=self._text(record, "prescriber_phone", d.prescriber_phone),
            clinic=self._text(record, "clinic", d.clinic),
            first_injection=dates["first_injection"],
            next_injection=dates["next_injection"],
        )

    def _prepare(self, line: int, request: CardRequest) -> RowResult:
        try:
            card = prepare(request, self.library)
        except InvalidRequestError as exc:
            return RowResult(line, problems=self._problems(line, exc.problems))
        except TextOverflowError as exc:
            column = self._column(exc.field or "lang")
            params = (exc.panel, exc.language, exc.detail)
            problem = RowProblem(line, column, str(exc), "does_not_fit", params)
            return RowResult(line, problems=(problem,))
        return RowResult(line, card=card)

    def _problems(
        self, line: int, problems: tuple[Problem, ...] | list[Problem]
    ) -> tuple[RowProblem, ...]:
        return tuple(
            RowProblem(
                line,
                self._column(p.field),
                f"{FIELD_LABELS.get(p.field, p.field)}: {p.reason}",
                p.code,
                p.params,
            )
            for p in problems
        )
