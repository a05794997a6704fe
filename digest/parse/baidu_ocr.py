"""A page Baidu OCR read (its general text recognition's JSON response) read as the text a line
reader writes from the same lines.

The response is a JSON object whose "words_result" lists the printed lines in reading order, each
an object holding the line's words under "words" (and, as asked, its "probability" scores, its
"location" on the scan, its "chars"); asked for paragraphs, "paragraphs_result" groups the lines,
each group listing its lines' indexes under "words_result_idx". Written a paragraph a line, the
lines of each group run together (each printed line a line where the response groups none), a
blank line after each, the page is read as any line reader's text. The JSON's syntax, keys,
scores and places are the recogniser's markup, no word of the page: the parse keeps them as
furniture, each run between two of the page's words one line."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .content_list import decoded_once, decoded_page, json_markup

WORD_FIELDS = frozenset({"words"})  # the one field holding a line's words (a line's "chars" repeat them)
# two Latin words or figures either side of a line's end: a space parted them
RUNS_ON = re.compile(r"[A-Za-z0-9]{2}")


def read_baidu_ocr(text: str) -> str:
    """The text of a Baidu OCR response: each paragraph it groups on a line of its own, its lines
    run together, or without groups each printed line a line; a blank line after each. Any other
    page as it was."""
    response = _response(text)
    if response is None:
        return text
    lines = [entry["words"].strip() for entry in response["words_result"]]
    paragraphs = _paragraphs(lines, _paragraph_of_line(response, len(lines)))
    return "".join(f"{paragraph}\n\n" for paragraph in paragraphs)


def _paragraphs(lines: list[str], of_line: list[int] | None) -> Iterator[str]:
    """The response's paragraphs: the lines of each group run together (a space between two Latin
    words or figures only), each line no group holds a paragraph of its own."""
    paragraph: list[str] = []  # the lines of the open paragraph
    open_group = -1
    for line, group in zip(lines, of_line or [-1] * len(lines), strict=True):
        if not line:
            continue
        if paragraph and (group < 0 or group != open_group):
            yield "".join(paragraph)
            paragraph = []
        paragraph.append(" " + line if paragraph and RUNS_ON.match(paragraph[-1][-1] + line[0]) else line)
        open_group = group
    if paragraph:
        yield "".join(paragraph)


def baidu_ocr_markup(text: str) -> list[str]:
    """A Baidu OCR response's markup, each run of it between two of the page's words one line (its
    whitespace closed up); none for any other page."""
    response = _response(text)
    return [] if response is None else json_markup(text, response, WORD_FIELDS)


def _response(text: str) -> dict | None:
    """A Baidu OCR response: a JSON object whose "words_result" is a list of objects each holding
    its line's words, its strings written one for each it holds; None for any other text."""
    response = decoded_page(text, "{")
    if not isinstance(response, dict):
        return None
    lines = response.get("words_result")
    if not (
        isinstance(lines, list)
        and lines
        and all(isinstance(entry, dict) and isinstance(entry.get("words"), str) for entry in lines)
    ):
        return None
    return response if decoded_once(text, response) else None


def _paragraph_of_line(response: dict, count: int) -> list[int] | None:
    """The paragraph each of `count` lines belongs to (-1 for a line no paragraph groups), as the
    response's "paragraphs_result" groups them; None when it groups none or names a line it lacks."""
    paragraphs = response.get("paragraphs_result")
    if not isinstance(paragraphs, list) or not paragraphs:
        return None
    of_line = [-1] * count
    for number, paragraph in enumerate(paragraphs):
        indexes = paragraph.get("words_result_idx") if isinstance(paragraph, dict) else None
        if not isinstance(indexes, list):
            return None
        for index in indexes:
            if not (isinstance(index, int) and 0 <= index < count):
                return None
            of_line[index] = number
    return of_line


def groups_paragraphs(text: str) -> bool:
    """Whether the page is a Baidu OCR response grouping its lines in paragraphs: read, its blank
    lines part the blocks the recogniser found (a paragraph, a headline), as an export's do."""
    response = _response(text)
    return response is not None and _paragraph_of_line(response, len(response["words_result"])) is not None
