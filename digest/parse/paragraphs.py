"""Paragraphs of a segment, from its own column width: a line well short of the column ends one."""

from __future__ import annotations

import re

from ..language.text import (
    display_width,
    ends_sentence,
    mid_paragraph_width,
    squeezable,
)
from .flow import Paragraph, Segment, body_lines
from .items import BODY, DEFAULT_COLUMN, HEADLINE, Item, data_boxes, ends_paragraph, holds_clause
from .lines import INDENT

# A run of Latin letters or digits set inside Chinese text may be spaced off it by a quarter em
# on each side; an extractor that saw that spacing wrote a space on both sides of the run.
# (opening on its first space, which the engine skips ahead to, the character before it looked back at)
_SPACED_RUN = re.compile(r"\s(?<=[^!-~\s]\s)\s*[!-~]+(?:\s[!-~]+)*\s+(?=[^!-~\s])")

FULL = 0.5  # how far from its column's width a line may run and still be full


def find_paragraphs(seg: Segment) -> list[Paragraph]:
    """Paragraph breaks from the lost indent and short last lines. Each line is measured against
    the column on its own side: two articles of different widths may still share a segment."""
    body = [p for p in seg.parts if p.kind == BODY]
    columns = _Columns(body)
    indents = any(line.indented for line in body)  # most extractors keep none: nothing to count
    at = {id(line): k for k, line in enumerate(body)}
    boxes = data_boxes(seg.parts)
    paragraphs: list[Paragraph] = []
    for i, part in enumerate(seg.parts):
        previous = seg.parts[i - 1] if i else None
        if part.kind == HEADLINE or i in boxes.labels or _heads_text_carried_on(part, previous, columns, at):
            paragraphs.append(Paragraph([part], heading=True))
            continue
        if (
            previous is None
            or paragraphs[-1].heading
            or i - 1 in boxes.labels
            or i in boxes.rows  # a data box's row is a paragraph of its own
            or i - 1 in boxes.rows
            or previous.table_row  # a row of a box set as text, whatever it ends on
            or part.indented
            or not (indents and _keeps_indents(body, at[id(part)]))
            and _breaks_after(previous, part, columns, at[id(previous)], len(paragraphs[-1].lines) == 1)
        ):
            paragraphs.append(Paragraph([]))
        paragraphs[-1].lines.append(part)
    return paragraphs


def _heads_text_carried_on(part: Item, previous: Item | None, columns: _Columns, at: dict[int, int]) -> bool:
    """A line right over a jump to a column lower on the page (（转下栏）) that closes no sentence and
    holds no clause, under a paragraph's close, set as a heading or well short of its column: the
    subheading of the section carried on there. A paragraph the jump breaks off breaks at its
    column's foot, on a full line."""
    if not part.continues_in_column or part.kind != BODY:
        return False  # most lines: no jump under them
    if ends_sentence(part.text) or holds_clause(part.text):
        return False
    if previous is not None and previous.kind == BODY and not ends_paragraph(previous):
        return False
    short = display_width(part.text) < columns.above(at[id(part)]) - INDENT - FULL
    return part.lines[0].heading or short


def _keeps_indents(body: list[Item], k: int, reach: int = 8, least: int = 2) -> bool:
    """Where the extractor kept the indents of the paragraphs around line k, a line without one
    opens no paragraph, however short the line above it."""
    return sum(line.indented for line in body[max(0, k - reach) : k + reach]) >= least


class _Columns:
    """The column width of the mid-paragraph lines just above and just below each line.
    Only asked for where a sentence ends, so it is worked out there alone."""

    def __init__(self, lines: list[Item], reach: int = 8) -> None:
        self.widths = [mid_paragraph_width(line.text) for line in lines]
        self.reach = reach
        measured = _upper_quartile(self.widths)
        # no line runs on to the next: an extractor that reflows each paragraph onto one line
        self.reflowed = measured is None
        self.fallback = measured or DEFAULT_COLUMN

    def above(self, k: int) -> float:
        return _upper_quartile(self.widths[max(0, k - self.reach) : k]) or self.fallback

    def below(self, k: int) -> float:
        return _upper_quartile(self.widths[k + 1 : k + 1 + self.reach]) or self.fallback


def full_width(lines: list[Item]) -> float | None:
    """The width of these lines' column."""
    return _upper_quartile([mid_paragraph_width(line.text) for line in lines])


def _upper_quartile(widths: list[float | None]) -> float | None:
    """Indented first lines and Latin or digits only ever shorten a line: the column is wide."""
    known = sorted([w for w in widths if w is not None])
    return known[round(0.75 * (len(known) - 1))] if known else None


def width_change(above: list[Item], below: list[Item], reach: int = 8) -> float:
    """How much the column narrows or widens from the last lines above to the first lines below."""
    column_above, column_below = full_width(above[-reach:]), full_width(below[:reach])
    return abs(column_above - column_below) if column_above and column_below else 0.0


def width_changes(paragraphs: list[Paragraph], reach: int = 8) -> list[float]:
    """The width change where each paragraph begins, from the lines just above to those just below.
    The lines above are those since the last headline (a headline may stand between two articles
    of other widths: a paragraph under it is measured against its own article's lines), less the
    paragraphs' first lines, whose lost indent would make a short lead's column look narrow."""
    lines = body_lines(paragraphs)
    firsts = {id(body[0]) for p in paragraphs if (body := body_lines([p]))}
    changes, start, since = [], 0, 0
    for paragraph in paragraphs:
        if paragraph.heading:
            since = start
        above = [line for line in lines[max(since, start - reach) : start] if id(line) not in firsts]
        changes.append(width_change(above, lines[start : start + reach]))
        start += sum(1 for line in paragraph.lines if line.kind == BODY)
    return changes


def _set_width(text: str) -> float:
    """A line's width with the spacing around its spaced-off half-width runs: only a lost indent
    is wider."""
    return display_width(text) + 0.5 * len(_SPACED_RUN.findall(text))


def _breaks_after(line: Item, following: Item, columns: _Columns, k: int, opens: bool) -> bool:
    """Does a paragraph end after `line`, body line k (the first of its paragraph if `opens`),
    followed by body line k + 1?"""
    if not ends_sentence(line.text):
        return False
    if columns.reflowed:
        return True  # each line a paragraph of its own, none measures a column
    above, below = columns.above(k), columns.below(k + 1)
    gap = below - _set_width(following.text)
    width = display_width(line.text)
    if width > max(above, below) + INDENT:
        # No printed line runs past its column: an extractor that reflows each paragraph onto
        # one line writes this one, and the sentence it closes closes the paragraph.
        return True
    if width < above - 1.0:
        # A short last line; unless it is a paragraph's first line, short by its lost indent,
        # that happened to close a sentence ("32岁的…之一。") in a column that goes on as wide
        # (where it changes, another article may begin), and the next runs as wide as the
        # column on both sides even were its punctuation set at half width (a squeezed line
        # holds more characters), so lost no indent.
        first_line = opens and abs(above - INDENT - width) <= 1.0 and abs(above - below) < 1.0
        widest = max(above, below) + squeezable(following.text)
        return not (first_line and abs(widest - display_width(following.text)) <= FULL)
    # A full last line: only the next line's lost indent tells, but not when that line closes
    # its own paragraph: it is short for that, when much shorter than an indent.
    return gap >= INDENT - 1.0 and not (ends_sentence(following.text) and gap > INDENT + 1.0)
