"""Argument parsing and exit codes. Errors become stderr lines; the core never exits.

Exit codes: 0 success; 2 invalid input or an output that cannot be written (nothing
written); 3 a batch with rejected rows or stopped by an output error after some cards;
130 interrupted; 1 anything unexpected.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from cardmaker import __version__
from cardmaker.cli.batch_args import add_batch_parser
from cardmaker.cli.card_args import add_card_arguments, card_choices
from cardmaker.cli.listing import print_language_details, print_languages, print_medicines
from cardmaker.cli.terminal import say
from cardmaker.core.datereader import DateOrder, DateReadError, read_date
from cardmaker.core.errors import CardmakerError, DataFileError, InvalidRequestError
from cardmaker.core.files import atomic_write, check_output
from cardmaker.core.library import CardLibrary, load_library
from cardmaker.core.model import DEFAULT_CARD_FORMAT, CardFormat, CardRequest, QrTarget
from cardmaker.core.validation import FIELD_LABELS
from cardmaker.render.card import prepare
from cardmaker.render.copies import MAX_COPIES, card_document
from cardmaker.render.fitcheck import check_language
from cardmaker.render.fonts import printable_codepoints
from cardmaker.render.imposition import SHEET_SIZES, Duplex

EXIT_OK, EXIT_ERROR, EXIT_INVALID = 0, 1, 2
# What a single card is when an option is not given (shown in --help).
RENDER_DEFAULTS: dict[str, str] = {
    "medicine": "kefdensis",
    "language": "en",
    "country": "IE",
    "card_format": DEFAULT_CARD_FORMAT.value,
    "qr_target": QrTarget.EPAR.value,
}


def copies_count(text: str) -> int:
    """Parse --copies for argparse: a whole number from 1 to MAX_COPIES."""
    if not text.isdigit() or not 1 <= int(text) <= MAX_COPIES:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number from 1 to {MAX_COPIES}")
    return int(text)


def iso_date(text: str) -> date | None:
    """A date for argparse, read by the core's date reader (2026-03-01, 01.03.2026...)."""
    try:
        return read_date(text, DateOrder.DMY)
    except DateReadError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


class _Parser(argparse.ArgumentParser):
    """argparse exits with 2 on usage errors, which is our 'invalid input' code too."""


def build_parser() -> argparse.ArgumentParser:
    """The full command line."""
    parser = _Parser(prog="cardmaker", description="ONJ patient reminder cards for denosumab.")
    parser.add_argument("--version", action="version", version=f"cardmaker {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    render = commands.add_parser("render", help="write one card as a print-ready PDF")
    render.add_argument("-o", "--output", required=True, type=Path, help="PDF file to write")
    add_card_arguments(render, RENDER_DEFAULTS)
    render.add_argument("--patient-name", default="", help="patient's name (required)")
    render.add_argument("--prescriber", default="", help="prescriber's name")
    render.add_argument("--prescriber-phone", default="", help="prescriber's phone number")
    render.add_argument("--clinic", default="", help="clinic or pharmacy")
    render.add_argument("--first-injection", type=iso_date, help="YYYY-MM-DD")
    render.add_argument(
        "--next-injection", type=iso_date, help="YYYY-MM-DD (default: first + 6 months)"
    )
    render.add_argument(
        "--content-dir", type=Path, help="folder of approved card texts (<lang>.toml)"
    )
    _add_render_output_options(render)

    medicines = commands.add_parser("medicines", help="list the medicines")
    medicines.add_argument("--content-dir", type=Path, help=argparse.SUPPRESS)
    languages = commands.add_parser("languages", help="list the card languages")
    languages.add_argument("--content-dir", type=Path, help="folder of approved card texts")
    languages.add_argument(
        "--details",
        metavar="LANG",
        help="every text of one language with the source it renders and its content points",
    )

    fit = commands.add_parser(
        "fit-check", help="check that card texts fit every format with the longest field values"
    )
    fit.add_argument("languages", nargs="*", help="language codes (default: all)")
    fit.add_argument("--content-dir", type=Path, help="folder of approved card texts")

    add_batch_parser(commands)
    return parser


def _add_render_output_options(render: argparse.ArgumentParser) -> None:
    """Blank cards, copies on sheets and PDF/X."""
    out = render.add_argument_group("blank cards, sheets and print shops")
    out.add_argument(
        "--blank",
        action="store_true",
        help="a card to fill in by hand: no patient details (only --clinic is printed)",
    )
    out.add_argument(
        "--copies", type=copies_count, help="copies imposed on sheets (see --paper, --duplex)"
    )
    out.add_argument("--paper", choices=sorted(SHEET_SIZES), help="sheet size (default a4)")
    out.add_argument(
        "--duplex",
        default=Duplex.LONG_EDGE.value,
        choices=[d.value for d in Duplex],
        help="how the printer turns the sheet (with --copies or --paper)",
    )
    out.add_argument(
        "--pdfx", action="store_true", help="write PDF/X-1a for a print shop (CMYK, FOGRA39)"
    )


def request_from_args(args: argparse.Namespace, library: CardLibrary) -> CardRequest:
    """The card request the render options describe; raises ``CardOptionError``."""
    choices = card_choices(args, library)
    return CardRequest(
        medicine=choices.medicine or RENDER_DEFAULTS["medicine"],
        language=choices.language or RENDER_DEFAULTS["language"],
        country=choices.country or RENDER_DEFAULTS["country"],
        patient_name=args.patient_name,
        card_format=choices.card_format or DEFAULT_CARD_FORMAT,
        prescriber=args.prescriber,
        prescriber_phone=args.prescriber_phone,
        clinic=args.clinic,
        first_injection=args.first_injection,
        next_injection=args.next_injection,
        qr_target=choices.qr_target or QrTarget.EPAR,
        blank=args.blank,
    )


def warn_if_draft(library: CardLibrary, language: str) -> None:
    """Say on stderr when the card text has not been reviewed (never on the card)."""
    pack = library.content.packs.get(language)
    if pack is not None and pack.is_draft:
        say(
            f"warning: the '{language}' card text is a draft (version {pack.version}) and has "
            "not been reviewed; load approved text with --content-dir"
        )


def warn_if_not_authorised(library: CardLibrary, medicine_key: str) -> None:
    """Say on stderr when only a positive opinion is known for the medicine (never on the card)."""
    medicine = library.catalogue.get(medicine_key)
    if not medicine.is_authorised:
        print(
            f"warning: {medicine.name} has a CHMP positive opinion but its EU authorisation is "
            "not confirmed; its EMA page and product information may not exist yet",
            file=sys.stderr,
        )


def run_render(args: argparse.Namespace) -> int:
    """Validate, render and write one card; nothing is written on any error."""
    library = load_library(args.content_dir, printable_codepoints())
    request = request_from_args(args, library)
    # Before any work: a FIFO, a device, a link or a folder at the output is refused.
    check_output(args.output)
    try:
        card = prepare(request, library)
    except InvalidRequestError as exc:
        for problem in exc.problems:
            label = FIELD_LABELS.get(problem.field, problem.field)
            say(f"error: {label} ({problem.field}): {problem.reason}")
        return EXIT_INVALID
    warn_if_draft(library, card.request.language)
    warn_if_not_authorised(library, card.request.medicine)
    paper = SHEET_SIZES[args.paper] if args.paper else None
    data = card_document(card, args.copies, paper, Duplex(args.duplex), args.pdfx)
    atomic_write(args.output, data)
    say(f"wrote {args.output}")
    return EXIT_OK


def run_fit_check(args: argparse.Namespace) -> int:
    """One line per language and format: the smallest body size used, or what overflows."""
    library = load_library(args.content_dir, printable_codepoints())
    failed = 0
    for language in args.languages or library.content.languages():
        results = check_language(library, language)
        for card_format in CardFormat:
            mine = [r for r in results if r.card_format == card_format]
            errors = sorted({r.error for r in mine if not r.fits})
            if errors:
                failed += 1
                print(f"{language} {card_format.value}: DOES NOT FIT: {errors[0]}")
            else:
                smallest = min(r.body_size for r in mine)
                counted = " or ".join(str(p) for p in sorted({r.pages for r in mine}))
                print(
                    f"{language} {card_format.value}: fits on {counted} pages, "
                    f"body text {smallest} pt or more"
                )
    return EXIT_INVALID if failed else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv) if argv is not None else None)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        if args.command == "render":
            return run_render(args)
        if args.command == "medicines":
            print_medicines(load_library())
            return EXIT_OK
        if args.command == "languages":
            if args.details:
                print_language_details(
                    load_library(args.content_dir, printable_codepoints()), args.details
                )
            else:
                print_languages(load_library(args.content_dir, printable_codepoints()))
            return EXIT_OK
        if args.command == "fit-check":
            return run_fit_check(args)
        from cardmaker.cli.batch_command import run_batch

        return run_batch(args)
    except DataFileError as exc:
        for problem in exc.problems:
            say(f"error: {exc.path}: {problem}")
        return EXIT_INVALID
    except CardmakerError as exc:
        say(f"error: {exc}")
        return EXIT_INVALID
    except BrokenPipeError:
        # The reader went away (`cardmaker languages | head`): nothing left to say.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stays open until exit
        return EXIT_ERROR
    except OSError as exc:
        say(f"error: {exc}")
        return EXIT_ERROR
