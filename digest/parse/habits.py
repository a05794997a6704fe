"""Extractor habits that write a column's printed lines other than one to a line: a column's
last line written again at the top of the next column, two lines of a column written on one
line, spaces between them, a paragraph's bold run-in label written as a line of its own, and a
story's drop capital written apart from the line it opens. All are read back as the printed
lines before anything else is asked of the page (two neighbouring columns read across are put
apart before: across.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..language import nlp
from ..language.text import display_width, ends_sentence
from .captions import credit_only, is_caption
from .items import CLAUSE_MARK, HAN_CHAR, joined_lines
from .lines import Line, joins_next
from .people import COUNTED_POINT

# A line of text this long, a Han character among them: a column never prints one twice running,
# while a rule may stand twice in a row (under a title, over the next). A paragraph's last line,
# closing its sentence, is never printed twice running however short: the column ended there.
MIN_REPEATED_TEXT = 8


def mark_column_repeats(lines: list[Line]) -> list[Line]:
    """Some extractors write a column's last line again at the top of the next column: a line of
    text the same as the one before it (a blank line between them at most), each printed alone,
    is that copy. A display quote may open on the words of the line above it, and a credit may
    be printed twice running, under two photos set side by side."""
    joined = joined_lines(lines)
    for k in range(1, len(lines)):
        above, line = lines[k - 1], lines[k]
        if (
            line.text == above.text
            and line.number - above.number <= 2
            and not (joined[k - 1] or joined[k])
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


# A paragraph's run-in label counting the measures of a list ("一是", "二要", "其二", "首先"): set
# bold, some extractors write it as a line of its own, the paragraph's words on the next line
RUN_IN_LABEL = re.compile(rf"^[ \u3000\u00a0]*(?:{COUNTED_POINT.pattern})$")
LABEL_ENDS = "是要来则一二三四五六七八九十先次"  # a label's last character, asked before the pattern
# What a line closes on before a list's next measure: a sentence, or the colon that announces the list
BEFORE_LABEL = re.compile(r"[。！？：:][”’」』）)]*$")


def join_run_in_labels(lines: list[Line]) -> list[Line]:
    """A run-in label on a line of its own, after a closed sentence (or none), opens the
    paragraph written on the next line: the two are one line, the label's indent kept."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if k + 1 < len(lines) and _label_apart(lines, k):
            below = lines[k + 1]
            out.append(replace(line, text=line.text + below.text.lstrip(), tight=below.tight))
            k += 2
            continue
        out.append(line)
        k += 1
    return out


def _label_apart(lines: list[Line], k: int) -> bool:
    text = lines[k].text
    return (
        text[-1:] in LABEL_ENDS
        and RUN_IN_LABEL.match(text) is not None
        and (k == 0 or BEFORE_LABEL.search(lines[k - 1].text) is not None)
        and HAN_CHAR.match(lines[k + 1].text.lstrip()) is not None  # the paragraph's first word
    )


# A story's first character set large (a drop capital), two or three lines high: the extractor
# writes it on a line of its own above the story's first line, or before that line with a gap
# of spaces where the large letter stood. It is one ideograph; the line it opens runs on as text
# (no gap inside it: a name padded to three characters, "王  伟", parts its lines by as much).
DROP_CAPITAL = re.compile(r"[\u3400-\u9fff]")
CAPITAL_GAP = re.compile(r"^([\u3400-\u9fff])[ \u3000]{2,}(?=[\u3400-\u9fff])")
WIDE_GAP = re.compile(r"[ \u3000]{2,}")
MIN_OPENED_LINE = 6  # characters of the line a capital opens: a column's line of text, no name


def read_drop_capitals(lines: list[Line]) -> list[Line]:
    """ "近" / "日，珠海高新区…" or "近   日，珠海高新区…": a drop capital read back into the
    story's first line, the word it opens whole again, that line opening a paragraph."""
    out: list[Line] = []
    for k, line in enumerate(lines):
        text = line.text
        if not (out and len(out[-1].text) == 1) and "  " not in text and "\u3000" not in text:
            out.append(line)  # no capital above it nor a gap in it: most lines
            continue
        below = lines[k + 1] if k + 1 < len(lines) else None
        if out and _lone_capital(out, line) and _opens_text(line, below) and _word_opened(out, line):
            capital = out.pop()
            line = replace(line, text=capital.text + text)
        else:
            gap = CAPITAL_GAP.match(text) if "  " in text or "\u3000" in text else None
            if gap is None or not _opens_text(replace(line, text=text[gap.end() :]), below):
                out.append(line)
                continue
            line = replace(line, text=gap.group(1) + text[gap.end() :])
        out.append(replace(line, indented=True, paragraph_indent=True, capital=True))
    return out


def _opens_text(line: Line, below: Line | None) -> bool:
    """A line of a column's text set flush (a capital takes the place of its indent), its
    paragraph running on into the line below: a title's or a subtitle's line is followed by
    a byline or by a paragraph's indented first line."""
    text = line.text
    return (
        len(text) >= MIN_OPENED_LINE
        and not line.indented
        and HAN_CHAR.match(text) is not None
        and WIDE_GAP.search(text) is None
        and below is not None
        and not below.indented
        and len(below.text) >= MIN_OPENED_LINE
    )


def _lone_capital(lines: list[Line], opened: Line) -> bool:
    """The last line is one ideograph, printed apart from the line above it (a headline's or a
    paragraph's last character, wrapped, is printed with it) and before a line wider than that
    one: no line of an upright title (a character or two a line), nor the leftover of a line of
    text running on above it."""
    capital = lines[-1]
    if len(capital.text) != 1 or DROP_CAPITAL.match(capital.text) is None:
        return False
    if len(lines) == 1:
        return True
    above = lines[-2]
    return (
        (len(above.text) > 2 or ends_sentence(above.text))  # "注。": a paragraph's short last line
        and not (above.tight and not capital.tight)
        and display_width(above.text) < display_width(opened.text) + 1
        and not _runs_on(above.text)
    )


def _runs_on(text: str) -> bool:
    return CLAUSE_MARK.search(text) is not None and not ends_sentence(text)


def _word_opened(lines: list[Line], opened: Line) -> bool:
    """The capital is the first character of the word the line it opens goes on with ("近" /
    "日，…", "常" / "州高新区…"), or a word of its own that opens the clause, and no word's last
    one with the line above it ("…走出实验" / "室"):
    a headline wrapped a character short is printed so as well, on a page of no blank lines."""
    capital = lines[-1].text
    if len(lines) > 1 and nlp.word_across(lines[-2].text, capital):
        return False
    return nlp.word_across(capital, opened.text) or _leads_clause(capital, opened.text)


def _leads_clause(capital: str, opened: str) -> bool:
    """A preposition is a word of one character that opens the story's first clause ("为" /
    "降低中小企业研发成本，…", "用" / "微生物…"): no word runs across the capital, yet it is the
    text's first. A headline's last character is no preposition: a phrase never ends on one."""
    words = nlp.tagged(capital + opened)
    return bool(words) and words[0] == (capital, "p")
