"""The medicine catalogue: every EU denosumab 60 mg medicine, read from assets/medicines.toml."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cardmaker.core.errors import DataFileError, Problem, UnknownMedicineError
from cardmaker.core.resources import asset_path
from cardmaker.core.tomlfile import read_toml, require_str

STATUSES = ("authorised", "positive-opinion")


@dataclass(frozen=True)
class Medicine:
    """One medicine as the card names it."""

    key: str
    name: str
    substance: str
    strength: str
    holder: str
    epar_slug: str
    additional_monitoring: bool
    template: str
    status: str
    source: str

    @property
    def is_authorised(self) -> bool:
        """False while only a positive opinion is known."""
        return self.status == "authorised"


@dataclass(frozen=True)
class Catalogue:
    """Medicines by key, in file order."""

    medicines: tuple[Medicine, ...]

    def __iter__(self) -> Iterator[Medicine]:
        return iter(self.medicines)

    def keys(self) -> list[str]:
        """Identifiers accepted on the command line."""
        return [m.key for m in self.medicines]

    def get(self, key: str) -> Medicine:
        """The medicine for an identifier or invented name, case-insensitively."""
        wanted = key.strip().casefold()
        for medicine in self.medicines:
            if wanted in (medicine.key.casefold(), medicine.name.casefold()):
                return medicine
        raise UnknownMedicineError(key, self.keys())


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Read and check the catalogue; every problem is reported by key."""
    path = path or asset_path("medicines.toml")
    data = read_toml(path)
    problems: list[Problem] = []
    medicines: list[Medicine] = []
    for key, entry in data.items():
        if not isinstance(entry, dict):
            problems.append(Problem(key, "must be a table"))
            continue
        fields = {
            name: require_str(entry, name, key, problems)
            for name in ("name", "substance", "strength", "holder", "epar_slug", "template")
        }
        status = entry.get("status", "authorised")
        if status not in STATUSES:
            problems.append(Problem(f"{key}.status", f"must be one of {', '.join(STATUSES)}"))
        monitoring = entry.get("additional_monitoring")
        if not isinstance(monitoring, bool):
            problems.append(Problem(f"{key}.additional_monitoring", "must be true or false"))
        slug = fields["epar_slug"]
        if slug and not all(c.islower() or c.isdigit() or c == "-" for c in slug):
            problems.append(Problem(f"{key}.epar_slug", "only lower-case letters, digits and '-'"))
        medicines.append(
            Medicine(
                key=key,
                additional_monitoring=bool(monitoring),
                status=str(status),
                source=str(entry.get("source", "")),
                **fields,
            )
        )
    if problems:
        raise DataFileError(str(path), problems)
    return Catalogue(tuple(medicines))
