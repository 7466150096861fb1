"""The card options of ``render`` and ``batch``, declared once with the same spellings.

Values are taken as typed and checked by ``cardmaker.core.options`` before any work, so
``--lang DE``, ``--country ireland`` and ``--format A6`` mean the same in both commands.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from typing import Any

from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardFormat, QrTarget
from cardmaker.core.options import CardChoices, resolve_choices

_FORMATS = ", ".join(f.value for f in CardFormat)
_TARGETS = ", ".join(t.value for t in QrTarget)


def add_card_arguments(group: Any, defaults: Mapping[str, str | None]) -> None:
    """``--medicine --lang --country --format --qr-target`` with this command's defaults."""

    def shown(name: str, text: str) -> str:
        default = defaults.get(name)
        return f"{text} (default: {default})" if default else text

    options = (
        ("--medicine", "medicine", "medicine key or name (see 'medicines')"),
        ("--lang", "language", "card language code or name (see 'languages')"),
        ("--country", "country", "country code or name; sets the reporting authority"),
        ("--format", "card_format", f"card format: {_FORMATS}"),
        ("--qr-target", "qr_target", f"what the QR code links to: {_TARGETS}"),
    )
    for flag, name, text in options:
        dest = "card_format" if name == "card_format" else None
        extra = {"dest": dest} if dest else {}
        group.add_argument(flag, default=defaults.get(name), help=shown(name, text), **extra)


def card_choices(args: argparse.Namespace, library: CardLibrary) -> CardChoices:
    """The card options given, checked; raises ``CardOptionError``."""
    return resolve_choices(
        library,
        medicine=args.medicine,
        language=args.lang,
        country=args.country,
        card_format=args.card_format,
        qr_target=args.qr_target,
    )
