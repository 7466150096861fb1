"""The medicine, card-language and country lists: typed into and resolved (SearchPicker)."""

from __future__ import annotations

from collections.abc import Mapping

from babel import Locale, UnknownLocaleError
from PySide6.QtWidgets import QWidget

from cardmaker.core.catalogue import Catalogue, Medicine
from cardmaker.core.content import ContentLibrary
from cardmaker.core.reporting import ReportingSystem
from cardmaker.gui.choice_fields import MONITORING_MARK, country_names, sorted_by_text
from cardmaker.gui.search_picker import SearchPicker


def _language_names(ui_language: str) -> Mapping[str, str]:
    """Language names from CLDR in the interface language (empty if Babel lacks it)."""
    try:
        return Locale.parse(ui_language).languages
    except (ValueError, UnknownLocaleError):
        return {}


class MedicinePicker(SearchPicker):
    """Medicines by invented name; typing finds them by name, holder or identifier."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(accessible_name, parent)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Type a name or a company"))

    @staticmethod
    def item_text(medicine: Medicine) -> str:
        """'Kefdensis ▼ – STADA Arzneimittel AG': searchable by name and holder."""
        mark = f" {MONITORING_MARK}" if medicine.additional_monitoring else ""
        return f"{medicine.name}{mark} – {medicine.holder}"

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """List every medicine of the catalogue."""
        tips = {}
        for medicine in catalogue:
            lines = [self.tr("Holder: %1").replace("%1", medicine.holder)]
            if medicine.additional_monitoring:
                lines.append(self.tr("▼ Under additional monitoring"))
            if not medicine.is_authorised:
                lines.append(self.tr("Positive opinion; EU decision not yet confirmed"))
            tips[medicine.key] = "\n".join(lines)
        items = sorted_by_text((self.item_text(m), m.key, (m.name, m.holder)) for m in catalogue)
        self.set_search_items(items, tips)


class LanguagePicker(SearchPicker):
    """Card languages by their own name ('Deutsch'); found also by code or interface name."""

    def set_content(self, content: ContentLibrary, ui_language: str = "en") -> None:
        """List every language that has card text."""
        packs = [content.get(code) for code in content.languages()]
        names = _language_names(ui_language)
        english = _language_names("en")
        items = sorted_by_text(
            (
                pack.name,
                pack.language,
                (names.get(pack.language, ""), english.get(pack.language, "")),
            )
            for pack in packs
        )
        self.set_search_items(items, {pack.language: pack.language for pack in packs})


class CountryPicker(SearchPicker):
    """Countries by name in the interface language; found also by code or own name."""

    def set_countries(
        self,
        reporting: Mapping[str, ReportingSystem],
        ui_language: str,
        own_languages: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        """List every country of the reporting table.

        ``own_languages`` gives each country's usual languages, whose names for the
        country ('Österreich', 'Polska') are search terms too.
        """
        names = country_names(ui_language)
        english = country_names("en")
        items = []
        for code, system in reporting.items():
            extra = [system.country, english.get(code, "")]
            for language in (own_languages or {}).get(code, ()):
                extra.append(country_names(language).get(code, ""))
            items.append((names.get(code, system.country), code, tuple(extra)))
        self.set_search_items(sorted_by_text(items), {})
