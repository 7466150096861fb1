"""Why a list, or one of its records, cannot be read: codes, parameters and English wording.

A front end words a problem from its ``code`` and ``params`` (as the single-card problems
are worded, see ``core.validation.MESSAGES``); the English text here is the command line's.
"""

from __future__ import annotations

import re

from cardmaker.core.errors import UnreadableInputError

# Whole-list problems: the list is refused before any card is written (exit 2).
LIST_MESSAGES: dict[str, str] = {
    "cannot_open": "cannot open %1: %2",
    "cannot_be_read": "%1 cannot be read: %2",
    "too_large": "%1 is larger than %2 MB; split the list",
    "old_excel": "this is an Excel 97-2003 (.xls) file; save it as .xlsx or CSV and try again",
    "not_xlsx": "%1 is not a valid .xlsx file",
    "nul_bytes": (
        "the file contains NUL bytes: it is not a CSV text file "
        "(a spreadsheet saved under another name?); save it as CSV or .xlsx"
    ),
    "unknown_encoding": "unknown encoding '%1'",
    "encoding_unknown": "the file's text encoding is not recognised; give --encoding",
    "not_in_encoding": "the file is not valid %1 (line %2); give the right --encoding",
    "encoding_uncertain": (
        "the text encoding is uncertain: as %1, names read %2; nothing was written: "
        "give the right encoding, e.g. --encoding %3, or the list's language with --lang"
    ),
    "no_header": "the file has no header row (it is empty or blank)",
    "empty_sheet": "the worksheet '%1' is empty",
    "no_such_sheet": "no worksheet named '%1'; the workbook has: %2",
    "quote_never_closes": (
        "the quote opened on line %1 never closes, so the records after it cannot be told "
        "apart; close or remove it"
    ),
    "quote_spans_records": (
        "the quote opened on line %1 runs over line %2, which looks like a record of its own; "
        "close the quote on line %1 or remove it"
    ),
    "bad_delimiter": "unsupported delimiter %1; use comma, semicolon, tab or pipe",
}

# One record's problems: the row is rejected, the others go on.
ROW_MESSAGES: dict[str, str] = {
    "too_many_fields": (
        "has %1 fields but the header has %2 (a delimiter inside a value that is not in quotes?)"
    ),
    "record_unreadable": "this record cannot be read: %1",
    "malformed_quotes": (
        "text follows a closing quote, so where the value ends is unclear; "
        "put the whole value in quotes or remove the quotes"
    ),
    "undecodable_bytes": (
        "holds bytes that are not text in the file's encoding (%1); correct the value"
    ),
    "formula_without_value": (
        "formula without a saved value: open and save the file in Excel, or export CSV"
    ),
    "cell_error": "the cell shows the error %1",
    "merged_cells": "is in cells merged over several rows (%1); unmerge them and fill each row",
    "value_outside_columns": "has a value in column %1, which has no heading",
    "unknown_format": "unknown format '%1'; use %2",
    # Worded by the renderer (TextOverflowError); the code and its parameters (panel,
    # language, detail) are listed here so that every row problem has one.
    "does_not_fit": "text does not fit the %1 panel in language '%2': %3",
}


def word(template: str, params: tuple[str, ...]) -> str:
    """Put ``params`` in place of %1, %2... in one pass."""
    return re.sub(r"%(\d+)", lambda m: params[int(m.group(1)) - 1], template)


class ListReadError(UnreadableInputError):
    """The list cannot be used as a whole; ``code`` and ``params`` say why."""

    def __init__(self, code: str, *params: object) -> None:
        self.code = code
        self.params = tuple(str(p) for p in params)
        super().__init__(word(LIST_MESSAGES[code], self.params))


def row_message(code: str, *params: object) -> tuple[str, tuple[str, ...]]:
    """The English wording of a row problem and its parameters as text."""
    texts = tuple(str(p) for p in params)
    return word(ROW_MESSAGES[code], texts), texts
