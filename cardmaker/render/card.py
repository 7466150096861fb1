"""The single render path: a card request in, print-ready PDF bytes out.

The preview, Save, Print and the batch exporter all use these bytes (or, for sheets,
the same layout and painter), so what staff see is what the patient gets.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFName
from reportlab.pdfgen.canvas import Canvas

from cardmaker.core.cardtext import PatientText, SharedText, patient_text, shared_text
from cardmaker.core.catalogue import Medicine
from cardmaker.core.content import ContentPack
from cardmaker.core.errors import InvalidRequestError, Problem
from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardRequest, QrTarget
from cardmaker.core.reporting import ReportingSystem
from cardmaker.core.validation import clean_request, validate
from cardmaker.render.fonts import REGULAR, printable_codepoints, register_fonts
from cardmaker.render.formats import layout_for
from cardmaker.render.inks import press_ink
from cardmaker.render.layout import SharedLayout
from cardmaker.render.painter import CardPainter, check_values_fit
from cardmaker.render.style import BLEED_MM, MARK_AREA_MM
from cardmaker.render.subsets import content_named_subsets
from cardmaker.render.valuefit import value_problems

PRODUCER = "cardmaker"


@dataclass(frozen=True)
class PreparedCard:
    """A validated request with its text and fitted layout, ready to draw."""

    request: CardRequest
    shared: SharedText
    patient: PatientText
    layout: SharedLayout


def check_request(request: CardRequest, library: CardLibrary) -> list[Problem]:
    """Every problem of a cleaned request: validation, then whether each value fits its line.

    The one check behind the form, ``render`` and the batch (fit by width included).
    """
    register_fonts()
    problems = validate(request, library, printable_codepoints())
    choices_known = not any(p.field in ("language", "country", "card_format") for p in problems)
    if choices_known:
        unprintable = {p.field for p in problems}
        problems += [p for p in value_problems(request) if p.field not in unprintable]
    return problems


def prepare(request: CardRequest, library: CardLibrary) -> PreparedCard:
    """Validate, select the text and fit the layout; raises typed errors, draws nothing."""
    request = clean_request(request)
    problems = check_request(request, library)
    if problems:
        raise InvalidRequestError(problems)
    return _build(request, library)


# What an on-screen preview may leave blank while the field has a problem; a problem with
# anything else (medicine, language, country) leaves nothing to preview.
_BLANKABLE: dict[str, str | None] = {
    "patient_name": "",
    "prescriber": "",
    "prescriber_phone": "",
    "clinic": "",
    "first_injection": None,
    "next_injection": None,
}


def prepare_preview(request: CardRequest, library: CardLibrary) -> tuple[PreparedCard, bool]:
    """The card to show while the form is being filled in, and whether it is complete.

    A complete card is exactly what ``prepare`` gives (and Save writes). Otherwise the fields
    with problems are left blank, as lines to write on, so staff see the card take shape;
    such a card is for the screen only. Raises ``InvalidRequestError`` when the problems are
    not in blankable fields.
    """
    request = clean_request(request)
    problems = check_request(request, library)
    if not problems:
        return _build(request, library), True
    if any(p.field not in _BLANKABLE for p in problems):
        raise InvalidRequestError(problems)
    blanks = {p.field: _BLANKABLE[p.field] for p in problems}
    return _build(replace(request, **blanks), library), False  # type: ignore[arg-type]


def _build(request: CardRequest, library: CardLibrary) -> PreparedCard:
    """Text, layout and patient values of a request whose choices are known to be valid."""
    medicine = library.catalogue.get(request.medicine)
    pack = library.content.get(request.language)
    text = _shared_text(pack, medicine, library.reporting[request.country], request.qr_target)
    # A blank card is written on by hand: its lines get the full writing height.
    layout = layout_for(text, request.card_format, blank=request.blank)
    patient = patient_text(request)
    check_values_fit(layout, patient)
    return PreparedCard(request, text, patient, layout)


# Shared text per (pack, medicine, country system, QR target): the same object for every card
# of a batch, so the layout cache finds it without rebuilding or re-hashing the text.
_SHARED: dict[tuple[int, Medicine, int, QrTarget], tuple[ContentPack, ReportingSystem, SharedText]]
_SHARED = {}
_SHARED_LIMIT = 512


def _shared_text(
    pack: ContentPack, medicine: Medicine, reporting: ReportingSystem, target: QrTarget
) -> SharedText:
    key = (id(pack), medicine, id(reporting), target)
    hit = _SHARED.get(key)
    # Identity check: an id may be reused once a pack or table is gone.
    if hit is not None and hit[0] is pack and hit[1] is reporting:
        return hit[2]
    if len(_SHARED) >= _SHARED_LIMIT:
        _SHARED.clear()
    text = shared_text(pack, medicine, reporting, target)
    _SHARED[key] = (pack, reporting, text)
    return text


def document_title(card: PreparedCard) -> str:
    """A title that names the medicine and language and nothing about the patient."""
    return (
        f"{card.shared.qr_url.rsplit('/', 1)[-1]} patient reminder card ({card.request.language})"
    )


def new_canvas(
    buffer: io.BytesIO, width: float, height: float, language: str, title: str
) -> Canvas:
    """A deterministic canvas: fixed dates and IDs, 100 % print scaling, no patient metadata.

    Every colour is drawn as its press ink (CMYK, see ``inks.press_ink``).
    """
    # The initial font is ours so that no unembedded standard font is ever referenced.
    canvas = Canvas(
        buffer,
        pagesize=(width, height),
        invariant=1,
        pageCompression=1,
        lang=language,
        initialFontName=REGULAR,  # type: ignore[arg-type]  # the stub says float; it is a name
        initialFontSize=8,
        enforceColorSpace=press_ink,
    )
    canvas.setTitle(title)
    canvas.setAuthor(PRODUCER)
    canvas.setCreator(PRODUCER)
    canvas.setProducer(PRODUCER)
    canvas.setSubject("Osteonecrosis of the jaw patient reminder card")
    canvas.setViewerPreference("PrintScaling", PDFName("None"))
    return canvas


def render_prepared(card: PreparedCard) -> bytes:
    """PDF bytes of one card: each page is the trim plus bleed plus marks."""
    style = card.layout.style
    area = MARK_AREA_MM * mm
    bleed = BLEED_MM * mm
    width, height = style.page_w + 2 * area, style.page_h + 2 * area
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, width, height, card.request.language, document_title(card))
    canvas.setTrimBox((area, area, area + style.page_w, area + style.page_h))
    canvas.setBleedBox(
        (area - bleed, area - bleed, area + style.page_w + bleed, area + style.page_h + bleed)
    )
    painter = CardPainter(canvas, card.layout, "card")
    for index in range(len(card.layout.pages)):
        painter.draw_page(index, card.patient, area, area)
        canvas.showPage()
    canvas.save()
    return content_named_subsets(buffer.getvalue())


def render_card(request: CardRequest, library: CardLibrary) -> bytes:
    """Validate and render one card request to PDF bytes."""
    return render_prepared(prepare(request, library))
