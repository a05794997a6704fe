"""A page MinerU exported as its content list (content_list.json) read as the Markdown MinerU writes
from the same blocks.

The content list is a JSON array of the page's blocks in reading order, each an object whose "type"
says what it holds: a text ("text", with "text_level" 1, 2, … on a heading), an image (its
"img_path", its "image_caption" and "image_footnote" lists; "img_caption" in MinerU's first
versions), a table (its "table_caption", its cells as HTML in "table_body", its "table_footnote"),
an equation, a list or a code block. Written as the Markdown export of the same blocks (a heading
after hashes, a paragraph a line, a table as HTML), the page is read as any export
(markdown.read_markdown). The JSON's own syntax (brackets, keys, quotes, escapes, the image's
path) and the table's tags are the converter's markup, no word of the page: the parse keeps them
as furniture, each run between two of the page's words one line."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

# The fields holding a block's words, in the order MinerU's Markdown writes them (a table's caption
# over it, an image's caption and footnote under the picture)
WORD_FIELDS = (
    "text",
    "list_items",
    "code_caption",
    "code_body",
    "table_caption",
    "table_body",
    "table_footnote",
    "image_caption",
    "img_caption",
    "image_footnote",
    "img_footnote",
)
HTML_FIELDS = frozenset({"table_body"})  # words between HTML tags
# The table of a table's body (MinerU writes it inside <html><body>, which Markdown leaves out)
TABLE_ELEMENT = re.compile(r"<table\b.*</table>", re.I | re.S)
MAX_HEADING_LEVEL = 6  # the most hashes a Markdown heading takes
# A JSON string as written: its quotes round characters and escapes (no quote stands outside one)
JSON_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"', re.S)
# The markup inside a string of words: an escape's backslash before the mark it stands for, an
# escape written for a control character (its character is no printed word) or a code point
ESCAPE = re.compile(r'\\(?=["\\/])|\\[bfnrt]|\\u[0-9a-fA-F]{4}')
ESCAPE_OR_TAG = re.compile(rf"{ESCAPE.pattern}|<[^<>]*>")


def read_content_list(text: str) -> str:
    """The Markdown MinerU writes from a content list's blocks; any other page as it was."""
    blocks = _content_list(text)
    if blocks is None:
        return text
    return "".join(f"{paragraph}\n\n" for block in blocks for paragraph in _block_paragraphs(block))


def content_list_markup(text: str) -> list[str]:
    """A content list's markup, each run of it between two of the page's words one line (its
    whitespace closed up); none for any other page."""
    blocks = _content_list(text)
    if blocks is None:
        return []
    return json_markup(text, blocks, frozenset(WORD_FIELDS), HTML_FIELDS)


def json_markup(
    text: str, value: object, word_fields: frozenset[str], html_fields: frozenset[str] = frozenset()
) -> list[str]:
    """The markup of a JSON file `text` decoded as `value` whose strings under `word_fields` hold
    the page's words (between HTML tags under `html_fields`): every other character, each run of
    it between two of the page's words one line (its whitespace closed up)."""
    runs: list[str] = []
    run: list[str] = []  # the pieces of the open run
    last = 0  # where the raw text not yet read starts
    for string, field in zip(JSON_STRING.finditer(text), _string_fields(value), strict=True):
        if field not in word_fields:
            continue
        run.append(text[last : string.start(1)])
        inner, read = string.group(1), 0
        for mark in (ESCAPE_OR_TAG if field in html_fields else ESCAPE).finditer(inner):
            if mark.start() > read:  # words between: the run closes
                runs.append("".join(run))
                run = []
            run.append(mark.group())
            read = mark.end()
        if read < len(inner):
            runs.append("".join(run))
            run = []
        last = string.end(1)
    runs.append("".join([*run, text[last:]]))
    return [closed for piece in runs if (closed := " ".join(piece.split()))]


def decoded_page(text: str, opener: str) -> object | None:
    """The JSON value a page holds where it opens on `opener` ("[", "{") and decodes; None for any
    other text."""
    if not text.lstrip().startswith(opener):
        return None  # most pages: no JSON, asked before anything is decoded
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None  # a truncated or broken file is read as the text it is


def decoded_once(text: str, value: object) -> bool:
    """Whether each string a JSON file writes is one of its decoded value's: no key given twice
    (its first value is dropped in decoding)."""
    return sum(1 for _ in JSON_STRING.finditer(text)) == sum(1 for _ in _string_fields(value))


def _content_list(text: str) -> list[dict] | None:
    """The blocks of a content list: a JSON array of objects, each naming its type, its strings
    written one for each the array holds (no key given twice); None for any other text."""
    blocks = decoded_page(text, "[")
    if not (
        isinstance(blocks, list)
        and blocks
        and all(isinstance(block, dict) and isinstance(block.get("type"), str) for block in blocks)
    ):
        return None
    if not decoded_once(text, blocks):
        return None  # a key given twice: its first value is not among the decoded ones
    return blocks


def _string_fields(value: object, field: str = "") -> Iterator[str]:
    """The field of each string of a decoded JSON value in the order the file writes them (a key
    is a string of no field)."""
    if isinstance(value, str):
        yield field
    elif isinstance(value, list):
        for item in value:
            yield from _string_fields(item, field)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield ""
            yield from _string_fields(item, key)


def _block_paragraphs(block: dict) -> Iterator[str]:
    """A block's paragraphs as MinerU's Markdown writes them: a heading after its hashes, each
    other string of words a paragraph of its own, a table's body as its HTML on one line."""
    for field in WORD_FIELDS:
        for words in _strings(block.get(field)):
            if not words.strip():
                continue
            level = block.get("text_level")
            if field == "text" and isinstance(level, int) and level > 0:
                yield "#" * min(level, MAX_HEADING_LEVEL) + " " + words.strip()
            elif field in HTML_FIELDS:
                table = TABLE_ELEMENT.search(words)
                yield " ".join((table.group() if table else words).split())
            else:
                yield words.strip()


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []
