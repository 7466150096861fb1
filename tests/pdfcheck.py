"""Reading PDFs back the way a user would: text, boxes, fonts, pixels and the QR code."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

import pypdf
import pypdfium2
import zxingcpp
from PIL import Image

MM = 72 / 25.4


def reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in reader(data).pages]


def squeeze(text: str) -> str:
    """Text without any whitespace, for comparing wrapped lines with their source."""
    return re.sub(r"\s+", "", text.replace("**", "").replace("\u25bc", ""))


def all_text(data: bytes) -> str:
    return "\n".join(page_texts(data))


@dataclass(frozen=True)
class Sized:
    text: str
    size: float


def sized_text(data: bytes) -> list[Sized]:
    """Every text fragment with its effective font size in points."""
    found: list[Sized] = []

    for page in reader(data).pages:

        def visit(text: str, cm: Any, tm: Any, font_dict: Any, font_size: float) -> None:
            if text.strip():
                scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
                found.append(Sized(text, font_size * scale))

        page.extract_text(visitor_text=visit)
    return found


def boxes_mm(data: bytes, page_index: int = 0) -> dict[str, tuple[float, float, float, float]]:
    page = reader(data).pages[page_index]
    result = {}
    for name in ("mediabox", "trimbox", "bleedbox"):
        box = getattr(page, name)
        result[name] = tuple(float(v) / MM for v in (box.left, box.bottom, box.right, box.top))
    return result  # type: ignore[return-value]


def embedded_fonts(data: bytes) -> dict[str, bool]:
    """Font name -> whether a font file is embedded, over every page and form."""
    fonts: dict[str, bool] = {}

    def walk(resources: Any) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts[str(font.get("/BaseFont"))] = embedded
        for xobject in (resources.get("/XObject") or {}).values():
            walk(xobject.get_object().get("/Resources"))

    for page in reader(data).pages:
        walk(page.get("/Resources"))
    return fonts


def rasterise(data: bytes, dpi: int) -> list[Image.Image]:
    document = pypdfium2.PdfDocument(data)
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("L") for page in document]
    finally:
        document.close()


def decode_qr(image: Image.Image) -> list[str]:
    return [
        result.text
        for result in zxingcpp.read_barcodes(image)
        if result.format == zxingcpp.BarcodeFormat.QRCode
    ]
