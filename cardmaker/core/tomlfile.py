"""Reading the program's TOML data files with errors that name the file."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from cardmaker.core.errors import DataFileError, Problem


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file, turning I/O and syntax errors into ``DataFileError``."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise DataFileError(str(path), [Problem("file", exc.strerror or str(exc))]) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), [Problem("syntax", str(exc))]) from exc


def require_str(table: dict[str, Any], key: str, where: str, problems: list[Problem]) -> str:
    """A required non-empty string; records a problem and returns '' when it is not one."""
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        problems.append(Problem(f"{where}.{key}", "missing or not a non-empty string"))
        return ""
    return value
