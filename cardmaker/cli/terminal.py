r"""What the command line prints: escaped, and alike lines summarised.

Text from a user's list reaches stderr only through ``say``, which shows control
characters and escape sequences escaped (``\x1b``), so a hostile cell can neither set the
window title nor clear the screen. Problems and notes that repeat are printed once with
a count: ten thousand unused columns make one line, not ten thousand.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from typing import Protocol

from cardmaker.core.errors import escape_controls

# Lines a message lists before it says "and N more".
SHOWN_EXAMPLES = 5
_QUOTED = re.compile(r"'[^']*'")


class LineProblem(Protocol):
    """A rejected line's problem as the batch reports it."""

    @property
    def line(self) -> int:
        """The line of the list."""

    @property
    def column(self) -> str:
        """The column at fault ('' for the whole line)."""

    @property
    def reason(self) -> str:
        """Why, in English."""


def say(text: str) -> None:
    """One line on stderr, with anything from the user's input shown escaped."""
    print(escape_controls(text), file=sys.stderr)


def _lines(numbers: Sequence[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:SHOWN_EXAMPLES])
    more = len(numbers) - SHOWN_EXAMPLES
    return f"lines {shown} and {more} more" if more > 0 else f"lines {shown}"


def problem_lines(problems: Iterable[LineProblem], limit: int) -> list[str]:
    """One line per distinct problem (column and reason), naming the lines it occurs on."""
    groups: dict[tuple[str, str], list[int]] = {}
    for problem in problems:
        groups.setdefault((problem.column, problem.reason), []).append(problem.line)
    out = []
    for (column, reason), numbers in groups.items():
        where = f"line {numbers[0]}" if len(numbers) == 1 else _lines(numbers)
        named = f", column '{column}'" if column else ""
        out.append(f"{where}{named}: {reason}")
    if len(out) > limit:
        rest = len(out) - limit
        out = [*out[:limit], f"... and {rest} more kinds of problem in the report"]
    return out


def summarise_alike(messages: Iterable[str]) -> list[str]:
    """Messages that differ only in a quoted name are one line with a count."""
    groups: dict[str, list[str]] = {}
    for message in messages:
        groups.setdefault(_QUOTED.sub("'...'", message), []).append(message)
    out = []
    for alike in groups.values():
        if len(alike) <= SHOWN_EXAMPLES:
            out += alike
        else:
            out.append(f"{alike[0]} (and {len(alike) - 1} more like it)")
    return out


def summarise_columns(columns: Sequence[str]) -> list[str]:
    """'Heading -> field' for the used columns; the unused ones counted, a few named."""
    used = [c for c in columns if not c.endswith("-> not used")]
    unused = [c.rsplit(" -> ", 1)[0] for c in columns if c.endswith("-> not used")]
    if len(unused) <= SHOWN_EXAMPLES:
        return list(columns)
    named = ", ".join(unused[:SHOWN_EXAMPLES])
    return [*used, f"{len(unused)} columns not used ({named}, ...)"]
