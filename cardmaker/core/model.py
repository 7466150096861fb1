"""The card request: everything that decides one printed card, as an immutable value."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from cardmaker.core.dates import default_next_injection

# The field table lives in core.fields; these names stay importable from the model.
from cardmaker.core.fields import FIELD_MAX_LENGTH, TEXT_FIELDS

__all__ = [
    "BLANK_CARD_EMPTY_FIELDS",
    "DEFAULT_CARD_FORMAT",
    "FIELD_MAX_LENGTH",
    "TEXT_FIELDS",
    "CardFormat",
    "CardRequest",
    "QrTarget",
]


class CardFormat(StrEnum):
    """Physical card formats the renderer can lay out."""

    ID1_TRIFOLD = "id1-trifold"
    ID1_BIFOLD = "id1-bifold"
    A6_LARGE = "a6-large"


# New cards are three-panel wallet cards: the only ID-1 card whose text is 8 pt or more in
# every language (the two-panel card needs 6.5-7 pt; large print is for poor sight).
DEFAULT_CARD_FORMAT = CardFormat.ID1_TRIFOLD


class QrTarget(StrEnum):
    """What the QR code links to: both are public EMA pages."""

    EPAR = "epar"
    PRODUCT_INFORMATION = "product-information"


# What a blank card leaves empty, to be written by hand: everything about the patient and
# their treatment. Only the clinic or pharmacy may be printed on it.
BLANK_CARD_EMPTY_FIELDS: tuple[str, ...] = (
    "patient_name",
    "prescriber",
    "prescriber_phone",
    "first_injection",
    "next_injection",
)


@dataclass(frozen=True)
class CardRequest:
    """One card: which medicine, in which language and format, for whom.

    ``next_injection`` left as ``None`` means "first injection + 6 months". A ``blank`` card
    is for writing on by hand: validation refuses it any patient data
    (``BLANK_CARD_EMPTY_FIELDS``), so it can be printed in stacks or by a print shop.
    """

    medicine: str
    language: str
    country: str
    patient_name: str
    card_format: CardFormat = DEFAULT_CARD_FORMAT
    prescriber: str = ""
    prescriber_phone: str = ""
    clinic: str = ""
    first_injection: date | None = None
    next_injection: date | None = None
    qr_target: QrTarget = QrTarget.EPAR
    blank: bool = False

    @property
    def effective_next_injection(self) -> date | None:
        """The next injection date printed on the card."""
        if self.next_injection is not None:
            return self.next_injection
        if self.first_injection is not None:
            return default_next_injection(self.first_injection)
        return None

    @property
    def next_injection_is_automatic(self) -> bool:
        """True when the next date is derived from the first one."""
        return self.next_injection is None and self.first_injection is not None
