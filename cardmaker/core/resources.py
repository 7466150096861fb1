"""Find the program's data files (fonts, catalogue, card text) by name.

In a wheel the top-level ``assets/`` and ``translations/`` folders are packaged as
``cardmaker/_data/...``; in a source checkout they sit beside the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


@cache
def data_root() -> Path:
    """The folder holding ``assets`` and ``translations``."""
    installed = _PACKAGE_DIR / "_data"
    if (installed / "assets").is_dir():
        return installed
    checkout = _PACKAGE_DIR.parent
    if (checkout / "assets").is_dir():
        return checkout
    raise FileNotFoundError(f"cardmaker data files not found in {installed} or {checkout}")


def asset_path(*parts: str) -> Path:
    """Path of a file under ``assets/``."""
    return data_root().joinpath("assets", *parts)


def card_text_dir() -> Path:
    """Folder of the shipped card text packs."""
    return data_root() / "translations" / "card"


def ui_translations_dir() -> Path:
    """Folder of the interface translations (Qt Linguist sources and built files)."""
    return data_root() / "translations" / "ui"
