"""Minimal .xlsx files written part by part, so a test can damage exactly one thing."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006"
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    f'<Types xmlns="{_PKG}/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_SHEET_TYPE}.sheet.main+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    f'<Relationships xmlns="{_PKG}/relationships">'
    f'<Relationship Id="rId1" Type="{"http://schemas.openxmlformats.org/officeDocument/2006"}'
    '/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)


def workbook_rels(sheets: int) -> str:
    """Relationships of the workbook: sheets, shared strings, styles."""
    items = [
        f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, sheets + 1)
    ]
    items.append(f'<Relationship Id="rS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
    items.append(f'<Relationship Id="rT" Type="{REL}/styles" Target="styles.xml"/>')
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(items)
        + "</Relationships>"
    )


def workbook_xml(names: Iterable[str], date1904: bool = False, hidden: int = 0) -> str:
    """The workbook part: its sheets by name (the ``hidden``-th, 1-based, hidden)."""
    sheets = "".join(
        f'<sheet name="{escape(n)}" sheetId="{i}" r:id="rId{i}"'
        + (' state="hidden"' if i == hidden else "")
        + "/>"
        for i, n in enumerate(names, start=1)
    )
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">'
        f"{pr}<sheets>{sheets}</sheets></workbook>"
    )


# Style 0: general; style 1: a date (built-in format 14); style 2: custom "dd.mm.yyyy".
STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/></numFmts>'
    '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>'
    "</styleSheet>"
)


def cell(ref: str, value: object, style: int = 0, formula: str = "") -> str:
    """One cell: text inline, numbers as numbers; a formula with or without its value."""
    attrs = f' r="{ref}"' + (f' s="{style}"' if style else "")
    f = f"<f>{escape(formula)}</f>" if formula else ""
    if value is None:
        return f"<c{attrs}>{f}</c>"
    if isinstance(value, str):
        if formula:
            return f'<c{attrs} t="str">{f}<v>{escape(value)}</v></c>'
        return f'<c{attrs} t="inlineStr"><is><t>{escape(value)}</t></is></c>'
    return f"<c{attrs}>{f}<v>{value}</v></c>"


def sheet_xml(rows: Iterable[tuple[int, Iterable[str]]], tail: str = "") -> str:
    """A worksheet from (row number, cells) pairs; ``tail`` follows sheetData (mergeCells)."""
    body = "".join(f'<row r="{n}">{"".join(cells)}</row>' for n, cells in rows)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'
        f"<sheetData>{body}</sheetData>{tail}</worksheet>"
    )


def shared_strings(items: Iterable[str]) -> str:
    """The shared strings part."""
    body = "".join(f"<si><t>{escape(s)}</t></si>" for s in items)
    return f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">{body}</sst>'


def write_xlsx(
    path: Path,
    sheets: dict[str, str],
    strings: str | None = None,
    date1904: bool = False,
    hidden: int = 0,
) -> Path:
    """A workbook with the given worksheet parts (name -> XML), in order."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", CONTENT_TYPES)
        book.writestr("_rels/.rels", ROOT_RELS)
        book.writestr("xl/workbook.xml", workbook_xml(sheets, date1904, hidden))
        book.writestr("xl/_rels/workbook.xml.rels", workbook_rels(len(sheets)))
        book.writestr("xl/styles.xml", STYLES)
        book.writestr("xl/sharedStrings.xml", strings or shared_strings([]))
        for index, xml in enumerate(sheets.values(), start=1):
            book.writestr(f"xl/worksheets/sheet{index}.xml", xml)
    return path


def patient_sheet(*data_rows: tuple[str, ...]) -> str:
    """Heading 'Name', 'First injection' and the given rows of inline text."""
    rows = [(1, [cell("A1", "Name"), cell("B1", "First injection")])]
    for number, values in enumerate(data_rows, start=2):
        rows.append(
            (number, [cell(f"{col}{number}", v) for col, v in zip("AB", values, strict=False)])
        )
    return sheet_xml(rows)
