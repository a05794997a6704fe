"""Segment stage: layout items -> articles.

Recipe: cut the reading flow into body segments at hard boundaries (datelines,
trailing authors, bylines, headline clusters, jump lines); join each tail
jumped lower on the page to its story; decide whether a lone headline inside a
segment is a subheading or a boundary (change of subject); find paragraphs per
segment from its own column width; then hand out headlines, bylines and
captions to segments by content, and put back each closing paragraph printed
after the next story with no jump line, by its column and subject.
"""

from __future__ import annotations

from dataclasses import replace

from ..models import Article, Page
from .article import build_article
from .cut import (
    cut_flow,
    is_stray_headline,
    rejoin_broken_columns,
    rejoin_jumped_tails,
    return_boxed_notes,
    return_boxes_read_last,
    return_displaced_tails,
    return_leads_over_decks,
    split_at_column_changes,
    split_at_subject_changes,
)
from .flow import BYLINE_MARK, FIRST_LINE, Paragraph, Segment, main_park
from .handout import (
    assign_bylines,
    assign_captions,
    assign_headlines,
    claim_strayed_titles,
    hand_on_gathered_lines,
    promote_inner_title,
    promote_missed_title,
    title_strips,
)
from .items import (
    BODY,
    BYLINE,
    CAPTION,
    FRAMING_DOTS,
    FURNITURE,
    HEADING_BAR,
    HEADING_BULLET,
    HEADLINE,
    TITLE_ORNAMENT,
    Item,
    wrapping_marks,
)
from .marks import column_label
from .paragraphs import find_paragraphs
from .people import COUNTED_POINT


def segment(items: list[Item], source: str = "") -> Page:
    cut, loose = cut_flow(items)
    segments: list[Segment] = []
    for seg in rejoin_jumped_tails(cut):
        for piece in split_at_column_changes(seg):
            segments += split_at_subject_changes(piece, loose)
    segments = rejoin_broken_columns([seg for seg in segments if not is_stray_headline(seg, loose)])
    for seg in segments:
        seg.paragraphs = seg.paragraphs or find_paragraphs(seg)  # found already for a segment left whole
    segments = return_leads_over_decks(segments, items, loose)
    segments = return_boxed_notes(segments)  # before the headlines go out: a note takes none
    page = Page(source=source, furniture=[item.text for item in items if item.kind == FURNITURE])
    headlines = title_strips([item for item in loose if item.kind == HEADLINE], segments, items)
    page.unassigned += [item.text for item in assign_headlines(headlines, segments, items)]
    claim_strayed_titles(segments)
    for seg in segments:
        promote_missed_title(seg)
        promote_inner_title(seg)
    page.unassigned += [
        item.text for item in assign_bylines([i for i in loose if i.kind == BYLINE], segments, items)
    ]
    hand_on_gathered_lines(segments)  # to articles that found no title of their own, bylines handed out
    segments, strays = rejoin_texts_under_late_headlines(segments)
    page.unassigned += [item.text for item in strays]
    page.unassigned += [
        item.text for item in assign_captions([i for i in loose if i.kind == CAPTION], segments, items)
    ]
    return_displaced_tails(segments)  # by subject: the titles handed out, each text found whole
    return_boxes_read_last(segments)
    for seg in segments:
        page.furniture += _split_column_labels(seg) + _split_title_ornaments(seg) + _split_heading_bars(seg)
        page.furniture += _split_wrapping_marks(seg)
    page.articles = [_with_evidence(build_article(seg), seg) for seg in segments if seg.parts]
    for article in page.articles:
        page.furniture += _split_heading_marks(article)
    return page


# A reader keeping the page's content-stream order may write a story's headline after its first
# paragraph, the byline under the headline and the rest of the text after both: the cut at the
# byline leaves the first paragraph with the headline (handed to it as printed after it) and the
# text under the byline with no headline of its own (or a stray line read as one). Text under a
# byline that stands right under the headline read after a single paragraph goes on with that
# paragraph. The byline may have gone with the headline above or with the text below, and the
# text's own first line, left without a headline, may have been read as its title: it is text
# again. (A headline printed after a story's whole text, as some pages
# print them, follows paragraphs, or a brief's one: the byline under it and the text below, naming
# another park, are the next story's; a counted point, "一是…", is the text's own head.)
MAX_HEADLINE_TO_BYLINE = 2  # lines between a headline's last line and the byline under it


def rejoin_texts_under_late_headlines(segments: list[Segment]) -> tuple[list[Segment], list[Item]]:
    """Each text that a byline under the headline read after the text above cut off, joined
    back onto that text, and the headlines handed to it by its words: its story's is above."""
    out: list[Segment] = []
    strays: list[Item] = []
    for seg in segments:
        if out and _under_late_headline(out[-1], seg):
            if seg.headline_by == FIRST_LINE:
                _title_back_to_text(seg)
            strays += seg.headlines
            _join_onto(out[-1], seg)
        else:
            out.append(seg)
    return out, strays


def _under_late_headline(above: Segment, seg: Segment) -> bool:
    if seg.start != BYLINE_MARK or above.end != BYLINE_MARK:
        return False
    if len(above.paragraphs) != 1 or not above.headlines or not seg.parts:
        return False
    headline_end = max(item.number for item in above.headlines)
    under = [item.number for item in above.bylines + seg.bylines if item.number > headline_end]
    if not under:
        return False
    byline = min(under)
    return (
        min(item.number for item in above.headlines) > above.last
        and byline - headline_end <= MAX_HEADLINE_TO_BYLINE
        and byline < seg.first
        and not _own_headline_under(seg, byline)
        and not COUNTED_POINT.match(above.headlines[0].text)
        and main_park(seg.text) in ("", main_park(above.text))
    )


def _own_headline_under(seg: Segment, byline: int) -> bool:
    """The text has a headline of its own between the byline and its first line (not a line of
    its own read as one): the next story's, printed in order."""
    return seg.headline_by != FIRST_LINE and any(byline < item.number < seg.first for item in seg.headlines)


def _title_back_to_text(seg: Segment) -> None:
    """The text's first line(s), read as its title for want of one, put back at its head."""
    for item in seg.headlines:
        item.kind = BODY
    seg.parts[:0] = sorted(seg.headlines, key=lambda item: item.number)
    seg.headlines = []
    seg.paragraphs = find_paragraphs(seg)


def _join_onto(above: Segment, seg: Segment) -> None:
    above.parts += seg.parts
    above.paragraphs += seg.paragraphs
    above.bylines += seg.bylines
    above.authors += seg.authors
    above.captions += seg.captions
    above.end, above.byline_by = seg.end, seg.byline_by or above.byline_by


def _split_title_ornaments(seg: Segment) -> list[str]:
    """ "■ 辽阳高新区设立…": a square before a brief's title marks it on the page as a rule would,
    printed decoration and no word of the title. (Before a subheading it is kept: the heading
    is printed text of the body, and its ornament tells its level.)"""
    marks = []
    for k, item in enumerate(seg.headlines):
        mark = TITLE_ORNAMENT.match(item.text)
        if mark is not None and mark.end() < len(item.text):
            marks.append(mark.group().strip())
            seg.headlines[k] = replace(item, text=item.text[mark.end() :])
    return marks


def _split_column_labels(seg: Segment) -> list[str]:
    """A column's label read among a story's headlines, on a line of its own, is the page's
    furniture over the story, no kicker or title of it: its other headlines name the story."""
    labels: list[str] = []
    headlines: list[Item] = []
    for item in seg.headlines:
        if not (item.lines and column_label(item.lines[0].text)):
            headlines.append(item)
            continue
        labels.append(item.lines[0].text.strip())
        rest = item.lines[1:]  # the label read as a headline's first line: the rest is the headline
        if rest:
            headlines.append(replace(item, lines=rest, text="\n".join(line.text for line in rest)))
    if labels and headlines:
        seg.headlines = headlines
        return labels
    return []


def _split_heading_bars(seg: Segment) -> list[str]:
    """The bars drawn before subheadings, taken off their headings as the page's decoration."""
    bars = []
    for paragraph in seg.paragraphs:
        first = paragraph.lines[0]
        bar = HEADING_BAR.match(first.text) if paragraph.heading else None
        if bar is not None and bar.end() < len(first.text):
            bars.append(bar.group().strip())
            paragraph.lines[0] = replace(first, text=first.text[bar.end() :])
    return bars


def _split_wrapping_marks(seg: Segment) -> list[str]:
    """The marks wrapping a subheading set on a line of its own, taken off as the page's
    decoration. Where each line of a heading is wrapped whole, each is a heading of its own (a
    section's and, under it, a coda's label)."""
    marks: list[str] = []
    paragraphs: list[Paragraph] = []
    for paragraph in seg.paragraphs:
        first = paragraph.lines[0]
        wrapped = [wrapping_marks(text) for text in first.text.split("\n")] if paragraph.heading else []
        if not wrapped or not all(wrapped):
            paragraphs.append(paragraph)
            continue
        one_line_each = len(first.lines) == len(wrapped)
        for k, (opening, text, closing) in enumerate(filter(None, wrapped)):
            marks += [opening, closing]
            lines = first.lines[k : k + 1] if one_line_each else first.lines
            paragraphs.append(Paragraph([replace(first, lines=lines, text=text)], heading=True))
    seg.paragraphs = paragraphs
    return marks


def _split_heading_marks(article: Article) -> list[str]:
    """The bullets before subheadings, set apart or run in, and the dots framing them, taken off as
    the page's decoration."""
    marks = []
    for k, block in enumerate(article.blocks):
        if block.type != "heading":
            continue
        bullet, dots = HEADING_BULLET.match(block.text), FRAMING_DOTS.match(block.text)
        if bullet is not None and bullet.end() < len(block.text):
            marks.append(bullet.group().strip())
            article.blocks[k] = replace(block, text=block.text[bullet.end() :])
        elif dots is not None:
            marks.append(dots.group(1) + dots.group(3))
            article.blocks[k] = replace(block, text=dots.group(2))
    return marks


def _with_evidence(article: Article, seg: Segment) -> Article:
    article.evidence = seg.evidence()
    return article
