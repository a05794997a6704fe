"""Two neighbouring columns that the extractor read across, each raw line the left column's
line, a gap (a tab, or a run of spaces or ideographic spaces) and the right one's, written again
one column after the other before the page's lines are read (`read_across`)."""

from __future__ import annotations

import re
from collections import Counter

from ..language import names
from ..language.text import display_width, ends_half_width, ends_sentence
from .habits import PAIR_GAP
from .items import HAN_CHAR, runs_on, table_rows
from .lines import INDENT

# Two columns read across: each raw line the left column's line, a tab, the right one's. Three
# such lines at least: a page header or a strip of two captions may part once or twice by tabs
MIN_ACROSS = 3
MAX_ACROSS_GAP = 1  # lines of the left column alone between two read across: the right's blank
FULL_LINE = 0.9  # of a column's widest line: a line filled to the measure, its text running on
BYLINE_ROLE = re.compile(rf"^[^\w（(]?\s*(?:{names.ROLE})\s*\S")
HEADLINE_STOPS = re.compile(r"[：:（()）]")  # a label's colon, a credit's or a cross-reference's brackets
RUNNING_TEXT = re.compile(r"[\u4e00-\u9fff].*[，、；。]|[，、；。].*[\u4e00-\u9fff]")


def read_across(text: str) -> str:
    """Two columns read across are written again one after the other. Two stories side by side
    are both kept whole: the left one may run on below the pair, so the right one goes first,
    unless the left one ran out within it. One story's two columns, the right one carrying on
    the left one's last line, or its two legs under a byline, are read left, then right, the left
    leg's last lines standing alone under the pair read before the right one."""
    written = text.split("\n")
    raw = _gaps_as_tabs(written)
    across = [k for k, line in enumerate(raw) if "\t" in line and _read_across(line)]  # most lines: no tab
    if len(across) >= MIN_ACROSS:
        rows = _tabbed_table_rows(written)
        across = [k for k in across if k not in rows]
    if len(across) < MIN_ACROSS:
        return text
    for first, last in reversed(_across_runs(raw, across)):
        below = next((line for line in raw[last + 1 :] if line.strip()), "")
        above = next((line for line in reversed(raw[:first]) if line.strip()), "")
        tail = _left_column_tail(raw[last + 1 :])
        lines, taken = _one_after_the_other(raw[first : last + 1], below, above, tail)
        raw[first : last + 1 + taken] = lines
    return "\n".join(raw)


def _tabbed_table_rows(written: list[str]) -> set[int]:
    """The rows of a data box the extractor wrote with a tab between their cells, as it writes one
    between two columns read across: no column's lines."""
    return {k for k in table_rows(written) if "\t" in written[k]}


# Two columns read across, a run of spaces between their lines where others write a tab (a
# layout mode pads the left line out to where the right column starts; others write a gap of a
# few spaces or ideographic spaces). A gap of spaces means much else on a page (a kicker and its
# title, a table's cells, a name's parts, a letter-spaced title, Latin words set apart), so the
# columns show only over a run of lines: most of them part where the left column's measure is
# full, or where the right column starts, and both sides hold running text
# (opening on a space, which the engine skips ahead to, the character before it looked back at)
INNER_GAP = re.compile(r"[ \u3000](?<=\S[ \u3000])[ \u3000]*(?=\S)")
MEASURE_SLACK = 1.0  # a justified line falls short of its measure by a character at most
ACROSS_SHARE = 0.5  # of a run's lines parting at the measure or the position: the rest stop short
MIN_RUNNING = 2  # lines of each side carrying a clause mark: text, not a table or a list of names
MAX_TELLING_GAPS = 3  # a line parting at more gaps is letter-spaced, or a table's row
# Two lines of one column written on one raw line part at a gap as wide (split_joined_pairs), but
# the first of them fills the column, short of it by a paragraph's indent at most: a wide gap
# parts two columns only where a left line stops well short of the ones beside it, a line holds
# the right column alone, or the right column is the wider
SHORT_OF_MEASURE = 3.5
WIDER_COLUMN = 4.0  # wider than a first line short by its indent and a number kept whole
READ_DOWN = 3  # times as many breaks inside a word down each side as across: the columns' text is read down

Split = tuple[str, str, str]  # the left column's line, the gap, the right column's line


def _gaps_as_tabs(raw: list[str]) -> list[str]:
    """Runs of lines read across with a gap of spaces between the columns, written in the tab
    form: the left line, a tab, the right one (a tab, then the right one, where it stands alone)."""
    # a space looked for before the pattern's lookarounds, which it tries at every character
    gapped = [k for k, line in enumerate(raw) if (" " in line or "\u3000" in line) and INNER_GAP.search(line)]
    if len(gapped) < MIN_ACROSS:
        return raw  # most pages: too few gaps for a run, asked before the page's tables are read
    # a data box's rows part at gaps too, at their cells: no column's lines, they cut a run
    rows = table_rows(raw)
    gapped = [k for k in gapped if k not in rows]
    if len(gapped) < MIN_ACROSS:
        return raw
    out = list(raw)
    for run in _gapped_runs(raw, gapped):
        for k, line in _read_apart(raw, run).items():
            out[k] = line
    return out


def _gapped_runs(raw: list[str], gapped: list[int]) -> list[list[int]]:
    """Lines each holding a gap, nothing but blank lines between them."""
    runs: list[list[int]] = [[gapped[0]]]
    for k in gapped[1:]:
        if any(line.strip() for line in raw[runs[-1][-1] + 1 : k]):
            runs.append([k])
        else:
            runs[-1].append(k)
    return [run for run in runs if len(run) >= MIN_ACROSS]


def _read_apart(raw: list[str], run: list[int]) -> dict[int, str]:
    """The run's lines in the tab form where they are two columns read across, else nothing."""
    splits = {k: _splits(raw[k]) for k in run}
    chosen = _parted_at_one_place({k: options for k, options in splits.items() if not raw[k][:1].isspace()})
    if not chosen:
        return {}
    gap = Counter(split[1] for split in chosen.values()).most_common(1)[0][0]
    widths = sorted(display_width(split[0]) for split in chosen.values())
    measure = widths[len(widths) // 2]
    cell = Counter(_right_start_shown(split) for split in chosen.values()).most_common(1)[0][0]
    alone = _right_alone_closing(raw, run, gap, splits, measure)
    for k in run:
        if k in alone:
            continue
        split = _at_gap(splits[k], gap, measure)
        if split is None and k not in chosen:
            split = _at_cell(splits[k], cell)
        if split is not None:
            chosen[k] = split
    alone += _right_alone_below(raw, run[-1], gap)
    in_order = [chosen[k] for k in sorted(chosen)]
    if not (_running_text(in_order) and _two_columns(in_order, raw, alone, gap)):
        return {}
    tabbed = {k: f"{left}\t{_beyond(gapped + right, gap)}" for k, (left, gapped, right) in chosen.items()}
    return tabbed | {k: "\t" + _beyond(raw[k], gap) for k in alone}


def _splits(line: str) -> list[Split]:
    return [(line[: m.start()], m.group(), line[m.end() :]) for m in INNER_GAP.finditer(line)]


def _left_measure(split: Split) -> float:
    return display_width(split[0])


def _right_start(split: Split) -> int:
    return len(split[0]) + len(split[1])


def _right_start_shown(split: Split) -> float:
    """Where the right line starts on a grid of cells, a full-width character two cells and a
    space one (a layout mode pads the left line out to the right column's cell, not its count of
    characters)."""
    return display_width(split[0]) + _display_gap(split[0] + split[1])  # the left line's own spaces too


def _gap(split: Split) -> str:
    return split[1]


def _fits(place: float | str, value: float | str, slack: float) -> bool:
    return place == value if isinstance(place, str) else value - slack <= place <= value  # type: ignore[operator]


def _parted_at_one_place(splits: dict[int, list[Split]]) -> dict[int, Split]:
    """Each line's split where most of the run's lines part: their left lines filling one
    measure, their right lines starting at one position, or one gap parting them all (a gap of
    more than a space: one space parts a byline's names, a title's two parts)."""
    best: dict[int, Split] = {}
    telling = {k: _telling(options) for k, options in splits.items()}
    places = ((_left_measure, MEASURE_SLACK), (_right_start, 0.0), (_right_start_shown, 0.0), (_gap, 0.0))
    for place, slack in places:
        for value in {place(split) for options in telling.values() for split in options} - {" "}:
            found = {}
            for k, options in telling.items():
                fitting = [split for split in options if _fits(place(split), value, slack)]
                if len(fitting) == 1:
                    found[k] = fitting[0]
            if len(found) > len(best):
                best = found
    return best if len(best) >= max(MIN_ACROSS, ACROSS_SHARE * len(splits)) else {}


def _telling(options: list[Split]) -> list[Split]:
    """The splits of a line that may tell of two columns: at its widest gap, on a line of few gaps
    (a letter-spaced line parts at every character), and no single space unless between two Han
    characters (some extractors write one after a full-width punctuation mark, around a number or
    a Latin word, inside a byline's names)."""
    if len(options) > MAX_TELLING_GAPS:
        return []
    widest = max(_display_gap(split[1]) for split in options)
    return [
        split
        for split in options
        if _display_gap(split[1]) == widest
        and (split[1] != " " or (HAN_CHAR.match(split[0][-1]) and HAN_CHAR.match(split[2][0])))
    ]


def _display_gap(gap: str) -> float:
    return gap.count(" ") * 0.5 + gap.count("\u3000")


def _at_gap(options: list[Split], gap: str, measure: float) -> Split | None:
    """A line parts at the columns' gap, or a wider one holding a paragraph's indent: of several
    (a name's parts may be set apart as widely), the one nearest the left column's measure."""
    fitting = [split for split in options if split[1].startswith(gap)]
    return min(fitting, key=lambda split: abs(measure - display_width(split[0])), default=None)


def _at_cell(options: list[Split], cell: float) -> Split | None:
    """A line of more gaps than the others tell of (a byline's names spaced apart beside the right
    column) parts where the right column starts on the grid of cells."""
    return next((split for split in options if _right_start_shown(split) == cell), None)


def _beyond(text: str, gap: str) -> str:
    """What follows the columns' gap: the right line's indent of ideographic spaces, its text."""
    return (text[len(gap) :] if text.startswith(gap) else text.lstrip()).lstrip(" ")


def _right_alone_closing(
    raw: list[str], run: list[int], gap: str, splits: dict[int, list[Split]], measure: float
) -> list[int]:
    """The run's last lines, where they hold the right column alone (the left one ran out): each
    opens on the gap and parts at none, a title centred in the left column opening on spaces as
    well; a single space parts a line of names too, so such a line parts only near the left
    column's measure (a left line opening on its paragraph's indent falls short of it by that)."""
    alone: list[int] = []
    for k in reversed(run):
        if not raw[k].startswith(gap) or any(_parts_at(split, gap, measure) for split in splits[k]):
            break
        alone.insert(0, k)
    return alone


def _parts_at(split: Split, gap: str, measure: float) -> bool:
    return split[1].startswith(gap) and (
        gap != " " or display_width(split[0]) >= measure - INDENT - MEASURE_SLACK
    )


def _right_alone_below(raw: list[str], last: int, gap: str) -> list[int]:
    """The lines below the run that open on the gap: the right column's, the left one ran out."""
    alone = []
    for k in range(last + 1, len(raw)):
        if raw[k].strip():
            if not raw[k].startswith(gap):
                break
            alone.append(k)
    return alone


def _running_text(splits: list[Split]) -> bool:
    """Both sides hold running text, or one does and each side's lines run on down it: a narrow
    column's few lines beside the other (a byline, a paragraph's opening) may hold no clause mark."""
    running = [
        sum(bool(RUNNING_TEXT.search(split[side])) for split in splits) >= MIN_RUNNING for side in (0, 2)
    ]
    if all(running):
        return True
    lefts, rights = ([split[side].strip() for split in splits] for side in (0, 2))
    return any(running) and _read_down(lefts, rights)


def _two_columns(splits: list[Split], raw: list[str], alone: list[int], gap: str) -> bool:
    """A gap as wide as the one between two lines of one column written on one parts two columns
    where a line of text holds the right column alone (a title centred in the left column opens
    on spaces too, but holds no clause mark), the right column is the wider, or a left line
    stops well short of the left lines on both sides of it (a story set wider may follow, or
    precede), by its width as printed and by its count of characters alike (some extractors
    count half-width characters whole), and no line of names nor one over a number or a Latin
    word (a line may be broken early rather than split either)."""
    if PAIR_GAP.fullmatch(gap) is None or any(RUNNING_TEXT.search(raw[k]) for k in alone):
        return True
    lefts = [split[0].strip() for split in splits]
    rights = [split[2].strip() for split in splits]
    if _full_measure(rights) > _full_measure(lefts) + WIDER_COLUMN or _read_down(lefts, rights):
        return True
    return any(
        " " not in lefts[k]
        and not rights[k][:1].isascii()
        and _short_of(lefts[k], lefts[k - 1])
        and _short_of(lefts[k], lefts[k + 1])
        for k in range(1, len(lefts) - 1)
    )


def _read_down(lefts: list[str], rights: list[str]) -> bool:
    """Each side's lines run on into the next line's on the same side (a word, a figure's count,
    a quotation cut by the break) far more often than into the other side's: two columns read
    across. Two lines of one column written on one run on from the left piece into the right,
    and from the right into the next line's left."""
    down = sum(runs_on(line, below) for side in (lefts, rights) for line, below in zip(side, side[1:]))
    across = sum(map(runs_on, lefts, rights)) + sum(map(runs_on, rights, lefts[1:]))
    return down >= READ_DOWN * max(across, 1)


def _short_of(line: str, other: str) -> bool:
    return (
        display_width(line) < display_width(other) - SHORT_OF_MEASURE
        and len(line) < len(other) - SHORT_OF_MEASURE
    )


def _full_measure(texts: list[str]) -> float:
    """A column's measure: what most of its lines fill, a headline wider than it or not."""
    return sorted(map(display_width, texts))[len(texts) * 3 // 4]


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


def _one_after_the_other(run: list[str], below: str, above: str, tail: list[str]) -> tuple[list[str], int]:
    """The pair's lines one column after the other, and how many of the lines under it (the left
    column's tail) were taken into them."""
    spaced = _spaced(run)
    left, right = [], []
    for k, line in enumerate(run):
        if "\t" in line:
            piece, other = line.split("\t")
            left += [piece] if piece.strip() else []
            # an extractor writing a blank line after each line but one ending half-width decides
            # by the right piece's end: the left piece is followed as a line of its own
            if (
                spaced
                and piece.strip()
                and not ends_half_width(piece)
                and run[k + 1 : k + 2] not in ([], [""])
            ):
                left.append("")
            right.append(other)
        elif line.strip():
            left.append(line)
        else:
            left.append(line)
            right.append(line)
    left, right = _tidied(left), _tidied(right)
    if _carries_on(left, right):
        return left + right, 0
    if _one_storys_legs(left, above):
        # the right leg the shorter, the left one's last lines stand alone under the pair
        left_at_end = bool(run[-1].split("\t")[0].strip())
        taken = tail if left_at_end and not _right_runs_on_below(left, right, below) else []
        return left + taken + [""] + right, len(taken)
    if not run[-1].split("\t")[0].strip() or _right_runs_on_below(left, right, below):
        return left + [""] + right, 0  # the left story ran out within the pair
    return right + [""] + left, 0


def _left_column_tail(under: list[str]) -> list[str]:
    """The lines under a pair that may be the left column's last: text lines alone on their rows,
    each a clause's, or closing the sentence the line before left open ("42.7%。"), up to a blank
    line, a headline or a label."""
    tail: list[str] = []
    for line in under:
        text = line.strip()
        closes_before = bool(tail) and not ends_sentence(tail[-1]) and ends_sentence(text)
        if not text or "\t" in line or not (closes_before or RUNNING_TEXT.search(text)):
            break
        tail.append(line)
    return tail


def _one_storys_legs(left: list[str], above: str) -> bool:
    """One story's two legs: the left column opens on the story's byline, and right over the pair
    stands, alone on its row, a headline or a line closing a sentence (a box's or another story's
    end). Two stories side by side each have a headline of their own (two on one row are read
    across), and a story the right column carries on from above the pair runs on over it."""
    if "\t" in above:
        return False
    opening = next((line.strip() for line in left if line.strip()), "")  # the first line alone is asked
    if not opening or not _byline(opening):
        return False
    return _headline(above) or ends_sentence(above.strip())


def _byline(line: str) -> bool:
    """A role and names ("本报记者 X", "■通讯员 X"), no clause of a text ("记者从园区获悉，…")."""
    return BYLINE_ROLE.match(line) is not None and RUNNING_TEXT.search(line) is None


def _headline(line: str) -> bool:
    """A line of words alone on its row, no clause or sentence in it, no label ("责任编辑：X"),
    no credit in brackets."""
    text = line.strip()
    return (
        "\t" not in line
        and HAN_CHAR.search(text) is not None
        and RUNNING_TEXT.search(text) is None
        and HEADLINE_STOPS.search(text) is None
        and not ends_sentence(text)
    )


def _right_runs_on_below(left: list[str], right: list[str], below: str) -> bool:
    """The line under the pair carries on the right column's last line, not the left one's: the
    left story ran out within the pair, though the right one's last lines were written flush
    where the left one's would stand (an OCR writes each line box by its place on the page). Its
    words run on from the right line alone, or the left line closes its paragraph and the right
    one closes less (a paragraph, where the left one closed its story)."""
    lefts, rights = ([line.strip() for line in stream if line.strip()] for stream in (left, right))
    if not (lefts and rights and RUNNING_TEXT.search(below)):
        return False  # a box's row or a headline under the pair carries on neither
    from_left, from_right = runs_on(lefts[-1], below.strip()), runs_on(rights[-1], below.strip())
    if from_left != from_right:
        return from_right
    return _closing(lefts[-1]) > _closing(rights[-1])


def _closing(line: str) -> int:
    """How much the line closes: a story (a credit in brackets, "（记者 X）"), a paragraph (a
    sentence's end), or nothing (its text runs on)."""
    if line[:1] in "（(" and line[-1:] in "）)":
        return 2
    return int(ends_sentence(line))


def _spaced(run: list[str]) -> bool:
    """The extractor writes a blank line after most of the run's lines."""
    followed = [not after.strip() for line, after in zip(run, run[1:]) if line.strip()]
    return sum(followed) * 2 > len(followed)


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
