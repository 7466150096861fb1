"""Text blocks of the card (paragraphs, headings, bullets, the alert box): measuring and emitting.

A block is measured at a body size and width; the result knows its height and can emit
draw operations at any position, so the fitter can try sizes without drawing anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from cardmaker.render.displaylist import DrawOp, FillRect, TextLine
from cardmaker.render.style import (
    ACCENT,
    ALERT_BAR,
    ALERT_FILL,
    BULLET,
    LEADING,
    MUTED,
    SUB_BULLET,
    TEXT,
    Colour,
)
from cardmaker.render.textflow import DESCENT_EM, Line, Run, Word, parse_words, run_width, wrap


@dataclass(frozen=True)
class BlockStyle:
    """How one kind of block looks, relative to the body size."""

    size_factor: float = 1.0
    bold: bool = False
    colour: Colour = TEXT
    indent_em: float = 0.0
    marker: str = ""
    alert: bool = False


BLOCK_STYLES: dict[str, BlockStyle] = {
    "body": BlockStyle(),
    "strong": BlockStyle(bold=True),
    "heading": BlockStyle(size_factor=1.1, bold=True, colour=ACCENT),
    "bullet": BlockStyle(indent_em=0.95, marker=BULLET),
    "sub": BlockStyle(indent_em=1.9, marker=SUB_BULLET),
    "alert": BlockStyle(indent_em=0.9, alert=True),
    "small": BlockStyle(colour=MUTED),
    "list": BlockStyle(indent_em=1.9, marker=SUB_BULLET),
}
LIST_ITEM_GAP_EM = 0.1
# A paragraph split across regions keeps at least this many lines on each side.
MIN_SPLIT_LINES = 2
LIST_COLUMN_GAP_EM = 1.0
ALERT_PAD_EM = 0.3
ALERT_BAR_PT = 1.6


@dataclass(frozen=True)
class Block:
    """A paragraph of card text and its kind."""

    kind: str
    words: tuple[Word, ...]
    keep_with_next: bool = False
    items: tuple[tuple[Word, ...], ...] = ()

    @classmethod
    def of(cls, kind: str, text: str) -> Block:
        """A block from marked-up text; headings keep with what follows."""
        style = BLOCK_STYLES[kind]
        words = tuple(parse_words(text, bold=style.bold))
        return cls(kind, words, keep_with_next=kind == "heading")

    @classmethod
    def listing(cls, items: tuple[str, ...]) -> Block:
        """A list of short items, set in two columns when every item fits one line there."""
        return cls("list", (), items=tuple(tuple(parse_words(i)) for i in items))


@dataclass(frozen=True)
class BlockBox:
    """A block laid out at one size and width."""

    block: Block
    lines: tuple[Line, ...]
    size: float
    height: float
    # For lists: each item's lines and the number of columns used.
    item_lines: tuple[tuple[Line, ...], ...] = ()
    columns: int = 1
    # True for the second part of a paragraph split across two regions (no bullet again).
    continued: bool = False

    @property
    def splittable(self) -> bool:
        """Plain paragraphs of four or more lines may break between regions."""
        style = BLOCK_STYLES[self.block.kind]
        return not self.block.items and not style.alert and len(self.lines) >= 2 * MIN_SPLIT_LINES

    def split(self, lines_here: int) -> tuple[BlockBox, BlockBox]:
        """The first ``lines_here`` lines, and the rest to continue in the next region."""
        line_h = LEADING * self.size
        first = BlockBox(self.block, self.lines[:lines_here], self.size, lines_here * line_h)
        rest_lines = self.lines[lines_here:]
        rest = BlockBox(self.block, rest_lines, self.size, len(rest_lines) * line_h, continued=True)
        return first, rest


def measure(block: Block, body_size: float, min_size: float, width: float) -> BlockBox | None:
    """Lay the block out; None when a word does not fit the width."""
    style = BLOCK_STYLES[block.kind]
    size = max(min_size, body_size * style.size_factor)
    indent = style.indent_em * size
    if block.items:
        return _measure_list(block, size, indent, width)
    lines = wrap(list(block.words), width - indent, size)
    if lines is None:
        return None
    height = len(lines) * LEADING * size
    if style.alert:
        height += 2 * ALERT_PAD_EM * size
    return BlockBox(block, tuple(lines), size, height)


def _measure_list(block: Block, size: float, indent: float, width: float) -> BlockBox | None:
    line_h = LEADING * size
    gap = LIST_ITEM_GAP_EM * size
    column_w = (width - LIST_COLUMN_GAP_EM * size) / 2
    one = [wrap(list(item), width - indent, size) for item in block.items]
    if any(lines is None for lines in one):
        return None
    single = tuple(tuple(lines or ()) for lines in one)
    single_h = sum(len(lines) for lines in single) * line_h + (len(single) - 1) * gap
    two = [wrap(list(item), column_w - indent, size) for item in block.items]
    if all(lines is not None for lines in two):
        double = tuple(tuple(lines or ()) for lines in two)
        row_heights = _row_heights(double)
        double_h = sum(row_heights) * line_h + (len(row_heights) - 1) * gap
        if double_h < single_h:
            return BlockBox(block, (), size, double_h, double, 2)
    return BlockBox(block, (), size, single_h, single, 1)


def _row_heights(item_lines: tuple[tuple[Line, ...], ...]) -> list[int]:
    """Lines per row when items fill the first column, then the second."""
    rows = (len(item_lines) + 1) // 2
    return [
        max(len(item_lines[r]), len(item_lines[r + rows]) if r + rows < len(item_lines) else 0)
        for r in range(rows)
    ]


def _emit_list(box: BlockBox, x: float, top: float, width: float) -> list[DrawOp]:
    style = BLOCK_STYLES[box.block.kind]
    size = box.size
    line_h = LEADING * size
    gap = LIST_ITEM_GAP_EM * size
    indent = style.indent_em * size
    marker = Line((Run(style.marker, False),), run_width(Run(style.marker, False), size))
    ops: list[DrawOp] = []
    rows = (len(box.item_lines) + 1) // 2 if box.columns == 2 else len(box.item_lines)
    column_w = (width - LIST_COLUMN_GAP_EM * size) / 2 + LIST_COLUMN_GAP_EM * size
    row_tops = [top]
    if box.columns == 2:
        for lines_in_row in _row_heights(box.item_lines):
            row_tops.append(row_tops[-1] - lines_in_row * line_h - gap)
    cursor = top
    for index, lines in enumerate(box.item_lines):
        # Two columns read down the first column, then the second.
        column, row = divmod(index, rows) if box.columns == 2 else (0, index)
        item_x = x + column * column_w
        if box.columns == 2:
            cursor = row_tops[row]
        elif index:
            cursor -= gap
        for line_index, line in enumerate(lines):
            baseline = cursor - line_h + DESCENT_EM * size
            if line_index == 0:
                ops.append(
                    TextLine(item_x + indent - 0.75 * size, baseline, size, style.colour, marker)
                )
            ops.append(TextLine(item_x + indent, baseline, size, style.colour, line))
            cursor -= line_h
    return ops


def emit(box: BlockBox, x: float, top: float, width: float) -> list[DrawOp]:
    """Draw operations for a measured block with its top-left corner at (x, top)."""
    if box.block.items:
        return _emit_list(box, x, top, width)
    style = BLOCK_STYLES[box.block.kind]
    size = box.size
    ops: list[DrawOp] = []
    line_top = top
    if style.alert:
        ops.append(FillRect(x, top - box.height, width, box.height, ALERT_FILL))
        ops.append(FillRect(x, top - box.height, ALERT_BAR_PT, box.height, ALERT_BAR))
        line_top -= ALERT_PAD_EM * size
    indent = style.indent_em * size
    for index, line in enumerate(box.lines):
        baseline = line_top - (index + 1) * LEADING * size + DESCENT_EM * size
        if index == 0 and style.marker and not box.continued:
            marker = Line((Run(style.marker, False),), run_width(Run(style.marker, False), size))
            ops.append(TextLine(x + indent - 0.75 * size, baseline, size, style.colour, marker))
        ops.append(TextLine(x + indent, baseline, size, style.colour, line))
    return ops
