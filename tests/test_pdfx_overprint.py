"""Solid black overprints in PDF/X: no text-shaped holes in a tint for the plates to miss."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardFormat, CardRequest
from cardmaker.render.card import prepare, render_prepared
from cardmaker.render.overprint import KNOCKOUT, OVERPRINT
from cardmaker.render.pdfx import make_pdfx

GS = shutil.which("gs")


def _inside(mask: Image.Image, inset: int) -> tuple[int, int, int, int]:
    box = mask.getbbox()
    assert box is not None
    return (box[0] + inset, box[1] + inset, box[2] - inset, box[3] - inset)


def _share(plate: Image.Image, box: tuple[int, int, int, int], low: int) -> float:
    """Share of the box's pixels at or above ``low`` (tiffsep: 255 is no ink)."""
    histogram = plate.crop(box).histogram()
    return sum(histogram[low:]) / sum(histogram)


@pytest.mark.skipif(GS is None, reason="Ghostscript is not installed")
def test_black_text_overprints_the_tint_and_white_text_still_knocks_out(
    tmp_path: Path, library: CardLibrary, sample_request: CardRequest
) -> None:
    assert GS is not None
    path = tmp_path / "card.pdf"
    # The two-panel card: its warning box is on the first page, the one separated below.
    two_panel = replace(sample_request, card_format=CardFormat.ID1_BIFOLD)
    path.write_bytes(make_pdfx(render_prepared(prepare(two_panel, library))))
    subprocess.run(
        [GS, "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-dPDFSTOPONERROR", "-dPDFSTOPONWARNING",
         "-sDEVICE=tiffsep", "-r150", "-dFirstPage=1", "-dLastPage=1",
         f"-sOutputFile={tmp_path / 'p.tif'}", str(path)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    yellow = Image.open(tmp_path / "p(Yellow).tif").convert("L")
    cyan = Image.open(tmp_path / "p(Cyan).tif").convert("L")
    # The warning box's light tint (9 % yellow) holds black text: its yellow stays whole.
    box = _inside(yellow.point(lambda v: 255 if 220 <= v <= 245 else 0), 3)
    assert _share(yellow, box, 250) < 0.001
    # The title band (96 % cyan) holds white text, which must still knock out.
    band = _inside(cyan.point(lambda v: 255 if v < 40 else 0), 3)
    assert _share(cyan, band, 200) > 0.02


def test_overprint_is_set_for_solid_black_fills_only(
    library: CardLibrary, sample_request: CardRequest
) -> None:
    data = make_pdfx(render_prepared(prepare(sample_request, library)))
    seen: dict[str, set[str]] = {}
    with pikepdf.open(io.BytesIO(data)) as pdf:
        holders = [page.obj for page in pdf.pages]
        holders += [
            x
            for page in pdf.pages
            for x in page.Resources.get("/XObject", {}).values()
            if x.get("/Subtype") == pikepdf.Name.Form
        ]
        for holder in holders:
            colour = ""
            for instruction in pikepdf.parse_content_stream(holder):
                name = str(instruction.operator)
                if name == "k":
                    colour = " ".join(f"{float(v):g}" for v in instruction.operands)
                elif name == "gs":
                    seen.setdefault(str(instruction.operands[0]), set()).add(colour)
            states = holder.Resources.get("/ExtGState", {})
            if OVERPRINT in states:
                assert states[OVERPRINT].op is True and states[OVERPRINT].OPM == 1
    assert seen[OVERPRINT] == {"0 0 0 1"}
    assert "0 0 0 1" not in seen[KNOCKOUT] and "0 0 0 0" in seen[KNOCKOUT]
