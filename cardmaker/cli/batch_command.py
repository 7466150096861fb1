"""The ``batch`` subcommand (placeholder until the batch exporter lands)."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def add_batch_parser(commands: Any) -> None:
    """No batch command yet: nothing to add."""


def run_batch(args: argparse.Namespace) -> int:
    """Unreachable until the batch subcommand exists."""
    print(f"error: unknown command {args.command}", file=sys.stderr)
    return 2
