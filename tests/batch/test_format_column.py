"""The list's format column takes every format the renderer has, by its own name."""

from __future__ import annotations

from pathlib import Path

import pikepdf

from cardmaker.core.model import CardFormat
from cardmaker.render.style import FORMAT_STYLES
from tests.batch.conftest import CARD, CliRun


def test_every_card_format_is_accepted_by_its_name_in_the_list(
    tmp_path: Path, run_cli: CliRun
) -> None:
    # The error for an unknown format lists every format's name: each of them must work.
    source = tmp_path / "list.csv"
    rows = [f"Patient {n},2026-03-01,{f.value}" for n, f in enumerate(CardFormat)]
    source.write_text("name,first_injection,format\n" + "\n".join(rows) + "\n", "utf-8")
    code, _, err = run_cli("batch", *CARD, source, "-o", tmp_path / "cards")
    assert code == 0, err
    pdfs = sorted((tmp_path / "cards").glob("*.pdf"))
    assert len(pdfs) == len(CardFormat)
    for pdf, card_format in zip(pdfs, CardFormat, strict=True):
        style = FORMAT_STYLES[card_format]
        with pikepdf.open(pdf) as doc:
            trim = [float(v) for v in doc.pages[0].obj.TrimBox]
        width_mm = (trim[2] - trim[0]) / 72 * 25.4
        assert abs(width_mm - style.page_w_mm) < 0.1, card_format
