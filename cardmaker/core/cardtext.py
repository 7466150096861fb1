"""The card's words for one request: placeholders filled, dates in the card language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date

from cardmaker.core.catalogue import Medicine
from cardmaker.core.content import BABEL_LOCALE, ContentPack
from cardmaker.core.fields import FIELD_BY_KEY, FIELD_ORDER
from cardmaker.core.links import medicine_link
from cardmaker.core.model import CardRequest, QrTarget
from cardmaker.core.reporting import ReportingSystem

# The black triangle of additional monitoring; the body font has no glyph for U+25BC, so
# the renderer sets it in a symbol font of its own.
BLACK_TRIANGLE = "\u25bc"

DATE_STYLE = "long"


@dataclass(frozen=True)
class SharedText:
    """Everything printed that is the same for every patient of one medicine, language, country."""

    language: str
    title: str
    monitoring: str
    purpose: str
    why: str
    risk: str
    risk_long_term: str
    prevent: str
    before_heading: str
    before_tell: str
    before_checkup: str
    before_checkup_items: tuple[str, ...]
    during_heading: str
    during_hygiene: str
    during_dental: str
    during_contact: str
    leaflet: str
    reporting: str
    carry: str
    fields_heading: str
    field_labels: tuple[tuple[str, str], ...]
    qr_caption: str
    qr_url: str
    version_line: str


@dataclass(frozen=True)
class PatientText:
    """The filled-in fields as printed ('' where the card leaves a line to write on)."""

    values: tuple[tuple[str, str], ...]

    def get(self, field: str) -> str:
        """Printed value of one field."""
        return dict(self.values)[field]


@cache
def date_locale(language: str, country: str) -> Locale:
    """The card language as written in the patient's country where CLDR has it (en_IE, de_AT)."""
    base = BABEL_LOCALE.get(language, language)
    try:
        return Locale.parse(f"{base}_{country}")
    except (ValueError, UnknownLocaleError):
        return Locale.parse(base)


def format_card_date(value: date | None, language: str, country: str) -> str:
    """A date in the card language, one style for every card ('15. Januar 2026')."""
    if value is None:
        return ""
    return format_date(value, format=DATE_STYLE, locale=date_locale(language, country))


def shared_text(
    pack: ContentPack,
    medicine: Medicine,
    reporting: ReportingSystem,
    qr_target: QrTarget,
) -> SharedText:
    """Fill the pack's placeholders for one medicine and country."""
    product = medicine.name
    values = {
        "product": product,
        "substance": medicine.substance,
        "authority": reporting.authority_for(pack.language),
        "reporting_url": reporting.url_for(pack.language),
        "version": pack.version,
        "date": pack.date,
    }

    def fill(key: str) -> str:
        return pack.text(key).format(**values)

    title = fill("title")
    if medicine.additional_monitoring:
        title = title.replace(product, f"{product}\u00a0{BLACK_TRIANGLE}", 1)
    return SharedText(
        language=pack.language,
        title=title,
        monitoring=fill("monitoring") if medicine.additional_monitoring else "",
        purpose=fill("purpose"),
        why=fill("why"),
        risk=fill("risk"),
        risk_long_term=fill("risk_long_term"),
        prevent=fill("prevent"),
        before_heading=fill("before_heading"),
        before_tell=fill("before_tell"),
        before_checkup=fill("before_checkup"),
        before_checkup_items=tuple(i.format(**values) for i in pack.items("before_checkup_items")),
        during_heading=fill("during_heading"),
        during_hygiene=fill("during_hygiene"),
        during_dental=fill("during_dental"),
        during_contact=fill("during_contact"),
        leaflet=fill("leaflet"),
        reporting=fill("reporting"),
        carry=fill("carry"),
        fields_heading=fill("fields_heading"),
        field_labels=tuple((f, fill(spec.label_key)) for f, spec in FIELD_BY_KEY.items()),
        qr_caption=fill("qr_caption"),
        qr_url=medicine_link(medicine.epar_slug, qr_target, pack.language),
        version_line=fill("version_line"),
    )


def patient_text(request: CardRequest) -> PatientText:
    """The request's fields as printed on the card."""
    language = request.language
    printed = {
        "patient_name": request.patient_name,
        "prescriber": request.prescriber,
        "prescriber_phone": request.prescriber_phone,
        "clinic": request.clinic,
        "first_injection": format_card_date(request.first_injection, language, request.country),
        "next_injection": format_card_date(
            request.effective_next_injection, language, request.country
        ),
    }
    return PatientText(tuple((f, printed[f]) for f in FIELD_ORDER))
