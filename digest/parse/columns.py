"""An article's columns read right to left: its lines put back in reading order.

An extractor that walks a page's text blocks in the wrong direction writes an article's
columns last first (2, 1 or 3, 2, 1). The text then opens mid-sentence, and its real opening
(a dateline, or the first line of an indented or shortened paragraph) turns up later. A
compositor balances an article's columns: all but the last hold the same number of lines,
the last as many or fewer. So the first column is the article's last `h` lines as read, and
its first lines as read (the last column) close the article. Only where all of this holds at
once, and every seam between columns then joins, is the text reordered: a body that opens a
paragraph, or whose columns would not join, is left as it reads.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..language import names
from ..language.text import display_width, ends_sentence, mid_paragraph_width
from .items import WHOLE_PARAGRAPH
from .lines import INDENT, SPEAKER_TURN, Line, joins_next

MAX_COLUMNS = 6
MIN_COLUMN_LINES = 2  # one line a column proves nothing of balance
LEAD_LINES = 1  # lines a run may hold before its article's text (a one-line headline)
FULL = 1.0  # a line this close to its column's width fills it
WIDER = 2.0  # a line this much wider than the column is set across it (a headline), not justified in it
SAME_WIDTH = 1.5  # columns of one article differ by no more (a half-width character or two)
NAME_WIDTH = 8  # an author's name, or two, printed alone on the last line
# Lines wider than any column that show a run was written a paragraph a line: two, for one such
# line may be a table's row or a headline set across the page among a column's lines
PARAGRAPH_LINES = 2
CLAUSE_MARK = re.compile(r"[，、；。：]")
# "——园区有关负责人解读政策要点": a subtitle's dash opens a line of its headline, no column's text
SUBTITLE_DASH = re.compile(r"^\s*——")


def restore_column_order(
    lines: list[Line], apart: Callable[[Line], bool], carried_on: Callable[[Line], bool]
) -> list[Line]:
    """The lines with each article read right to left put in reading order. A run is a stretch
    of column lines each printed alone (no headline group, nothing `apart` says stands apart).
    A run that may go on from text above it (text left open before it, or a line saying it is
    `carried_on` from another page) opens mid-sentence for that reason and is left alone."""
    out: list[Line] = []
    text_open = False
    for run in _runs(lines, apart):
        if len(run) < MIN_COLUMN_LINES:
            out += run
            text_open = text_open or any(carried_on(line) for line in run)
            continue
        out += run if text_open else _in_reading_order(run)
        text_open = not _closes(out[-len(run) :])
    return out


def _runs(lines: list[Line], apart: Callable[[Line], bool]) -> list[list[Line]]:
    runs: list[list[Line]] = []
    grouped = previous_alone = False  # joined to the line above; printed alone
    for line in lines:
        joined = joins_next(line)
        alone = not grouped and not joined and not apart(line)
        if alone and previous_alone:
            runs[-1].append(line)
        else:
            runs.append([line])
        grouped, previous_alone = joined, alone
    return runs


@dataclass(frozen=True)
class _Measure:
    """What a run's lines are measured against: its column's width, and whether it keeps indents."""

    column: float
    kept: bool


def _in_reading_order(run: list[Line]) -> list[Line]:
    column = _column(run)
    if column is None or _written_a_paragraph_a_line(run):
        return run
    for start in range(min(LEAD_LINES, len(run) - 1) + 1):
        measure = _Measure(column, any(line.indented for line in run[start:]))
        if start and not _headline(run[start - 1], measure):
            break
        if _opens(run, start, measure) or not _continues(run[start], measure):
            continue
        for end in _ends(run, start, measure):
            measure = _Measure(column, any(line.indented for line in run[start:end]))
            for count in range(2, MAX_COLUMNS + 1):
                columns = _balanced(run[start:end], count)
                if columns and _reads_reversed(columns, measure):
                    ordered = [line for part in reversed(columns) for line in part]
                    numbers = [line.number for line in run[start:end]]
                    renumbered = [replace(line, number=n) for line, n in zip(ordered, numbers)]
                    return run[:start] + renumbered + run[end:]
    return run


def _written_a_paragraph_a_line(run: list[Line]) -> bool:
    """An extractor that joins each paragraph's lines into one (Umi-OCR's 按自然段换行) writes lines
    wider than any printed column: it read the page by paragraphs, never a column's lines in the
    wrong order, and its paragraphs' widths measure no column."""
    return sum(display_width(line.text) > WHOLE_PARAGRAPH for line in run) >= PARAGRAPH_LINES


def _ends(run: list[Line], start: int, measure: _Measure) -> list[int]:
    """Where the reversed article may end: where its first column, read last, leaves a sentence
    open, and the run ends or a paragraph, a dateline or a wider line (a headline) comes next."""
    return [
        i
        for i in range(start + 1, len(run) + 1)
        if not _closes(run[max(start, i - 2) : i])
        and (i == len(run) or _opens(run, i, measure) or _wider(run[i], measure))
    ]


def _continues(line: Line, measure: _Measure) -> bool:
    """The line may go on from text before it: it fills the column, or holds a clause (a short
    line without one is a heading)."""
    return bool(CLAUSE_MARK.search(line.text)) or not _short(line, measure)


def _headline(line: Line, measure: _Measure) -> bool:
    """A line before an article's text, set wider than it, that may be its one-line headline."""
    return _wider(line, measure) and not (_dateline(line) or line.indented)


def _wider(line: Line, measure: _Measure) -> bool:
    return display_width(line.text) > measure.column + WIDER and not ends_sentence(line.text)


def _balanced(lines: list[Line], count: int) -> list[list[Line]] | None:
    """The lines as `count` columns read right to left (last column first), balanced."""
    height = math.ceil(len(lines) / count)
    last = len(lines) - (count - 1) * height
    if height < MIN_COLUMN_LINES or last < 1:
        return None
    return [lines[:last]] + [lines[last + k * height : last + (k + 1) * height] for k in range(count - 1)]


def _reads_reversed(columns: list[list[Line]], measure: _Measure) -> bool:
    """The first column (read last) opens the article, the last closes it, no dateline comes
    earlier, no subtitle stands among the lines (its title over it is no column's text), and the
    text runs on across every seam (at least half of them cutting a sentence, as most seams do)
    and down every column (a break inside a column would say the seams lie elsewhere)."""
    in_order = columns[::-1]
    return (
        _one_width(columns)
        and not any(SUBTITLE_DASH.match(line.text) for part in columns for line in part)
        and _opens(in_order[0], 0, measure)
        and not _turn(in_order[0][0])  # an interview opens before its first turn
        and _closes(in_order[-1])
        and not any(_dateline(line) for part in in_order[1:] for line in part)
        and all(_joins(a[-1], b, 0, measure) for a, b in zip(in_order, in_order[1:]))
        and 2 * _sentences_cut(in_order, measure) >= len(columns) - 1
        and all(_joins(part[j - 1], part, j, measure) for part in in_order for j in range(1, len(part)))
    )


def _one_width(columns: list[list[Line]]) -> bool:
    """The columns of one article are set to one width (the widest line that leaves its sentence
    open fills its column)."""
    widths = [
        max(filled)
        for part in columns
        if (filled := [w for line in part if (w := mid_paragraph_width(line.text))])
    ]
    return max(widths, default=0) - min(widths, default=0) <= SAME_WIDTH


def _sentences_cut(in_order: list[list[Line]], measure: _Measure) -> int:
    """How many seams cut a sentence: the column above leaves it open, the next goes on with it."""
    return sum(
        not ends_sentence(above[-1].text) and not _short(above[-1], measure) and not _opens(below, 0, measure)
        for above, below in zip(in_order, in_order[1:])
    )


def _closes(lines: list[Line]) -> bool:
    """The lines close the article: its last sentence, or an author's name printed alone
    after it."""
    if ends_sentence(lines[-1].text):
        return True
    named = len(lines) > 1 and display_width(lines[-1].text) <= NAME_WIDTH and ends_sentence(lines[-2].text)
    return named and not CLAUSE_MARK.search(lines[-1].text)


def _joins(above: Line, lines: list[Line], i: int, measure: _Measure) -> bool:
    """The text runs on from `above` into line i: a sentence left open into no new paragraph
    (unless the line above is a subheading, short), a paragraph closed short of the column into
    an opening."""
    opens = _opens(lines, i, measure)
    if not ends_sentence(above.text):
        return not opens or _short(above, measure)  # a subheading's line, short of the column
    return opens or display_width(above.text) > measure.column - FULL


def _opens(lines: list[Line], i: int, measure: _Measure) -> bool:
    """Line i opens a paragraph: a dateline, an indent kept, a speaker's turn, or (where the text keeps no
    indents) a line an indent short of the column that closes no sentence, above a line that
    is not short too without closing one (lines set short around a photo open nothing)."""
    line = lines[i]
    if _dateline(line) or line.indented or _turn(line):
        return True
    below = lines[i + 1] if i + 1 < len(lines) else None
    wrapped = below is not None and _short(below, measure) and not ends_sentence(below.text)
    short = _short(line, measure) and not wrapped
    return not measure.kept and short and not ends_sentence(line.text)


def _short(line: Line | None, measure: _Measure) -> bool:
    return line is not None and display_width(line.text) <= measure.column - INDENT + FULL / 2


def _turn(line: Line) -> bool:
    return bool(SPEAKER_TURN.match(line.text))


def _dateline(line: Line) -> bool:
    return names.starts_with_dateline(line.text)


def _column(run: list[Line]) -> float | None:
    widths = [w for line in run if (w := mid_paragraph_width(line.text)) is not None]
    # the upper quartile: lines set short around a photo would pull a median down
    return statistics.quantiles(widths, n=4)[2] if len(widths) >= 2 * MIN_COLUMN_LINES else None
