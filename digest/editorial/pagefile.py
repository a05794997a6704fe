"""Reading a Markdown page of docs/ back, as an editor left it: its front matter (with
the line of every key, so messages point where to look), its title heading, the
article text, and where the navigation the build draws begins.

An article page (article.md.j2) is, top to bottom: front matter (the article's data),
the heading, the meta box (<div class="digest-meta">) and the summary box (!!! abstract),
the article text, a rule and the 来源 line, and the navigation (<div class="digest-nav">).
The article text is what lies between the boxes and the rule; pages an editor
rearranged fall back to "after the heading" and "before the navigation".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import yaml

# MkDocs' own rule (mkdocs.utils.meta.YAML_RE): a page that does not match it shows its
# front matter as text, and one whose YAML does not load loses all its data silently.
_FRONT = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.S)
NAV_START = '<div class="digest-nav"'
_META_START = '<div class="digest-meta"'
_SUMMARY = re.compile(r"^!!! abstract\b")
_SOURCE_LINE = "来源："

REQUIRED = ("id", "title", "date", "issue", "source")
_TEXT_FIELDS = (
    "id",
    "title",
    "subtitle",
    "kicker",
    "issue",
    "publication",
    "page_name",
    "park",
    "province",
    "city",
    "summary",
    "source",
    "correction",
)
_LIST_FIELDS = ("parks", "topics", "keywords")


class PageError(Exception):
    """A page the build cannot read: `line` (1-based) and a message for the editor."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line, self.message = line, message


@dataclass
class DocsPage:
    front: dict
    key_lines: dict[str, int]  # front matter key -> its line in the file
    lines: list[str]  # the body, after the front matter
    body_line: int  # line number of lines[0] in the file

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, 1)

    @property
    def heading(self) -> tuple[int, str] | None:
        """(line, text) of the first "# " heading: the title as the page shows it."""
        for i, line in enumerate(self.lines):
            if line.startswith("# "):
                return self.body_line + i, line[2:].strip()
        return None

    @property
    def nav_index(self) -> int:
        """Index in `lines` where the build's navigation begins (len(lines) if there is none)."""
        return next((i for i, line in enumerate(self.lines) if line.startswith(NAV_START)), len(self.lines))

    @property
    def text(self) -> str:
        """The article text as Markdown: paragraphs, subheadings and captions."""
        lines, end = self.lines, self.nav_index
        start = next((i + 1 for i, line in enumerate(lines[:end]) if line.startswith("# ")), 0)
        meta = next((i for i in range(start, end) if lines[i].startswith(_META_START)), None)
        if meta is not None:
            start = next((i + 1 for i in range(meta, end) if lines[i].strip() == "</div>"), start)
        while start < end and not lines[start].strip():
            start += 1
        if start < end and _SUMMARY.match(lines[start]):
            start += 1
            while start < end and (not lines[start].strip() or lines[start].startswith("    ")):
                start += 1
        source = next((i for i in range(end - 1, start - 1, -1) if lines[i].startswith(_SOURCE_LINE)), None)
        if source is not None:  # the text ends at the rule above the 来源 line
            end = next((i for i in range(source - 1, start - 1, -1) if lines[i].strip() == "---"), source)
        return "\n".join(lines[start:end]).strip() + "\n"


def read_docs_page(text: str) -> DocsPage:
    """A page's front matter and body; PageError when the front matter does not load.
    A byte order mark and Windows line ends (what editors' tools save) are read as usual."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    if not text.startswith("---"):
        return DocsPage({}, {}, text.split("\n"), 1)
    match = _FRONT.match(text)
    if match is None:
        raise PageError(1, "front matter is not closed: add a line '---' after it")
    source = match.group(1)
    try:
        node = yaml.compose(source, Loader=yaml.SafeLoader)
        front = yaml.safe_load(source)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        if error.context_mark and any(word in (error.context or "") for word in ("flow", "quoted")):
            mark = error.context_mark  # an unclosed bracket or quote: where it was opened
        line = 2 + (mark.line if mark else 0)
        raise PageError(line, f"front matter is not valid YAML: {error.problem or error.context}") from None
    if not isinstance(front, dict):
        raise PageError(2, "front matter must be a mapping of 'key: value' lines")
    key_lines = {
        key.value: 2 + key.start_mark.line for key, _ in node.value if isinstance(key, yaml.ScalarNode)
    }
    body = text[match.end() :]
    return DocsPage(front, key_lines, body.split("\n"), text[: match.end()].count("\n") + 1)


def article_problems(page: DocsPage) -> list[tuple[int, str]]:
    """(line, message) for front matter an article page cannot be published with:
    required fields missing, or values of the wrong kind."""
    problems = [
        (1, f"required field '{key}' is missing from the front matter")
        for key in REQUIRED
        if key not in page.front
    ]
    for key, value in page.front.items():
        if key in _TEXT_FIELDS and not isinstance(value, str):
            problems.append((page.line_of(key), f"'{key}' must be text"))
        elif key in _LIST_FIELDS and not _strings(value):
            problems.append((page.line_of(key), f"'{key}' must be a list of text items"))
        elif key == "authors" and not (
            isinstance(value, list)
            and all(
                isinstance(a, dict) and isinstance(a.get("name"), str) and isinstance(a.get("role", ""), str)
                for a in value
            )
        ):
            problems.append((page.line_of(key), "'authors' must be a list of 'name:' (and 'role:') entries"))
        elif key == "date" and not isinstance(value, (str, dt.date)):
            problems.append((page.line_of(key), "'date' must be a date such as 2021-01-05"))
        elif key == "page" and (not isinstance(value, int) or isinstance(value, bool)):
            problems.append((page.line_of(key), "'page' must be a page number"))
    return problems


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)
