"""A line of the raw text as the extractor wrote it, and what reading any stretch of lines
needs to know of one: how much shorter an indent sets it, and how an interview's turn opens."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language.text import ends_half_width

INDENT = 2.0  # a paragraph's first line is this much shorter than its column (the indent lost)
# An interview's turn opens with its speaker and a colon ("记者：…", "问：…", "洪丽芬：…"):
# body text, though a title may open the same way ("苏州高新区：打造…"). A name transliterated
# from Uyghur or Kazakh parts given name and father's name with a dot, and runs longer
# ("阿依古丽·买合木提：…").
SPEAKER_TURN = re.compile(r"^\s*([\u4e00-\u9fff·]{1,8}|[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff]{2,8})\s*[：:]")


@dataclass(slots=True)  # thousands made and read a page: slots find a field without a dict
class Line:
    number: int  # 1-based line number in the page file
    text: str
    tight: bool = False  # the next line follows after a single newline
    indented: bool = False  # written after the spaces of a paragraph's indent
    paragraph_indent: bool = False  # written after exactly the indent of a paragraph's first line
    upright: bool = False  # a title set vertically, read back a character or two a line, joined
    image: bool = False  # a title set as an image, read back from the image's alt text
    repeated: bool = False  # the line above written again, where the extractor crossed a column
    centred: bool = False  # set centred in its column, ideographic spaces written on both sides
    listed: bool = False  # a title listed in the page's contents box, or the box's label
    capital: bool = False  # opened by a drop capital read back into it: a story's first line of text
    reordered: bool = False  # a title's line read back bottom-up, put back in its printed place
    graphic: bool = False  # printed with a graphic: a chart's label, figures or source, a photo's counter
    em_space_end: bool = False  # written with an em space at its end: a run-in title closed there
    run_on: bool = False  # opened mid-line on a brief's mark, after the last words of the brief before
    strip_item: bool = False  # a line of an item of a strip or a corner under its name: text, never a title
    strip_name: bool = False  # a strip's or a corner's name over its items: the title of their article
    box_row: bool = False  # a row of a box of figures set in type in a story: a paragraph of its own
    heading: bool = False  # written after a Markdown heading's hashes: the converter saw it set as a heading
    held: bool = False  # joined to the next in a headline's block, whatever it ends on (tight as well)


# The dot of a name transliterated from Uyghur or Kazakh ("热依拉·" / "阿不都") is a half-width
# Latin-1 character: an extractor may write the next line after a single newline, as after an ASCII end
NAME_DOT = "·"
# A figure or a Latin letter in its full-width form ("１７", "ＡＩ") is an ASCII one widened
# after the extractor wrote the page: the single newline it wrote after the ASCII one remains
WIDENED_ASCII = re.compile(r"[０-９Ａ-Ｚａ-ｚ]$")


def joins_next(line: Line) -> bool:
    """The extractor wrote the next line after a single newline, which no half-width end of this
    one explains: the two are one printed group."""
    if line.held:
        return True
    if not line.tight or ends_half_width(line.text):
        return False
    end = line.text.rstrip()
    return not end.endswith(NAME_DOT) and WIDENED_ASCII.search(end[-1:]) is None  # not the whole line
