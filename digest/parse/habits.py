"""Extractor habits that write a column's printed lines other than one to a line: a column's
last line written again at the top of the next column, two lines of a column written on one
line, spaces between them, a paragraph's bold run-in label written as a line of its own, a
story's drop capital written apart from the line it opens, and a run of figures or Latin letters
written apart from the line it stands in. All are read back as the printed lines before anything
else is asked of the page (two neighbouring columns read across are put apart before: across.py);
before all, the screen counters a reader app writes between lines, spaces an extractor pads every
line of a page with (after its end, or as the page's left margin before it), and the space some
write after every stop, are taken off, and a box beside a column's foot that a reader wrote onto
the ends of its lines is written apart."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from ..language import names, nlp
from ..language.text import (
    EDITOR_PREFACE,
    display_width,
    ends_half_width,
    ends_sentence,
    is_letter_spaced,
    squeeze,
)
from .captions import credit_only, is_caption
from .items import CLAUSE_MARK, HAN_CHAR, SPACE_BETWEEN_HAN, joined_lines, runs_on
from .lines import INDENT, Line, joins_next
from .marks import end_mark, is_furniture_line, page_holds
from .people import COUNTED_POINT, reads_as_any_names, reads_as_authors

# A line of text this long, a Han character among them: a column never prints one twice running,
# while a rule may stand twice in a row (under a title, over the next). A paragraph's last line,
# closing its sentence, is never printed twice running however short: the column ended there.
MIN_REPEATED_TEXT = 8


def mark_column_repeats(lines: list[Line]) -> list[Line]:
    """Some extractors write a column's last line again at the top of the next column: a line of
    text the same as the one before it (a blank line between them at most), each printed alone,
    is that copy. An outlined headline's shadow layer is its line read once more, straight under
    it in the same block or not, spaced as the extractor reads that layer. A display quote may
    open on the words of the line above it, and a credit may be printed twice running, under
    two photos set side by side."""

    @functools.cache  # which lines join the next, found the first time a line equals the one above
    def joined() -> list[bool]:
        return joined_lines(lines)

    def printed_alone(k: int) -> bool:
        return not (joined()[k - 1] or joined()[k])

    for k in range(1, len(lines)):
        above, line = lines[k - 1], lines[k]
        if above.text[:1] != line.text[:1]:
            continue  # most lines open otherwise than the line above: no copy of it, nor its shadow
        column_copy = line.text == above.text and printed_alone(k)
        if (
            line.number - above.number <= 2
            and (column_copy or _shadow_of(above.text, line.text))
            and _copied_text(line.text)
        ):
            line.repeated = True
    return lines


_WHITESPACE = re.compile(r"\s+")


def _shadow_of(above: str, text: str) -> bool:
    """A headline's line written again by its shadow layer: the same characters, no sentence
    closed (a column's lines written twice running hold its text, which a headline does not),
    whatever spaces the two layers were read with (the caller has seen both open alike)."""
    same = _WHITESPACE.sub("", above) == _WHITESPACE.sub("", text)
    return same and not CLAUSE_MARK.search(text)


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
    if not page_holds(lines, "   ", "\u3000"):
        return lines  # most pages: no line holds a gap as wide (asked of each line below too)
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
    # a label's last character asked before the call: most lines end otherwise
    labels = {k for k in range(len(lines) - 1) if lines[k].text[-1:] in LABEL_ENDS and _label_apart(lines, k)}
    if not labels:
        return lines  # most pages: no label on a line of its own
    return _labels_opening_lines_under(lines, labels)


def join_note_labels(lines: list[Line]) -> list[Line]:
    """An editor's note's label set bold ("编者按：", "【编者的话】") and written by the extractor as a
    line of its own (a run in another font read apart) opens the note written on the next line:
    the two are one line, as printed."""
    labels = {k for k in range(len(lines) - 1) if _label_alone(lines, k)}
    if not labels:
        return lines
    return _labels_opening_lines_under(lines, labels)


def _labels_opening_lines_under(lines: list[Line], labels: set[int]) -> list[Line]:
    """Each label's line (its index in labels) joined to the line under it, the words it opens."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if k in labels:
            below = lines[k + 1]
            out.append(replace(line, text=line.text.rstrip() + below.text.lstrip(), tight=below.tight))
            k += 2
            continue
        out.append(line)
        k += 1
    return out


def _label_alone(lines: list[Line], k: int) -> bool:
    """Line k is a note's label and nothing more, over the note's first words."""
    if lines[k].text.lstrip()[:1] not in "编【":  # asked before the pattern: most lines open otherwise
        return False
    return _whole_note_label(lines[k].text.strip()) and HAN_CHAR.match(lines[k + 1].text.lstrip()) is not None


def _label_apart(lines: list[Line], k: int) -> bool:
    """Line k, its last character one a label ends on (asked by the caller), is a label apart."""
    text = lines[k].text
    return (
        RUN_IN_LABEL.match(text) is not None
        and (k == 0 or BEFORE_LABEL.search(lines[k - 1].text) is not None)
        and HAN_CHAR.match(lines[k + 1].text.lstrip()) is not None  # the paragraph's first word
    )


def put_back_lead_ins(lines: list[Line]) -> list[Line]:
    """A story's lead-in, 本报讯 and its credit set bold at the head of the first paragraph, may
    be written by the extractor after the line it opens ("　　日前，兰州高新区一家新材料企" /
    "本报讯（记者 X）" / "业建设的…"): a bold run read by its own baseline. Where a dateline
    alone on its line parts a paragraph's opening line from the line going on with it (a clause
    begun in it, the two as wide as a column's first and next lines, a word broken across them,
    a headline's or a credit's line over it), it is put back over that opening line, where it
    stands printed on its own line."""
    out = list(lines)
    # a lead-in's 本报 asked of each line before the call: most hold none (a swap changes only the
    # lines above the one asked, so each is asked as read)
    for k in [k for k in range(1, len(lines) - 1) if "本报" in lines[k].text]:
        if _lead_in_after_opening(out[k - 1], out[k], out[k + 1]) and (k == 1 or _over_text(out[k - 2])):
            above, lead = out[k - 1], out[k]
            # the two change places, each line's spacing staying where the page wrote it
            out[k - 1] = replace(lead, number=above.number, tight=above.tight)
            out[k] = replace(above, number=lead.number, tight=lead.tight)
    return out


def join_lead_in_frames(lines: list[Line]) -> list[Line]:
    """A story's lead-in set bold (本报讯, 本报讯（记者 X）, 编者按：) is a run in another font: a
    reader that writes each run of a font as a frame of its own (a PDF drawing program's import)
    writes it alone on a line, the rest of the paragraph's first line on the next ("本报讯" /
    "记者近日从" / "自贡高新区了解到，园区…"). The two together measure a first line, the column
    less the indent, against the full line under them: read as the one line they were printed
    as. A lead-in printed on a line of its own over a first line of text measures a column more."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        lead = lines[k].text.strip()
        if k + 2 < len(lines) and _lead_in_frame(lead, lines[k + 1].text.strip(), lines[k + 2].text):
            rest = lines[k + 1]
            out.append(replace(rest, number=lines[k].number, text=_with_lead_in(lead, rest.text.strip())))
            k += 2
            continue
        out.append(lines[k])
        k += 1
    return out


def _lead_in_frame(lead: str, rest: str, full: str) -> bool:
    if not lead.startswith(("本报", "编")) or not (_whole_dateline(lead) or _whole_note_label(lead)):
        return False  # most lines: no lead-in alone
    return (
        HAN_CHAR.match(rest) is not None
        and not ends_sentence(full)  # the line under goes on with the paragraph: a full line
        and abs(display_width(_with_lead_in(lead, rest)) + INDENT - display_width(full.strip()))
        <= OPENING_WIDTH_SLACK
    )


def _whole_note_label(text: str) -> bool:
    match = EDITOR_PREFACE.match(text)
    return match is not None and match.end() == len(text)


def _with_lead_in(lead: str, rest: str) -> str:
    """The first line as printed: a bare dateline a space before its text, a bracket or a colon none."""
    return f"{lead}{'' if lead.endswith(('）', ')', '：', ':', '】')) else ' '}{rest}"


def _lead_in_after_opening(above: Line, line: Line, below: Line) -> bool:
    text = line.text.strip()
    if not text.startswith("本报") or not _whole_dateline(text):  # most lines open otherwise
        return False
    opening, rest = above.text.strip(), below.text.strip()
    return (
        bool(opening)
        and bool(rest)
        and not below.indented
        and not ends_sentence(opening)
        and not names.starts_with_dateline(opening)
        # a paragraph's first line holds a clause begun ("日前，…"); a title's line, set in or
        # not, rarely one
        and CLAUSE_MARK.search(opening) is not None
        and _opening_over_full_line(opening, rest)
        and runs_on(squeeze(opening), squeeze(rest))  # a word or a figure's count broken across
    )


def _over_text(line: Line) -> bool:
    """A line a story's text opens under: its headline's or its credit's, no clause in it (a
    line of another story's text above a lead-in read out of its place leaves it where it is)."""
    text = line.text.strip()
    return not ends_sentence(text) and CLAUSE_MARK.search(text) is None


# How far the two widths may differ: a figure or a Latin letter is half as wide as a character
OPENING_WIDTH_SLACK = 1.5


def _opening_over_full_line(opening: str, rest: str) -> bool:
    """The opening line fills its column but for the paragraph's indent, and the line going on
    with it fills the column: the two are lines of one paragraph, as a title and a text's first
    line over a lead-in set apart from them seldom measure."""
    return abs(display_width(opening) + INDENT - display_width(rest)) <= OPENING_WIDTH_SLACK


def _whole_dateline(text: str) -> bool:
    """The line is a dateline and nothing more: 本报讯, its credit in brackets with it or not."""
    match = names.DATELINE.match(text)
    return match is not None and match.end() == len(text)


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
    if not page_holds(lines, "  ", "\u3000") and all(len(line.text) != 1 for line in lines):
        return lines  # most pages: no line of one character, none holding a gap
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


# A run of figures or Latin letters ("3D", "5.5", "30%", "Micro", "2025") set in the text's Latin
# face: an extractor that breaks its lines where the font changes writes it as a line of its own
# between the two halves of the printed line it stood in
FIGURE_RUN = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ][0-9A-Za-z０-９Ａ-Ｚａ-ｚ.．%％‰+\-/:]*")
# A page's number is a bare count of one to three figures: it stays apart unless the line under
# it opens with what a figure counts
BARE_COUNT = re.compile(r"[0-9０-９]{1,3}")
MAX_FIGURE_STEP = 2  # the run's neighbours: the line above or below, a blank line between at most
# The word after a figure that says what it counts, as a word of its own, not the first character
# of another ("人才", "升级", "版式"): a date's part, or a measure word or unit of measure, after a
# magnitude (万吨, 亿元; no date's part: "千年" is a word) or an approximation (余家, 多年), or
# these alone (余, 亿)
_DATE_PART = r"[年月日号时分秒天周]|分钟|小时"
_MEASURE = (
    r"[个家项名件台套座条批位所支辆架艘部株只吨亩倍户次届期版种类款轮层栋岁度克升元人]"
    r"|人次|[千兆吉]?[瓦伏]时?|英[寸尺里亩]|[毫厘微纳千]?米|[平立]方米?|公[里斤顷]"
)
FIGURE_UNIT = re.compile(rf"余|[十百千万亿]+|[余多]?(?:{_DATE_PART})|(?:[余多]|[十百千万亿]+)?(?:{_MEASURE})")
SPACED_SHARE = 0.5  # of the lines with no half-width end, followed by a blank line on a spaced page
UNIT_REACH = 8  # characters of the line below tokenised: a longer word may open there ("家" / "中小企业")
# A clause going on: a line that opens on a mark closing or parting a clause goes on with the
# text before it; one that opens on a Han character may
GOES_ON_MARK = "，、。；：！？）”’》%％"
# A line left open: it ends on a character of a word or a figure, or a mark that parts a clause
# or opens a quotation, never on a sentence's end nor on the colon announcing a list's counts
OPEN_END = re.compile(r"[\u3400-\u9fff0-9A-Za-z０-９Ａ-Ｚａ-ｚ，、“‘（《—]$")


def join_figures_apart(lines: list[Line]) -> list[Line]:
    """ "中心设有" / "3D" / "打印打样、…": a run of figures or Latin letters on a line of its own,
    the line above left open and the line below going on with it, is a piece of one printed line
    the extractor broke at the font change: the three are one line again. A run that opens a
    line ("2025" / "年9月1日…") goes with the line below when it opens with what the run counts.
    A page's number, a count of a list, a figure among a page's furniture stays apart: the line
    under it is no figure's unit, or the line above it closed."""

    @functools.cache  # whether the page spaces its lines apart, found when a run first asks
    def spaced_apart() -> bool:
        return _spaced_apart(lines)

    # the lines a run may open on, found in one pass: most lines hold no run of figures
    opens = [k for k, line in enumerate(lines) if not line.graphic and FIGURE_RUN.fullmatch(line.text)]
    out: list[Line] = []
    done = 0  # the lines before it are written out
    for k in opens:
        if k < done:
            continue  # inside a run already read, or the line a run was joined to
        out += lines[done:k]
        end = _figure_run_end(lines, k)
        run, below = lines[k:end], lines[end] if end < len(lines) else None
        figure = _figure_text(run)
        # the last line written ends on the text of the line before the run, joined or not
        above = out[-1] if out and run[0].number - lines[k - 1].number <= MAX_FIGURE_STEP else None
        if below is None or below.number - run[-1].number > MAX_FIGURE_STEP or _printed_apart(figure):
            out.extend(run)
        elif (
            above is not None
            and _left_open(above.text)
            and _inside_sentence(figure, below)
            # a lead-in alone on its line, written after the line it opens, holds no figure
            and not _whole_dateline(above.text.strip())
            # written tight over the run where lines are spaced apart, the line and the run are
            # printed in one group (a title's last two lines): the line below is printed apart
            and not (joins_next(lines[k - 1]) and spaced_apart())
        ):
            out[-1] = replace(above, text=above.text + figure + below.text, tight=below.tight)
            end += 1
        elif _counted(below.text) and not below.indented:
            out.append(replace(below, number=run[0].number, text=figure + below.text))
            end += 1
        else:
            out.extend(run)
        done = end
    return out + lines[done:]


def _spaced_apart(lines: list[Line]) -> bool:
    """The extractor writes a blank line after most lines that end on no half-width character
    (the documented habit): a single newline after such a line ties it to the next."""
    ends = [line for line in lines[:-1] if not ends_half_width(line.text)]
    return sum(not line.tight for line in ends) > SPACED_SHARE * len(ends)


def _figure_run_end(lines: list[Line], k: int) -> int:
    """Where the run of figure lines opening at k ends (k itself when line k is none): Latin
    words apart by a space ("Micro" / "LED") are written a line each."""
    end = k
    # a chart's figure is printed apart from the text around it
    while end < len(lines) and not lines[end].graphic and FIGURE_RUN.fullmatch(lines[end].text):
        if end > k and not _words_apart(lines, end):
            break
        end += 1
    return end


def _words_apart(lines: list[Line], k: int) -> bool:
    """Line k goes on with the Latin word above it: two figures a line each are two runs (a
    page's number over a date)."""
    above, line = lines[k - 1], lines[k]
    return (
        line.number - above.number <= MAX_FIGURE_STEP
        and _latin_letter(above.text[-1])
        and _latin_letter(line.text[0])
    )


def _figure_text(run: list[Line]) -> str:
    return " ".join(line.text for line in run)


def _printed_apart(figure: str) -> bool:
    """A date ("2022.02.28") is a line of the page's furniture; a bare count may be a figure in
    the text (asked of the line under it)."""
    return BARE_COUNT.fullmatch(figure) is None and is_furniture_line(figure)


def _latin_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _left_open(text: str) -> bool:
    """The line ends open, and on more than a figure (a page's number is none of a sentence)."""
    return OPEN_END.search(text) is not None and FIGURE_RUN.fullmatch(text) is None


def _inside_sentence(figure: str, below: Line) -> bool:
    """The line below goes on with the clause the figure stands in: it opens on a mark that goes
    on with a clause or on the figure's unit; on another word unless the figure may be a page's
    number (a contents box lists its stories' titles, each over its page's number)."""
    text = below.text
    if below.indented or FIGURE_RUN.match(text):
        return False
    if text[0] in GOES_ON_MARK or _counted(text):
        return True
    return HAN_CHAR.match(text) is not None and BARE_COUNT.fullmatch(figure) is None


def _counted(text: str) -> bool:
    """The text opens on the word that says what a figure counts."""
    words = nlp.tokenize(text[:UNIT_REACH])
    return bool(words) and FIGURE_UNIT.fullmatch(words[0].word) is not None


# Some extractors pad every line they write with spaces after its end: on such a page the spaces
# after a line tell nothing of how it was set (a line centred in its column is told by the spaces
# on both its sides), and a paragraph's indented first line would read as centred
PADDING = " \u3000"
PADDED_SHARE = 0.9  # the share of a page's written lines padded, at the least, when all are
MIN_PADDED_LINES = 12  # the fewest written lines that show the habit


def take_off_padding(text: str) -> str:
    """The page's lines without the spaces after their ends, where nearly every line has them."""
    # the lines padded, at most: most pages pad too few for the habit, counted before a line is read
    most_padded = sum(text.count(space + "\n") for space in PADDING) + (text[-1:] in PADDING)
    if most_padded < PADDED_SHARE * MIN_PADDED_LINES:
        return text
    lines = text.split("\n")
    written = [line for line in lines if line.strip()]
    padded = sum(1 for line in written if line[-1] in PADDING)
    if len(written) < MIN_PADDED_LINES or padded < PADDED_SHARE * len(written):
        return text
    return "\n".join(line.rstrip(PADDING) for line in lines)


# Optical character recognition of Chinese print (Tesseract's chi_sim) writes a space between
# every two Han characters it reads, inside a word as between words: its page holds no two Han
# characters side by side, while a page set in type holds them on nearly every line (a
# letter-spaced headline or a name spaced out is a line or two among many). Where nearly every
# pair of Han characters is spaced apart, the single spaces between them are the reader's and are
# taken off; a wider gap, and a space beside a figure, a Latin letter or a mark, stay.
HAN_PAIR = re.compile("[\u3400-\u9fff](?=[\u3400-\u9fff])")  # a Han character with another after it
OCR_SPACED_SHARE = 0.9  # of a page's pairs of Han characters, at the least, spaced apart by OCR
MIN_OCR_SPACES = 40  # the fewest that show the habit: a page's spaced-out headlines hold fewer


def take_off_ocr_spaces(text: str) -> str:
    """The page's text without the space OCR wrote between every two Han characters."""
    spaced = len(SPACE_BETWEEN_HAN.findall(text))
    if spaced < MIN_OCR_SPACES:
        return text  # most pages: few Han characters spaced apart, counted before the pairs
    if spaced < OCR_SPACED_SHARE * (spaced + len(HAN_PAIR.findall(text))):
        return text
    return SPACE_BETWEEN_HAN.sub("", text)


# A layout analyser writing one element a printed block (unstructured's partition_pdf) joins the
# block's column lines with a single space: a paragraph comes out as one line, a space wherever a
# column line ended. Its inner pieces each fill the column's measure, the first falls short of it
# by a paragraph's indent at most and the last anywhere: set type has no spaces that part a line
# into runs of one width (a byline's names, a table's cells, a headline's words part unevenly and
# run short, a figure set apart leaves a word or two before it). Such a line is written again as
# the column lines it joined.
MIN_JOINED_PIECES = 4  # a first, two inner pieces of one width and a last: fewer part by chance
MIN_JOINED_MEASURE = 8.0  # ems: the narrowest column; a table's cells and names run shorter
JOINED_SLACK = 1.5  # a full line falls short of the widest by a hung or carried mark and a figure


def split_joined_block_lines(text: str) -> str:
    """The page's lines, each paragraph that the reader joined into one written as its column lines."""
    if text.count(" ") < MIN_JOINED_PIECES:
        return text  # most pages: too few spaces, counted before a line is read
    lines = text.split("\n")
    fewest_spaces = MIN_JOINED_PIECES - 1  # counted first: most lines hold too few to have been joined
    return "\n".join(
        "\n".join(_joined_column_lines(line))
        if line.count(" ") >= fewest_spaces and _block_alone(lines, k)
        else line
        for k, line in enumerate(lines)
    )


def _block_alone(lines: list[str], k: int) -> bool:
    """The line is a block of its own, blank lines about it: columns read across along single
    spaces write their rows one under another."""
    return not any(line.strip() for line in lines[max(k - 1, 0) : k] + lines[k + 1 : k + 2])


def _joined_column_lines(line: str) -> list[str]:
    """The column lines a line joined with single spaces, else the line itself."""
    pieces = line.split(" ")
    if len(pieces) < MIN_JOINED_PIECES or not all(HAN_CHAR.search(piece) for piece in pieces):
        return [line]  # an empty piece: a wider gap, a table's or a letter-spaced title's
    widths = [display_width(piece) for piece in pieces]
    measure = max(widths[1:-1])
    full = all(width >= measure - JOINED_SLACK for width in widths[1:-1])
    opening = measure - INDENT - JOINED_SLACK <= widths[0] <= measure + JOINED_SLACK
    if measure < MIN_JOINED_MEASURE or not (full and opening) or widths[-1] > measure + JOINED_SLACK:
        return [line]
    return pieces


# OCR of a clean print may write a stray space between two Han characters here and there, where
# it took the gap between two glyphs for a word's end ("园区引导基金、省级产 业基金"): set type
# has no space inside a running line of Chinese text (a space in a byline or a headline is a
# line or two among many), so where many of a page's lines of running text hold one, the single
# spaces between Han characters are the reader's and are taken off, as where it spaces them all.
# A line of names alone keeps its spaces: they part one person from the next ("眭文博 朴顺姬（完）")
STRAY_SPACED_SHARE = 0.3  # of a page's lines of running text, at the least, holding a stray space
MIN_STRAY_SPACED_LINES = 15  # the fewest that show the habit: a few lines spaced apart may be a page's own
MIN_RUNNING_HAN = 10  # Han characters of a line of running text: a headline or a credit holds fewer
MAX_COLUMN_LINE = 30  # characters of a printed column's line: a longer line is a paragraph joined,
# and a space inside it marks where its lines were joined, no OCR's


def take_off_stray_ocr_spaces(text: str) -> str:
    """The page's text without the single spaces OCR wrote between Han characters of its lines."""
    if text.count(" ") < MIN_STRAY_SPACED_LINES:
        return text  # most pages: too few spaces, counted before a line is read
    lines = text.split("\n")
    # the spaced lines counted first, a line asked for its space before it is read as running text:
    # most pages have too few of them to read every line
    spaced = sum(
        1 for line in lines if " " in line and SPACE_BETWEEN_HAN.search(line) and _running_text(line)
    )
    if spaced < MIN_STRAY_SPACED_LINES or spaced < STRAY_SPACED_SHARE * sum(map(_running_text, lines)):
        return text
    return "\n".join(line if _names_alone(line) else SPACE_BETWEEN_HAN.sub("", line) for line in lines)


def _names_alone(line: str) -> bool:
    """ "眭文博 朴顺姬", "文·图 努尔兰·哈布多拉": a credit's names alone, their surnames listed;
    names of any sounds only before an end mark ("次仁旺堆 格桑拉姆（完）"), for a narrow column's
    words cut at a stray space read as such names too ("在南 京高新区"). A byline's roles hold
    no space of their own: OCR's there are taken off ("记者 阿不都热 依木·艾海提")."""
    mark = end_mark(line)
    people = (line[: mark.start()] if mark else line).strip()
    if " " not in people:
        return False
    return reads_as_authors(people) or mark is not None and reads_as_any_names(people)


def _running_text(line: str) -> bool:
    return (
        CLAUSE_MARK.search(line) is not None
        and len(HAN_CHAR.findall(line)) >= MIN_RUNNING_HAN
        and len(line) <= MAX_COLUMN_LINE
    )


# pdf.js writes its text layer a glyph run at a time and puts a space where one run ends and the
# next begins: between Han text and a figure or a Latin word ("计划到 2026 年"), and after a
# full-width clause mark now and then ("棉花就地加工， 每吨…"). Set Chinese type spaces neither (a
# full-width mark holds its own space), so where nearly every change between full- and half-width
# text on a page is spaced and clause marks are spaced too, those single spaces are the reader's
# and are taken off; a wider gap (a table's, a credit's) stays. A page whose figures alone are set
# apart ("2024 年") is a paper's or another reader's way, its marks unspaced: it keeps its spaces
_FULL, _HALF = r"[^\x00-\x7f\s]", r"[\x21-\x7e]"
HALF_RUN = re.compile(f"{_HALF}+")
MARK_SPACE = re.compile(r"(?<=[，。、；：？！]) (?=\S)")
GLYPH_RUN_SPACE = re.compile(f"(?<={_FULL}) (?={_HALF})|(?<={_HALF}) (?={_FULL})|{MARK_SPACE.pattern}")
GLYPH_RUN_SHARE = 0.8  # of the page's changes between full- and half-width text, spaced, at the least
MIN_GLYPH_RUN_SPACES = 10  # the fewest that show the habit: a date or two set apart by chance
MIN_MARK_SPACES = 5  # spaced clause marks that show it is the reader's: a typo's space is one or two


def take_off_glyph_run_spaces(text: str) -> str:
    """The page's text without the single spaces pdf.js wrote where a glyph run changed."""
    if text.count(" ") < MIN_GLYPH_RUN_SPACES:
        return text  # most pages: too few spaces, counted before the changes are read
    changes, spaced = _width_changes(text)
    if spaced < MIN_GLYPH_RUN_SPACES or spaced < GLYPH_RUN_SHARE * changes:
        return text
    if len(MARK_SPACE.findall(text)) < MIN_MARK_SPACES:
        return text
    return GLYPH_RUN_SPACE.sub("", text)


def _width_changes(text: str) -> tuple[int, int]:
    """How many times the text changes between full- and half-width characters, straight or across a
    single space, and how many of those a space parts: read at the two ends of each run of half-width
    characters (a pattern asking at every character for the one before it takes longer)."""
    changes = spaced = 0
    for run in HALF_RUN.finditer(text):
        start, end = run.span()
        for side in (text[max(start - 2, 0) : start][::-1], text[end : end + 2]):  # nearest first
            if side[:1] == " " and _full_width(side[1:]):
                changes, spaced = changes + 1, spaced + 1
            elif _full_width(side[:1]):
                changes += 1
    return changes, spaced


def _full_width(char: str) -> bool:
    """A character of full width: beyond ASCII and no space (as _FULL reads it); no character, none."""
    return char > "\x7f" and not char.isspace()


# ABBYY FineReader marks with a not sign (¬) where a line's end split a run of figures or Latin
# letters that the next line finishes ("计划到20¬" / "26年"): the mark is the reader's, not
# the print's, and is taken off, the run left to be joined as any run split at a line's end
SPLIT_RUN_MARK = re.compile(r"(?<=[0-9A-Za-z０-９Ａ-Ｚａ-ｚ])¬[ \t]*$", re.MULTILINE)


def take_off_split_run_marks(text: str) -> str:
    """The page's text without the mark the reader set where a line's end split a run."""
    if "¬" not in text:
        return text  # most pages: no mark, asked by a character before the pattern
    return SPLIT_RUN_MARK.sub("", text)


# OCR takes a date's 日 for the 口 it looks like ("2023年6月23口 星期五"): after a month's day
# no word opens on 口 but with another character after it (口岸, 口径), so a 口 closing the day's
# figures that a space, a mark or the weekday follows is the 日 the page printed
MISREAD_DAY = re.compile(r"(?<=\d月\d)(\d?)口(?=星期|[^\u3400-\u9fff]|$)", re.MULTILINE)


def read_misread_days(text: str) -> str:
    """The page's text with a date's day closed by 日 where OCR read it as 口."""
    if "月" not in text or "口" not in text:
        return text  # most pages: no date misread, asked by characters before the pattern
    return MISREAD_DAY.sub(r"\1日", text)


# A reader app writes where each screen of the story ends, its number among the screens ("— 1/3 —",
# "第2/5页"), between two lines wherever the screen ran out: inside a paragraph as often as between
# two, so the line is taken off and the text runs on across it. A figure over a figure alone ("1/1")
# is a photo's mark in a slideshow, no screen's: the counter is set off by dashes or by 第…页
_SCREEN_GAP = r"[ \t\u3000\xa0]*"  # spaces as any extractor writes them, a no-break space among them
_SCREEN_OF = rf"{_SCREEN_GAP}\d{{1,3}}{_SCREEN_GAP}/{_SCREEN_GAP}\d{{1,3}}{_SCREEN_GAP}"  # number over count
SCREEN_COUNTER = re.compile(
    rf"^{_SCREEN_GAP}(?:[-—–]+{_SCREEN_OF}[-—–]+|第{_SCREEN_OF}页){_SCREEN_GAP}(?:\n|\Z)", re.MULTILINE
)


def take_off_screen_counters(text: str) -> str:
    """The page's text without the screen counters a reader app wrote between its lines."""
    if "/" not in text:
        return text  # most pages: no counter, asked by a character before the pattern
    return SCREEN_COUNTER.sub("", text)


# An extractor that keeps the page's layout writes every line after the spaces of the page's left
# margin, the text's lines after just that many, a headline or a credit set further in after
# more: the margin tells nothing of a line, and read as an indent it would open a paragraph on
# every line of text. A reader's own marks put between the lines (a screen counter) are written
# flush. Only spaces count: an ideographic one is a paragraph's indent
MARGIN = re.compile(r"^ +")
MIN_MARGIN = 2  # a margin narrower is a single space put before a line here and there
MARGIN_SHARE = 0.9  # the share of a page's written lines set behind the margin, at the least
MIN_MARGIN_LINES = 12  # the fewest written lines that show the habit


def take_off_margin(text: str) -> str:
    """The page's lines without the page's left margin, where nearly every written line has it;
    a line set further in than a paragraph's indent (a headline, a credit) is set flush."""
    behind_margin = " " * MIN_MARGIN
    if text.count("\n" + behind_margin) + text.startswith(behind_margin) < MIN_MARGIN_LINES * MARGIN_SHARE:
        return text  # most pages: too few lines open behind spaces, counted before a line is measured
    lines = text.split("\n")
    margins = sorted(_margin(line) for line in lines if line.strip())
    if len(margins) < MIN_MARGIN_LINES:
        return text
    margin = margins[int(len(margins) * (1 - MARGIN_SHARE))]
    if margin < MIN_MARGIN:
        return text
    return "\n".join(_set_off_margin(line, margin) for line in lines)


def _margin(line: str) -> int:
    match = MARGIN.match(line)
    return match.end() if match else 0


def _set_off_margin(line: str, margin: int) -> str:
    if _margin(line) > margin + INDENT:
        return line.lstrip(" ")
    return line[min(margin, _margin(line)) :]


# Some extractors write a space after every sentence's end that text follows on the line, as a
# word processor parts sentences ("…投入运行。 冷库容积…"); a full-width stop holds its own space,
# so such a space tells nothing of the page (the words after a stop at a line's end, "…企业。
# 冷库运营", would read as a name set apart after the text): on a page where nearly all stops
# followed by text have one, the single spaces after them are taken off (a wider gap is the page's)
_STOP, _TEXT_AFTER = "[。？！]", "(?=[\u3400-\u9fff“（《])"
STOP_THEN_TEXT = re.compile(f"{_STOP}( ?){_TEXT_AFTER}")
STOP_SPACE = re.compile(f"(?<={_STOP}) {_TEXT_AFTER}")
SPACED_STOPS_SHARE = 0.8  # of the stops followed by text on the line: nearly all, when the habit
MIN_SPACED_STOPS = 3  # the fewest that show it; a sentence or two may be spaced by chance


def take_off_stop_spaces(text: str) -> str:
    """The page's text without the space the extractor writes after each stop text follows."""
    if "。 " not in text and "？ " not in text and "！ " not in text:
        return text  # most pages: no stop spaced
    stops = STOP_THEN_TEXT.findall(text)  # the space after each stop, or none: no match made
    spaced = stops.count(" ")
    if spaced < MIN_SPACED_STOPS or spaced < SPACED_STOPS_SHARE * len(stops):
        return text
    return STOP_SPACE.sub("", text)


# An extractor reading the page by loose rows writes a box set beside a column's last lines (a
# public-service notice, a park's card) onto the ends of those lines, a line of the box after each
# ("…的算力公益广告" / "…可抵扣最文明出行 礼让斑马线" / "高30%的费用。晚报社 宣"): the column's
# lines run past its measure by the box's lines, each by its own length and none going on with the
# word the measure cut (a wider column's lines would all run past by one amount, its text running
# on), and the last of them closes the story's text, the box's last line after its close. The parts
# past the measure are written again as lines of their own, after the column's.
GLUE_WINDOW = 6  # the column's lines above the run that show its measure
GLUE_MEASURED = 4  # of them, the fewest set to the measure (a paragraph's first and last lines differ)
MIN_MEASURE = 11  # a narrower run of lines: a headline's, a list's, a table's or a sidebar's
MIN_CLAUSE_LINES = 2  # of the lines above, the fewest holding a clause mark: a column of text
MIN_GLUED = 3  # characters past the measure: a box's shortest line; fewer are digits set narrow
MIN_BOX_LINE = 2  # characters of a box's line after a paragraph's close: a label, a sponsor
MAX_BOX_LINES = 5  # a box's lines: its label, two to three lines of content, its sponsor
MIN_GLUED_LINES = 3  # fewer run past the measure by chance: a long word, a row of figures, a wider column
MEASURE_SLACK = 1  # a closing mark hangs past the measure, an opening one is pushed to the next line
CLAUSE_MARKS = "，、；："  # a line's text runs on after one
SENTENCE_END = "。！？"  # a sentence closes
TEXT_CLAUSE = re.compile(r"[，；。！？]")  # a running text's clauses parted or closed: no box line's
CLOSING_MARKS = "，。、；：？！”’）》」』"
WRITTEN_SPACE = re.compile(r"(?<=[，。、；：？！”’）》」』]) ")  # some extractors write one after each
TEXT_CLOSE = re.compile(r"[。！？）][”’」』）]*")  # a sentence's end, or a credit's closing bracket


def split_glued_boxes(text: str) -> str:
    """The page's text with a box's lines glued onto a column's last lines written apart."""
    lines = text.split("\n")
    # a blank line prints nothing, asked before the call: a page written with a blank line after
    # every line (the documented extractor's) holds as many of them as lines of text
    widths = [_printed_width(line) if line else 0 for line in lines]
    out: list[str] = []
    done = 0  # the lines before it are in out
    for k in _wider_than_above(widths):
        if k < done or not _text_runs_into(lines, k):
            continue
        measure = _measure_above(lines, widths, k)
        end = _glued_run_end(lines, widths, k, measure) if measure else k
        kept, box = _cut_glued_run(lines[k:end], measure)
        if not box or not all(map(_box_line, box)) or any(map(nlp.word_across, kept[:-1], box[:-1])):
            continue
        out += lines[done:k] + kept + box
        done = end
    return "\n".join(out + lines[done:])


RUNS_PAST = MIN_GLUED - MEASURE_SLACK  # characters a glued line runs past each of the two above, at least


def _wider_than_above(widths: list[int]) -> list[int]:
    """The lines that run past the two lines above as a glued one would, found before their
    column's measure is asked (most lines are no wider than one of the two above), with enough
    lines above them to show a column."""
    return [
        k
        for k, (two_up, one_up, width) in enumerate(
            zip(widths[GLUE_WINDOW - 2 :], widths[GLUE_WINDOW - 1 :], widths[GLUE_WINDOW:]), GLUE_WINDOW
        )
        if width >= MIN_MEASURE + RUNS_PAST and width >= one_up + RUNS_PAST and width >= two_up + RUNS_PAST
    ]


def _text_runs_into(lines: list[str], k: int) -> bool:
    """Whether the text above runs on into line k, no gap of two columns read across or a
    table's in it."""
    return not ends_sentence(lines[k - 1]) and not WIDE_GAP.search(lines[k])


def _measure_above(lines: list[str], widths: list[int], k: int) -> int:
    """The measure of the column whose lines stand just above line k, or 0 when they show none:
    most of them set to it within a character, no wider, some holding a clause."""
    above = widths[max(0, k - GLUE_WINDOW) : k]
    widest = max(above)
    # the measure is within a mark of the widest line, and so are the lines set to it: too few
    # of them that wide, no measure (asked first: most lines above a wider one show none)
    if widest < MIN_MEASURE or sorted(above)[-GLUE_MEASURED] < widest - 2 * MEASURE_SLACK:
        return 0
    measure = max(set(above), key=lambda w: sum(abs(w - other) <= MEASURE_SLACK for other in above))
    set_to = [n for n in range(k - GLUE_WINDOW, k) if abs(widths[n] - measure) <= MEASURE_SLACK]
    if len(set_to) < GLUE_MEASURED or max(above) > measure + MEASURE_SLACK or measure < MIN_MEASURE:
        return 0
    if sum(bool(CLAUSE_MARK.search(lines[n])) for n in set_to) < MIN_CLAUSE_LINES:
        return 0  # a headline's, a list's lines
    # a closing mark hangs past the measure: the lines ending in none show it
    unhung = [widths[n] for n in set_to if lines[n].rstrip()[-1] not in CLOSING_MARKS] or [measure]
    return min(unhung, key=lambda w: (-unhung.count(w), w))


def _glued_run_end(lines: list[str], widths: list[int], k: int, measure: int) -> int:
    """The end of the lines from k run past the measure by a box's lines, the last closing the
    text (run past or not), or k when they are none."""
    end, n = k, k
    while n < len(lines) and n - k < MAX_BOX_LINES:
        if is_letter_spaced(lines[n]):
            break  # a line justified to the measure, its characters spaced apart, is run past by its spaces
        if _box_after_close(lines[n], measure):
            end = n + 1
        if not measure + MIN_GLUED <= widths[n] <= 2 * measure + MEASURE_SLACK or WIDE_GAP.search(lines[n]):
            break  # the column's own line, set to the measure or short; or a paragraph on one line
        n += 1
    run = widths[k : end - 1]  # the lines cut at the measure; the last is cut at its close
    if end - k < MIN_GLUED_LINES or max(run) - min(run) <= 2 * MEASURE_SLACK:
        return k  # no box, or a wider column's lines: all run past by one amount, give or take a mark
    return end


def _box_line(text: str) -> bool:
    """Whether the text past a line's measure reads as a box's line: no clause of the column's
    running on (a word split by a space the reader wrote, "产 业名城”，"), no sentence closing (a
    wider column's line, "缩短至3天。"), no clause parted inside it (the column's own text, set
    wider again under lines narrowed round a photo: "6 小时；四是精准执"): a box's lines are a
    label, a slogan, a sponsor, a card's label：value rows."""
    return (
        _printed_width(text) >= MIN_BOX_LINE
        and text[-1] not in CLAUSE_MARKS + SENTENCE_END
        and not TEXT_CLAUSE.search(text)
    )


def _printed_width(line: str) -> int:
    """The characters a line prints: a space written after a full-width mark takes no room."""
    stripped = line.strip()
    return len(stripped) - (len(WRITTEN_SPACE.findall(stripped)) if " " in stripped else 0)


def _after_printed(line: str, count: int) -> int:
    """The index in the line after its first `count` printed characters."""
    index = len(line) - len(line.lstrip())
    while index < len(line) and count > 0:
        count -= line[index] != " " or line[index - 1 : index] not in CLOSING_MARKS
        index += 1
    return index


def _box_after_close(line: str, measure: int) -> int:
    """Where the text of a line closing its story ends before a box's line glued after it, or 0."""
    close = 0
    for match in TEXT_CLOSE.finditer(line, 0, _after_printed(line, measure + MEASURE_SLACK)):
        close = match.end()
    return close if close and _printed_width(line[close:]) >= MIN_BOX_LINE else 0


def _cut_glued_run(run: list[str], measure: int) -> tuple[list[str], list[str]]:
    """The run's lines cut at the measure, the last after its text's close; and the box's lines."""
    kept, box = [], []
    for n, line in enumerate(run):
        if n == len(run) - 1:
            cut = _box_after_close(line, measure)
        else:
            cut = _after_printed(line, measure)
            cut += line[cut : cut + 1] in CLOSING_MARKS
        kept.append(line[:cut])
        box.append(line[cut:].strip())
    return kept, box


# A column's text wrapped round an inset set in its middle (a pull quote, a small photo): each
# printed line is two, its left half and its right half, which an extractor writes as lines of
# their own, in order. The halves of one line are balanced (each about half the measure) and add
# up to the measure of the line over them, which the text runs on from; a paragraph's first line
# over them is short of that measure by its indent.
HALF_IMBALANCE = 3.0  # how much wider one half may be than the other: a character held over, a figure
MEASURE_SLACK = 1.5  # a pair's measure against the line over the halves: a mark hung past the edge
INSET_PAIRS = 2  # an inset stands beside a few lines: one pair may be two short lines by chance
MIN_HALF = 4.0  # the narrowest half: a column's measure is no narrower than twice it


def join_inset_halves(lines: list[Line]) -> list[Line]:
    """Lines wrapped round an inset in their column, read as their halves, written back as the
    printed lines: the halves of each line joined, where a run of at least two such pairs
    follows a line of the text, one that closes no sentence, at their joined measure."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        # the line over the halves is asked first: a column's lines are pairs of one measure too
        pair = bool(out) and k + 1 < len(lines) and _narrow_under(out[-1], lines[k])
        first = _halves_measure(lines[k].text, lines[k + 1].text) if pair else None
        pairs = _inset_pairs(lines, k) if first is not None and _runs_on_at(out[-1], first) else 0
        if pairs < INSET_PAIRS or not _goes_on_past_inset(lines[k : k + 2 * pairs + 1], first):
            out.append(lines[k])
            k += 1
            continue
        for left, right in zip(lines[k : k + 2 * pairs : 2], lines[k + 1 : k + 2 * pairs : 2]):
            out.append(replace(left, text=left.text.rstrip() + right.text.strip(), tight=right.tight))
        k += 2 * pairs
    return out


def _narrow_under(above: Line, left: Line) -> bool:
    """A left half is about half as wide as the line over the halves (their sum is its measure,
    give or take an indent and the slack, and they are balanced): a column's own lines, each as
    wide as the one over it, are asked no further."""
    room = display_width(above.text) + INDENT + MEASURE_SLACK + HALF_IMBALANCE
    return display_width(left.text) <= room / 2


def _inset_pairs(lines: list[Line], k: int) -> int:
    """How many balanced pairs of half lines, of one measure, run from line k on."""
    measures: list[float] = []
    while k + 1 < len(lines) and (measure := _halves_measure(lines[k].text, lines[k + 1].text)) is not None:
        if measures and abs(measure - measures[0]) > MEASURE_SLACK:
            break
        measures.append(measure)
        k += 2
    return len(measures)


def _halves_measure(left: str, right: str) -> float | None:
    """The measure of the printed line two lines are the halves of, or None: two lines of the
    text's words, balanced, the left one closing no sentence (the line goes on past the inset) nor
    its story on an end mark ("…亿元。□": what follows is another story's)."""
    if not (HAN_CHAR.search(left) and HAN_CHAR.search(right)) or ends_sentence(left):
        return None
    if end_mark(left.strip()) is not None:
        return None
    if any(gap in half.strip() for half in (left, right) for gap in " \u3000\t"):
        return None  # a table's row, a credit's names, a title's two phrases: no line of running text
    widths = display_width(left), display_width(right)
    if min(widths) < MIN_HALF or abs(widths[0] - widths[1]) > HALF_IMBALANCE:
        return None
    return sum(widths)


def _runs_on_at(above: Line, measure: float) -> bool:
    """The line over the halves is the text's, running on at their measure (short of it by a
    paragraph's indent at most)."""
    if not CLAUSE_MARK.search(above.text) or ends_sentence(above.text):
        return False
    return measure - INDENT - MEASURE_SLACK <= display_width(above.text) <= measure + MEASURE_SLACK


def _goes_on_past_inset(run: list[Line], measure: float) -> bool:
    """The text runs through the halves (parting clauses by commas, as no headline's, byline's or
    list's lines do), and after them goes on at their measure or closes its sentence."""
    halves, after = run[:-1] if len(run) % 2 else run, run[-1] if len(run) % 2 else None
    if after is None or not any(CLAUSE_MARK.search(half.text) for half in halves):
        return False
    width = display_width(after.text)
    return abs(width - measure) <= MEASURE_SLACK or (ends_sentence(after.text) and width <= measure)
