"""Plain-text listings of what the program knows: medicines and card languages."""

from __future__ import annotations

from collections.abc import Sequence

from cardmaker.core.content import TEXT_KEYS
from cardmaker.core.library import CardLibrary
from cardmaker.core.provenance import (
    check_points,
    read_points,
    reference_documents,
    reference_sources,
)


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


def print_language_details(library: CardLibrary, code: str) -> None:
    """Every text key of one language: its text, the source it renders, its marked points."""
    pack = library.content.get(code)
    sources = reference_sources()
    points, _ = read_points(pack)
    print(f"{code}  {pack.name}  {pack.status}  {pack.version} ({pack.date})  {pack.origin}")
    for key in TEXT_KEYS:
        value = pack.texts.get(key)
        if value is None:
            continue
        print(f"\n{key}")
        for line in value if isinstance(value, tuple) else (value,):
            print(f"  text:   {line}")
        print(f"  source: {sources.get(key, '(no source recorded)')}")
        for point in (p for p in points.values() if p.key == key):
            words = " | ".join(point.words)
            print(f"  point:  {point.name}: {words}")
    problems = check_points(pack)
    print("\ncontent points:", "all marked and found" if not problems else "PROBLEMS")
    for problem in problems:
        print(f"  {problem}")
    print("\ndocuments:")
    for label, document in reference_documents().items():
        print(f"  [{label}] {document}")


def _print_table(rows: Sequence[tuple[str, ...]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
