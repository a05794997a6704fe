"""Reading the extractor's line spacing: the documented habit (a blank line after each printed
line), pages with no blank lines, a blank after every line, and pages written in blocks."""

from __future__ import annotations

import re
import statistics
from dataclasses import replace

from ..language import gazetteer, names, nlp
from ..language.text import (
    CLOSERS,
    SENTENCE_END,
    display_width,
    ends_half_width,
    ends_sentence,
    is_letter_spaced,
    mid_paragraph_width,
    squeeze,
)
from .items import (
    CLAUSE_MARK,
    COMMENT_AND_VISIT,
    DEFAULT_COLUMN,
    FULL,
    MAX_TITLE_LINE,
    NARROW_HEADLINE_MEASURE,
    ODD_LINE,
    closes_more_than_it_opens,
    holds_han,
    opens_more_than_it_closes,
    opens_with_park,
)
from .lines import INDENT, Line, joins_next
from .marks import stands_apart
from .people import reads_as_authors

SINGLE_SPACED = 0.05  # the share of lines followed by a blank one below which a page has no spacing
SPACING_SAMPLE = 12  # the fewest lines that show a page's spacing
# The share of lines of text (holding a clause) followed by a single newline they have no reason
# for (no half-width end), above which a page joins the lines of each printed block: the
# documented extractor joins only a headline's lines, which hold no clause
BLOCK_JOINED = 0.1
COLUMN_REACH = 6  # lines either side of a pair that show the width of the text around it
COLUMN_SAMPLE = 4  # the fewest lines of text that show it
MAX_HEADLINE_BLOCK = 4  # a headline's lines: a kicker, a title of one or two lines and a subtitle
MAX_NARROW_HEADLINE = 40  # characters of a kicker, a title and a short subtitle
TEXT_BLOCK_CLAUSES = 2  # lines holding a clause that show a block holds text
FLUSH_RUN = 1.0  # lines of one column set flush differ by a figure or a quote mark at most
HEADLINE_SHARE = 0.6  # a headline's lines set this short of the text's are short whatever their widths


def line_spacing_read(lines: list[Line], exported: bool = False) -> list[Line]:
    """Another extractor's line breaks read as the documented one's: which lines were printed
    together, a headline's, is all the rest of the stage asks of them. A Markdown export writes a
    blank line after each of its blocks (a paragraph, a heading group) by its format: its blank
    lines part blocks, never a line reader's blank after every printed line."""
    if _blocks_joined(lines):
        return _blocks_apart(lines)
    return _text_apart_from_headlines(_single_spaced_apart(lines, exported))


def _text_apart_from_headlines(lines: list[Line]) -> list[Line]:
    """An extractor may leave out the blank line between two stories, the next one's headline
    written right under the last line of the text above ("…600家以上。" / "枣庄高新区…"): a
    line closing a statement, or a line's leftover ("东）"), is no line of a headline, and the
    headline under it is printed apart from it."""
    return [
        replace(line, tight=False) if joins_next(line) and _text_over_headline(line, below) else line
        for line, below in zip(lines, lines[1:])
    ] + lines[-1:]


def _text_over_headline(line: Line, below: Line) -> bool:
    text = line.text
    return (_closes_statement(text) or _bracket_tail(text)) and _headline_shaped(below)


def _bracket_tail(text: str) -> bool:
    """A credit's bracket closed on a line of its own ("东）"); a title wrapped inside its quotes
    ("事”套餐企业开办半天") closes a quote as well and goes on below."""
    return closes_more_than_it_opens(text.replace("”", "").replace("’", ""))


def _blocks_joined(lines: list[Line]) -> bool:
    """An extractor that writes each printed block (a paragraph, a headline, a column's run of
    text) as its lines joined by single newlines, a blank line after it: lines of text are
    followed by a single newline without the half-width reason, yet blank lines part runs."""
    if len(lines) < SPACING_SAMPLE:
        return False
    joined = sum(_joined_text(line) for line in lines[:-1])
    return joined > BLOCK_JOINED * len(lines) and _has_blank_lines(lines)


def _has_blank_lines(lines: list[Line]) -> bool:
    """More than next to no line is followed by a blank one (the page's last line is followed
    by nothing)."""
    return sum(not line.tight for line in lines[:-1]) > SINGLE_SPACED * len(lines)


def _joined_text(line: Line) -> bool:
    return joins_next(line) and bool(CLAUSE_MARK.search(line.text))


def _blocks_apart(lines: list[Line]) -> list[Line]:
    """A blank line parts two blocks; within a block of text, lines joined by single newlines
    tell no more than a single-spaced page's, and two stay together only as a headline's do."""
    short = _headline_width(lines)
    out: list[Line] = []
    for block in _blocks(lines):
        headline = _headline_block(block, short)
        for i, line in enumerate(block):
            joined = i + 1 < len(block) and _joined_in_block(block, i, short, headline)
            # a headline's block is written as the extractor read it: a line ending on a half-width
            # character (a kicker broken after its dot, "产业链·" / "专用车") is joined all the same
            out.append(replace(line, tight=joined, held=joined and headline))
    return out


def _joined_in_block(block: list[Line], i: int, short: float, headline: bool) -> bool:
    """A headline's block keeps its lines together whatever their widths, but parts where a line
    opens with a park that acts: a title opens with its subject, and what stands over it is read
    apart, as on a single-spaced page."""
    if headline:
        return not _opens_another_title(block, i)
    return _paired(block, i, short) and not _inside_text(block, i)


def _inside_text(block: list[Line], i: int) -> bool:
    """A headline is set in a box of its own, or over the text of its box: two lines below the
    first of a block that holds text are the text's own, and so are its first two when the first
    is written after a paragraph's indent (a tab, two spaces), the text's first line however few
    marks it and the line under it hold (figures make a full line look short)."""
    return (i > 0 or block[0].paragraph_indent) and sum(
        bool(CLAUSE_MARK.search(line.text)) for line in block
    ) >= TEXT_BLOCK_CLAUSES


def _blocks(lines: list[Line]) -> list[list[Line]]:
    blocks: list[list[Line]] = [[]]
    for line in lines:
        blocks[-1].append(line)
        if not line.tight:
            blocks.append([])
    return [block for block in blocks if block]


def _headline_block(block: list[Line], short: float) -> bool:
    """A block of a few lines, none of them holding a clause: a headline, though broken inside a
    word across lines of one width ("保定高新区出台八条措施支" / "持新能源企业开拓海外市场")."""
    if len(block) > MAX_HEADLINE_BLOCK:
        return _narrow_headline(block)
    if len(block) < 2:
        return False
    return all(_headline_shaped(line) for line in block) or _set_short(block, short)


def _narrow_headline(block: list[Line]) -> bool:
    """A headline set in a narrow column of its own runs to more lines than any other, a few
    characters each, its measure breaking it inside words ("桂林高新" / "区八条举"): no line holds a
    clause, and the whole is no longer than a headline's words. A box of labels (a chart's, a list's)
    has a word whole on each line."""
    if sum(len(squeeze(line.text)) for line in block) > MAX_NARROW_HEADLINE:
        return False
    if not _headline_shaped(block[0]) or not all(_broken_headline_line(line) for line in block[1:]):
        return False
    return any(nlp.word_across(line.text, below.text) for line, below in zip(block, block[1:]))


def _set_short(block: list[Line], short: float) -> bool:
    """A block whose every line stands well short of the text's measure is a headline, though a
    line of it holds a comma ("留住人才，" / "靠的不只是补贴") or its last asks a question: a block of
    text fills its column with every line but its last, and closes no line but its last."""
    *over, last = block
    if any(ends_sentence(line.text) for line in over) or _closes_statement(last.text):
        return False
    return all(display_width(line.text) <= short and _could_head(line) for line in block)


def _headline_width(lines: list[Line]) -> float:
    """The width below which lines are short whatever their widths: a share of the text's."""
    widths = [w for line in lines if (w := mid_paragraph_width(line.text)) is not None]
    return HEADLINE_SHARE * statistics.median(widths) if widths else DEFAULT_COLUMN


def _single_spaced_apart(lines: list[Line], exported: bool) -> list[Line]:
    """An extractor that writes no blank line after a column line (single spacing throughout)
    leaves no sign of which lines were printed together: each is read as printed alone, and
    headlines are found as single lines are, by their width and words. Such a page is told by
    its own text: next to no line is followed by a blank one. An extractor that writes a blank line
    after every line, even after one ending in a half-width character, tells no more. A page too
    short to show a share tells it as well when not one of its lines is followed by a blank one:
    the documented extractor parts every headline from the text under it."""
    spaced = _has_blank_lines(lines) and (exported or not _blank_after_every_line(lines))
    if spaced or (len(lines) < SPACING_SAMPLE and not _without_blank_lines(lines)):
        return lines
    short = _headline_width(lines)
    page_text = "".join(squeeze(line.text) for line in lines)
    every_line_apart = _has_blank_lines(lines)
    paired = [
        i + 1 < len(lines)
        and _paired(lines, i, short)
        and not _quote_under_headline(lines, i, page_text)
        and not (every_line_apart and _label_word_over_headline(lines, i))
        for i in range(len(lines))
    ]
    return [
        replace(line, tight=paired[i] and not _closes_headline(lines, i, paired))
        for i, line in enumerate(lines)
    ]


def _closes_headline(lines: list[Line], i: int, paired: list[bool]) -> bool:
    """Headlines stacked one under another with no blank line between them (an extractor that
    writes every headline after the text, or none at all): line i is the second line of a title
    its measure broke where the title could not end (paired with the line above), and so
    finishes the title, unless it breaks where nothing ends as well; the line under it, a
    headline's line over another, is a subtitle or the next story's kicker or title. A subject
    set on a line of its own is no break of the measure's: the rest under it may run on over two
    lines of a narrow measure ("玉溪高新区" / "生物医药产业园" / "新增12家企业"), and ends at
    the first only where the line under would make it longer than a title's line, at the second
    otherwise, whatever stands under it."""
    line, below = lines[i].text.strip(), lines[i + 1].text.strip()
    if i == 0 or not paired[i - 1] or _breaks_unended(line, below):
        return False
    if _rest_of_subject_ends(lines, i, paired):
        return True
    if not (i + 2 == len(lines) or _headline_shaped(lines[i + 2])):
        return False  # no headline stacked under it
    above = lines[i - 1].text.strip()
    if _subject_alone(above):
        return display_width(line + below) > MAX_TITLE_LINE
    return _breaks_unended(above, line)


def _rest_of_subject_ends(lines: list[Line], i: int, paired: list[bool]) -> bool:
    """Line i is the second line of what a subject on a line of its own announces, the two short
    enough to be one line of a title run over two."""
    if i < 2 or not paired[i - 2] or not _subject_alone(lines[i - 2].text.strip()):
        return False
    return display_width(lines[i - 1].text + lines[i].text) <= MAX_TITLE_LINE


def _breaks_unended(upper: str, lower: str) -> bool:
    """A headline's line broken where its phrase cannot end: after its subject alone, inside a
    quotation or bracket, inside a word, whole on neither line ("…设立知识" / "产权…", a word jieba
    keeps across the joint)."""
    return _subject_alone(upper) or opens_more_than_it_closes(upper) or nlp.word_across(upper, lower)


def _subject_alone(line: str) -> bool:
    """A title's subject on a line of its own: before the colon that announces the rest
    ("湘潭高新区："), or its park's name alone ("大庆高新区" / "人工智能…")."""
    return line.endswith(("：", ":")) or gazetteer.lookup(line) is not None


def _paired(lines: list[Line], i: int, short: float) -> bool:
    if _lost_its_indent(lines, i) or _spaced_over_text(lines, i) or _finishes_word_of_text(lines, i):
        return False
    column = _column_width_near(lines, i)
    short = max(short, HEADLINE_SHARE * (column or 0.0))
    return (
        _headline_pair(lines, i, short)
        or _set_off_the_column(lines, i, column)
        or _title_phrases(lines, i, short)
    )


# The next sentence's first characters after a sentence closed on a line ("…验收。 平台接"): a
# word or two broken off at the line's end, as short as a name and read as one
MAX_BROKEN_OPENING = 4


def _finishes_word_of_text(lines: list[Line], i: int) -> bool:
    """Line i finishes a word that the text above broke off at its end: after a sentence closed on
    the line above ("…通过省级验收。 平台接" / "入园区46家…"), or on a line of a sentence going
    on ("围绕模具、电机和纺" / "织等行业打造一批"). It goes on with that text, as no headline's
    first line does."""
    if i == 0:
        return False
    above = lines[i - 1].text.rstrip()
    close = max(above.rfind(mark) for mark in SENTENCE_END)
    opening = above[close + 1 :].strip()
    if close < 0 and CLAUSE_MARK.search(above):
        return _fills_column(lines, i - 1) and nlp.word_cut(above, lines[i].text)
    return 0 < close and 0 < len(opening) <= MAX_BROKEN_OPENING and nlp.word_cut(opening, lines[i].text)


def _fills_column(lines: list[Line], i: int) -> bool:
    """Line i is as wide as the text's column round it: the measure broke it, inside a word or not
    (a headline's line breaks short of the text's column)."""
    column = _column_width_near(lines, i)
    return column is not None and display_width(lines[i].text) >= column - 1.0


def _column_width_near(lines: list[Line], i: int) -> float | None:
    """The width of the text around a pair of lines, from the lines of text either side that
    hold a clause and go on: a page's articles are set to columns of different widths, so a
    headline is short against its own column's text, not the page's."""
    near = [
        display_width(other.text)
        for other in lines[max(0, i - COLUMN_REACH) : i] + lines[i + 2 : i + 2 + COLUMN_REACH]
        if CLAUSE_MARK.search(other.text) and not ends_sentence(other.text)
    ]
    return statistics.median(near) if len(near) >= COLUMN_SAMPLE else None


def _title_phrases(lines: list[Line], i: int, short: float) -> bool:
    """A title of two phrases, the first closed by a comma ("留住人才，" / "靠的不只是补贴"), both
    lines well short of the text's and set to their own widths: a column's lines fill it, and a
    narrow column's lines fill it alike."""
    line, below = lines[i], lines[i + 1]
    phrase = line.text.rstrip()
    if not phrase.endswith("，") or CLAUSE_MARK.search(phrase[:-1]) or not _could_head(line):
        return False
    if not _headline_shaped(below) or _opens_another_title(lines, i):
        return False
    width, width_below = display_width(phrase), display_width(below.text)
    return max(width, width_below) <= short and abs(width - width_below) > FULL


def _set_off_the_column(lines: list[Line], i: int, column: float | None) -> bool:
    """Two lines neither holding a clause, both well off the width of the text around them
    (`column`): a headline set to its own measure, though of one width and too wide to count as
    short, not two lines of a column."""
    line, below = lines[i], lines[i + 1]
    if not (_headline_shaped(line) and _headline_shaped(below)) or _opens_another_title(lines, i):
        return False
    if column is None:
        return False
    if any(abs(display_width(one.text) - column) <= ODD_LINE for one in (line, below)):
        return False
    return not _narrowed_run(lines, i)


def _narrowed_run(lines: list[Line], i: int) -> bool:
    """Text narrowed around a photo narrows a run of lines: the line over the pair or the one
    under it is set to the pair's width too."""
    width = display_width(lines[i].text)
    around = [lines[j] for j in (i - 1, i + 2) if 0 <= j < len(lines)]
    return any(abs(display_width(other.text) - width) <= 1.0 for other in around)


def _lost_its_indent(lines: list[Line], i: int) -> bool:
    """A paragraph's first line, short by the indent it lost, over two lines that fill its column
    alike: the text of a column, not a headline over it. A page may set its figures as wide as
    characters (a line of figures as full as any): a line under it holding figures, the lines are
    measured that way too."""
    if i + 2 >= len(lines):
        return False
    texts = [line.text for line in lines[i : i + 3]]
    if _short_by_indent([display_width(text) for text in texts]):
        return True
    # one of the first two holds figures that make it look short (a first line ending on a number,
    # "…上下游企业83", as much as the line under it)
    figures = any(HALF_WIDTH.search(text) for text in texts[:2])
    return figures and _short_by_indent([_characters(text) for text in texts])


def _short_by_indent(widths: list[float]) -> bool:
    width, *full = widths
    return abs(full[0] - full[1]) < FULL and INDENT - FULL <= full[0] - width <= INDENT + FULL


HALF_WIDTH = re.compile(r"[\x21-\x7e]")


def _characters(text: str) -> float:
    """A line's width with its figures and letters set as wide as characters."""
    return float(len(squeeze(text)))


def _quote_under_headline(lines: list[Line], i: int, page_text: str) -> bool:
    """A quote boxed under a headline and set flush at a measure of its own: the line under the
    headline runs as wide as the two under that, one of which holds a clause, so the three are
    lines of one column of text, its sentence going on from line to line; and what its first
    two lines say, the page's text says elsewhere as well (`page_text`: the page's lines run
    together). No headline repeats its text; the headline ends above the quote. A subtitle's
    dash marks the headline's own line, however wide."""
    if i + 3 >= len(lines):
        return False
    width, *block = (display_width(line.text) for line in lines[i : i + 4])
    under = lines[i + 1].text.strip()
    flush = (
        max(block) - min(block) <= FLUSH_RUN
        and abs(width - block[0]) > FLUSH_RUN
        and not under.startswith("—")
        and not ends_sentence(under)
        and any(CLAUSE_MARK.search(line.text) for line in lines[i + 2 : i + 4])
    )
    return flush and page_text.count(squeeze(under) + squeeze(lines[i + 2].text)) > 1


def _spaced_over_text(lines: list[Line], i: int) -> bool:
    """A letter-spaced line (a subheading spread across its column) over a paragraph's first line
    that lost its indent: the text under a subheading, not the rest of a headline."""
    return (
        is_letter_spaced(lines[i].text)
        and not is_letter_spaced(lines[i + 1].text)
        and _lost_its_indent(lines, i + 1)
    ) or _short_over_text(lines, i)


def _short_over_text(lines: list[Line], i: int) -> bool:
    """A short line over a paragraph's first line that lost its indent ("应用场景带动市场" /
    "园区组织石墨烯企业与本"): a subheading over its section's text. A title's second line is
    never wider than the line it wraps from, and the text under a title opens on a line as
    short as that; a title broken short inside a word ("常德高新区智" / "能装备企业…") is
    whole on neither line, and a subheading is whole on its own. A subheading is a bare phrase
    (words and quotes, perhaps numbered or in 【】, perhaps spaced out): a line holding a mark
    is a sentence's end, a question, a colon's announcement ("大连高新区：") or furniture, and
    one of names alone is a byline. A line over a subtitle's dash, or two lines over it or over
    a dateline, are a title's: a story opens under its headline, a section's text runs on."""
    line, below = lines[i].text.strip(), lines[i + 1].text.strip()
    if not _BARE_PHRASE.match(line) or display_width(line) >= display_width(below) or reads_as_authors(line):
        return False
    after = lines[i + 2].text.strip() if i + 2 < len(lines) else ""
    if below.startswith("—") or after.startswith("—") or names.starts_with_dateline(after):
        return False
    column = _column_width_near(lines, i)
    short_by_indent = column is not None and abs(column - INDENT - display_width(below)) <= FULL
    opens_text = short_by_indent or _lost_its_indent(lines, i + 1)
    return opens_text and not nlp.word_cut(line, below)


def _without_blank_lines(lines: list[Line]) -> bool:
    return all(line.tight for line in lines[:-1])


def _blank_after_every_line(lines: list[Line]) -> bool:
    """No line is followed by a single newline, not even one ending in a half-width character,
    which the documented extractor follows by one: the page shows it has such lines."""
    return not any(line.tight for line in lines) and any(ends_half_width(line.text) for line in lines[:-1])


def _headline_pair(lines: list[Line], i: int, short: float) -> bool:
    """Two lines of one headline: neither holds a clause, and they are set to different widths
    or both well short of the text (a column's lines all fill it)."""
    line, below = lines[i], lines[i + 1]
    if not (_headline_shaped_at(lines, i) and _headline_shaped_at(lines, i + 1)):
        return False
    if _opens_another_title(lines, i):
        return False
    width, width_below = display_width(line.text), display_width(below.text)
    return abs(width - width_below) > 1 or max(width, width_below) <= short


def _headline_shaped_at(lines: list[Line], k: int) -> bool:
    return _headline_shaped(lines[k]) or (k > 0 and _park_name_runs_on(lines, k - 1))


def _park_name_runs_on(lines: list[Line], i: int) -> bool:
    """A park's name broken between line i and the next ("…哈尔滨高新" / "区一家机…"): the lower line
    goes on with the name, whatever its first characters read as on their own (区 is a surname
    too, "区一家" a name). Not a line that closes a statement or holds a clause."""
    below = lines[i + 1]
    if below.indented or ends_sentence(below.text) or CLAUSE_MARK.search(below.text):
        return False
    upper = "".join(line.text.strip() for line in lines[max(i - 1, 0) : i + 1])
    return any(start < len(upper) < end for _, start, end in gazetteer.find(upper + below.text.strip()))


def _opens_another_title(lines: list[Line], i: int) -> bool:
    """A title opens with its subject, a headline with its kicker: a line opening with a park
    that acts, or a column's name, under a line that joins no park to it ("…与" / "自贡高新区…"),
    begins the next article's headline, where headlines are gathered one under another. A title
    set upright stands in a box of its own beside the text: the line under it is its subtitle."""
    if lines[i].upright:
        return False
    if _two_phrases_on_one_line(lines[i].text) and not lines[i + 1].text.lstrip().startswith("—"):
        return True
    opens = _opens_on_park(lines, i + 1) or _column_label(lines, i + 1)
    return opens and not _JOINS_ON.search(lines[i].text)


def _column_label(lines: list[Line], i: int) -> bool:
    """A column's name in a few characters ("短评", "能源转型一线", "科技成果转化故事") over a headline
    line is the kicker of the headline it stands over, never the tail of a title above it."""
    text = lines[i].text.strip()
    if i + 1 >= len(lines) or not _headline_shaped(lines[i + 1]):
        return False
    return not holds_han(text, MAX_COLUMN_LABEL + 1) and _COLUMN_LABEL.search(text) is not None


def _label_word_over_headline(lines: list[Line], i: int) -> bool:
    """A genre's name of one word alone on its line over a line far wider ("人物", "短评" over the
    title): a column's label, its headline's kicker, where a title broken after its first word
    ("铜箔" / "生产线赶订单") runs on with what it names. Asked where every line is written apart:
    the title's line reads as a headline on its own there, while on a single-spaced page the
    label's pairing is what sets the title off from the text under it."""
    text, below = lines[i].text.strip(), lines[i + 1].text.strip()
    if _GENRE_WORD.match(text) is None:
        return False
    return display_width(below) >= WIDER_THAN_LABEL * display_width(text)


def _two_phrases_on_one_line(text: str) -> bool:
    """A title of two phrases set on one line, a space between them ("X推出8条措施 支持企业“出海”"):
    the title is whole on its line, and a line under it other than a subtitle's dash is the
    next headline's (its kicker, or its title)."""
    return _SPACED_PHRASES.match(text.strip()) is not None and not is_letter_spaced(text)


def _opens_on_park(lines: list[Line], i: int) -> bool:
    """A line opening with a park's name, or holding the name alone with the title going on
    under it ("石嘴山高新区" / "碳化硅产业链" / "加速成形"); a park alone over text ends its title
    ("产业园落户" / "包头稀土高新区"). A title set letter-spaced ("长 春 高 新 区 …") opens with its
    park as well, under another title that opens with its own: a kicker over it names a theme."""
    text = lines[i].text
    if opens_with_park(text) or (
        is_letter_spaced(text) and opens_with_park(squeeze(text)) and opens_with_park(lines[i - 1].text)
    ):
        return True
    if i + 1 < len(lines) and _park_broken_off(text, lines[i + 1].text):
        return True
    return gazetteer.lookup(text) is not None and i + 1 < len(lines) and _headline_shaped(lines[i + 1])


def _park_broken_off(text: str, below: str) -> bool:
    """A narrow measure breaks a park's name at the line's end ("随州高新" / "区专用汽"): the line
    opens with the park all the same. Only a headline's own narrow column breaks a title's opening
    so (a wider title's line broken inside a name is no opening of another)."""
    if max(display_width(text), display_width(below)) > NARROW_HEADLINE_MEASURE:
        return False
    opening = gazetteer.opening(text + below)
    return opening is not None and len(text) < opening[1] < len(text + below)


def _closes_statement(text: str) -> bool:
    return text.rstrip().rstrip(CLOSERS).endswith(_TEXT_END)


def _broken_headline_line(line: Line) -> bool:
    """A line of a headline its narrow measure broke anywhere: no clause, and no line set apart; a
    run of a few characters broken out of a title ("区八条举") may read as a name."""
    text = line.text
    return not (ends_sentence(text) or CLAUSE_MARK.search(text) or line.indented or stands_apart(line))


def _headline_shaped(line: Line) -> bool:
    text = line.text
    return not (ends_sentence(text) or CLAUSE_MARK.search(text)) and _could_head(line)


def _could_head(line: Line) -> bool:
    """Neither a paragraph's indented first line, a dateline, a line's leftover, a line set apart
    (a byline, a caption) nor a name after the text."""
    text = line.text
    if line.indented or names.starts_with_dateline(text) or _text_tail(text):
        return False
    return not stands_apart(line) and not reads_as_authors(text)


def _text_tail(text: str) -> bool:
    """What a line broken off above leaves on the next: a single character ("磊"), a bracket's
    close ("新区提供）"), or a byline's roles ("（记者 X 通讯员 Y）", "本报评论员"). No headline
    line is any of them."""
    too_short = not holds_han(text, MIN_LINE_WORD)
    return too_short or closes_more_than_it_opens(text) or bool(_ROLE_OPENING.match(text))


_TEXT_END = ("。", "；", "…")  # a headline may ask or exclaim, but closes no statement
MIN_LINE_WORD = 2  # a word of the headline: one character alone is left over from a line above
# A subheading's words, perhaps numbered (in figures, "一、" or bracketed, "（一）"), after a half
# block (▌), quoted, in lenticular brackets or spaced out ("标准建设提升话语权", "1 . 成 果 就 地 转 化")
_BARE_PHRASE = re.compile(
    r"^(?:[0-9一二三四五六七八九十]+ ?[.．、] ?|[（(][一二三四五六七八九十]{1,3}[）)] ?|▌ ?)?"
    r"【?[\u4e00-\u9fffA-Za-z0-9“” \u00a0\u3000]+】?$"
)
_ROLE_OPENING = re.compile(rf"^[（(]?\s*(?:{names.ROLE})")
# A column's name: a genre (commentary, interviews, reports from the front line, stories); a
# column that visits a place ("走进…") is left out, for a title goes on with the same verb
# ("让焊接机器人" / "走进冰城" / "的重工车间")
_COLUMN_LABEL = re.compile(rf"(?:{COMMENT_AND_VISIT}|一线|故事|进行时)$")
MAX_COLUMN_LABEL = 9  # characters of a column's name; a subtitle naming its genre runs longer
# A column named by its genre in one word: a profile, a commentary, an interview, a report seen
_GENRE_WORD = re.compile(rf"^(?:人物|{COMMENT_AND_VISIT})$")
WIDER_THAN_LABEL = 3  # times as wide, at least, as a label of one word the headline under it runs
# Phrases of a few characters each, parted by spaces
_SPACED_PHRASES = re.compile(r"^(?:[^\s，。；]{4,}[ \u3000]+)+[^\s，。；]{4,}$")
# A line ending on a conjunction joins the park under it to what it names ("内江高新区与")
_JOINS_ON = re.compile(r"[与和及同、]$")
