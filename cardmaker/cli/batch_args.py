"""The options of the ``batch`` subcommand, kept apart so that building the parser stays light.

The batch machinery (readers, runner, progress bar) is imported only when a batch runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cardmaker.batch.naming import DEFAULT_PATTERN
from cardmaker.cli.card_args import add_card_arguments
from cardmaker.core.datereader import DateOrder
from cardmaker.render.imposition import SHEET_SIZES, Duplex


def add_batch_parser(commands: Any) -> None:
    """The ``batch`` subcommand and its options."""
    batch = commands.add_parser(
        "batch",
        help="write cards for every row of a CSV or XLSX patient list",
        description="Write one PDF per patient (-o FOLDER) or all cards on sheets "
        "(--combined FILE.pdf), with a report CSV beside them.",
    )
    batch.add_argument("input", type=Path, help="patient list (.csv or .xlsx)")
    out = batch.add_mutually_exclusive_group(required=True)
    out.add_argument("-o", "--output", type=Path, help="folder for one PDF per patient")
    out.add_argument("--combined", type=Path, help="one PDF with the cards imposed on sheets")
    card = batch.add_argument_group(
        "card values for blank cells (a value in the list wins; the report marks each use)"
    )
    add_card_arguments(card, {})
    card.add_argument("--prescriber", default="", help="prescriber for rows without one")
    card.add_argument("--prescriber-phone", default="", help="phone for rows without one")
    card.add_argument("--clinic", default="", help="clinic or pharmacy for rows without one")
    card.add_argument("--content-dir", type=Path, help="folder of approved card texts")
    reading = batch.add_argument_group("reading the list")
    reading.add_argument("--encoding", help="text encoding of a CSV (default: detected)")
    reading.add_argument("--delimiter", help="comma, semicolon, tab or pipe (default: detected)")
    reading.add_argument(
        "--worksheet", help="worksheet of an .xlsx file, by its name (default: the first)"
    )
    reading.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=field",
        help="use a column for a field (or 'ignore'); may be repeated",
    )
    reading.add_argument(
        "--date-order",
        default=DateOrder.AUTO.value,
        choices=[o.value for o in DateOrder],
        type=str.upper,
        help="day or month first in dates that end with the year (default AUTO: as the "
        "card language writes them, day first in every card language); year-first dates "
        "such as 2026.03.01. need no option",
    )
    writing = batch.add_argument_group("writing")
    writing.add_argument(
        "--name-pattern",
        default=DEFAULT_PATTERN,
        help="file names for -o, e.g. '{row:04d}-{first_injection}' or '{patient_name}'",
    )
    writing.add_argument("--paper", choices=sorted(SHEET_SIZES), help="sheet size (default a4)")
    # The paper size only: the worksheet of an .xlsx file is chosen with --worksheet.
    writing.add_argument(
        "--sheet",
        action="append",
        default=[],
        type=str.lower,
        choices=sorted(SHEET_SIZES),
        help="paper size, same as --paper (a worksheet is chosen with --worksheet)",
    )
    writing.add_argument("--start", type=int, default=1, help="first position on the first sheet")
    writing.add_argument(
        "--duplex", default=Duplex.LONG_EDGE.value, choices=[d.value for d in Duplex]
    )
    writing.add_argument("--overwrite", action="store_true", help="replace existing files")
    writing.add_argument(
        "--pdfx", action="store_true", help="write PDF/X-1a for a print shop (CMYK, FOGRA39)"
    )
    writing.add_argument(
        "--jobs",
        type=int,
        help="worker processes (default: one per core for -o, none for --combined)",
    )
    shown = batch.add_argument_group("output")
    shown.add_argument("--json", action="store_true", help="print the summary as JSON on stdout")
    shown.add_argument("--quiet", action="store_true", help="no progress bar or messages")
