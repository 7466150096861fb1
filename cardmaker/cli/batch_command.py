"""The ``batch`` subcommand: a patient list in, cards out, a report beside them.

Exit codes: 0 every row made a card (blank lines skipped), 3 some rows were rejected (the
others were written), 2 the list cannot be read or the options are wrong (nothing
written), 130 interrupted (Ctrl-C or SIGTERM: files finished so far are complete).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
from collections.abc import Iterator
from types import FrameType

from tqdm import tqdm

from cardmaker.batch.celldates import DateOrder
from cardmaker.batch.columns import parse_map_option
from cardmaker.batch.report import BatchSummary
from cardmaker.batch.runner import BatchOptions
from cardmaker.batch.runner import run_batch as run
from cardmaker.batch.source import parse_delimiter
from cardmaker.core.library import load_library
from cardmaker.core.model import CardFormat, CardRequest, QrTarget
from cardmaker.render.imposition import SHEET_SIZES, Duplex

EXIT_OK, EXIT_INVALID, EXIT_REJECTED, EXIT_INTERRUPTED = 0, 2, 3, 130
SHOWN_PROBLEMS = 30


def _paper_and_worksheet(args: argparse.Namespace) -> tuple[str, str | None]:
    paper, worksheet = args.paper, args.worksheet
    for value in args.sheet:
        if value.lower() in SHEET_SIZES:
            paper = value.lower()
        else:
            worksheet = value
    return paper or "a4", worksheet


def options_from_args(args: argparse.Namespace) -> BatchOptions:
    """The batch the command line describes; raises ``CardmakerError`` for bad values."""
    paper, worksheet = _paper_and_worksheet(args)
    if args.start < 1:
        raise argparse.ArgumentTypeError("--start counts from 1")
    defaults = CardRequest(
        medicine=args.medicine,
        language=args.lang.lower(),
        country=args.country.upper(),
        patient_name="",
        card_format=CardFormat(args.card_format),
        prescriber=args.prescriber,
        prescriber_phone=args.prescriber_phone,
        clinic=args.clinic,
        qr_target=QrTarget(args.qr_target),
    )
    return BatchOptions(
        input=args.input,
        defaults=defaults,
        output_dir=args.output,
        combined=args.combined,
        content_dir=args.content_dir,
        encoding=args.encoding,
        delimiter=parse_delimiter(args.delimiter) if args.delimiter else None,
        sheet_name=worksheet,
        column_map=dict(parse_map_option(m) for m in args.map),
        date_order=DateOrder(args.date_order),
        name_pattern=args.name_pattern,
        paper=paper,
        duplex=Duplex(args.duplex),
        start=args.start,
        overwrite=args.overwrite,
        jobs=args.jobs,
        pdfx=args.pdfx,
    )


@contextlib.contextmanager
def _interruptible() -> Iterator[list[int]]:
    """Ctrl-C and SIGTERM ask the batch to stop after the cards in progress; twice, at once."""
    received: list[int] = []
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}

    def stop(number: int, frame: FrameType | None) -> None:
        received.append(number)
        for sig, handler in previous.items():
            signal.signal(sig, handler)

    for sig in previous:
        signal.signal(sig, stop)
    try:
        yield received
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _say(quiet: bool, text: str) -> None:
    if not quiet:
        print(text, file=sys.stderr)


def run_batch(args: argparse.Namespace) -> int:
    """Run ``cardmaker batch``; returns the exit code. Errors raise ``CardmakerError``."""
    try:
        options = options_from_args(args)
    except argparse.ArgumentTypeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    library = load_library(options.content_dir)
    bar = tqdm(total=0, unit="card", file=sys.stderr, disable=True if args.quiet else None)

    def progress(done: int, total: int) -> None:
        if bar.total != total:
            bar.total = total
            bar.refresh()
        bar.update(done - bar.n)

    try:
        with _interruptible() as received, bar:
            summary = run(options, progress, cancel=lambda: bool(received), library=library)
    except KeyboardInterrupt:
        # A second Ctrl-C: cards in progress were still finished, the rest dropped.
        print("interrupted: only complete files were kept; no report written", file=sys.stderr)
        return EXIT_INTERRUPTED
    _print_summary(summary, args.quiet)
    drafts = [code for code in sorted(summary.languages) if library.content.get(code).is_draft]
    if drafts:
        _say(
            args.quiet,
            f"warning: the card text of {', '.join(drafts)} is a draft, not yet reviewed; "
            "load approved text with --content-dir",
        )
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False))
    if summary.cancelled:
        return EXIT_INTERRUPTED
    return EXIT_REJECTED if summary.rejected_rows else EXIT_OK


def _print_summary(summary: BatchSummary, quiet: bool) -> None:
    info = summary.info
    read = (
        f"encoding {info.encoding}, delimiter {info.delimiter}"
        if info.kind == "csv"
        else f"worksheet '{info.sheet}'"
    )
    _say(quiet, f"read {summary.input}: {read}")
    if not info.encoding_confident:
        _say(quiet, f"warning: encoding uncertain ({info.encoding_detail}); check the names "
                    "in the output or give --encoding")  # fmt: skip
    _say(quiet, "columns: " + "; ".join(summary.columns))
    for note in summary.notes:
        _say(quiet, f"note: {note}")
    for problem in summary.rejected[:SHOWN_PROBLEMS]:
        column = f", column '{problem.column}'" if problem.column else ""
        _say(quiet, f"line {problem.line}{column}: {problem.reason}")
    if len(summary.rejected) > SHOWN_PROBLEMS:
        _say(quiet, f"... and {len(summary.rejected) - SHOWN_PROBLEMS} more in the report")
    _say(
        quiet,
        f"produced {summary.produced}, rejected {summary.rejected_rows}, "
        f"skipped {summary.skipped} (blank)"
        + (f", not done {summary.not_done} (interrupted)" if summary.cancelled else ""),
    )
    if summary.sheets:
        _say(
            quiet,
            f"wrote {summary.outputs[0] if summary.outputs else '-'} ({summary.sheets} sheets)",
        )
    elif summary.outputs:
        _say(quiet, f"wrote {len(summary.outputs)} files")
    if summary.report:
        _say(quiet, f"report: {summary.report}")
