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
from cardmaker.render.displaylist import DrawOp, PageLayout
from cardmaker.render.flow import Placement, Region, flow, overflowing_region, trial_sizes
from cardmaker.render.style import FormatStyle
from cardmaker.render.typography import bind_abbreviations


@dataclass(frozen=True)
class SharedLayout:
    """The fitted card: pages of shared drawing and patient slots, and the chosen size."""

    pages: tuple[PageLayout, ...]
    body_size: float
    style: FormatStyle
    language: str
    run_in_list: bool
    blank: bool = False


# What a format's builder returns for one trial size: the pinned drawing of each page (patient
# slots included) and the regions text flows into; and, for reading order, where on each
# page the flowing text goes among the pinned parts (the index into that page's list).
Built = tuple[list[list[DrawOp]], list[Region], dict[str, int]]
# Builders take the text, the format, the trial body size, the page count and whether
# the card is blank (for writing on by hand: more room on each line).
LayoutBuilder = Callable[[SharedText, FormatStyle, float, int, bool], Built | None]


def shared_blocks(text: SharedText, run_in_list: bool, loose_cards: bool = False) -> list[Block]:
    """The card's flowing text in reading order (onj-card.md §2).

    ``loose_cards``: the pages are printed as more than one card (the four-page large card),
    read apart from each other.
    """

    def of(kind: str, words: str) -> Block:
        return Block.of(kind, bind_abbreviations(words, text.language))

    blocks = [
        of("body", text.purpose),
        of("body", text.why),
        of("strong", text.carry),
        of("body", text.risk),
    ]
    if text.risk_long_term:
        blocks.append(of("body", text.risk_long_term))
    # "…so take these precautions:" introduces the sections after it: it never ends a loose
    # card on its own. On a folded card the next panel is in view, and keeping them together
    # there would cost the whole card a smaller size.
    prevent = of("body", text.prevent)
    blocks.append(Block(prevent.kind, prevent.words, keep_with_next=loose_cards))
    blocks.append(of("heading", text.before_heading))
    blocks.append(of("bullet", text.before_tell))
    if run_in_list:
        items = "; ".join(text.before_checkup_items)
        blocks.append(of("bullet", f"{text.before_checkup} {items}."))
    else:
        # The sentence that introduces the list stays with it, on the same panel or page.
        intro = of("bullet", text.before_checkup)
        blocks.append(Block(intro.kind, intro.words, keep_with_next=True))
        bound = tuple(bind_abbreviations(i, text.language) for i in text.before_checkup_items)
        blocks.append(Block.listing(bound))
    blocks += [
        of("heading", text.during_heading),
        of("bullet", text.during_hygiene),
        of("bullet", text.during_dental),
        of("alert", text.during_contact),
        of("body", text.leaflet),
        of("body", text.reporting),
    ]
    return blocks


def _best_fit(
    text: SharedText,
    style: FormatStyle,
    builder: LayoutBuilder,
    run_in_list: bool,
    page_count: int,
    blank: bool,
) -> tuple[float, Built, Placement] | str:
    """The largest size that fits in one arrangement, or the panel that overflows."""
    blocks = shared_blocks(text, run_in_list, loose_cards=page_count > 2)
    fewest = page_count == style.page_counts[0]
    preferred = style.body_pref_pt if fewest else style.body_pref_more_pages_pt
    built = None
    for size in trial_sizes(preferred, style.body_min_pt):
        built = builder(text, style, size, page_count, blank)
        if built is None:
            continue
        placed = flow(blocks, built[1], size, style.body_min_pt)
        if placed is not None:
            return size, built, placed
    # Nothing fits: name the panel where the text runs out at the smallest size.
    if built is None:
        return "card"
    return overflowing_region(blocks, built[1], style.body_min_pt, style.body_min_pt)


def fit_shared_layout(
    text: SharedText, style: FormatStyle, builder: LayoutBuilder, blank: bool = False
) -> SharedLayout:
    """Lay the card out on the fewest pages, at the largest size either arrangement allows."""
    panel = "card"
    for page_count in style.page_counts:
        fits = []
        for run_in_list in (False, True):
            fit = _best_fit(text, style, builder, run_in_list, page_count, blank)
            if isinstance(fit, str):
                panel = fit
            else:
                fits.append((fit, run_in_list))
        if fits:
            best, run_in = max(fits, key=lambda c: c[0][0])
            return _assemble(text, style, best, run_in, blank)
    # Say what the user can do: the other formats have more room (three panels, large print).
    raise TextOverflowError(
        panel,
        text.language,
        f"even at {style.body_min_pt} pt; choose another card format "
        "(id1-trifold or a6-large) or shorter approved text",
    )


def _assemble(
    text: SharedText,
    style: FormatStyle,
    fit: tuple[float, Built, Placement],
    run_in_list: bool,
    blank: bool,
) -> SharedLayout:
    """Put the placed text among the pinned parts, each region where a reader meets it."""
    size, built, placed = fit
    page_ops, _, insert_at = built
    flowing: dict[str, list[DrawOp]] = {}
    for region, top, box in placed:
        flowing.setdefault(region.name, []).extend(emit(box, region.x, top, region.width))
    # Insert from the back so earlier positions stay valid.
    # Insert from the back so earlier positions stay valid; of two regions at one position,
    # the later one in reading order first.
    order = {region.name: index for index, region in enumerate(built[1])}
    for region_name, at in sorted(insert_at.items(), key=lambda i: (-i[1], -order[i[0]])):
        page = built[1][order[region_name]].page
        page_ops[page][at:at] = flowing.get(region_name, [])
    pages = tuple(
        PageLayout(tuple(ops), style.fold_xs(index)) for index, ops in enumerate(page_ops)
    )
    return SharedLayout(pages, size, style, text.language, run_in_list, blank)


@lru_cache(maxsize=256)
def cached_layout(
    text: SharedText, style: FormatStyle, builder: LayoutBuilder, blank: bool = False
) -> SharedLayout:
    """Layouts are pure functions of their text and format: compute each once per process."""
    return fit_shared_layout(text, style, builder, blank)
