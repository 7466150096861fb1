"""Everything a card is made from besides the request: catalogue, reporting table, texts."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from cardmaker.core.catalogue import Catalogue, load_catalogue
from cardmaker.core.content import ContentLibrary, load_content
from cardmaker.core.links import registered_domains
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


def load_library(
    content_dir: Path | None = None, printable: Container[int] | None = None
) -> CardLibrary:
    """Load the shipped data, with a user's approved card texts when a folder is given.

    A user's texts are checked like the shipped ones, their web addresses against the EMA's
    and the reporting authorities' domains, and their characters against ``printable``
    (the card font's, from the renderer) when given.
    """
    if content_dir is None:
        return _shipped_library()
    reporting = load_reporting()
    addresses = [s.url for s in reporting.values()]
    addresses += [url for s in reporting.values() for url in s.url_by_language.values()]
    content = load_content(content_dir, printable, registered_domains(addresses))
    return CardLibrary(load_catalogue(), reporting, content)


@cache
def _shipped_library() -> CardLibrary:
    return CardLibrary(load_catalogue(), load_reporting(), load_content())
