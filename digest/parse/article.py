"""Building the article of a segment: headline roles, body blocks, authors and captions."""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import replace

from ..language import gazetteer, names, nlp
from ..language.text import (
    display_width,
    is_letter_spaced,
    join_lines,
    memo_by_text,
    opens_editor_note,
    opens_editor_preface,
    squeeze,
    visible,
)
from ..models import Article, Author, Block, Caption
from .captions import CAPTION_SHOT, CAPTION_SUPPLIED, CREDIT_LABEL, credit_before_text, file_photo_credit
from .flow import Paragraph, Segment, parks_named
from .items import (
    CLAUSE_MARK,
    COMMENT_AND_VISIT,
    MARKED_SUBHEADING,
    MAX_LABEL,
    NARROW_HEADLINE_MEASURE,
    SERIAL_WORD,
    SERIES_LABEL,
    Item,
    deck_label,
    opens_more_than_it_closes,
    opens_with_park,
)
from .marks import (
    CHART_SOURCE_LABEL,
    FACTS_LABELS,
    FACTS_ROW_BULLET,
    FORWARD_JUMP,
    TITLED_CHART_LABEL,
    justifying_gap,
)
from .people import reads_as_unlisted_name

# ("左图：", and 右图, 上图, 下图, points at one photo of a pair: the words after it are text, no credit)
CAPTION_PARTS = re.compile(rf"^(?P<text>.*?)\s*(?<![左右上下])(?P<label>{CREDIT_LABEL})\s*(?P<credit>.*)$")
# "园区一角。 图片由长沙高新区提供", "…。（图片由X提供）": the supplier named inside the words
# that credit it, in brackets or not
CAPTION_PROVIDED = re.compile(
    r"^(?P<text>.*?)\s*[（(]?\s*图片由\s*(?P<credit>[^。，；！？\s（）()]{1,20})\s*提供\s*[）)]?$"
)
# a chart's caption: its title, labels and figures, then the label of its source and the source
CHART_PARTS = re.compile(rf"^(?P<text>.*?)\s*(?P<label>{CHART_SOURCE_LABEL})\s*(?P<credit>\S+)$")
LEADING_ROLE = re.compile(rf"^(?:{names.ROLE})\s*(?=\S)")
# A chart's or a table's title opens on its label ("图表：…一览", "表1：…"): read with the headline
# it is printed near, it is no part of the deck but the story's caption. (A writer's credit so read
# on a line of its own, "作者：…", is the story's byline.)
CHART_TITLE_LABEL = re.compile(r"^\s*(?:图表|表)\s*\d*\s*[：:]")


def build_article(seg: Segment) -> Article:
    blocks, dateline = _blocks(seg.paragraphs)
    blocks = _bold_leads_as_subheadings(_preface_first(blocks))
    headlines, subheading = _first_subheading_apart(seg.headlines)
    blocks = [Block("heading", subheading), *blocks] if subheading else blocks
    charts = [item for item in headlines if CHART_TITLE_LABEL.match(item.text)]
    credits = [item for item in headlines if _writer_credit_alone(item)]
    kicker, title, subtitle = _headline_roles([item for item in headlines if item not in charts + credits])
    article = Article(id="", kicker=kicker, title=title, subtitle=subtitle, dateline=dateline, blocks=blocks)
    bylines = seg.bylines + credits
    byline_texts = [item.text for item in bylines + seg.authors]
    article.byline = " ".join(byline_texts)
    article.authors = _dedupe(
        names.dateline_authors(dateline)
        + [a for item in bylines for a in names.byline_authors(item.text)]
        # the layout took a trailing author's line for names alone, whatever their surnames
        + [a for item in seg.authors for a in names.authors_from(item.text, announced=True)]
    )
    article.captions = [split_caption(item.text) for item in seg.captions + charts]
    if not article.authors and _signed_by_photographer(seg, article.captions):
        article.byline = seg.captions[0].text
        article.authors = names.byline_authors(article.byline)
        article.captions = []
    if not article.authors:
        article.authors = photo_makers_credited(article.captions)
    article.continues_on = max((part.continues_on for part in seg.parts), default=0)
    article.continued_from = max((part.continued_from for part in seg.parts), default=0)
    article.id = hashlib.sha1(visible(article.body_text)[:60].encode()).hexdigest()[:10]
    return article


# The most characters a photo story's text runs to: a caption's few sentences on what its
# picture shows (a story of its own printed with a photo runs longer)
MAX_PHOTO_STORY = 160


def _signed_by_photographer(seg: Segment, captions: list[Caption]) -> bool:
    """A photo story (a title, its photo, a caption's few sentences as its text) signed only by
    the credit of the people who took the photo, printed under the text: they reported it, the
    credit is its byline. A credit over the text, or beside a caption's own words, is the photo's."""
    if len(captions) != 1 or captions[0].text or len(seg.captions) != 1 or not seg.parts:
        return False
    credit = seg.captions[0]
    return (
        credit.number > seg.last
        and len(seg.text) <= MAX_PHOTO_STORY
        and bool(names.closing_credit(f"（{' '.join(credit.text.split())}）"))
    )


def _writer_credit_alone(item: Item) -> bool:
    """A line of its own crediting the story's writer ("作者：…（…局）"), read as a headline."""
    return len(item.lines) == 1 and names.TEXT_CREDIT.match(item.text.lstrip()) is not None


# A subheading set in bold as a sentence of its own, closed by its full stop ("人才和标准一起抓。"):
# a short paragraph of one sentence, no clause mark nor question in it
BOLD_LEAD = re.compile(r"^[^，、；：,;:！？!?。]{3,16}。$")
# A paper that sets its subheadings so sets every section's alike: a story holds several, where a
# lone short sentence between paragraphs is one of the text's
LEAST_BOLD_LEADS = 2


def _bold_leads_as_subheadings(blocks: list[Block]) -> list[Block]:
    """The bold sentences heading a story's sections, each between paragraphs of its text, read as
    its subheadings where it holds two or more of them."""
    leads = {k for k in range(1, len(blocks) - 1) if _heads_section_as_sentence(blocks, k)}
    if len(leads) < LEAST_BOLD_LEADS:
        return blocks
    return [Block("heading", block.text) if k in leads else block for k, block in enumerate(blocks)]


def _heads_section_as_sentence(blocks: list[Block], k: int) -> bool:
    """Block k is a short sentence of its own between a paragraph and a paragraph that is no
    such sentence (a section holds text)."""
    above, block, below = blocks[k - 1], blocks[k], blocks[k + 1]
    return (
        block.type == above.type == below.type == "paragraph"
        and BOLD_LEAD.match(squeeze(block.text)) is not None
        and BOLD_LEAD.match(squeeze(below.text)) is None
    )


def _preface_first(blocks: list[Block]) -> list[Block]:
    """The editor's note that introduces the story leads its text, wherever the reader wrote the
    box it is printed in (after the text's frames, after the page's text)."""
    notes = [k for k, block in enumerate(blocks) if k and opens_editor_preface(block.text)]
    if not notes:  # most stories print none, or print it first
        return blocks
    return [blocks[k] for k in notes] + [block for k, block in enumerate(blocks) if k not in notes]


# An editor's note runs a few sentences over its story's text: a paragraph, which a sentence closed
# on a full line may break in two where the page keeps no indent
NOTE_PARAGRAPHS = 2


def _opens_text(blocks: list[Block]) -> bool:
    """The paragraph after `blocks` may open the story's text with its dateline: it is the first,
    or follows the editor's note printed over the text (编者按：…)."""
    if not blocks:
        return True
    if len(blocks) > NOTE_PARAGRAPHS or any(block.type != "paragraph" for block in blocks):
        return False
    return opens_editor_note(blocks[0].text)


def _blocks(paragraphs: list[Paragraph]) -> tuple[list[Block], str]:
    blocks: list[Block] = []
    dateline = ""
    carried = ""  # the text a heading's line ran on into, opening the paragraph after it
    for paragraph in paragraphs:
        if paragraph.heading:
            text = paragraph.lines[0].text
            head, carried = _split_marked_run_in(text)
            if not head:
                head, carried = text, ""
            blocks.append(Block("heading", _join_section_number(join_lines(head.split("\n")))))
            continue
        raw = "\n".join(line.text for line in paragraph.lines)
        if not dateline and _opens_text(blocks):
            dateline, rest = names.opening_dateline(raw)
            raw = raw if names.credits_source_in_full(dateline) else rest
        head, raw = _split_marked_run_in(carried + raw)
        if not head and blocks and not paragraph.lines[0].table_row:  # a row's cells part by spaces
            head, raw = _split_bold_run_in(raw, under_text=blocks[-1].type == "paragraph")
        carried = ""
        if head:
            blocks.append(Block("heading", join_lines(head.split("\n"))))
        text = join_lines(raw.split("\n"))
        run_in = RUN_IN_SUBHEADING.match(text)
        if run_in:
            blocks.append(Block("heading", run_in.group()))
            text = text[run_in.end() :]
        if text:
            blocks.append(Block("paragraph", text))
    return blocks, dateline


# "2 .场景开放牵引": a subheading's number and its mark, set apart by the letter-spacing of its line
_SPACED_NUMBER = re.compile(r"^([0-9０-９]{1,2}) ([.．])(?=\S)")


def _join_section_number(heading: str) -> str:
    """A section's number and its mark are one in print, however far its line is spaced out."""
    return _SPACED_NUMBER.sub(r"\1\2", heading)


_MARKED_CREDIT = re.compile(rf"^\S\s*(?:{names.ROLE})")


def _first_subheading_apart(headlines: list[Item]) -> tuple[list[Item], str]:
    """A story's first subheading printed straight under its deck, no blank line between, is read
    into the deck's block: its last line, opened by a subheading's ornament, the only line of the
    block so marked (a list's rows each have theirs). It opens the text: the deck without it, and it."""
    last = max(headlines, key=lambda item: item.number, default=None)
    lines = last.text.split("\n") if last is not None else []
    if len(lines) < 2 or not MARKED_SUBHEADING.match(lines[-1].strip()):
        return headlines, ""
    if _MARKED_CREDIT.match(lines[-1].strip()):
        return headlines, ""  # a byline marked as a subheading is ("● 本报记者 …"): no heading
    if any(MARKED_SUBHEADING.match(line.strip()) for line in lines[:-1]):
        return headlines, ""
    kept = last.lines[:-1] if len(last.lines) == len(lines) else last.lines
    deck = replace(last, lines=kept, text="\n".join(lines[:-1]))
    return [deck if item is last else item for item in headlines], lines[-1].strip()


def _headline_roles(headlines: list[Item]) -> tuple[str, str, str]:
    """Kicker above the main title, subtitle below. The main title is no subtitle (——…), no
    genre's name, no column label and no prose (a body line taken for a headline); then the
    punchy line, in quotes or "X：Y", over a plain one: a subtitle that explains it is often set
    wider, and the extractor may write either first. Else the widest: a kicker is set narrower
    than the title under it, a subtitle narrower than the title above it. Which of them names
    the park tells nothing."""
    if not headlines:
        return "", "", ""
    ordered = _narrow_blocks_joined(sorted(headlines, key=lambda item: item.number))
    labelled = _labelled_deck(ordered)
    if labelled:
        return labelled
    restated = {visible(item.restated_title) for item in ordered} - {""}
    pieces: list[tuple[int, str]] = []
    bars: list[int] = []  # the pieces a bar opens: no title runs on across one
    for k, item in enumerate(ordered):
        for part in _upright_apart(item):
            deck = _without_box_lines(part)
            for n, barred in enumerate(PARTS_APART.split(deck) if deck else []):
                bars += [len(pieces)] if n else []
                pieces += [(k, piece) for piece in _apart_at_title(_headline_pieces(barred), restated)]
    if not pieces:
        return "", "", ""
    # halves read back bottom-up within a block of lines, or each a block of its own
    narrow = {k for k, item in enumerate(ordered) if _narrow_column(item)}
    texts = _halves_in_printed_order([_piece_text(piece, k in narrow) for k, piece in pieces])
    # a title set upright, or as an image, whose line holds it whole
    lines = [line for item in ordered for line in item.lines]
    whole = {_headline_text(line.text) for line in lines if line.upright or line.image}
    # the one part of the deck a Markdown export wrote as a heading, the others plain: the title
    heading = {_headline_text(line.text) for line in lines if line.heading}
    headed = [k for k, text in enumerate(texts) if text in heading]

    def label(k: int) -> bool:
        """ "走进麓谷", "改革进行时": a few characters over a headline twice as wide are a
        kicker (a column's or a series' name), whatever park they name; not where they run on
        from the line above or into the line under ("一颗光芯片的" / "“出村”之路"): a title's half."""
        width = display_width(texts[k])
        if len(texts[k]) > MAX_LABEL or not any(display_width(t) >= 2 * width for t in texts[k + 1 :]):
            return False
        above = k > 0 and breaks_inside_phrase(texts[k - 1], texts[k])
        return not above and not (k + 1 < len(texts) and breaks_inside_phrase(texts[k], texts[k + 1]))

    def prominence(k: int) -> tuple:
        return (
            not texts[k].startswith("—"),
            not _label_after(texts[k]),
            not _labels_line(texts[k]),
            not (GENRE.search(texts[k]) or _INTERVIEW_UNDER.match(texts[k])),
            not label(k),
            not PROSE.search(texts[k]),
            not (k > 0 and _clause_under([texts[k - 1]], texts[k])),  # a subtitle telling more
            punchy(texts[k]),
            display_width(texts[k]),
            k,  # of two as wide, the lower: a kicker sits above its title
        )

    beside = {_headline_text(kicker_beside(item.lines[0].text.strip())) for item in ordered} - {""}
    kickers_before, subtitles_after = _whole_deck_ends(ordered)
    # the title follows the kicker written beside it, whatever their widths
    after_kicker = max(
        (k + 1 for k, text in enumerate(texts[:-1]) if text in beside | kickers_before), default=0
    )
    # and comes before the subtitle a whole deck on one baseline closes on
    before_subtitle = min(
        (k for k, text in enumerate(texts) if k > after_kicker and text in subtitles_after),
        default=len(texts),
    )
    set_whole = [k for k, text in enumerate(texts) if text in whole]
    halves = False  # a title broken at its middle: its two lines run on with no space between
    run = _restated_run(texts, restated)
    if run is not None:
        first, last = run[0], run[1] - 1  # the story's record names its title
    elif set_whole:
        first = last = set_whole[0]  # its upright box, or its image, holds the whole title
    elif len(headed) == 1 < len(texts):
        first = last = headed[0]
    else:
        main = _set_larger([piece for _, piece in pieces])  # its lines may tell the title's type
        if main is None or main < after_kicker:
            main = max(range(after_kicker, before_subtitle), key=prominence)
        first = main - 1 if main > after_kicker and _subject_over(texts[main - 1], texts[main]) else main
        first, last = _spanned_pieces(texts, first, main)
        first = max(first, after_kicker)
        if first == last and first > after_kicker and _broken_evenly(texts[first - 1], texts[first]):
            first, halves = first - 1, True
        elif first == last and last + 1 < len(texts) and _broken_evenly(texts[last], texts[last + 1]):
            last, halves = last + 1, True
        while (
            last + 1 < len(texts)
            and title_tail(texts[last], texts[last + 1])
            and _right_under(ordered, pieces, last + 1)
        ):
            last += 1
        first, last = max(first, _bar_over(bars, main)), min(last, _bar_under(bars, main, len(texts)) - 1)
        halves = halves and first < last
    while last > first and _label_after(texts[last]):
        last -= 1
    # a subtitle printed before its title is a subtitle still: no kicker opens with a dash or
    # names the genre of an interview or a report; a label read after its title is its kicker
    above = [SUBTITLE_FORM.search(text) is not None for text in texts[:first]]
    labels = [text for text in texts[last + 1 :] if _label_after(text)]
    kicker = _headline_text(" ".join([text for text, sub in zip(texts, above) if not sub] + labels))
    under = [text for text in texts[last + 1 :] if not _label_after(text)]
    subtitle = _headline_text(" ".join([text for text, sub in zip(texts, above) if sub] + under))
    # lines, each break asked, but where a narrow column broke them anywhere
    broken_anywhere = _narrow_run(pieces[first : last + 1], narrow)
    title = ("" if halves or broken_anywhere else "\n").join(texts[first : last + 1])
    return kicker, _headline_text(title), subtitle


MIN_NARROW_COLUMN_LINES = 3  # a headline group's lines in a narrow column of its own, at the least


def _narrow_blocks_joined(ordered: list[Item]) -> list[Item]:
    """A headline group set in a narrow column of its own is printed line under line, no blank
    between, its kicker, title and subtitle broken alike over lines of a few characters: the
    layout may read it as several blocks cut anywhere ("政策速递" / "桂林高新" | "区八条举" / …),
    which tell none of its parts. Blocks of such lines printed right under each other are read as
    the one block they are printed as; a credit under the group ("本报评论员") is none of its lines."""
    out: list[Item] = []
    for item in ordered:
        above = out[-1] if out else None
        if above is not None and item.number == above.lines[-1].number + 1 and not _opens_credit(item):
            joined = replace(above, lines=above.lines + item.lines, text=f"{above.text}\n{item.text}")
            if _narrow_column(joined):
                out[-1] = joined
                continue
        out.append(item)
    return out


def _opens_credit(item: Item) -> bool:
    """The block opens on a credit's role ("本报评论员", "（记者 X）"): a byline, however short."""
    return names.ROLE_PATTERN.match(item.text.lstrip("（( ")) is not None


def _narrow_column(item: Item) -> bool:
    """A block of three lines or more, each of a few characters: a headline group set in a narrow
    column of its own. (Two such lines are as often a short title broken at its middle.)"""
    narrow = all(_word_chars(line.text) <= NARROW_HEADLINE_MEASURE for line in item.lines)
    return narrow and len(item.lines) >= MIN_NARROW_COLUMN_LINES


def _piece_text(piece: str, narrow: bool) -> str:
    """A piece of the deck as one line: a narrow column breaks its lines anywhere, inside a word
    or between phrases alike, so a part it breaks over three lines or more runs on with no space
    between; other breaks are asked (two lines may be a title's two phrases)."""
    text = _lines_in_printed_order(piece)
    anywhere = narrow and text.count("\n") >= MIN_NARROW_COLUMN_LINES - 1
    return _headline_text(text.replace("\n", "") if anywhere else text)


def _narrow_run(held: list[tuple[int, str]], narrow: set[int]) -> bool:
    """The pieces are a part a narrow column broke over three lines or more."""
    lines = sum(piece.count("\n") + 1 for _, piece in held)
    return all(k in narrow for k, _ in held) and lines >= MIN_NARROW_COLUMN_LINES


def _restated_run(parts: list[str], restated: set[str]) -> tuple[int, int] | None:
    """Where a run of the deck's parts makes the title its story's record restates ("原标题：…",
    its words without spaces): the run's first part and the one past its last."""
    if not restated:
        return None  # most decks: no record restates them
    runs = itertools.combinations(range(len(parts) + 1), 2)
    return next(((a, b) for a, b in runs if visible("".join(parts[a:b])) in restated), None)


def _apart_at_title(pieces: list[str], restated: set[str]) -> list[str]:
    """The deck's pieces, one printed as a block with the restated title among its lines (a
    kicker and a subtitle set tight over and under it, or beside it on its line across a gap)
    parted at the title's first and last."""
    out: list[str] = []
    for piece in pieces:
        lines = [part for line in piece.split("\n") for part in _WIDE_GAP.split(line)]
        run = _restated_run(lines, restated)
        if run is None:
            out.append(piece)
            continue
        start, end = run
        out += ["\n".join(part) for part in (lines[:start], lines[start:end], lines[end:]) if part]
    return out


# The fields a content-management system prints a headline deck in, each part on a line of its
# own after the field's label ("引题：…", "主标题：…", "副题：…"): the label is furniture, the
# field tells the part's role (0 kicker, 1 title, 2 subtitle), whatever its words or width
DECK_FIELDS = {"引题": 0, "肩题": 0, "眉题": 0, "主标题": 1, "正题": 1, "副标题": 2, "副题": 2}
DECK_LABEL = re.compile(rf"(?P<field>{'|'.join(sorted(DECK_FIELDS, key=len, reverse=True))})\s*[：:]\s*")


def deck_field(line: str) -> int | None:
    """The role of the deck's field a line opens with the label of, if it does."""
    label = DECK_LABEL.match(line.lstrip()) if "题" in line else None
    return DECK_FIELDS[label.group("field")] if label else None


def _labelled_deck(ordered: list[Item]) -> tuple[str, str, str] | None:
    """The kicker, title and subtitle of a deck whose parts the system labelled, each the rest
    of its label's line (up to a next label, where the extractor wrote two fields on one line);
    what stands before the first label is no field of it (a box's or a column's last words). A
    field printed under one it goes over opens another deck, the one nearest the text its own.
    None where no title is labelled: the deck is read as printed."""
    fields = ["", "", ""]
    for item in ordered:
        if "题" not in item.text:  # every label ends on it: most headlines hold none
            continue
        for line in item.text.split("\n"):
            labels = list(DECK_LABEL.finditer(line))
            for label, after in itertools.zip_longest(labels, labels[1:]):
                role = DECK_FIELDS[label.group("field")]
                if any(fields[role:]):  # a part over one already read: the next deck's
                    fields = ["", "", ""]
                fields[role] = _headline_text(line[label.end() : after.start() if after else None].strip())
    return (fields[0], fields[1], fields[2]) if fields[1] else None


# Characters one half of a title broken at its middle may run longer than the other: a title
# wrapped where its measure is full leaves a short last line, which tells no order
MAX_HALVES_DIFFERENCE = 2
# Characters of either half: a title of some twenty characters broken near its middle; a line of
# a column's text, or a long title's full first line, runs longer
MAX_TITLE_HALF = 10


# Characters one line of a title broken at its middle may run longer than the other
MAX_EVEN_BREAK = 1
# Characters of a line a title broken at its middle holds, at the least: a phrase of its own
# is shorter, a kicker's column name or a title's tail
MIN_EVEN_HALF = 6


# The word a line of a title may break after, waiting for what it governs: a verb for its object
# ("长出"), an adverb or a question word for its verb ("如何")
_WAITS = re.compile(r"^(?:v(?!n)|[rd]$)")
# The words a thing's name is made of (nouns, abbreviations, set phrases, a measure's word), no deed
_THING = re.compile(r"^(?:n[gtz]?|j|l|q)$")
MIN_THING = 2  # characters of the word a line ends on: one alone ("极寒" cut to "寒") tells nothing


def _even_halves(above: str, under: str) -> bool:
    """Two lines as long as each other to a character, each a phrase's length at the least."""
    return abs(len(above) - len(under)) <= MAX_EVEN_BREAK and min(len(above), len(under)) >= MIN_EVEN_HALF


def _broken_evenly(above: str, under: str) -> bool:
    """A title too long for its measure may be broken at its middle, its two lines as long as
    each other to a character, the upper one left waiting on a verb for its object or an adverb
    for its verb ("老电影城里长出" / "数字影视新产业", "特钢企业如何" / "走好“专精”路"), or, doing
    nothing, inside the name of a thing ("人参精深加工" / "车间开足马力"). A kicker
    and its title may be as long as each other, but a kicker is a whole phrase ("无人机配送进园区"
    / "标准走在产品前面"). Not where the upper line is whole by its marks (a subject and its
    colon, a closing quote), nor where either reads as a subtitle or names a genre, nor under a
    series' name ("走进…"). Broken inside a park's name, it is one title whatever the words."""
    if not _even_halves(above, under):
        return False
    if max(len(above), len(under)) > MAX_TITLE_HALF or WHOLE_TITLE.search(above) or " " in under:
        return False
    if _SERIES_VISIT.match(above) or any(
        SUBTITLE_FORM.search(text) or GENRE.search(text) for text in (above, under)
    ):
        return False
    if _park_broken(above, under):
        return True
    tagged = nlp.tagged(above)
    if not tagged:
        return False
    waits = _WAITS.match(tagged[-1][1]) is not None or _count_waits(above, under)
    return waits or (not any(_VERB.match(tag) for _, tag in tagged) and _thing_broken(above, under))


def _park_broken(above: str, under: str) -> bool:
    """A park's name runs on from the one line into the other ("低空经济，珠海" / "高新区怎么“飞”"):
    no line of a deck ends inside a name, so the measure broke one title there."""
    return any(start < len(above) < end for _, start, end in gazetteer.find(above + under))


def _count_waits(above: str, under: str) -> bool:
    """The upper line ends on a verb and its count, the lower opens on the thing it counts
    ("内江高新区出台十条" / "措施培育锂电产业"): a count left waiting for its noun. A count after
    its thing ("引进企业十家" / "产值…") closes a phrase."""
    if not _COUNT_END.search(above):
        return False
    tagged = nlp.tagged(above)
    if len(tagged) < 2 or not _VERB.match(tagged[-2][1]):
        return False
    first = nlp.tagged(under)[:1]
    return bool(first) and len(first[0][0]) >= MIN_THING and _THING.match(first[0][1]) is not None


# A count and its measure word closing a line ("十条", "3项"), the measure word required: a bare
# figure may close a phrase of its own
_COUNT_END = re.compile(r"[0-9零一二三四五六七八九十百千两][个家项名件台座条批位款]$")


def _thing_broken(above: str, under: str) -> bool:
    """The upper line ends on a thing of a word or more and the lower opens on one: the name of
    a thing ("人参精深加工" / "车间…") broken between its words."""
    last, first = nlp.tagged(above)[-1:], nlp.tagged(under)[:1]
    if not last or not first or len(last[0][0]) < MIN_THING or not _THING.match(last[0][1]):
        return False
    return _THING.match(first[0][1]) is not None


def broken_at_middle(above: str, under: str) -> bool:
    """Two lines are one title broken at its middle: left waiting on a verb or an adverb, or
    inside the name of its subject's thing."""
    return _broken_evenly(above, under) or _subject_runs_on(above, under)


def _halves_in_printed_order(texts: list[str]) -> list[str]:
    """A title broken over two lines, read back bottom-up, comes lower half first. The break
    tells it where the two do not run on as read but do the other way round: the half read
    second is left open on the particle 的 or an ordinal ("低空物流试验" / "山地城市的",
    "自主研发游艇下水" / "海口高新区首艘"), or the half read first opens on 的, which ties it
    back ("的“第一站”" / "机器人创业者"). Headline lines only: a column's lines break anywhere.
    Two lines that run on as read are one phrase, the lower no half of another pair; and a half
    read second that runs on into the line under it is the middle of a longer title."""
    out = list(texts)
    k = 0
    while k + 1 < len(out):
        first, second = out[k], out[k + 1]
        if breaks_inside_phrase(first, second):
            k += 2
            continue
        middle = k + 2 < len(out) and breaks_inside_phrase(second, out[k + 2])
        read_back = _left_open(second, first) and not _left_open(first, second)
        read_back = read_back or _subject_under_its_deed(first, second)
        if _halves(first, second) and read_back and not middle:
            out[k], out[k + 1] = second, first
            k += 2
            continue
        k += 1
    return out


def _subject_under_its_deed(first: str, second: str) -> bool:
    """A park and things of it with no verb ("北海高新区电子") read under a short phrase that
    says what was done and names no place ("产品出口订单饱满"): the subject waits for it."""
    deed = any(_VERB.match(tag) for _, tag in nlp.tagged(first))
    return deed and subject_alone(second, first)


def _lines_in_printed_order(piece: str) -> str:
    return "\n".join(_halves_in_printed_order([line.strip() for line in piece.split("\n")]))


def _halves(first: str, second: str) -> bool:
    longer = max(len(first), len(second))
    return longer <= MAX_TITLE_HALF and abs(len(first) - len(second)) <= MAX_HALVES_DIFFERENCE


_LEFT_ON_PARTICLE = re.compile(r"的$")


def _left_open(above: str, under: str) -> bool:
    """The line above ends on 的 or an ordinal, where no phrase ends, or the line under opens
    on 的: neither is a whole line of a title alone."""
    return bool(_LEFT_ON_PARTICLE.search(above) or _ORDINAL_END.search(above) or _PARTICLE_START.match(under))


# Characters of a subtitle, at the least: it explains its title in a phrase of its own
MIN_SUBTITLE = 5


def title_tail(title: str, text: str) -> bool:
    """A word or two under the title, too short for a phrase that explains it ("园区企业主导制定两项"
    / "国际标准", "光谷造卫星年产能突破100" / "颗"), is what the title's line had no room for. Not
    under a title already whole: two phrases parted by a space or a colon, or closed by a quote
    or bracket, which a column's label or the text run in after it may follow; nor names, nor
    a note of where the text goes on ("下转5版"), nor a notice's name ("招商启事"), the title of a
    box of its own, unless the title's line leaves it open ("关于…的" / "通知")."""
    short = len(text.replace(" ", "")) < MIN_SUBTITLE and not LETTER_SPACED.match(text)
    if not short or SUBTITLE_FORM.search(text) or CLAUSE_MARK.search(text) or FORWARD_JUMP.search(text):
        return False
    if reads_as_unlisted_name(text):
        return False
    if _NOTICE_NAME.fullmatch(text) and not breaks_inside_phrase(title, text):
        return False
    return not WHOLE_TITLE.search(title)


# A title whole on its line: two phrases parted by a space or a colon, or closed by a mark
WHOLE_TITLE = re.compile(r"[ ：:]|[”’」』】）》]$")


def _right_under(ordered: list[Item], pieces: list[tuple[int, str]], j: int) -> bool:
    """Piece j is printed straight under the piece before it: in the same block, or on the next
    line (a blank line apart, as an extractor spacing every line writes it)."""
    (above, _), (below, _) = pieces[j - 1], pieces[j]
    return above == below or ordered[below].number - ordered[above].lines[-1].number <= NEXT_LINE


NEXT_LINE = 2  # line numbers from one printed line to the next, at the most


# A bar a content-management system prints between a deck's parts written on one line ("…观察｜
# 衢州高新区…", "…开放共享｜新药筛选周期…"), full-width, ASCII or the stroke 丨 web editors type:
# furniture, the parts one as stacked lines are. Not the bar after a serial's word that opens a
# line ("连载｜…"): it is printed in the label
DECK_BAR = re.compile(rf"(?<!^{SERIAL_WORD})[ \u3000]*[｜|丨][ \u3000]*", re.M)
# A deck set on one baseline: its parts (kicker, title, subtitle) parted by gaps of two ems or more,
# two ideographic spaces, wider than the em between a two-part title's phrases. A gap parts the deck
# as a bar does: no title runs on across it. Not a gap after a clause's comma: two columns of text
# read across
DECK_GAP = re.compile(r"(?<=[^\s，、；,])\u3000{2,}(?=\S)")
PARTS_APART = re.compile(rf"{DECK_BAR.pattern}|{DECK_GAP.pattern}", re.M)
WHOLE_DECK = 3  # parts of a deck on one baseline that hold all it may: kicker, title and subtitle


def _whole_deck_ends(ordered: list[Item]) -> tuple[set[str], set[str]]:
    """The first and last parts of each line that holds a whole deck on one baseline, three parts:
    the kicker and the subtitle, printed in the order a stacked deck's lines are, the title between."""
    wholes = [
        parts
        for item in ordered
        for line in item.lines
        if len(parts := DECK_GAP.split(line.text.strip())) >= WHOLE_DECK
    ]
    return {_headline_text(parts[0]) for parts in wholes}, {_headline_text(parts[-1]) for parts in wholes}


# A box of facts in figures: its label ("数说", "数读") and its rows, each opened by a bullet
# ("●总投资26亿元"), the extractor may write them on one line ("数说●…●…")
FACTS_BOX_LINE = re.compile(rf"^\s*(?:(?:{FACTS_LABELS})\s*$|(?:{FACTS_LABELS})?\s*{FACTS_ROW_BULLET})")


def _without_box_lines(text: str) -> str:
    """A headline block without the lines of a box of facts printed over the story, read into
    its deck: they are no part of it."""
    if FACTS_ROW_BULLET not in text and "数" not in text:  # most headlines: neither asked line by line
        return text
    return "\n".join(line for line in text.split("\n") if not FACTS_BOX_LINE.match(line))


def _bar_over(bars: list[int], main: int) -> int:
    """The first piece of the part of the deck that holds the main title's piece."""
    return max((bar for bar in bars if bar <= main), default=0)


def _bar_under(bars: list[int], main: int, count: int) -> int:
    """The first piece of the part of the deck after the main title's, or the count of pieces."""
    return min((bar for bar in bars if bar > main), default=count)


def _upright_apart(item: Item) -> list[str]:
    """A title set upright is a part of its own: the lines printed over and under it are its
    kicker and subtitle, whatever they say."""
    if not any(line.upright for line in item.lines):
        return [item.text]
    runs: list[list[str]] = []
    for k, line in enumerate(item.lines):
        if not runs or line.upright or item.lines[k - 1].upright:
            runs.append([])
        runs[-1].append(line.text)
    return ["\n".join(run) for run in runs]


def _spanned_pieces(texts: list[str], first: int, last: int) -> tuple[int, int]:
    """A headline set across two columns is read back column by column, its halves parted like
    two parts of the headline group, the cut falling anywhere. A kicker, title and subtitle are
    each phrases of their own, so a cut inside a word, inside a quotation, after a preposition
    or before a particle or a modal verb ("净月高新区影视基地迎" / "来拍摄旺季", "留住人才" /
    "要靠“烟火气”") runs on: the pieces on both sides of it are one title. A subtitle's dash or
    genre is always a part of its own, and so is a deck's label ("…活动进行时" / "光伏…" is no
    word "时光" broken)."""

    def runs_on(above: str, under: str) -> bool:
        if SUBTITLE_FORM.search(above) or SUBTITLE_FORM.search(under) or deck_label(above):
            return False
        return (
            breaks_inside_phrase(above, under)
            or subject_alone(above, under)
            or _quoted_name_runs_on(above, under)
        )

    while first > 0 and runs_on(texts[first - 1], texts[first]):
        first -= 1
    while last + 1 < len(texts) and runs_on(texts[last], texts[last + 1]):
        last += 1
    return first, last


def breaks_inside_phrase(above: str, under: str) -> bool:
    """A headline's line breaks inside a word, inside a quotation, after a preposition or before
    a particle or a modal verb: the two lines are one phrase."""
    quote_open = above.count("“") > above.count("”")
    binds = _OPEN_ENDING.search(above) or _ORDINAL_END.search(above) or _RUNS_ON.match(under)
    return quote_open or bool(binds) or nlp.splits_word(above, under)


def subject_alone(above: str, under: str) -> bool:
    """A title says what its subject did: a park and things of it with no verb
    ("滁州高新区光伏玻璃项目") is a subject still waiting for its predicate, and a short phrase
    under it that names no place of its own ("提前两个月点火") is that predicate. A title in two
    parts (parted by a space of either width), or one marked by quotes or "X：Y", is whole; a jump
    line or a line of credits ("下转8版", "编辑/…") is no phrase of it."""
    if not _opens_on_park(above) or _GAP.search(above) or punchy(above) or not _PREDICATE.match(under):
        return False
    if gazetteer.find(under) or _ZONE_END.search(under) or FORWARD_JUMP.search(under):
        return False
    return not any(_VERB.match(tag) for _, tag in nlp.tagged(above))


def _quoted_name_runs_on(above: str, under: str) -> bool:
    """A park and a quoted name with no deed ("桂林高新区“数字山水”") says nothing of itself: a
    line as long as it to a character under it, opening on the thing that name is of and going
    on with what it did ("平台服务游客超百万人次"), is the rest of one title the measure broke
    after the quote. A quoted deed ("…“加速跑”") is a title whole, and a line naming a place of
    its own, or no thing first, or no deed, is a subtitle."""
    if not _even_halves(above, under) or not _opens_on_park(above):
        return False
    if not _CLOSES_ON_QUOTED_PHRASE.search(above):
        return False
    if _GAP.search(above) or any(_VERB.match(tag) for _, tag in nlp.tagged(above)):
        return False
    if gazetteer.find(under) or _ZONE_END.search(under) or not _PREDICATE_LINE.match(under):
        return False
    words = nlp.tagged(under)
    opens_on_thing = bool(words) and len(words[0][0]) >= MIN_THING and _THING.match(words[0][1]) is not None
    return opens_on_thing and any(_VERB.match(tag) for _, tag in words[1:])


_PREDICATE_LINE = re.compile(r"^[\u3400-\u9fffA-Za-z0-9%]+$")  # one phrase: no mark, no space


def _subject_over(text: str, title: str) -> bool:
    """A kicker names a column or a series, never the park a title is about: a phrase over the
    title that opens with a park ("淮安高新区多措并举" / "推动化工企业绿色转型") is the title's
    subject and its first part, set apart or not. A subtitle or a genre's name is no part of it,
    nor is a park over a title that opens with a subject of its own, nor a park's bare name over
    a title already whole in two phrases ("洛阳高新区" / "五方面发力 支持轴承产业攻关"): a kicker."""
    described = SUBTITLE_FORM.search(text) or GENRE.search(text) or PROSE.search(text)
    if not _opens_on_park(text) or described or _opens_on_park(title):
        return False
    return not (_TWO_PHRASES.match(title) and _bare_park(text))


def _headline_pieces(text: str) -> list[str]:
    """A headline block printed line under line, no blank between, holds its kicker and subtitle
    too: a letter-spaced rubric or one naming a genre is a kicker, a line opening with a dash or naming an
    interview or a reading a subtitle. Other lines run on: a long title breaks over two lines."""
    lines = [part for k, line in enumerate(text.split("\n")) for part in _joined_parts(line, k == 0) if part]
    lines = _dotted_run_on(lines)
    beside = lines[:1] == [kicker_beside(text.split("\n", 1)[0].strip())]
    pieces: list[list[str]] = []
    for k, line in enumerate(lines):
        piece = pieces[-1] if pieces else []
        goes_on = _says_what_it_did(piece, line) or _spread_tail(lines, k)
        goes_on = goes_on or bool(piece) and _narrow_subtitle_from(lines, k - len(piece))
        apart = _set_apart(lines[k - 1], _unbroken(lines, k)) and not goes_on
        apart = apart or _genre_under(piece, line) or _after_tail(piece, line)
        apart = apart or _third_phrase(piece, line, lines[k + 1] if k + 1 < len(lines) else "")
        apart = apart or _clause_under(piece, line) or k > 0 and _dotted_rubric(lines[k - 1])
        # a deck's label (a series' instalment, a column's name) is a part of its own, wherever read
        labelled = k > 0 and (deck_label(_headline_text(line)) or deck_label(_headline_text(lines[k - 1])))
        apart = apart or labelled
        runs_on = k > 0 and LETTER_SPACED.match(lines[k - 1]) and _RUNS_ON.match(_headline_text(line))
        if not pieces or not runs_on and ((k == 1 and (beside or _over_title(lines))) or apart):
            pieces.append([])
        elif _opens_subtitle(_headline_text(line)) and not opens_more_than_it_closes(lines[k - 1]):
            pieces.append([])  # a line that closes a quote or title mark opened above runs on
        pieces[-1].append(line)
    return ["\n".join(piece) for piece in pieces]


# The dot that joins the two words of a rubric ("产业链·新材料") or the parts of a name
JOINING_DOT = re.compile(rf"[{names.NAME_DOTS}]$")


def _dotted_run_on(lines: list[str]) -> list[str]:
    """A line closing on a joining dot ("产业链·" / "专用车") broke inside the one word it joins:
    no part of a headline group ends there, so the line under it is the rest of that part."""
    out: list[str] = []
    for line in lines:
        if out and JOINING_DOT.search(out[-1].rstrip()):
            out[-1] = out[-1].rstrip() + line.strip()
        else:
            out.append(line)
    return out


# A rubric of two words joined by a middle dot ("产业链·信创"), the whole of its line
_DOTTED_RUBRIC = re.compile(rf"^([\u4e00-\u9fff]{{2,4}})[{names.NAME_DOTS}][\u4e00-\u9fff]{{2,4}}$")


def _dotted_rubric(line: str) -> bool:
    """Two words joined by a middle dot, the first a word the dictionary knows ("产业链·信创"): a
    kicker's rubric, which ends where its second word does; the title starts on the next line,
    however narrow the column that broke the rubric at its dot. A name broken at its dot runs
    on ("艾尔肯·吐拉洪：…", "买买提·吐尔" / "逊…"): a person's, no rubric."""
    rubric = _DOTTED_RUBRIC.match(line.strip())
    return rubric is not None and nlp.is_known_word(rubric.group(1)) and not names.is_name(rubric.group())


def _opens_subtitle(text: str) -> bool:
    """Under a line of the group, a line that can only open a subtitle, or one that names an
    interview with its subject ("对话…企业家…", "专访…"): a title is the talk's own words, the
    line under it says whom the reporter spoke with."""
    return SUBTITLE_LINE.search(text) is not None or _INTERVIEW_UNDER.match(text) is not None


# An interview named under its title (over it, "对话…" may name a column of interviews: a kicker)
# The reporter may name himself first ("记者对话…负责人"): the line tells whom he spoke with still.
_INTERVIEW_UNDER = re.compile(r"^(?:(?:本报)?记者)?(?:对话|专访)\S{2,}")


def _joined_parts(line: str, first: bool) -> list[str]:
    """An extractor may write a headline group on one line, its parts parted by gaps: a dash
    after a gap opens the subtitle ("…“算力工厂” ——园区…"), and a rubric before the first gap is
    the kicker, spaced out ("政 策 问 答 武进高新区…") or naming a genre, or a phrase before a
    title that opens with its subject ("数据中心集群探访 贵阳高新区：…")."""
    parts = [part.strip() for part in _DASH_AFTER_GAP.split(line.strip())]
    if not first:
        return parts
    kicker = kicker_beside(parts[0])
    if kicker:
        return [kicker, parts[0][len(kicker) :].strip(), *parts[1:]]
    spaced = _SPACED_RUBRIC.match(parts[0])
    if spaced:
        return [spaced.group(), parts[0][spaced.end() :].strip(), *parts[1:]]
    head, _, rest = parts[0].partition(" ")
    # a rubric is a phrase, no character of a spaced-out title ("韦 振 宇 ： 让…"), and names a
    # column, no subject and its colon: "责任编辑：X 美编：Y" is a line of labels
    phrase = _word_chars(head) > 1 and not _COLON.search(head)
    if rest and phrase and _rubric(head, rest.strip()):
        return [head, rest.strip(), *parts[1:]]
    return parts


# Blocks printed side by side, read on one line: the extractor writes the gap between them as a run
# of spaces, two at the least (a title's two phrases are parted by one, or by an em written as two)
_WIDE_GAP = re.compile(r"(?<=\S)(?:[ \u3000]{2,}|[ \u3000]*\t[ \t\u3000]*)(?=\S)")  # a tab: a run of spaces
_PHRASE = re.compile(r"[\u3400-\u9fffA-Za-z0-9]{2}")  # two word characters running, no spaced-out letter


def kicker_beside(line: str) -> str:
    """A kicker is set left of its title or over it; read on one line with its title, it comes first,
    a wide gap after it. The gap tells a kicker from a two-part title's first phrase, parted by an
    em ("在济宁高新区  年轻人留下来了"), only where the title opens with its subject, a park
    ("老工业基地焕新    鞍山高新区AI质检…"), or where a colon closes the phrase before the gap:
    a subject and its colon run on into what of it with no more room than the colon's own
    ("三明高新区：   四项举措…"). What follows the gap may be a subtitle instead: a dash opens it, or
    it names the genre of a report on a park ("…培育工业软件产业见闻"); a line spaced out letter by
    letter has no phrase on either side."""
    gap = _WIDE_GAP.search(line)
    if gap is None:
        return ""
    head, rest = line[: gap.start()], line[gap.end() :]
    if rest.startswith("—") or not _PHRASE.search(head) or not _PHRASE.search(rest):
        return ""
    if explains_title(DECK_GAP.split(rest, 1)[0]):
        return ""
    titled = _opens_on_park(rest) and not _opens_on_park(head)
    return head if titled or _COLON.match(head[-1]) or _whole_rubric(head) else ""


def _whole_rubric(head: str) -> bool:
    """What stands before a wide gap is a kicker, not a title's first phrase, where it is a
    headline of its own: two phrases already parted by a space ("老产业 新光芒"), the name of a
    series that visits a place ("探访“中国医药城”"), or a park's bare name ("湛江高新区"): a
    title's subject runs on into what it did, a phrase at the least before any gap."""
    whole = _TWO_PHRASES.match(head) is not None or _SERIES_VISIT.match(head) is not None
    return whole or _bare_park(head)


def _bare_park(text: str) -> bool:
    """ "湛江高新区": the whole of the text is one park's name."""
    parks = gazetteer.find(text)
    return len(parks) == 1 and parks[0][1] == 0 and parks[0][2] == len(text)


# Two phrases of a headline, one space apart, no mark of prose or of a dateline among them
_TWO_PHRASES = re.compile(r"^[\u3400-\u9fff]{2,}[ \u3000][\u3400-\u9fff]{2,}$")


def _says_what_it_did(piece: list[str], below: str) -> bool:
    """A title opens with its subject, a park and what of it, which a narrow column may break over
    a line or two ("抚州高新区" / "数字经济" / "“五个一”行动开局"): the line under it that names no
    park of its own but says what it did goes on with that title, however much wider it is set."""
    if not piece or PROSE.search(below) or not _spaced_alike(piece[-1], below):
        return False
    return opens_with_park(_headline_text(" ".join(piece))) and not gazetteer.find(_headline_text(below))


# How many times wider than a line of two even halves a line of the same deck printed whole is,
# at the least, for the halves to be set in larger type: a measure that holds the one line whole
# broke the other at its middle only for its size
LARGER_TYPE = 2.5


def _set_larger(pieces: list[str]) -> int | None:
    """The piece of a deck set in the largest type, where its lines tell it: a title broken at its
    middle over two lines, under or over a line printed whole far wider than either half
    ("盐碱地大豆亩" / "产再创新高" over "黄河三角洲农高区耐盐品种示范田测产"), was broken for its
    size, not for its length: it is the title, the whole line its kicker or subtitle. None where
    no piece is such a pair or none is set that much wider."""
    if not any(piece.count("\n") == 1 for piece in pieces):  # most decks: no pair to ask
        return None
    lines = [[_headline_text(line) for line in piece.split("\n")] for piece in pieces]
    whole = max((display_width(piece[0]) for piece in lines if len(piece) == 1), default=0)
    for k, piece in enumerate(lines):
        if len(piece) == 2 and _title_halves(*piece):
            return k if whole >= LARGER_TYPE * max(map(display_width, piece)) else None
    return None


def _title_halves(above: str, under: str) -> bool:
    """Two lines as long as each other, the break between them inside a word or a phrase."""
    if not _halves(above, under):
        return False
    return breaks_inside_phrase(above, under) or nlp.word_cut(above, under) or _broken_evenly(above, under)


def _after_tail(piece: list[str], below: str) -> bool:
    """A title broken where its measure is full fills every line but its last: under a line that
    stops well short of the one above, a line starting a phrase of its own is another part when
    set wider than the title's measure, or when the break above that short line split a word or
    a quotation, as only a full measure does ("贵阳高新区：山洞里的“算力工" / "厂”" / "园区算力规模…",
    a subtitle without its dash). A title broken between phrases may leave any line short
    ("让焊接机器人" / "走进冰城" / "的重工车间")."""
    if len(piece) < 2 or not _short_of(piece[-2], piece[-1]):
        return False
    above, tail, under = (_headline_text(line) for line in (piece[-2], piece[-1], below))
    if _BINDS_BACK.match(under) or not _phrase_ends(tail, under):
        return False
    measure = max(display_width(_headline_text(line)) for line in piece)
    wider = display_width(under) >= measure + MIN_TAIL_SHORTFALL  # a quote's marks may hang past it
    return wider or opens_more_than_it_closes(above) or _word_across(above, tail)


def _third_phrase(piece: list[str], below: str, next_below: str) -> bool:
    """A two-part title parts its two phrases with a space, or its subject from what of it with a
    colon, closed on a quoted word: one line holding both is the whole title, and a phrase of its
    own under it the subtitle ("潍坊高新区氢燃料发动机 下线千台" / "关键零部件国产化率达到95%",
    "大冶湖高新区：让废旧电池“重获新生”" / "年回收处理能力达到15万吨"), unless the break splits a
    word or leaves a quote or a preposition open. (A count closes a phrase that has its verb: "下线千台".)"""
    if not piece or any(LETTER_SPACED.match(line) for line in piece):
        return False
    title, under = _headline_text("\n".join(piece)), _headline_text(below)
    # a line closing on a quoted phrase as the title does is the other half of a couplet
    # ("遵义高新区：政务服务做“加法”" / "企业办事做“减法”"), wrapped or not ("企业办事" / "做“减法”")
    couplet = any(
        _CLOSES_ON_QUOTED_PHRASE.search(half) for half in (under, under + _headline_text(next_below))
    )
    # on one line: a gap of a title broken over two lines may be its break's
    one_line = len(piece) == 1
    two_parts = one_line and (" " in title or (_WHOLE_SUBJECT_COLON.match(title) is not None and not couplet))
    if _BINDS_BACK.match(under) or _OPEN_ENDING.search(title):
        return False
    if not two_parts and not (_whole_over_long(piece, under) and not couplet):
        return False
    return not opens_more_than_it_closes(title) and not _word_across(title, under)


def _whole_over_long(piece: list[str], under: str) -> bool:
    """A title marked whole (its subject's colon, or its last phrase quoted) over a line that would
    make it longer than any title runs: that line is a phrase of its own, the subtitle printed
    without its dash ("湘潭高新区：" / "风电装备“链”出新天地" / "一台风机带动…", "大庆高新区" /
    "人工智能为老油田“把脉”" / "智能巡检系统覆盖两千余口油井"), however the title broke."""
    title = _headline_text("\n".join(piece))
    marked = SUBJECT_COLON.match(title) is not None or _CLOSES_ON_QUOTED_PHRASE.search(title) is not None
    return marked and _word_chars(title + under) > MAX_TITLE


def _clause_under(piece: list[str], below: str) -> bool:
    """A title that says who did what to what ("哈尔滨高新区极寒机器人走出实验室": a park, a verb
    and its object) is whole; a line under it with a subject of its own before its verb
    ("零下40摄氏度可连续作业8小时", "施釉、分拣、包装环节基本实现无人化") is another clause, the
    subtitle that tells more, where the two together would run longer than any title does (a
    title's second phrase may have a subject of its own: "…共建产业学院" / "订单培养技能人才").
    A line opening on its verb ("打造钛产业高地") goes on with the title's subject, and one
    closing on a quoted phrase as the title does is a couplet's half."""
    if not piece or LETTER_SPACED.match(piece[-1]) or LETTER_SPACED.match(below):
        return False
    title, under = _headline_text(" ".join(piece)), _headline_text(below)
    if _word_chars(title + under) <= MAX_TITLE:
        return False  # a title's second phrase may have a subject of its own ("…学院 订单培养…")
    if _CLOSES_ON_QUOTED_PHRASE.search(title) and _CLOSES_ON_QUOTED_PHRASE.search(under):
        return False
    if not opens_with_park(title) or gazetteer.find(under) or not _phrase_ends(title, under):
        return False
    said = nlp.tagged(title)
    return (_acts_on_object(said) or _closes_on_deed(said)) and _subject_before_verb(nlp.tagged(under))


# Characters of a title at the most, its two phrases together: longer, a clause is a subtitle
MAX_TITLE = 27


def _acts_on_object(words: list[tuple[str, str]]) -> bool:
    """A verb with a thing after it, quoted or not: the clause is whole."""
    tags = [tag for word, tag in words if word not in _QUOTE_MARKS]
    return any(tag == "v" and _NOMINAL.match(after) for tag, after in itertools.pairwise(tags))


_QUOTE_MARKS = frozenset("“”‘’「」")


def _closes_on_deed(words: list[tuple[str, str]]) -> bool:
    """A thing and then the verb that closes the clause ("…人才公寓启用"): the clause is whole."""
    tags = [tag for word, tag in words if word not in _QUOTE_MARKS]
    return len(tags) > 1 and tags[-1] == "v" and _NOMINAL.match(tags[-2]) is not None


def _subject_before_verb(words: list[tuple[str, str]]) -> bool:
    """The clause opens on a thing, a name or a figure, and a verb follows it."""
    tags = [tag for _, tag in words]
    return bool(tags) and _NOMINAL.match(tags[0]) is not None and "v" in tags[1:]


def _short_of(line: str, below: str) -> bool:
    """Both unspaced, the line below stops well short of the one above: the title's last line.
    (Spaced out, a line's characters tell nothing of how wide it is printed.)"""
    if LETTER_SPACED.match(line) or LETTER_SPACED.match(below):
        return False
    return display_width(_headline_text(below)) <= display_width(_headline_text(line)) - MIN_TAIL_SHORTFALL


def _genre_under(piece: list[str], below: str) -> bool:
    """A title "X：Y" is whole, its subject and what of it; a line under it closing on a report's
    genre ("…纪实", "…调查") names that report: its subtitle, dash or not."""
    title = _headline_text(" ".join(piece))
    whole = SUBJECT_COLON.match(title) is not None and not opens_more_than_it_closes(title)
    return whole and GENRE.search(_headline_text(below)) is not None


def _narrow_subtitle_from(lines: list[str], k: int) -> bool:
    """Line k opens a subtitle ("访衡阳高新区", "——访…"), and it and the lines under it, three
    at the least, are of a few characters each: a narrow column broke that subtitle anywhere,
    after a park as well as inside a word ("访衡阳高新区" / "一家核仪表企" / "业总工程师揭"), so
    they all go on with it. Two lines as wide are a subtitle and a title read in either order."""
    under = lines[k:]
    narrow = all(_word_chars(line) <= NARROW_HEADLINE_MEASURE for line in under)
    opens = _SUBTITLE_OPENING.match(_headline_text(lines[k])) is not None
    return opens and narrow and len(under) >= MIN_NARROW_COLUMN_LINES


def _over_title(lines: list[str]) -> bool:
    """The first line of a block is set apart from the title under it as a rubric, or as a label;
    not the line a subtitle a narrow column broke opens on."""
    if _narrow_subtitle_from(lines, 0):
        return False
    return _rubric(lines[0], lines[1]) or _label(lines)


def _label(lines: list[str]) -> bool:
    """A title is marked as one (quoted words, "X：Y") or opens with its subject, a park that
    does something; a whole phrase over it that is neither is no part of it but its kicker, a
    column's or a series' name ("科技金融面对面" / "科技支行如何给轻资产企业“画像”", "园区快讯" /
    "楚雄高新区成立…"), however wide a narrow column leaves the title's lines. A line that goes
    on from it ("知识产权保护" / "从“事后维权”…") or a subject of its own ("长沙高新区" /
    "首个…") is the title's."""
    label = _headline_text(lines[0])
    title_lines = itertools.takewhile(lambda line: not SUBTITLE_LINE.search(line), lines[1:])
    title = _headline_text(" ".join(title_lines))
    visit = _SERIES_VISIT.match(label) is not None  # a series' name may quote the place it visits
    park_acts = opens_with_park(title)
    if not title or punchy(label) and not visit or _BINDS_BACK.match(title):
        return False
    if _names_subject(label) and not (park_acts and _word_over_subject(label)):
        return False
    says_more = _word_chars(title) > _word_chars(label)
    named = says_more or _comes_to_park(label) or visit
    return named and (punchy(title) or park_acts) and _phrase_ends(label, _headline_text(lines[1]))


def _word_over_subject(label: str) -> bool:
    """A title that opens on its park has its subject: a word over it, too short to be a part of
    its own elsewhere ("新赛道" / "珠海高新区…"), is no part of that title but its kicker. Not a
    park, a figure or a subject's colon, which open a title."""
    return not (_DIGIT.search(label) or label.endswith(("：", ":")) or _opens_on_park(label))


def _comes_to_park(line: str) -> bool:
    """ "走进通化医药高新区": a phrase that comes to a park after a verb and ends there names where
    a series goes, a kicker however long the park's name and short the title under it."""
    parks = gazetteer.find(line)
    return bool(parks) and parks[-1][2] == len(line)


# A series that visits a place is named for its visit, whatever the place ("走进东北老工业基地",
# "走进产业一线"): a whole line opening on the verb, over its title, is that series' name
_SERIES_VISIT = re.compile(r"^(?:走进|走近|探访)\S{2,}$")


def _rubric(line: str, below: str) -> bool:
    """Letter-spacing sets a rubric apart from the unspaced title under it, and a rubric may name
    the genre of its column ("产业观察"). Unspaced, a short line tells nothing by its width: a
    narrow column breaks a title after its subject ("狮子山高新区" / "首个…"). A series' name in
    lenticular brackets is set apart by its brackets, and a notice's label ("公告", "启事") by
    what it names: the kind of the text, no word of its title, as a column's named for whom it is
    ("读者热线"). A title "X：Y"
    opens with its subject, so a whole phrase over the line that opens with one is no part of
    that title ("创业者说" / "和丽军：把地图…"), nor is a narrow phrase over a title quoted whole."""
    if LETTER_SPACED.match(line):
        return not LETTER_SPACED.match(below)
    if line.startswith("—"):
        return False  # a dash opens a subtitle, which may break over lines ("——访柳州高" / "新区一家…")
    label = _headline_text(line)
    named = SERIES_LABEL.fullmatch(label) or NOTICE_LABEL.fullmatch(label) or COLUMN_BY_WHOM.fullmatch(label)
    if GENRE.search(line) or named:
        return True
    title = "".join(below.split())
    whole = SUBJECT_COLON.match(title) is not None or _quoted_under_narrow(label, title)
    return whole and _phrase_ends(label, _headline_text(below))


def _quoted_under_narrow(label: str, title: str) -> bool:
    """A title quoted whole under a line much narrower: a title breaks where its measure is
    full, so the line over the quotation is set apart from it ("三问" / "“冰雪装备…”"), where one
    as wide leads into it ("哈尔滨高新区企业负责人喊出" / "“冰雪装备…”")."""
    narrow = display_width(label) < SET_APART * display_width(title)
    return narrow and WHOLE_QUOTATION.match(title) is not None


def _set_apart(line: str, below: str) -> bool:
    """Two lines of one headline share its type: a line spaced out over one that is not, or the
    reverse, belongs to another part (a kicker over its title, a title over its subtitle). So
    does a whole phrase over a line much wider that starts with a word it had room for: a title
    breaks where its measure is full, and one set across that measure is another part."""
    if not _spaced_alike(line, below):
        return True
    if PROSE.search(below) and not PROSE.search(line):
        return True  # a title parts its phrases with a space: a clause under it is its subtitle
    above, under = _headline_text(line), _headline_text(below)
    width, wider = display_width(above), display_width(under)
    return (
        not _names_subject(above)
        and width < SET_APART * wider
        and width + display_width(_first_word(under)) <= wider
        and not _BINDS_BACK.match(under)
        and _phrase_ends(above, under)
    )


def _unbroken(lines: list[str], k: int) -> str:
    """Line k, with the next where the measure broke a title inside a phrase between them ("海洋仪"
    / "器的国产化之路"): a title broken at its middle is one line set in two, as wide as both
    to the line over it, however short its first half. A title spaced out stays spaced out across
    the break."""
    if k + 1 < len(lines) and breaks_inside_phrase(_headline_text(lines[k]), _headline_text(lines[k + 1])):
        return lines[k] + (" " if LETTER_SPACED.match(lines[k]) else "") + lines[k + 1]
    return lines[k]


def _spread_tail(lines: list[str], k: int) -> bool:
    """A title's short last line may be spread across its measure ("潍坊高新区氢燃料发动机" /
    "下 线 千 台"): spaced out under an unspaced line of more characters, it goes on with it. A
    spaced line that another follows opens a title spaced out whole ("稀 土 高 新 区 延 链 补 链" /
    "从 “ 卖 原 料 ” 走 向"), as does one closing on its subject's colon; one naming a genre
    ("产 业 观 察", "创 业 者 说") is a rubric, and so is one under a title's short last line."""
    line, below = lines[k - 1], lines[k]
    if not LETTER_SPACED.match(below) or LETTER_SPACED.match(line):
        return False
    if k > 1 and _short_of(lines[k - 2], line):
        return False
    tail = _headline_text(below)
    last = k == len(lines) - 1 or not LETTER_SPACED.match(lines[k + 1])
    fewer = _word_chars(tail) < _word_chars(line)
    rubric = GENRE.search(tail) or tail.endswith("说")  # a column of voices: "创业者说"
    return last and fewer and not tail.endswith(("：", ":")) and not rubric


def _spaced_alike(line: str, below: str) -> bool:
    return bool(LETTER_SPACED.match(line)) == bool(LETTER_SPACED.match(below))


def _names_subject(line: str) -> bool:
    """A title opens with its subject, which a narrow measure may leave on a line of its own:
    a park and what it did ("承德高新区发布" / "首个…"), a name and its colon ("金山高新区：" /
    "一杯…"), a figure ("年产50万平方米" / "淄博高新区…"), or a word too short to be a part of its
    own ("瓷都" / "“飞”出…")."""
    too_short = _word_chars(line) < MIN_HEADLINE_PART
    figures = _DIGIT.search(line)  # a figure is news, told by the title: a kicker is a label
    return too_short or bool(figures) or line.endswith(("：", ":")) or _opens_on_park(line)


def _opens_on_park(line: str) -> bool:
    """ "承德高新区发布" / "首个…": the park opens the line, the subject of a title broken after it;
    a line that comes to a park after a verb ("走进通化医药高新区") names where a series goes."""
    parks = gazetteer.find(line)
    return bool(parks) and parks[0][1] == 0


def _first_word(text: str) -> str:
    """The word a line opens with: a quotation or a title in marks is kept whole ("“样品”")."""
    quoted = _QUOTED_START.match(text)
    if quoted:
        return quoted.group()
    tokens = nlp.tokenize(text)
    return tokens[0].word if tokens else ""


def _phrase_ends(above: str, under: str) -> bool:
    """The break between two lines falls between phrases: not inside a word or a name
    ("走进通" / "化医药高新区", "艾尔肯·吐" / "拉洪："), nor after an open quote, a preposition or a
    count that needs what follows."""
    return not (
        _ENDS_IN_NAME_PART.search(above)
        or opens_more_than_it_closes(above)
        or _OPEN_ENDING.search(above)
        or _ENDS_ON_COUNT.search(above)
        or _ORDINAL_END.search(above)
        or _COVERB_ONLY.match(above)
        or _word_across(above, under)
    )


# A section's heading run in at the head of its first paragraph in white lenticular brackets:
# "〖设立概念验证中心〗成果转化难…" is a subheading as printed, brackets and all, over the text
# after it (a brief's title run in takes the black ones, 【】, and opens an article)
RUN_IN_SUBHEADING = re.compile(r"^〖[^〖〗]{2,20}〗(?=\S)")
# A section's heading run in at the head of its paragraph after an ornament or in black
# lenticular brackets, an ideographic space setting it off from the text: "■技术攻关 突破关键环节
# 　园区…", "● 育种攻关　示范区…", "【研发平台撑起创新高度】　园区…" (a brief's title run in the
# brackets is set close to its text)
_HEAD_PART = r"[^\u3000\n，。；！？]{1,26}"
_BRACKETED_HEAD = r"【[^【】\u3000\n]{2,26}】"
MARKED_RUN_IN = re.compile(rf"^(?:[■◆◇●]{_HEAD_PART}(?:\n{_HEAD_PART})?|{_BRACKETED_HEAD})\u3000")
# A head after an ornament that filled its line, the space after it at the line's end where the
# extractor drops it (a bracketed line over a text may as well be a brief's title)
MARKED_HEAD_LINE = re.compile(rf"^[■◆◇●]{_HEAD_PART}\n")
LOST_BY_HEAD_LINE = 3  # em it falls short of the text's lines: the paragraph's indent and the space


def _split_marked_run_in(text: str) -> tuple[str, str]:
    """(the run-in heading, the text after it); no heading, the text whole."""
    match = MARKED_RUN_IN.match(text) or _full_head_line(text)
    if match is None or not text[match.end() :].strip():
        return "", text
    return match.group()[:-1], text[match.end() :]


def _full_head_line(text: str) -> re.Match[str] | None:
    """A marked line as wide as the lines under it (a heading on a short line of its own is set
    apart, not run in); the paragraph's last line may be short, so one line under it tells nothing."""
    match = MARKED_HEAD_LINE.match(text)
    under = text[match.end() :].split("\n") if match else []
    if match is None or len(under) < 2 or opens_more_than_it_closes(match.group()):
        return None  # a quote left open goes on below: the head wraps, and is set apart
    full = display_width(match.group()) >= max(map(display_width, under)) - LOST_BY_HEAD_LINE
    return match if full else None


# A section's heading set bold at the head of its paragraph and run into its text, the change of
# font written back as an ideographic space ("从单打独斗到链条协同　园区梳理镁产业…"): a few words,
# no clause mark nor colon (a speaker's turn, a label), a dateline's or a name's space no heading's,
# nor one of the gaps of a line justified with its spacing written out.
# Only inside a text: a brief's title run into its first paragraph opens the article instead.
BOLD_RUN_IN = re.compile(r"^([\u4e00-\u9fff“”‘’《》0-9A-Za-z]{4,20})\u3000(?=\S)")
# The change of font written back as a plain word space: a reader spaces figures off the words
# around them as well ("投资 20亿元"), so words on both sides of it, none a figure
SPACED_BOLD_RUN_IN = re.compile(r"^([\u4e00-\u9fff“”‘’《》]{4,20}) (?=[\u4e00-\u9fff“‘《])")
# A credit's role ("首席记者 X") or a source's dateline ("据新华社电 …") is set off by its space too
_CREDIT_OPENING = re.compile(rf"^(?:{names.ROLE}|{names.SOURCE_DATELINE})$")


def _split_bold_run_in(text: str, under_text: bool) -> tuple[str, str]:
    """(the bold run-in heading, the text after it); no heading, the text whole."""
    opening = text[:21]  # most paragraphs: no space there
    match = BOLD_RUN_IN.match(text) if "\u3000" in opening else None
    if match is None and " " in opening and under_text:
        match = _spaced_run_in(text)
    if match is None or names.DATELINE.match(text) or reads_as_unlisted_name(match.group(1)):
        return "", text
    head, rest = match.group(1), text[match.end() :]
    # a column justified by gaps written out holds more of them, and parts words as well as phrases
    if justifying_gap(rest.replace("\n", "")) or nlp.splits_word(head, squeeze(rest)):
        return "", text
    return head, rest


def _spaced_run_in(text: str) -> re.Match[str] | None:
    """A bold head before a plain space opens a section of text: it follows the text of the one
    before (where _split_bold_run_in is asked), and a paragraph runs on after it past a clause of
    its own, no slogan's second phrase ("重卡跑起来 场景用起来。"); a credit's role is no head."""
    match = SPACED_BOLD_RUN_IN.match(text)
    if match is None or _CREDIT_OPENING.match(match.group(1)):
        return None
    return match if CLAUSE_MARK.search(text[match.end() :].rstrip()[:-1]) else None


# Spaced out, a title broken over lines may leave a word of two on one ("红 枣" / "深 加 工")
LETTER_SPACED = re.compile(r"^\S(?: \S)+$")
# A title's subject and its colon ("马福林：", "潍坊高新区：", "本溪“药谷”："): a few words, no clause
# its colon full-width, or half-width as some readers write it, though not a clock's ("10:30")
_SUBJECT_COLON_MARK = r"(?:：|:(?!\d))"
SUBJECT_COLON = re.compile(r"^[^：:，。、\s]{2,10}" + _SUBJECT_COLON_MARK)
# The subject, and what of it leading into a quoted phrase that closes it ("大冶湖高新区：让废旧电池
# “重获新生”"): whole, where an unquoted phrase after the colon may run on into the next line
# ("…：钨和稀土" / "企业抱团出海"), and so may a quoted word alone ("…：“稀土+”" / "链条越拉越长")
# or a verb quoted in the middle of its phrase ("…：把地图“搬”" / "进城市治理")
_CLOSES_ON_QUOTED_PHRASE = re.compile(r"[“‘][^“”‘’]{2,}[”’]$")
# A title that is the talk's own words, one quotation whole from mark to mark: it needs no word
# over it, so a line there is a column's logo or a kicker ("三问" / "“冰雪装备也能走高端路线”")
WHOLE_QUOTATION = re.compile(r"^“[^“”]{4,}”$")
_WHOLE_SUBJECT_COLON = re.compile(
    r"^[^：:，。、\s]{2,10}" + _SUBJECT_COLON_MARK + r"[^“”‘’\s]+" + _CLOSES_ON_QUOTED_PHRASE.pattern
)
# "艾尔肯·吐" / "拉洪：…" is one name broken
_ENDS_IN_NAME_PART = re.compile(rf"[{names.NAME_DOTS}]\S{{0,2}}$")
_COLON = re.compile(r"[：:]")
_DASH_AFTER_GAP = re.compile(r"\s+(?=——)")  # "…“算力工厂” ——园区…": a subtitle joined to its title
# A spaced-out rubric before an unspaced title on the same line ("政 策 问 答 武进高新区…")
# (a figure spaced off in a spaced-out title is no such word: "…授 权 12 项")
_SPACED_RUBRIC = re.compile(r"^\S(?: \S){2,}(?= [^\s0-9A-Za-z０-９]{2})")
# A line under the title that can only open a subtitle: a dash, an interview ("访…", "…答记者问"),
# a reading of a document ("解读《…》", "园区有关负责人解读…"), an official's talk ("…负责人谈…").
# A report's genre ("…纪实") may close the second part of a two-part title as well.
SUBTITLE_LINE = re.compile(r"^—|^(?:访|解读)|负责人(?:解读|详解|谈)|答记者问$")
# A notice's label on a line of its own over what it announces: the kind of the text, as a genre is
NOTICE_LABEL = re.compile(r"公告|通告|启事|声明|通知")
# A notice named with what it is about ("招聘启事", "更正声明", "停电公告")
_NOTICE_NAME = re.compile(rf"[\u4e00-\u9fff]{{0,4}}(?:{NOTICE_LABEL.pattern})")
# A column named for who writes it or whom it serves, a role and what they do ("读者热线", "记者观察",
# "专家点评"): a logo of four characters over its story's title, never a title's first words
COLUMN_BY_WHOM = re.compile(r"(?:记者|读者|编者|专家|市民|网友)[\u4e00-\u9fff]{2}")
MIN_TAIL_SHORTFALL = 2  # characters a title's last line falls short of its measure (kinsoku moves one)
# How a subtitle opens, a dash or the interview it names ("访…", "解读…"): what the measure
# leaves under its first line goes on with it
_SUBTITLE_OPENING = re.compile(r"^(?:—|访|解读)")
SET_APART = 0.6  # a line this much narrower than the headline line under it is a part of its own
_DIGIT = re.compile(r"[0-9０-９]")
_JOINING = ("与", "和", "及", "、")  # what joins the parks that act together
_VERB = re.compile(r"^v(?!n)")  # jieba's verbs; a verbal noun (vn) names a thing
# What a title's subject did, printed apart from it: a short phrase of words, figures and quotes;
# a dateline's opening ("本报延边…", "新华社…") is a credit, broken where its column ended
_PREDICATE = re.compile(r"^(?!本报|新华社)[\u3400-\u9fffA-Za-z0-9“”%]{2,10}$")
_GAP = re.compile(r"[ \u3000]")
_ZONE_END = re.compile(r"(?:高新区|开发区|园区)$")  # "国家高新区": a place named, no deed
# jieba's tags of what a verb takes as its object: nouns and names, verbal nouns, numbers,
# attributes, abbreviations
_NOMINAL = re.compile(r"^(?:n\w*|vn|m\w*|a|b|j|eng)$")
# A line opening with a particle goes on from the line above; so does a 从…到 frame (how a
# subject named above it changed) or its 到, and a comment opening on a modal verb ("承接北京外溢" /
# "要“接得住”…", "绿色转型" / "要算长远账"): its topic is the phrase above
_MODAL = r"[更还也就]?要(?![闻点素求案务])"  # 要闻, 要素: nouns
# "也是", "正是": an adverb and the copula wait for the subject they say more of, printed above
_COPULA = r"[也更还就才正都]是"
_BINDS_BACK = re.compile(rf"^(?:[的之到从]|{_MODAL}|{_COPULA})")
# Words no part of a headline opens on, though the line above is spaced out as a rubric may be:
# "承 接 北 京 外 溢" / "要“接得住”…" is one title, its first phrase spread over the measure.
# (A 从…到 frame may open a title under its kicker.)
_RUNS_ON = re.compile(rf"^(?:[的之]|{_MODAL})")
_QUOTED_START = re.compile(r"^[“‘「《][^”’」》]*[”’」》]")
# A line that names the article's genre describes it rather than titles it ("——访…负责人",
# "…产业发展纪实", "…答记者问", an interview "专访…", a column of interviews "园区负责人访谈" or
# "对话…", a commentary's "短评"): a kicker above the title or a subtitle below, dash or not.
# A "微评" over a title names its commentary as 短评 does; alone it may head a one-sentence box
# (a column's name, never a deck's label), so it is a genre only within a headline
GENRE = re.compile(
    rf"^(?:——)?(?:专?访|对话)|(?:纪实|调查|侧记|综述|专访|答记者问|评论员文章|微评|{COMMENT_AND_VISIT})$"
)
# What only a subtitle reads as, wherever it is printed: what opens one under its title, or a
# report's genre ("…纪实")
SUBTITLE_FORM = re.compile(rf"{SUBTITLE_LINE.pattern}|纪实$")


def explains_title(line: str) -> bool:
    """A subtitle may be printed without its dash: a line that opens as one does ("访…",
    "解读…") or names the genre of a report on a park ("昆山高新区…发展调查", "…成果转化见闻")
    explains the title over it, whatever words that title uses. A column's name that ends on a
    genre ("产业链观察") names no park: it is the next title's kicker; and a line of several
    parts parted by a gap ("■…观察 …：… ——…见闻") is a whole headline group, no subtitle alone."""
    if _PARTS_GAP.search(line) and not is_letter_spaced(line):
        return False
    text = squeeze(line)
    return bool(SUBTITLE_FORM.search(text) or (GENRE.search(text) and parks_named(text)))


# A gap between two headline parts written on one line: between characters, not by a figure
_PARTS_GAP = re.compile(r"(?<=[\u3400-\u9fff”」》])[ \u3000]+(?=[\u3400-\u9fff“「《—■])")


# A main title's marks: quoted words ("打出降碳“组合拳”"), or one colon after its subject
TITLE_MARK = re.compile(r"[“”‘’「」]")
# clauses: a headline parts its phrases with a space, not a comma; some readers write the comma and
# semicolon half-width, which a figure's thousands ("1,200") are not
PROSE = re.compile(r"[，。；]|[,;](?!\d)")
_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_NOT_WORD_CHARS = re.compile(r"[^\u3400-\u9fffA-Za-z0-9]+")


def _word_chars(text: str) -> int:
    """How many characters of words (Han, Latin letters, digits) the text holds: what is left when
    its runs of marks and spaces are taken out, fewer to find than the characters one by one."""
    return len(_NOT_WORD_CHARS.sub("", text))


MIN_HEADLINE_PART = 4  # each part of a two-part headline is a phrase of its own
# A phrase does not end on a number and its measure word ("开放100个 / 人工智能应用场景").
# Nor on a preposition, conjunction or particle that needs what follows ("让南疆棉花在 / 家门口…").
_OPEN_ENDING = re.compile(r"[在的把从到向对为与和及让将被给于以]$")
# Nor on a coverb and its object alone ("让实验室" / "“样品”变成…"): the verb they lead to follows
_COVERB_ONLY = re.compile(r"^[让使把被将][^\s，。：“”]{1,5}$")
# Nor does a phrase open on the particle that ties it to the words before ("走进冰城" / "的重工车间")
_PARTICLE_START = re.compile(r"^的")
# Nor after an ordinal and its measure word ("发布首份" / "产业专利导航报告"): the thing it counts follows
_ORDINAL_END = re.compile(r"首[个家批份项座台条艘款]$")
_ENDS_ON_COUNT = re.compile(r"[0-9零一二三四五六七八九十百千万亿两][个家项名件台座条批位万亿]?$")


def punchy(text: str) -> bool:
    """Two colons or more are a line of labels ("责任编辑：… 美编：…"), not "X：Y"."""
    return bool(TITLE_MARK.search(text)) or text.count("：") == 1


def _label_after(text: str) -> bool:
    """Read after the title, a series' or column's label, or a subject and its colon alone
    ("合肥高新区："): what the title under it tells of, set over it as its kicker, never a
    title's or subtitle's end."""
    return deck_label(text) or _SUBJECT_ALONE.match(text) is not None


_SUBJECT_ALONE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9][^：:\s—]{1,11}[：:]$")  # no dash: a subtitle's


def _labels_line(text: str) -> bool:
    """A line of labels and their values ("来源：… 作者：… 发布时间：…", "责任编辑：… 美编：…"),
    a system's or the page's furniture set by the deck: no title, whatever its width."""
    return len(_LABEL_COLON.findall(text)) > 1


_LABEL_COLON = re.compile(r"：|(?<!\d):(?!\d)")  # a label's colon, not a clock's ("12:30")


@memo_by_text  # a headline's pieces are joined again when its roles are told and again when joined
def _headline_text(text: str) -> str:
    """A headline's lines and printed gaps joined: a space stays only between the two phrases
    of a two-part headline ("…改革 按下制度创新…") or two Latin words ("Micro LED"); never
    beside full-width punctuation or quotes, a digit, or inside a word ("产业 链"), nor where a
    line's break leaves a park's things waiting for what they did ("锦州高新区单晶硅" / "片出口…")."""
    lines = text.split("\n")
    text = lines[0]
    for above, under in itertools.pairwise(lines):
        text += ("" if _subject_runs_on(above.strip(), under.strip()) else " ") + under
    parts = text.split()
    if len(parts) < 2:
        return "".join(parts)
    out = parts[0]
    for k, part in enumerate(parts[1:], 1):
        out += (" " if _parts_a_headline(out, part, parts, k) else "") + part
    return out


def _subject_runs_on(above: str, under: str) -> bool:
    """A title too long for its measure broken at its middle, its two lines as long as each
    other to a character, its subject (a park and things of it) broken between two things
    ("南通高新区船舶" / "数字孪生平台上线"): the name of the thing runs on, one phrase with no gap.
    A title set in two parts breaks where its parts meet, however long each is ("许昌高新区发制品企业"
    / "直播带货出海"), or before its verb ("长沙高新区陶瓷产线" / "迎来…"); a subject that has
    done something already ("…多措并举") is a part of its own."""
    if not _even_halves(above, under):
        return False
    return _HAN.match(above[-1]) is not None and _thing_broken(above, under) and subject_alone(above, under)


def _parts_a_headline(before: str, after: str, parts: list[str], k: int) -> bool:
    x, y = before[-1], after[0]
    if _LATIN.match(x) and _LATIN.match(y):
        return True
    if not (_HAN.match(x) and _HAN.match(y)):
        return False
    if min(_word_chars(parts[k - 1]), _word_chars(after)) < MIN_HEADLINE_PART:
        return False
    if opens_more_than_it_closes(before):
        return False  # a quotation left open runs on: "“做材料要" / "耐得住寂寞”" is one phrase
    return (
        not _ENDS_ON_COUNT.search(before)
        and not _ORDINAL_END.search(before)
        and not _OPEN_ENDING.search(before)
        and not _PARTICLE_START.match(after)
        and not _word_across(before, after)
        and not nlp.is_common_word(before[-1] + after[0])
        and not _actor_and_verb(before.rsplit(" ", 1)[-1], after)
    )


def _actor_and_verb(phrase: str, after: str) -> bool:
    """A park, or parks joined, and a verb alone ("辽阳高新区设立" / "新材料种子基金") say who
    did what but not to what: the thing that opens the next line is the verb's object, one phrase
    with it. A thing named before its verb ("…评价结果发布" / "中西部园区…") is that verb's
    object, and the phrase is whole; so is one whose next line acts on its own ("…崛起" / "推动…")."""
    words, following = nlp.tagged(phrase), nlp.tagged(after)
    if len(words) < 2 or words[-1][1] != "v" or not following:
        return False
    return _NOMINAL.match(following[0][1]) is not None and _parks_alone(phrase[: -len(words[-1][0])])


def _parks_alone(text: str) -> bool:
    """The text names a park, or parks joined ("内江高新区与自贡高新区"), and nothing else."""
    parks = gazetteer.find(text)
    ends = [0] + [end for _, _, end in parks]
    starts = [start for _, start, _ in parks] + [len(text)]
    gaps = [text[end:start] for end, start in zip(ends, starts)]
    return bool(parks) and gaps[0] == gaps[-1] == "" and all(gap in _JOINING for gap in gaps[1:-1])


def _word_across(before: str, after: str) -> bool:
    """jieba, asked about the joined text, keeps a word across the gap ("产业链条", "石墨烯"), or
    a dictionary word of three or four characters spans it (two-character spans are too often
    chance: "大会签约" holds 会签)."""
    for i in range(1, 4):
        for j in range(max(1, 3 - i), 5 - i):
            word = before[-i:] + after[:j]
            if len(word) == i + j and all(_HAN.match(c) for c in word) and nlp.is_known_word(word):
                return True
    return nlp.word_across(before, after)


def split_caption(text: str) -> Caption:
    """ "园区一角。 图片来源：X", "园区一角 本报记者 X 摄", "园区一角。 X供图" -> text, credit, label;
    a chart's "图表：X …" closed by its source ("数据来源：Y") -> its title and figures, Y, the label."""
    text = text.strip()
    chart = CHART_PARTS.match(text) if TITLED_CHART_LABEL.match(text) else None
    if chart:
        return Caption(text=chart.group("text"), credit=chart.group("credit"), label=chart.group("label"))
    match = CAPTION_PARTS.match(text)
    if match:
        return Caption(
            text=match.group("text").strip(),
            credit=match.group("credit").strip(),
            label=match.group("label").strip(),
        )
    provided = CAPTION_PROVIDED.match(text)
    if provided:
        return Caption(text=provided.group("text"), credit=provided.group("credit"), label="图片由提供")
    supplied = CAPTION_SUPPLIED.search(text)
    if supplied:
        return _credit_at_end(text, supplied, supplied.group(1))
    shot = CAPTION_SHOT.search(text)
    if shot:
        return _credit_at_end(text, shot, _people_suffix(shot.group(1)))
    filed = file_photo_credit(text)
    if filed:
        return _credit_at_end(text, filed, filed.group(1))
    first = credit_before_text(text)
    if first:
        credit, label = _role_to_label(first.group("credit").strip(), first.group("label").strip())
        return Caption(text=first.group("text"), credit=credit, label=label)
    return Caption(text=text)


# The labels that credit a photo's maker as a story's credit line names its writer: 摄影：X set
# as "文字：X" is, and X 供图, a person supplying the picture (an organisation supplying one
# writes none of the text). "X 摄" under a picture item credits the photo alone.
MAKER_LABELS = ("摄影：", "摄影:", "供图")


def photo_makers_credited(captions: list[Caption]) -> list[Author]:
    """The people a story with no credit of its own names under its one photo as its maker or
    supplier ("【图片说明】…" / "摄影：X", "▲… X 供图"): the story's only credit, so its author."""
    if len(captions) != 1 or captions[0].label not in MAKER_LABELS:
        return []
    credit = captions[0].credit
    return [Author(name=credit)] if names.is_name(credit) and not names.is_organisation(credit) else []


def _credit_at_end(text: str, shot: re.Match, credit: str) -> Caption:
    """A credit printed last ("张三 摄", "（长沙高新区供图）"): the caption's text precedes it."""
    start = shot.end(1) - len(credit)
    credit, label = _role_to_label(credit, text[shot.end(1) : shot.end()].strip())
    opener = text[shot.start() : start].strip()
    if opener in "（(":  # the whole "（张三 摄）" is the credit line; its text precedes it
        return Caption(text=text[: shot.start()].strip(), credit=credit, label=opener + label)
    return Caption(text=text[:start].strip(), credit=credit, label=label)


def _role_to_label(credit: str, label: str) -> tuple[str, str]:
    """ "本报记者 张三 摄": the credit names the photographer; his role goes with the label."""
    role = LEADING_ROLE.match(credit)
    return (credit[role.end() :], role.group(0).strip() + " " + label) if role else (credit, label)


def _people_suffix(words: str) -> str:
    """ "研发中心 本报记者 张三" -> "本报记者 张三": the trailing run of roles and names."""
    tokens = words.split()
    while tokens and not (names.ROLE_PATTERN.match(tokens[0]) or names.is_name(tokens[0])):
        tokens.pop(0)
    return " ".join(tokens) if tokens else words.split()[-1]


def _dedupe(authors: list[Author]) -> list[Author]:
    seen: dict[str, Author] = {}
    for author in authors:
        if author.name not in seen or (author.role and not seen[author.name].role):
            seen[author.name] = author
    return list(seen.values())
