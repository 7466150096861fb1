"""Plain-text listings of what the program knows: medicines and card languages."""

from __future__ import annotations

from collections.abc import Sequence

from cardmaker.core.library import CardLibrary


def print_medicines(library: CardLibrary) -> None:
    """One medicine a line: key, name, substance and strength, holder, flags."""
    rows = [("KEY", "NAME", "SUBSTANCE", "HOLDER", "STATUS")]
    for m in library.catalogue:
        name = f"{m.name} \u25bc" if m.additional_monitoring else m.name
        rows.append((m.key, name, f"{m.substance} {m.strength}", m.holder, m.status))
    _print_table(rows)
    print("\u25bc = under additional monitoring")


def print_languages(library: CardLibrary) -> None:
    """One card language a line: code, its own name, status, version and where it comes from."""
    rows = [("CODE", "LANGUAGE", "STATUS", "VERSION", "SOURCE")]
    for code in library.content.languages():
        pack = library.content.get(code)
        rows.append(
            (code, pack.name, pack.status, f"{pack.version} ({pack.date})", str(pack.origin))
        )
    _print_table(rows)


def _print_table(rows: Sequence[tuple[str, ...]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
