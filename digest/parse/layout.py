"""Layout stage: raw page text -> a sequence of typed items.

The extractor writes one printed column line per line and a blank line after
each, except after a line ending in a half-width character. So lines joined by
a single newline without that excuse were printed together: a headline of two
lines, or a byline with its caption. Each item is one of

    body      one column line of article text
    headline  a title, subtitle, kicker or subheading (one or more lines)
    byline    "▶ 林露虹 本报特约通讯员 李幼君", "本报记者 X"
    author    a trailing author split off the end of an article ("。 王成龙")
    caption   "软件园三期C区已全面建成。 图片来源：厦门火炬高新区"
    furniture date line, page name, editor line, page number, jump line
"""

from __future__ import annotations

import bisect
import re
import statistics
from collections.abc import Callable
from dataclasses import replace

from ..language import gazetteer, names, nlp
from ..language.text import (
    display_width,
    ends_half_width,
    ends_sentence,
    is_letter_spaced,
    memo_by_text,
    mid_paragraph_width,
    opens_editor_note,
    squeezable,
    squeeze,
)
from ..models import RawPage
from .across import read_across
from .article import (
    COLUMN_BY_WHOM,
    GENRE,
    MAX_HALVES_DIFFERENCE,
    MAX_LABEL,
    NEXT_LINE,
    SUBTITLE_FORM,
    breaks_inside_phrase,
    deck_field,
    explains_title,
    subject_alone,
    title_tail,
)
from .baidu_ocr import baidu_ocr_markup, groups_paragraphs, read_baidu_ocr
from .captions import (
    credit_only,
    gather_captions,
    gather_captions_under_credits,
    gather_captions_under_photos,
    gather_credited_captions,
    gather_grouped_captions,
    gather_labelled_captions,
    gather_wrapped_captions,
    is_caption,
)
from .columns import restore_column_order
from .content_list import content_list_markup, read_content_list
from .credits import (
    close_credit_blocks,
    credit_photographers,
    gather_broken_bylines,
    join_broken_photo_credits,
    join_byline_parts,
    join_credits_cut_in_words,
    join_cut_byline_names,
    join_lenticular_credit_parts,
    join_marked_credit_lines,
    join_reprint_source_parts,
    join_team_credit_parts,
    reclaim_authors,
    split_credits_off_titles,
    split_trailing_authors,
)
from .frames import take_off_frames
from .habits import (
    join_figures_apart,
    join_inset_halves,
    join_lead_in_frames,
    join_note_labels,
    join_run_in_labels,
    mark_column_repeats,
    put_back_lead_ins,
    read_drop_capitals,
    read_misread_days,
    split_glued_boxes,
    split_joined_block_lines,
    split_joined_pairs,
    take_off_glyph_run_spaces,
    take_off_margin,
    take_off_ocr_spaces,
    take_off_padding,
    take_off_screen_counters,
    take_off_split_run_marks,
    take_off_stop_spaces,
    take_off_stray_ocr_spaces,
)
from .items import (
    AUTHOR,
    AWAITS_OBJECT,
    BODY,
    BYLINE,
    CAPTION,
    CIRCLED_NUMBERS,
    EDGE_LINES,
    FLOATING,
    FOLLOWING_LINES,
    FULL,
    FURNITURE,
    HALF_WIDTH,
    HAN_CHAR,
    HEADLINE,
    INNER_FULL_STOP,
    LIST_ITEM,
    MAX_TITLE_LINE,
    ODD_LINE,
    ORNAMENT,
    PHOTO_SHOWS,
    POINTER,
    PUSHED_DOWN,
    PUSHED_ON,
    SECTION_NUMBER,
    SHORT_LINE,
    WHOLE_PARAGRAPH,
    Item,
    box_label,
    cells_from,
    closes_more_than_it_opens,
    counted_on,
    data_boxes,
    deck_label,
    ends_paragraph,
    figures_row,
    holds_clause,
    holds_han,
    holds_prose_mark,
    interview_turn,
    join_vertical_titles,
    jump_number,
    label_over,
    local_widths,
    name_other_parks,
    neighbour,
    opens_article,
    opens_head_credit,
    opens_more_than_it_closes,
    opens_with_park,
    parks_in,
    printed_groups,
    reaches_edge,
    reads_as_text,
    runs_into_next_line,
    runs_on,
    runs_on_across,
    set_width,
    speaker,
    split_lines,
    table_cells,
    text_runs,
    word_across,
    wrapping_marks,
)
from .laid_out import read_laid_out
from .lines import INDENT, SPEAKER_TURN, Line
from .markdown import (
    front_matter,
    heading_texts,
    is_markdown_export,
    mark_headings,
    mark_table_rows,
    read_markdown,
    table_row_texts,
)
from .marks import (
    CHART_SOURCE,
    HALF_COLUMN,
    JUSTIFIED_REACH,
    apply_jump_lines,
    carried_on,
    carried_on_from_page,
    close_at_end_marks,
    close_at_page_notes,
    close_at_source_notes,
    close_spaced_datelines,
    contact_row,
    gather_chart_captions,
    inside_dateline_credit,
    is_rule,
    justifying_gap,
    keep_box_rows_in_text,
    keep_contact_rows_in_boxes,
    keep_dateline_credits_whole,
    keep_notice_signatures,
    mark_charts,
    mark_contents_box,
    mark_dateline_starts,
    mark_desk_boxes,
    mark_masthead_straps,
    mark_page_name,
    mark_page_rail,
    mark_paper_name,
    mark_photo_counters,
    mark_repeated_lines,
    mark_restated_titles,
    mark_ruled_headlines,
    open_contact_cards,
    open_facts_rows,
    open_strip_items,
    place_editor_notes,
    prints_rules,
    read_alt_titles,
    read_head_boxes_after_leads,
    set_aside_desk_boxes,
    set_aside_facts_boxes,
    set_aside_notices,
    set_aside_pullquotes,
    set_aside_quotes_read_as_headlines,
    set_aside_repeated_sentences,
    set_rules_apart,
    sidebar_label,
    special_items,
    split_alt_marks,
    split_bars_off_headlines,
    split_bracketed_heads,
    split_dated_items,
    split_end_marks,
    split_marked_briefs,
    split_run_in_heads,
    split_run_on_briefs,
    stands_apart,
    take_off_question_numbers,
    under_sidebar_label,
)
from .people import reads_as_any_names, reads_as_authors
from .spacing import line_spacing_read

# "安康高新区：…", "…改革 按下…" (two phrases on one line), "——…观察" (a subtitle). A title's colon
# follows its subject, a park or a person of a few characters; after a longer clause ("企业负责人
# 陈建国算了一笔账：") a colon announces the text that follows.
TITLE_SEPARATOR = re.compile(r"^[^，。；]{2,10}[：:]|[\u4e00-\u9fff”》] [“《\u4e00-\u9fff]|^——")

TITLE_QUESTION = re.compile(r"[？！?!][”’」》]?$")  # a title's own closing marks: it asks or exclaims
_TITLE_QUESTION_ENDS = "？！?!”’」》\n"  # the last characters it takes (`$` takes a line's end before "\n")

PARTICLE_END = re.compile(r"的\s*$")  # a modifier's particle: its noun follows
QUANTITY_END = re.compile(r"\d(?:[A-Za-z]+|\s*[%‰])$")  # "60GWh", "2000P", "27%": a number and its unit

SPANS = 3.0  # a line this much wider than its column was set across columns: no line of it
OTHER_MEASURE = 2.0  # two texts this much apart in width are set to two measures: two stories

PUSHED_DOWN_WIDTH = 1.5  # the most a line ends short by a character pushed down with a closing mark

ENCLOSED = re.compile(r"【[^【】]+】")  # a subheading in lenticular brackets: "【安全与标准先行】"

# "标准先行，古方有了“身份证”": two short phrases a marked subheading pairs with a comma, neither
# closed; a sentence runs on past its second, or ends it
PHRASE_PAIR = re.compile(r"^[^，、；。：！？]{2,12}，[^，、；。：！？]{2,14}$")


# A full-width mark closing a line may hang past the column's edge ("…产业基地，" one em over)
# A headline spaced out with an ideographic space after every character ("集　成　电　路…城　？"):
# a display setting no body line gets (an extractor spells justified text with ordinary spaces),
# so the line is a headline whatever marks it ends on
SPACED_OUT_HEADLINE = re.compile(r"^\S(?:\u3000\S){4,}$")
# A title's rest stops shorter than a paragraph's first line, which is short by its lost indent
# and at most a word or figure pushed on to the next line
SHORT_OF_OPENING = 4.0
# A paragraph's first line set in by its indent, read without it: short of its column by this much
# at least (half an em lost to a figure's or a mark's width) and by OPENING_INDENT at most
LOST_INDENT = 1.5
OPENING_INDENT = 2.5
CUT_BY_MEASURE = re.compile(r"[\u3400-\u9fffA-Za-z0-9，、]$")
SPACE = re.compile(r"\s")
WHOLE_IN_BRACKETS = re.compile(r"^[（(][^（()）]*[）)]$")  # a line wholly in round brackets
SERIES_BRACKETS = "【〖"  # a series' or column's name set in lenticular brackets, 【…】 or 〖…〗
NAMES_PAGE = re.compile(r"第\s*[A-Z]?\d{1,2}\s*[版栏]")  # a jump line's page (or column), however marked


def layout(page: RawPage) -> list[Item]:
    # a content list read as its converter's Markdown, an OCR response as its lines, a layout-mode
    # export's side-by-side columns story by story
    markdown = read_content_list(read_baidu_ocr(read_laid_out(page.text)))
    text = take_off_ocr_spaces(take_off_padding(take_off_screen_counters(read_markdown(markdown))))
    text = take_off_stray_ocr_spaces(split_joined_block_lines(take_off_stop_spaces(take_off_margin(text))))
    text = take_off_glyph_run_spaces(read_misread_days(take_off_split_run_marks(text)))
    text = split_glued_boxes(take_off_frames(text))
    # a graphic's lines marked before its figures are joined to text
    # a strip's figures joined to text, and a box's rows set as text: no chart's
    # blank lines that part blocks: a Markdown export's, or an OCR response's paragraphs
    exported = is_markdown_export(markdown) or groups_paragraphs(page.text)
    headings = heading_texts(markdown) if exported else frozenset()  # most pages: no export, asked once
    rows = table_row_texts(markdown) if exported else frozenset()
    lines = mark_table_rows(mark_headings(split_lines(read_across(text)), headings), rows)
    lines = open_facts_rows(open_strip_items(lines))
    lines = mark_desk_boxes(mark_photo_counters(mark_charts(lines)))
    lines = split_joined_pairs(put_back_lead_ins(join_lead_in_frames(join_figures_apart(lines))))
    lines = join_inset_halves(line_spacing_read(read_drop_capitals(join_vertical_titles(lines)), exported))
    lines = read_cells_as_rows(lines)
    lines = join_lenticular_credit_parts(take_off_question_numbers(read_alt_titles(lines)))
    lines = join_marked_credit_lines(join_team_credit_parts(join_credits_cut_in_words(lines)))
    lines = join_broken_photo_credits(lines)
    lines = join_run_in_labels(
        split_alt_marks(
            split_run_on_briefs(
                split_end_marks(join_reprint_source_parts(join_cut_byline_names(join_byline_parts(lines))))
            )
        )
    )
    lines = mark_contents_box(mark_column_repeats(join_note_labels(lines)))
    lines = restore_reversed_titles(restore_column_order(lines, stands_apart, carried_on))
    lines = split_credits_off_titles(lines)
    items: list[Item] = []
    for group in printed_groups(lines):
        items.extend(_classify_group(group, len(items) < EDGE_LINES))
    mark_repeated_lines(items)
    items = gather_broken_bylines(items)
    close_at_page_notes(items)
    set_aside_notices(items)
    keep_notice_signatures(items)
    items = open_contact_cards(set_aside_desk_boxes(set_aside_facts_boxes(items)))
    keep_contact_rows_in_boxes(items)  # once the adverts closing on a number are set aside
    if prints_rules(text):
        mark_ruled_headlines(items)
        set_rules_apart(items)
    items = gather_captions_under_photos(gather_labelled_captions(items))
    items = gather_credited_captions(gather_captions(gather_wrapped_captions(items)))
    items = gather_chart_captions(gather_grouped_captions(gather_captions_under_credits(items)))
    mark_page_rail(items)
    mark_page_name(items)
    mark_paper_name(items)
    items = split_bars_off_headlines(items)
    mark_masthead_straps(items)
    apply_jump_lines(items)
    title_tails_under_jumps(items)
    close_at_end_marks(items)
    close_at_source_notes(items)
    close_spaced_datelines(items)
    keep_dateline_credits_whole(items)
    keep_data_boxes_in_text(items)
    items = close_stories_under_data_boxes(list(split_trailing_authors(items)))
    credit_photographers(items)
    close_credit_blocks(items)
    # a bracketed brief split first: the marked briefs after it in the run follow a brief
    items = split_run_in_heads(split_marked_briefs(split_bracketed_heads(split_dated_items(items))))
    items = _reopen_text_under_headlines(_join_wrapped_titles(_join_titles_wrapped_at_measure(items)))
    set_aside_repeated_sentences(items)  # before a pull quote's narrow lines sway lone lines' measures
    _read_strips(items)
    _decide_single_lines(items)
    _set_wide_subtitles(items)  # once the titles over them are decided
    keep_box_rows_in_text(items)  # once single lines are decided: a box's rows are short lines
    items = _join_titles_wrapped_over_decks(items)
    titles_under_column_logos(items)  # a logo read alone as a headline: once single lines are decided
    _head_tail_sections(items)
    reclaim_authors(items)
    items = _join_predicates(_join_split_headlines(items))
    items = set_aside_quotes_read_as_headlines(_join_wrapped_subheadings(items))
    set_aside_pullquotes(items)
    set_aside_repeated_sentences(items)  # again: a sentence under a title now decided opens
    items = place_editor_notes(items)
    _read_strips(items)  # again: the passes since may have read an item's short lines as a title
    mark_restated_titles(items)  # once the headlines are joined and decided
    items = read_head_boxes_after_leads(items)  # once the head and the text under the box are decided
    return items + _markup_furniture(page.text)


def _markup_furniture(text: str) -> list[Item]:
    """The converter's markup of a page it exported as data (a content list's JSON syntax, a Markdown
    export's front matter) as the furniture it is, after the page's lines: none of it is any line the
    page prints."""
    runs = content_list_markup(text) or baidu_ocr_markup(text) or front_matter(text)
    after = len(text.split("\n")) if runs else 0  # most pages: no markup, no lines counted
    return [Item(FURNITURE, [Line(after + k, run)], run) for k, run in enumerate(runs, 1)]


# Lines of a tail's headline printed under its jump line: a kicker, a title over two lines, a subtitle
MAX_TAIL_TITLE_LINES = 4


def title_tails_under_jumps(items: list[Item]) -> None:
    """A story's tail carried on from another page may be printed under its own headline, the
    title repeated under the jump line (（上接第1版） / 百辆氢能重卡跑 / 上煤炭运输专线 / byline /
    text), or pick up its text where it broke off. The lines under the jump line are a title
    when none closes a sentence or holds a clause and a byline or a headline's line stands under
    them, or the text itself with the lines set as a title's (`_titled_over_text`); the first
    line of text under them is then the part carried on."""
    for i, item in enumerate(items):
        if item.kind != FURNITURE or not carried_on_from_page(item.text):
            continue
        first = neighbour(items, i, +1)
        group = _tail_title_lines(items, first) if first is not None else []
        if not group:
            continue
        page = jump_number(item.text)
        items[first].starts_article, items[first].continued_from = False, 0
        for k in group:
            items[k].kind = HEADLINE
        text = _text_under(items, group[-1])
        if text is not None:
            items[text].starts_article, items[text].continued_from = True, page


def titles_under_column_logos(items: list[Item]) -> None:
    """A column's logo ("读者热线", "记者观察") heads a story and its title is printed right
    under it: read alone as the story's headline, the logo leaves its title among the text's
    lines, which are the title when they read as one (`_tail_title_lines`) or when the text
    under the line opens on its words again: a lead restates its title, text never repeats
    the line it goes on from."""
    for i, item in enumerate(items):
        if item.kind != HEADLINE or len(item.lines) != 1 or not COLUMN_BY_WHOM.fullmatch(squeeze(item.text)):
            continue
        first = neighbour(items, i, +1)
        if first is None or items[first].kind != BODY:
            continue
        for k in _tail_title_lines(items, first) or ([first] if _restated_below(items, first) else []):
            items[k].kind = HEADLINE


# Characters a lead opens with that its title opened with: a park's name and a word at the least
MIN_RESTATED = 5


def _restated_below(items: list[Item], i: int) -> bool:
    below = neighbour(items, i, +1)
    if below is None or items[below].kind != BODY:
        return False
    line = squeeze(items[i].text)
    return len(line) > MIN_RESTATED and squeeze(items[below].text).startswith(line[:MIN_RESTATED])


def _tail_title_lines(items: list[Item], i: int) -> list[int]:
    """Lines i on that read as the tail's headline, or none."""
    group: list[int] = []
    k: int | None = i
    while k is not None and items[k].kind == BODY and len(group) < MAX_TAIL_TITLE_LINES:
        words = squeeze(items[k].text)
        if holds_clause(words) or ends_sentence(words) or _marked_section(items[k].text):
            break
        if group and items[k].paragraph_indent and not items[group[0]].paragraph_indent:
            break  # the text's first line, indented under its title's set flush
        if AWAITS_OBJECT.search(words) or reads_as_any_names(words):
            break  # a line of text going on to its object, or a byline: no title's line
        group.append(k)
        k = neighbour(items, k, +1)
    if not group or k is None:
        return []
    if items[k].kind in (BYLINE, HEADLINE):
        return group
    return group if items[k].kind == BODY and _titled_over_text(items, group, k) else []


def _titled_over_text(items: list[Item], group: list[int], k: int) -> bool:
    """Lines right over a tail's text, with no byline between, are its title repeated when the
    text under them opens a paragraph (`_opens_paragraph`: text carried on mid-sentence fills
    its first line) and they are set as a title: over two lines or more (a title balanced over
    two, or a title and its subtitle; a subheading is a short phrase on a line of its own), or
    on a single line naming a park (the subject of a story's title, seldom of a section's), or
    running to the text's measure (a subheading is set short of it)."""
    lines = [squeeze(line) for j in group for line in items[j].text.split("\n")]
    under = squeeze(items[k].text)
    if runs_on(lines[-1], under) or reads_as_any_names(under):
        return False  # the text goes on, or a byline not yet read as one stands under the lines
    below = [items[j].text for j in range(k, min(k + FOLLOWING_LINES, len(items))) if items[j].kind == BODY]
    column = max(display_width(text) for text in below)
    if not _opens_paragraph(items[k], column, display_width(lines[-1])):
        return False
    return len(lines) > 1 or bool(parks_in(lines[0])) or reaches_edge(lines[0], column)


def _opens_paragraph(line: Item, column: float, above: float) -> bool:
    """The line opens a paragraph: indented, or short of its column by about the indent the
    extractor lost (its digits and Latin letters counted as wide as a Han character, as a
    setter may space them; a paragraph's last line stops anywhere), or a whole paragraph on its
    line, wider than the line `above` it by more than an indent (an extractor writing one a line:
    the last words of a sentence the line above broke stop within the column, about that line's
    width, as "…企业接入" / "平台，覆盖种植基地4.6万亩。" does)."""
    words = squeeze(line.text)
    width = display_width(words)
    if line.paragraph_indent or (ends_sentence(words) and width > above + INDENT):
        return True
    widest = width + 0.5 * len(HALF_WIDTH.findall(words))
    return column - INDENT - ODD_LINE <= width and widest <= column - INDENT + FULL


def _text_under(items: list[Item], i: int) -> int | None:
    """The first line of text under a headline's line i, past its other lines and its byline."""
    k = neighbour(items, i, +1)
    while k is not None and items[k].kind in (HEADLINE, BYLINE):
        k = neighbour(items, k, +1)
    return k if k is not None and items[k].kind == BODY else None


def restore_reversed_titles(lines: list[Line]) -> list[Line]:
    """Some extractors read a headline's lines by their place on the page bottom-up: a title
    printed on two lines comes back lower line first. The break tells the order: a title breaks
    between words, so read bottom-up its lines meet inside a word ("用疫苗项目竣工" / "荣昌高新区兽")
    or a quotation, where read the other way round they do not run on. Such two lines are written
    in their printed order. Among all the page's lines a phrase tied on by 的 or a modal, or a
    subject under a short phrase, tells too little: a kicker is set over a title that names no
    deed, and a byline under a title may be read before it (among a headline's own lines,
    article.py asks 的 too)."""
    out = list(lines)
    # each line's shape asked once, as the upper and as the lower line: a pair turned round keeps
    # its two texts, and no line of it is asked again; the names (the dictionary's question) only
    # of two lines of a title's shape and length, which few neighbours are
    shaped = [_title_shape(line.text) for line in lines]
    k = 0
    while k + 1 < len(out):
        above, below = out[k], out[k + 1]
        halves = shaped[k] and shaped[k + 1] and _balanced(above.text, below.text)
        halves = halves and _no_byline(above, below)
        if halves and _printed_next(above, below):
            upper, lower = _words(above), _words(below)
            if breaks_inside_phrase(upper, lower):
                k += 2  # read as written, the two run on: the lower is no line of another pair
                continue
            if _read_bottom_up(upper, lower) and not _runs_on_in_place(out, k):
                out[k] = replace(above, text=below.text, reordered=True)
                out[k + 1] = replace(below, text=above.text, reordered=True)
                k += 2
                continue
        k += 1
    return out


def _runs_on_in_place(lines: list[Line], k: int) -> bool:
    """A word runs from the line above the pair into its upper line, or from its lower line into
    the line below: the lines are read in their place, a column's text longer than a title's two."""
    upper, lower = _words(lines[k]), _words(lines[k + 1])
    if k > 0 and _printed_next(lines[k - 1], lines[k]) and nlp.splits_word(_words(lines[k - 1]), upper):
        return True
    after = k + 2 < len(lines) and _printed_next(lines[k + 1], lines[k + 2])
    return after and nlp.splits_word(lower, _words(lines[k + 2]))


def _printed_next(above: Line, below: Line) -> bool:
    return below.number - above.number <= NEXT_LINE


def _words(line: Line) -> str:
    return line.text.strip(" \u3000")


MIN_TITLE_LINE = 2  # a page's rail is read a character a line: no line of a title


def _title_shape(text: str) -> bool:
    """A line as long as a title's half may be, of Han characters, with no clause or mark of text."""
    words = text.strip(" \u3000")
    if not MIN_TITLE_LINE <= len(words) <= MAX_TITLE_LINE or HAN_CHAR.search(words) is None:
        return False
    return not (holds_clause(words) or ends_sentence(words) or _BREAK_MARK.search(words))


def _no_byline(above: Line, below: Line) -> bool:
    """Neither line reads as names alone: a byline under the title is no half of it."""
    return not reads_as_any_names(_words(above)) and not reads_as_any_names(_words(below))


def _balanced(above: str, below: str) -> bool:
    return abs(len(above.strip(" \u3000")) - len(below.strip(" \u3000"))) <= MAX_HALVES_DIFFERENCE


# a label, a credit, a subtitle's dash, a jump: no half of a title
_BREAK_MARK = re.compile(r"[：:（）()—■▶◀/／]")


def _read_bottom_up(upper: str, lower: str) -> bool:
    """Two lines that do not run on as written run on read the other way round: inside a
    quotation, or inside a word where the lower line opens on the title's subject, a park."""
    if closes_more_than_it_opens(upper) and opens_more_than_it_closes(lower):
        return True
    # a word broken by chance proves little: the lower line must open on the title's subject, a park;
    # then any word across the joint, however rare ("兽" / "用…"), tells the break
    return opens_with_park(lower) and not opens_with_park(upper) and nlp.word_cut(lower, upper)


def read_cells_as_rows(lines: list[Line]) -> list[Line]:
    """A story's table written a cell a line under a paragraph's close, read back as its rows,
    their cells parted by single spaces as a row written whole is (items.cells_as_rows)."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        # a paragraph's close asked first: few lines close one
        table = cells_from(lines, k) if out and ends_sentence(out[-1].text) else None
        if table is None:
            out.append(lines[k])
            k += 1
            continue
        count, columns = table
        for first in range(k, k + count, columns):
            row = " ".join(line.text.strip() for line in lines[first : first + columns])
            out.append(replace(lines[first], text=row, tight=False))
        k += count
    return out


def keep_data_boxes_in_text(items: list[Item]) -> None:
    """A story's data box, its label and its rows read as short lines without a sentence (as a
    title's are, printed together as a headline's), is the story's own text. The line naming
    where its figures came from, set bare under its last row ("数据来源：Wind"), is the box's
    furniture, as a chart's is (a note in brackets, "（数据来源：…）", closes the story's text)."""
    boxes = data_boxes(items)
    for i in boxes.rows | boxes.labels:
        items[i].kind = BODY
    for item in items:
        if item.lines and item.lines[-1].box_row:  # a row of a box set as text (open_facts_rows)
            item.kind, item.table_row = BODY, True
    for i in boxes.rows:
        items[i].table_row = True  # the line under the last one may be the next story's headline
        below = items[i + 1] if i + 1 < len(items) and i + 1 not in boxes.rows else None
        if below is not None and len(below.lines) == 1 and CHART_SOURCE.fullmatch(below.text.strip()):
            below.kind = FURNITURE


def close_stories_under_data_boxes(items: list[Item]) -> list[Item]:
    """ "…核算数。（记者 X）" / "数据" / "指标  前三季度" / …: a data box printed under a story's
    last paragraph is read after the credit that closes its text, yet it is the story's, no
    story of its own (a box has no headline): the story ends under its box."""
    boxes = data_boxes(items)
    starts = sorted(i for i in boxes.rows | boxes.labels if i - 1 not in boxes.rows | boxes.labels)
    out = list(items)
    for start in reversed(starts):  # from the bottom: moving one credit leaves those above in place
        if start == 0 or out[start - 1].kind != AUTHOR:
            continue
        end = start
        while end + 1 < len(out) and end + 1 in boxes.rows:
            end += 1
        closed = out[start - 2] if start > 1 else None  # the line the credit said closed the text
        if closed is not None and closed.ends_article:
            closed.ends_article, out[end].ends_article = False, True
        out[start - 1 : end + 1] = [*out[start : end + 1], out[start - 1]]
    return out


def _classify_group(group: list[Line], near_top: bool) -> list[Item]:
    """Special lines stand alone; what remains of a multi-line group is a headline."""
    if len(group) == 1 and not stands_apart(group[0]):
        return _flush([group[0]], False)  # most groups: a line alone, of no special kind
    if 1 < len(group) <= MAX_CAPTION_LINES and group[0].text.startswith(PHOTO_SHOWS):
        joined = "".join(line.text for line in group)
        if is_caption(joined):
            return [Item(CAPTION, group, joined)]  # "图为…。 柳州高新区" / "供图"
    items: list[Item] = []
    rest: list[Line] = []
    credit = _credit_under_title(group)
    for k, line in enumerate(group):
        if k == credit:
            items.extend(_flush(rest, True))
            rest = []
            items.append(Item(BYLINE, [line], line.text.strip()))
            continue
        special = special_items(line) if stands_apart(line) else None
        if special is None:
            rest.append(line)
            continue
        if rest and special[0].kind == CAPTION and credit_only(line.text) and ends_sentence(rest[-1].text):
            text = rest.pop()  # the caption's text, printed above its credit
            special = [Item(CAPTION, [text, line], f"{text.text} {line.text}")]
        items.extend(_flush(rest, len(group) > 1))
        rest = []
        items.extend(special)
    items.extend(_flush(rest, len(group) > 1))
    return items


# A kicker names a column or a theme in a word or two; a shorter line under a full one is its tail
MIN_KICKER = 4

MAX_CAPTION_LINES = 3

# A title states its news in a phrase; fewer characters on a line of their own are a fragment
# (the tail of a name or a quote broken off the line above) as often as a title
MIN_TITLE = 6
MAX_RUN_OVER_WORD = 3  # characters of a word a title's measure leaves alone on its last line


def _flush(lines: list[Line], grouped: bool) -> list[Item]:
    if not lines:
        return []
    named = _names_under_upright_title(lines)
    if named is not None:
        return [
            *_flush(lines[:named], True),
            Item(BYLINE, [lines[named]], lines[named].text),
            *_flush(lines[named + 1 :], True),
        ]
    box = _data_box_lines(lines) if grouped and len(lines) > 1 else None
    if box is not None:
        start, end = box
        return [
            *_flush(lines[:start], True),
            *(Item(BODY, [line], line.text) for line in lines[start:end]),
            *_flush(lines[end:], True),
        ]
    # a title set upright or as an image, though it asks a question ("…台阶？"), spaced out,
    # centred, or put back in order from bottom-up, though its lines break inside a word as a
    # column's text does
    first = lines[0]
    if grouped or first.upright or first.image or first.centred or first.reordered or _spaced_out(first.text):
        return [Item(HEADLINE, lines, "\n".join(line.text for line in lines))]
    return [Item(BODY, lines, lines[0].text)]


def _spaced_out(text: str) -> bool:
    # its second character asked before the pattern: most lines are set solid
    return text[1:2] == "\u3000" and SPACED_OUT_HEADLINE.match(text) is not None


def _data_box_lines(lines: list[Line]) -> tuple[int, int] | None:
    """ "新引进项目（个）  5  —" / "淮安高新区获批…": an extractor that writes no blank line between
    two stories prints a story's data box (its label, its rows of cells apart by runs of spaces,
    a column of figures) together with the next story's headline, or the box alone as one group.
    A box is the story's text, no headline: where its rows start and end, its label included."""
    start = next((k for k, line in enumerate(lines) if len(table_cells(line.text)) > 1), None)
    if start is None:  # most groups: no line of cells
        return None
    end = start
    while end < len(lines) and len(table_cells(lines[end].text)) > 1:
        end += 1
    if not any(figures_row(line.text) for line in lines[start:end]):
        return None  # a kicker and its title written on one line, apart by a gap
    if start and box_label(lines[start - 1].text):
        start -= 1
    return start, end


def _credit_under_title(group: list[Line]) -> int | None:
    """A reader that writes no blank line under a headline (one printed line a LINE block, a frame
    a line) leaves the credit printed under the title in the title's group: the group's first
    line that opens a credit (one line: the line stage joined a credit a narrow column broke), the
    headline's byline."""
    return next((k for k, line in enumerate(group) if opens_head_credit(line.text)), None)


def _names_under_upright_title(lines: list[Line]) -> int | None:
    """ "开放场景就是开放机会" set upright, then "禤晓岚": names alone printed under a title set
    upright are its byline, though printed with it."""
    # a loop, not a generator: asked of every group, most of them a lone line that names nothing
    for k in range(1, len(lines)):
        if lines[k - 1].upright and not lines[k].upright and reads_as_any_names(lines[k].text):
            return k
    return None


def _read_strips(items: list[Item]) -> None:
    """A strip's or a corner's name, alone over its items, is their article's title; the lines of
    its items, short as a title's, are text."""
    for item in items:
        if item.kind == BODY and len(item.lines) == 1 and item.lines[0].strip_name:
            item.kind = HEADLINE
        elif item.kind == HEADLINE and all(line.strip_item for line in item.lines):
            item.kind = BODY


def _decide_single_lines(items: list[Item]) -> None:
    """Decide which lone lines without closing punctuation are headlines, not body.

    A body line either continues a paragraph or opens one. A line that does
    not continue one is a headline when nothing but headlines, bylines or a new
    article follow it, or when no line of its column would look like it. Lines
    only ever turn from body into headline, so repeating until nothing changes
    settles runs of several headlines whatever their order.
    """
    boxes = data_boxes(items)
    candidates = [
        i
        for i, item in enumerate(items)
        if _could_be_headline(item)
        and i not in boxes.rows
        and i not in boxes.labels
        and not _turn_in_interview(items, i)
        and not inside_dateline_credit(items, i)  # roles and names in brackets, no title
    ]
    asking = [i for i, item in enumerate(items) if _asks_as_title(item)]
    widths = local_widths(items, candidates)
    candidates = [i for i in candidates if not _opens_text(items, i, widths[i])]
    runs = text_runs(items, (BODY, HEADLINE, CAPTION, FURNITURE))  # subheadings part no text
    settings = _first_line_settings(items, runs)
    indents = {i: _first_line_indent(runs[i], i, settings) for i in candidates}
    turned: list[int] = []  # the lines turned into headlines, in the order they turned
    asked: dict[int, int] = {}  # of each candidate: how many lines had turned when it was last asked
    while True:
        turned_before = len(turned)
        counts = _body_counts(items) if asked else []  # the first pass asks every candidate: no count read
        for i in candidates:
            if items[i].kind != BODY or (i in asked and not _turned_near(i, turned[asked[i] :], counts)):
                continue  # its answer is the one it got last: no line it looks at has turned since
            asked[i] = len(turned)
            # a word split with the next line is asked last: it takes the dictionary
            headline = _reads_as_headline(items, i, widths[i], indents[i])
            text_runs_on = (
                headline
                and not _section_head_ends_apart(items, i, widths[i])
                and (_marked_below(items, i) or _counted_below(items, i) or _splits_word(items, i))
            )
            if headline and not text_runs_on and not under_sidebar_label(items, i):
                items[i].kind = HEADLINE
                turned.append(i)
        for i in asking:
            if items[i].kind == BODY and _asks_over_headlines(items, i):
                items[i].kind = HEADLINE
                turned.append(i)
        if len(turned) == turned_before:
            break
    for i in candidates:  # the segmenter decides these by what the text around them is about
        items[i].title_like = (
            items[i].kind == BODY
            and not _continues_above(items, i)
            and not holds_clause(items[i].text)
            and not _splits_word(items, i)  # a paragraph's first line, its word ended below
        )
    mark_dateline_starts(items)


def _set_wide_subtitles(items: list[Item]) -> None:
    """A line under a headline, wider than every line of the column under it, is the deck's
    subtitle, commas and all: no line of that column can run past its edge, and a reader that
    writes no blank lines sets it straight above the text's first line."""
    for i, item in enumerate(items):
        if item.kind == BODY and _wider_than_text_under_headline(items, i):
            item.kind = HEADLINE


# Ems past its column's edge a line must reach to be set to another measure: a hanging mark, a
# half-width figure read a little wide, stay inside it
WIDER_THAN_COLUMN = 3.0


def _wider_than_text_under_headline(items: list[Item], i: int) -> bool:
    before = neighbour(items, i, -1)
    if before is None or items[before].kind != HEADLINE:
        return False  # most body lines: under text, the line below never looked for
    after = neighbour(items, i, +1)
    if after is None or items[after].kind != BODY:
        return False
    text = items[i].text
    if ends_sentence(text) or items[i].lines[0].capital or opens_article(items[after]):
        return False
    # a comma keeps the line from the lone lines asked as headlines; a byline, a dateline or an
    # interview's turn under the title may be as wide, and is no subtitle
    if not holds_prose_mark(text) or names.starts_with_dateline(text) or interview_turn(text):
        return False
    if reads_as_any_names(text):
        return False
    # a subtitle is a phrase whole on its line: no word runs on into it, nor out of it
    if runs_on(items[before].text.split("\n")[-1], text) or runs_on(text, items[after].text):
        return False
    if _picks_up_text_over_headline(items, i, before):
        return False
    column = _column_below(items, i, reach=6)
    return (
        column is not None
        and display_width(text) > column + WIDER_THAN_COLUMN
        and display_width(items[after].text) <= column + 1.0  # the measure changes right under it
    )


def _picks_up_text_over_headline(items: list[Item], i: int, before: int) -> bool:
    """The text over the headline breaks off inside a word that line i finishes ("…启用一个" /
    "延吉高新区特色食品企业拓展线上销路" / "月来，入驻企业线上销售额"): the headline is set inside
    the text's run, and the line is the text picked up after it, as wide as the column over it."""
    heads: list[str] = []
    upper: int | None = before
    while upper is not None and items[upper].kind == HEADLINE:
        heads[:0] = [squeeze(line.text) for line in items[upper].lines]
        upper = neighbour(items, upper, -1)
    if upper is None or items[upper].kind != BODY or ends_sentence(items[upper].text):
        return False
    return runs_on_across(squeeze(items[upper].text.split("\n")[-1]), heads, squeeze(items[i].text))


# How many body lines away from a lone line the questions it is asked look at other lines' kinds.
# The furthest, whether the text breaks off below it (`_breaks_off`), follows the text six lines
# on, past headlines set across the columns and measuring each line's column by the lines after
# it: some twenty body lines; on 1,500 varied pages no answer read a line more than eighteen
# body lines away. Twice that, so a line far from every change is not asked again.
ASKED_REACH = 40


def _body_counts(items: list[Item]) -> list[int]:
    """How many body items come before each item: the body lines between two items, near enough."""
    counts, seen = [], 0
    for item in items:
        counts.append(seen)
        seen += item.kind == BODY
    return counts


def _turned_near(i: int, turned: list[int], counts: list[int]) -> bool:
    """One of the lines turned into headlines lies within the reach of the questions line i is
    asked. Body lines only ever turn into headlines, so counts taken since it was last asked
    are no larger than they were then."""
    return any(abs(counts[j] - counts[i]) <= ASKED_REACH for j in turned)


def _reopen_text_under_headlines(items: list[Item]) -> list[Item]:
    """A headline is whole: the text under it opens anew. Lines read as a headline whose last
    word the text below finishes ("…增强复合材料量" / "产，产品可替代…", "…签订长期收购协" /
    "议。") are a paragraph's first lines, set short of the column by their indent or printed
    together with the text by an extractor writing blocks: each is a line of text again."""
    out: list[Item] = []
    for i, item in enumerate(items):
        if item.kind == HEADLINE and _text_runs_on_below(items, i):
            out.extend(Item(BODY, [line], line.text) for line in item.lines)
        elif item.kind == HEADLINE and _text_opens_on_last_line(items, i):
            out += _text_opening_apart(item, items[i + 1])
        else:
            out.append(item)
    return out


def _text_opens_on_last_line(items: list[Item], i: int) -> bool:
    """An extractor writing blocks may print a text's first line together with the headline
    over it ("营口高新区推动镁产业向高端材料延伸" / "营口是我国重要的菱镁" / "矿产地。过去，…"): the
    headline's last line is the text's when the text below finishes its last word, it is set
    as a paragraph's first line in the text's column (short of it by about its indent), and the
    line over it is set to a headline's own measure, wider than the column, with no word
    running on from it into the last (a title's lines broken inside a word are one title)."""
    lines, after = items[i].lines, i + 1
    if len(lines) < 2 or after >= len(items) or items[after].kind != BODY:
        return False
    if items[after].starts_article and not items[after].continued:
        return False  # a dateline opens the text: the line over it is none of it
    last, below = squeeze(lines[-1].text), squeeze(items[after].text)
    if ends_half_width(last) or not holds_clause(below) or not runs_on(last, below):
        return False
    column = _column_under(items, i)
    upper = squeeze(lines[-2].text)
    set_as_opening = column - INDENT - ODD_LINE <= display_width(last) <= column + FULL
    return set_as_opening and display_width(upper) > column + ODD_LINE and not runs_on(upper, last)


def _text_runs_on_below(items: list[Item], i: int) -> bool:
    after = i + 1
    if len(items[i].lines) < 2:
        return False  # a line alone was decided by its own words and its neighbours' already
    if after >= len(items) or items[after].kind != BODY or items[after].starts_article:
        return False
    last, below = items[i].lines[-1].text.strip(), items[after].text.strip()
    if ends_half_width(last) or not holds_clause(below) or not _set_as_text_above(items, i):
        return False  # a title may close on a Latin word or a figure the text goes on from
    return word_across(last, below) or counted_on(last, below)


# lines of text under a headline that show the width of their column
COLUMN_SHOWN = 3


def _set_as_text_above(items: list[Item], i: int) -> bool:
    """The headline's lines are set as a paragraph's opening lines in the column of the text under
    them: each runs to the column's edge (the widest of the text's lines), the first perhaps short
    by its indent; a title is set to its own measure, whatever the text's."""
    column = _column_under(items, i)
    first, *rest = (display_width(line.text) for line in items[i].lines)
    full = all(abs(width - column) <= ODD_LINE for width in rest)
    return full and column - INDENT - ODD_LINE <= first <= column + ODD_LINE


def _text_opening_apart(headline: Item, below: Item) -> list[Item]:
    """The headline without its last line, and that line as the text's first: a text carried
    on under a jump line opens there."""
    head, line = headline.lines[:-1], headline.lines[-1]
    opening = Item(BODY, [line], line.text)
    if below.continued:
        opening.starts_article, below.starts_article = True, False
        opening.continued_from, below.continued_from = below.continued_from, 0
        opening.continued_from_column, below.continued_from_column = below.continued_from_column, 0
    return [Item(HEADLINE, head, "\n".join(line.text for line in head)), opening]


def _column_under(items: list[Item], i: int) -> float:
    """The column of the text under headline i: the widest of its first lines (one at least)."""
    widths = []
    for item in items[i + 1 : i + 1 + COLUMN_SHOWN]:
        if item.kind != BODY:
            break
        widths.append(display_width(item.text))
    return max(widths)


def _join_wrapped_titles(items: list[Item]) -> list[Item]:
    """A title wrapped over two lines of its own, between a closed text (or its kicker) and the
    text it heads ("光谷生物城新设孵" / "化器开园", "园区为企业建立“碳" / "账户”"), is one headline:
    both lines stop short of the column below without closing a sentence, which no paragraph's
    line does but its last, so neither is text, though the title's word or quotation runs on
    from one to the next (as it must: a title and its subtitle are each whole). Its second line
    holds what the first had no room for: no more."""
    title_lines = [_wrapped_title_line(item) for item in items]

    def joint(i: int) -> str | None:
        shaped = title_lines[i] and i + 2 < len(items) and title_lines[i + 1]
        return _wrap_joint(items, i) if shaped else None

    return _join_headline_pairs(items, joint)


def _join_titles_wrapped_at_measure(items: list[Item]) -> list[Item]:
    """A title longer than its measure, between a closed text (or its column's banner) and the
    text it heads, fills line after line to the column's edge and leaves its rest short under
    them ("■安康高新区富硒" / "食品检测中心获国" / "家认可"), the column's width its only break:
    one headline. See `_wrapped_at_measure_to`."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        last = _wrapped_at_measure_to(items, i)
        if last is None:
            out.append(items[i])
            i += 1
            continue
        group = items[i : last + 1]
        lines = [line for item in group for line in item.lines]
        out.append(Item(HEADLINE, lines, "".join(item.text for item in group)))
        i = last + 1
    return out


def _wrapped_at_measure_to(items: list[Item], i: int) -> int | None:
    """The last line of a title wrapped at its measure from line i: lines that run to the edge of
    the column under them, then one stopping short of it, none closing a sentence or holding a
    clause, over a paragraph's first line set in (short of the column, running on below). No
    text is set so: a paragraph opens set in and closes on a stop, and a title's last line as
    wide as a first line set in is told from one by the first line set in under it."""
    if not _wrapped_title_line(items[i]) or WHOLE_IN_BRACKETS.match(items[i].text.strip()):
        return None  # a note or credit set in brackets (（数据来源：…）) heads nothing
    measure = display_width(items[i].text)
    last = i + 1  # past the lines as wide as the first, to the one short of them
    while last < len(items) and _wrapped_title_line(items[last]):
        if display_width(items[last].text) < measure - 1:
            break
        last += 1
    below = last + 1
    if below >= len(items) or not _wrapped_title_line(items[last]) or items[below].kind != BODY:
        return None
    if any(SPACE.search(items[k].text) for k in range(i, last)):
        return None  # spread out to the edge, not filled by its words
    column = _column_below(items, last, 6)
    rest = items[last].text
    if column is None or display_width(rest) > column - LOST_INDENT:
        return None
    if SUBTITLE_FORM.search(rest) or GENRE.search(rest):
        return None  # a subtitle ("——…", "…纪实") under a title as long as its measure
    if not all(_fills_line_of_title(items[k].text, column) for k in range(i, last)):
        return None
    opening, runs_on = items[below], below + 1 < len(items) and _runs_on_to_edge(items[below + 1], column)
    set_in = opening.paragraph_indent or display_width(opening.text) <= column - LOST_INDENT
    if not (set_in and runs_on) or ends_sentence(opening.text):
        return None
    # under a column's banner or a jump line, or marked as a title (the ornament of a brief's)
    closed = not i or items[i - 1].kind == FURNITURE or ORNAMENT.match(items[i].text) is not None
    # under a label or kicker, a title's rest no subtitle: the measure cut a word, or left one
    cut = _cuts_word(items[last - 1], items[last]) or len(rest.strip()) <= MAX_RUN_OVER_WORD
    if not (closed or _closed_above(items, i, column) or label_over(items, i) and cut):
        return None
    text = "".join(items[k].text for k in range(i, last + 1))  # its rest no word alone (平方米: no name)
    return last if holds_han(text, MIN_TITLE) and _title_words(text) else None


def _runs_on_to_edge(line: Item, column: float) -> bool:
    """A paragraph's second line: text running on to the column's edge, opening no article."""
    return line.kind == BODY and not opens_article(line) and reaches_edge(line.text, column)


def _fills_line_of_title(text: str, column: float) -> bool:
    """A title's line runs to the column's edge, no wider: a line set across columns is another story's."""
    return reaches_edge(text, column) and display_width(text) <= column + 1.5


def _join_headline_pairs(items: list[Item], joint: Callable[[int], str | None]) -> list[Item]:
    """Items i and i + 1 made one headline wherever `joint(i)` gives what joins them."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        glue = joint(i)
        if glue is not None:
            upper, lower = items[i], items[i + 1]
            out.append(Item(HEADLINE, upper.lines + lower.lines, f"{upper.text}{glue}{lower.text}"))
            i += 2
            continue
        out.append(items[i])
        i += 1
    return out


def _wrap_joint(items: list[Item], i: int) -> str | None:
    """Lines i and i + 1, each shaped as a line of a title, are one title wrapped over the two:
    what joins them then. A title longer than its measure fills its first line to the column's
    edge and leaves the rest short under it ("宜昌高新区磷化工企业技改投资突破" / "百亿元"): the
    measure broke it wherever it ran out, inside a phrase or between two, so the lines join with
    no gap that could read as parting two phrases of the title."""
    upper, lower = items[i], items[i + 1]
    after = neighbour(items, i + 1, +1)  # past the rule under a title ruled off
    if after is None or items[after].kind != BODY:
        return None
    below = items[after]
    column = _column_below(items, i + 1, 6)
    if column is None:
        return None
    room = LOST_INDENT if _opens_short_of_column(below, column) else SHORT_OF_OPENING
    full = _fills_measure(upper, lower, column, room) and reads_as_text(below)
    runs_on = _cuts_word(upper, lower) or _counts_on(upper, lower) or opens_more_than_it_closes(upper.text)
    # a paragraph's first line under a title: indented, or as wide as the column less its lost indent
    opening = column - (OPENING_INDENT if full else LOST_INDENT)
    wrapped = (
        (full or column - 2.5 > display_width(upper.text) >= display_width(lower.text) and runs_on)
        and _title_words(upper.text)
        and _title_words(lower.text)
        and holds_han(upper.text + lower.text, MIN_TITLE)
        and not name_other_parks(upper.text, lower.text)  # two titles, stacked
        and _closed_above(items, i, column)
        and (below.paragraph_indent or opens_article(below) or display_width(below.text) >= opening)
    )
    if not wrapped:
        return None
    return "" if full else "\n"


def _join_titles_wrapped_over_decks(items: list[Item]) -> list[Item]:
    """A title wrapped over two lines of its own right over the rest of its deck (its subtitle
    decided a headline) is one headline: see `_wrapped_over_deck`."""
    title_lines = [_wrapped_title_line(item) for item in items]  # each line asked once, as upper and lower

    def joint(i: int) -> str | None:
        shaped = title_lines[i] and i + 2 < len(items) and title_lines[i + 1]
        return "\n" if shaped and _wrapped_over_deck(items, i) else None

    return _join_headline_pairs(items, joint)


def _wrapped_over_deck(items: list[Item], i: int) -> bool:
    """Lines i and i + 1, each shaped as a line of a title (asked by the caller), over a headline
    (the rest of the deck), nothing running into them from above: a word or a quotation that runs
    on from the one into the other ("从“一台电" / "视”到“一片屏”") is one title its measure broke,
    as no text's last lines over a headline are, for they close a sentence."""
    after = neighbour(items, i + 1, +1)
    if after is None or items[after].kind != HEADLINE:
        return False
    upper, lower = items[i], items[i + 1]
    before = neighbour(items, i, -1)
    closed = before is None or items[before].kind in (HEADLINE, FURNITURE) or is_rule(items[i - 1])
    runs_on = opens_more_than_it_closes(upper.text) or _cuts_word(upper, lower)
    return (
        closed
        and runs_on
        and _title_words(upper.text)
        and _title_words(lower.text)
        and holds_han(upper.text + lower.text, MIN_TITLE)
        and not name_other_parks(upper.text, lower.text)
    )


def _fills_measure(upper: Item, lower: Item, column: float, room: float) -> bool:
    """The upper line runs to the column's edge (no wider: a line set across columns is another
    story's), the lower stops short of it by `room` at least and reads as no subtitle ("——…",
    "…纪实"): a title as long as its measure is wide fills one line alone."""
    return (
        not SUBTITLE_FORM.search(lower.text)
        and not SPACE.search(upper.text)  # spread out to the edge, not filled by its words
        and not GENRE.search(lower.text)
        and _fills_line_of_title(upper.text, column)
        and display_width(lower.text) <= column - room
    )


def _opens_short_of_column(below: Item, column: float) -> bool:
    """The line under the pair stops short of the column by an indent and closes no sentence: a
    paragraph's first line, its indent lost ("近日，新乡高新区" under "…隔膜产" / "能扩至15亿平方米").
    A paragraph's line that closes no sentence runs on to the next, so the lower line of the pair,
    closing none, is no one-line paragraph over it: it may be as wide as that opening line and
    still be the title's tail. The opening line is one the measure cut inside its sentence, on a
    word or a pause: a lead-in set whole on its line ("本报讯（记者 X）") is none, and the line
    over it may open the paragraph, the lead-in read after it."""
    short = column - OPENING_INDENT <= display_width(below.text) <= column - LOST_INDENT
    return short and CUT_BY_MEASURE.search(below.text) is not None


def _closed_above(items: list[Item], i: int, column: float) -> bool:
    """Nothing runs on into line i: the top of the page, a headline, the page's furniture, a
    paragraph's certain end, or a line holding no clause wider than the column (a kicker) or
    at half its width or less (a label, "图片新闻", or the word a credit ends on, "摄"): text runs
    on only from a line its measure filled. A park's name alone on that short line is the subject
    of the title under it ("湛江高新区" / "多措并举…"), which runs on from it; a series' name in
    lenticular brackets (【…】, 〖…〗) is left to the rule that asks the text around it
    (`_bracketed_between_paragraphs`)."""
    before = neighbour(items, i, -1)
    if before is None or items[before].kind in (HEADLINE, FURNITURE) or is_rule(items[i - 1]):
        return True
    above = items[before]
    width = display_width(above.text)
    series = any(bracket in above.text for bracket in SERIES_BRACKETS)
    label = width <= HALF_COLUMN * column and gazetteer.opening(above.text) is None and not series
    apart = (width > column + 1.5 or label) and not holds_clause(above.text)
    return (above.kind == BODY and apart) or _paragraph_ended(items, before, column)


def _wrapped_title_line(item: Item) -> bool:
    return (
        item.kind == BODY
        and not holds_clause(item.text)
        and not ends_sentence(item.text)
        and not item.starts_article
        and not item.paragraph_indent
        and not is_letter_spaced(item.text)  # spread out to fill a body line
        and not names.starts_with_dateline(item.text)
    )


def _title_words(text: str) -> bool:
    """What a line of a title holds: no quotation closed that it did not open, no names alone
    (asked only of lines already shaped as a title's, as it costs more)."""
    return not closes_more_than_it_opens(text.rstrip("”’」』》")) and not reads_as_authors(text)


def _asks_as_title(item: Item) -> bool:
    """ "高原数字经济如何“弯道起步”？": a title may ask or exclaim, in a phrase with no clause,
    or in two over its subtitle ("大模型落地，园区能做什么？" / "——访…")."""
    return (
        item.kind == BODY
        and item.text[-1:] in _TITLE_QUESTION_ENDS  # asked before the pattern: most lines end otherwise
        and TITLE_QUESTION.search(item.text) is not None
        and not interview_turn(item.text)
    )


def _between_headlines(items: list[Item], i: int) -> bool:
    """Straight under one headline and over another (a kicker and a subtitle), a line is the
    title between them: no text begins before its headline group ends."""
    around = (neighbour(items, i, -1), neighbour(items, i, +1))
    return all(j is not None and items[j].kind == HEADLINE for j in around)


def _asks_over_headlines(items: list[Item], i: int) -> bool:
    """A question of one phrase between headlines or over a byline, or of two over a subtitle."""
    if holds_clause(items[i].text):
        return _over_subtitle(items, i, clause=True) and _asks_over_byline(items, i)
    return _between_headlines(items, i) or _asks_over_byline(items, i)


def _asks_over_byline(items: list[Item], i: int) -> bool:
    """ "…为何扎堆西部科学城？" over "本报记者 X" or a subtitle ("——访…"): a question of a title's
    length that no text runs into, its byline or subtitle under it, is the title they stand under."""
    after = neighbour(items, i, +1)
    return (
        after is not None
        and items[after].kind in (BYLINE, HEADLINE)
        and holds_han(items[i].text, MIN_TITLE)
        and not _continues_above(items, i)
    )


def _join_split_headlines(items: list[Item]) -> list[Item]:
    """'深圳高新区开放100' / '个人工智能应用场景': a headline line ending in a digit or Latin letter
    is followed by a single newline anyway, so its next line was not seen as part of it. Two
    that name different parks are two headlines ("…60GWh" / "走进宝鸡高新区"), and so are two
    where the first ends on a number and its unit, which close a phrase ("…突破60GWh" /
    "两岸融合发展观察"); a bare number runs on to its measure word, a Latin word to its noun."""
    return _joined_into_previous(items, _splits_headline)


def _splits_headline(items: list[Item], k: int, previous: Item) -> bool:
    item = items[k]
    if item.kind != HEADLINE or previous.kind != HEADLINE:
        return False
    return _next_deck_field(previous, item) or (
        (
            _runs_on_half_width(previous.lines[-1])
            or opens_more_than_it_closes(previous.text)
            or _cuts_word(previous, item)
            or _tail_over_text(items, k, previous)
        )
        and not name_other_parks(previous.text, item.text)
        and not sidebar_label(item)  # "记者手记", "编后" head a box or a coda of their own
    )


def _next_deck_field(upper: Item, lower: Item) -> bool:
    """A deck whose fields the system labelled, each on a line of its own ("引题：…" / "主标题：…"
    / "副题：…"): a field that goes under the one above, on the next line written, is the same
    deck's, whatever parks each names. The deck above is fields alone: a line no label opens is
    no part of it, nor what comes after it."""
    if lower.number - upper.lines[-1].number > NEXT_LINE:
        return False
    fields = [deck_field(line.text) for line in upper.lines]
    below = deck_field(lower.lines[0].text)
    return None not in fields and below is not None and below > max(fields)


def _joined_into_previous(items: list[Item], belongs: Callable[[list[Item], int, Item], bool]) -> list[Item]:
    """The items, each headline that `belongs` to the headline kept before it (asked with the
    items, its index and that one) joined onto it as its next lines."""
    out: list[Item] = []
    for k, item in enumerate(items):
        # two headlines asked before the call, the item's kind first: most items are text
        if item.kind == HEADLINE and out and out[-1].kind == HEADLINE and belongs(items, k, out[-1]):
            out[-1].lines += item.lines
            out[-1].text += "\n" + item.text
            continue
        out.append(item)
    return out


def _tail_over_text(items: list[Item], k: int, upper: Item) -> bool:
    """A word or two right under a title's line and right over the text is what the line had no
    room for ("…技改投资同比增长" / "三成"), no headline of its own: a label that short under a
    title heads the next story's title ("园区观察", "简讯"), not text."""
    lower, after = items[k], neighbour(items, k, +1)
    return (
        len(upper.lines) == 1
        and lower.number - upper.number <= NEXT_LINE
        and after is not None
        and items[after].kind == BODY
        and title_tail(upper.text.strip(), lower.text.strip())
    )


def _counts_on(upper: Item, lower: Item) -> bool:
    """A title broken at its figure ("紫竹高新区新增人才公寓800" / "套"): the lower line opens on
    the measure word the upper one's figure counts with, as only a full measure parts them."""
    return len(upper.lines) == 1 and counted_on(upper.text.strip(), lower.text.strip())


def _cuts_word(upper: Item, lower: Item) -> bool:
    """A headline line set across columns and broken inside a word, its halves printed apart
    ("狮子山高新区锂电铜箔产" / "能跃居全国前列"): a line of a headline ends on a whole word.
    Lines holding a clause, a colon after a long one ("…做了一件小事：在园区人") or after a
    speaker ("黎嘉欣：港澳高"), are text set short, which the cut reads on its own. A joint of
    Latin letters or digits ("…10GW" / "N型…") is the half-width rule's to read."""
    halves = (upper.text.strip(), lower.text.strip())
    if len(upper.lines) != 1 or not (HAN_CHAR.match(halves[0][-1:]) and HAN_CHAR.match(halves[1][:1])):
        return False
    if any(holds_clause(half) for half in halves):
        return False
    if any("：" in half and not _reads_as_title(half) for half in halves):
        return False
    return nlp.word_cut(*halves)


# A title's subject printed alone: its park and a thing or two of it ("蚌埠高新区超薄柔性玻璃")
MAX_SUBJECT_WORDS = 3


def _join_predicates(items: list[Item]) -> list[Item]:
    """A headline set across columns and broken after its subject ("许昌高新区发制品企业" /
    "直播带货出海"): a park and things of it with no verb wait for the phrase printed apart under
    them that says what they did."""
    out: list[Item] = []
    for k, item in enumerate(items):
        previous = out[-1] if out else None
        # two headlines asked before the call and its slice: most items are text
        if (
            previous is not None
            and previous.kind == item.kind == HEADLINE
            and _awaits_predicate(previous, item, items[k + 1 : k + 2])
        ):
            previous.lines += item.lines
            previous.text += "\n" + item.text
            continue
        out.append(item)
    return out


def _awaits_predicate(upper: Item, lower: Item, after: list[Item]) -> bool:
    """Two headlines, the upper a line of a subject alone (a park and a thing or two of it), the
    lower opening on what it did (a subtitle may be printed under that line in its block).
    More words after the park are a whole title whose verb the dictionary reads as a noun
    ("…新型疫苗生产基地投产"); a number and its unit close a phrase ("…突破60GWh"), and a few
    characters over a headline twice as wide are its kicker ("…码头开港" / "陇原新材料" /
    "白银高新区稀土永磁项目开工")."""
    if upper.kind != HEADLINE or lower.kind != HEADLINE or len(upper.lines) != 1:
        return False
    if QUANTITY_END.search(upper.text) or len(nlp.tagged(upper.text.strip())) > 1 + MAX_SUBJECT_WORDS:
        return False
    predicate = lower.lines[0].text.strip()  # a subtitle may be printed under it in its block
    width = display_width(predicate)
    if len(predicate) <= MAX_LABEL and any(
        item.kind == HEADLINE and display_width(item.text) >= 2 * width for item in after
    ):
        return False
    return subject_alone(upper.text.strip(), predicate)


# A subheading too long for its column is wrapped over two lines of about the same length
# (the break balanced, as a headline's is), however its words fall: each line is this close in
# width to the other, in ems
WRAP_BALANCE = 2.0
SUBHEADING_COLUMN = 1.0  # how far the column above and below a subheading may differ: one text's


def _join_wrapped_subheadings(items: list[Item]) -> list[Item]:
    """A subheading wrapped over two lines inside a story's text ("一张网调度" / "“散装”算力"):
    two short lines of about the same width, neither holding a clause, after a closed sentence
    and over a line that opens no story, the text set to one measure above and below them, are
    one subheading. (A story's kicker and title are set apart by their sizes and stand where a
    text of its own measure begins.)"""
    return _joined_into_previous(items, _wraps_subheading)


def _wraps_subheading(items: list[Item], k: int, upper: Item) -> bool:
    lower = items[k]
    if upper.kind != HEADLINE or lower.kind != HEADLINE or len(upper.lines) != 1 or len(lower.lines) != 1:
        return False
    if items[k - 1] is not upper:
        return False  # joined already to the line above: a headline of more lines
    widths = display_width(upper.text.strip()), display_width(lower.text.strip())
    if abs(widths[0] - widths[1]) > WRAP_BALANCE or holds_clause(upper.text + lower.text):
        return False
    above, below = neighbour(items, k - 1, -1), neighbour(items, k, +1)
    if above is None or below is None or items[above].kind != BODY or items[below].kind != BODY:
        return False
    if not ends_sentence(items[above].text) or items[above].ends_article or opens_article(items[below]):
        return False
    columns = _column_beside(items, k - 1, 6, -1), _column_below(items, k, 6)
    if columns[0] is None or columns[1] is None or abs(columns[0] - columns[1]) > SUBHEADING_COLUMN:
        return False
    if max(widths) >= min(columns):
        return False
    # a section of the story above tells of its parks, or of none: a text turning to a park the
    # one above never named is another story's, under its title
    parks_above = parks_in(_text_beside(items, above, -1))
    return not parks_in(_text_beside(items, below, +1)) - parks_above


SECTION_REACH = 40  # body lines read above and below a subheading to tell whose text they are


def _text_beside(items: list[Item], i: int, step: int) -> str:
    """The body text from line i on, in the direction of step, to the nearest headline or byline."""
    lines: list[str] = []
    j: int | None = i
    while j is not None and items[j].kind == BODY and len(lines) < SECTION_REACH:
        lines.append(items[j].text)
        j = neighbour(items, j, step)
    return "".join(lines[::step])


def _runs_on_half_width(line: Line) -> bool:
    """A headline's line ending on a figure or a Latin word runs on below: not on a number and
    its unit, nor on the number a contact row ends on ("订舱电话：028-…", an advert's last line)."""
    ends = line.tight and ends_half_width(line.text) and not QUANTITY_END.search(line.text)
    return ends and not contact_row(line.text)


def _could_be_headline(item: Item) -> bool:
    return (
        item.kind == BODY
        and not item.lines[0].capital  # a drop capital opens a story's text, never a title's line
        and not item.lines[0].strip_item
        and not item.lines[0].box_row  # a row of a box set as text: a paragraph, short as a title
        and not item.table_row  # a paragraph of its own however short (a notice's signature)
        and not item.box_row  # a line of a box's label：value row, its value broken over lines
        and not ends_sentence(item.text)
        and not (item.starts_article and not item.continued)  # a tail may open with a subheading
        and not item.ends_article
        and not (holds_prose_mark(item.text) and not _pairs_phrases(item.text))  # most lines: prose
        and not names.starts_with_dateline(item.text)
        and not _spaced_clause(item)
        and not opens_more_than_it_closes(item.text)
        and not INNER_FULL_STOP.search(item.text)
        and not interview_turn(item.text)
        and not opens_editor_note(item.text)
    )


def _section_head_ends_apart(items: list[Item], i: int, column: float) -> bool:
    """A line marked as a section's (numbered, "2.", bracketed, ornamented) that stops well short of its
    column, or stands over a paragraph written whole on one line, ends its words there: no line of
    text breaks off short of its column's edge, and an extractor writing paragraphs whole breaks
    none, so a word the dictionary finds across the break ("二、研发瞄准深远海" / "面向…": 海面) is
    chance, no word run on."""
    text = squeeze(items[i].text)
    if not printed_mark(text) and LIST_ITEM.match(text) is None:
        return False
    after = neighbour(items, i, +1)
    whole_below = after is not None and display_width(items[after].text) > WHOLE_PARAGRAPH
    return whole_below or display_width(text) < column - SHORT_LINE


def _spaced_clause(item: Item) -> bool:
    """A line spread out to fill a body line, a clause in its words: text ("二 、 人 才 从 课 堂 来"
    holds none: its 、 is its number's)."""
    return is_letter_spaced(item.text) and _clause_in_words(item.text)


INTERVIEW_REACH = 12  # lines below a tail's first line that show the text to be an interview


def _turn_in_interview(items: list[Item], i: int) -> bool:
    """ "记者：…？" / "图门吉日嘎拉：园区设立…": a line opening with a few characters and a colon
    right after a question is the answer's turn, whoever the dictionary knows; so is a tail's first
    line so set among an interview's turns, its question on the page before. A place so set
    ("南宁高新区：…") is a title's subject still."""
    turn = SPEAKER_TURN.match(items[i].text)
    if turn is None or gazetteer.mentions(turn.group(1)):
        return False
    if items[i].continued:
        below = items[i + 1 : i + 1 + INTERVIEW_REACH]
        return any(item.kind == BODY and interview_turn(item.text) for item in below)
    above = neighbour(items, i, -1)
    return above is not None and items[above].kind == BODY and ANSWERED.search(items[above].text) is not None


ANSWERED = re.compile(r"[？?]$")  # a question closes the line above: its answer follows


def _opens_text(items: list[Item], i: int, column: float) -> bool:
    if _heads_tail(items[i], column):
        return False
    return _indent_opens_text(items, i, column) or _picks_up(items, i, column)


def _marks_tail_section(item: Item) -> bool:
    """A tail's first line marked as papers mark a subheading (numbered, bracketed, letter-spaced:
    "二 、 人 才 从 课 堂 来"), holding no clause of its own words."""
    return item.continued and _marked_section(item.text) and not _clause_in_words(item.text)


HALF = 0.5  # half a character's width: a line this much shorter is set short, not ragged


def _head_tail_sections(items: list[Item]) -> None:
    """A story's subheadings are set alike: in a tail opened by a marked subheading, a line marked
    the same way (letter-spaced as it is, or numbered as it is), after a closed sentence and well
    short of its column, opens the next section; the tail runs to the next story's start."""
    openings = [i for i, item in enumerate(items) if item.kind == HEADLINE and _marks_tail_section(item)]
    alike = [
        k
        for i in openings
        for k in _tail_lines(items, i)
        if set_alike(items[i].text, items[k].text) and ends_sentence(items[k - 1].text)
    ]
    widths = local_widths(items, alike)
    for k in alike:
        if display_width(squeeze(items[k].text)) < widths[k] - INDENT - HALF:
            items[k].kind = HEADLINE  # shorter than a paragraph's first line, its indent lost


def _tail_lines(items: list[Item], i: int) -> list[int]:
    """The body lines of the tail under headline i, to the next story's start: its dateline, its
    byline or its headline group (a lone line read as a headline may be the tail's own)."""
    lines = []
    for k in range(i + 1, len(items)):
        if items[k].starts_article or items[k].kind not in (BODY, HEADLINE, CAPTION, FURNITURE):
            break
        if items[k].kind == HEADLINE and k + 1 < len(items) and items[k + 1].kind == HEADLINE:
            break
        if items[k].kind == BODY:
            lines.append(k)
    return lines


def set_alike(heading: str, line: str) -> bool:
    """The line is marked as the heading is, and holds no clause of its own words."""
    if _clause_in_words(line) or ends_sentence(line):
        return False
    if is_letter_spaced(heading):
        return is_letter_spaced(line)
    return printed_mark(squeeze(heading)) and printed_mark(squeeze(line))


def _heads_tail(item: Item, column: float) -> bool:
    """A tail under its jump line picks up its text where it broke off, or opens a section of it:
    a first line so marked, well short of its column, is that section's subheading, however the
    extractor indented it (a paragraph's first line runs to the column's edge)."""
    return _marks_tail_section(item) and display_width(squeeze(item.text)) < column - SHORT_LINE


def _picks_up(items: list[Item], i: int, column: float) -> bool:
    """A tail under its jump line picks up its text where it broke off: a first line as wide as its
    column (bar an indent lost) goes on with that text; only one well short may be its section's
    subheading. A line with a byline straight under it is the story's title printed again over
    the tail: no text's line stands over a byline."""
    item = items[i]
    if not item.continued or display_width(item.text) < column - SHORT_LINE:
        return False
    after = neighbour(items, i, +1)
    return after is None or items[after].kind != BYLINE


def _indent_opens_text(items: list[Item], i: int, column: float) -> bool:
    """The indent an extractor keeps opens a paragraph, never a headline; but the same spaces set
    a subheading in towards the middle of its column. A paragraph's first line runs to the edge
    of its column, and of the line below (narrowed beside a photo, the column is that line's),
    bar a character its setter pushed down or a figure it kept whole on the next line, or it
    closes its sentence; one stopping well short without closing one is no text. Nor is a line
    marked as a section's (numbered, bracketed) over the next paragraph's indent, however wide:
    closing no sentence, it is a subheading the extractor wrote with the text's indent
    ("（一）从粗放冶炼到精深加工"), where a first line cut off by another text read into its
    column may be followed by that text's indent."""
    if not items[i].paragraph_indent:
        return False
    after = neighbour(items, i, +1)
    if after is None or items[after].kind != BODY:
        return True
    below = items[after]
    if below.paragraph_indent and _marked_section(items[i].text) and not ends_sentence(items[i].text):
        return False  # a marked subheading indented as the paragraph under it: no paragraph of
        # one line leaves its sentence open
    # a paragraph's first line below, short by its lost indent, measures no narrower column
    lost = not below.indented and _lost_indent(items, after, column)
    written_below = display_width(below.text) + (INDENT if below.indented or lost else 0.0)
    return (
        display_width(items[i].text) > min(column, written_below) - INDENT - PUSHED_DOWN_WIDTH
        or ends_half_width(items[i].text)
        or PUSHED_ON.match(below.text) is not None
        or PUSHED_DOWN.match(below.text) is not None
    )


def _reads_as_title(text: str) -> bool:
    """A title's separator: a colon after its subject, a space between two phrases, a leading dash."""
    return bool(TITLE_SEPARATOR.search(text)) and speaker(text) is None


def _justified_inside_words(items: list[Item], i: int, width: float, column: float) -> bool:
    """A line filling its column whose spaces part a word's characters ("平 台", "质 量"), in a
    column whose text lines near it are spaced so too: a justified line's gaps written out, no
    title's separator between two phrases."""
    text = items[i].text
    if width < column - HALF:
        return False
    gaps = [k for k, char in enumerate(text) if char == " "]
    if not gaps or (len(gaps) == 1 and not holds_clause(text)):
        return False  # one space and no clause: a title's two phrases may read as one word
    near = items[max(0, i - JUSTIFIED_REACH) : i] + items[i + 1 : i + 1 + JUSTIFIED_REACH]
    if not any(other.kind == BODY and justifying_gap(other.text) for other in near):
        return False
    return all(nlp.splits_word(text[:k], text[k + 1 :]) for k in gaps)


def _reads_as_headline(items: list[Item], i: int, column: float, indent: float) -> bool:
    """`indent`: how much shorter than the column a paragraph's first line is set around line i."""
    before = _above_past_credit_beside(items, i)
    width = display_width(items[i].text)
    if _heads_tail(items[i], column):
        return True
    if items[i].text.startswith("——") and (width > column + 1.5 or _over_paragraph_start(items, i, column)):
        return True  # "——…" wider than the column, or over a paragraph start: a subtitle, even
        # under a title read as body
    if _over_subtitle(items, i):
        return True  # a subtitle's title, though the text above runs on (its author unseen)
    if _spans_columns(items, i, width):
        return True  # no line of the text around it, though that text runs on across it
    if _interrupts_paragraph(items, i, width, column) or _sentence_runs_across(items, i, column):
        return True  # a headline printed inside the text of its own article, cut mid-sentence
    if _set_inside_broken_word(items, i, column):
        return True
    if _kicker_over_headline(items, i, width, column):
        return True
    if _over_opening(items, i):
        return True  # no paragraph's last line, though the text above runs on into it
    if _enclosed_inside_sentence(items, i, width, column):
        return True
    if _headed_box_inside_sentence(items, i, width, column):
        return True  # a box's headline, the text it is set in breaking off above it
    if _continues_above(items, i):
        return False
    if _titled_under_enclosed(items, i):
        return True  # asked past the text running on, which a headline above never does
    if _marked_under_headline(items, i):
        return True
    if _breaks_off(items, i, column):
        return True  # a paragraph cannot end here without closing its sentence
    if _opens_section(items, i, indent) or _bracketed_between_paragraphs(items, i):
        return True
    if _between_whole_paragraphs(items, i):
        return True
    over_headline = before is not None and items[before].kind == HEADLINE
    if over_headline and _over_dashless_subtitle(items, i):
        return True  # the title between its kicker and its subtitle, spaced out or not
    if is_letter_spaced(items[i].text):
        return _spaced_for_display(items, i, width, column)
    if over_headline and _heads_section(items, before):
        return False  # its section's first line, measured against no column yet
    if over_headline and explains_title(items[i].text):
        return True  # its subtitle, printed without its dash
    if over_headline and _stacks_on_headline(items, i):
        return True
    if (over_headline or _measure_changes(items, i)) and _over_kept_indent(items, i):
        return True
    if over_headline and _over_whole_paragraph(items, i):
        return True
    if _stands_between_paragraphs(items, i, column, indent):
        return True
    if _opens_paragraph_below(items, i, width, indent):
        return _reads_as_title(items[i].text)  # its own column is the one below, not the one above
    too_wide = width > column + 1.5 and not _fills_column_below(items, i, width)
    if width < column - SHORT_LINE or too_wide:
        return True  # no line of this column is that short or long
    if _reads_as_title(items[i].text) and not _justified_inside_words(items, i, width, column):
        return True
    # After a paragraph's certain end, a line that lost no indent opens no paragraph; unless
    # its last word runs on into the next line ("…中试平" / "台。"), as no headline's does:
    # then the column was measured too narrow, and the line did lose its indent. Where the
    # paragraphs are set flush, every first line is as wide.
    return (
        indent > 0
        and width >= column - 0.5
        and not holds_clause(items[i].text)
        and _paragraph_ended(items, before, column)
        and not runs_into_next_line(items, i, items[i].text)
    )


def _above_past_credit_beside(items: list[Item], i: int) -> int | None:
    """The item above line i, past a credit printed on the title's own line, beside it: the
    deck goes on under the title (its subtitle), the credit set at its side."""
    before = neighbour(items, i, -1)
    if before is None or items[before].kind != BYLINE:
        return before
    title = neighbour(items, before, -1)
    beside = title is not None and items[title].kind == HEADLINE
    return title if beside and items[title].lines[-1].number == items[before].lines[0].number else before


def _spaced_for_display(items: list[Item], i: int, width: float, column: float) -> bool:
    """A justified line is spread letter by letter to fill its column; a line spaced out though
    its characters fall well short of the column was spaced for display. After a closed
    sentence and over a paragraph's first line in the same column, it is a subheading of the
    text; over its paragraph's much shorter last line, it was spread to fill its own."""
    before, after = neighbour(items, i, -1), neighbour(items, i, +1)
    if before is not None and _kicker_over_no_text(items, before) and not holds_clause(items[i].text):
        return True  # a title spaced out under its kicker: no text runs above to spread a line of
    if before is None or after is None or items[before].kind != BODY or items[after].kind != BODY:
        return False
    below = items[after].text
    return (
        width < column - SHORT_LINE
        and ends_sentence(items[before].text)
        and set_width(below) <= column + 1.0
        and (not ends_sentence(below) or display_width(below) >= column - INDENT - 1.0)
    )


def _kicker_over_no_text(items: list[Item], j: int) -> bool:
    """Headline j, a line of its own, stands where no text of a story runs above it (the page's
    top, a byline, a rule, a closed story): a kicker, no subheading inside a text. (A title of
    two lines is whole: the line under it may be its text's first, spread to fill its column.)"""
    above = neighbour(items, j, -1)
    return (
        items[j].kind == HEADLINE
        and len(items[j].lines) == 1
        and (above is None or items[above].kind not in (BODY, HEADLINE) or items[above].ends_article)
    )


def _heads_section(items: list[Item], j: int) -> bool:
    """Headline j is a one-line subheading numbered or letter-spaced after a closed sentence of
    the text: the line under it opens its section's first paragraph, no title stacked under a
    kicker, whatever its width (the text above may be a feature's lead, set wider). A rubric in
    brackets or after an ornament may as well be the kicker over the next story's title."""
    before = neighbour(items, j, -1)
    text = items[j].text
    return (
        len(items[j].lines) == 1
        and (SECTION_NUMBER.match(squeeze(text)) is not None or is_letter_spaced(text))
        and before is not None
        and items[before].kind == BODY
        and not items[before].ends_article
        and ends_sentence(items[before].text)
        and not runs_into_next_line(items, j, text)  # its own words broken over two lines
    )


def _enclosed_inside_sentence(items: list[Item], i: int, width: float, column: float) -> bool:
    """ "…日前，衡阳高新区" / "【聚焦先进制造】" / "衡阳高新区建成…平台" / "特高压变压器…": a line
    that is all one phrase in lenticular brackets, well short of the column, where the sentence
    above goes on, over a line that is a whole title by itself: no line of prose breaks off
    there, so they are a kicker and its title printed inside the text, which goes on below them.
    (A title broken over two lines there is left to the text.)"""
    if width >= column - SHORT_LINE or not _enclosed(items[i].text):
        return False  # the cheap tests first: they settle nearly every line
    after = neighbour(items, i, +1)
    return after is not None and _continues_above(items, i) and _whole_title(items, after)


def _titled_under_enclosed(items: list[Item], i: int) -> bool:
    """The title under such a kicker printed inside a sentence."""
    rubric = neighbour(items, i, -1)
    if rubric is None or items[rubric].kind != HEADLINE or not _enclosed(items[rubric].text):
        return False
    return _continues_above(items, rubric) and _whole_title(items, i)


def _enclosed(line: str) -> bool:
    return ENCLOSED.fullmatch(squeeze(line)) is not None


def _whole_title(items: list[Item], i: int) -> bool:
    """A line that could be a title by itself, no word of it broken off into the next line and
    no modifier left waiting for its noun there."""
    text = items[i].text
    return _titles_alone(text) and not PARTICLE_END.search(text) and not runs_into_next_line(items, i, text)


def _marked_under_headline(items: list[Item], i: int) -> bool:
    """ "园区简讯" / "■ 辽阳高新区设立…": an ornament marks a subheading inside a text, or a title;
    straight under a headline no text has begun to hold a subheading, so the line is a brief's
    title under its banner."""
    before = neighbour(items, i, -1)
    return before is not None and items[before].kind == HEADLINE and ORNAMENT.match(items[i].text) is not None


def _kicker_over_headline(items: list[Item], i: int, width: float, column: float) -> bool:
    """A line well short of its column, holding no clause and no names, straight over a headline
    is that headline's kicker, though the text above it breaks off mid-sentence: a headline group
    printed inside its article's column cuts into a paragraph, and no paragraph's line stops
    short of the column without closing its sentence. A deck's label (a series', a column's or a
    campaign's name) is one however much of the column it fills: no text reads so."""
    after = neighbour(items, i, +1)  # the line above asked only over a headline: most lines stand over text
    text = items[i].text
    if after is not None and items[after].kind == HEADLINE and deck_label(squeeze(text)):
        return True
    return (
        after is not None
        and items[after].kind == HEADLINE
        and width < column - SHORT_LINE
        # a column narrowed around a photo narrows a run
        and not _as_wide_as(items, neighbour(items, i, -1), width)
        and holds_han(text, MIN_KICKER)
        and not holds_clause(text)
        and not closes_more_than_it_opens(text)
        and not text.startswith(PHOTO_SHOWS)
        and not names.ROLE_PATTERN.search(text)
        and (" " not in text or is_letter_spaced(text))  # names parted by a space are a byline
        and not reads_as_authors(text)
    )


def _over_opening(items: list[Item], i: int) -> bool:
    """A phrase holding no clause straight over a byline (or, where the story above has ended,
    over its author's name alone above the text): only a paragraph's last line comes before
    one, and this one closes no sentence, so it is a headline printed where its article's text
    (or another's) breaks off. The tail of a quote or a name from the text above, or a person's
    role, is no headline."""
    after = neighbour(items, i, +1)
    if after is None:
        return False
    if items[after].kind != BYLINE and not (_story_ended_above(items, i) and _names_over_text(items, after)):
        return False
    text = items[i].text
    return not (
        not holds_han(text, MIN_TITLE)
        or holds_clause(text)
        or closes_more_than_it_opens(text)
        or names.ROLE_PATTERN.search(text)
        or reads_as_authors(text)
    )


def _story_ended_above(items: list[Item], i: int) -> bool:
    before = neighbour(items, i, -1)
    return before is not None and items[before].ends_article


def _names_over_text(items: list[Item], j: int) -> bool:
    """A line of names alone with text below it: no paragraph's line, which would fill the
    column or close its sentence, but an author named under a title."""
    below = neighbour(items, j, +1)
    return (
        items[j].kind == BODY
        and below is not None
        and items[below].kind == BODY
        and reads_as_authors(items[j].text)
    )


def _as_wide_as(items: list[Item], j: int | None, width: float) -> bool:
    return j is not None and items[j].kind == BODY and abs(display_width(items[j].text) - width) < ODD_LINE


def _interrupts_paragraph(items: list[Item], i: int, width: float, column: float) -> bool:
    """A line without a clause, well off its column's width either way, between two full lines of
    one paragraph: inside a paragraph every line but the last fills the column, so a line that
    does not, with the paragraph going on full below it, is none of its lines. A column
    narrowed around a photo narrows a run of lines, not one, and a letter-spaced line was
    spread to fill one."""
    if holds_clause(items[i].text) or is_letter_spaced(items[i].text) or abs(width - column) < ODD_LINE:
        return False
    if _by_page_furniture(items, i):
        return False  # the page's running head or foot, printed where the text breaks across pages
    before, after = neighbour(items, i, -1), neighbour(items, i, +1)
    if before is None or after is None or not all(items[j].kind == BODY for j in (before, after)):
        return False
    above, below = items[before], items[after]
    if ends_paragraph(above) or opens_more_than_it_closes(above.text):
        return False  # the sentence (or the bracket) above goes on into this line
    if opens_article(below) or below.indented:
        return False
    return (
        # "…通过中国合" / "格评定…委员会（CNAS）": a word the line above broke off goes on here,
        # in a line wider than the column by the Latin in it
        not word_across(above.text, items[i].text)
        and _continues_above(items, before)  # a paragraph's first line, short by its indent, sets no width
        and _fills(above.text, column)
        and _fills(below.text, column)
        and not PUSHED_ON.match(below.text)
    )


def _sentence_runs_across(items: list[Item], i: int, column: float) -> bool:
    """A title's line (a park's name opening it, or its phrases parted by a colon or a space),
    holding no clause, between two lines of one sentence: the line above, broken off at the
    column's edge, cuts a word that the line below finishes ("…累计孵" / "化企业…"), or leaves a
    quotation open that the line below closes, and this line takes up neither. However full it
    runs, it is no line of the text but a headline printed inside its article's column, the
    text going on across it."""
    if not _titles_alone(items[i].text):
        return False  # asked first: most lines read as no title, and the answer is kept by text
    before, after = neighbour(items, i, -1), neighbour(items, i, +1)
    if before is None or after is None or not all(items[j].kind == BODY for j in (before, after)):
        return False
    above, below = items[before], items[after]
    if ends_paragraph(above) or opens_article(below) or below.indented:
        return False
    if not reaches_edge(above.text, column):
        return False
    text = squeeze(items[i].text)
    upper, lower = squeeze(above.text), squeeze(below.text)
    if runs_on(upper, lower):
        return not runs_on(upper, text) and not word_across(text, lower)
    return _short_under_open_clause(items[i].text, upper, lower, column)


# A side head read where it stands beside the text: a kicker, a title of two lines, a subtitle
MAX_HEAD_INSIDE = 4


def _set_inside_broken_word(items: list[Item], i: int, column: float) -> bool:
    """ "…与传统铝合金结构相" / "航空航天产业园再添新项目" / "镇江高新区…配套" / "比，复材蒙皮…": a
    headline set beside the text is read where it stands, between two lines of one paragraph
    whose word it breaks (the text above stops inside a word that the text below finishes,
    taking up neither of the head's lines). Its lines hold no clause and close no sentence; where
    the text is written in column lines, the line above runs to the column's edge, as a line
    broken mid-word does, and none of the head's is as wide as the column or spread out to fill
    it (an extractor writing each paragraph on one line leaves no column to measure them by)."""
    run = _head_run_around(items, i)
    if run is None:
        return False
    above, lines, below = run
    upper, lower = squeeze(items[above].text), squeeze(items[below].text)
    if ends_paragraph(items[above]) or opens_article(items[below]) or items[below].indented:
        return False
    if ends_half_width(upper):
        return False  # figures or Latin across the break tell no word broken: two may be read apart
    # the widths asked before the dictionary, whose cuts cost the most
    heads = [items[k].text for k in lines]
    return _head_narrower_than_text(upper, heads, lower, column) and runs_on_across(
        upper, [squeeze(head) for head in heads], lower
    )


def _head_narrower_than_text(upper: str, heads: list[str], lower: str, column: float) -> bool:
    """The text above a head runs to its column's edge and none of the head's lines fills the
    column; or the text is written a paragraph to a line, with no column to measure them by."""
    if max(display_width(upper), display_width(lower)) > WHOLE_PARAGRAPH:
        return True  # each paragraph written on one line: no column to measure the head's lines by
    return reaches_edge(upper, column) and not any(_fills_column(head, column) for head in heads)


def _fills_column(text: str, column: float) -> bool:
    """A line as wide as its column, or spread out letter by letter to fill it."""
    return is_letter_spaced(text) or abs(display_width(text) - column) < ODD_LINE


def _head_run_around(items: list[Item], i: int) -> tuple[int, list[int], int] | None:
    """(the text line above, the head's lines, the text line below) of line i read as one of a
    head's lines: the headlines decided over it, and the lines under it that could be a head's,
    up to the text."""
    if not _could_be_head_line(items[i]):
        return None  # asked before the walk to its neighbours: a third of the lines asked hold a clause
    above = neighbour(items, i, -1)
    lines = [i]
    while above is not None and items[above].kind == HEADLINE and len(lines) < MAX_HEAD_INSIDE:
        lines.insert(0, above)
        above = neighbour(items, above, -1)
    decided = lines[:-1]  # the headlines over it: line i and the lines under it are asked on the way
    below = neighbour(items, i, +1)
    while below is not None and _could_be_head_line(items[below]) and len(lines) < MAX_HEAD_INSIDE:
        lines.append(below)
        below = neighbour(items, below, +1)
    if above is None or below is None or items[above].kind != BODY or items[below].kind != BODY:
        return None
    if not all(_could_be_head_line(items[k]) for k in decided):
        return None
    return above, lines, below


def _could_be_head_line(item: Item) -> bool:
    """A line that could be one of a head's: a phrase, no clause, no sentence closed."""
    text = squeeze(item.text)
    return (
        item.kind in (BODY, HEADLINE)
        and holds_han(text, MIN_KICKER)
        and not holds_clause(text)
        and not ends_sentence(text)
        and not ends_half_width(text)  # a figure or a Latin word running on into the next line
    )


def _short_under_open_clause(line: str, upper: str, lower: str, column: float) -> bool:
    """The line above breaks off on a word awaiting its object ("…时间由"), and the line, short of
    the column, is no last line of a paragraph: a paragraph's last line closes its sentence, and
    this one's sentence is still open. Though it could be that object, the line ends short where
    the text goes on, prose, below: a headline set in the column between two lines of one
    sentence."""
    return (
        bool(AWAITS_OBJECT.search(upper))
        and display_width(line) < column - SHORT_LINE
        and bool(holds_clause(lower) or lower.endswith("。"))
    )


@memo_by_text  # asked of each candidate again on every pass over the page's lines
def _titles_alone(line: str) -> bool:
    """A line that could be a title all by itself: it opens with a park or parts its phrases as
    a title does, holds no clause, and is not spread out letter by letter (as a body line set to
    fill its column is)."""
    text = squeeze(line)
    if holds_clause(text) or is_letter_spaced(line) or not holds_han(text, MIN_TITLE):
        return False
    return opens_with_park(text) or _reads_as_title(line)


def _by_page_furniture(items: list[Item], i: int) -> bool:
    return any(0 <= j < len(items) and items[j].kind == FURNITURE for j in (i - 1, i + 1))


def _fills(text: str, column: float) -> bool:
    return not is_letter_spaced(text) and abs(display_width(text) - column) <= 1.0


def _splits_word(items: list[Item], i: int) -> bool:
    """The line ends inside a Chinese word that the next line, prose, finishes ("…企业开" /
    "展能效诊断，…"). A headline broken inside a word goes on with no clause ("…中心二" /
    "期投运 新增算力2000P"), and a Latin word runs on into a headline's next line too."""
    after = neighbour(items, i, +1)
    return (
        after is not None
        and not ends_half_width(items[i].text)
        and holds_clause(items[after].text)
        and runs_into_next_line(items, i, items[i].text)
    )


# A clause's or a sentence's mark opening a line: a setter who breaks lines at the measure alone
# pushes the mark that closes the line above to the head of the next
OPENS_ON_MARK = re.compile(r"^[，。、；：？！,;:?!]")


def _marked_below(items: list[Item], i: int) -> bool:
    """The text below opens on the mark that closes this line's words ("…2027年 全面投产" /
    "。园区将…"): a headline's line closes on its own, no mark of it below. (A justified line's
    gaps may part its words as a title's phrases are parted.)"""
    after = neighbour(items, i, +1)
    if after is None or items[after].kind != BODY:
        return False
    return OPENS_ON_MARK.match(items[after].text) is not None


def _counted_below(items: list[Item], i: int) -> bool:
    """The line ends on a figure whose measure word opens the text below ("…排放约4500" / "吨。…"):
    a headline may close on a figure, but not on one the text goes on to count. (A headline
    broken at its figure goes on with no clause: "…开放100" / "个人工智能应用场景".)"""
    after = neighbour(items, i, +1)
    if after is None or items[after].kind != BODY or not holds_clause(items[after].text):
        return False
    return counted_on(items[i].text, squeeze(items[after].text))


def _over_paragraph_start(items: list[Item], i: int, column: float) -> bool:
    """The line after this one lost its indent: a paragraph opens there, so this line, which
    closes no sentence, ends none, and a dash opening it ("——访…") marks it a subtitle."""
    after = neighbour(items, i, +1)
    return after is not None and items[after].kind == BODY and _lost_indent(items, after, column)


def _spans_columns(items: list[Item], i: int, width: float, reach: int = 2) -> bool:
    """A line without a clause, much wider than the column of the text above it and of any below
    it: a headline set across the columns, read where the text of the first breaks off (its
    byline with it), or after the text. A line as wide as the text under it is that text's,
    however narrow the text above."""
    if holds_clause(items[i].text):
        return False
    above = _text_column(items, i, -1, reach)
    if above is None or width <= above + SPANS:
        return False  # most lines are as wide as the text above them: the text below is not measured
    below = _text_column(items, i, +1, reach)
    return below is None or width > below + SPANS


def _text_column(items: list[Item], i: int, step: int, reach: int, least: int = 1) -> float | None:
    """The median width of up to `reach` lines of the text next to line i, past headlines and
    bylines (a headline set across the columns cuts into the text), up to an article's start or
    end; none from fewer than `least` lines."""
    widths: list[float] = []
    j = neighbour(items, i, step)
    while j is not None and len(widths) < reach:
        item = items[j]
        if item.kind == BODY:
            opens, ends = opens_article(item), item.ends_article
            if opens if step > 0 else ends:
                break  # the next article's first line, or the last of the one above
            width = mid_paragraph_width(item.text)
            if width is not None:
                widths.append(width)
            if ends if step > 0 else opens:
                break  # this article's own last or first line
        elif item.kind not in (HEADLINE, BYLINE):
            break
        j = neighbour(items, j, step)
    return statistics.median(widths) if len(widths) >= least else None


def _over_subtitle(items: list[Item], i: int, clause: bool = False) -> bool:
    """A line without a clause (`clause`: or with one) printed right over a subtitle (——…) is
    its title: no paragraph runs on into a subtitle."""
    after = neighbour(items, i, +1)
    return (
        after is not None
        and items[after].kind == HEADLINE
        and items[after].text.startswith("——")
        and (clause or not holds_clause(items[i].text))
    )


def _over_dashless_subtitle(items: list[Item], i: int) -> bool:
    """A line holding no clause right over a line that explains a title as a subtitle does, with
    or without its dash ("访…", "…发展调查"), and closes no sentence, is that subtitle's title."""
    after = neighbour(items, i, +1)
    if after is None or items[after].kind not in (BODY, HEADLINE) or holds_clause(items[i].text):
        return False
    below = items[after].text
    return not holds_clause(below) and not ends_sentence(below) and explains_title(below)


def _opens_section(items: list[Item], i: int, indent: float, reach: int = 6) -> bool:
    """A subheading as papers mark one: numbered ("一、…", "（一）…"), in lenticular brackets
    ("【…】") or letter-spaced, with no clause of its own, between a paragraph's end and a
    paragraph's first line: one short by its lost indent (or with its indent kept, or as wide
    as the column where paragraphs are set flush), not a speaker's question. A list item so
    numbered runs on into a full line, and a body line spaced out to fill its column runs on
    into one, or into its paragraph's much shorter end."""
    text = squeeze(items[i].text)
    marked = _marked_section(items[i].text)
    clause = _clause_in_words(text) and not _pairs_phrases(text)
    if not marked or clause or speaker(text) is not None:
        return False
    after = neighbour(items, i, +1)
    if after is None or items[after].kind != BODY:
        return False
    if items[after].indented:
        return True
    column = _column_below(items, after, reach)
    below = items[after].text
    if column is None:
        return False
    first_line = column - indent
    return first_line - 1.0 <= display_width(below) and set_width(below) <= first_line + 0.5


# The full-width square brackets an e-paper wraps a whole subheading in on a line of its own
# ("［瞄准半导体材料］"): no line of text opens and closes on them. (White lenticular brackets wrap
# a head run in at its paragraph's head, or a coda's label, as well: their own rules read them.)
_WRAPPING_BRACKET = "［"


def _bracketed_between_paragraphs(items: list[Item], i: int) -> bool:
    """A line wrapped whole in an e-paper's subheading brackets ("［运维服务打开新空间］"), holding
    no clause, or opening on a pointer ("〉〉面板项目带来“链式反应”", "☆标准先行，告别“散小乱”": no
    clause, or two phrases paired), after a paragraph's closed sentence and over more text: a
    subheading, however wide. In a narrow column a subheading is about as wide as a paragraph's
    first line, and the ragged widths there (figures set at half width) measure no indent to tell
    the line below by; where each paragraph is written on a line of its own there is no column."""
    text = items[i].text.strip()
    wrapped = text.startswith(_WRAPPING_BRACKET) and wrapping_marks(text) is not None
    if not (wrapped and not holds_clause(text)) and not _pointed_phrase(text):
        return False
    return _text_under_a_closed_sentence(items, i) is not None


def _pointed_phrase(text: str) -> bool:
    """A pointer before words of a subheading's: a phrase, or two paired by a comma (a row of
    stars, "★★★★☆", points to no words: a rating)."""
    pointer = POINTER.match(text)
    if pointer is None or HAN_CHAR.match(text, pointer.end()) is None:
        return False
    return not _clause_in_words(text) or _pairs_phrases(text)


def _between_whole_paragraphs(items: list[Item], i: int) -> bool:
    """Where the extractor wrote each paragraph on one line, there is no column to measure a line
    against: a phrase holding no clause after a closed sentence, over a whole paragraph, closes
    no paragraph of its own and is a subheading. The paragraph under it may be short, a sentence
    or two closed on its one line, where the one over it is written whole. One naming a park may
    as well be the title of the article above or below it: the segmenter tells which by what the
    text is about. A section's number is no clause of the phrase ("二、研发瞄准深远海": its 、 is
    the number's)."""
    after = _text_under_a_closed_sentence(items, i)
    if after is None or _clause_in_words(items[i].text) or gazetteer.mentions(items[i].text):
        return False
    below = items[after].text
    if display_width(below) > WHOLE_PARAGRAPH:
        return True
    before = neighbour(items, i, -1)  # a text item: a closed sentence is over line i
    return before is not None and display_width(items[before].text) > WHOLE_PARAGRAPH and ends_sentence(below)


def _text_under_a_closed_sentence(items: list[Item], i: int) -> int | None:
    """The text item under line i where text closing its sentence, or a box's row set as text (a
    paragraph of its own), is over it, else None."""
    before, after = neighbour(items, i, -1), neighbour(items, i, +1)
    if before is None or after is None or items[before].kind != BODY or items[after].kind != BODY:
        return None
    return after if ends_sentence(items[before].text) or items[before].lines[-1].box_row else None


def _sets_to(text: str, width: float) -> bool:
    """The line takes that much of its column, its closing mark inside the column or hung past it."""
    return min(abs(display_width(text) - width), abs(set_width(text) - width)) <= FULL


def _marked_section(line: str) -> bool:
    """Numbered, in lenticular brackets, ornamented or letter-spaced: as papers mark a subheading."""
    return printed_mark(squeeze(line)) or is_letter_spaced(line)


# What each of those marks opens with: a section number's numeral, bracket or circled number
# (①-⑳, ❶-❿), a lenticular bracket, an ornament, a pointer
_MARK_OPENINGS = "一二三四五六七八九十（(【■□◆◇☆★〉》" + "".join(
    chr(code) for first, last in CIRCLED_NUMBERS for code in range(ord(first), ord(last) + 1)
)


def printed_mark(text: str) -> bool:
    """A subheading's mark in print: its number, its lenticular brackets, its ornament or its pointer."""
    if text[:1] not in _MARK_OPENINGS:
        return False  # asked before the patterns: most lines open with a word
    return bool(
        SECTION_NUMBER.match(text) or ENCLOSED.fullmatch(text) or ORNAMENT.match(text) or POINTER.match(text)
    )


def _section_words(text: str) -> str:
    """The words of a subheading without its mark."""
    return POINTER.sub("", ORNAMENT.sub("", SECTION_NUMBER.sub("", text))).strip("【】")


def _clause_in_words(line: str) -> bool:
    """A clause in a line's own words, past its section's mark (二 、 is the number's)."""
    return holds_clause(_section_words(squeeze(line)))


def _pairs_phrases(line: str) -> bool:
    """A line marked in print (not only spaced out, as a justified body line is) holding two
    phrases parted by a comma: a subheading's, were it one."""
    text = squeeze(line)
    return printed_mark(text) and bool(PHRASE_PAIR.match(_section_words(text)))


def _breaks_off(items: list[Item], i: int, column: float, reach: int = 3, headlines: int = 6) -> bool:
    """The text from this line on stops, within a few lines, before any sentence closes:
    what follows is no body, or another article. Further on, only a run of lines none of
    which fills the column stops so: a stack of headlines, where a paragraph's lines run full
    up to a headline set across its columns."""
    run: list[Item] = []
    for step in range(headlines):
        if ends_paragraph(items[i]):
            return False
        run.append(items[i])
        after = _past_spanning_headline(items, neighbour(items, i, +1))
        if after is None or items[after].kind != BODY or opens_article(items[after]):
            return step < reach or all(abs(display_width(line.text) - column) >= 1.0 for line in run)
        i = after
    return False


def _past_spanning_headline(items: list[Item], j: int | None) -> int | None:
    """The text goes on past a headline set across its columns (and the byline under it) where
    it breaks off mid-sentence: a full line of its column above the headline, going on from the
    line above it, and one below it (where a paragraph's first line is short by its indent, and
    an article's opens with its dateline)."""
    if j is None or not (items[j].kind == HEADLINE or _spans_columns(items, j, display_width(items[j].text))):
        return j  # (a line spanning the columns is a headline, whether or not yet found one)
    k = neighbour(items, j, +1)
    while k is not None and items[k].kind in (HEADLINE, BYLINE):
        k = neighbour(items, k, +1)
    above = neighbour(items, j, -1)
    if k is None or above is None or not all(items[n].kind == BODY for n in (above, k)):
        return j
    if opens_article(items[k]) or items[k].indented or ends_sentence(items[above].text):
        return j
    if not _continues_above(items, above):
        return j  # a line after a closed sentence that is no paragraph's first: a title of its own
    column = _text_column(items, j, +1, reach=6, least=3)
    full = column is not None and all(display_width(items[n].text) >= column - 1.0 for n in (above, k))
    return k if full else j


def _stands_between_paragraphs(items: list[Item], i: int, column: float, indent: float) -> bool:
    """A line after a paragraph's end that closes no sentence, so ends no paragraph, and that
    opens none either, the line after it having lost its own indent: a subheading ("从“一棵参”
    到“一条链”" between two paragraphs), however wide it is. Where paragraphs are set flush,
    their first lines are full: a line short of the column there, whose words do not run on
    into the full line after it, opens none."""
    after = neighbour(items, i, +1)
    if after is None or items[after].kind != BODY or opens_article(items[after]):
        return False
    if not indent and not _stops_short(items, i, column):
        return False
    if _lost_indent(items, after, column, indent):
        return True
    # A line wider than a paragraph's first line after a paragraph's end opens none: the line
    # under it, short by the whole indent over a closing mark, is the first line, no line
    # pushed short by that mark
    wider_than_opening = display_width(items[i].text) > column - indent + FULL
    return wider_than_opening and _lost_indent(items, after, column, indent, pushed_short=False)


def _stops_short(items: list[Item], i: int, column: float) -> bool:
    """Line i stops short of its column for no reason of setting: nothing was pushed down from
    it to the next line, and its last word does not run on into that line."""
    after = neighbour(items, i, +1)
    return (
        set_width(items[i].text) <= column - 1.5
        and after is not None
        and not PUSHED_DOWN.match(items[after].text)
        and not PUSHED_ON.match(items[after].text)
        and not runs_into_next_line(items, i, items[i].text)
    )


def _lost_indent(
    items: list[Item], i: int, column: float, indent: float = INDENT, pushed_short: bool = True
) -> bool:
    """A paragraph's first line: as much short of the column as the indent (none where paragraphs
    are set flush), with no half-width character to have shortened it (nor spread out to fill
    it), and a full line or the paragraph's end after it, whose opening was not pushed down to it.
    `pushed_short`: whether a closing mark opening the next line may have left the line short by
    more than the one character pushed down with it (a setter may push down a word)."""
    text = items[i].text
    if ends_sentence(text) or HALF_WIDTH.search(text) or is_letter_spaced(text):
        return False
    if not _sets_to(text, column - indent):
        return False
    after = neighbour(items, i, +1)
    if after is None or items[after].kind != BODY:
        return False
    pushed = PUSHED_DOWN.match(items[after].text) is not None
    if pushed and (pushed_short or column - display_width(text) <= PUSHED_DOWN_WIDTH):
        return False
    following = items[after].text
    return ends_sentence(following) or _sets_to(following, column) or _pushed_short(items, after, column)


def _pushed_short(items: list[Item], i: int, column: float) -> bool:
    """Line i is full but for a character pushed down to the next line with the closing mark no
    line may open with ("…有的机柜闲" / "置，有的…"): a narrow column's lines often stop so short."""
    after = neighbour(items, i, +1)
    short = column - display_width(items[i].text)
    return (
        0.0 < short <= PUSHED_DOWN_WIDTH
        and after is not None
        and items[after].kind == BODY
        and PUSHED_DOWN.match(items[after].text) is not None
    )


def _first_line_indent(run: int, i: int, settings: list[tuple[int, int, int]], reach: int = 40) -> float:
    """How much shorter than the column a paragraph's first line is set around line i: most papers
    indent it (the extractor loses the indent), some set paragraphs flush. The first lines of
    the same run of text near it tell which (see `_first_line_settings`)."""
    lo = bisect.bisect_left(settings, (run, i - reach, -1))
    hi = bisect.bisect_right(settings, (run, i + reach, +1))
    told = [setting for _, j, setting in settings[lo:hi] if j != i]
    flush, indented = told.count(+1), told.count(-1)
    return 0.0 if flush > max(1, indented) else INDENT


def _first_line_settings(items: list[Item], runs: list[int]) -> list[tuple[int, int, int]]:
    """The lines that follow a paragraph's certain end (a line closing a sentence well short of
    the column) and hold a comma, so are text and no subheading, by run and place: +1 where one
    is as wide as the lines below it (set flush), -1 where it is short of them by the indent.
    Each is measured against the lines below it alone, as two articles of different widths may
    meet with nothing between."""
    setting = []
    last = None  # the line read last past what floats: each line's `neighbour` above, kept as read
    for j, item in enumerate(items):
        if item.kind in FLOATING:
            continue
        above, last = last, j
        if item.kind != BODY:
            continue
        # asked first: most lines go on with a sentence
        if above is None or items[above].kind != BODY or not ends_sentence(items[above].text):
            continue
        if not holds_prose_mark(item.text) or not _measures_column(item.text):
            continue
        column = _full_width_below(items, j)
        if column is None or display_width(items[above].text) > column - INDENT:
            continue  # a line a character short may close a sentence and go on with its paragraph
        # a line of much punctuation, squeezed, holds a character or two more than the column
        width = display_width(item.text)
        if not item.indented and width - squeezable(item.text) >= column - FULL:
            setting.append((runs[j], j, +1))
        elif item.indented or abs(column - INDENT - width) <= 1.0:
            setting.append((runs[j], j, -1))
    return setting


def _full_width_below(items: list[Item], i: int, reach: int = 3) -> float | None:
    """The median width of the next few lines of line i's paragraph that fill their column."""
    widths = []
    j = neighbour(items, i, +1)
    while j is not None and items[j].kind == BODY and len(widths) < reach:
        if ends_sentence(items[j].text):
            break
        if _measures_column(items[j].text):
            widths.append(display_width(items[j].text))
        j = neighbour(items, j, +1)
    return statistics.median(widths) if len(widths) >= 2 else None


def _measures_column(text: str) -> bool:
    """A half-width character narrows a line, and letter-spacing widens one, by unknown amounts."""
    return not HALF_WIDTH.search(text) and not is_letter_spaced(text)


def _stacks_on_headline(items: list[Item], i: int, reach: int = 6) -> bool:
    """A line under a headline is the title under its kicker, or a subtitle, when the line
    after it lost its indent (a paragraph begins there, not here), and it holds no clause
    and no word running on into that line."""
    after = neighbour(items, i, +1)
    if (
        after is None
        or items[after].kind != BODY
        or ends_paragraph(items[after])
        or opens_article(items[after])
        or holds_clause(items[i].text)
    ):
        return False
    column = _column_below(items, after, reach)
    return (
        column is not None
        and display_width(items[after].text) <= column - 1.5
        and not runs_into_next_line(items, i, items[i].text)
    )


def _over_kept_indent(items: list[Item], i: int) -> bool:
    """ "氢能产业观察" / "光谷氢能“一条链”如何拉长" / "园区去年氢能产业产值增长五成" / "　　一辆…": a
    line under a headline, closing no sentence and holding no clause, over a line opening with the
    indent the extractor kept, is no text: the paragraph opens below it, and none ends without
    closing its sentence. It is the headline's subtitle, or its title under a kicker."""
    after = neighbour(items, i, +1)
    return (
        after is not None
        and items[after].kind == BODY
        and items[after].paragraph_indent
        and not holds_clause(items[i].text)
    )


def _over_whole_paragraph(items: list[Item], i: int) -> bool:
    """ "【优化营商环境】" / "盐碱地上大豆丰收" / "近日，…（the whole paragraph）": where the extractor
    writes each paragraph whole on one line (Umi-OCR's 按自然段换行), a line wider than any column
    opens its paragraph as a kept indent does, and no line of text runs on into it: a line under a
    headline over it, holding no clause, is the headline's title or subtitle. A list's item
    ("1.某某有限公司") over it is the text's own."""
    after, above = neighbour(items, i, +1), neighbour(items, i, -1)
    if after is None or items[after].kind != BODY or holds_clause(items[i].text):
        return False
    if above is not None and items[above].lines[-1].heading:
        return False  # a Markdown export marks a deck's headings: a plain line under one is its text's
    return LIST_ITEM.match(items[i].text) is None and display_width(items[after].text) > WHOLE_PARAGRAPH


def _measure_changes(items: list[Item], i: int, reach: int = 3) -> bool:
    """The text above line i is set to another measure than the text below it: a story above
    has ended, and line i heads the one below (a commentary set narrower, say)."""
    above = _text_column(items, i, -1, reach, least=reach)
    below = _text_column(items, i, +1, reach, least=reach)
    return above is not None and below is not None and abs(above - below) > OTHER_MEASURE


def _opens_paragraph_below(items: list[Item], i: int, width: float, indent: float, reach: int = 6) -> bool:
    """The first line of a paragraph, in a column of another width than the lines above it (a
    new article begun with nothing between): it runs on into the next line, and it is as wide
    as the column below less the lost indent, or breaks off a clause early (a Latin word or a
    quote pushed to the next line)."""
    after = neighbour(items, i, +1)
    if after is None or items[after].kind != BODY or opens_article(items[after]):
        return False
    column = _column_below(items, i, reach)
    if column is None:
        return False
    return abs(width + indent - column) <= 1.0 or indent < column - width < 6 and holds_clause(items[i].text)


def _fills_column_below(items: list[Item], i: int, width: float, reach: int = 6) -> bool:
    """A full line of the wider column below, though the column measured around it takes in a
    narrower article above: a line after a closed sentence that runs on into the next."""
    after = neighbour(items, i, +1)
    if after is None or items[after].kind != BODY or opens_article(items[after]):
        return False
    column = _column_below(items, i, reach)
    return column is not None and abs(width - column) <= 1.0 and holds_clause(items[i].text)


def _column_below(items: list[Item], i: int, reach: int) -> float | None:
    """The median mid-paragraph width of the body lines following line i."""
    return _column_beside(items, i, reach, +1)


def _column_beside(items: list[Item], i: int, reach: int, step: int) -> float | None:
    """The median mid-paragraph width of the body lines next to line i, in the direction of step."""
    widths = []
    while len(widths) < reach:
        i = neighbour(items, i, step)
        if i is None or items[i].kind != BODY:
            break
        width = mid_paragraph_width(items[i].text)
        if width is not None:
            widths.append(width)
    return statistics.median(widths) if len(widths) >= 3 else None


def _headed_box_inside_sentence(items: list[Item], i: int, width: float, column: float) -> bool:
    """A line well short of the column, holding no clause and closing no sentence, that reads as
    a title by itself (a park's name opening it, or its phrases parted as a title's are), over a
    paragraph's first line (set in, or opening with a dateline): no line of a paragraph stops
    so, for its last line closes a sentence. Though the line above runs on, it is a headline: a
    box set inside a story, its text breaking off mid-sentence above it and going on after it."""
    text = items[i].text
    if width >= column - SHORT_LINE or holds_clause(text) or ends_sentence(text) or NAMES_PAGE.search(text):
        return False  # a jump line ("◀续第7版") read in the text is its own note, no headline
    after = neighbour(items, i, +1)
    if after is None or items[after].kind != BODY:
        return False
    below = items[after]
    return (below.indented or opens_article(below)) and _titles_alone(text)


def _continues_above(items: list[Item], i: int) -> bool:
    """The line above is text that runs on into this one: no sentence closed, no table's row of
    figures (a data box's row is a paragraph of its own, closed without a mark)."""
    before = neighbour(items, i, -1)
    return (
        before is not None
        and items[before].kind == BODY
        and not ends_paragraph(items[before])
        and not figures_row(items[before].text)
    )


def _paragraph_ended(items: list[Item], before: int | None, column: float) -> bool:
    """Where a paragraph must start next: at the top of the page, after a byline, author or
    caption, or after a short line closing a sentence."""
    if before is None:
        return True
    item = items[before]
    if item.kind != BODY:
        return item.kind in (BYLINE, AUTHOR, CAPTION)
    if item.ends_article:
        return True
    width = display_width(item.text)
    if not ends_sentence(item.text) or width >= column - 1.0:
        return False
    # a paragraph's first line as wide as the column less its lost indent may go on below
    return width < column - 2.5 or not _opens_paragraph_after(items, before)


def _opens_paragraph_after(items: list[Item], i: int) -> bool:
    before = neighbour(items, i, -1)
    return before is None or items[before].kind != BODY or ends_paragraph(items[before])
