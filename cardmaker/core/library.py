"""Everything a card is made from besides the request: catalogue, reporting table, texts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from cardmaker.core.catalogue import Catalogue, load_catalogue
from cardmaker.core.content import ContentLibrary, load_content
from cardmaker.core.reporting import ReportingSystem, load_reporting


@dataclass(frozen=True)
class CardLibrary:
    """The data files, loaded and checked once."""

    catalogue: Catalogue
    reporting: dict[str, ReportingSystem]
    content: ContentLibrary

    def suggested_languages(self, country: str) -> tuple[str, ...]:
        """Card languages used in a country that have text, the usual one first."""
        system = self.reporting.get(country)
        if system is None:
            return ()
        return tuple(lang for lang in system.languages if lang in self.content.packs)


def load_library(content_dir: Path | None = None) -> CardLibrary:
    """Load the shipped data, with a user's approved card texts when a folder is given."""
    if content_dir is None:
        return _shipped_library()
    return CardLibrary(load_catalogue(), load_reporting(), load_content(content_dir))


@cache
def _shipped_library() -> CardLibrary:
    return CardLibrary(load_catalogue(), load_reporting(), load_content())
