"""The card options, defined once: medicine, card language, country, format and QR target.

``render``, ``batch`` (its options and its cells) and the desktop accept the same
spellings: a medicine by key or name, a language by code or name, a country by code or
name, a format by name or alias, in any letter case. Each is checked before any work,
with a message that names the option and what it accepts.
"""

from __future__ import annotations

from dataclasses import dataclass

from cardmaker.core.errors import CardmakerError, UnknownMedicineError
from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardFormat, QrTarget

# The options of the command line, by request attribute (the desktop has a widget for each).
CARD_OPTIONS: dict[str, str] = {
    "medicine": "--medicine",
    "language": "--lang",
    "country": "--country",
    "card_format": "--format",
    "qr_target": "--qr-target",
}

# Every option that fills a blank cell of a batch, by request attribute.
OPTION_OF_FIELD: dict[str, str] = {
    **CARD_OPTIONS,
    "prescriber": "--prescriber",
    "prescriber_phone": "--prescriber-phone",
    "clinic": "--clinic",
}
# Choices a card cannot be made without: from a column of the list or from an option.
REQUIRED_CHOICES: tuple[str, ...] = ("medicine", "language", "country")

FORMAT_ALIASES: dict[str, CardFormat] = {
    # Every format by its own name (the error for an unknown one lists these), then synonyms.
    **{card_format.value: card_format for card_format in CardFormat},
    "trifold": CardFormat.ID1_TRIFOLD,
    "id1-bifold": CardFormat.ID1_BIFOLD,
    "id1": CardFormat.ID1_BIFOLD,
    "id-1": CardFormat.ID1_BIFOLD,
    "card": CardFormat.ID1_BIFOLD,
    "a6-large": CardFormat.A6_LARGE,
    "a6": CardFormat.A6_LARGE,
    "large": CardFormat.A6_LARGE,
    "large print": CardFormat.A6_LARGE,
}
QR_TARGET_ALIASES: dict[str, QrTarget] = {
    "epar": QrTarget.EPAR,
    "product-information": QrTarget.PRODUCT_INFORMATION,
    "product information": QrTarget.PRODUCT_INFORMATION,
    "pi": QrTarget.PRODUCT_INFORMATION,
}


class CardOptionError(CardmakerError):
    """A card option with a value the program does not know; names the option."""

    def __init__(self, field: str, value: str, known: list[str]) -> None:
        self.field = field
        self.option = CARD_OPTIONS[field]
        self.value = value
        self.known = tuple(known)
        self.code = f"unknown_{field}"
        super().__init__(field, value, known)

    def __str__(self) -> str:
        return f"{self.option} {self.value!r} is not known; use one of: {', '.join(self.known)}"


class MissingChoiceError(CardmakerError):
    """The list has no column for a choice every card needs, and no option gives it."""

    def __init__(self, field: str) -> None:
        self.field = field
        self.option = CARD_OPTIONS[field]
        self.code = "missing_choice"
        super().__init__(field)

    def __str__(self) -> str:
        what = {"medicine": "medicine", "language": "card language", "country": "country"}
        return (
            f"the list has no {what.get(self.field, self.field)} column and {self.option} was "
            f"not given; give {self.option} (a column in the list wins where it has a value)"
        )


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def resolve_medicine(text: str, library: CardLibrary) -> str:
    """The catalogue key of a medicine given by key or name."""
    try:
        return library.catalogue.get(text).key
    except UnknownMedicineError:
        raise CardOptionError("medicine", text, [m.key for m in library.catalogue]) from None


def resolve_language(text: str, library: CardLibrary) -> str:
    """A card language code given by code ('DE', 'de') or by the pack's name ('Deutsch')."""
    wanted = _key(text)
    for code, pack in library.content.packs.items():
        if wanted in (code.casefold(), _key(pack.name)):
            return code
    raise CardOptionError("language", text, library.content.languages())


def resolve_country(text: str, library: CardLibrary) -> str:
    """A country code given by code ('ie', 'IE') or by its English name ('Ireland')."""
    wanted = _key(text)
    for code, system in library.reporting.items():
        if wanted in (code.casefold(), _key(system.country)):
            return code
    raise CardOptionError("country", text, sorted(library.reporting))


def resolve_format(text: str) -> CardFormat:
    """A card format given by name or alias ('id1', 'A6', 'large print')."""
    found = FORMAT_ALIASES.get(_key(text))
    if found is None:
        raise CardOptionError("card_format", text, [f.value for f in CardFormat])
    return found


def cell_choice(field: str, text: str, library: CardLibrary) -> str:
    """A list cell's medicine, language or country by the options' spellings.

    An unknown value is returned as written, for validation to name with its column.
    """
    resolvers = {
        "medicine": resolve_medicine,
        "language": resolve_language,
        "country": resolve_country,
    }
    try:
        return resolvers[field](text, library)
    except CardOptionError:
        return text


def resolve_qr_target(text: str) -> QrTarget:
    """What the QR code links to: 'epar' or 'product-information'."""
    found = QR_TARGET_ALIASES.get(_key(text))
    if found is None:
        raise CardOptionError("qr_target", text, [t.value for t in QrTarget])
    return found


@dataclass(frozen=True)
class CardChoices:
    """The card options of one command, checked; ``None`` where the option was not given."""

    medicine: str | None = None
    language: str | None = None
    country: str | None = None
    card_format: CardFormat | None = None
    qr_target: QrTarget | None = None

    def given(self) -> dict[str, object]:
        """The options that were given, by request attribute."""
        return {name: value for name, value in vars(self).items() if value is not None}


def resolve_choices(
    library: CardLibrary,
    medicine: str | None = None,
    language: str | None = None,
    country: str | None = None,
    card_format: str | None = None,
    qr_target: str | None = None,
) -> CardChoices:
    """Check every given option at once; raises ``CardOptionError`` for the first unknown."""
    return CardChoices(
        medicine=resolve_medicine(medicine, library) if medicine is not None else None,
        language=resolve_language(language, library) if language is not None else None,
        country=resolve_country(country, library) if country is not None else None,
        card_format=resolve_format(card_format) if card_format is not None else None,
        qr_target=resolve_qr_target(qr_target) if qr_target is not None else None,
    )
