"""PDF/X-1a:2003 for print shops: a card file made into the exchange format they accept.

Why X-1a and not X-4: the card is vector art in CMYK (``inks.py``) with embedded fonts and
no transparency, images or layers, which is exactly what X-1a holds; X-1a is the oldest and
most widely accepted PDF/X, taken by every RIP and preflight profile, while X-4's additions
(transparency, ICC-based colour, optional content) would go unused here. The output intent
still embeds the ICC profile, so the file says precisely which printing condition its CMYK
numbers are meant for.

The renderer already draws in CMYK; this post-process (pikepdf) checks what X-1a forbids
(non-process colour in content, forms, images and shadings; transparency; transfer
functions and odd halftones; actions and JavaScript; annotations other than links, which
are dropped; fonts not embedded; encryption) and refuses a file that breaks a rule rather
than writing a false claim, makes solid black overprint (``overprint.py``), then adds what
X-1a asks for: the output intent (FOGRA39, with the profile in ``assets/icc``), the
version keys in the info dictionary and XMP, ``Trapped``, a TrimBox and BleedBox on every
page and a PDF 1.4 header.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from functools import cache

import pikepdf
from pikepdf import Array, Dictionary, Name, Pdf, String

from cardmaker.core.errors import CardmakerError
from cardmaker.core.resources import asset_path
from cardmaker.render.overprint import overprint_black

PDFX_VERSION = "PDF/X-1:2003"
PDFX_CONFORMANCE = "PDF/X-1a:2003"
PDF_VERSION = "1.4"  # the highest X-1a:2003 allows
OUTPUT_CONDITION_IDENTIFIER = "FOGRA39"
OUTPUT_CONDITION = "Coated FOGRA39 (ISO 12647-2:2004)"
REGISTRY_NAME = "http://www.color.org"
PROFILE_FILE = "cardmaker-FOGRA39.icc"
PROFILE_INFO = "cardmaker FOGRA39 (built from Fogra's FOGRA39L characterization data)"
XMP_PDFX = "http://ns.adobe.com/pdfx/1.3/"

# Colour spaces X-1a allows for drawing (separations are checked one by one).
_DEVICE_SPACES = {"/DeviceCMYK", "/DeviceGray"}
_RGB_OPERATORS = {"rg", "RG"}
_XMP_INFO_KEYS = (
    "/Title",
    "/Author",
    "/Subject",
    "/Keywords",
    "/Creator",
    "/Producer",
    "/CreationDate",
    "/ModDate",
)
_SPACE_OPERATORS = {"cs", "CS"}


class PdfxError(CardmakerError):
    """The file breaks a PDF/X-1a rule, so it is not written as PDF/X."""

    def __init__(self, rule: str, where: str) -> None:
        self.rule = rule
        self.where = where
        super().__init__(f"not PDF/X-1a: {rule} ({where})")


@cache
def output_profile() -> bytes:
    """The ICC profile of the output intent (CMYK, device class 'prtr')."""
    return asset_path("icc", PROFILE_FILE).read_bytes()


def make_pdfx(pdf: bytes) -> bytes:
    """The same card as PDF/X-1a:2003; raises ``PdfxError`` naming a rule it would break."""
    with Pdf.open(io.BytesIO(pdf)) as doc:
        if doc.is_encrypted:
            raise PdfxError("encryption is not allowed", "document")
        _check_actions(doc.Root, "document")
        for number, page in enumerate(doc.pages, start=1):
            where = f"page {number}"
            if "/Group" in page.obj:
                raise PdfxError("transparency group", where)
            _check_actions(page.obj, where)
            _check_content(page.obj, where)
            _drop_links(page.obj, where)
            _set_boxes(page.obj, where)
        _check_fonts(doc)
        overprint_black(doc)
        _drop_later_keys(doc)
        _add_output_intent(doc)
        _set_metadata(doc)
        out = io.BytesIO()
        doc.save(
            out,
            force_version=PDF_VERSION,
            deterministic_id=True,
            object_stream_mode=pikepdf.ObjectStreamMode.disable,
            fix_metadata_version=False,
        )
    return out.getvalue()


def _resources(holder: pikepdf.Object) -> pikepdf.Object:
    resources = holder.get("/Resources")
    return resources if resources is not None else Dictionary()


def _check_content(holder: pikepdf.Object, where: str) -> None:
    """Colours, transparency and images of a page or form, and of the forms it draws."""
    resources = _resources(holder)
    spaces = resources.get("/ColorSpace", Dictionary())
    for instruction in pikepdf.parse_content_stream(holder):
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            raise PdfxError("inline image", where)
        name = str(instruction.operator)
        if name in _RGB_OPERATORS:
            raise PdfxError("RGB colour", where)
        if name in _SPACE_OPERATORS:
            _check_space(str(instruction.operands[0]), spaces, where)
    for key, shading in resources.get("/Shading", Dictionary()).items():
        # Drawn with 'sh'; a shading's colours must be process inks like everything else.
        if str(shading.get("/ColorSpace")) not in _DEVICE_SPACES:
            raise PdfxError("shading not in CMYK or grey", f"{where}, {key}")
    for key, state in resources.get("/ExtGState", Dictionary()).items():
        _check_state(state, f"{where}, graphics state {key}")
    for key, xobject in resources.get("/XObject", Dictionary()).items():
        inner = f"{where}, {key}"
        if xobject.get("/Subtype") == Name.Image:
            space = xobject.get("/ColorSpace")
            if space is None or str(space) not in _DEVICE_SPACES:
                raise PdfxError("image not in CMYK or grey", inner)
            if "/SMask" in xobject:
                raise PdfxError("transparency (soft mask)", inner)
        elif xobject.get("/Subtype") == Name.Form:
            if "/Group" in xobject:
                raise PdfxError("transparency group", inner)
            _check_content(xobject, inner)


def _check_space(name: str, spaces: pikepdf.Object, where: str) -> None:
    if name in _DEVICE_SPACES:
        return
    space = spaces.get(name)
    if (
        isinstance(space, Array)
        and len(space) == 4
        and space[0] == Name.Separation
        and str(space[2]) == "/DeviceCMYK"
    ):
        return
    raise PdfxError(f"colour space {name} is neither CMYK, grey nor a CMYK separation", where)


def _check_state(state: pikepdf.Object, where: str) -> None:
    for key in ("/CA", "/ca"):
        if key in state and float(state[key]) != 1.0:
            raise PdfxError("transparency (alpha below 1)", where)
    if "/SMask" in state and state["/SMask"] != Name("/None"):
        raise PdfxError("transparency (soft mask)", where)
    if "/BM" in state and str(state["/BM"]) not in ("/Normal", "/Compatible"):
        raise PdfxError("transparency (blend mode)", where)
    if "/TR" in state or "/TR2" in state:
        raise PdfxError("transfer function", where)
    halftone = state.get("/HT")
    # /Default is a name; a halftone dictionary or stream says its type (types 6, 10 and
    # 16 are threshold arrays, which X-1a does not allow).
    if (
        halftone is not None
        and not isinstance(halftone, Name)
        and (halftone.get("/HalftoneType") not in (1, 5))
    ):
        raise PdfxError("halftone of a type other than 1 or 5", where)


def _check_actions(holder: pikepdf.Object, where: str) -> None:
    """No actions or JavaScript: a press file does nothing when opened or viewed."""
    for key in ("/OpenAction", "/AA"):
        if key in holder:
            raise PdfxError(f"action ({key[1:]})", where)
    names = holder.get("/Names")
    if names is not None and "/JavaScript" in names:
        raise PdfxError("JavaScript", where)


def _drop_links(page: pikepdf.Object, where: str) -> None:
    """Links are for screens: X-1a allows no annotation inside the bleed, so they go."""
    annotations = page.get("/Annots")
    if annotations is None:
        return
    others = [a for a in annotations if a.get("/Subtype") != Name.Link]
    if others:
        raise PdfxError(f"annotation {others[0].get('/Subtype')} inside the page", where)
    del page["/Annots"]


def _box(page: pikepdf.Object, key: str) -> tuple[float, ...] | None:
    box = page.get(key)
    return None if box is None else tuple(float(v) for v in box)


def _set_boxes(page: pikepdf.Object, where: str) -> None:
    """A TrimBox and a BleedBox on every page, nested in the MediaBox.

    A card page has them from the renderer. A sheet of imposed cards is itself the finished
    product of the press (the cutting follows its crop marks), so its trim is the sheet.
    """
    media = _box(page, "/MediaBox")
    if media is None:
        raise PdfxError("page without a MediaBox", where)
    trim = _box(page, "/TrimBox") or media
    bleed = _box(page, "/BleedBox") or trim
    if "/ArtBox" in page:
        del page["/ArtBox"]  # X-1a: a TrimBox or an ArtBox, not both

    def inside(inner: tuple[float, ...], outer: tuple[float, ...]) -> bool:
        slack = 0.01
        return (
            inner[0] >= outer[0] - slack
            and inner[1] >= outer[1] - slack
            and inner[2] <= outer[2] + slack
            and inner[3] <= outer[3] + slack
        )

    if not (inside(trim, bleed) and inside(bleed, media)):
        raise PdfxError("page boxes are not nested (trim in bleed in media)", where)
    page["/TrimBox"] = Array(trim)
    page["/BleedBox"] = Array(bleed)


def _fonts(doc: Pdf) -> Iterator[tuple[str, pikepdf.Object]]:
    for obj in doc.objects:
        if isinstance(obj, Dictionary) and obj.get("/Type") == Name.Font:
            yield str(obj.get("/BaseFont", "?")), obj


def _check_fonts(doc: Pdf) -> None:
    for name, font in _fonts(doc):
        descriptor = font.get("/FontDescriptor")
        if descriptor is None or not any(
            key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
        ):
            raise PdfxError("font not embedded", name)


def _drop_later_keys(doc: Pdf) -> None:
    """Keys newer than PDF 1.4: PrintScaling (1.6) is for office printing, not for a press."""
    preferences = doc.Root.get("/ViewerPreferences")
    if preferences is not None and "/PrintScaling" in preferences:
        del preferences["/PrintScaling"]


def _add_output_intent(doc: Pdf) -> None:
    profile = pikepdf.Stream(doc, output_profile())
    profile["/N"] = 4
    intent = Dictionary(
        Type=Name.OutputIntent,
        S=Name.GTS_PDFX,
        OutputConditionIdentifier=String(OUTPUT_CONDITION_IDENTIFIER),
        OutputCondition=String(OUTPUT_CONDITION),
        RegistryName=String(REGISTRY_NAME),
        Info=String(PROFILE_INFO),
        DestOutputProfile=doc.make_indirect(profile),
    )
    doc.Root.OutputIntents = Array([doc.make_indirect(intent)])


def _set_metadata(doc: Pdf) -> None:
    """Version keys and Trapped in the info dictionary and, the same, in XMP."""
    info = doc.docinfo
    for key in ("/Title", "/CreationDate", "/ModDate"):
        if key not in info:
            raise PdfxError(f"the info dictionary has no {key[1:]}", "document")
    info["/GTS_PDFXVersion"] = String(PDFX_VERSION)
    info["/GTS_PDFXConformance"] = String(PDFX_CONFORMANCE)
    # The file is not trapped; saying so lets the print shop trap it if it wants to.
    info["/Trapped"] = Name("/False")
    # Only the keys XMP has a property for; the PDF/X ones are added by name below.
    common = {k: info[k] for k in _XMP_INFO_KEYS if k in info}
    with doc.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        meta.load_from_docinfo(common)
        meta["pdf:Trapped"] = "False"
        meta.register_xml_namespace(XMP_PDFX, "pdfx")
        meta[f"{{{XMP_PDFX}}}GTS_PDFXVersion"] = PDFX_VERSION
        meta[f"{{{XMP_PDFX}}}GTS_PDFXConformance"] = PDFX_CONFORMANCE
