"""The reading flow cut into segments (one article's body each) and what they all ask of it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..language import gazetteer
from ..language.text import (
    squeeze,
)
from .layout import (
    BODY,
    FURNITURE,
    Item,
)


@dataclass
class Paragraph:
    lines: list[Item]
    heading: bool = False


@dataclass
class Segment:
    """One article's body as it lies on the page, with what gets attached to it."""

    parts: list[Item]  # body lines and subheading candidates, in print order
    continued: bool = False  # continued from another page: its headline is elsewhere
    headlines: list[Item] = field(default_factory=list)
    bylines: list[Item] = field(default_factory=list)
    authors: list[Item] = field(default_factory=list)
    captions: list[Item] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(squeeze(part.text) for part in self.parts)

    @property
    def first(self) -> int:
        return self.parts[0].number

    @property
    def last(self) -> int:
        return self.parts[-1].number


def main_park(text: str) -> str:
    found = gazetteer.mentions(text)
    if not found:
        return ""
    zone, _, _ = max(found, key=lambda m: (m[1], -m[2]))  # most mentioned, then first mentioned
    return zone.official


def parks_named(text: str) -> dict[str, int]:
    """Official names of the parks the text names, with how often."""
    return {zone.official: count for zone, count, _ in gazetteer.mentions(text)}


def parks_around_breaks(texts: list[str]) -> list[tuple[Counter[str], Counter[str]]]:
    """The parks named above and below each break between the texts (paragraphs), by index of
    the text below. A park's name never runs across a paragraph break, so each is read once."""
    each = [Counter(parks_named(text)) for text in texts]
    total = sum(each, Counter())
    above: Counter[str] = Counter()
    out = []
    for counts in each + [Counter()]:
        out.append((above, total - above))
        above = above + counts
    return out


def flow_text(paragraphs: list[Paragraph]) -> str:
    return "".join(squeeze(line.text) for line in body_lines(paragraphs))


def body_lines(paragraphs: list[Paragraph]) -> list[Item]:
    return [line for p in paragraphs for line in p.lines if line.kind == BODY]


def flow_neighbour(items: list[Item], i: int, step: int, *floating: str) -> Item | None:
    """The next item in the direction of `step` that is not furniture (nor of the kinds given)."""
    j = i + step
    while 0 <= j < len(items) and items[j].kind in (FURNITURE, *floating):
        j += step
    return items[j] if 0 <= j < len(items) else None
