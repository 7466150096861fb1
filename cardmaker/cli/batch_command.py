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
from cardmaker.cli.card_args import card_choices
from cardmaker.cli.terminal import problem_lines, say, summarise_alike, summarise_columns
from cardmaker.core.library import CardLibrary, load_library
from cardmaker.core.model import DEFAULT_CARD_FORMAT, CardRequest, QrTarget
from cardmaker.core.naming import NamePattern
from cardmaker.core.options import OPTION_OF_FIELD
from cardmaker.render.fonts import printable_codepoints
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


def options_from_args(args: argparse.Namespace, library: CardLibrary) -> BatchOptions:
    """The batch the command line describes, every option checked before the list is read.

    Raises ``CardmakerError`` (``CardOptionError``, ``NamePatternError``...) for bad values.
    """
    paper, worksheet = _paper_and_worksheet(args)
    if args.start < 1:
        raise argparse.ArgumentTypeError("--start counts from 1")
    if args.jobs is not None and args.jobs < 1:
        raise argparse.ArgumentTypeError("--jobs counts from 1")
    choices = card_choices(args, library)
    NamePattern.parse(args.name_pattern)
    given = {
        "medicine": choices.medicine,
        "language": choices.language,
        "country": choices.country,
        "card_format": choices.card_format,
        "qr_target": choices.qr_target,
        "prescriber": args.prescriber.strip() or None,
        "prescriber_phone": args.prescriber_phone.strip() or None,
        "clinic": args.clinic.strip() or None,
    }
    sources = {name: OPTION_OF_FIELD[name] for name, value in given.items() if value is not None}
    # A line without a format gets the program's default: said too, like every default.
    sources.setdefault("card_format", f"the default ({DEFAULT_CARD_FORMAT.value})")
    defaults = CardRequest(
        medicine=choices.medicine or "",
        language=choices.language or "",
        country=choices.country or "",
        patient_name="",
        card_format=choices.card_format or DEFAULT_CARD_FORMAT,
        prescriber=args.prescriber.strip(),
        prescriber_phone=args.prescriber_phone.strip(),
        clinic=args.clinic.strip(),
        qr_target=choices.qr_target or QrTarget.EPAR,
    )
    return BatchOptions(
        input=args.input,
        defaults=defaults,
        default_sources=sources,
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
        say(text)


def run_batch(args: argparse.Namespace) -> int:
    """Run ``cardmaker batch``; returns the exit code. Errors raise ``CardmakerError``."""
    library = load_library(args.content_dir, printable_codepoints())
    try:
        options = options_from_args(args, library)
    except argparse.ArgumentTypeError as exc:
        say(f"error: {exc}")
        return EXIT_INVALID
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
        say("interrupted: only complete files were kept; no report written")
        return EXIT_INTERRUPTED
    print_summary(summary, args.quiet)
    drafts = [code for code in sorted(summary.languages) if library.content.get(code).is_draft]
    if drafts:
        _say(
            args.quiet,
            f"warning: the card text of {', '.join(drafts)} is a draft, not yet reviewed; "
            "load approved text with --content-dir",
        )
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=True))
    return exit_code(summary)


def exit_code(summary: BatchSummary) -> int:
    """130 interrupted; 2 no card written; 3 some lines without a card, or no report; 0 all."""
    if summary.cancelled:
        return EXIT_INTERRUPTED
    if not summary.produced:
        return EXIT_INVALID
    if summary.output_error or summary.report_error or summary.rejected_rows:
        return EXIT_REJECTED
    return EXIT_REJECTED if summary.not_done else EXIT_OK


def print_summary(summary: BatchSummary, quiet: bool) -> None:
    """What the run did, on stderr; errors are printed even when ``quiet``."""
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
    _say(quiet, "columns: " + "; ".join(summarise_columns(summary.columns)))
    for note in summarise_alike(summary.notes):
        _say(quiet, f"note: {note}")
    for line in problem_lines(summary.rejected, SHOWN_PROBLEMS):
        _say(quiet, line)
    not_done = ", ".join(f"{count} {code.replace('_', ' ')}" for code, count in
                         sorted(summary.not_done_by.items()))  # fmt: skip
    _say(
        quiet,
        f"produced {summary.produced}, rejected {summary.rejected_rows}, "
        f"skipped {summary.skipped} (blank), not done {summary.not_done}"
        + (f" ({not_done})" if not_done else ""),
    )
    if summary.defaults_used:
        used = ", ".join(f"{name} {count}" for name, count in sorted(summary.defaults_used.items()))
        _say(quiet, f"values from options (marked in the report): {used}")
    if summary.sheets and summary.outputs:
        _say(quiet, f"wrote {summary.outputs[0]} ({summary.sheets} sheets)")
    elif summary.outputs:
        count = len(summary.outputs)
        _say(quiet, f"wrote {count} file" + ("s" if count != 1 else ""))
    if summary.output_error:
        say(f"error: {summary.output_error}; the run stopped there")
    if summary.report_error:
        say(f"error: the report was not written: {summary.report_error}")
    elif summary.report:
        _say(quiet, f"report: {summary.report}")
