"""The parts of an .xlsx workbook, read with bounds: what a damaged or hostile file cannot do.

- XML goes through defusedxml: a DTD, an entity declaration or an external reference
  refuses the file (patient lists never need them; they are how XML bombs work).
- Every part is inflated through a counter: more than ``MAX_PART_BYTES`` of XML refuses
  the file, whatever sizes the zip directory claims (a 1 MB file can inflate to gigabytes).
- Every part is parsed through a counter of XML elements (``MAX_PART_ELEMENTS``), and no
  row or text may hold more than ``MAX_ITEM_ELEMENTS``: a few kilobytes of empty cells
  would otherwise cost minutes and gigabytes.
- Only the parts a patient list needs are read: the workbook (sheet names, 1904 dates),
  its relationships, the shared strings, the number formats that make a number a date.

Every way such a file can be broken ends in ``ListReadError("cannot_be_read", ...)``.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from cardmaker.batch.readproblems import ListReadError

MAX_PART_BYTES = 64 << 20
MAX_SHARED_STRINGS = 1_000_000
# XML elements, which cost time and memory however few bytes they take ("<c/>" is four;
# a 48 kB workbook held twelve million in one row). A worksheet or the shared strings may
# hold this many (a list of 100,000 rows and 10 columns has about 3 million)...
MAX_PART_ELEMENTS = 4_000_000
# ...one row or one text this many (Excel has 16,384 columns, a cell 32,767 characters)...
MAX_ITEM_ELEMENTS = 1 << 16
# ...and the parts kept whole while read (workbook, relationships, styles) this many.
MAX_SMALL_PART_ELEMENTS = 1_000_000
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
# Built-in number formats that show a date (14-17, 22; 27-36 and 50-58 in East Asian
# locales); 18-21 and 45-47 show only a time of day.
_DATE_FORMAT_IDS = frozenset({14, 15, 16, 17, 22, *range(27, 37), *range(50, 59)})
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def tag(name: str) -> str:
    """A SpreadsheetML element name with its namespace."""
    return f"{{{_MAIN}}}{name}"


class DamagedWorkbookError(Exception):
    """Internal: why the workbook cannot be read (turned into ``ListReadError``)."""


class _Bounded(io.RawIOBase):
    """A part's bytes, counted as they are inflated; past the cap it stops."""

    def __init__(self, member: IO[bytes], name: str) -> None:
        self._member = member
        self._name = name
        self._count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._member.read(min(len(buffer), 1 << 16))
        self._count += len(data)
        if self._count > MAX_PART_BYTES:
            raise DamagedWorkbookError(
                f"its part {self._name} unpacks to more than {MAX_PART_BYTES >> 20} MB"
            )
        buffer[: len(data)] = data
        return len(data)


@dataclass(frozen=True)
class SheetRef:
    """A worksheet: its name, the part that holds it, and whether it is hidden."""

    name: str
    part: str
    hidden: bool


class Workbook:
    """An opened .xlsx: sheets, shared strings, date styles; parts read on demand."""

    def __init__(self, handle: IO[bytes], label: str) -> None:
        self.label = label
        try:
            self._zip = zipfile.ZipFile(handle)
            self.sheets, self.epoch_1904 = self._workbook()
            rels = self._relationships("xl/_rels/workbook.xml.rels")
            strings_part = next((t for t, k in rels.values() if k.endswith("/sharedStrings")), "")
            styles_part = next((t for t, k in rels.values() if k.endswith("/styles")), "")
            self.shared = self._shared_strings(strings_part) if strings_part else []
            self.date_styles = self._date_styles(styles_part) if styles_part else frozenset()
        except Exception as exc:
            raise _refusal(label, exc) from None

    def close(self) -> None:
        """Close the archive."""
        self._zip.close()

    def elements(self, part: str, *wanted: str) -> Iterator[Element]:
        """Each complete element of a part with a ``wanted`` tag, freed after use."""
        # Elements since the last wanted one are all held in memory until it ends.
        held = 0
        for element in self._all(part, MAX_PART_ELEMENTS):
            if element.tag in wanted:
                yield element
                element.clear()
                held = 0
                continue
            held += 1
            if held > MAX_ITEM_ELEMENTS:
                raise DamagedWorkbookError(
                    f"a row or text of its part {part} holds more than "
                    f"{MAX_ITEM_ELEMENTS:,} XML elements"
                )

    def _workbook(self) -> tuple[list[SheetRef], bool]:
        rels = self._relationships("xl/_rels/workbook.xml.rels")
        sheets: list[SheetRef] = []
        epoch_1904 = False
        for element in self._all("xl/workbook.xml"):
            if element.tag == tag("workbookPr"):
                epoch_1904 = element.get("date1904", "0").lower() in ("1", "true")
            elif element.tag == tag("sheet"):
                target, _kind = rels.get(element.get(f"{{{_DOC_RELS}}}id", ""), ("", ""))
                hidden = element.get("state", "visible") != "visible"
                sheets.append(SheetRef(element.get("name", ""), target, hidden))
        if not sheets:
            raise DamagedWorkbookError("it has no worksheet")
        return sheets, epoch_1904

    def _all(self, part: str, limit: int | None = None) -> Iterator[Element]:
        limit = limit or MAX_SMALL_PART_ELEMENTS
        try:
            member = self._zip.open(part)
        except KeyError:
            raise DamagedWorkbookError(f"its part {part} is missing") from None
        with member:
            stream = io.BufferedReader(_Bounded(member, part))
            events = iterparse(stream, events=("end",), forbid_dtd=True)
            for count, (_event, element) in enumerate(events, start=1):
                if count > limit:
                    raise DamagedWorkbookError(
                        f"its part {part} holds more than {limit:,} XML elements"
                    )
                yield element

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        found = {}
        for element in self._all(part):
            if element.tag == f"{{{_RELS}}}Relationship":
                target = element.get("Target", "")
                if target.startswith("/"):
                    path = target.lstrip("/")
                else:
                    path = posixpath.normpath(posixpath.join("xl", target))
                found[element.get("Id", "")] = (path, element.get("Type", ""))
        return found

    def _shared_strings(self, part: str) -> list[str]:
        strings: list[str] = []
        for item in self.elements(part, tag("si")):
            strings.append(item_text(item))
            if len(strings) > MAX_SHARED_STRINGS:
                raise DamagedWorkbookError("it holds more than a million different texts")
        return strings

    def _date_styles(self, part: str) -> frozenset[int]:
        custom: dict[int, str] = {}
        formats: list[int] = []
        in_cell_xfs = False
        for element in self._all(part):
            if element.tag == tag("numFmt"):
                custom[int(element.get("numFmtId", "0"))] = element.get("formatCode", "")
            elif element.tag == tag("xf"):
                formats.append(int(element.get("numFmtId", "0")))
            elif element.tag == tag("cellXfs"):
                in_cell_xfs = True
                break
            elif element.tag == tag("cellStyleXfs"):
                formats.clear()  # those are the named styles' formats, not the cells'
        if not in_cell_xfs:
            return frozenset()
        return frozenset(i for i, fmt in enumerate(formats) if _is_date_format(fmt, custom))


# Excel writes characters XML cannot hold (a carriage return) as _x000D_, and an
# underscore that would look like such an escape as _x005F_.
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def unescape(text: str) -> str:
    """A string value as Excel shows it: its _xHHHH_ escapes undone."""
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def item_text(item: Element) -> str:
    """The text of a string item: plain, or rich text runs in order (not phonetic guides)."""
    texts = []
    for child in item:
        if child.tag == tag("t"):
            texts.append(child.text or "")
        elif child.tag == tag("r"):
            texts += [t.text or "" for t in child if t.tag == tag("t")]
    return unescape("".join(texts))


def _is_date_format(number_format: int, custom: dict[int, str]) -> bool:
    if number_format in custom:
        code = _QUOTED.sub("", custom[number_format].split(";")[0]).lower()
        return "d" in code or "y" in code
    return number_format in _DATE_FORMAT_IDS


def _refusal(label: str, exc: BaseException) -> ListReadError:
    """The one message for a workbook that cannot be read, with the reason in words."""
    if isinstance(exc, ListReadError):
        return exc
    if isinstance(exc, DamagedWorkbookError):
        reason = str(exc)
    elif isinstance(exc, DefusedXmlException):
        reason = "it declares a DTD, entities or external references, which lists never need"
    elif isinstance(exc, ParseError):
        reason = f"its XML is damaged ({exc})"
    elif isinstance(exc, zipfile.BadZipFile | zlib.error | EOFError):
        reason = f"the file is damaged or not a complete .xlsx ({exc})"
    elif isinstance(exc, ValueError | KeyError | IndexError | OverflowError):
        reason = f"it holds a value that is not valid ({exc})"
    elif isinstance(exc, OSError):
        reason = f"it cannot be read from the disk ({exc.strerror or exc})"
    else:
        reason = f"{type(exc).__name__}: {exc}"
    return ListReadError("cannot_be_read", label, reason)


refusal = _refusal
