"""The reading flow cut into segments (one article's body each) and what they all ask of it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..language import gazetteer
from ..language.text import (
    squeeze,
)
from .items import BODY, FURNITURE, Item


@dataclass
class Paragraph:
    lines: list[Item]
    heading: bool = False


# Evidence (Article.evidence): what each decision about a segment rested on, as stable codes.
# Where a boundary stands, at the start or end of an article's text:
PAGE_START, PAGE_END = "page_start", "page_end"  # nothing but furniture before it (after it)
DATELINE = "dateline"  # the text opens with 本报讯 (or an editor's note, 编者按：)
JUMP = "jump"  # a jump line: （上接第N版） opens the text, （下转第N版） closes it
PREVIOUS_END = "previous_end"  # the article above closed (a trailing author, a jump line)
AUTHOR = "author"  # a trailing author closes the text ("。 王成龙")
PHOTO = "photo"  # a photo's caption (图为…) read right after its last sentence closes the text
BYLINE_MARK = "byline"  # a byline printed between it and its neighbour
HEADLINE_MARK = "headline"  # a headline printed between (within the text: where the park changes)
# No mark printed there, only a change of subject: the text turns to another park at a body
# line that reads like a title, or at a paragraph break (a spare headline's article found in
# another's text), or where the column width changes too.
SUBJECT_CHANGE, COLUMN_CHANGE = "subject_change", "column_change"
# How its headline came to it:
CONTENT = "content"  # its words or park fit this text best
POSITION = "position"  # nothing in the text told it from another's: the nearest took it
LEFTOVER = "leftover"  # a headline no other article took, or the only text left for it
FIRST_LINE = "first_line"  # its first body line, read as its title
# How its byline came to it (by print position: a byline's words say nothing of the text):
AFTER_TEXT, BEFORE_TEXT = "after_text", "before_text"  # right after its last line, before its first
BESIDE_HEADLINE = "beside_headline"
NEAREST = "nearest"  # nothing printed next to it: the assignment's nearest
SECOND = "second"  # printed right at its article, though the assignment gave it none
TRAILING_AUTHOR = "trailing_author"
NONE = "none"


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
    start: str = PAGE_START  # evidence codes, above
    end: str = ""
    headline_by: str = ""
    byline_by: str = ""

    def evidence(self) -> dict[str, str]:
        return {
            "start": self.start,
            "end": self.end or PAGE_END,
            "headline": self.headline_by if self.headlines else NONE,
            "byline": self.byline_by or (TRAILING_AUTHOR if self.authors else NONE),
        }

    @property
    def text(self) -> str:
        return "".join([squeeze(part.text) for part in self.parts])

    @property
    def first(self) -> int:
        return self.parts[0].number

    @property
    def last(self) -> int:
        return self.parts[-1].number


def join_ends(pieces: list[Segment], whole: Segment) -> None:
    """The pieces `whole` was cut into (each made with the start its cut found) start and end
    as it did, and each ends where the next begins."""
    filled = [piece for piece in pieces if piece.parts]
    if not filled:
        return
    for before, after in zip(filled, filled[1:]):
        before.end = after.start
    filled[0].start, filled[-1].end = whole.start, whole.end


def main_park(text: str) -> str:
    found = gazetteer.mentions(text)
    if not found:
        return ""
    zone, _, _ = max(found, key=lambda m: (m[1], -m[2]))  # most mentioned, then first mentioned
    return zone.official


def parks_named(text: str) -> dict[str, int]:
    """Official names of the parks the text names, with how often."""
    return {zone.official: count for zone, count, _ in gazetteer.mentions(text)}


def parks_around_breaks(texts: list[str]) -> list[tuple[dict[str, int], dict[str, int]]]:
    """The parks named above and below each break between the texts (paragraphs), by index of
    the text below, with how often. A park's name never runs across a paragraph break, so each
    is read once. (Plain dicts summed: Counter's arithmetic costs several times more.)"""
    each = [parks_named(text) for text in texts]
    total = _summed({}, each)
    above: dict[str, int] = {}
    out = []
    for counts in [*each, {}]:
        out.append((above, _left(total, above)))
        above = _summed(dict(above), [counts])
    return out


def _left(total: dict[str, int], taken: dict[str, int]) -> dict[str, int]:
    """The parks named more often in all than in what is taken, with how often more."""
    return {park: n - taken.get(park, 0) for park, n in total.items() if n > taken.get(park, 0)}


def _summed(into: dict[str, int], counts: list[dict[str, int]]) -> dict[str, int]:
    """`into` with the counts added to it."""
    for named in counts:
        for park, n in named.items():
            into[park] = into.get(park, 0) + n
    return into


def flow_text(paragraphs: list[Paragraph]) -> str:
    return "".join([squeeze(line.text) for line in body_lines(paragraphs)])


def body_lines(paragraphs: list[Paragraph]) -> list[Item]:
    return [line for p in paragraphs for line in p.lines if line.kind == BODY]


def flow_neighbour(items: list[Item], i: int, step: int, *floating: str) -> Item | None:
    """The next item in the direction of `step` that is not furniture (nor of the kinds given)."""
    j = flow_index(items, i, step, *floating)
    return None if j is None else items[j]


def flow_index(items: list[Item], i: int, step: int, *floating: str) -> int | None:
    """Where flow_neighbour's item stands."""
    j = i + step
    while 0 <= j < len(items) and items[j].kind in (FURNITURE, *floating):
        j += step
    return j if 0 <= j < len(items) else None
