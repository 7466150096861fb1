"""The default card compared with its reference raster, with a tolerance.

Regenerate with ``pytest --regenerate-references`` after a deliberate change of look,
then look at the new PNGs before committing them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageChops

from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardRequest
from cardmaker.render.card import render_card
from tests.pdfcheck import rasterise

REFERENCE_DIR = Path(__file__).parent / "reference"
DPI = 100
# Anti-aliasing may differ slightly between rasteriser builds; layout changes do not hide here.
MAX_MEAN_DIFFERENCE = 1.5
MAX_CHANGED_SHARE = 0.01


def test_default_card_matches_reference(
    sample_request: CardRequest, library: CardLibrary, request: pytest.FixtureRequest
) -> None:
    pages = rasterise(render_card(sample_request, library), DPI)
    regenerate = bool(request.config.getoption("--regenerate-references"))
    for index, page in enumerate(pages, start=1):
        path = REFERENCE_DIR / f"default-card-p{index}.png"
        if regenerate or not path.exists():
            REFERENCE_DIR.mkdir(exist_ok=True)
            page.save(path)
            if not regenerate:
                pytest.fail(f"reference {path.name} was missing and has been written: look at it")
            continue
        reference = Image.open(path).convert("L")
        assert reference.size == page.size
        difference = ImageChops.difference(reference, page)
        histogram = difference.histogram()
        total = page.size[0] * page.size[1]
        mean = sum(value * count for value, count in enumerate(histogram)) / total
        changed = sum(histogram[64:]) / total
        assert mean <= MAX_MEAN_DIFFERENCE, f"page {index}: mean difference {mean:.2f}"
        assert changed <= MAX_CHANGED_SHARE, f"page {index}: {changed:.2%} of pixels changed"
