"""Wrapping styled text into lines, measuring it and drawing it on a reportlab canvas.

Text may carry ``**bold**`` runs and the black-triangle marker (set in the symbol font).
Lines break at spaces (never at no-break spaces); web addresses may also break inside
their path, after '/', '.', '-' or '_', but never inside the host name. No word is ever
split or clipped: if a word is wider than its line, the paragraph does not fit at that size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfgen.canvas import Canvas

from cardmaker.core.cardtext import BLACK_TRIANGLE
from cardmaker.render.fonts import BOLD, REGULAR, SYMBOLS, string_width

_SPACE = re.compile(r"[ \t\n]+")
_URL_BREAK = re.compile(r"(?<=[/._-])(?=[^/._-])")
_LOOKS_LIKE_URL = re.compile(r"^\(?(https?://|www\.)|\.[a-z]{2,}/", re.IGNORECASE)
# Scheme and host (with the first '/'): one unbreakable piece.
_URL_HOST = re.compile(r"^(\(?(?:https?://)?[^/]+/?)(.*)$", re.DOTALL)
DESCENT_EM = 0.24


@dataclass(frozen=True)
class Run:
    """Text in one face; ``text == BLACK_TRIANGLE`` is set in the symbol font."""

    text: str
    bold: bool


@dataclass(frozen=True)
class Word:
    """An unbreakable piece; ``glue`` joins it to the previous piece without a space."""

    runs: tuple[Run, ...]
    glue: bool = False


@dataclass(frozen=True)
class Line:
    """Runs of one line, merged by face, and its width in points."""

    runs: tuple[Run, ...]
    width: float


def parse_words(text: str, bold: bool = False) -> list[Word]:
    """Split marked-up text into words, keeping bold runs and the triangle marker.

    Web addresses in running text become pieces that may break after '/', '.', '-', '_'.
    """
    words: list[Word] = []
    pending: list[Run] = []
    for index, chunk in enumerate(text.split("**")):
        run_bold = bold != (index % 2 == 1)
        for position, piece in enumerate(_SPACE.split(chunk)):
            if position > 0 and pending:
                words.append(Word(tuple(pending)))
                pending = []
            pending.extend(Run(part, run_bold) for part in _split_triangle(piece))
    if pending:
        words.append(Word(tuple(pending)))
    return [piece for word in words for piece in _url_pieces(word)]


def url_breaks(url: str) -> list[str]:
    """A web address cut where a line may break: after the host, then inside the path."""
    match = _URL_HOST.match(url)
    if match is None:
        return [url]
    host, path = match.groups()
    return [host, *(p for p in _URL_BREAK.split(path) if p)]


def _url_pieces(word: Word) -> list[Word]:
    if len(word.runs) != 1 or not _LOOKS_LIKE_URL.search(word.runs[0].text):
        return [word]
    run = word.runs[0]
    pieces = url_breaks(run.text)
    return [Word((Run(p, run.bold),), glue=i > 0) for i, p in enumerate(pieces)]


def _split_triangle(piece: str) -> list[str]:
    parts = re.split(f"({BLACK_TRIANGLE})", piece)
    return [p for p in parts if p]


def breakable_url_words(url: str) -> list[Word]:
    """A web address as pieces that may break inside the path (no spaces added)."""
    return [Word((Run(p, False),), glue=i > 0) for i, p in enumerate(url_breaks(url))]


def run_font(run: Run) -> str:
    """The face a run is set in."""
    if run.text == BLACK_TRIANGLE:
        return SYMBOLS
    return BOLD if run.bold else REGULAR


def run_width(run: Run, size: float) -> float:
    """Advance width of one run."""
    return string_width(run.text, run_font(run), size)


@lru_cache(maxsize=65536)
def word_em(word: Word) -> float:
    """Advance width of a word at 1 pt; widths scale linearly with size."""
    return sum(run_width(run, 1.0) for run in word.runs)


def wrap(words: list[Word], width: float, size: float) -> list[Line] | None:
    """Greedy line breaking; None when a single word is wider than ``width``."""
    lines: list[Line] = []
    current: list[Run] = []
    current_width = 0.0
    space = string_width(" ", REGULAR, size)
    for word in words:
        word_width = word_em(word) * size
        if word_width > width:
            return None
        gap = 0.0 if (not current or word.glue) else space
        if current and current_width + gap + word_width > width:
            lines.append(_merge(current, current_width))
            current, current_width, gap = [], 0.0, 0.0
        if gap:
            current.append(Run(" ", current[-1].bold))
        current.extend(word.runs)
        current_width += gap + word_width
    if current:
        lines.append(_merge(current, current_width))
    return lines


def _merge(runs: list[Run], width: float) -> Line:
    merged: list[Run] = []
    for run in runs:
        special = run.text == BLACK_TRIANGLE
        if (
            merged
            and not special
            and merged[-1].text != BLACK_TRIANGLE
            and merged[-1].bold == run.bold
        ):
            merged[-1] = Run(merged[-1].text + run.text, run.bold)
        else:
            merged.append(run)
    return Line(tuple(merged), width)


def draw_line(canvas: Canvas, line: Line, x: float, baseline: float, size: float) -> None:
    """Draw one line with its left edge at ``x``."""
    for run in line.runs:
        canvas.setFont(run_font(run), size)
        canvas.drawString(x, baseline, run.text)
        x += run_width(run, size)
