"""PDF/X-1a rules the card never breaks, checked so that a change cannot break them unseen.

Each test adds to a real card what ISO 15930-4 forbids and expects ``make_pdfx`` to refuse
it, naming the rule, rather than write a file that claims PDF/X-1a and is not.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import pikepdf
import pytest
from pikepdf import Array, Dictionary, Name

from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardRequest
from cardmaker.render.card import render_card
from cardmaker.render.pdfx import PdfxError, make_pdfx

Change = Callable[[pikepdf.Pdf], None]


def _rgb_shading(pdf: pikepdf.Pdf) -> pikepdf.Object:
    return Dictionary(
        ShadingType=2,
        ColorSpace=Name.DeviceRGB,
        Coords=[0, 0, 10, 0],
        Function=Dictionary(FunctionType=2, Domain=[0, 1], C0=[1, 0, 0], C1=[0, 0, 1], N=1),
    )


def _page_group(pdf: pikepdf.Pdf) -> None:
    pdf.pages[0].obj.Group = Dictionary(S=Name.Transparency, CS=Name.DeviceRGB)


def _shading_operator(pdf: pikepdf.Pdf) -> None:
    page = pdf.pages[0]
    page.Resources.Shading = Dictionary(Sh9=_rgb_shading(pdf))
    page.contents_add(pikepdf.Stream(pdf, b"q /Sh9 sh Q"), prepend=False)


def _shading_pattern(pdf: pikepdf.Pdf) -> None:
    page = pdf.pages[0]
    pattern = Dictionary(PatternType=2, Shading=_rgb_shading(pdf))
    page.Resources.Pattern = Dictionary(P9=pattern)
    page.Resources.ColorSpace[Name("/CSP")] = Array([Name.Pattern])
    page.contents_add(pikepdf.Stream(pdf, b"/Pattern cs /P9 scn 0 0 9 9 re f"), prepend=False)


def _open_action(pdf: pikepdf.Pdf) -> None:
    pdf.Root.OpenAction = Dictionary(S=Name.JavaScript, JS=pikepdf.String("app.alert(1)"))


def _page_action(pdf: pikepdf.Pdf) -> None:
    pdf.pages[0].obj.AA = Dictionary(O=Dictionary(S=Name.URI, URI=pikepdf.String("x")))


def _javascript(pdf: pikepdf.Pdf) -> None:
    pdf.Root.Names = Dictionary(JavaScript=Dictionary(Names=Array([])))


def _halftone(pdf: pikepdf.Pdf) -> None:
    page = pdf.pages[0]
    page.Resources.ExtGState = Dictionary(
        GS9=Dictionary(Type=Name.ExtGState, HT=Dictionary(HalftoneType=6, Width=1, Height=1))
    )


@pytest.mark.parametrize(
    ("change", "rule"),
    [
        (_page_group, "transparency group"),
        (_shading_operator, "shading"),
        (_shading_pattern, "colour space /Pattern"),
        (_open_action, "action"),
        (_page_action, "action"),
        (_javascript, "JavaScript"),
        (_halftone, "halftone"),
    ],
    ids=lambda value: getattr(value, "__name__", value),
)
def test_pdfx_refuses_what_x1a_forbids_anywhere_in_the_file(
    library: CardLibrary, sample_request: CardRequest, change: Change, rule: str
) -> None:
    with pikepdf.open(io.BytesIO(render_card(sample_request, library))) as pdf:
        if "/ColorSpace" not in pdf.pages[0].Resources:
            pdf.pages[0].Resources.ColorSpace = Dictionary()
        change(pdf)
        out = io.BytesIO()
        pdf.save(out)
    with pytest.raises(PdfxError, match=rule):
        make_pdfx(out.getvalue())


def test_a_cmyk_shading_is_accepted(library: CardLibrary, sample_request: CardRequest) -> None:
    with pikepdf.open(io.BytesIO(render_card(sample_request, library))) as pdf:
        page = pdf.pages[0]
        cmyk = Dictionary(
            ShadingType=2,
            ColorSpace=Name.DeviceCMYK,
            Coords=[0, 0, 10, 0],
            Function=Dictionary(
                FunctionType=2, Domain=[0, 1], C0=[0, 0, 0, 0], C1=[0, 0, 0, 1], N=1
            ),
        )
        page.Resources.Shading = Dictionary(Sh9=cmyk)
        page.contents_add(pikepdf.Stream(pdf, b"q /Sh9 sh Q"), prepend=False)
        out = io.BytesIO()
        pdf.save(out)
    with pikepdf.open(io.BytesIO(make_pdfx(out.getvalue()))) as done:
        assert "/GTS_PDFXVersion" in done.docinfo


def test_a_threshold_halftone_stream_is_refused(
    library: CardLibrary, sample_request: CardRequest
) -> None:
    with pikepdf.open(io.BytesIO(render_card(sample_request, library))) as pdf:
        screen = pikepdf.Stream(pdf, b"\x80")
        screen.HalftoneType, screen.Width, screen.Height = 6, 1, 1
        pdf.pages[0].Resources.ExtGState = Dictionary(
            GS9=Dictionary(Type=Name.ExtGState, HT=screen)
        )
        out = io.BytesIO()
        pdf.save(out)
    with pytest.raises(PdfxError, match="halftone"):
        make_pdfx(out.getvalue())
