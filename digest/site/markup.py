"""Escaping: text from sources is data, so it is escaped for the format it goes into.

Markdown is the tricky one. Python-Markdown gives meaning to punctuation inside a
line (emphasis, links, raw HTML, attribute lists, entities) and to a few characters
at the start of a line (headings, lists, block quotes, definition lists). `md_text`
makes any string one literal line of Markdown: it collapses line breaks (a newline
followed by "# " would start a heading), backslash-escapes what Python-Markdown
unescapes, and writes the rest as character references, which every Markdown
flavour and HTML passes through.
"""

from __future__ import annotations

import re

from markupsafe import Markup

# Characters that Python-Markdown's core accepts after a backslash (Markdown.ESCAPED_CHARS),
# limited to those that mean something anywhere in a line.
_BACKSLASHED = re.compile(r"([\\`*_{}\[\]#])")
# Characters with meaning but no backslash escape in the core: raw HTML (<, >) and
# tables (|, an extension an editor may switch on).
_REFERENCES = {"<": "&lt;", ">": "&gt;", "|": "&#124;"}
_REFERENCE_CHARS = re.compile("[<>|]")
# "&name;" or "&#123;" would be decoded as a character reference: keep the ampersand literal.
_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# A line that starts a list, a numbered list or a definition.
_LINE_START = re.compile(r"^(?:([+\-])|(\d+)\.|(:))")
_LINE_BREAKS = re.compile(r"[ \t\r\n\f\v]+")

# Link targets we build ourselves: relative paths, anchors and absolute http(s) URLs
# made of these characters only, so they never need escaping.
_SAFE_URL = re.compile(r"^(?:https?://[A-Za-z0-9.:-]+)?[A-Za-z0-9._~/#%?=&+-]*$")


def md_text(text: object) -> Markup:
    """`text` as literal Markdown on one line: `*`, `#`, `<script>`, `{{ }}`, `: ` all show as typed."""
    text = _LINE_BREAKS.sub(" ", str(text)).strip()
    text = _ENTITY_LIKE.sub("&amp;", text)
    text = _BACKSLASHED.sub(r"\\\1", text)
    text = _REFERENCE_CHARS.sub(lambda m: _REFERENCES[m.group()], text)
    text = _LINE_START.sub(_escape_line_start, text, count=1)
    return Markup(text)


def _escape_line_start(match: re.Match[str]) -> str:
    sign, number, colon = match.groups()
    if sign:
        return "\\" + sign
    if number:
        return number + "\\."
    return "&#58;"


def md_finalize(value: object) -> object:
    """Jinja `finalize` for Markdown templates: every `{{ value }}` is escaped unless it is
    already Markup (a link or a macro we built), so forgetting a filter cannot inject markup."""
    if isinstance(value, Markup):
        return value
    return md_text("" if value is None else value)


def safe_url(url: str) -> Markup:
    """A URL we built, checked to need no escaping in Markdown, HTML or XML attributes."""
    if not _SAFE_URL.match(url) or "&" in url:
        raise ValueError(f"not a safe generated URL: {url!r}")
    return Markup(url)
