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
from datetime import datetime
from pathlib import Path
from typing import Any

import tomlkit
import tomlkit.exceptions

from cardmaker.core.errors import Problem
from cardmaker.core.files import atomic_write
from cardmaker.core.model import DEFAULT_CARD_FORMAT, CardFormat, CardRequest, QrTarget
from cardmaker.core.naming import PLACEHOLDERS

SETTINGS_ENV = "CARDMAKER_SETTINGS"
FILE_NAME = "settings.toml"
DEFAULT_FILE_NAME_PATTERN = "onj-card-{medicine}-{language}-{date}"
# Placeholders a file-name pattern may use (the batch's too); {patient_name} only expands
# when the user allows it.
FILE_NAME_PLACEHOLDERS = tuple(PLACEHOLDERS)
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
    """Reads and writes ``Settings`` at one path (the only place settings are accessed).

    A file that cannot be read as TOML is moved aside (``settings.toml.broken-<date>``)
    rather than replaced, and ``problems`` says so. ``save`` reads the file again and
    writes only the settings this program changed since it loaded them, so two copies of
    the program running at once do not erase each other's changes.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_settings_path()
        # What was wrong with the file at the last load; bad values fall back to defaults.
        self.problems: list[Problem] = []
        # The settings as this program last read or wrote them: what it has not changed.
        self._known = Settings()

    def load(self) -> Settings:
        """The stored settings; defaults for anything missing or malformed."""
        self.problems = []
        settings, _ = self._read(self.problems)
        self._known = settings
        return settings

    def _read(self, problems: list[Problem]) -> tuple[Settings, set[str]]:
        """The file's settings and the names it sets; a broken file is moved aside."""
        try:
            with self.path.open("rb") as handle:
                data = tomllib.load(handle)
        except FileNotFoundError:
            return Settings(), set()
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            problems.append(self._move_aside(exc))
            return Settings(), set()
        except OSError as exc:
            problems.append(Problem("file", str(exc), "settings_unreadable"))
            return Settings(), set()
        values: dict[str, Any] = {}
        for section, names in SECTIONS.items():
            table = data.get(section, {})
            if not isinstance(table, dict):
                problems.append(Problem(section, "must be a table"))
                continue
            for name in names:
                if name in table:
                    value = _coerce(name, table[name])
                    if value is None:
                        problems.append(Problem(f"{section}.{name}", "has the wrong type"))
                    else:
                        values[name] = value
        return Settings(**values), set(values)

    def _move_aside(self, error: Exception) -> Problem:
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
        kept = self.path.with_name(f"{self.path.name}.broken-{stamp}")
        try:
            os.replace(self.path, kept)
        except OSError as exc:
            reason = f"cannot be read ({error}) nor moved aside ({exc.strerror})"
            return Problem("file", reason, "settings_broken", (str(error), ""))
        reason = f"cannot be read ({error}); kept as {kept.name}, defaults are used"
        return Problem("file", reason, "settings_broken", (str(error), str(kept)))

    def save(self, settings: Settings) -> None:
        """Write the settings changed since the last load or save, keeping the file's others.

        The file is edited, not rewritten: keys and tables this program does not know (a
        newer version's), comments and layout stay as they were. Known keys whose values
        could not be used are dropped (they were reported at load). Raises ``OSError`` when
        the file cannot be written.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        problems: list[Problem] = []
        current, present = self._read(problems)
        if any(p.code == "settings_broken" and not p.params[1] for p in problems):
            raise OSError(f"{self.path}: {problems[0].reason}")
        changed = {
            f.name: getattr(settings, f.name)
            for f in fields(Settings)
            if getattr(settings, f.name) != getattr(self._known, f.name)
        }
        merged = replace(current, **changed)
        document = self._document()
        _edit(document, merged, set(changed), present | set(changed))
        # A settings file kept elsewhere and linked here (dotfiles) is written where it lives.
        target = Path(os.path.realpath(self.path))
        atomic_write(target, tomlkit.dumps(document).encode("utf-8"))
        self._known = merged

    def _document(self) -> tomlkit.TOMLDocument:
        """The file as an editable document (just read as valid TOML), or a new one."""
        try:
            return tomlkit.parse(self.path.read_text("utf-8"))
        except FileNotFoundError:
            document = tomlkit.document()
            document.add(tomlkit.comment(_HEADER))
            return document
        except (tomlkit.exceptions.ParseError, UnicodeDecodeError, OSError) as exc:
            raise OSError(f"{self.path}: cannot be read again before saving ({exc})") from exc


_HEADER = "cardmaker settings: clinic defaults only, never patient details."


def _edit(
    document: tomlkit.TOMLDocument, settings: Settings, changed: set[str], valid: set[str]
) -> None:
    """Set the ``changed`` settings in ``document``; drop known keys outside ``valid``."""
    for section, names in SECTIONS.items():
        table = document.get(section)
        if table is not None and not isinstance(table, dict):
            if not changed.intersection(names):
                continue  # reported at load; nothing of ours to put there
            del document[section]
            table = None
        for name in names:
            if name in changed:
                if table is None:
                    table = tomlkit.table()
                    document[section] = table
                table[name] = _plain(getattr(settings, name))
            elif table is not None and name in table and name not in valid:
                del table[name]


def _plain(value: object) -> str | bool | float:
    if isinstance(value, bool | float):
        return value
    return value.value if isinstance(value, CardFormat | QrTarget) else str(value)


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
