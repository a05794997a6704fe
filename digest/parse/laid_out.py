"""A page a PDF reader exported keeping its layout ("text with layout"): the columns of each band
written side by side on one line, apart by runs of spaces, each column's lines opening at one cell
of a grid (a full-width character two cells, a half-width one a cell), a column left empty on a row
padded with spaces, a headline centred over the columns of its story. Each band is written again
story by story, its headline then its columns one after the other (`read_laid_out`), before the
page's lines are read."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

GAP = 2  # blank cells at least between two columns: a full-width character's width
MIN_PARTED = 3  # lines, at least, opening a column at its edge with text left of it on the row
# cells a column's line may open right of the column's edge: a line of the column before that runs
# a closing mark or two past its measure pushes the rest of its row on
EDGE_SLACK = 4
OPEN_ACROSS = 2  # times as many lines opening at a column's edge as run across it below, at least
MIN_PADDED = 3  # lines of unequal length, at least, padded out to the next column's edge
# blank rows a column's text may break for (a picture's place) and go on: a column that breaks off
# for longer and opens again lower down is another story's, in a band the export set no blank line
# above, whose columns are no longer those over it
MAX_BREAK = 3
SIDE_BY_SIDE = re.compile(r"\S[ \u3000]{2,}\S")  # asked of the page first: most pages hold few


@dataclass(frozen=True)
class Run:
    """Text of a line between two gaps, and the cells it takes."""

    row: int
    start: int
    end: int
    text: str


def read_laid_out(text: str) -> str:
    """The page's bands read story by story, where the page was exported keeping its layout."""
    if "\t" in text or len(SIDE_BY_SIDE.findall(text)) < MIN_PARTED:
        return text  # most pages: no columns side by side, or read across with a tab (across.py)
    lines = text.split("\n")
    columned: dict[tuple[int, int], list[str]] = {}
    headed: dict[tuple[int, int], list[str]] = {}
    for first, last in _bands(lines):
        rows = [_runs(k - first, lines[k]) for k in range(first, last)]
        edges = _band_edges(rows)
        pieces = [piece for runs in rows for piece in _pieces(runs, edges)]
        if edges and _padded_out(rows, edges) and _columns_unbroken(pieces, edges):
            columned[first, last] = _read_band(pieces, edges)
        elif not edges and _centred_head(pieces):
            headed[first, last] = _read_band(pieces, edges)
    # a story of one column under a centred head is read as the columns' are, on a page read in
    # columns: its head parted and the head's centring taken off
    read = {**columned, **headed} if columned else {}
    for (first, last), band in sorted(read.items(), reverse=True):
        lines[first:last] = band
    return "\n".join(lines)


def _centred_head(pieces: list[Run]) -> bool:
    """The band opens on a line set off its left edge, over lines that open at the edge: a head
    centred over a column's text."""
    lefts = _lefts(pieces, [])
    return pieces[0].start - lefts[0] > EDGE_SLACK and _body_top(pieces, lefts, 0) is not None


def _bands(lines: list[str]) -> list[tuple[int, int]]:
    """Runs of written lines between blank ones: a band's rows, or a box's."""
    bands: list[tuple[int, int]] = []
    first = None
    for k, line in enumerate([*lines, ""]):
        if line.strip() and first is None:
            first = k
        elif not line.strip() and first is not None:
            bands.append((first, k))
            first = None
    return bands


def cell_width(ch: str) -> int:
    """Cells a character takes on the grid: two for a full-width one, and for one whose width the
    script decides (quotation marks, dashes), full in Chinese type."""
    return 1 if unicodedata.east_asian_width(ch) in ("Na", "H", "N") else 2


def _runs(row: int, line: str) -> list[Run]:
    """The line's text between gaps of two blank cells or more (a single space stays inside)."""
    runs: list[Run] = []
    cell, start, blank, text = 0, 0, 0, ""
    for ch in line:
        width = cell_width(ch)
        if ch in " \u3000":
            blank += width
        else:
            if text and blank >= GAP:
                runs.append(Run(row, start, cell - blank, text.rstrip(" \u3000")))
                text = ""
            if not text:
                start = cell
            text += ch if not blank or not text else " " * blank + ch
            blank = 0
        cell += width
    if text:
        runs.append(Run(row, start, cell - blank, text.rstrip(" \u3000")))
    return runs


def _band_edges(rows: list[list[Run]]) -> list[int]:
    """The cells where the band's columns open, the first one's aside, the cell most lines open at
    taken first of a few near each other (a line pushed on by the one before it opens further)."""
    runs = [run for row in rows for run in row]
    starts = Counter(run.start for run in runs)
    parted = Counter(run.start for row in rows for run in row[1:])
    edges: list[int] = []
    for edge in sorted(parted, key=lambda cell: (-starts[cell], cell)):
        if all(abs(edge - other) > EDGE_SLACK for other in edges) and _opens_column(runs, edge, parted):
            edges.append(edge)
    return sorted(edges)


def _opens_column(runs: list[Run], edge: int, parted: Counter[int]) -> bool:
    """Lines open at the cell after a gap, text left of them on their row, and far more lines open
    there than run across it: from the first of them down, and above it from the band's left edge.
    A headline centred over two columns runs across the gutter between them above their text, while
    lines that open beside a column's text and are run across by its lines below are a headline's,
    centred beside another column; text run across from the band's left edge above is set the band's
    full measure, the cells under it a table's or a grid no blank line parts from it."""
    opening = [run for run in runs if edge <= run.start <= edge + EDGE_SLACK]
    if sum(parted[cell] for cell in range(edge, edge + EDGE_SLACK + 1)) < MIN_PARTED:
        return False
    first = min(run.row for run in opening)
    left = min(run.start for run in runs)
    across = sum(run.start < edge < run.end and (run.row >= first or run.start == left) for run in runs)
    return len(opening) > OPEN_ACROSS * across


def _padded_out(rows: list[list[Run]], edges: list[int]) -> bool:
    """Lines of unequal length on the left, or none, open the next column at one cell: the export
    pads each column out to the next one's edge (an extractor writing a few spaces between two
    columns read across opens the right one wherever the left line ends)."""
    ends = {runs[k - 1].end if k else 0 for runs in rows for k, run in enumerate(runs) if run.start in edges}
    return len(ends) >= MIN_PADDED


def _pieces(runs: list[Run], edges: list[int]) -> list[Run]:
    """A row's runs joined again where the gap between them holds no column's edge (a gap inside a
    column: a name's parts set apart, a centred headline's words)."""
    pieces: list[Run] = []
    for run in runs:
        last = pieces[-1] if pieces else None
        if last is not None and not any(last.end < edge <= run.start for edge in edges):
            gap = " " * (run.start - last.end)
            pieces[-1] = Run(last.row, last.start, run.end, last.text + gap + run.text)
        else:
            pieces.append(run)
    return pieces


def _columns_unbroken(pieces: list[Run], edges: list[int]) -> bool:
    """Each column's text runs down from where it opens to where it ends, but for a picture's rows."""
    lefts = _lefts(pieces, edges)
    for slot in range(len(lefts)):
        top = _body_top(pieces, lefts, slot)
        rows = sorted(row for row in _flush_rows(pieces, lefts, slot) if top is not None and row >= top)
        if any(below - above > MAX_BREAK + 1 for above, below in zip(rows, rows[1:])):
            return False
    return True


def _lefts(pieces: list[Run], edges: list[int]) -> list[int]:
    """Where each column opens: the first one where the band's leftmost text does."""
    return [min(piece.start for piece in pieces), *edges]


def _read_band(pieces: list[Run], edges: list[int]) -> list[str]:
    """The band's stories one after the other, a blank line between two: each one's head, a blank
    line (as an extractor reading column by column parts a headline from its text), then its
    columns, each top to bottom."""
    lefts = _lefts(pieces, edges)
    stories = _stories(pieces, lefts)
    out: list[str] = []
    for slots in stories:
        mine = [piece for piece in pieces if _first_slot(piece, lefts) in slots]
        tops = [_body_top(pieces, lefts, slot) for slot in slots]
        top = min((t for t in tops if t is not None), default=None)
        head = [piece for piece in mine if top is None or piece.row < top]
        body = [piece for piece in mine if piece not in head]
        body.sort(key=lambda piece: (_first_slot(piece, lefts), piece.row))
        out += ([""] if out else []) + _head_lines(sorted(head, key=lambda p: (p.row, p.start)))
        out += ([""] if head and body else []) + [piece.text for piece in body]
    return out


def _head_lines(head: list[Run]) -> list[str]:
    """A story's head, a blank line after each of its parts (kicker, headline, subtitle) as an
    extractor reading it writes them: a line ends its part where the line under it runs wider (a
    wrapped headline fills its first lines, so a shorter line over a wider one is the last of its
    part, or a kicker over its headline) or where a row lies blank between them."""
    lines: list[str] = []
    for piece, under in zip(head, [*head[1:], None]):
        lines.append(piece.text)
        if under is not None and _opens_part(under, piece):
            lines.append("")
    return lines


def _opens_part(line: Run, above: Run) -> bool:
    """The line opens another part of the head than the line above: a blank row between them, or
    it runs wider by more than a character (a mark a line may not end on, carried down, may leave
    a wrapped headline's last line a character the wider)."""
    if line.row == above.row:
        return False  # two pieces of one row
    return line.row > above.row + 1 or line.end - line.start > above.end - above.start + GAP


def _first_slot(piece: Run, lefts: list[int]) -> int:
    return sum(left <= piece.start for left in lefts[1:])


def _last_slot(piece: Run, lefts: list[int]) -> int:
    return sum(left < piece.end for left in lefts[1:])


def _flush(piece: Run, lefts: list[int]) -> bool:
    """The piece opens at its column's edge, as a column's lines do (a headline is centred)."""
    slot = _first_slot(piece, lefts)
    return slot == _last_slot(piece, lefts) and piece.start - lefts[slot] <= EDGE_SLACK


def _body_top(pieces: list[Run], lefts: list[int], slot: int) -> int | None:
    """The row a column's text opens on: its first line at the column's edge with another under it
    (a short headline centred over several columns may open near one column's edge)."""
    rows = _flush_rows(pieces, lefts, slot)
    return next((row for row in sorted(rows) if row + 1 in rows), min(rows, default=None))


def _flush_rows(pieces: list[Run], lefts: list[int], slot: int) -> set[int]:
    return {
        p.row
        for p in pieces
        if _first_slot(p, lefts) == slot and _flush(p, lefts) and not _centred_under(p, pieces, lefts)
    }


def _centred_under(piece: Run, pieces: list[Run], lefts: list[int]) -> bool:
    """The piece is a centred head's last line, come to open within a few cells of a column's edge:
    it opens off the edge with nothing left of it on its row to push it on, under a wider line
    centred on its middle (a column's line opens at its edge, or pushed on by its row's text)."""
    if piece.start == lefts[_first_slot(piece, lefts)]:
        return False
    if any(other.row == piece.row and other.end <= piece.start for other in pieces):
        return False
    middle = piece.start + piece.end
    return any(
        above.row == piece.row - 1
        and above.start < piece.start
        and above.end > piece.end
        and abs(above.start + above.end - middle) <= 2
        for above in pieces
    )


def _headed(pieces: list[Run], lefts: list[int], slot: int, top: int) -> bool:
    """Something stands over the column's text: a headline over it, or over it and others."""
    return any(p.row < top and _first_slot(p, lefts) <= slot <= _last_slot(p, lefts) for p in pieces)


def _stories(pieces: list[Run], lefts: list[int]) -> list[list[int]]:
    """The band's columns grouped by story: columns a headline runs across, and a column whose text
    opens on the row its neighbour's does, one of the two under a headline and the other empty
    above it (a short headline centred over three columns stands over the middle one alone)."""
    count = len(lefts)
    joined = [False] * (count - 1)  # the column joined to the one right of it
    for piece in pieces:
        for slot in range(_first_slot(piece, lefts), _last_slot(piece, lefts)):
            joined[slot] = True
    tops = [_body_top(pieces, lefts, slot) for slot in range(count)]
    for slot in range(count - 1):
        top = tops[slot]
        if joined[slot] or top is None or top != tops[slot + 1]:
            continue
        joined[slot] = _headed(pieces, lefts, slot, top) != _headed(pieces, lefts, slot + 1, top)
    stories = [[0]]
    for slot in range(1, count):
        if joined[slot - 1]:
            stories[-1].append(slot)
        else:
            stories.append([slot])
    return stories
