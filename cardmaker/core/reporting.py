"""National side-effect reporting systems by country, read from assets/reporting.toml."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cardmaker.core.errors import DataFileError, Problem
from cardmaker.core.resources import asset_path
from cardmaker.core.tomlfile import read_toml, require_str


@dataclass(frozen=True)
class ReportingSystem:
    """Where a patient in one country reports side effects."""

    country_code: str
    country: str
    languages: tuple[str, ...]
    authority: str
    url: str
    authority_by_language: dict[str, str] = field(default_factory=dict)
    url_by_language: dict[str, str] = field(default_factory=dict)

    def authority_for(self, language: str) -> str:
        """The authority's name in the card language where the table has it."""
        return self.authority_by_language.get(language, self.authority)

    def url_for(self, language: str) -> str:
        """The reporting address for the card language."""
        return self.url_by_language.get(language, self.url)


def load_reporting(path: Path | None = None) -> dict[str, ReportingSystem]:
    """Country code -> reporting system; problems reported by key."""
    path = path or asset_path("reporting.toml")
    data = read_toml(path)
    problems: list[Problem] = []
    systems: dict[str, ReportingSystem] = {}
    for code, entry in data.items():
        if len(code) != 2 or not code.isupper() or not isinstance(entry, dict):
            problems.append(Problem(code, "expected a two-letter upper-case country table"))
            continue
        languages = entry.get("languages")
        if not isinstance(languages, list) or not languages:
            problems.append(Problem(f"{code}.languages", "must be a non-empty list"))
            languages = []
        systems[code] = ReportingSystem(
            country_code=code,
            country=require_str(entry, "country", code, problems),
            languages=tuple(str(x) for x in languages),
            authority=require_str(entry, "authority", code, problems),
            url=require_str(entry, "url", code, problems),
            authority_by_language=dict(entry.get("authority_by_language", {})),
            url_by_language=dict(entry.get("url_by_language", {})),
        )
    if problems:
        raise DataFileError(str(path), problems)
    return systems
