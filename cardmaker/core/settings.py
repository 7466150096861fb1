"""The program's settings: clinic defaults, files and printer offsets, in one TOML file.

One schema (``Settings``) and one accessor (``SettingsStore``) whose path can be injected,
so tests and the ``--settings`` option point it elsewhere. The schema has no patient field:
nothing that identifies a patient can be written here.
"""

from __future__ import annotations

import math
import os
import sys
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from cardmaker.core.errors import Problem
from cardmaker.core.files import atomic_write
from cardmaker.core.model import DEFAULT_CARD_FORMAT, CardFormat, CardRequest, QrTarget

SETTINGS_ENV = "CARDMAKER_SETTINGS"
FILE_NAME = "settings.toml"
DEFAULT_FILE_NAME_PATTERN = "onj-card-{medicine}-{language}-{date}"
# Placeholders a file-name pattern may use; {patient} only expands when the user allows it.
FILE_NAME_PLACEHOLDERS = ("medicine", "language", "country", "format", "date", "patient")
MAX_PRINTER_OFFSET_MM = 20.0


@dataclass(frozen=True)
class Settings:
    """Clinic defaults and preferences. Deliberately holds no patient field."""

    # [clinic] the values a new card starts with
    prescriber: str = ""
    prescriber_phone: str = ""
    clinic: str = ""
    medicine: str = "kefdensis"
    language: str = "en"
    country: str = "IE"
    card_format: CardFormat = DEFAULT_CARD_FORMAT
    qr_target: QrTarget = QrTarget.EPAR
    # Folder of nationally approved card texts ('' = the shipped texts).
    content_dir: str = ""
    # [files]
    output_folder: str = ""
    file_name_pattern: str = DEFAULT_FILE_NAME_PATTERN
    patient_name_in_file_name: bool = False
    # Save cards as PDF/X-1a for a print shop (CMYK with the FOGRA39 output intent).
    pdfx: bool = False
    # [printing] shift of everything printed, to correct a printer's misalignment
    printer_offset_x_mm: float = 0.0
    printer_offset_y_mm: float = 0.0
    # [interface] '' follows the system language
    ui_language: str = ""

    def card_defaults(self) -> CardRequest:
        """A new card: the clinic defaults and an empty patient."""
        return CardRequest(
            medicine=self.medicine,
            language=self.language,
            country=self.country,
            patient_name="",
            card_format=self.card_format,
            prescriber=self.prescriber,
            prescriber_phone=self.prescriber_phone,
            clinic=self.clinic,
            qr_target=self.qr_target,
        )

    def with_clinic_defaults_from(self, request: CardRequest) -> Settings:
        """These settings with the clinic values (never the patient's) taken from a card."""
        return replace(
            self,
            prescriber=request.prescriber,
            prescriber_phone=request.prescriber_phone,
            clinic=request.clinic,
            medicine=request.medicine,
            language=request.language,
            country=request.country,
            card_format=request.card_format,
            qr_target=request.qr_target,
        )


# Which table of the file each setting is written in.
SECTIONS: dict[str, tuple[str, ...]] = {
    "clinic": (
        "prescriber",
        "prescriber_phone",
        "clinic",
        "medicine",
        "language",
        "country",
        "card_format",
        "qr_target",
        "content_dir",
    ),
    "files": ("output_folder", "file_name_pattern", "patient_name_in_file_name", "pdfx"),
    "printing": ("printer_offset_x_mm", "printer_offset_y_mm"),
    "interface": ("ui_language",),
}
_DEFAULTS = Settings()


def default_settings_path() -> Path:
    """``$CARDMAKER_SETTINGS`` if set, else the platform's per-user configuration folder."""
    override = os.environ.get(SETTINGS_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "cardmaker" / FILE_NAME


class SettingsStore:
    """Reads and writes ``Settings`` at one path (the only place settings are accessed)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_settings_path()
        # What was wrong with the file at the last load; bad values fall back to defaults.
        self.problems: list[Problem] = []

    def load(self) -> Settings:
        """The stored settings; defaults for anything missing or malformed."""
        self.problems = []
        try:
            with self.path.open("rb") as handle:
                data = tomllib.load(handle)
        except FileNotFoundError:
            return Settings()
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            self.problems.append(Problem("file", str(exc)))
            return Settings()
        values: dict[str, Any] = {}
        for section, names in SECTIONS.items():
            table = data.get(section, {})
            if not isinstance(table, dict):
                self.problems.append(Problem(section, "must be a table"))
                continue
            for name in names:
                if name in table:
                    value = _coerce(name, table[name])
                    if value is None:
                        self.problems.append(Problem(f"{section}.{name}", "has the wrong type"))
                    else:
                        values[name] = value
        return Settings(**values)

    def save(self, settings: Settings) -> None:
        """Write every setting atomically, creating the folder when needed."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, dumps(settings).encode("utf-8"))


def _coerce(name: str, value: object) -> object | None:
    """The value in the schema's type, or None when it cannot be one."""
    default = getattr(_DEFAULTS, name)
    try:
        if isinstance(default, CardFormat):
            return CardFormat(str(value))
        if isinstance(default, QrTarget):
            return QrTarget(str(value))
    except ValueError:
        return None
    if isinstance(default, bool):
        return value if isinstance(value, bool) else None
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        number = float(value)
        if not math.isfinite(number):
            return None
        return max(-MAX_PRINTER_OFFSET_MM, min(MAX_PRINTER_OFFSET_MM, number))
    return value if isinstance(value, str) else None


def dumps(settings: Settings) -> str:
    """The settings as TOML text, one table per section."""
    known = {f.name for f in fields(Settings)}
    lines = ["# cardmaker settings: clinic defaults only, never patient details."]
    for section, names in SECTIONS.items():
        lines.append(f"\n[{section}]")
        for name in names:
            assert name in known
            lines.append(f"{name} = {_toml_value(getattr(settings, name))}")
    return "\n".join(lines) + "\n"


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    text = str(value)
    escaped = []
    for char in text:
        if char in ('"', "\\"):
            escaped.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04X}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'
