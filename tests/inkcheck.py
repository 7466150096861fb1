"""Reading a PDF's inks back: which colour each piece of text and each filled shape uses."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

import pikepdf

TEXT_OPERATORS = {"Tj", "TJ", "'", '"'}
FILL_OPERATORS = {"f", "F", "f*", "B", "B*", "b", "b*"}
STROKE_OPERATORS = {"S", "s", "B", "B*", "b", "b*"}


@dataclass(frozen=True)
class Mark:
    """One painting operation: text, a fill or a stroke, with its colour as written."""

    kind: str  # "text", "fill" or "stroke"
    colour: str  # e.g. "0 0 0 1 k" or "/All 1 scn"
    rectangles: int  # 're' operators in the painted path
    where: str


def _number(value: object) -> str:
    text = f"{float(value):.4f}".rstrip("0").rstrip(".")  # type: ignore[arg-type]
    return text or "0"


def _colour(operands: list[object], operator: str, space: str) -> str:
    if operator in ("scn", "SCN", "sc", "SC"):
        return f"{space} " + " ".join(_number(v) for v in operands)
    return " ".join(_number(v) for v in operands) + f" {operator.lower()}"


def marks(data: bytes) -> Iterator[Mark]:
    """Every painting operation on every page, following forms (q/Q respected)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            yield from _walk(page.obj, f"page {number}", "0 g", "0 G")


def _walk(holder: pikepdf.Object, where: str, fill: str, stroke: str) -> Iterator[Mark]:
    resources = holder.get("/Resources") or pikepdf.Dictionary()
    xobjects = resources.get("/XObject") or pikepdf.Dictionary()
    stack: list[tuple[str, str, str, str]] = []
    fill_space = stroke_space = "/DeviceGray"
    rectangles = 0
    for instruction in pikepdf.parse_content_stream(holder):
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            yield Mark("image", "inline", 0, where)
            continue
        operator = str(instruction.operator)
        operands = list(instruction.operands)
        if operator == "q":
            stack.append((fill, stroke, fill_space, stroke_space))
        elif operator == "Q":
            fill, stroke, fill_space, stroke_space = stack.pop()
        elif operator in ("g", "rg", "k", "sc", "scn"):
            fill = _colour(operands, operator, fill_space)
        elif operator in ("G", "RG", "K", "SC", "SCN"):
            stroke = _colour(operands, operator, stroke_space)
        elif operator == "cs":
            fill_space = str(operands[0])
        elif operator == "CS":
            stroke_space = str(operands[0])
        elif operator == "re":
            rectangles += 1
        elif operator in TEXT_OPERATORS:
            yield Mark("text", fill, 0, where)
        elif operator in FILL_OPERATORS or operator in STROKE_OPERATORS:
            if operator in FILL_OPERATORS:
                yield Mark("fill", fill, rectangles, where)
            if operator in STROKE_OPERATORS:
                yield Mark("stroke", stroke, rectangles, where)
            rectangles = 0
        elif operator == "n":
            rectangles = 0
        elif operator == "Do":
            xobject = xobjects[str(operands[0])]
            if xobject.get("/Subtype") == pikepdf.Name.Form:
                yield from _walk(xobject, f"{where} {operands[0]}", fill, stroke)
            else:
                yield Mark("image", str(xobject.get("/ColorSpace")), 0, where)
