"""Boxes drawn round a story. The extractor writes a box's rules as lines of drawing characters
("┌────┐", "└────┘") and its sides as a bar at both ends of every line inside it ("│…│"): the
bars are taken off the lines (`take_off_frames`) before anything reads them, and written onto
the box's rule, which the page's furniture takes whole."""

from __future__ import annotations

from .marks import RULE_LINE

SIDE_BARS = "│┃║"
MIN_FRAMED = 2  # lines inside a box: a lone line between bars is no box


def take_off_frames(text: str) -> str:
    """Each run of lines between side bars next to a drawn rule loses its bars to that rule: the
    one under the run (the box's foot), else the one above it."""
    if not any(bar in text for bar in SIDE_BARS):  # most pages draw no box
        return text
    lines = text.split("\n")
    for first, last in _framed_runs(lines):
        rule = _nearest_rule(lines, first, last)
        if rule is None:
            continue
        bars = []
        for k in range(first, last + 1):
            lines[k], taken = _without_bars(lines[k])
            bars.append(taken)
        lines[rule] = lines[rule].rstrip() + "".join(bars)
    return "\n".join(lines)


def _framed_runs(lines: list[str]) -> list[tuple[int, int]]:
    """First and last index of each run of framed lines (blank lines between them allowed)."""
    runs: list[tuple[int, int]] = []
    start = end = None
    for k, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if _framed(stripped):
            start = k if start is None else start
            end = k
            continue
        if start is not None and end is not None:
            runs.append((start, end))
        start = end = None
    if start is not None and end is not None:
        runs.append((start, end))
    return [(first, last) for first, last in runs if _count_framed(lines, first, last) >= MIN_FRAMED]


def _framed(stripped: str) -> bool:
    return not RULE_LINE.match(stripped) and (stripped[0] in SIDE_BARS or stripped[-1] in SIDE_BARS)


def _count_framed(lines: list[str], first: int, last: int) -> int:
    return sum(1 for line in lines[first : last + 1] if line.strip())


def _nearest_rule(lines: list[str], first: int, last: int) -> int | None:
    """The drawn rule written next to the run, below it or else above it (blank lines aside)."""
    for k in (_next_written(lines, last, 1), _next_written(lines, first, -1)):
        if k is not None and RULE_LINE.match(lines[k].strip()):
            return k
    return None


def _next_written(lines: list[str], k: int, step: int) -> int | None:
    k += step
    while 0 <= k < len(lines) and not lines[k].strip():
        k += step
    return k if 0 <= k < len(lines) else None


def _without_bars(line: str) -> tuple[str, str]:
    """The line without the bar at either end (a paragraph's indent after the left bar is kept),
    and the bars taken off."""
    taken = ""
    body = line.lstrip()
    if body and body[0] in SIDE_BARS:
        taken, body = body[0], body[1:]
    stripped = body.rstrip()
    if stripped and stripped[-1] in SIDE_BARS:
        taken, body = taken + stripped[-1], stripped[:-1]
    return body, taken
