"""Fitting the card: the largest body size at which every word of the text has a place.

The shared text flows through the format's regions at one body size, from the format's
preferred size down to its minimum. Two arrangements are tried: the dental check-up list as
a list, and (when space is tight) run into its sentence; the one that allows the larger
size wins. If nothing fits at the minimum, ``TextOverflowError`` names the panel and the
language: text is never clipped or dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from cardmaker.core.cardtext import SharedText
from cardmaker.core.errors import TextOverflowError
from cardmaker.render.blocks import Block, emit
from cardmaker.render.displaylist import DrawOp, PageLayout, ValueSlot
from cardmaker.render.flow import Placement, Region, flow, overflowing_region, trial_sizes
from cardmaker.render.style import FormatStyle


@dataclass(frozen=True)
class SharedLayout:
    """The fitted card: pages of shared drawing and patient slots, and the chosen size."""

    pages: tuple[PageLayout, ...]
    body_size: float
    style: FormatStyle
    language: str
    run_in_list: bool


# What a format's builder returns for one trial size: shared drawing and patient slots per
# page, the regions text flows into, and the fold positions.
Built = tuple[list[list[DrawOp]], list[list[ValueSlot]], list[Region], tuple[float, ...]]
LayoutBuilder = Callable[[SharedText, FormatStyle, float, int], Built | None]


def shared_blocks(text: SharedText, run_in_list: bool) -> list[Block]:
    """The card's flowing text in reading order (onj-card.md §2)."""
    blocks = [
        Block.of("body", text.purpose),
        Block.of("body", text.why),
        Block.of("strong", text.carry),
        Block.of("body", text.risk),
    ]
    if text.risk_long_term:
        blocks.append(Block.of("body", text.risk_long_term))
    blocks += [Block.of("body", text.prevent), Block.of("heading", text.before_heading)]
    blocks.append(Block.of("bullet", text.before_tell))
    if run_in_list:
        items = "; ".join(text.before_checkup_items)
        blocks.append(Block.of("bullet", f"{text.before_checkup} {items}."))
    else:
        blocks.append(Block.of("bullet", text.before_checkup))
        blocks.append(Block.listing(text.before_checkup_items))
    blocks += [
        Block.of("heading", text.during_heading),
        Block.of("bullet", text.during_hygiene),
        Block.of("bullet", text.during_dental),
        Block.of("alert", text.during_contact),
        Block.of("body", text.leaflet),
        Block.of("body", text.reporting),
    ]
    return blocks


def _best_fit(
    text: SharedText,
    style: FormatStyle,
    builder: LayoutBuilder,
    run_in_list: bool,
    page_count: int,
) -> tuple[float, Built, Placement] | str:
    """The largest size that fits in one arrangement, or the panel that overflows."""
    blocks = shared_blocks(text, run_in_list)
    fewest = page_count == style.page_counts[0]
    preferred = style.body_pref_pt if fewest else style.body_pref_more_pages_pt
    built = None
    for size in trial_sizes(preferred, style.body_min_pt):
        built = builder(text, style, size, page_count)
        if built is None:
            continue
        placed = flow(blocks, built[2], size, style.body_min_pt)
        if placed is not None:
            return size, built, placed
    # Nothing fits: name the panel where the text runs out at the smallest size.
    if built is None:
        return "card"
    return overflowing_region(blocks, built[2], style.body_min_pt, style.body_min_pt)


def fit_shared_layout(text: SharedText, style: FormatStyle, builder: LayoutBuilder) -> SharedLayout:
    """Lay the card out on the fewest pages, at the largest size either arrangement allows."""
    panel = "card"
    for page_count in style.page_counts:
        fits = []
        for run_in_list in (False, True):
            fit = _best_fit(text, style, builder, run_in_list, page_count)
            if isinstance(fit, str):
                panel = fit
            else:
                fits.append((fit, run_in_list))
        if fits:
            return _assemble(text, style, *max(fits, key=lambda c: c[0][0]))
    raise TextOverflowError(panel, text.language, f"even at {style.body_min_pt} pt")


def _assemble(
    text: SharedText,
    style: FormatStyle,
    fit: tuple[float, Built, Placement],
    run_in_list: bool,
) -> SharedLayout:
    """Draw the placed blocks into the pinned parts' pages."""
    size, built, placed = fit
    page_ops, page_slots, _, fold_xs = built
    for region, top, box in placed:
        page_ops[region.page] += emit(box, region.x, top, region.width)
    pages = tuple(
        PageLayout(tuple(ops), tuple(slots), fold_xs)
        for ops, slots in zip(page_ops, page_slots, strict=True)
    )
    return SharedLayout(pages, size, style, text.language, run_in_list)


@lru_cache(maxsize=256)
def cached_layout(text: SharedText, style: FormatStyle, builder: LayoutBuilder) -> SharedLayout:
    """Layouts are pure functions of their text and format: compute each once per process."""
    return fit_shared_layout(text, style, builder)
