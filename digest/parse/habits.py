"""Extractor habits that write a column's printed lines other than one to a line: a column's
last line written again at the top of the next column, two lines of a column written on one
line, spaces between them, and two neighbouring columns read across, a tab between their
lines. Each is read back as the printed lines before anything else is asked of the page."""

from __future__ import annotations

import re
from dataclasses import replace

from ..language.text import display_width, ends_sentence
from .captions import credit_only, is_caption
from .items import HAN_CHAR
from .lines import Line, joins_next

# A line of text this long, a Han character among them: a column never prints one twice running,
# while a rule may stand twice in a row (under a title, over the next). A paragraph's last line,
# closing its sentence, is never printed twice running however short: the column ended there.
MIN_REPEATED_TEXT = 8


# Two columns read across: each raw line the left column's line, a tab, the right one's. Three
# such lines at least: a page header or a strip of two captions may part once or twice by tabs
MIN_ACROSS = 3
MAX_ACROSS_GAP = 1  # lines of the left column alone between two read across: the right's blank
FULL_LINE = 0.9  # of a column's widest line: a line filled to the measure, its text running on
RUNNING_TEXT = re.compile(r"[\u4e00-\u9fff].*[，、；。]|[，、；。].*[\u4e00-\u9fff]")


def read_across(text: str) -> str:
    """Two columns read across are written again one after the other. Two stories side by side
    are both kept whole: the left one may run on below the pair, so the right one goes first,
    unless the left one ran out within it. One story's two columns, the right one carrying on
    the left one's last line, are read left, then right."""
    raw = text.split("\n")
    across = [k for k, line in enumerate(raw) if _read_across(line)]
    if len(across) < MIN_ACROSS:
        return text
    for first, last in reversed(_across_runs(raw, across)):
        raw[first : last + 1] = _one_after_the_other(raw[first : last + 1])
    return "\n".join(raw)


def _read_across(line: str) -> bool:
    return line.count("\t") == 1 and bool(line.split("\t")[1].strip())


def _across_runs(raw: list[str], across: list[int]) -> list[tuple[int, int]]:
    runs: list[list[int]] = [[across[0]]]
    for k in across[1:]:
        between = [line for line in raw[runs[-1][-1] + 1 : k] if line.strip()]
        if len(between) <= MAX_ACROSS_GAP:
            runs[-1].append(k)
        else:
            runs.append([k])
    return [(run[0], run[-1]) for run in runs if len(run) >= MIN_ACROSS]


def _one_after_the_other(run: list[str]) -> list[str]:
    left, right = [], []
    for line in run:
        if "\t" in line:
            piece, other = line.split("\t")
            left += [piece] if piece.strip() else []
            right.append(other)
        elif line.strip():
            left.append(line)
        else:
            left.append(line)
            right.append(line)
    left, right = _tidied(left), _tidied(right)
    if _carries_on(left, right):
        return left + right
    if not run[-1].split("\t")[0].strip():  # the left story ran out within the pair
        return left + [""] + right
    return right + [""] + left


def _tidied(stream: list[str]) -> list[str]:
    """A column's lines, blank lines between them as the extractor wrote them, none doubled."""
    out: list[str] = []
    for line in stream:
        if line.strip() or (out and out[-1].strip()):
            out.append(line)
    while out and not out[-1].strip():
        out.pop()
    return out


def _carries_on(left: list[str], right: list[str]) -> bool:
    """The right column opens on a full line of text, a clause mark in it, after the left column's
    last full line: one story's text running on from column to column. A headline may fill its
    column too, but holds no clause mark."""
    texts = [[line.strip() for line in stream if line.strip()] for stream in (left, right)]
    if not all(texts) or RUNNING_TEXT.search(texts[1][0]) is None:
        return False
    return all(
        display_width(line) >= FULL_LINE * max(map(display_width, stream))
        for line, stream in ((texts[0][-1], texts[0]), (texts[1][0], texts[1]))
    )


def mark_column_repeats(lines: list[Line]) -> list[Line]:
    """Some extractors write a column's last line again at the top of the next column: a line of
    text the same as the one before it (a blank line between them at most), each printed alone,
    is that copy. A display quote may open on the words of the line above it, and a credit may
    be printed twice running, under two photos set side by side."""
    for above, line in zip(lines, lines[1:]):
        if (
            line.text == above.text
            and line.number - above.number <= 2
            and not (joins_next(above) or joins_next(line))
            and _copied_text(line.text)
        ):
            line.repeated = True
    return lines


def _copied_text(text: str) -> bool:
    long_enough = len(text) >= MIN_REPEATED_TEXT or ends_sentence(text)
    return long_enough and HAN_CHAR.search(text) is not None and not credit_only(text)


# Two lines of a column written on one: a run of spaces wider than any the extractor sets
# between words, with full-width text on at least one side of it (Latin words letter-spaced
# across a justified line, "Micro   LED", part by as many)
PAIR_GAP = re.compile(r"[ \u3000]{3,}")
LATIN_EDGE = re.compile(r"[0-9A-Za-z]")
MIN_PAIRED_LINE = 8.0  # the first of the two fills a column: no column is narrower
PAIR_RUN_ON = 7.0  # how much wider than the first the second may be: an indent or spaces lost
PAIRS_ON_PAGE = 3  # a habit shows on a page's lines again and again; one gap may be a table's


def split_joined_pairs(lines: list[Line]) -> list[Line]:
    """Some extractors write two lines of a column on one raw line, spaces between: a line that
    parts at one wide gap into a first line that fills a column and a second no wider than
    it by much, the first no caption with its credit (two photos' captions side by side are
    written so as well), is the two printed lines, on a page where such lines recur."""
    pairs = {k: gap for k, line in enumerate(lines) if (gap := _pair_gap(line.text)) is not None}
    if len(pairs) < PAIRS_ON_PAGE:
        return lines
    out: list[Line] = []
    for k, line in enumerate(lines):
        gap = pairs.get(k)
        if gap is None:
            out.append(line)
            continue
        first, second = line.text[: gap.start()], line.text[gap.end() :]
        # the first is followed as the extractor follows a line of its own: by a blank line,
        # unless the page joins its lines (the raw line's half-width end explained no join of it)
        out.append(replace(line, text=first, tight=joins_next(line)))
        out.append(replace(line, text=second, indented=False, paragraph_indent=False))
    return out


def _pair_gap(text: str) -> re.Match[str] | None:
    gaps = list(PAIR_GAP.finditer(text)) if "   " in text or "\u3000" in text else []
    if len(gaps) != 1:
        return None
    gap = gaps[0]
    first, second = text[: gap.start()], text[gap.end() :]
    if not first or not second or (LATIN_EDGE.match(first[-1]) and LATIN_EDGE.match(second[0])):
        return None
    width = display_width(first)
    if width < MIN_PAIRED_LINE or display_width(second) > width + PAIR_RUN_ON:
        return None
    return None if is_caption(first) else gap
