"""Which column of the file feeds which card field: by heading, with ``--map`` winning.

Lists that split the name ("Prénom" and "Nom", "Vorname" and "Name") are joined as
"given family"; a generic name column beside a given-name column is the family name.
"""

from __future__ import annotations

from dataclasses import dataclass

from cardmaker.batch.headers import (
    FIELDS,
    IGNORE,
    NAME_PARTS,
    NOT_PRINTED,
    field_of_heading,
    header_key,
)
from cardmaker.core.errors import UnreadableInputError


@dataclass(frozen=True)
class ColumnMapping:
    """Field by column (``None``: not used), the name's columns, and notes for the user."""

    headers: tuple[str, ...]
    fields: tuple[str | None, ...]
    name_columns: tuple[int, ...]
    notes: tuple[str, ...]
    # Given and family name, used in a row whose whole-name column is empty.
    fallback_name_columns: tuple[int, ...] = ()

    def index_of(self, field: str) -> int | None:
        """The column feeding ``field``, if any."""
        try:
            return self.fields.index(field)
        except ValueError:
            return None

    def label(self, index: int) -> str:
        """How to name a column in messages: its heading, or its number if it has none."""
        heading = self.headers[index] if index < len(self.headers) else ""
        return heading or f"column {index + 1}"

    def name_label(self) -> str:
        """The column(s) the patient's name comes from."""
        return " + ".join(self.label(i) for i in self.name_columns)

    def describe(self) -> list[str]:
        """'Heading -> field' for every column, for the summary and the dialog."""
        return [f"{self.label(i)} -> {field or 'not used'}" for i, field in enumerate(self.fields)]


def parse_map_option(text: str) -> tuple[str, str]:
    """Split ``HEADER=field``; the field is checked against the known fields."""
    header, separator, field = text.rpartition("=")
    field = field.strip()
    if not separator or not header.strip():
        raise UnreadableInputError(f"--map {text!r}: expected HEADER=field")
    if field not in (*FIELDS, *NAME_PARTS, IGNORE):
        known = ", ".join((*FIELDS, *NAME_PARTS, IGNORE))
        raise UnreadableInputError(f"--map {text!r}: unknown field '{field}'; fields: {known}")
    return header.strip(), field


def _apply_overrides(
    headers: tuple[str, ...], fields: list[str | None], overrides: dict[str, str]
) -> set[int]:
    keys = [header_key(h) for h in headers]
    fixed: set[int] = set()
    for header, field in overrides.items():
        matches = [i for i, key in enumerate(keys) if key == header_key(header)]
        number = header[1:] if header.startswith("#") else ""
        if number.isdigit() and 1 <= int(number) <= len(headers):
            matches = [int(number) - 1]  # '#3': the third column, whatever its heading
        if not matches:
            raise UnreadableInputError(f"--map: the file has no column '{header}'")
        for index in matches:
            fields[index] = None if field == IGNORE else field
            fixed.add(index)
    return fixed


def map_columns(
    headers: tuple[str, ...], overrides: dict[str, str] | None = None, require_name: bool = True
) -> ColumnMapping:
    """Map headings to fields; raises ``UnreadableInputError`` if no column holds the name."""
    fields: list[str | None] = [field_of_heading(h) for h in headers]
    fixed = _apply_overrides(headers, fields, overrides or {})
    notes: list[str] = []
    seen: set[str] = set()
    for index, field in enumerate(fields):
        label = headers[index] or f"column {index + 1}"
        if field == NOT_PRINTED:
            fields[index] = None
            notes.append(f"column '{label}' is not used")
            continue
        if field is None:
            if index not in fixed and headers[index]:
                notes.append(f"column '{label}' is not used (heading not recognised)")
            continue
        if field in seen:
            # A column chosen with --map wins over one recognised by its heading.
            earlier = fields.index(field)
            if index in fixed and earlier not in fixed:
                fields[earlier] = None
                notes.append(f"column '{headers[earlier]}' is not used ({field} from --map)")
                continue
            fields[index] = None
            notes.append(f"column '{label}' is not used ({field} already comes from another)")
        seen.add(field)
    name_columns, fallback = _name_columns(fields, notes, headers)
    if not name_columns and require_name:
        known = [h for h, f in zip(headers, fields, strict=True) if f is not None]
        listed = f" (recognised: {', '.join(known)})" if known else ""
        raise UnreadableInputError(
            f"no column holds the patient's name{listed}; name it with --map HEADING=patient_name"
        )
    return ColumnMapping(tuple(headers), tuple(fields), name_columns, tuple(notes), fallback)


def _name_columns(
    fields: list[str | None], notes: list[str], headers: tuple[str, ...]
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The name's columns, and the given + family pair to use where a whole name is empty."""
    full = fields.index("patient_name") if "patient_name" in fields else None
    given = fields.index("given_name") if "given_name" in fields else None
    family = fields.index("family_name") if "family_name" in fields else None
    if full is not None and (given is None) != (family is None):
        # "Vorname" + "Name", "Prénom" + "Nom": the generic heading is the family name;
        # "Nome" + "Cognome": it is the given name.
        if given is None:
            fields[full] = "given_name"
            given, full = full, None
        else:
            fields[full] = "family_name"
            family, full = full, None
    # A middle name or a second surname is part of a name only beside given and family.
    extras = {part: fields.index(part) for part in NAME_PARTS if part in fields}
    if given is None or family is None:
        for index in extras.values():
            fields[index] = None
            notes.append(f"column '{headers[index]}' is not used (no given and family name)")
        extras = {}
    ordered = (given, extras.get("middle_name"), family, extras.get("second_family_name"))
    pair = tuple(i for i in ordered if i is not None)
    joined = " + ".join(headers[i] for i in pair)
    if full is not None:
        if given is not None and family is not None:
            notes.append(
                f"patient name = {headers[full]}, or {joined} where {headers[full]} is empty"
            )
            return (full,), pair
        return (full,), ()
    if given is not None and family is not None:
        notes.append(f"patient name = {joined} (given name, family name)")
    return pair, ()
