"""Cutting the reading flow into article bodies: hard boundaries, column changes and changes of subject."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from ..language import gazetteer, names
from ..language.text import (
    CLOSERS,
    display_width,
    ends_sentence,
    is_letter_spaced,
    leaves_bracket_open,
    mid_paragraph_width,
    opens_editor_preface,
    squeeze,
)
from . import flow
from .article import COLUMN_BY_WHOM, GENRE
from .captions import CAPTION_TEXT_MAX, SENTENCE_CLOSE, ends_with_credit
from .flow import (
    Paragraph,
    Segment,
    body_lines,
    flow_index,
    flow_neighbour,
    flow_text,
    join_ends,
    main_park,
    parks_around_breaks,
    parks_named,
)
from .items import (
    AUTHOR,
    BODY,
    BYLINE,
    CAPTION,
    CLAUSE_MARK,
    DEFAULT_COLUMN,
    FURNITURE,
    HEADING_BULLET,
    HEADLINE,
    JUMP,
    LATER_CIRCLED_NUMBER,
    LIST_ITEM,
    ORNAMENT,
    PHOTO_SHOWS,
    POINTER,
    QUESTIONERS,
    SECTION_NUMBER,
    Item,
    closes_with_note,
    holds_clause,
    holds_han,
    interview_turn,
    neighbour,
    opens_article,
    opens_with_dateline,
    opens_with_park,
    reaches_edge,
    runs_on,
    runs_on_across,
    set_centred,
    speaker,
    word_across,
)
from .layout import ENCLOSED, OTHER_MEASURE, printed_mark, set_alike
from .lines import INDENT
from .marks import (
    CONTENTS_BULLETS,
    coda_label,
    comment_label,
    is_rule,
    opener_label,
    record_header,
    sidebar_label,
)
from .paragraphs import find_paragraphs, full_width, width_change, width_changes


def cut_flow(items: list[Item]) -> tuple[list[Segment], list[Item]]:
    """Body segments between hard boundaries; everything else is loose for now."""
    segments: list[Segment] = []
    loose: list[Item] = []
    current: Segment | None = None
    parted_by = flow.PAGE_START  # the last thing printed since the text above, for the evidence
    for i, item in enumerate(items):
        if item.kind == HEADLINE and _opens_text_under_subheading(items, i):
            item.kind = BODY
    for i, item in enumerate(items):
        if current is not None and _beside_first_column(items, i, current):
            item.kind = HEADLINE  # its own headline box, read in after the first lines of its column
            loose.append(item)
        elif item.kind in (BODY, HEADLINE) and current is None and _notes_story_above(items, i, segments):
            item.kind = BODY  # a note on its figures, set under its writers' names: no title however set
            segments[-1].parts.append(item)
        elif item.kind == HEADLINE and current is not None and _notes_text_above(items, i):
            item.kind = BODY  # a note on the figures, closing the text: set apart, no headline still
            current.parts.append(item)
        elif item.kind in (BODY, HEADLINE) and current is None and _note_runs_on(items, i, segments):
            item.kind = BODY  # the note's next column line, that closes it
            segments[-1].parts.append(item)
        elif item.kind == BODY:
            if current is None or item.starts_article:
                dateline = opens_with_dateline(item.text)
                continued = item.starts_article and not dateline and not _titled_at_jump(items, i)
                current = Segment(parts=[], continued=continued)
                if item.starts_article:
                    parted_by = flow.DATELINE if dateline else flow.JUMP
                current.start = parted_by
                if segments and not segments[-1].end:
                    segments[-1].end = current.start
                segments.append(current)
            current.parts.append(item)
            if item.ends_article:  # a jump line, or a trailing author (which follows and says so)
                current.end, parted_by, current = flow.JUMP, flow.PREVIOUS_END, None
        elif item.kind == HEADLINE and item.starts_article:  # a tail's subheading, under its jump line
            current = Segment(parts=[item], continued=True, start=flow.JUMP)
            if segments and not segments[-1].end:
                segments[-1].end = current.start
            segments.append(current)
        elif _subheading_over_jump(item) and current is not None:
            current.parts.append(item)  # a subheading over a section continued on another page
            current.end, parted_by, current = flow.JUMP, flow.PREVIOUS_END, None
        elif item.kind == HEADLINE and opener_label(item.text):
            # the note opening a new column's text: the story under the headlines above starts here
            current = Segment(parts=[item], start=flow.DATELINE)
            if segments and not segments[-1].end:
                segments[-1].end = current.start
            segments.append(current)
        elif sidebar_label(item) and segments and segments[-1].parts[-1].continues_in_column:
            # the story above goes on in another column: the box after its jump line is another's
            current = Segment(parts=[item], start=flow.JUMP)
            segments.append(current)
        elif sidebar_label(item) and segments and not _column_logo(items, i, current, segments[-1]):
            current = _reopen_for_sidebar(segments[-1], item)
        elif comment_label(item) and not _over_headline(items, i):
            # a column's logo over a story whose title the reader wrote among its lines: no title
            # itself, and the story above ends at it
            item.kind = FURNITURE
            loose.append(item)
            if current is not None:
                parted_by, current = flow.HEADLINE_MARK, None
        elif item.kind == BYLINE and current is not None and _under_sidebar_label(current):
            # the box's own byline ("□X") names one of the article's writers; its text goes on below
            current.authors.append(item)
        elif item.kind == HEADLINE and current is not None and _line_of_the_text(items, i):
            item.kind = BODY  # a line of the text taken for a headline: the text runs through it
            current.parts.append(item)
        elif item.kind in (HEADLINE, BYLINE) and current is not None and _cuts_into_sentence(items, i):
            loose.append(item)  # set across the columns, read after the first: the text goes on
        elif (
            item.kind == HEADLINE
            and current is not None
            and _inside_flow(items, i)
            and not _in_sidebar(current)
        ):
            current.parts.append(item)  # a subheading, or a boundary decided by subject below
        elif item.kind == AUTHOR and segments:
            (current or segments[-1]).authors.append(item)
            segments[-1].end, parted_by, current = flow.AUTHOR, flow.PREVIOUS_END, None
        elif item.kind == CAPTION and current is not None and _closes_photo_item(items, i, current):
            loose.append(item)
            current.end, parted_by, current = flow.PHOTO, flow.PREVIOUS_END, None
        elif item.kind in (CAPTION, FURNITURE):
            loose.append(item)  # floats: does not interrupt the text around it
        else:
            loose.append(item)
            parted_by = flow.HEADLINE_MARK if item.kind == HEADLINE else flow.BYLINE_MARK
            current = None
    for seg in segments:
        while seg.parts and seg.parts[-1].kind == HEADLINE and not _subheading_over_jump(seg.parts[-1]):
            # a trailing candidate is not inside (unless a jump line carries its section on)
            loose.append(seg.parts.pop())
    return [seg for seg in segments if seg.parts], loose  # a tail's headline over no text opens none


def _notes_story_above(items: list[Item], i: int, segments: list[Segment]) -> bool:
    """A note on where the figures came from, right under the names closing the story above (a
    trailing author's line, or the names run on at its last paragraph's end): the story's own."""
    if not segments or not closes_with_note(items[i].text):
        return False
    above = items[i - 1]
    return above.kind == AUTHOR or above.kind == BODY and above.ends_article and not above.continues_on


def _notes_text_above(items: list[Item], i: int) -> bool:
    """A note on where the figures came from, right under a paragraph's closing sentence."""
    above = items[i - 1]
    return closes_with_note(items[i].text) and above.kind == BODY and ends_sentence(above.text)


NOTE_LINES = 3  # column lines of a note on a story's figures, at the most


def _note_runs_on(items: list[Item], i: int, segments: list[Segment]) -> bool:
    """The line under a note's unclosed line (its sentence or bracket not closed yet), opening no
    paragraph of its own: the note broken over column lines goes on there."""
    item = items[i]
    if not segments or item.paragraph_indent or item.starts_article:
        return False
    if segments[-1].parts[-1] is not items[i - 1]:
        return False
    lines = segments[-1].parts[-NOTE_LINES:]
    opening = next((k for k in range(len(lines) - 1, -1, -1) if closes_with_note(lines[k].text)), None)
    if opening is None:
        return False
    note = "".join(squeeze(line.text) for line in lines[opening:])
    return not ends_sentence(note) and note[-1] not in "）)"


def _subheading_over_jump(item: Item) -> bool:
    """A subheading set centred over a jump line (下转): its section goes on on another page."""
    return item.kind == HEADLINE and item.ends_article and set_centred(item)


# A headline box set beside an article's first column is read after that column's lines: a
# column runs a dozen lines or so beside a box
BOX_DEPTH = 14
BOX_MEASURE = 1.0  # how far off the column a headline's line runs, at the least, set to its own measure
BOX_TITLE = 6  # characters of a title, at the least (fewer are a fragment of a sentence as often)
FIT = 0.5  # how far short of the column a line and the next word may fall: their widths are measured
# A line's first word, that no column breaks: a run of digits or Latin letters, or an opening mark
# and the character it opens on
LEADING_WORD = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ.%．％]+|[“‘「『（(《【]?.?")
# How much of a headline's wording its lead has already said: a title restates the news the lead
# tells, word for word in good part; a line of the text says something new
ECHO = 0.6
RESTATED = 0.8  # a title opening with its park's name that says again what the lead said, near enough


def _beside_first_column(items: list[Item], i: int, current: Segment) -> bool:
    """A text opening with its dateline (本报…) with no headline printed over it had its headline
    box set beside its first column, and the box is read after that column's first lines: the
    line there, holding no clause, that says again in good part what the text above it said is
    the article's headline, wherever it falls (between two lines of one sentence, say)."""
    item = items[i]
    if item.kind not in (BODY, HEADLINE) or item.starts_article or current.start != flow.DATELINE:
        return False
    if len(current.parts) > BOX_DEPTH or any(part.kind != BODY for part in current.parts):
        return False  # past the first column, or a headline found in it already
    if item.kind == HEADLINE and _under_box_line(items, i, current) and not sidebar_label(item):
        return True  # the box's next line: its subtitle, say (a box's label heads a box of its own)
    text = squeeze(item.text).replace(" ", "")
    if CLAUSE_MARK.search(text) or ends_sentence(text) or not holds_han(text, BOX_TITLE):
        return False
    echo = _echoes(text, current.text)
    if echo < ECHO or _runs_into_text(items, i) or _names_another_park_than_lead(text, current.text):
        return False
    if not _set_apart(items, i) and not (echo >= RESTATED and opens_with_park(text)):
        return False  # a line of the text's own measure: only a title all but word for word is one
    first = items.index(current.parts[0])
    return _headless(items, first) or _under_rubric(items, first, current.text)


# Han characters of a column's or a campaign's logo set over a story, at the most ("数字经济",
# "县域经济·园区", "基层一线 蹲点日记", a campaign's over a column's: "新春走基层 回音壁·问政")
RUBRIC_MAX = 10
# How much of the lead a logo's words say, at the most: a column's name tells what kind of story
# runs under it, never its news
RUBRIC_ECHO = 0.25


def _under_rubric(items: list[Item], first: int, text: str) -> bool:
    """Over the text stands no headline but a column's logo: a few words that say nothing of
    what the lead says, and no byline. The story's own headline, set beside its first column,
    is still to come."""
    above = flow_neighbour(items, first, -1, CAPTION)
    if above is None or above.kind != HEADLINE:
        return False
    logo = squeeze(above.text).replace(" ", "").replace("\n", "")
    return not holds_han(logo, RUBRIC_MAX + 1) and _echoes(logo, text) <= RUBRIC_ECHO


def _names_another_park_than_lead(line: str, text: str) -> bool:
    """The line names parks, none of them the one the text names first (its lead's, which names
    its park at once): another article's title or subheading, read on into this text."""
    named, opening = set(parks_named(line)), gazetteer.find(text)
    return bool(named) and bool(opening) and opening[0][0].official not in named


def _under_box_line(items: list[Item], i: int, current: Segment) -> bool:
    """Straight under a headline taken out of the text's first lines (no line of the text
    between), a headline is of the same box."""
    above = flow_neighbour(items, i, -1, CAPTION)
    return (
        above is not None
        and above.kind == HEADLINE
        and bool(current.parts)
        and all(part is not above for part in current.parts)
    )


def _set_apart(items: list[Item], i: int) -> bool:
    """The item is set apart from the text's column: seen as a headline already, spread out letter
    by letter as a title is, or a line a text's line cannot be: one of a paragraph that goes on
    below it fills the column (a first line all but the indent), this one runs well short of it
    or past it; or the line above breaks off a word the line below finishes, across it."""
    item = items[i]
    if item.kind == HEADLINE or is_letter_spaced(item.text):
        return True
    above, below = _flow_body(items, i, -1), _flow_body(items, i, +1)
    if above is None or below is None:
        return False
    column = full_width(_body_run(items, above, -1) + _body_run(items, below, +1))
    if column is None:
        return False
    upper, lower = squeeze(items[above].text), squeeze(items[below].text)
    indent = INDENT if ends_sentence(upper) else 0.0
    width = display_width(item.text)
    # a text's line breaks only where the next line's first word would not have fitted on it
    short = display_width(item.text + _first_word(lower)) < column - indent - FIT
    return short or width > column + BOX_MEASURE or runs_on(upper, lower)


def _first_word(line: str) -> str:
    found = LEADING_WORD.match(line)
    return found.group() if found else ""


def _runs_into_text(items: list[Item], i: int) -> bool:
    """The body line above runs on into the item, or the item into the body line below: a word,
    a figure's count or a quotation goes on across the break, as it never does out of a headline."""
    lines = [squeeze(line.text) for line in items[i].lines]
    above, below = _flow_body(items, i, -1), _flow_body(items, i, +1)
    return (above is not None and runs_on(squeeze(items[above].text), lines[0])) or (
        below is not None and runs_on(lines[-1], squeeze(items[below].text))
    )


def _headless(items: list[Item], first: int) -> bool:
    """No headline or byline is printed over the text's first line."""
    above = flow_neighbour(items, first, -1, CAPTION)
    return above is None or above.kind not in (HEADLINE, BYLINE)


def _echoes(line: str, text: str) -> float:
    """The share of the line's pairs of adjacent characters that the text holds."""
    pairs = [line[k : k + 2] for k in range(len(line) - 1)]
    return sum(pair in text for pair in pairs) / len(pairs) if pairs else 0.0


def _titled_at_jump(items: list[Item], i: int) -> bool:
    return _titled_over_jump(items, i) or _titled_under_jump(items, i)


def _titled_under_jump(items: list[Item], i: int) -> bool:
    """The text carried on here printed under its title repeated under the jump line
    (（上接第1版） / title / byline / text): a part with a title of its own."""
    k = i - 1
    if k < 0:
        return False  # the page opens on the text: nothing printed over it
    while k > 0 and items[k].kind in (BYLINE, FURNITURE) and not JUMP.fullmatch(items[k].text):
        k -= 1
    if items[k].kind != HEADLINE:
        return False
    while k > 0 and items[k].kind == HEADLINE:
        k -= 1
    return items[k].kind == FURNITURE and JUMP.fullmatch(items[k].text) is not None


def _titled_over_jump(items: list[Item], i: int) -> bool:
    """The text opened by a jump line (（接第N版）) printed under its own headline and byline: the
    part continued here has its title here, repeated, as a story's part printed at the top of a
    page is; not a nameless tail whose headline is on the other page. A headline right over the
    jump line may be another story's, printed in a cluster of headlines; a byline under it is
    the signed head of the text below."""
    k = i - 2
    if k < 1 or items[k + 1].kind != FURNITURE or not JUMP.fullmatch(items[k + 1].text):
        return False
    if items[k].kind != BYLINE:
        return False
    while k > 0 and items[k].kind == BYLINE:
        k -= 1
    return items[k].kind == HEADLINE


def _reopen_for_sidebar(seg: Segment, label: Item) -> Segment:
    """A sidebar is printed after the text it goes with, past the author who closed that text:
    its label and its text go on in that article, a heading and its paragraphs."""
    seg.parts.append(label)
    seg.end = ""
    return seg


TITLE_LINES_WRITTEN_AS_TEXT = 2  # a title and its subtitle


def _column_logo(items: list[Item], i: int, current: Segment | None, above: Segment) -> bool:
    """A comment's label (记者观察, 短评) heads an inset inside a story, or a box printed after it, as
    any box's label does. Over a headline, or past the credit that closed the story above and over
    a story's opening (a title the reader wrote among the text's lines, a lead), it is the logo of
    a column of comment instead, over a story of its own."""
    if not comment_label(items[i]):
        return False
    if _over_headline(items, i):
        return True
    last = above.parts[-1]
    if last.continues_on or last.continues_in_column:  # the story goes on on another page
        return False
    if i > 0 and is_rule(items[i - 1]):  # a rule drawn over it parts it from the story above
        return True
    if current is None and above.end in (flow.JUMP, flow.AUTHOR):  # a loose headline closes none
        return _over_story_opening(items, i)
    # a story closed on its last sentence, no credit under it: only a title plainly a title's line
    return ends_sentence(last.text) and _unclosed_title_over_its_headline(items, i)


def _over_headline(items: list[Item], i: int) -> bool:
    below = neighbour(items, i, +1)
    return below is not None and items[below].kind == HEADLINE


def _over_story_opening(items: list[Item], i: int) -> bool:
    """The line under the label reads as a title (or stands over a headline's other line or a
    byline, as a title the reader wrote as text does), or as a lead: on a dateline, or on the park
    the story is about, where a comment remarks on what the story told."""
    below = neighbour(items, i, +1)
    if below is None or items[below].kind != BODY:
        return False
    if items[below].title_like or opens_article(items[below]) or opens_with_park(items[below].text):
        return True
    return _over_headline_or_byline(items, below)


def _unclosed_title_over_its_headline(items: list[Item], i: int) -> bool:
    """The line or two under the label close no sentence and stand over a headline's other line, a
    byline or a dateline: a title (and subtitle) the reader wrote as text, where an inset's first
    lines would run on in its text."""
    below = neighbour(items, i, +1)
    for _ in range(TITLE_LINES_WRITTEN_AS_TEXT):
        if below is None or items[below].kind != BODY or ends_sentence(items[below].text):
            return False
        under = neighbour(items, below, +1)
        if under is not None and (items[under].kind in (HEADLINE, BYLINE) or opens_article(items[under])):
            return True
        below = under
    return False


def _over_headline_or_byline(items: list[Item], i: int) -> bool:
    under = neighbour(items, i, +1)
    return under is not None and items[under].kind in (HEADLINE, BYLINE)


def _under_sidebar_label(seg: Segment) -> bool:
    return bool(seg.parts) and sidebar_label(seg.parts[-1])


def _in_sidebar(seg: Segment) -> bool:
    """The text runs in a sidebar signed by its writer under its label ("□X"): such a box closes its
    story and holds no subheading, so a headline after its text opens the next story."""
    signed = any(author.kind == BYLINE for author in seg.authors)
    return signed and any(sidebar_label(part) for part in seg.parts)


# A photo item's text is a few sentences, a caption for a photo set large; an article's photo
# is printed among its columns, and read between two of them
PHOTO_TEXT = 160


def _closes_photo_item(items: list[Item], i: int, seg: Segment) -> bool:
    """A caption telling what a photo shows (图为…) read straight after the last sentence of a
    text of a few sentences: a photo item's, which runs on into its caption. Unless the text
    read after the caption goes on about the same park, or names none: a story's photo set
    between its lead and the rest of its text, the rest telling more of the same news."""
    body = [part for part in seg.parts if part.kind == BODY]
    return (
        items[i].text.startswith(PHOTO_SHOWS)
        and bool(body)
        and body[-1] is seg.parts[-1]
        and ends_sentence(body[-1].text)
        and sum(len(squeeze(part.text)) for part in body) <= PHOTO_TEXT
        and not _same_story_below(items, i, flow_text([Paragraph(body)]))
    )


PHOTO_STORY_LINES = 8  # lines read after a photo's caption to tell whose text they are


def _same_story_below(items: list[Item], i: int, text_above: str) -> bool:
    """The lines right after a caption are a body's, opening no article, and name no park the
    text above does not (no park at all, in a story that says 园区 after its lead)."""
    below: list[Item] = []
    j = flow_index(items, i, +1, CAPTION)
    while j is not None and items[j].kind == BODY and len(below) < PHOTO_STORY_LINES:
        if opens_article(items[j]) or below and below[-1].ends_article:
            break
        below.append(items[j])
        j = flow_index(items, j, +1, CAPTION)
    if not below:
        return False
    return not set(parks_named(flow_text([Paragraph(below)]))) - set(parks_named(text_above))


def _cuts_into_sentence(items: list[Item], i: int) -> bool:
    """A headline (with its byline) printed across several columns is read after the text of
    the first, wherever that column breaks off: after a full line mid-sentence, where no
    subheading and no article's end stands, before a line that goes on with the sentence (full,
    or closing it; not one opening a paragraph), so the text on both sides is one. A paragraph's
    first line, written with its indent or opening with the dateline (its indent lost), is full
    at the column less the indent. Lines of text taken for a headline run on from the text
    around them, as no headline does ("…襄阳高新" / "区已有…转" / "型项目…")."""
    j, k = _flow_body(items, i, -1), _flow_body(items, i, +1)
    if j is None or k is None or items[k].starts_article:
        return False
    before, after = items[j], items[k]
    if items[i].kind == BYLINE and leaves_bracket_open(before.text):
        return False  # inside the bracket a dateline opened ("（记者 X" / "通讯员 Y" / "Z）…"): its credit
    column = full_width(_body_run(items, j - 1, -1) + _body_run(items, k + 1, +1))
    if column is None:
        return _word_broken_across(items, i, j, k)
    indent = INDENT if before.paragraph_indent or opens_article(before) else 0.0
    return (
        not before.ends_article
        and not before.lines[-1].box_row  # a 数读 box's row closes its paragraph, however wide
        and not ends_sentence(before.text)
        and reaches_edge(before.text, column - indent)
        and not after.paragraph_indent  # written with its indent, it opens a paragraph
        and _goes_on(before, after, column)
        and not _runs_through(items, i, j, k)
    )


def _word_broken_across(items: list[Item], i: int, j: int, k: int) -> bool:
    """Where each paragraph is written on one line there is no column to tell a line broken off
    at its edge: the text on both sides of item i is one where the line above breaks off inside
    a word (or a count, or a quotation) that the line below finishes, and neither end of the
    item takes it up ("…耐盐碱小麦试" / "盐碱地上麦浪翻滚" / "验田迎来收获。…")."""
    before, after = items[j], items[k]
    if before.ends_article or ends_sentence(before.text) or after.paragraph_indent:
        return False
    head = [squeeze(line.text) for line in items[i].lines]
    return runs_on_across(squeeze(before.text), head, squeeze(after.text))


def _line_of_the_text(items: list[Item], i: int) -> bool:
    """A single line read as a headline that the body line right above runs on into and that
    runs on into the body line right below ("…该企" / "业紫外LED芯片产品主" / "要用于…")."""
    j, k = flow_index(items, i, -1, CAPTION), flow_index(items, i, +1, CAPTION)
    if len(items[i].lines) != 1 or j is None or k is None or not all(items[n].kind == BODY for n in (j, k)):
        return False
    return not ends_sentence(items[j].text) and _runs_through(items, i, j, k)


def _opens_text_under_subheading(items: list[Item], i: int) -> bool:
    """A single line read as a headline right under a short one-line subheading that follows the end of
    a sentence (a headline read in where a column breaks off may follow any line), set to the
    column less its indent (and no wider than the column) over full text, is the first line of
    the subheading's paragraph ("①育种攻关" / "示范区联合…作物种质" / "资源库，…"): a title
    is set in its own type, not to the measure of the text under it. A column's logo
    ("读者热线") heads a story, never a section: the line under it is the story's title."""
    j, k = flow_index(items, i, -1, CAPTION), flow_index(items, i, +1, CAPTION)
    if len(items[i].lines) != 1 or j is None or k is None or items[j].kind != HEADLINE:
        return False
    if COLUMN_BY_WHOM.fullmatch(squeeze(items[j].text)):
        return False
    if len(items[j].lines) != 1 or not _may_open_section(items, j):
        return False
    after = items[k]
    if after.kind != BODY or after.starts_article or after.paragraph_indent:
        return False
    column = full_width(_body_run(items, k, +1)) or _column_above(items, j)
    text = items[i].text
    if column is None or ends_sentence(text) or not _goes_on_full(after, column):
        return False
    # a tail's opening subheading is as long as its characters, however far they are spaced out
    subheading = squeeze(items[j].text) if items[j].continued else items[j].text
    return (
        not reaches_edge(subheading, column - INDENT)  # a line that full is text read as a head
        and reaches_edge(text, column - INDENT)
        and display_width(text) <= column + 1.0
    )


def _column_above(items: list[Item], j: int) -> float | None:
    """The column of the text above headline j: a section's last line or two, closing its
    sentence, fill no column to measure, and the section above was set to the same."""
    above = flow_index(items, j, -1, CAPTION)
    return full_width(_body_run(items, above, -1)) if above is not None else None


def _may_open_section(items: list[Item], j: int) -> bool:
    """Headline j stands where a section may open: after a closed sentence, or first under the
    jump line of a text continued from another page (its story's headline is on that page)."""
    if items[j].starts_article:
        return True
    above = flow_neighbour(items, j, -1, CAPTION)
    return above is not None and above.kind == BODY and ends_sentence(above.text)


def _runs_through(items: list[Item], i: int, j: int, k: int) -> bool:
    """The body line j right above item i runs on into its first line, and its last line into the
    body line k right below it. (A headline group may take in a line of text at one end only.)"""
    lines = [squeeze(line.text) for line in items[i].lines]
    first, last = lines[0], lines[-1]
    above = flow_index(items, i, -1, CAPTION) == j and runs_on(squeeze(items[j].text), first)
    return above and flow_index(items, i, +1, CAPTION) == k and runs_on(last, squeeze(items[k].text))


def _goes_on(before: Item, line: Item, column: float) -> bool:
    """The line goes on with the sentence the line before left open: it runs full (spread out
    to fill, or its digits set wider than written, if need be) or closes it, or it finishes the
    word or the quotation the line before left open ("…精密锻" / "造、数控…"), which no
    paragraph's first line does."""
    if reaches_edge(line.text, column) or ends_sentence(line.text):
        return True
    return runs_on(squeeze(before.text), squeeze(line.text))


def _goes_on_full(line: Item, column: float) -> bool:
    """A line going on with a sentence from the line before runs full, or closes it: one short
    by an indent (lost or not) opens a paragraph."""
    return display_width(line.text) >= column - 1.0 or ends_sentence(line.text)


def _flow_body(items: list[Item], i: int, step: int) -> int | None:
    """The nearest body line past the headlines, bylines, captions and furniture around item i."""
    j = flow_index(items, i, step, HEADLINE, BYLINE, CAPTION)
    return j if j is not None and items[j].kind == BODY else None


def _body_run(items: list[Item], j: int, step: int, reach: int = 8) -> list[Item]:
    """Up to `reach` body lines from line j on, in the direction of `step`, while the body runs:
    to the next article's first line, or from the last line of the one above."""
    run = []
    while 0 <= j < len(items) and items[j].kind == BODY and len(run) < reach:
        if items[j].starts_article if step > 0 else items[j].ends_article:
            break
        run.append(items[j])
        j += step
    return run


def _inside_flow(items: list[Item], i: int) -> bool:
    """A lone headline with body text on both sides may be a subheading (a strip's name titles
    an article of its own)."""
    before, after = flow_neighbour(items, i, -1, CAPTION), flow_neighbour(items, i, +1, CAPTION)
    return (
        not items[i].lines[0].strip_name
        and not _beside_photo(items, i)
        and before is not None
        and before.kind == BODY
        and not before.ends_article
        and after is not None
        and after.kind == BODY
        and not after.starts_article
    )


def _beside_photo(items: list[Item], i: int) -> bool:
    """A headline printed against a caption telling what a photo shows ("图为…"), or right under a
    photo its own story's reporter took, is displayed with the photo, as an article's is: a
    subheading runs in its text, where no photo breaks in."""
    above, below = flow_neighbour(items, i, -1), flow_neighbour(items, i, 1)
    if above is not None and above.kind == CAPTION and _taken_by_its_reporter(items, i, above):
        return True
    shows = (item for item in (above, below) if item is not None and item.kind == CAPTION)
    return any(item.text.startswith(PHOTO_SHOWS) for item in shows)


def _taken_by_its_reporter(items: list[Item], i: int, caption: Item) -> bool:
    """The credit closing the text under the headline names the photographer the caption credits:
    the reporter who wrote the story took its photo, printed over its headline."""
    if not ends_with_credit(caption.text):
        return False
    for item in items[i + 1 :]:
        if item.kind == HEADLINE:
            return False
        if item.kind == AUTHOR:
            credited = squeeze(caption.text)
            return any(author.name and author.name in credited for author in names.byline_authors(item.text))
    return False


HARD_ENDS = (flow.AUTHOR, flow.JUMP, flow.PHOTO)  # what closes an article for certain
SAME_COLUMN = 1.5  # two pieces of one article's text are set in the same width, to an em or so
COLUMN_LINES = 6  # the lines above a break that show the column it broke off in


def rejoin_jumped_tails(segments: list[Segment]) -> list[Segment]:
    """A story broken off with （下转第N栏） goes on lower on the same page, often after other
    stories, under （上接第M栏）: each tail joins the story that jumped to it, whole again. The
    page's columns are read in order, so the first tail read stands in the first column a
    story still waiting for its tail jumped to (the first such story, where two name one)."""
    out: list[Segment] = []
    waiting: list[Segment] = []
    for seg in segments:
        if seg.parts and seg.parts[0].continued_from_column and waiting:
            story = min(waiting, key=lambda jumped: jumped.parts[-1].continues_in_column)
            waiting.remove(story)
            story.parts += seg.parts
            story.authors += seg.authors
            story.end, story.paragraphs = seg.end, []  # its paragraphs are found again, whole
            seg = story
        else:
            out.append(seg)
        if seg.parts and seg.parts[-1].continues_in_column:
            waiting.append(seg)
    return out


# A story's closing paragraph (a closing box's label over it, or not) may be printed after the
# next story, with no jump line: the page had no room left in the story's column. It then reads
# as the next story's last paragraph, or as a piece of text with no headline after it; set in the
# column of the story printed before the one it follows, and naming that story's park (and not the
# park of the text it follows), it is that story's. (Words shared tell too little: a story's last
# paragraph often shares more with a story on a like subject than with its own.)
# A notice under its label ("更正：…") or a data box's row closes no story
_NO_CLOSING_TEXT = re.compile(rf"^(?:[\u4e00-\u9fff]{{1,4}}[：:]|[{CONTENTS_BULLETS}])")


def _closing_section(seg: Segment) -> int | None:
    """Where the segment's closing paragraph begins, with the heading over it (a closing box's
    label, "编后"), if it reads as a story's last: a text under a headline keeps a paragraph
    above it; a piece under none is all of it."""
    paragraphs = seg.paragraphs
    if not paragraphs or paragraphs[-1].heading:
        return None
    start = len(paragraphs) - 2 if len(paragraphs) > 1 and paragraphs[-2].heading else len(paragraphs) - 1
    if seg.headlines and not any(not p.heading for p in paragraphs[:start]) or not seg.headlines and start:
        return None
    text = "".join(line.text for line in paragraphs[-1].lines).strip()
    if not ends_sentence(text) or _NO_CLOSING_TEXT.match(text):
        return None
    lines = [line for p in paragraphs[start:] for line in p.lines]
    if len(lines) > len(seg.parts) or any(a is not b for a, b in zip(lines, seg.parts[-len(lines) :])):
        return None  # the parts were changed since the paragraphs were found
    return start


def return_displaced_tails(segments: list[Segment]) -> None:
    """Each segment's closing paragraph set in the column of the story printed before the one it
    closes on the page (a story its author, a jump line or a photo did not close), and naming
    that story's park, goes back to that story's end."""
    for k, seg in enumerate(segments):
        start = _closing_section(seg) if k else None
        if start is None:
            continue
        host = k if seg.headlines else k - 1  # the story it follows
        owner = next((j for j in range(host - 1, -1, -1) if segments[j].end not in HARD_ENDS), None)
        if owner is None or not segments[owner].paragraphs:
            continue
        closing, story = seg.paragraphs[start:], segments[owner]
        above = seg.paragraphs[:start] if seg.headlines else segments[host].paragraphs
        if _second_coda(closing, above, story.paragraphs) or (
            _in_column_of(closing, story.paragraphs, above) is not False  # a few widths: cheaper than parks
            and _names_story_not_host(closing, story, segments[host], above)
        ):
            _move_closing_section(seg, start, story)


# A box under its label ("相关链接", "记者手记") is a text box of its own on the page: a reader may
# write all of them after the page's text frames, where they read as the last story's closing
# sections. Each names its own story's park.
BOX_PARAGRAPHS = 2  # the label and the box's text


def return_boxes_read_last(segments: list[Segment]) -> None:
    """Each box closing a story about another park than the box names (or closing no text at all)
    goes back to the end of the nearest story above that names the box's park. (A text naming no
    park may be a piece of the story above broken off, whose box it keeps.)"""
    for k, seg in enumerate(segments):
        starts = _trailing_boxes(seg.paragraphs)
        text = seg.paragraphs[: starts[-1]] if starts else []
        host = _parks_of(seg, text)
        if not host and body_lines(text):
            continue
        for start in starts:
            box = seg.paragraphs[start : start + BOX_PARAGRAPHS]
            named = parks_named(flow_text(box))
            if not named or any(park in host for park in named):
                continue
            owner = next((story for story in reversed(segments[:k]) if _names_any(story, named)), None)
            if owner is not None:
                _hand_over(seg, start, BOX_PARAGRAPHS, owner)


def _trailing_boxes(paragraphs: list[Paragraph]) -> list[int]:
    """Where each box in the run closing the paragraphs begins, its label a heading over a single
    paragraph of text, from the last box up."""
    starts: list[int] = []
    end = len(paragraphs)
    while end >= BOX_PARAGRAPHS and _box_label(paragraphs[end - 2]) and not paragraphs[end - 1].heading:
        end -= BOX_PARAGRAPHS
        starts.append(end)
    return starts


def _box_label(paragraph: Paragraph) -> bool:
    return paragraph.heading and sidebar_label(paragraph.lines[0])


def _names_any(story: Segment, parks: dict[str, int]) -> bool:
    return any(park in parks for park in _parks_of(story, story.paragraphs))


def _hand_over(seg: Segment, start: int, count: int, story: Segment) -> None:
    """The segment's paragraphs from `start` on, `count` of them, close the story instead."""
    moved = seg.paragraphs[start : start + count]
    lines = {id(line) for paragraph in moved for line in paragraph.lines}
    story.paragraphs += moved
    story.parts += [part for part in seg.parts if id(part) in lines]
    seg.parts = [part for part in seg.parts if id(part) not in lines]
    del seg.paragraphs[start : start + count]


def _names_story_not_host(
    closing: list[Paragraph], story: Segment, host: Segment, above: list[Paragraph]
) -> bool:
    """The closing section names a park of the story before and none of the text it follows."""
    named = parks_named("".join(line.text for line in body_lines(closing)))
    return (
        bool(named)
        and any(park in named for park in _parks_of(story, story.paragraphs))
        and not any(park in named for park in _parks_of(host, above))
    )


def _second_coda(closing: list[Paragraph], above: list[Paragraph], story: list[Paragraph]) -> bool:
    """The closing section opens on a coda's label (编后, 记者手记) under a text a coda closed
    already: a story has one, so this one closes the story before, which has none."""
    return (
        _is_coda_label(closing[0]) and any(map(_is_coda_label, above)) and not any(map(_is_coda_label, story))
    )


def _is_coda_label(paragraph: Paragraph) -> bool:
    return paragraph.heading and coda_label("".join(line.text for line in paragraph.lines))


def _parks_of(seg: Segment, paragraphs: list[Paragraph]) -> dict[str, int]:
    texts = [item.text for item in seg.headlines] + [line.text for line in body_lines(paragraphs)]
    return parks_named("".join(texts))


# An em: the same column measured on two pieces of it may differ by that much (a line squeezed or
# run over), so a column is told from another only beyond it
SAME_MEASURE = 1.0


def _in_column_of(closing: list[Paragraph], story: list[Paragraph], above: list[Paragraph]) -> bool | None:
    """The closing paragraph's full lines are nearer the story's column than the text's above it;
    None where no column is told by lines."""
    widths = [full_width(body_lines(paragraphs)) for paragraphs in (closing, story, above)]
    if any(width is None for width in widths):
        return None
    tail, theirs, ours = widths
    return abs(tail - theirs) + SAME_MEASURE < abs(tail - ours)


def _move_closing_section(seg: Segment, start: int, story: Segment) -> None:
    moved = seg.paragraphs[start:]
    count = sum(len(p.lines) for p in moved)
    story.paragraphs += moved
    story.parts += seg.parts[-count:]
    del seg.paragraphs[start:], seg.parts[-count:]


# An editor's note (编者按：…) introduces its story from a box printed beside or inside it, which a
# reader may write out after the story's text, the box's frame after the text's, before the next
# story (or after all the page's text, with its other boxes). A note names its story's subject.
def return_boxed_notes(segments: list[Segment]) -> list[Segment]:
    """A note read at the head of a text that names none of the parks it names goes back to the
    nearest story above that names one; a segment left with no text is dropped."""
    out: list[Segment] = []
    for seg in segments:
        note = seg.paragraphs[0] if seg.paragraphs and _opens_preface(seg.paragraphs[0]) else None
        owner = _note_owner(out, note, seg.paragraphs[1:]) if note is not None else None
        if owner is None:
            out.append(seg)
            continue
        _hand_over(seg, 0, 1, owner)
        if seg.parts:
            out.append(seg)
        elif owner is out[-1]:
            owner.end = seg.end
    return out


def _opens_preface(paragraph: Paragraph) -> bool:
    return not paragraph.heading and opens_editor_preface(paragraph.lines[0].text)


def _note_owner(above: list[Segment], note: Paragraph, rest: list[Paragraph]) -> Segment | None:
    """The nearest story above naming a park the note names, if the text under the note names none."""
    named = parks_named(flow_text([note]))
    if not named or any(park in named for park in parks_named(flow_text(rest))):
        return None
    return next((seg for seg in reversed(above) if not named.keys().isdisjoint(parks_named(seg.text))), None)


def rejoin_broken_columns(segments: list[Segment]) -> list[Segment]:
    """An article's column may break off mid-sentence where another article's text is read in
    (its columns set around the other's): the text goes on, further down, with a line that opens
    no paragraph. Where an article breaks off at a full line mid-sentence at its piece's end (or,
    marking its paragraphs with an indent, before an indented line), the next piece opening
    mid-paragraph in the same width is that text's continuation; what was read in between is
    another article's."""
    out = _split_off_continuations(segments)
    for piece in list(out):
        if piece not in out or not _opens_mid_paragraph(piece):
            continue
        found = _broken_off([end for seg in out[: out.index(piece)] for end in _loose_ends(seg)], piece, True)
        if found is None:
            continue
        seg, k = found
        read_in = Segment(seg.parts[k + 1 :], authors=seg.authors, start=flow.COLUMN_CHANGE, end=seg.end)
        seg.parts, seg.authors, seg.end = seg.parts[: k + 1] + piece.parts, piece.authors, piece.end
        seg.paragraphs = []
        out.remove(piece)
        if read_in.parts:
            out.insert(out.index(seg) + 1, read_in)
    return out


LooseEnd = tuple[Segment, int, float]  # a piece, the part its text broke off at, its column there


def _split_off_continuations(segments: list[Segment]) -> list[Segment]:
    """Read on without a mark after another article's last sentence, a broken-off text may go
    on mid-paragraph ("…降低了约 1500 元。" / "养等方面开展合作。"): there it is a piece of its own."""
    out: list[Segment] = []
    ends: list[LooseEnd] = []
    for seg in segments:
        own = _loose_ends(seg)
        k = _continuation_inside(ends, own, seg)
        while k is not None:
            piece = Segment(seg.parts[k:], authors=seg.authors, start=flow.COLUMN_CHANGE, end=seg.end)
            seg.parts, seg.authors, seg.end, seg.paragraphs = seg.parts[:k], [], flow.COLUMN_CHANGE, []
            out.append(seg)
            ends += [end for end in own if end[1] < k]
            seg, own = piece, _loose_ends(piece)
            k = _continuation_inside(ends, own, seg)
        out.append(seg)
        ends += own
    return out


def _continuation_inside(ends: list[LooseEnd], own: list[LooseEnd], seg: Segment) -> int | None:
    """The first part of seg, after a closed sentence, that goes on with a text broken off above."""
    if not ends and not own:
        return None
    for k in range(1, len(seg.parts)):
        if seg.parts[k - 1].kind != BODY or not ends_sentence(seg.parts[k - 1].text):
            continue
        piece = Segment(seg.parts[k:])
        if _opens_mid_paragraph(piece) and _broken_off(ends + [end for end in own if end[1] < k], piece):
            return k
    return None


def _opens_mid_paragraph(piece: Segment) -> bool:
    first = piece.parts[0] if piece.parts else None
    return (
        first is not None
        and first.kind == BODY
        and not first.indented
        and not first.starts_article
        and not piece.continued
        and not names.starts_with_dateline(first.text)
    )


def _broken_off(
    ends: list[LooseEnd], piece: Segment, whole: bool = False, reach: int = 8
) -> tuple[Segment, int] | None:
    """The nearest loose end above, in the piece's width, that a word runs on from into a full
    line of it, where the two texts do not each name a park of their own. `whole`: the piece
    is all of a segment, cut off by a headline or a credit (not found after a closed sentence
    within one), so its first line's missing indent tells too."""
    column = full_width([p for p in piece.parts[:reach] if p.kind == BODY])
    if column is None:
        return None
    for seg, k, width in reversed(ends):
        if (
            abs(width - column) <= SAME_COLUMN
            and _goes_on_full(piece.parts[0], column)
            and _goes_on_across(seg.parts[: k + 1], piece.parts[:reach], whole and k == len(seg.parts) - 1)
            and not _parks_differ(Segment(seg.parts[: k + 1]), piece)
        ):
            return seg, k
    return None


OPENS_ON_CLAUSE_MARK = re.compile(r"^\s*[，。、；：？！,;:?!]")  # no paragraph opens on one


def _goes_on_across(above: list[Item], below: list[Item], box_between: bool) -> bool:
    """The first line below goes on with the sentence the last line above left open: a word runs
    across the break ("…电芯生" / "产线。"), or the line opens on a clause mark, as a line pushed
    on from the sentence above does and no paragraph. `box_between`: above broke off at its
    piece's end, below opens a piece of its own, another story (a box) read in between; both
    marking their paragraphs with an indent (lines set in on each side), a first line below set
    flush opens no paragraph. (After a closed sentence inside a piece it is the same paragraph
    going on.)"""
    first = below[0].text
    if word_across(above[-1].text, first) or OPENS_ON_CLAUSE_MARK.match(first):
        return True
    if not box_between:
        return False
    indents_above = any(p.indented for p in above[-COLUMN_LINES:] if p.kind == BODY)
    return indents_above and any(p.indented for p in below[1:] if p.kind == BODY)


def _parks_differ(above: Segment, below: Segment) -> bool:
    """Each text is about a park the other never names: two stories, however well their words
    run on. (One story of two parks may dwell on each in turn.)"""
    parks = main_park(above.text), main_park(below.text)
    return all(parks) and parks[0] not in parks_named(below.text) and parks[1] not in parks_named(above.text)


def _loose_ends(seg: Segment) -> list[LooseEnd]:
    """Where the text of this piece breaks off mid-sentence: a full line at the piece's end (no
    article's end there), or, in an article that marks its paragraphs with an indent (where
    that is all that tells a paragraph's first line), before an indented line."""
    ends = []
    for k, part in enumerate(seg.parts):
        if part.kind != BODY or part.ends_article or ends_sentence(part.text):
            continue
        below = seg.parts[k + 1] if k + 1 < len(seg.parts) else None
        if seg.end in HARD_ENDS if below is None else below.kind != BODY or not below.indented:
            continue  # the article closed there, or its paragraph runs on
        above = [p for p in seg.parts[: k + 1] if p.kind == BODY][-COLUMN_LINES:]
        width = full_width(above)  # its own column: another text may be read in further up
        written = display_width(part.text) + (INDENT if part.indented else 0.0)
        if width is not None and written >= width - 1.0 and (below is None or any(p.indented for p in above)):
            ends.append((seg, k, width))
    return ends


def split_at_column_changes(seg: Segment) -> list[Segment]:
    """Two articles printed back to back, nothing between them: where a paragraph ends, the
    column widens or narrows by two or more and the text turns to another park, the next
    article begins."""
    paragraphs = find_paragraphs(seg)
    changes = width_changes(paragraphs)
    pieces: list[list[Paragraph]] = [[]]
    for k, paragraph in enumerate(paragraphs):
        between_paragraphs = pieces[-1] and not pieces[-1][-1].heading and not paragraph.heading
        if (
            between_paragraphs
            and changes[k] >= 2.0
            and not _takes_a_turn(paragraph)
            and not _keeps_column(pieces[-1], paragraph)
            and not _closes_above(pieces[-1], paragraphs, changes, k)
            and _turns_to_another_park(pieces[-1], paragraphs[k:], seg.continued and len(pieces) == 1)
        ):
            pieces.append([])
        pieces[-1].append(paragraph)
    if len(pieces) == 1:
        seg.paragraphs = paragraphs
        return [seg]
    out = [
        Segment(parts=[line for p in piece for line in p.lines], start=flow.COLUMN_CHANGE) for piece in pieces
    ]
    out[0].continued = seg.continued
    out[-1].authors = seg.authors
    join_ends(out, seg)
    return out


def _takes_a_turn(paragraph: Paragraph) -> bool:
    """ "问：…", "答：…": an interview goes on with its next turn, a strip or a corner with its next
    item (its figure set before it, wider than the column); no article opens with one."""
    lines = body_lines([paragraph])
    return bool(lines) and (interview_turn(lines[0].text) or lines[0].lines[0].strip_item)


SQUEEZE_OUTVOTED = 3  # lines of a paragraph enough for the width most fill to outvote one squeezed line


def _keeps_column(above: list[Paragraph], paragraph: Paragraph, reach: int = 8) -> bool:
    """The paragraph's own lines (but its first, indented) fill the column above: the change
    seen below its first line comes later, where the next article begins after it. Measured
    by the widest lines, and where there are enough to outvote one, by the width most fill: a
    line of squeezed punctuation runs an em or two over a narrower column."""
    own, column_above = body_lines([paragraph])[1:], body_lines(above)[-reach:]
    widest, widest_above = full_width(own), full_width(column_above)
    if widest is None or widest_above is None or abs(widest - widest_above) >= 1.0:
        return False
    measured = [line for line in own if mid_paragraph_width(line.text) is not None]
    if len(measured) < SQUEEZE_OUTVOTED:
        return True
    most, most_above = _commonest_width(measured), _commonest_width(column_above)
    return most is not None and most_above is not None and abs(most - most_above) < 1.0


def _closes_above(above: list[Paragraph], paragraphs: list[Paragraph], changes: list[float], k: int) -> bool:
    """A paragraph naming no park, set in the column above, where the next paragraph shows the
    change and names a park: the article above ends with it ("园区有关负责人表示…"), the next
    begins with the paragraph naming its subject. (One set in the column below, a quote say,
    opens the next article.)"""
    if k + 1 >= len(paragraphs) or paragraphs[k + 1].heading or changes[k + 1] < 2.0:
        return False
    if parks_named(flow_text([paragraphs[k]])) or not parks_named(flow_text([paragraphs[k + 1]])):
        return False
    return _set_in_column_above(above, paragraphs[k], paragraphs[k + 1 :])


def _set_in_column_above(above: list[Paragraph], paragraph: Paragraph, below: list[Paragraph]) -> bool:
    """Each line of the paragraph (its first with the indent it lost) is nearer the column above
    than the one below."""
    column_above, column_below = full_width(body_lines(above)[-8:]), full_width(body_lines(below)[:8])
    if column_above is None or column_below is None:
        return False
    lines = body_lines([paragraph])
    widths = [display_width(lines[0].text) + INDENT]
    widths += [w for line in lines[1:] if (w := mid_paragraph_width(line.text)) is not None]
    return all(abs(w - column_above) < abs(w - column_below) for w in widths)


def _turns_to_another_park(above: list[Paragraph], below: list[Paragraph], continued: bool) -> bool:
    """The text below is about a park, and the text above about another; or, where the text
    above is an article's part continued from another page, which need not name its park
    again, about none. The text below is read up to its next subheading, or the next line that
    may be a title read as text naming another park: the next article may begin there."""
    park_above = main_park(flow_text(above))
    ends = (k for k, p in enumerate(below) if p.heading or k and _may_title_a_story(p.lines[0], {park_above}))
    section = below[: next(ends, len(below))]
    park_below = main_park(flow_text(section))
    return (
        bool(park_below)
        and (bool(park_above) or continued)
        and park_above != park_below
        and park_above not in parks_named(flow_text(section))
    )


def _may_title_a_story(line: Item, parks_above: set[str]) -> bool:
    """A line that may be a title read as text, naming a park the text above is not about: a
    paragraph's first line naming none, or that park, goes on with the story above."""
    return line.title_like and bool(set(parks_named(line.text)) - parks_above)


def split_at_subject_changes(seg: Segment, loose: list[Item]) -> list[Segment]:
    """A lone headline, or a body line that reads like one, between text about one park and
    text about another ends an article. A headline joins the loose ones, to be handed out
    by content like the others; so does a headline-like line above an indented one (a title
    printed over its body), while one above a full line opens the next article's text."""
    column = full_width([p for p in seg.parts if p.kind == BODY]) or DEFAULT_COLUMN
    rules = {item.number for item in loose if is_rule(item)}
    out = [Segment(parts=[], continued=seg.continued)]
    for index, part in enumerate(seg.parts):
        rest = seg.parts[index + 1 :]
        if part.kind == HEADLINE and (
            _opens_last_lines_under_lead(out[-1].parts, part, rest) or _numbers_on_a_list(out[-1].parts, part)
        ):
            part.kind, seg.paragraphs = BODY, []  # its paragraphs are found again, the line in one
        if part.kind != HEADLINE and not part.title_like:
            out[-1].parts.append(part)  # a plain body line parts nothing: measure nothing below it
            continue
        indented_next = bool(rest) and display_width(rest[0].text) <= _column_below(rest, column) - 1.0
        if not out[-1].parts and part.title_like and indented_next and _names_another_park(part, rest):
            part.kind = HEADLINE  # another article's title, printed after that article
            loose.append(part)
            continue
        # a sidebar's label goes with the text above, and so does a section it goes on numbering
        parts_here = (
            out[-1].parts
            and not sidebar_label(part)
            and not _numbers_on(out[-1].parts, part)
            and not _ruled_as_above(out[-1].parts, part, rules)
            and not (len(out) == 1 and _next_tail_section(seg, part))
            and not _numbers_later_section(part)
            and not _points_to_section(part)
        )
        opened = out[-1].start if len(out) > 1 else seg.start
        credited_twice = bool(seg.authors) and _opens_a_credited_story(
            out[-1].parts, part, rest, opened, loose
        )
        if parts_here and (
            credited_twice or _stands_between(out[-1].parts, part, rest, indented_next, opened)
        ):
            start = _earlier_start(out[-1].parts, rest) if part.kind == HEADLINE else None
            if start is not None:  # the headline is a subheading of an article begun further up
                out[-1].parts, moved = out[-1].parts[:start], out[-1].parts[start:]
                out.append(Segment(parts=moved + [part], start=flow.SUBJECT_CHANGE))
                continue
            printed_apart = part.kind == HEADLINE
            out.append(Segment(parts=[], start=flow.HEADLINE_MARK if printed_apart else flow.SUBJECT_CHANGE))
            if printed_apart or indented_next:
                part.kind = HEADLINE
                loose.append(part)
                continue
        out[-1].parts.append(part)
    if len(out) == 1 and len(out[0].parts) == len(seg.parts):
        out[0].paragraphs = seg.paragraphs  # nothing cut off or taken out: its paragraphs stand
    out[-1].authors = seg.authors
    join_ends(out, seg)
    return out


def _numbers_on(before: list[Item], headline: Item) -> bool:
    """ "（三）链条延伸…" under "（一）…" and "（二）…" in the same text: a headline numbered (or
    bulleted) as the subheadings above it goes on with that text's sections, whatever it is about.
    A mark before the name of a kind of article ("■专访", "■产业观察") sets off the rubric of the
    next story as a page sets off its subheadings: no section names its story's genre. A title
    too may be spaced out: a line set apart by its spacing alone that names a park is one."""
    style = _section_mark_style(headline.text)
    if style == LETTER_SPACED and parks_named(squeeze(headline.text)):
        return False
    return (
        style is not None
        and not _names_a_genre(headline.text)
        and any(part.kind == HEADLINE and _section_mark_style(part.text) == style for part in before)
    )


RULE_GAP = 2  # a rule and the line it sets off are printed on lines next to each other, or a blank apart


def _ruled_as_above(before: list[Item], headline: Item, rules: set[int]) -> bool:
    """A story's subheadings are set alike: a headline set off by rules above and below it, as a
    subheading in the text above it is, heads the next section of that text, whatever it is
    about and however its column is measured."""
    return _ruled(headline, rules) and any(part.kind == HEADLINE and _ruled(part, rules) for part in before)


def _ruled(headline: Item, rules: set[int]) -> bool:
    """A rule printed right above the headline and another right below it (`rules`: their lines)."""
    first, last = headline.lines[0].number, headline.lines[-1].number
    return any(first - gap in rules for gap in range(1, RULE_GAP + 1)) and any(
        last + gap in rules for gap in range(1, RULE_GAP + 1)
    )


def _next_tail_section(seg: Segment, headline: Item) -> bool:
    """A tail continued from another page, opened by a subheading, goes on to its next section
    under a subheading set as that one is: whatever it is about, the story is the same."""
    opening = seg.parts[0]
    return (
        seg.continued
        and opening.kind == HEADLINE
        and headline.kind == HEADLINE
        and headline is not opening
        and set_alike(opening.text, headline.text)
    )


# A section's number past the first: "二、", "（三）", "②", "❷", "3." (no decimal point: "3.5万")
LATER_SECTION = re.compile(
    r"^(?:[二三四五六七八九十][一二三四五六七八九十]?、|[（(][二三四五六七八九十][一二三四五六七八九十]?[）)]"
    rf"|[{LATER_CIRCLED_NUMBER}]|[2-9]\s*[.．](?!\d))"
)


def _numbers_later_section(headline: Item) -> bool:
    """No story opens at its second section: a headline numbered past the first ("二、…", "3.…")
    is a subheading of the text it stands in, whatever that section is about."""
    return headline.kind == HEADLINE and LATER_SECTION.match(squeeze(headline.text)) is not None


def _points_to_section(headline: Item) -> bool:
    """A pointer ("☆", "〉〉") marks a subheading as a bullet does, never a story's title: a headline
    opening on one heads a section of the text it stands in, whatever that section is about."""
    return headline.kind == HEADLINE and POINTER.match(headline.text) is not None


def _numbers_on_a_list(before: list[Item], headline: Item) -> bool:
    """ "4.为企业引进的高端人才提供人才公寓" under paragraphs opening "1.", "2.", "3." in the same
    text: the list's next item, a paragraph as those are, though its first line reads as a
    headline (no clause mark, it breaks where the column does)."""
    number = _list_number(headline)
    return number > 1 and any(line.kind == BODY and _list_number(line) == number - 1 for line in before)


def _list_number(item: Item) -> int:
    """The figure a line numbers its list item with, 0 for none."""
    number = LIST_ITEM.match(squeeze(item.text))
    return int(number.group(1)) if number else 0


def _names_a_genre(text: str) -> bool:
    """The headline's first line, its mark and letter-spacing taken off, names a kind of article."""
    first_line = text.split("\n", 1)[0]
    mark = _leading_mark(first_line)
    return bool(GENRE.search("".join(first_line[mark.end() if mark else 0 :].split())))


def _section_mark_style(text: str) -> str | None:
    """How a section's number is set: in brackets ("（三）") or before a comma of enumeration ("三、");
    or the bullet or ornament before an unnumbered one ("● 产业延伸"), or the lenticular brackets
    around it ("【人才是关键】"); or, unmarked, a single line spaced out letter by letter
    ("链 上 企 业 抱 团")."""
    number = SECTION_NUMBER.match(squeeze(text))
    if number is None:
        if ENCLOSED.fullmatch(squeeze(text)):
            return ENCLOSED_STYLE
        mark = _leading_mark(text)
        if mark is None:
            return LETTER_SPACED if "\n" not in text and is_letter_spaced(text) else None
        return mark.group().strip()
    return "、" if number.group().endswith("、") else "（）"


LETTER_SPACED = " "  # the style of subheadings set apart by their spacing alone
ENCLOSED_STYLE = "【】"


def _leading_mark(text: str) -> re.Match[str] | None:
    """The bullet or ornament a heading opens with, if any."""
    return HEADING_BULLET.match(text) or ORNAMENT.match(text)


def _opens_a_credited_story(
    before: list[Item], headline: Item, rest: list[Item], opened: str, loose: list[Item]
) -> bool:
    """A story credited at its head, in a byline over it or in its dateline ("本报武汉10月15日电
    （记者 马福海）"), names no one again at its end: where its text is closed by a trailing
    credit after all, the one headline printed after its closed sentence opens the story that
    credit closes. Only for a story headed by its own title or byline: a story printed without
    one above may have its title printed after its lead, inside its text."""
    credited_at_head = opened in (flow.DATELINE, flow.BYLINE_MARK)
    if headline.kind != HEADLINE or not credited_at_head or any(p.kind == HEADLINE for p in before + rest):
        return False  # a feature's subheadings: its credits may stand at both ends
    lines_above = [p for p in before if p.kind == BODY]
    if not lines_above or not rest or not ends_sentence(lines_above[-1].text):
        return False
    if not _opens_another_text(lines_above, rest):
        return False  # a story's text opens a paragraph under its headline
    if not _headed(lines_above[0].number, loose):
        return False
    if opened == flow.BYLINE_MARK:
        return True
    dateline, _ = names.opening_dateline("\n".join(p.text for p in lines_above[:DATELINE_LINES]))
    return names.ROLE_PATTERN.search(dateline) is not None


def _opens_another_text(lines_above: list[Item], rest: list[Item]) -> bool:
    """The line under the headline opens a paragraph: it is indented; or the extractor lost the
    indent of every line around it, and then the text below, about a park the text above never
    names, shows it opens another story (a subheading's section goes on about its story's park)."""
    if rest[0].indented:
        return True
    if any(p.indented for p in lines_above + rest if p.kind == BODY):
        return False
    park_below = main_park(flow_text([Paragraph(_section(rest))]))
    return bool(park_below) and park_below not in parks_named(flow_text([Paragraph(lines_above)]))


def _headed(first: int, loose: list[Item]) -> bool:
    """A headline or byline is printed right over the text's first line (a blank line or the
    extractor's spacing apart at most), or a title set upright beside it: its box is read back a
    character or two a line, down to the text, and its joined line keeps the number of its first."""
    above = [item for item in loose if item.number < first and item.kind not in (FURNITURE, CAPTION)]
    nearest = max(above, key=lambda item: item.number, default=None)
    if nearest is None or nearest.kind not in (HEADLINE, BYLINE):
        return False
    # a rule printed under the headline stands between it and the text: its line is no gap
    rules = sum(1 for item in loose if nearest.number < item.number < first and is_rule(item))
    return nearest.lines[-1].number >= first - HEAD_GAP - rules or nearest.lines[-1].upright


HEAD_GAP = 3  # lines between a headline and its text's first line, at the most: a blank one, or two


DATELINE_LINES = 3  # lines a dateline's credit runs over, at the most


def _column_below(rest: list[Item], column: float, reach: int = 8) -> float:
    """The column of the lines below, where another article may begin in another width."""
    return full_width([p for p in rest[:reach] if p.kind == BODY]) or column


def _stands_between(
    before: list[Item], part: Item, rest: list[Item], indented_next: bool, opened: str
) -> bool:
    """Does this headline, or headline-like body line, stand between two articles? A body line
    over a full line opens a paragraph of the text below it, so it names that text's park."""
    printed_apart = part.kind == HEADLINE
    opens_text = not printed_apart and not indented_next
    if _changes_subject(
        _section(before[::-1])[::-1], part, _section(rest, part.title_like), printed_apart, opens_text
    ):
        return True
    if opened in READ_ON and _titles_story_after_read_on(before, part, rest):
        return True
    return printed_apart and (
        _set_as_title(part)
        or _changes_column(before, part, rest, opened)
        or _parts_two_parks(before, rest)
        or (opened not in READ_ON and _leads_with_another_park(before, part, rest))
        or _changes_speakers(before, rest)
        or _unlike_numbered_sections(before, part, rest)
    )


def _titles_story_after_read_on(before: list[Item], line: Item, rest: list[Item]) -> bool:
    """Text read on from elsewhere (a tail continued from another page) names its park where
    it began, seldom again: a line after its closed sentence that names the park the text below
    is about, where the text above names none, is the next story's title. A subheading of the
    tail would name no park its text does not; a line of text (one as wide as the column, or
    short of it by a paragraph's lost indent) is no title, whatever it names."""
    if not before or before[-1].kind != BODY or not ends_sentence(before[-1].text):
        return False
    column = full_width([p for p in before if p.kind == BODY])
    if line.kind != HEADLINE and (column is None or reaches_edge(line.text, column - INDENT)):
        return False
    if parks_named(flow_text([Paragraph(before)])):
        return False
    park_after = main_park(flow_text([Paragraph(_section(rest, True))]))
    return bool(park_after) and park_after in parks_named(line.text)


def _unlike_numbered_sections(before: list[Item], headline: Item, rest: list[Item]) -> bool:
    """An article's subheadings are set alike: where it numbers its sections (一、 二、 …), a
    headline without a number after them is no further section but the next article's title,
    and one over the text that leads to its section 一 is the title of the article it numbers.
    A headline marked as a section in another way (【…】, ■…) is a section still. Only a headline
    after a closed sentence and over a paragraph's first line, under sections all numbered:
    columns of two articles read in turn mix their sections."""
    lines_above = [p for p in before if p.kind == BODY]
    if printed_mark(squeeze(headline.text)) or not lines_above or not rest or not rest[0].indented:
        return False
    if not ends_sentence(lines_above[-1].text):
        return False
    above = [p for p in before if p.kind == HEADLINE]
    below = [p for p in rest if p.kind == HEADLINE]
    after_numbered = bool(above) and all(SECTION_NUMBER.match(p.text) for p in above)
    return after_numbered or (bool(below) and FIRST_SECTION.match(below[0].text) is not None)


FIRST_SECTION = re.compile(r"^(?:一、|[（(]一[）)])")


def _set_as_title(headline: Item) -> bool:
    """A title set upright in a box beside the text, or set as an image: no subheading inside a
    text is set either way."""
    return any(line.upright or line.image for line in headline.lines)


def _changes_speakers(before: list[Item], after: list[Item]) -> bool:
    """A headline between interviews: the one who answers above is not the one who answers
    below ("答：" then "黎嘉欣：", or "黎嘉欣：" then "韦振宇："); an interview keeps its voices."""
    above, below = _answerers(before), _answerers(after)
    return bool(above) and bool(below) and not above & below


def _answerers(parts: list[Item]) -> set[str]:
    labels = {speaker(p.text) for p in parts if p.kind == BODY}
    return {label for label in labels if label is not None and label not in QUESTIONERS}


def _earlier_start(before: list[Item], after: list[Item]) -> int | None:
    """Where the article below a headline really begins, if its park is named above the
    headline too: at the last paragraph break with the old park named only above it and
    the new one only below. None when there is no such break."""
    park_after = main_park(flow_text([Paragraph(_section(after))]))
    paragraphs = find_paragraphs(Segment(parts=before))
    around = parks_around_breaks([flow_text([p]) for p in paragraphs])
    for cut in range(len(paragraphs) - 1, 0, -1):
        head, tail = around[cut]
        if park_after in tail and head and not set(head) & set(tail):
            return before.index(paragraphs[cut].lines[0])
    return None


def _parts_two_parks(before: list[Item], after: list[Item]) -> bool:
    """A headline with all the text above it about some parks and all below about others,
    each side naming its own more than once, stands between two articles, whatever it names.
    The text below is read up to the next headline naming a park: the title of a story of its
    own, whose text says nothing of where the story under this headline is about."""
    story_below = _up_to_next_title(after)
    above = parks_named(flow_text([Paragraph(before)]))
    below = parks_named(flow_text([Paragraph(story_below)]))
    named_twice = bool(above) and max(above.values()) >= 2 and bool(below) and max(below.values()) >= 2
    return named_twice and not set(above) & set(below)


def _up_to_next_title(parts: list[Item]) -> list[Item]:
    """The parts before the first headline naming a park."""
    end = next((k for k, p in enumerate(parts) if p.kind == HEADLINE and parks_named(p.text)), len(parts))
    return parts[:end]


# Where a text begins that may be a column of an article begun elsewhere (read on after another
# article's end, or continued from another page): the parks it names need not be its article's
READ_ON = (flow.PREVIOUS_END, flow.JUMP)
# A news lead names its park at once, after a time phrase and its comma at most ("今年以来，",
# "11月3日，"); a section under a subheading comes to its park later ("围绕…薄弱环节，宝鸡高新区…")
LEAD_OPENING = 6


def _leads_with_another_park(before: list[Item], headline: Item, after: list[Item]) -> bool:
    """A headline after a closed sentence, over a lead that names its park at once ("近日，兰州
    高新区…"), opens the next article where the text above names other parks, or none while the
    headline names the lead's: a subheading's section goes on about its article's park, or
    speaks of "园区"."""
    lines_above = [p for p in before if p.kind == BODY]
    if not lines_above or not ends_sentence(lines_above[-1].text):
        return False
    _, text_below = names.opening_dateline("\n".join(p.text for p in _section(after) if p.kind == BODY))
    lead = squeeze(text_below)
    opening = gazetteer.find(lead)
    if not opening or opening[0][1] > LEAD_OPENING:
        return False
    above, below = set(parks_named(flow_text([Paragraph(before)]))), {zone.official for zone, _, _ in opening}
    if above & below:
        return False
    return bool(above) or bool(set(parks_named(headline.text)) & below)


def _changes_column(before: list[Item], headline: Item, after: list[Item], opened: str) -> bool:
    """A subheading stays within its article's column: a headline where the width changes,
    after a closed sentence, is the title of the next article printed over its text. But a
    feature's lead may be set wider than its body: a subheading after it goes on about the
    park the lead is about, or stays on the lead's story without naming a park of its own.
    The text above is measured from its last subheading (the lead above the first may be
    wider), unless too little of it fills the column to measure. Around a subheading numbered or
    letter-spaced, neither section's first line is measured: short by the indent it lost, it
    tells a section of a few lines nothing."""
    lines_above = [p for p in before if p.kind == BODY]
    first = 1 if _spaced_or_numbered(headline) else 0
    own_section = [p for p in _section(before[::-1])[::-1] if p.kind == BODY][first:]
    if _fills_lines(own_section):
        lines_above = own_section
    lines_below = [p for p in after if p.kind == BODY][first:]
    section_below = [p for p in _section(after) if p.kind == BODY][first:]
    if opened != flow.DATELINE and _too_short_to_measure(headline, section_below):
        return False  # a news item under its dateline runs on without subheadings
    change = _commonest_change(lines_above, lines_below)
    return (
        bool(lines_above)
        and ends_sentence(lines_above[-1].text)
        and width_change(lines_above, lines_below) >= 2.0
        and change >= 2.0
        and not _goes_on_about(before, after)
        and not _under_wide_lead(before, headline, after)
        # a change no wider than an indent: lines that lost theirs, or were pushed on
        and not (change <= INDENT and _heads_feature_section(headline, before, after))
    )


def _heads_feature_section(headline: Item, before: list[Item], after: list[Item]) -> bool:
    """A feature's subheadings come several, each a plain line: one over a section naming no
    park, with another such below it before any title naming a park, under text that named its
    park, heads a section of that story. A story set in another column under its own title
    names its park."""
    story_below = _up_to_next_title(after)
    if parks_named(headline.text) or parks_named(flow_text([Paragraph(story_below)])):
        return False
    siblings = [part for part in story_below if part.kind == HEADLINE and _plain_line(part)]
    return _plain_line(headline) and bool(siblings) and bool(parks_named(flow_text([Paragraph(before)])))


def _plain_line(headline: Item) -> bool:
    """A headline of one line, unmarked: a title may run over two, or open with a rubric's mark."""
    return "\n" not in headline.text and not printed_mark(squeeze(headline.text))


def _fills_lines(lines: list[Item]) -> bool:
    """Enough of the lines fill their column to measure it by."""
    return sum(mid_paragraph_width(line.text) is not None for line in lines) >= SECTION_LINES


def _too_short_to_measure(headline: Item, section: list[Item]) -> bool:
    """A section of text under a subheading that closes its sentence within a line or two filling
    the column (a feature's short last section, say): its first line, short by the indent it lost,
    would pass for another column. A headline as wide as the lines below is no subheading but
    their text's first line (a notice's "更正：…" read as a headline), and one naming a park may
    be a title: the lines below are measured."""
    return (
        bool(section)
        and ends_sentence(section[-1].text)
        and not _fills_lines(section)
        and not reaches_edge(headline.text, max(display_width(line.text) for line in section))
        and not parks_named(squeeze(headline.text))
    )


def _spaced_or_numbered(headline: Item) -> bool:
    """A one-line headline numbered as a section, or letter-spaced and naming no park (a title
    may be spaced out too): a rubric in brackets or after an ornament may as well be the kicker
    of the next story's title."""
    text = headline.text
    if "\n" in text:
        return False
    if SECTION_NUMBER.match(squeeze(text)):
        return True
    return is_letter_spaced(text) and not parks_named(squeeze(text))


# Lines a section under a subheading fills to its column, at the least: fewer is no column to
# measure (a title over its byline, say)
SECTION_LINES = 2


def _under_wide_lead(before: list[Item], headline: Item, after: list[Item]) -> bool:
    """A subheading under a feature's lead: all the text above it is one paragraph, set wider
    than the text below, and neither the subheading nor its section names a park the lead does
    not (the title of another article printed there would name its own)."""
    lines_above = [p for p in before if p.kind == BODY]
    if len(lines_above) != len(before) or len(find_paragraphs(Segment(parts=before))) != 1:
        return False
    lines_below = [p for p in _section(after) if p.kind == BODY]
    if sum(mid_paragraph_width(line.text) is not None for line in lines_below) < SECTION_LINES:
        return False  # a line or two under a label: a title over a byline, no section of text
    column_above, column_below = full_width(lines_above), full_width(lines_below)
    if not column_above or not column_below or column_above <= column_below:
        return False
    lead_parks = set(parks_named(flow_text([Paragraph(before)])))
    below = flow_text([Paragraph(_section(after))])
    return not (set(parks_named(headline.text)) | set(parks_named(below))) - lead_parks


def _opens_last_lines_under_lead(before: list[Item], line: Item, after: list[Item]) -> bool:
    """A line read as a headline between a story's lead, set wider than its column, and the
    story's last lines: a line or two that close its text with a full stop, naming no park the
    lead does not. No subheading heads so little, so the line opens the story's last paragraph
    (the column below too short to measure its lost indent by). The story's lines run up to the
    next headline, or line that may be a title read as text naming a park: the next story's."""
    if len(line.lines) != 1 or printed_mark(squeeze(line.text)):
        return False  # asked first: the line alone, before the lead's parks are read
    lines_above = [p for p in before if p.kind == BODY]
    lead_parks = set(parks_named(flow_text([Paragraph(before)])))
    ends = (k for k, p in enumerate(after) if p.kind == HEADLINE or _may_title_a_story(p, lead_parks))
    after = after[: next(ends, len(after))]
    if not after or any(p.kind != BODY for p in after) or len(after) > SECTION_LINES:
        return False
    if not after[-1].text.rstrip().rstrip(CLOSERS).endswith("。"):
        return False
    if len(lines_above) != len(before) or len(find_paragraphs(Segment(parts=before))) != 1:
        return False
    column_above = full_width(lines_above)
    if column_above is None or any(display_width(p.text) >= column_above - OTHER_MEASURE for p in after):
        return False  # the lead is set to another measure than the lines below, or is no lead
    named = parks_named(line.text + flow_text([Paragraph(after)]))
    return not set(named) - lead_parks  # another's title names its own


def _goes_on_about(before: list[Item], after: list[Item]) -> bool:
    """The text below (past any subheadings of its own) names the park the text above is about."""
    return main_park(flow_text([Paragraph(before)])) in parks_named(flow_text([Paragraph(after)]))


def _commonest_change(above: list[Item], below: list[Item], reach: int = 8) -> float:
    """The change between the widths most lines on each side fill: a line or two with quotes or
    squeezed punctuation run an em or two over their column, and make no column change."""
    columns = [_commonest_width(lines) for lines in (above[-reach:], below[:reach])]
    return abs(columns[0] - columns[1]) if all(columns) else 0.0


def _commonest_width(lines: list[Item]) -> float | None:
    """The width most of the lines fill, to the em; of two as common, the wider (an indent or
    Latin letters only ever shorten a line)."""
    counts = Counter(round(w) for line in lines if (w := mid_paragraph_width(line.text)) is not None)
    return float(max(counts, key=lambda w: (counts[w], w))) if counts else None


def _names_another_park(line: Item, rest: list[Item]) -> bool:
    """The line names parks, none of them the one the text below it is about."""
    named = set(parks_named(line.text))
    park_after = main_park("".join(p.text for p in _section(rest, True) if p.kind == BODY))
    return bool(named) and bool(park_after) and park_after not in named


def is_stray_headline(seg: Segment, loose: list[Item]) -> bool:
    """A few lines of which none closes a sentence are no article: they are headlines read
    as body (a cluster of one-line titles, say)."""
    if len(seg.parts) > 4 or any(ends_sentence(p.text) or p.ends_article for p in seg.parts):
        return False
    if seg.authors or seg.continued:
        return False
    for part in seg.parts:
        part.kind = HEADLINE
        loose.append(part)
    return True


def _section(parts: list[Item], to_next_opening: bool = False) -> list[Item]:
    """The body lines up to the next subheading candidate (or, for a line that may open an
    article, up to the next such line): what the candidate is compared with."""
    out = []
    for part in parts:
        if part.kind == HEADLINE or to_next_opening and part.title_like:
            break
        out.append(part)
    return out


def _changes_subject(
    before: list[Item], line: Item, after: list[Item], printed_apart: bool, opens_text: bool = False
) -> bool:
    """Does this headline (or headline-like line) stand between two articles?

    A headline naming the park of the text above it or below it, where these
    differ, ends one article and opens the next. A body line must say more: it
    also stands where neither side mentions the other's park, and where it opens the text below
    (a full line follows) it names that text's park: one naming only the park above is that
    article's paragraph ("石家庄高新区还与…"), whatever the text below turns to. A headline
    naming no park stays a subheading here: where the subject changes without one, the spare
    headline count finds the boundary (see split_for).
    """
    named = set(parks_named(squeeze(line.text)))  # a title spaced out letter by letter names one too
    if not named:
        return False
    text_before = "".join([p.text for p in before if p.kind == BODY])
    text_after = "".join([p.text for p in after if p.kind == BODY])
    park_before, park_after = main_park(text_before), main_park(text_after)
    if not park_before or not park_after or park_before == park_after:
        return False
    if printed_apart:
        return True  # a subheading would not name a park while its article changes park around it
    parks_before = set(parks_named(text_before))
    parks_after = set(parks_named(text_after))
    return (
        bool(named & ({park_after} if opens_text else {park_before, park_after}))
        and park_before not in parks_after
        and park_after not in parks_before
    )


# What may stand between a lead set over its deck and the text under the deck: the deck's lines,
# its byline, a photo's caption floating beside them
DECK_KINDS = (HEADLINE, BYLINE, CAPTION)


def return_leads_over_decks(segments: list[Segment], items: list[Item], loose: list[Item]) -> list[Segment]:
    """A story's lead is read before its headline deck where it is set over the deck (a
    feature's 导语 in bold) or where the deck is set beside the lead's column and read after it:
    the text under the deck opens without it. A story's opening (本报讯…) cut off alone over a
    deck goes to the text under the deck when that text goes on about its park; a deck read
    inside the text right under such an opening, with no headline over it, is loose again (to
    be handed out as a headline). The paragraph right over a deck (its byline, its caption)
    goes to the text under it when it is that story's lead: about the park that text is about,
    one the text above never named, while the text under the deck goes on from it (no dateline
    opens it). Paragraphs found already."""
    order = {id(item): k for k, item in enumerate(items)}
    for seg in segments:
        loose += _lift_deck_under_opening(seg, items, order)
    for above, below in zip(segments, segments[1:]):
        if not above.paragraphs or not below.paragraphs or below.continued or above.paragraphs[-1].heading:
            continue
        between = items[order[id(above.parts[-1])] + 1 : order[id(below.parts[0])]]
        if opens_article(below.parts[0]) or not _deck_between(between):
            continue
        if _opening_alone(above, below) and _headless(items, order[id(above.parts[0])]):
            below.parts[:0], below.paragraphs[:0] = above.parts, above.paragraphs
            below.start, above.parts = above.start, []
            continue
        if not _deck_alone(between) or not _lead_of_text_below(above, below, between, items, order):
            continue
        lead = above.paragraphs.pop()
        above.parts = above.parts[: len(above.parts) - len(lead.lines)]
        below.parts[:0], below.paragraphs[:0] = lead.lines, [lead]
        if not above.parts:
            below.start = above.start
    return [seg for seg in segments if seg.parts]


def _deck_between(between: list[Item]) -> bool:
    """A deck stands between two texts (its byline, a caption, the page's furniture beside it
    at most) and its headline comes first: a lead is set straight over its deck, while a credit
    line first under the paragraph is that paragraph's own, closing the story above."""
    printed = [item for item in between if item.kind not in (CAPTION, FURNITURE)]
    return bool(printed) and printed[0].kind == HEADLINE and all(item.kind in DECK_KINDS for item in printed)


def _deck_alone(between: list[Item]) -> bool:
    """The deck stands alone between the texts with its byline (a caption at most beside it, and
    a repost's or an archive's record header, "原标题：…", "【版号】…", printed with the deck)."""
    kinds = {item.kind for item in between if not (item.kind == FURNITURE and record_header(item.text))}
    return BYLINE in kinds and kinds <= set(DECK_KINDS)


# Column lines of a story's opening paragraph read before its deck, at the most: a lead of a
# sentence or two set in the first column box
OPENING_MAX_LINES = 14


def _opening_alone(above: Segment, below: Segment) -> bool:
    """The text above the deck is a story's opening and nothing more, naming at once the park
    the text under the deck names. (A brief of one paragraph ends the same way: under its own
    headline, or over a deck whose text tells of another park, it is a story of its own.)"""
    if len(above.paragraphs) != 1 or above.authors or not _story_opening(above.paragraphs[0]):
        return False
    return _opening_park(above.paragraphs[0]) in parks_named(below.text)


def _story_opening(paragraph: Paragraph, parted: bool = False) -> bool:
    """A story's opening paragraph: opening with a dateline (本报讯…), or parted from the text
    above where a story opens, closing its sentence, a column box's lines at the most."""
    lines = paragraph.lines
    return (
        not paragraph.heading
        and len(lines) <= OPENING_MAX_LINES
        and (parted or opens_with_dateline(lines[0].text))
        and ends_sentence(lines[-1].text)
    )


def _opening_park(paragraph: Paragraph) -> str:
    """The park a story's opening names first ("" for none)."""
    opening = gazetteer.find(flow_text([paragraph]))
    return opening[0][0].official if opening else ""


# Where a text parted from the one above may open a story of its own without a dateline: at the
# page's head, under a story's close (its trailing author, its last photo), at another measure
STORY_STARTS = (flow.PAGE_START, flow.PREVIOUS_END, flow.COLUMN_CHANGE)


def _lift_deck_under_opening(seg: Segment, items: list[Item], order: dict[int, int]) -> list[Item]:
    """The headline lines read inside a text right under its opening, where no headline or
    byline is printed over the text and the text goes on under them about no other park:
    the story's deck, set beside its first column box, taken out of the text. (Under a headline
    printed over the text, a line there is the first subheading.) An opening with no dateline
    opens a story where the text is parted from the one above by that story's close; and a
    deck is read once, while subheadings come in a series: where more follow, the line under
    the opening is the first of them."""
    if len(seg.paragraphs) < 3 or seg.continued or not seg.paragraphs[1].heading:
        return []
    if not _story_opening(seg.paragraphs[0], seg.start in STORY_STARTS):
        return []
    if not _headless(items, order[id(seg.parts[0])]):
        return []
    deck = list(itertools.takewhile(lambda paragraph: paragraph.heading, seg.paragraphs[1:]))
    rest = seg.paragraphs[1 + len(deck) :]
    if not rest or main_park(flow_text(rest)) not in ("", _opening_park(seg.paragraphs[0])):
        return []
    if not opens_with_dateline(seg.parts[0].text) and any(paragraph.heading for paragraph in rest):
        return []
    lines = [line for paragraph in deck for line in paragraph.lines]
    if not _reads_as_deck(lines, seg.paragraphs[0]) or _runs_into_text(items, order[id(lines[-1])]):
        return []
    if not opens_with_dateline(seg.parts[0].text) and not _echoes_opening(lines, seg.paragraphs[0]):
        return []
    for line in lines:
        line.kind = HEADLINE
    seg.parts = [part for part in seg.parts if all(part is not line for line in lines)]
    seg.paragraphs = [*_rejoin_cut_opening(seg.paragraphs[0], rest[0]), *rest[1:]]
    return lines


def _rejoin_cut_opening(opening: Paragraph, under: Paragraph) -> list[Paragraph]:
    """The deck read inside the opening's column box cuts the opening paragraph where the page
    indents its paragraphs: the text under the deck going on with no indent is the rest of it."""
    if opening.lines[0].indented and not under.heading and not under.lines[0].indented:
        return [Paragraph([*opening.lines, *under.lines])]
    return [opening, under]


def _reads_as_deck(lines: list[Item], opening: Paragraph) -> bool:
    """Lines under a story's opening that are its deck, not its first subheading (its headline
    printed elsewhere on the page): several lines printed together (a title with its kicker or
    subtitle), or a line that names a park or says again what the opening said, as a title
    does, holding no clause. A line numbering a section ("（一）…") is no title."""
    text = squeeze("".join(line.text for line in lines)).replace(" ", "")
    if SECTION_NUMBER.match(text):
        return False
    if len(lines) > 1:
        return True
    return not holds_clause(text) and (bool(parks_named(text)) or _echoes_opening(lines, opening))


def _echoes_opening(lines: list[Item], opening: Paragraph) -> bool:
    """The deck says again in good part what the opening said, as a title restates its lead's
    news: under an opening with no dateline, a line of the text naming its park may have been
    taken for a headline as well."""
    text = squeeze("".join(line.text for line in lines)).replace(" ", "")
    return _echoes(text, flow_text([opening])) >= ECHO


def _reads_as_caption(text: str) -> bool:
    """One short sentence over a deck may be a photo's caption (credited or not) as well as a
    lead: a lead that tells its news in one such sentence is left where it stands."""
    return len(SENTENCE_CLOSE.findall(text.strip())) < 2 and len(squeeze(text)) <= CAPTION_TEXT_MAX


def _lead_of_text_below(
    above: Segment, below: Segment, deck: list[Item], items: list[Item], order: dict[int, int]
) -> bool:
    """The last paragraph above the deck is the lead of the text under it: the park it names at
    once is one that text names and no earlier paragraph above does, and the deck says it again
    (names the park, or restates the lead's news word for word in good part). Left alone above
    the deck, the paragraph stands under the close of the story before it (or heads the page),
    not under a headline or byline of its own: a brief's."""
    lead, rest = above.paragraphs[-1], above.paragraphs[:-1]
    if not ends_sentence(lead.lines[-1].text) or opens_article(lead.lines[0]):
        return False
    text = flow_text([lead])
    if _reads_as_caption(text):
        return False
    opening = gazetteer.find(text)
    if not opening or opening[0][1] > LEAD_OPENING:
        return False  # a lead names its park at once; a closing paragraph may come to another later
    park = opening[0][0].official
    if park not in parks_named(below.text):
        return False
    deck_text = squeeze("".join(item.text for item in deck if item.kind == HEADLINE))
    if park not in parks_named(deck_text) and _echoes(deck_text, text) < ECHO:
        return False
    if rest:  # the text above about other parks, or (a note, say) none
        return park not in parks_named(flow_text(rest))
    over = flow_index(items, order[id(lead.lines[0])], -1, CAPTION)
    return over is None or (items[over].kind == BODY and ends_sentence(items[over].text))
