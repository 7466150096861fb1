"""Flowing text blocks through a card's regions in reading order, at one body size.

Blocks go into the current region while they fit and move on to the next region when
they do not; a long paragraph may break between regions, keeping two lines on each side.
Headings keep with what follows. Nothing is clipped: if the blocks do not all fit, the
flow fails and the caller tries a smaller size.
"""

from __future__ import annotations

from dataclasses import dataclass

from cardmaker.render.blocks import MIN_SPLIT_LINES, Block, BlockBox, measure
from cardmaker.render.style import BLOCK_GAP_EM, ITEM_GAP_EM, LEADING, SIZE_STEP_PT


@dataclass(frozen=True)
class Region:
    """A rectangle that shared text flows into; ``name`` is the panel it belongs to."""

    name: str
    page: int
    x: float
    top: float
    width: float
    bottom: float

    @property
    def height(self) -> float:
        """Usable height in points."""
        return self.top - self.bottom


Placement = list[tuple[Region, float, BlockBox]]


def flow(
    blocks: list[Block], regions: list[Region], size: float, min_size: float
) -> list[tuple[Region, float, BlockBox]] | None:
    """Place blocks greedily in reading order; None if they do not all fit."""
    placed: list[tuple[Region, float, BlockBox]] = []
    region_index = 0
    cursor = regions[0].top if regions else 0.0
    index = 0
    while index < len(blocks):
        unit = [blocks[index]]
        while unit[-1].keep_with_next and index + len(unit) < len(blocks):
            unit.append(blocks[index + len(unit)])
        boxes = _measure_unit(unit, regions[region_index], size, min_size)
        split_placed = False
        while boxes is None or _unit_height(boxes, size) > cursor - regions[region_index].bottom:
            region = regions[region_index]
            if split_placed:
                # The rest of a broken paragraph does not fit where it was to continue:
                # take back its first part and start the whole paragraph here instead,
                # so that no lines are printed twice and no panel is skipped.
                placed.pop()
                split_placed = False
                boxes = _measure_unit(unit, region, size, min_size)
                continue
            if boxes is not None and len(boxes) == 1 and boxes[0].splittable:
                split = _split_to_fit(boxes[0], cursor - region.bottom, regions, region_index)
                if split is not None:
                    placed.append((region, cursor, split[0]))
                    split_placed = True
                    region_index += 1
                    cursor = regions[region_index].top
                    boxes = [split[1]]
                    continue
            # Too tall for what is left here (or for this whole region): try the next one.
            region_index += 1
            if region_index >= len(regions):
                return None
            cursor = regions[region_index].top
            boxes = _measure_unit(unit, regions[region_index], size, min_size)
        region = regions[region_index]
        for box in boxes:
            placed.append((region, cursor, box))
            cursor -= box.height + gap_after(box.block, size)
        index += len(unit)
    return placed


def _split_to_fit(
    box: BlockBox, space: float, regions: list[Region], region_index: int
) -> tuple[BlockBox, BlockBox] | None:
    """Break a paragraph between this region and the next (if no narrower: lines keep).

    Never across leaves: pages 1-2 and 3-4 of a four-page card are two loose cards, and
    a sentence must not start on one and end on the other.
    """
    if region_index + 1 >= len(regions):
        return None
    here, there = regions[region_index], regions[region_index + 1]
    if there.width < here.width - 0.01 or there.page // 2 != here.page // 2:
        return None
    fitting = int(space // (LEADING * box.size))
    lines_here = min(fitting, len(box.lines) - MIN_SPLIT_LINES)
    if lines_here < MIN_SPLIT_LINES:
        return None
    return box.split(lines_here)


def _measure_unit(
    unit: list[Block], region: Region, size: float, min_size: float
) -> list[BlockBox] | None:
    boxes = [measure(block, size, min_size, region.width) for block in unit]
    if any(box is None for box in boxes):
        return None
    return [box for box in boxes if box is not None]


def gap_after(block: Block, size: float) -> float:
    """Space below a block: list items sit closer together than paragraphs."""
    return (ITEM_GAP_EM if block.kind == "sub" else BLOCK_GAP_EM) * size


def _unit_height(boxes: list[BlockBox], size: float) -> float:
    return sum(box.height for box in boxes) + sum(gap_after(b.block, size) for b in boxes[:-1])


def trial_sizes(preferred: float, minimum: float) -> list[float]:
    """Body sizes to try, largest first."""
    sizes = []
    size = preferred
    while size >= minimum - 1e-9:
        sizes.append(round(size, 2))
        size -= SIZE_STEP_PT
    return sizes


def overflowing_region(
    blocks: list[Block], regions: list[Region], size: float, min_size: float
) -> str:
    """Name the panel where the text stops fitting, for the error message."""
    for count in range(len(blocks) - 1, 0, -1):
        placed = flow(blocks[:count], regions, size, min_size)
        if placed:
            return placed[-1][0].name
    return regions[0].name if regions else "card"
