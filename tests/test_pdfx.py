"""Print-shop output: every card in CMYK inks; PDF/X-1a read back (pikepdf, Ghostscript)."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pikepdf
import pytest
import zxingcpp
from PIL import Image

from cardmaker.batch.combined import CombinedWriter
from cardmaker.cli.main import main
from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardFormat, CardRequest
from cardmaker.render.card import prepare, render_card, render_prepared
from cardmaker.render.copies import card_document
from cardmaker.render.imposition import SHEET_SIZES, Duplex
from cardmaker.render.pdfx import PDFX_CONFORMANCE, PDFX_VERSION, PdfxError, make_pdfx
from cardmaker.render.style import ACCENT, PRESS_INKS
from tests.inkcheck import marks
from tests.pdfcheck import decode_qr

K_ONLY = "0 0 0 1 k"
REGISTRATION = "/All 1"
ACCENT_INK = " ".join(f"{v:g}" for v in PRESS_INKS[ACCENT]) + " k"
WHITE_INK = "0 0 0 0 k"


def _card(library: CardLibrary, sample_request: CardRequest, **changes: object) -> bytes:
    return render_card(replace(sample_request, **changes), library)  # type: ignore[arg-type]


@pytest.mark.parametrize("card_format", list(CardFormat))
def test_every_colour_is_cmyk_text_black_only_qr_k_and_marks_registration(
    library: CardLibrary, sample_request: CardRequest, card_format: CardFormat
) -> None:
    data = _card(library, sample_request, card_format=card_format)
    found = list(marks(data))
    colours = {m.colour for m in found}
    assert not any(c.endswith(" rg") or (c.endswith(" g") and c != "0 g") for c in colours), colours
    assert all(c.endswith(" k") or c.startswith("/All ") for c in colours if c != "0 g"), colours
    texts = Counter(m.colour for m in found if m.kind == "text")
    # Black and grey text is solid K; only headings (the design's navy) and the white title on
    # the navy band are in colour.
    assert set(texts) <= {K_ONLY, ACCENT_INK, WHITE_INK}, texts
    assert texts[K_ONLY] > 3 * (texts[ACCENT_INK] + texts[WHITE_INK])
    qr = [m for m in found if m.kind == "fill" and m.rectangles > 40]
    assert qr and all(m.colour == K_ONLY for m in qr)
    strokes = Counter(m.colour for m in found if m.kind == "stroke")
    # Crop marks: 8 per page, all in registration colour (the separation /All).
    assert strokes[REGISTRATION] >= 8 * len(pikepdf.open(io.BytesIO(data)).pages)


def test_registration_colour_is_a_separation_on_all_plates(
    library: CardLibrary, sample_request: CardRequest
) -> None:
    with pikepdf.open(io.BytesIO(_card(library, sample_request))) as pdf:
        space = pdf.pages[0].Resources.ColorSpace["/All"]
        assert space[0] == pikepdf.Name.Separation and space[1] == pikepdf.Name("/All")
        assert space[2] == pikepdf.Name.DeviceCMYK


def _structure(data: bytes) -> pikepdf.Pdf:
    pdf = pikepdf.open(io.BytesIO(data))
    assert pdf.pdf_version == "1.4"
    assert pdf.trailer.get("/ID") is not None and not pdf.is_encrypted
    info = pdf.docinfo
    assert str(info["/GTS_PDFXVersion"]) == PDFX_VERSION
    assert str(info["/GTS_PDFXConformance"]) == PDFX_CONFORMANCE
    assert info["/Trapped"] == pikepdf.Name("/False")
    for key in ("/Title", "/CreationDate", "/ModDate"):
        assert key in info
    assert "/PrintScaling" not in pdf.Root.get("/ViewerPreferences", {})
    intents = pdf.Root.OutputIntents
    assert len(intents) == 1
    intent = intents[0]
    assert intent.S == pikepdf.Name.GTS_PDFX
    assert str(intent.OutputConditionIdentifier) == "FOGRA39"
    assert str(intent.RegistryName) == "http://www.color.org"
    profile = intent.DestOutputProfile.read_bytes()
    assert intent.DestOutputProfile.N == 4
    # ICC header: device class 'prtr' (output), colour space 'CMYK', connection space 'Lab '.
    assert (profile[12:16], profile[16:20], profile[20:24]) == (b"prtr", b"CMYK", b"Lab ")
    meta = pdf.open_metadata()
    assert meta["{http://ns.adobe.com/pdfx/1.3/}GTS_PDFXVersion"] == PDFX_VERSION
    assert meta["pdf:Trapped"] == "False"
    assert meta["dc:title"] == str(info["/Title"])
    for page in pdf.pages:
        trim, bleed, media = (
            [float(v) for v in page.obj[k]] for k in ("/TrimBox", "/BleedBox", "/MediaBox")
        )
        assert "/ArtBox" not in page.obj and "/Annots" not in page.obj
        assert bleed[0] <= trim[0] and bleed[1] <= trim[1]
        assert trim[2] <= bleed[2] and trim[3] <= bleed[3]
        assert media[0] <= bleed[0] and bleed[2] <= media[2]
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == pikepdf.Name.Font:
            assert "/FontFile2" in obj.FontDescriptor
    return pdf


def test_pdfx_card_structure(library: CardLibrary, sample_request: CardRequest) -> None:
    plain = _card(library, sample_request)
    pdf = _structure(make_pdfx(plain))
    # The pages are the card's own: same boxes, same content.
    with pikepdf.open(io.BytesIO(plain)) as original:
        for mine, theirs in zip(pdf.pages, original.pages, strict=True):
            assert list(mine.obj.TrimBox) == list(theirs.obj.TrimBox)
            assert list(mine.obj.BleedBox) == list(theirs.obj.BleedBox)
    assert make_pdfx(plain) == make_pdfx(plain)  # deterministic


def test_pdfx_sheets_get_the_sheet_as_trim(
    library: CardLibrary, sample_request: CardRequest
) -> None:
    card = prepare(sample_request, library)
    data = card_document(card, 5, SHEET_SIZES["letter"], Duplex.LONG_EDGE, pdfx=True)
    pdf = _structure(data)
    assert len(pdf.pages) == 4  # 5 cards, 4 a sheet: two sheets, both sides
    assert [float(v) for v in pdf.pages[0].obj.TrimBox] == [0, 0, 612, 792]


def _with_content(data: bytes, extra: bytes) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        page.contents_add(pikepdf.Stream(pdf, extra), prepend=False)
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("extra", "rule"),
    [(b"0.2 0.4 0.6 rg 0 0 10 10 re f", "RGB colour"), (b"/CS9 cs 1 scn", "colour space")],
)
def test_pdfx_refuses_what_x1a_forbids(
    library: CardLibrary, sample_request: CardRequest, extra: bytes, rule: str
) -> None:
    with pytest.raises(PdfxError, match=rule) as caught:
        make_pdfx(_with_content(_card(library, sample_request), extra))
    assert caught.value.where == "page 1"


def test_pdfx_refuses_transparency(library: CardLibrary, sample_request: CardRequest) -> None:
    with pikepdf.open(io.BytesIO(_card(library, sample_request))) as pdf:
        pdf.pages[0].Resources.ExtGState = pikepdf.Dictionary(
            GS9=pikepdf.Dictionary(ca=0.5, Type=pikepdf.Name.ExtGState)
        )
        out = io.BytesIO()
        pdf.save(out)
    with pytest.raises(PdfxError, match="transparency"):
        make_pdfx(out.getvalue())


def test_pdfx_drops_links_for_the_press(library: CardLibrary, sample_request: CardRequest) -> None:
    with pikepdf.open(io.BytesIO(_card(library, sample_request))) as pdf:
        link = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[30, 30, 90, 40]
        )
        pdf.pages[0].obj.Annots = pdf.make_indirect(pikepdf.Array([link]))
        out = io.BytesIO()
        pdf.save(out)
    _structure(make_pdfx(out.getvalue()))


def test_cli_render_pdfx(tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    args = ["render", "-o", str(out), "--lang", "de", "--country", "DE", "--patient-name", "A B"]
    assert main([*args, "--pdfx"]) == 0
    _structure(out.read_bytes())


GS = shutil.which("gs")


@pytest.mark.skipif(GS is None, reason="Ghostscript (Debian package ghostscript) not installed")
def test_ghostscript_separates_the_pdfx_card_into_process_plates(
    tmp_path: Path, library: CardLibrary, sample_request: CardRequest
) -> None:
    """Ghostscript reads it without a warning; QR on the black plate, marks on all four."""
    assert GS is not None
    path = tmp_path / "card.pdf"
    path.write_bytes(make_pdfx(render_prepared(prepare(sample_request, library))))
    subprocess.run(
        [GS, "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-dPDFSTOPONERROR", "-dPDFSTOPONWARNING",
         "-sDEVICE=tiffsep", "-r150", "-dFirstPage=1", "-dLastPage=1",
         f"-sOutputFile={tmp_path / 'p.tif'}", str(path)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    plates = {
        name: Image.open(tmp_path / f"p({name}).tif").convert("L")
        for name in ("Cyan", "Magenta", "Yellow", "Black")
    }
    assert sorted(p.name for p in tmp_path.glob("p(*).tif")) == sorted(
        f"p({n}).tif" for n in plates
    )  # no extra spot plate: /All goes on the process plates
    black = plates["Black"]
    assert decode_qr(black), "the QR code is not on the black plate"
    position = zxingcpp.read_barcodes(black)[0].position
    xs = [position.top_left.x, position.bottom_right.x, position.top_right.x]
    ys = [position.top_left.y, position.bottom_right.y, position.bottom_left.y]
    box = (min(xs), min(ys), max(xs) + 1, max(ys) + 1)
    for name in ("Cyan", "Magenta", "Yellow"):
        # tiffsep plates are 255 where there is no ink.
        assert plates[name].crop(box).getextrema()[0] == 255, f"QR code ink on {name}"
    corner = (0, 0, 60, 60)  # 10 mm: the top-left crop marks, outside the bleed
    inked = [
        p.crop(corner).point(lambda v: 255 if v < 128 else 0).getbbox() for p in plates.values()
    ]
    assert inked[0] is not None and all(b == inked[0] for b in inked)


@pytest.mark.parametrize("combined", [False, True])
def test_batch_pdfx(tmp_path: Path, combined: bool) -> None:
    rows = tmp_path / "list.csv"
    rows.write_text(
        "patient_name,language,country\n"
        + "".join(f"Patient {n},{lang},IE\n" for n in range(3) for lang in ("en", "de"))
        + "Anna Groß,de,DE\n",
        encoding="utf-8",
    )
    target = ["--combined", str(tmp_path / "all.pdf")] if combined else ["-o", str(tmp_path / "o")]
    card = ["--medicine", "kefdensis", "--format", "id1-bifold"]
    assert main(["batch", str(rows), *card, *target, "--pdfx", "--quiet"]) == 0
    files = [tmp_path / "all.pdf"] if combined else sorted((tmp_path / "o").glob("*.pdf"))
    assert len(files) == (1 if combined else 7)
    for path in files:
        pdf = _structure(path.read_bytes())
        assert len(pdf.pages) == (4 if combined else 2)  # 7 cards, 4 a sheet


def test_combined_pdfx_of_many_parts_keeps_one_output_intent(
    tmp_path: Path, library: CardLibrary, sample_request: CardRequest
) -> None:
    """Each part is made PDF/X before joining; the joined file has one intent and profile."""
    out = tmp_path / "all.pdf"
    writer = CombinedWriter(out, SHEET_SIZES["a4"], Duplex.LONG_EDGE, sheets_per_part=1, pdfx=True)
    for line, lang in enumerate(("en", "de", "el", "bg", "fr", "pl", "it", "nl", "es"), start=2):
        writer.add(line, prepare(replace(sample_request, language=lang), library))
    assert writer.close()
    data = out.read_bytes()
    pdf = _structure(data)
    assert len(pdf.pages) == 6  # nine cards, four a sheet: three sheets, both sides
    profiles = [
        obj for obj in pdf.objects if isinstance(obj, pikepdf.Stream) and obj.get("/N") == 4
    ]
    assert len(profiles) == 1  # the later parts' copies are not carried along
    assert not [m for m in marks(data) if m.kind == "text" and m.colour.endswith(" rg")]
