"""Every colour drawn on a card becomes its press ink: the canvas's colour filter.

reportlab passes each colour set on a canvas through its ``enforceColorSpace`` callable (a
documented canvas option). This one maps the RGB colours of the style table to their CMYK
inks (``style.PRESS_INKS``), passes CMYK and separation colours through, and refuses any
other colour, so no RGB can reach a file and text cannot turn into four-colour black.
"""

from __future__ import annotations

from reportlab.lib.colors import CMYKColor

from cardmaker.render.style import PRESS_INKS, Cmyk


class MissingInkError(ValueError):
    """A colour was drawn that has no CMYK ink in the style table (a programming error)."""


def press_ink(colour: object) -> CMYKColor | Cmyk:
    """The ink a canvas colour prints with: a CMYK 4-tuple or a reportlab CMYK colour."""
    if isinstance(colour, CMYKColor):
        return colour
    if isinstance(colour, tuple | list):
        if len(colour) == 4:
            return (float(colour[0]), float(colour[1]), float(colour[2]), float(colour[3]))
        if len(colour) == 3:
            ink = PRESS_INKS.get((float(colour[0]), float(colour[1]), float(colour[2])))
            if ink is not None:
                return ink
    raise MissingInkError(
        f"colour {colour!r} has no CMYK ink; add it to PRESS_INKS in cardmaker/render/style.py"
    )
