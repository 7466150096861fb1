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


@dataclass(frozen=True)
class ValueSlot:
    """Where one patient field is printed: left edge, baseline of its write-on line, width."""

    field: str
    x: float
    baseline: float
    width: float
    height: float


DrawOp = FillRect | TextLine | Rule | QrCode


@dataclass(frozen=True)
class PageLayout:
    """Everything on one page that is the same for every patient, and the patient slots."""

    ops: tuple[DrawOp, ...]
    slots: tuple[ValueSlot, ...]
    fold_xs: tuple[float, ...]
