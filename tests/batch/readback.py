"""Reading cards back out of batch PDFs: the patient's values where the card prints them.

Values are drawn in the page content inside each card's placement, at the value slots of
the layout; pypdf reports each text run with the card's matrix (cm) and its position in
the card (tm). Grouping runs by matrix gives one dict of values per card on the page.
"""

from __future__ import annotations

import io
from collections import defaultdict
from typing import Any

import pypdf

from cardmaker.core.library import CardLibrary
from cardmaker.core.model import DEFAULT_CARD_FORMAT, CardFormat, CardRequest
from cardmaker.render.card import prepare
from cardmaker.render.valuefit import VALUE_INSET_PT as VALUE_INSET

TOLERANCE = 0.6


def value_slots(
    library: CardLibrary, card_format: CardFormat = DEFAULT_CARD_FORMAT
) -> dict[int, dict[str, tuple[float, float]]]:
    """Page index -> field -> (x, baseline) where the value starts, for a format.

    Only the first page with fields: a second loose large-print card repeats the name.
    """
    card = prepare(CardRequest("kefdensis", "en", "IE", "X", card_format=card_format), library)
    index, page = next((i, p) for i, p in enumerate(card.layout.pages) if p.slots)
    return {index: {s.field: (s.x + VALUE_INSET, s.baseline) for s in page.slots}}


def _runs(page: Any) -> list[list[tuple[str, float, float]]]:
    """Text runs grouped by the matrix they were drawn with (one group per card), in order."""
    runs: dict[tuple[float, ...], list[tuple[str, float, float]]] = defaultdict(list)

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            runs[tuple(round(float(v), 2) for v in cm)].append((text, float(tm[4]), float(tm[5])))

    page.extract_text(visitor_text=visit)
    return list(runs.values())


def _values(
    pieces: list[tuple[str, float, float]], slots: dict[str, tuple[float, float]]
) -> dict[str, str]:
    values: dict[str, str] = {}
    for field, (x, y) in slots.items():
        # A value ends where the next value on the same line starts (phone after doctor).
        end = min(
            [sx for sx, sy in slots.values() if abs(sy - y) < TOLERANCE and sx > x + 1] + [1e9]
        )
        line = [
            (tx, t)
            for t, tx, ty in pieces
            if abs(ty - y) < TOLERANCE and x - TOLERANCE <= tx < end - TOLERANCE
        ]
        if any(abs(tx - x) < TOLERANCE for tx, _ in line):
            values[field] = "".join(t for _, t in line).replace("\n", "")
    return values


def cards_on_page(page: Any, slots: dict[str, tuple[float, float]]) -> list[dict[str, str]]:
    """Each card's printed values on one PDF page, in drawing order."""
    return [v for v in (_values(p, slots) for p in _runs(page)) if v]


def names_in(data: bytes, library: CardLibrary) -> list[str]:
    """Every patient name printed in a PDF (either format), in page and drawing order."""
    layouts = [slots for f in CardFormat for slots in value_slots(library, f).values()]
    names = []
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        for pieces in _runs(page):
            for slots in layouts:
                found = _values(pieces, slots).get("patient_name")
                if found is not None:
                    names.append(found)
                    break
    return names
