"""The laid-out card as plain data: what to draw where, in points from the page's trim corner.

Layout produces these; the painter draws them. Keeping them as data lets the layout be
cached and tested without a canvas, and lets every card of a batch share one drawing.
"""

from __future__ import annotations

from dataclasses import dataclass

from cardmaker.render.style import Colour
from cardmaker.render.textflow import Line


@dataclass(frozen=True)
class FillRect:
    """A filled rectangle (may extend into the bleed)."""

    x: float
    y: float
    width: float
    height: float
    colour: Colour


@dataclass(frozen=True)
class TextLine:
    """One line of text at a baseline."""

    x: float
    baseline: float
    size: float
    colour: Colour
    line: Line


@dataclass(frozen=True)
class Rule:
    """A horizontal line (a line to write on)."""

    x: float
    y: float
    width: float
    colour: Colour
    thickness: float


@dataclass(frozen=True)
class QrCode:
    """The QR code with its quiet zone's lower-left corner at (x, y)."""

    url: str
    x: float
    y: float
    module: float
    quiet: int


# A printed value's last baseline sits this far above its write-on line, at any size.
VALUE_RISE_PT = 1.6


@dataclass(frozen=True)
class ValueSlot:
    """Where a patient's value goes: the write-on line (left end, height, width), room above."""

    field: str
    x: float
    line_y: float
    width: float
    height: float
    max_lines: int = 1

    @property
    def baseline(self) -> float:
        """Baseline of a value's last line: a little above the write-on line."""
        return self.line_y + VALUE_RISE_PT


@dataclass(frozen=True)
class Link:
    """A clickable web address over printed text (a PDF link annotation)."""

    url: str
    x: float
    y: float
    width: float
    height: float


# A ValueSlot among the operations marks where, in reading order, a patient's value goes.
DrawOp = FillRect | TextLine | Rule | QrCode | ValueSlot | Link


@dataclass(frozen=True)
class PageLayout:
    """Everything on one page in reading order: shared drawing with the patient slots in place."""

    ops: tuple[DrawOp, ...]
    fold_xs: tuple[float, ...]

    @property
    def slots(self) -> tuple[ValueSlot, ...]:
        """The page's patient slots in reading order."""
        return tuple(op for op in self.ops if isinstance(op, ValueSlot))

    @property
    def links(self) -> tuple[Link, ...]:
        """The page's web links."""
        return tuple(op for op in self.ops if isinstance(op, Link))

    def segments(self) -> tuple[tuple[DrawOp, ...], ...]:
        """The shared drawing split at each slot: segment i comes before slot i."""
        parts: list[list[DrawOp]] = [[]]
        for op in self.ops:
            if isinstance(op, ValueSlot):
                parts.append([])
            elif not isinstance(op, Link):
                parts[-1].append(op)
        return tuple(tuple(part) for part in parts)
