"""Checking that card text fits every format with the longest values the form accepts.

Used by ``cardmaker fit-check`` (for a user's approved texts too) and by the fit tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from cardmaker.core.errors import CardmakerError
from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardFormat, CardRequest, QrTarget
from cardmaker.render.card import prepare, render_prepared

# Realistic worst cases, long real names that every folded card must take (issue 10):
# whether a value fits is decided by its width, and the patient details have a fixed
# place, so longer values are refused under their field rather than squeezing the text.
LONG_VALUES = {
    "patient_name": "Maximiliane Wolfgangine von Hohenzollern-Sigmaringen",
    "prescriber": "Prof. Dr. med. Dr. med. dent. Hans-Joachim Müller-Lüdenscheidt",
    "prescriber_phone": "+353 (0)1 234 5678",
    "clinic": "Universitätsklinikum Schleswig-Holstein, Campus Kiel",
}
# September has the longest month name in most languages; 30 -> 30 March.
_WORST_DATE = date(2026, 9, 30)


@dataclass(frozen=True)
class FitResult:
    """One language x format x country combination and what happened."""

    language: str
    card_format: CardFormat
    country: str
    qr_target: QrTarget
    body_size: float
    error: str
    pages: int = 0

    @property
    def fits(self) -> bool:
        """True when the card rendered."""
        return not self.error


def worst_case_requests(library: CardLibrary, language: str) -> Iterator[CardRequest]:
    """The hardest requests for one language: long fields, every country that speaks it."""
    medicine = max(library.catalogue, key=lambda m: (m.additional_monitoring, len(m.name)))
    countries = [c for c, s in library.reporting.items() if language in s.languages] or ["IE"]
    for card_format in CardFormat:
        for country in countries:
            for target in QrTarget:
                yield CardRequest(
                    medicine=medicine.key,
                    language=language,
                    country=country,
                    card_format=card_format,
                    qr_target=target,
                    first_injection=_WORST_DATE,
                    patient_name=LONG_VALUES["patient_name"],
                    prescriber=LONG_VALUES["prescriber"],
                    prescriber_phone=LONG_VALUES["prescriber_phone"],
                    clinic=LONG_VALUES["clinic"],
                )


def check_language(library: CardLibrary, language: str) -> list[FitResult]:
    """Render every worst case of a language; report the body size or the error."""
    results = []
    for request in worst_case_requests(library, language):
        try:
            card = prepare(request, library)
            render_prepared(card)
            size, error, pages = card.layout.body_size, "", len(card.layout.pages)
        except CardmakerError as exc:
            size, error, pages = 0.0, str(exc), 0
        results.append(
            FitResult(
                language,
                request.card_format,
                request.country,
                request.qr_target,
                size,
                error,
                pages,
            )
        )
    return results
