"""The layout stage's vocabulary: an item and its kinds, the page's lines and printed groups,
the patterns several passes share and the measures of an item's neighbours and column."""

from __future__ import annotations

import bisect
import functools
import re
import statistics
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from ..language import gazetteer, names, nlp
from ..language.text import (
    display_width,
    ends_sentence,
    is_letter_spaced,
    memo_by_text,
    mid_paragraph_width,
    opens_editor_note,
    squeeze,
)
from .lines import INDENT, SPEAKER_TURN, Line, joins_next

BODY, HEADLINE, BYLINE, AUTHOR, CAPTION, FURNITURE = (
    "body",
    "headline",
    "byline",
    "author",
    "caption",
    "furniture",
)

# A jump line names the page (版) the text goes on on, or comes from; or, for a story whose tail
# is printed lower on the same page, the column (栏). In brackets, or unbracketed with an arrow
# pointing the way the text goes ("转第3版▶", "◀续第2版"). In brackets 接 alone brings the text from
# page N, as 转 alone sends it on ("（接第3版）"); a column of this page may be named by its side
# instead of its number ("（转右栏）", "（接左栏）", "（转下栏）", "（接上栏）"). Text carried on from
# the front page may say so in Chinese numerals ("（紧接第一版）"). A line that holds the note and
# nothing else needs neither bracket nor arrow: "上接1版", "紧接第一版", "▶下转第7版", and 转
# straight before the page's figures ("转07版"); "转第6版" or "接第7版" inside a line are words of a
# sentence
_JUMP_PAGE = r"第?\s*[A-Z]?\d{1,2}\s*[版栏]"
_JUMP_PAGE_IN_WORDS = r"第?\s*(?:[A-Z]?\d{1,2}|[一二三四五六七八九十]{1,3})\s*[版栏]"
JUMP = re.compile(
    rf"[（(]\s*(?:下\s*转|上\s*接|接\s*上|转\s*下|紧\s*接|续|转|接)\s*{_JUMP_PAGE}\s*[）)]"
    rf"|[（(]\s*紧\s*接\s*{_JUMP_PAGE_IN_WORDS}\s*[）)]"
    r"|[（(]\s*[上下]?\s*[转接续]\s*[左右上下]\s*栏\s*[）)]"
    r"|(?:[▶►▷→]\s*)?(?:下转|上接)第\s*[A-Z]?\d{1,2}\s*[版栏]"
    rf"|^(?:[▶►▷→]\s*)?(?:下\s*转|上\s*接|紧\s*接)\s*{_JUMP_PAGE_IN_WORDS}$"
    r"|^(?:[▶►▷→]\s*)?转\s*\d{1,2}\s*版$"  # alone on its line, or after an arrow pointing on
    r"|[◀◁←]\s*(?:续|接)\s*第?\s*[A-Z]?\d{1,2}\s*[版栏]"
    r"|(?:转|续)\s*第?\s*[A-Z]?\d{1,2}\s*[版栏]\s*[▶▷→]"
)


def find_jump(text: str) -> re.Match[str] | None:
    """The jump line in the text, sought only where a page (版) or column (栏) is named: most
    lines name none."""
    return JUMP.search(text) if "版" in text or "栏" in text else None


def within_page(note: str) -> bool:
    """A jump line naming a column: the text goes on (or came from) on this same page."""
    return "栏" in note


# A column named by its side ("转右栏") has no number: the jumps it joins are told apart by their
# order on the page alone, as if each named the same column
SIDE_COLUMN = 1


def jump_number(note: str) -> int:
    """The page or column a jump line names."""
    number = re.search(r"\d+", note)
    if number:
        return int(number.group())
    return _han_number(note) or SIDE_COLUMN


_HAN_UNITS = "一二三四五六七八九"


def _han_number(note: str) -> int:
    """A page named in Chinese numerals, 一 to 九十九 ("第一版", "第十二版"); 0 if none."""
    found = re.search(r"[一二三四五六七八九十]{1,3}", note)
    if not found:
        return 0
    tens, ten, units = found.group().rpartition("十")
    value = _HAN_UNITS.index(units[0]) + 1 if units else 0
    if ten:  # "十二" is 12, "二十" 20
        value += 10 * (_HAN_UNITS.index(tens[0]) + 1 if tens else 1)
    return value


QUESTIONERS = {"问", "记者", "主持人"}  # who asks in an interview: the same in every one
SPEAKER_LABELS = QUESTIONERS | {"答"}
DEFAULT_COLUMN = 16.0  # mid-range of the 15-20 em columns, for a page too short to measure
# Characters of either line of a title broken over two: no more than half of the longest title
# and a few; a line of text in a column runs longer or carries a clause mark
MAX_TITLE_LINE = 16
# The widest line of a headline set in a narrow column of its own beside its story: four to six
# ems, the measure breaking every part of the headline anywhere, inside a word or a name
NARROW_HEADLINE_MEASURE = 6
# Punctuation read as ASCII marks a clause as well ("38.2亿元,同比", "基地,12架"), but not in a
# number, between its digits ("1,000").
# All the marks make one class, the digit after an ASCII one looked at once one is found: the
# regex engine skips ahead to a class's characters, where it would try an alternation at every
# character of every line searched
_NOT_IN_NUMBER = r"(?!(?<=\d[,;])\d)"
CLAUSE_MARK = re.compile(r"[，、；。,;]" + _NOT_IN_NUMBER)


@memo_by_text  # asked of a line by most of the rules that tell a title from text, and of its neighbours
def holds_clause(text: str) -> bool:
    """A clause mark in the text: its comma, full stop and enumeration comma asked first, as plain
    look-ups, since most lines of text hold one; the pattern asked of the rest."""
    return "，" in text or "。" in text or "、" in text or CLAUSE_MARK.search(text) is not None


# A headline parts its phrases with a space, a subheading its items with 、 ("深圳研发、仲恺制造"),
# never with a comma or semicolon: a line holding one is text, however it is set.
PROSE_MARK = re.compile(r"[，；,;]" + _NOT_IN_NUMBER)


def holds_prose_mark(text: str) -> bool:
    """A comma or semicolon of prose in the text: its comma asked first, as a plain look-up."""
    return "，" in text or PROSE_MARK.search(text) is not None


# A full stop with text after it on the line: a sentence ended and another began, which no
# headline does ("台。园区每年安排专项资金…"), however wide the line is set
INNER_FULL_STOP = re.compile(r"。[^”’」）)》]")

COLUMN_STEP = 2.0  # the least change of column width between two articles printed back to back
COLUMN_LINES = 2  # the fewest lines that show a column's width

SHORT_LINE = 3.5  # a line this much narrower than its column is no full line, whatever its punctuation

HALF_WIDTH = re.compile(r"[!-~]")  # digits, Latin letters and marks: a line holding them is set narrower

# No line may open with a closing mark: the setter pushes the character before it down with it,
# and the line above ends that much short ("…“老大" / "难”。温州…")
PUSHED_DOWN = re.compile(r"^\s*\S?\s*[”’」》）)。，、；：？！]")

# a number, a Latin word, a range ("5000元" / "-6000元") or a short bracket ("（CNAS）") is kept whole
# on the next line: the line above it ends short
PUSHED_ON = re.compile(r"^\s*[0-9０-９A-Za-zＡ-Ｚａ-ｚ~～（(-]")

HANGING_MARK = re.compile(r"[，。、；：！？]$")  # a mark closing a line may hang past the column's edge


def set_width(text: str) -> float:
    """How much of its column a line takes: a mark closing it may hang past the column's edge."""
    return display_width(text) - (1.0 if HANGING_MARK.search(text.rstrip()) else 0.0)


# An opening mark is kept with the word it opens: the line above ends short of it
OPENER_CARRIED = re.compile(r"^\s*[“‘「『《〔【]")


def carried_over(below: str) -> bool:
    """The line opens on what its setter carried over from the line above, which so ends short: a
    figure or Latin word kept whole, an opening mark kept with its word, a closing mark with the
    character before it."""
    return any(pattern.match(below) for pattern in (PUSHED_ON, PUSHED_DOWN, OPENER_CARRIED))


# No printed column, nor a headline set across two, runs this wide: an extractor that reflows
# each paragraph onto one line wrote a line this long
WHOLE_PARAGRAPH = 40.0

ODD_LINE = 2.0  # a line this far from its column's width, either way, is no full line of it
FULL = 0.5  # how far from its column's width a line may run and still be full

ORNAMENT = re.compile(r"^[■□◆◇]\s*")  # a subheading's ornament ("■从卖纤维到卖制品")
# Before a brief's title a triangle or a bullet marks it as a square does ("▲随州高新区…", "●…")
TITLE_ORNAMENT = re.compile(r"^[■□◆◇▲●]\s*")
# A bar drawn before a subheading ("▍海上风电打开增量": the block elements, ▍▎█) is a rule of
# the layout the extractor wrote as a character, neither a word of the heading nor a typed mark.
# The half block is the exception: the financial dailies type "▌" before a subheading as a mark of
# its text ("▌上市公司分化明显"), and the heading keeps it as it keeps its number.
HEADING_BAR = re.compile(r"^[\u2580-\u258b\u258d-\u259f]+\s*")
# A star or a pair of chevrons before a line ("☆标准先行，告别“散小乱”", "〉〉面板项目带来…") points
# to a subheading as a bullet does (no closing mark opens a line: 〉〉 there is the pointer)
_POINTERS = r"[☆★]|[〉》]{2}"
POINTER = re.compile(rf"^(?:{_POINTERS})")
# A bullet before a subheading ("● 链条越拉越长", or run in: "● 育种攻关　示范区…") marks it as an
# item of a list is marked, and so does a pointer: no word of the heading, and unlike a square or a
# diamond it tells no level
HEADING_BULLET = re.compile(rf"^(?:●|{_POINTERS})\s*")
# The ornaments a paper sets before a subheading that has no number: a bullet, a double circle, a
# fish tail ("● 区位：紧邻大湾区市场", "◎从样机到量产", "◥ 走向中亚市场"), a word after it, no
# figure: a box of figures lists its rows after bullets ("●总投资26亿元"). (A square under a
# headline marks a brief's title.)
MARKED_SUBHEADING = re.compile(r"^[●◎◥]\s*[\u3400-\u9fff“][^0-9０-９]*$")
# Dots set on both sides of a subheading ("· 镜片磨到纳米级 ·") frame it as short rules would:
# drawn decoration, no word of the heading (a name's dot stands between its parts, never at both ends)
FRAMING_DOTS = re.compile(r"^([·•・])\s*(\S.*?)\s*([·•・])$")
# A subheading on a line of its own wrapped whole in the marks it is set off by: a CMS's bold
# written back as Markdown stars ("**老产业找到新赛道**"), white lenticular brackets ("〖编后〗"), or
# full-width square brackets ("［瞄准半导体材料］", an e-paper's style for its subheadings)
# Drawn decoration, as type is, no word of the heading (one run in at its paragraph's head,
# "〖…〗成果转化难…", keeps its brackets: they part it from its text)
_WRAPPED = r"\s*([^*〖〗［］\s](?:[^*〖〗［］]*[^*〖〗［］\s])?)\s*"
_WRAPPING_MARKS = re.compile(rf"^(\*\*){_WRAPPED}(\*\*)$|^(〖){_WRAPPED}(〗)$|^(［){_WRAPPED}(］)$")
_WRAPPING_ENDS = "*〗］"  # what a wrapped line ends on, asked before the pattern


def wrapping_marks(text: str) -> tuple[str, str, str] | None:
    """(the opening mark, the words, the closing mark) of a line wrapped whole in its marks."""
    match = _WRAPPING_MARKS.match(text) if text[-1:] in _WRAPPING_ENDS else None
    if match is None:
        return None
    opening, words, closing = (part for part in match.groups() if part is not None)
    return opening, words, closing


# Some extractors keep a paragraph's indent: two spaces (or no-break spaces) or an ideographic
# space before its first line (one space is only a gap the extractor put before a caption or a name)
INDENT_SPACES = re.compile(r"^(?:[ \u00a0]{2}|\u3000)")
INDENT_CHARACTERS = (" ", "\u00a0", "\u3000")  # what either indent opens with
# The indent alone, as wide as two characters: more spaces set a name to the right
PARAGRAPH_INDENT = re.compile(r"^(?:[ \u00a0]{2}|\u3000{1,2})(?![ \u00a0\u3000])")
# Some extractors write a paragraph's indent as a tab, the first line's offset: it marks the
# paragraph's first line, no spaces written before it. A tab opens a line for other reasons too:
# an extractor that parts two columns read across by a tab writes one before a right column's
# line beside an empty left one
TAB_INDENT = re.compile(r"^\t(?=\S)")
TAB_INDENT_SHARE = 0.5  # of a page's tab-opened lines, at the least, followed by a line set flush
# A line centred in its column between ideographic spaces ("　　应用场景带动市场　　"): a display
# setting, a subheading's, which no line of text gets (a text's line is set flush to its column,
# its last line ragged on the right with nothing written after its end)
CENTRED = re.compile(r"^[ \u3000]*\u3000\u3000\S.*\S\u3000\u3000[ \u3000]*$")
# A line centred between two ideographic spaces a side is set at least this much short of the
# column; a paragraph's first line after its indent, spaces written after its end, is at most
# the indent and a half-width character short of it
CENTRED_SHORT = INDENT + 1.0
FOLLOWING_LINES = 3  # lines after a line that measure its column

# Numbers in a circle, one to twenty ("①"…"⑳"), and the symbol fonts' circles of one to ten:
# white on black ("❶"), and outlined or white on black in a sans serif ("➀", "➊")
CIRCLED_NUMBERS = ("\u2460\u2473", "\u2776\u277f", "\u2780\u2789", "\u278a\u2793")
CIRCLED_NUMBER = "".join(f"{first}-{last}" for first, last in CIRCLED_NUMBERS)
# the same past the first of each ("②", "❷"): a later section's
LATER_CIRCLED_NUMBER = "".join(f"{chr(ord(first) + 1)}-{last}" for first, last in CIRCLED_NUMBERS)

# A section's number before its subheading: "一、", "（三）", or circled: "②", "❷"
# An item of a list, or a section, numbered in figures: "4." (no decimal point: "4.5万")
LIST_ITEM = re.compile(r"^([1-9])\s*[.．](?!\d)")
SECTION_NUMBER = re.compile(
    rf"^(?:[一二三四五六七八九十]{{1,3}}、|[（(][一二三四五六七八九十]{{1,3}}[）)]|[{CIRCLED_NUMBER}])"
)

EDGE_LINES = 6  # a page name is only looked for this close to the top or bottom


@dataclass(slots=True)  # thousands made and read a page: slots find a field without a dict
class Item:
    kind: str
    lines: list[Line] = field(default_factory=list)
    text: str = ""  # the item's text as printed (several lines joined by newlines)
    starts_article: bool = False  # a body line opening with 本报讯 or continued from another page
    ends_article: bool = False  # a body line closing an article (trailing author, jump to another page)
    title_like: bool = False  # a body line opening a paragraph that could as well be a one-line title
    table_row: bool = False  # a data box's row: a paragraph of its own, whatever it ends on
    box_row: bool = False  # a line of a box's row in text (a label：value row): no title's line
    continues_on: int = 0  # the page a （下转第N版） after this body line sends the article to
    continued_from: int = 0  # the page a （上接第N版） before this body line brings it from
    continues_in_column: int = 0  # the column of this page a （下转第N栏） after this line sends it to
    continued_from_column: int = 0  # the column a （上接第N栏） before this line brings it from
    restated_title: str = ""  # a headline's title as its story's record restates it ("原标题：…")

    @property
    def continued(self) -> bool:
        """Carried on here under a jump line, from another page or another column of this one."""
        return bool(self.continued_from or self.continued_from_column)

    @property
    def number(self) -> int:
        return self.lines[0].number if self.lines else 0

    @property
    def indented(self) -> bool:
        return bool(self.lines) and self.lines[0].indented

    @property
    def paragraph_indent(self) -> bool:
        return bool(self.lines) and self.lines[0].paragraph_indent


def rewrite_runs(
    items: list[Item],
    found_at: Callable[[int], tuple[int, list[Item]] | None],
    starts: Iterable[int] | None = None,
) -> list[Item]:
    """The items with each run `found_at` knows by its first index put by the items it returns
    for it (with the index past the run); every other item as it was. `starts`: the indices, in
    order, where a run may open (every index when not given), asked alone."""
    out: list[Item] = []
    done = 0  # the items before it are placed
    for i in range(len(items)) if starts is None else starts:
        found = found_at(i) if i >= done else None
        if found is not None:
            out += items[done:i]
            done, replacement = found
            out += replacement
    return out + items[done:]


def _opens_paragraph_past_indent(stripped: list[str], index: int) -> bool:
    """Line `index` is a paragraph's first line, however many spaces the extractor wrote after
    its end: it reaches its column's edge past its indent (the column measured by the widest of
    the next few lines, as the paragraph's last may be short), and reads as running text, a
    clause inside it or a word broken off with the next line. A subheading set centred may be
    nearly as wide, but holds no clause and closes its words."""
    # twice as many written lines: an extractor may write a blank after each
    following = [text for text in stripped[index + 1 : index + 1 + 2 * FOLLOWING_LINES] if text]
    if not following:
        return False
    line = stripped[index]
    column = max(display_width(text) for text in following[:FOLLOWING_LINES])
    # a line wider than all after it measures no column by them (a jump line under a subheading)
    if not column - CENTRED_SHORT < display_width(line) <= column:
        return False
    return CLAUSE_MARK.search(line) is not None or nlp.splits_word(line, following[0])


def _tabs_for_indents(raw: list[str]) -> bool:
    """The page's lines opening on a tab are paragraphs' first lines: the page writes no tab
    inside a line (between two columns read across), and most of them are followed by a line
    set flush, the paragraph going on under it."""
    written = [line for line in raw if line.strip()]
    if any("\t" in line[1:] for line in written):
        return False
    followers = [below for line, below in zip(written, written[1:]) if TAB_INDENT.match(line)]
    flush = sum(1 for below in followers if not below[:1].isspace())
    return flush > TAB_INDENT_SHARE * len(followers)


EM_SPACE = "\u3000"  # a run-in title's end, set before its text


def split_lines(text: str) -> list[Line]:
    raw = text.split("\n")
    stripped = [line.strip() for line in raw] + [""]  # each line is asked about twice: stripped once
    tab_indents = "\t" in text and _tabs_for_indents(raw)  # most pages: no tab
    lines = []
    for index, line in enumerate(raw):
        if stripped[index]:
            tight = bool(stripped[index + 1])
            spaced = line[:1] in INDENT_CHARACTERS  # most lines open with none: no pattern is tried
            indented = spaced and INDENT_SPACES.match(line) is not None
            paragraph_indent = spaced and PARAGRAPH_INDENT.match(line) is not None
            if tab_indents and TAB_INDENT.match(line):
                paragraph_indent = True
            centred = (
                spaced
                and CENTRED.match(line) is not None
                and not _opens_paragraph_past_indent(stripped, index)
            )
            # the em space strip() takes off a line's end closed a run-in title there
            ends_em = line.endswith(EM_SPACE)
            lines.append(
                Line(
                    index + 1,
                    stripped[index],
                    tight,
                    indented,
                    paragraph_indent,
                    centred=centred,
                    em_space_end=ends_em,
                )
            )
    return lines


# A title set vertically, in a narrow box beside the text, is read back a character or two per
# line ("焦作" / "高新" / "区推" / "出十" / …, or "硬" / "科" / "技" / …): no line of text or name
# is that short three times running, and a title's characters hold no full stop
VERTICAL_STEP = re.compile(r"[^\s。；]{1,2}")
MIN_VERTICAL_LINES = 3
VERTICAL_MARK = re.compile(r"[“‘「『《（”’」』》）]")  # a quotation mark or bracket on a line of its own


def join_vertical_titles(lines: list[Line]) -> list[Line]:
    """A run of lines of two characters each (the last may hold one), a Han character on every
    line, is a vertical title: one line of it, read left to right."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if len(lines[i].text) > 2:  # asked before the call: most lines are longer than a title's step
            out.append(lines[i])
            i += 1
            continue
        end = _vertical_run_end(lines, i)
        if end - i >= MIN_VERTICAL_LINES and (table := _table_under_paragraph(lines, i)):
            count = table[0]  # a table's head of two characters a cell ("项目" / "一期"), no title
            out.extend(lines[i : i + count])
            i += count
            continue
        if end - i < MIN_VERTICAL_LINES:
            out.append(lines[i])
            i += 1
            continue
        run = lines[i:end]
        out.append(Line(run[0].number, "".join(line.text for line in run), run[-1].tight, upright=True))
        i = end
    return out


def _table_under_paragraph(lines: list[Line], start: int) -> tuple[int, int] | None:
    """A table written a cell a line from `start` on, right under a paragraph's close (as
    layout.read_cells_as_rows reads one)."""
    return cells_from(lines, start) if start and ends_sentence(lines[start - 1].text) else None


def _vertical_run_end(lines: list[Line], start: int) -> int:
    """The title's lines are printed alike: a break unlike the first (a blank line where they
    are joined) parts a name left over from the text above ("厉娜" / "小零" / "件里" / …), and a
    graphic's or a box's cells are no title's ("公司" / "代码" / "事项" / "金额"). Its
    first line sets the step: a title read back one character a line goes on one a line, and
    one read back two a line ends at its first line of one."""
    step = len(lines[start].text)
    end = start
    while end < len(lines) and _vertical_step(lines[end]) and len(lines[end].text) <= step:
        if end > start + 1 and lines[end - 1].tight != lines[start].tight:
            break
        end += 1
        if len(lines[end - 1].text) < step:
            break  # the title's last character
    return end


def _vertical_step(line: Line) -> bool:
    text = line.text
    if line.graphic or len(text) > 2 or VERTICAL_STEP.fullmatch(text) is None:
        return False
    return HAN_CHAR.search(text) is not None or VERTICAL_MARK.fullmatch(text) is not None


def printed_groups(lines: list[Line]) -> list[list[Line]]:
    """Lines joined by a single newline that the half-width rule does not explain."""
    groups: list[list[Line]] = []
    for line, joined in zip(lines, [False, *joined_lines(lines)]):
        if joined:
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def joined_lines(lines: list[Line]) -> list[bool]:
    """Of each line, whether it joins the next into one printed group. A data box's row is a
    line of its own (a row the converter wrote as a table's as well): no headline nor label wraps into
    it, whatever newline the extractor set.
    Nor does a headline wrap into an editor's note (编者按：…) printed under it: the note is text.
    A heading wrapped whole in its marks stands on a line of its own, and a correction's label
    opens a notice set apart from the story above: no line runs into either."""
    rows = table_rows([line.text for line in lines])
    # a wrapped line ends on its closing mark, asked before the call: most lines end on none
    wrapped = [
        line.text.rstrip()[-1:] in _WRAPPING_ENDS and wrapping_marks(line.text.strip()) is not None
        for line in lines
    ] + [False]
    return [
        joins_next(line)
        and k not in rows
        and k + 1 not in rows
        and not line.box_row
        and not (k + 1 < len(lines) and lines[k + 1].box_row)
        and not _opens_note(lines, k + 1)
        and not (k + 1 < len(lines) and lines[k + 1].strip_item and lines[k + 1].indented)
        and not wrapped[k]
        and not wrapped[k + 1]
        and not _opens_correction(lines, k + 1)
        for k, line in enumerate(lines)
    ]


# A correction of an earlier issue, set among the stories: "更正：本报第288期第3版《…》一文中，
# “6”应为“5”，特此更正。", opened by its label, run in after a colon or on a line of its own
CORRECTION_OPENING = re.compile(r"^更正(?:启事|声明)?(?:[：:]|\n|$)")


def _opens_correction(lines: list[Line], k: int) -> bool:
    if k >= len(lines) or "更正" not in lines[k].text:
        return False  # most lines: the label's word asked before the pattern
    return CORRECTION_OPENING.match(lines[k].text.lstrip()) is not None


def _opens_note(lines: list[Line], k: int) -> bool:
    return k < len(lines) and opens_editor_note(lines[k].text)


def opens_with_park(text: str) -> bool:
    """The text opens with a park's name and goes on past it: the park is its subject."""
    opening = gazetteer.opening(text)
    return opening is not None and opening[1] < len(text)


# "图为…": what a photo shows, the way a caption opens
PHOTO_SHOWS = "图为"

HAN_CHAR = re.compile(r"[\u3400-\u9fff]")
# a single space between two Han characters, searched for from the space itself (a literal: fast)
SPACE_BETWEEN_HAN = re.compile(" (?<=[\u3400-\u9fff] )(?=[\u3400-\u9fff])")


@functools.cache
def _han_chars(count: int) -> re.Pattern[str]:
    # each Han character reached past what comes before it, nothing given back
    return re.compile(r"[^\u3400-\u9fff]*+[\u3400-\u9fff]" * count)


def holds_han(text: str, count: int) -> bool:
    """At least `count` Han characters: matched up to the count-th, where finding them all would
    make a string of each (asked of a line's words against a threshold)."""
    return _han_chars(count).match(text) is not None


# Words closing a column's or a genre's name: a commentary, an interview, reports seen or watched
# ("短评", "快评", "园区负责人访谈", "一线观察"), reviews and reporters' tours run as a series
# ("湖南高新区巡礼", "高质量发展调研行");
# a line ending on one names the kind of article, not its news
COMMENT_AND_VISIT = "评论|短评|快评|时评|述评|访谈|观察|见闻|巡礼|(?:调研|采访|蹲点|采风|考察)行"

MAX_LABEL = 6  # characters of a kicker that names a column or series
# The word a serial's label opens with, a bar after it ("连载｜…（六）"): the bar is the label's own
SERIAL_WORD = "连载"
_ORDINAL = "[一二三四五六七八九十]{1,3}"
# An instalment of a series: its name and its number, circled ("走进国家高新区④"), bracketed
# ("连载｜创新高地行（六）") or told ("…·系列报道之一"). Only the whole line: a sentence that ends on
# 之三 or a circled figure holds more than a name (a clause, a figure, a mark). A campaign's name in
# quotes before the kind of series it runs ("“链上看变化”系列报道", "…系列评论之二") labels the whole
# series, numbered or not: a title quotes words inside a sentence, never closes on 系列报道
_SERIES_GENRE = "报道|评论|访谈|述评"
INSTALMENT = re.compile(
    rf"^(?:(?:{SERIAL_WORD}\s*[｜|丨:：]?\s*)?[\u3400-\u9fff·]{{2,14}}"
    rf"(?:[{CIRCLED_NUMBER}]|[（(]{_ORDINAL}[）)]|·?系列(?:{_SERIES_GENRE})?之{_ORDINAL})"
    rf"|“[^“”\s]{{2,14}}”系列(?:{_SERIES_GENRE})(?:之{_ORDINAL})?)$"
)
# A column's name ending on its genre ("园区观察", "短评"): printed in the deck, over its title or
# read after it, a kicker
COLUMN_NAME = re.compile(rf"^[\u3400-\u9fff]{{0,{MAX_LABEL - 2}}}(?:{COMMENT_AND_VISIT})$")
# A campaign's name and how the paper runs it: the campaign under way ("主题教育进行时", "“三个年”活动
# 进行时", "“双碳”在行动") or seen where it is carried out (a campaign in quotes, then 看 and the
# place: "“比学赶超”看园区"). It tells no news, so it heads the stories of the campaign as their kicker
CAMPAIGN_NAME = re.compile(
    r"^(?:(?:“[^“”\s]{2,10}”|[\u3400-\u9fff]{2,8})[\u3400-\u9fff]{0,2}(?:进行时|在行动|正当时)"
    r"|“[^“”\s]{2,10}”看[\u3400-\u9fff]{2})$"
)
# A series' name in lenticular brackets on a line of its own over its title ("【园区新观察】")
SERIES_LABEL = re.compile(r"【[^【】\s]{2,12}】")


def deck_label(text: str) -> bool:
    """A series' instalment, a column's or a campaign's name: the deck's label, never its title or
    subtitle, wherever the extractor wrote it among the deck's lines."""
    labels = (INSTALMENT, COLUMN_NAME, CAMPAIGN_NAME, SERIES_LABEL)
    return any(label.fullmatch(text) is not None for label in labels)


def name_other_parks(first: str, second: str) -> bool:
    parks_first, parks_second = parks_in(first), parks_in(second)
    return bool(parks_first) and bool(parks_second) and not parks_first & parks_second


def name_same_park(first: str, second: str) -> bool:
    return bool(parks_in(first) & parks_in(second))


def parks_in(text: str) -> set:
    """The parks the text names, however it writes them."""
    return {zone for zone, _, _ in gazetteer.mentions(squeeze(text))}


# A note closing a story on where its figures came from or how they were counted ("（数据来源：
# 常德高新区管委会）", "注：文中企业数据均为规模以上企业统计口径。"): set under the story's last
# paragraph, after the names of its writers too, and the story's own text still. Its closing
# mark may fall on the next column line, the note broken over two.
_SOURCE_LABEL = r"^[（(]\s*(?:数据|资料)来源\s*[：:]"
CLOSING_NOTE = re.compile(
    _SOURCE_LABEL + r"(?:[^（）()]{2,30}[）)]|[^（）()\n]{2,30})$"  # closed, or one line
    r"|^注\s*[：:]"
)
# a whole line in brackets, no sentence closed in it
SOURCE_NOTE = re.compile(_SOURCE_LABEL + r"[^（）()]{2,30}[）)]$")


def closes_with_note(text: str) -> bool:
    """The text opens a note on the story's figures; its first character asked first."""
    return text[:1] in "（(注" and CLOSING_NOTE.match(text) is not None


def interview_turn(text: str) -> bool:
    """ "记者：…", "问：…", "答：…": a turn of an interview, the same words in every one, opens a
    paragraph of it, never a title or a subheading (a person's name so set may title one)."""
    match = _speaker_turn(text)
    return match is not None and match.group(1) in SPEAKER_LABELS


@memo_by_text  # asked of a line by every rule that tells an interview's turn
def _speaker_turn(text: str) -> re.Match[str] | None:
    # the colon looked for first: most lines hold none, and the pattern tries names of every length
    return SPEAKER_TURN.match(text) if "：" in text or ":" in text else None


@memo_by_text  # asked of a line by each rule that follows an interview's turns
def speaker(text: str) -> str | None:
    """Who speaks in an interview's turn opening with "记者：", "答：" or a person's name."""
    match = _speaker_turn(text)
    if match is None:
        return None
    label = match.group(1)  # a person, not a place that reads like one (张江)
    if label in SPEAKER_LABELS or (names.is_name(label) and not gazetteer.mentions(label)):
        return label
    return None


def closes_more_than_it_opens(text: str) -> bool:
    """ "…陈晓梅）": the tail of a bracket opened on the line above."""
    return any(text.count(closer) > text.count(opener) for opener, closer in _PAIRED_MARKS)


_PAIRED_MARKS = ("“”", "‘’", "（）", "《》", "()")
_OPENING_MARK = re.compile("[" + re.escape("".join(opener for opener, _ in _PAIRED_MARKS)) + "]")


# A credit's roles after what opens a credit printed under a headline: a lenticular bracket, a
# bullet, the text-and-photos credit ("【融媒体记者 X】", "■ 首席记者 X", "文/图 本报记者 X"), the
# role a word apart from its name; a role's word opening a noun or a sentence is none ("【记者手记】",
# "◆记者专访了…")
_MARKED_CREDIT = re.compile(
    rf"^\s*(?:[【{names.BYLINE_MARKS}]|文\s*[{names.CREDIT_SLASHES}{names.NAME_DOTS}]\s*图)\s*(?:{names.ROLE})"
    r"(?=\s|】|$)"
)


def opens_head_credit(text: str) -> bool:
    """The line opens a credit printed under a headline: its roles after a credit's mark (a role
    alone opens a commentator's signed column as often, "本报评论员" over its text)."""
    return _MARKED_CREDIT.match(text) is not None


def opens_more_than_it_closes(text: str) -> bool:
    """A quotation or bracket left open runs on into the next line."""
    if not _OPENING_MARK.search(text):
        return False  # as most lines: one search rules out every pair
    return any(text.count(opener) > text.count(closer) for opener, closer in _PAIRED_MARKS)


def ends_paragraph(item: Item) -> bool:
    return item.ends_article or item.table_row or ends_sentence(item.text)


def bracketed_credit(item: Item | None) -> bool:
    """An author item of reporters credited in brackets, "（记者 韩雪）": it closes a text."""
    return item is not None and item.kind == AUTHOR and item.text.startswith(("（", "("))


def opens_article(item: Item) -> bool:
    return item.starts_article or names.starts_with_dateline(item.text)


def label_over(items: list[Item], i: int) -> bool:
    """Straight over line i, which fills its column, a bare phrase well short of it: a strip's or
    a column's label, or a kicker ("图片新闻" over a photo story's title). Nothing runs on from
    it into line i: a paragraph's first line is set in by no more than its indent, and no other
    of its lines stops short without closing a sentence."""
    if i == 0 or items[i - 1].kind != BODY:
        return False
    above = items[i - 1].text
    short = display_width(above) <= display_width(items[i].text) - 3
    return short and not ends_sentence(above) and not holds_clause(above)


def reads_as_text(item: Item) -> bool:
    """The line is an article's text, no title: it opens an article or holds a clause."""
    return item.kind == BODY and (opens_article(item) or holds_clause(item.text))


# Kinds printed beside the reading flow, in its way wherever they stand
FLOATING = (CAPTION, FURNITURE)


def neighbour(items: list[Item], i: int, step: int) -> int | None:
    """The nearest item that is part of the reading flow."""
    j, count = i + step, len(items)  # asked thousands of times a page: the length once
    while 0 <= j < count:
        if items[j].kind not in FLOATING:
            return j
        j += step
    return None


def under_titled_byline(items: list[Item], i: int) -> bool:
    """Line i follows a byline that stands under its headline: the text's first line, for the
    story is titled already (a byline printed after its text stands under text, not a title)."""
    byline = neighbour(items, i, -1)
    if byline is None or items[byline].kind != BYLINE:
        return False
    above = neighbour(items, byline, -1)
    return above is not None and items[above].kind == HEADLINE


def local_widths(
    items: list[Item], wanted: list[int], reach: int = 12, above_only: bool = False
) -> dict[int, float]:
    """Column width around each wanted item: the median width of nearby mid-paragraph lines of the
    same run of body text (a byline, a headline, a dateline or an article's end may part two
    articles); of the lines above it alone for a paragraph's last line, whose column is theirs."""
    if not wanted:
        return {}  # as on a page whose lines end in no names: nothing to measure the page for
    runs = text_runs(items, (BODY, CAPTION, FURNITURE))
    # each run's measured lines, where they stand and how wide: a wanted line's neighbours of its
    # own run are then two slices, none of the other runs' lines looked at
    positions: dict[int, list[int]] = {}
    widths: dict[int, list[float]] = {}
    for i, item in enumerate(items):
        if item.kind == BODY and (width := mid_paragraph_width(item.text)) is not None:
            positions.setdefault(runs[i], []).append(i)
            widths.setdefault(runs[i], []).append(width)
    out = {}
    for i in wanted:
        run_positions, run_widths = positions.get(runs[i], []), widths.get(runs[i], [])
        lo, at = bisect.bisect_left(run_positions, i - reach), bisect.bisect_left(run_positions, i)
        past = bisect.bisect_right(run_positions, i)  # the line itself is no neighbour
        hi = past if above_only else bisect.bisect_right(run_positions, i + reach)
        out[i] = _own_column(display_width(items[i].text), run_widths[lo:at], run_widths[past:hi])
    return out


def set_centred(item: Item) -> bool:
    """Every line of the item set centred in its column: a subheading inside its text."""
    return bool(item.lines) and all(line.centred for line in item.lines)


def text_runs(items: list[Item], flowing: tuple[str, ...]) -> list[int]:
    """A number for each item's run of text: items of other kinds than `flowing` (bar a subheading
    centred in the column, which the text runs on around at its measure), an article's first
    line, and the line after its last each begin a new run."""
    run = 0
    runs = []
    ended = False
    for item in items:
        if (item.kind not in flowing and not set_centred(item)) or opens_article(item) or ended:
            run += 1
        runs.append(run)
        ended = item.kind == BODY and item.ends_article
    return runs


def _own_column(width: float, above: list[float], below: list[float]) -> float:
    """Two articles of other widths may follow each other with nothing between: where the
    column above a line and the one below differ, the line belongs to the one it fills, full
    or less its lost indent (a line that fills neither, or both, is measured as elsewhere);
    elsewhere the column is that of all the lines around it. A line or two make no column:
    they may be headlines not yet told from body."""
    near = above + below
    if min(len(above), len(below)) < COLUMN_LINES or max(near) - min(near) < COLUMN_STEP:
        return statistics.median(near) if near else DEFAULT_COLUMN
    columns = statistics.median(above), statistics.median(below)
    fills = [column for column in columns if min(abs(width - column), abs(width + INDENT - column)) <= 1.0]
    if abs(columns[0] - columns[1]) < COLUMN_STEP or len(fills) != 1:
        return statistics.median(near)
    return fills[0]


def reaches_edge(text: str, column: float) -> bool:
    """The line runs to its column's edge: spread out to fill it, or as wide as the column, or
    short of it by no more than its digits and Latin letters may be set wider than half an em."""
    widest = display_width(text) + 0.5 * len(HALF_WIDTH.findall(text))
    return is_letter_spaced(text) or widest >= column - 1.0


def opens_with_dateline(text: str) -> bool:
    """本报讯 opens an article's text, and so does an editor's note (编者按：) printed over it."""
    return names.starts_with_dateline(text) or opens_editor_note(text)


JUNCTION = 4  # characters each side of a line break that a word across it is looked for in


def word_across(line: str, following: str) -> bool:
    """ "…电芯生" / "产线。": the break cut a word, so the two lines are one text wrapped."""
    return nlp.word_across(line[-JUNCTION:], following[:JUNCTION])


# A figure and the measure word counting with it ("312" / "套人才公寓…", "12.6" / "亿元"), or the
# word that makes it approximate, with its measure word or alone ("3000" / "余单", "100" / "多家"):
# 余 and 多 after a figure belong to it ("余杭区", "多功能" are words of their own)
COUNTERS = "个家项名件台套座条批位所支辆架艘部株只吨亩倍户年"
MEASURE_WORD = re.compile(rf"^(?:[余多]?(?:[{COUNTERS}]|[万亿]|[万亿]?元|人次|平方米)|[余多])$")
APPROXIMATE = "余多"


def runs_on(line: str, following: str) -> bool:
    """The text goes on from the line into the next: a word, a figure's count, or a quotation or
    bracket that the line leaves open the next one finishes."""
    quoted = opens_more_than_it_closes(line) and closes_more_than_it_opens(following)
    return quoted or counted_on(line, following) or word_across(line, following)


def runs_on_across(upper: str, head: list[str], lower: str) -> bool:
    """The text runs on from the line above some lines set in its way (a head beside it) into the
    line below them, and neither end of those lines takes it up ("…小麦试" / "盐碱地上麦浪翻滚" /
    "验田迎来收获。"): a word, a count or a quotation broken across them."""
    return runs_on(upper, lower) and not runs_on(upper, head[0]) and not runs_on(head[-1], lower)


def counted_on(line: str, following: str) -> bool:
    """The line ends on a figure that the next one opens with the measure word of: a word of
    its own ("套", "万元"), not the first character of another ("人才"). A figure made
    approximate ("…3000余" / "单，…", "…100多" / "家…") waits for what it counts, whatever it is."""
    if line[-1:] in APPROXIMATE and line[-2:-1].isdigit():
        return HAN_CHAR.match(following) is not None
    if not line[-1:].isdigit():
        return False
    tokens = nlp.tokenize(following[:JUNCTION])
    return bool(tokens) and MEASURE_WORD.match(tokens[0].word) is not None


def runs_into_next_line(items: list[Item], i: int, tail: str) -> bool:
    """ "…之一。 苏州" / "高新区推动…": the supposed name is the first half of a word the next
    line ends."""
    after = neighbour(items, i, +1)
    if after is None or items[after].kind != BODY:
        return False
    last = tail.split()[-1]
    return nlp.word_across(last, squeeze(items[after].text))


# A coverb or conjunction waits for its object ("…诊断时间由" / "2小时缩短到…"): no sentence
# or title ends on one
AWAITS_OBJECT = re.compile(r"[由在把从向对为与和及将被于]$")

# A small table of figures printed with a story (a data box) is read row by row, its cells apart
# by the runs of spaces that stood for the table's columns: wider than the one space an
# extractor sets between words, or an ideographic space, which no sentence holds between words,
# or the tab an extractor writes for a table's column stop
CELL_GAP = re.compile(r" {2,}|\u3000+|\t")
MAX_CELL = 10.0  # a cell holds a label or a figure; a column's line read across is longer
FIGURE = re.compile(r"[0-9０-９]")
MAX_BOX_LABEL = 12.0  # a box's label is a short line of its own over the rows, no line of text


@dataclass
class DataBoxes:
    rows: set[int]  # each a paragraph of the story's own, not a headline
    labels: set[int]  # each a heading of the story, over its rows


def data_boxes(items: list[Item]) -> DataBoxes:
    """The lines of the page's data boxes: two rows running or more, of as many cells each, most
    of them holding a figure, and the short line right over them that names the box; and the rows
    of a table whose cells are parted by single spaces (no label: its rows alone tell it)."""
    # a row is a line of text alone in its item; asked inline, as each call asks it of the page's every item
    texts = [item.text if len(item.lines) == 1 and item.kind in (BODY, HEADLINE) else "" for item in items]
    found = DataBoxes(set(), set())
    for run in _spaced_box_runs(texts):
        if not (run.start and _box_label(items[run.start - 1])):
            found.rows.update(run)  # under a label of its own: a box of the desk's, no story's table
    if not _gapped("\n".join([item.text for item in items])):
        return found  # most pages: no line parts at a table's gap
    for run in _box_runs(texts):
        found.rows.update(run)
        if run.start and _box_label(items[run.start - 1]):
            found.labels.add(run.start - 1)
    return found


def table_rows(texts: list[str]) -> set[int]:
    """The lines read from a data box's rows, as the extractor wrote them (blank lines between
    the rows of one box at most)."""
    written = [k for k, text in enumerate(texts) if text.strip()]
    lines = [texts[k] for k in written]
    spaced = [run for run in _spaced_box_runs(lines) if not (run.start and box_label(lines[run.start - 1]))]
    runs = [*spaced, *(_box_runs(lines) if _gapped("\n".join(texts)) else ())]
    return {written[k] for run in runs for k in run}


# A small table whose cells the extractor parted by single spaces, as it parts any words ("赛道 融资笔数
# 融资额" / "人工智能芯片 9 19.6亿元" / "商业航天 5 8.4亿元"). A single space parts a title's phrases and
# a figure from the text around it too: only three rows running or more, of as many cells each, every
# row under the first (the head of the columns) ending on a cell of figures, are a table's. A story
# sets such a table in its text, under a paragraph; one under a label of its own is a box of the desk's.
# Two cells a row, a phrase and its figure, is also how a line of text spaced around its number reads
# ("园区新增企业 120 家"): such a table shows itself over a row more.
MIN_SPACED_ROWS = 3
MIN_SPACED_PAIRS = 4


def _spaced_box_runs(texts: list[str]) -> Iterator[range]:
    # each row's cells by its line, found in one pass: a line without a space has no cells, most
    # lines none, so only those holding one are split
    cells = {k: row for k, text in enumerate(texts) if " " in text and len(row := spaced_cells(text)) > 1}
    if len(cells) < MIN_SPACED_ROWS:
        return  # most pages: too few rows of cells for any table
    rows = list(cells)
    first = 0
    while first < len(rows):
        k = rows[first]
        end = k + 1
        while end in cells and len(cells[end]) == len(cells[k]):
            end += 1
        least = MIN_SPACED_PAIRS if len(cells[k]) == 2 else MIN_SPACED_ROWS
        figured = all(FIGURE.search(cells[j][-1]) for j in range(k + 1, end))
        if end - k >= least and (figured or _table_of_words(texts, cells, range(k, end))):
            yield range(k, end)
        first = bisect.bisect_left(rows, end, first)  # the next row of cells under the run


# A table of words ("产品 主要用途" / "陶瓷膜 工业废水处理" / "氮化铝基板 功率器件散热" / …): no figure
# ends its rows, yet every cell is a word or a phrase of no mark, and the table stands under a
# paragraph's close, as a story sets its table; a title's or a byline's lines part no such run of rows
# A cell may hold a figure or Latin letters among its words ("3D打印人工关节", "5G基站"), two
# ideographs at least: no figure or code alone
WORD_CELL = re.compile(r"(?=(?:[0-9A-Za-z]*[\u4e00-\u9fff]){2})[\u4e00-\u9fff0-9A-Za-z]{2,10}")


def _table_of_words(texts: list[str], cells: dict[int, tuple[str, ...]], run: range) -> bool:
    return (
        len(run) >= MIN_SPACED_PAIRS
        and run.start > 0
        and ends_sentence(texts[run.start - 1])
        and all(WORD_CELL.fullmatch(cell) for k in run for cell in cells[k])
    )


# A story's table may come back a cell a line, row after row (an extractor that writes each cell as
# a text block of its own): short lines of no clause nor colon, running on from a paragraph's close.
# They are its rows, read as many cells a row as makes every row under the head end on a figure
# (the fewest such, of two to four columns) over as many rows as a table of single spaces needs.
MAX_CELL_COLUMNS = 4


def cell_line(text: str) -> bool:
    """A line that could hold one cell of a table: a label or a figure, no clause, no space."""
    text = text.strip()
    return (
        bool(text)
        and " " not in text
        and display_width(text) <= MAX_CELL
        and not CLAUSE_MARK.search(text)
        and "：" not in text
        and ":" not in text
        and not ends_sentence(text)
    )


def cells_from(lines: list[Line], start: int) -> tuple[int, int] | None:
    """The lines from `start` on read as a table's cells written a line each: (how many of them,
    how many a row), as cells_as_rows; None if they make no table."""
    end = start
    while end < len(lines) and not lines[end].graphic and cell_line(lines[end].text):
        end += 1
    return cells_as_rows([line.text.strip() for line in lines[start:end]]) if end - start > 1 else None


def cells_as_rows(cells: list[str]) -> tuple[int, int] | None:
    """(how many of the cells, how many a row) make a table, the most cells first; None if none do."""
    for count in range(len(cells), MIN_SPACED_ROWS * 2 - 1, -1):
        for columns in range(2, MAX_CELL_COLUMNS + 1):
            rows = count // columns
            least = MIN_SPACED_PAIRS if columns == 2 else MIN_SPACED_ROWS
            if count % columns or rows < least:
                continue
            if all(FIGURE.search(cells[(row + 1) * columns - 1]) for row in range(1, rows)):
                return count, columns
    return None


@memo_by_text  # the page's lines are split again for its every story's parts and each table pass
def spaced_cells(text: str) -> tuple[str, ...]:
    """The cells of a line parted by single spaces, a figure's measure word spaced off it kept with
    it ("128 亿元"); none for a line holding a clause or no space."""
    if " " not in text.strip() or CLAUSE_MARK.search(text) or ends_sentence(text):
        return ()  # most lines: a column's text
    cells: list[str] = []
    for word in text.split():
        if cells and cells[-1][-1:].isdigit() and MEASURE_WORD.match(word):
            cells[-1] += word
        else:
            cells.append(word)
    return tuple(cells) if all(display_width(cell) <= MAX_CELL for cell in cells) else ()


def _box_runs(texts: list[str]) -> Iterator[range]:
    """Two rows running or more, of as many cells each, most of them holding a figure."""
    rows = [(k, len(cells)) for k, text in enumerate(texts) if len(cells := table_cells(text)) > 1]
    first = 0
    while first < len(rows):
        last = first
        while last + 1 < len(rows) and rows[last + 1] == (rows[last][0] + 1, rows[first][1]):
            last += 1
        start, end = rows[first][0], rows[last][0] + 1
        figures = sum(FIGURE.search(texts[k]) is not None for k in range(start, end))
        if end - start >= 2 and 2 * figures > end - start:
            yield range(start, end)
        first = last + 1


def table_cells(text: str) -> list[str]:
    """The cells of a line of text read from a table's row; none for a line of text."""
    if not _gapped(text):
        return []  # most lines: no gap of a table's columns
    if CLAUSE_MARK.search(text) or ends_sentence(text):
        return []  # a clause of a sentence
    cells = CELL_GAP.split(text.strip())
    return cells if all(display_width(cell) <= MAX_CELL for cell in cells) else []


def _gapped(text: str) -> bool:
    """Whether the text holds a gap of CELL_GAP's, asked without a pattern: most lines hold none."""
    return "  " in text or "\u3000" in text or "\t" in text


def _box_label(item: Item) -> bool:
    # a short line over the rows is their label, though it reads as a page's furniture ("数据")
    return item.kind in (BODY, HEADLINE, FURNITURE) and len(item.lines) == 1 and box_label(item.text)


def box_label(text: str) -> bool:
    """A short line naming a box ("数据", "5G建设一览"): no clause, no sentence."""
    return display_width(text) <= MAX_BOX_LABEL and not CLAUSE_MARK.search(text) and not ends_sentence(text)


@memo_by_text  # asked of a line by each pass that looks for a data box
def figures_row(text: str) -> bool:
    """ "产值（亿元）  128  16.4%": a table's row whose cells after its label hold figures, as a
    data box's rows do; a title written on one line with its kicker has no column of figures."""
    return any(FIGURE.search(cell) for cell in table_cells(text)[1:])
