"""`build_digest.py check`: is docs/ fit to publish? For CI, and for an editor after a hand edit.

It looks at the pages editors own: every Markdown page of docs/ except those exactly
as the build last wrote them (the build rewrites those, and `mkdocs build --strict`
checks the result). Each problem is reported as FILE:LINE: message:

- front matter MkDocs would not read (not closed, not YAML, not a mapping): MkDocs
  would show it as text and lose the page's data without a word;
- on an article page (YYYY/MM/<id>.md): a required field missing or of the wrong kind,
  an id that is not the file's name or is another page's too, a page in another
  month's folder than its date, a heading that no longer says the front matter's
  title, a source page file that no longer exists;
- a link to a file that is not in docs/. The previous/next links at the end of an
  article page are left out: the build draws them again on the site.

Source paths in front matter are relative to the folder that holds docs/, as the
build writes them (sources/<issue>/<file>).
"""

from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import markdown

from ..site.urls import ARTICLE_PAGE, ARTICLE_PAGES_GLOB
from .pagefile import DocsPage, PageError, article_problems, read_docs_page
from .record import BuildRecord, FileState

# An inline link or image, its brackets not escaped: [text](target "title").
_LINK = re.compile(r"(?<!\\)\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_FENCE = re.compile(r"^\s*(```|~~~)")
_TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass
class Report:
    problems: list[Problem]
    checked: int  # pages editors changed or wrote
    pages: int  # all pages in docs/


def check(docs: Path) -> Report:
    """The problems, sorted, of the pages editors own in `docs`."""
    record = BuildRecord.load(docs)
    pages = sorted(
        p.relative_to(docs).as_posix()
        for p in docs.rglob("*.md")
        if not any(part.startswith(".") for part in p.relative_to(docs).parts)
    )
    ours = {p for p in pages if record.state(p) is FileState.OURS}
    # A generated article page's id is its file name; the others say theirs in front matter.
    ids = {posixpath.basename(p)[:-3]: p for p in ours if ARTICLE_PAGE.match(p)}
    problems: list[Problem] = []
    for relative in (p for p in pages if p not in ours):
        found = _check_page(docs, relative, ids, record)
        problems += [Problem(str(docs / relative), line, message) for line, message in found]
    return Report(sorted(problems), len(pages) - len(ours), len(pages))


def id_problems(docs: Path, record: BuildRecord) -> list[Problem]:
    """Article ids given twice in docs/ (an editor's page saying another article's id): the
    build stops on them as `check` does. A generated page's id is its file name."""
    seen, problems = {}, []
    pages = sorted(p.relative_to(docs).as_posix() for p in docs.glob(ARTICLE_PAGES_GLOB) if p.is_file())
    pages = [p for p in pages if ARTICLE_PAGE.match(p)]
    ours = {p for p in pages if record.state(p) is FileState.OURS}
    for relative in (p for p in pages if p in ours):
        seen[posixpath.basename(relative)[:-3]] = relative
    for relative in (p for p in pages if p not in ours):
        try:
            page = read_docs_page((docs / relative).read_text(encoding="utf-8"))
        except (UnicodeDecodeError, PageError):
            continue  # the build says what is wrong with it when it reads it
        article_id = page.front.get("id")
        if not isinstance(article_id, str):
            continue
        if article_id in seen and seen[article_id] != relative:
            problems.append(
                Problem(
                    str(docs / relative),
                    page.line_of("id"),
                    f"id '{article_id}' is also the id of {seen[article_id]}",
                )
            )
        seen.setdefault(article_id, relative)
    return problems


def _check_page(docs: Path, relative: str, ids: dict[str, str], record: BuildRecord) -> list[tuple[int, str]]:
    try:
        page = read_docs_page((docs / relative).read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        return [(1, "not UTF-8 text")]
    except PageError as error:
        return [(error.line, error.message)]
    if not ARTICLE_PAGE.match(relative):
        return generated_page_problems(record, relative) + _links(docs, relative, page, len(page.lines))
    problems = article_problems(page)
    if not problems:
        problems = _article(docs, relative, page, ids)
    return problems + _links(docs, relative, page, page.nav_index)


def _article(docs: Path, relative: str, page: DocsPage, ids: dict[str, str]) -> list[tuple[int, str]]:
    """What an article page's front matter must agree with: its file, its heading, its source."""
    front, problems = page.front, []
    stem = posixpath.basename(relative)[:-3]
    if front["id"] != stem:
        problems.append(
            (
                page.line_of("id"),
                f"id '{front['id']}' is not the file's name '{stem}': "
                "the id is the article's URL and feed GUID",
            )
        )
    elif ids.setdefault(stem, relative) != relative:
        problems.append((page.line_of("id"), f"id '{stem}' is also the id of {ids[stem]}"))
    folder = str(front["date"])[:7].replace("-", "/")
    if not relative.startswith(folder + "/"):
        problems.append(
            (
                page.line_of("date"),
                f"dated {front['date']} but kept in {posixpath.dirname(relative)}/: "
                f"article pages live in the folder of their month ({folder}/)",
            )
        )
    heading = page.heading
    title = front["title"] or "（无题）"
    if heading is None:
        problems.append((page.body_line, f"the page has no '# {title}' heading"))
    elif _visible(heading[1]) != " ".join(title.split()):
        problems.append(
            (
                heading[0],
                f"the heading says '{_visible(heading[1])}' but the front matter title "
                f"is '{title}': correct both",
            )
        )
    source = posixpath.normpath(front["source"])
    if source.startswith(("../", "/")) or not (docs.parent / source).is_file():
        problems.append(
            (
                page.line_of("source"),
                f"source {front['source']} does not exist (the page file was removed or renamed)",
            )
        )
    return problems


def _links(docs: Path, relative: str, page: DocsPage, end: int) -> list[tuple[int, str]]:
    """Links in the body, up to line index `end`, to files that are not in docs/."""
    problems, fenced = [], False
    for index, line in enumerate(page.lines[:end]):
        if _FENCE.match(line):
            fenced = not fenced
        if fenced:
            continue
        for target in _LINK.findall(line):
            path = unquote(target.split("#", 1)[0].split("?", 1)[0])
            if not path or _SCHEME.match(target):
                continue  # an anchor on this page, or another site
            message = _broken(docs, relative, path)
            if message:
                problems.append((page.body_line + index, f"{message}: {target}"))
    return problems


def _broken(docs: Path, relative: str, path: str) -> str:
    if path.startswith("/"):
        return "absolute link (write it relative to this page)"
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(relative), path))
    if resolved == ".." or resolved.startswith("../"):
        return "link leads out of docs/"
    return "" if (docs / resolved).is_file() else "broken link (no such file in docs/)"


def _visible(text: str) -> str:
    """What a reader sees of a line of Markdown: markup rendered, tags dropped, references decoded."""
    return " ".join(html.unescape(_TAGS.sub("", markdown.markdown(text))).split())


def generated_page_problems(record: BuildRecord, relative: str) -> list[tuple[int, str]]:
    """`check`'s rule for a page the build generates (every page but an article's): an edit by
    hand is refused, for the build then keeps the page as it is and it stops following the
    archive. [(line, message)], empty for an article page or a page as the build wrote it."""
    if ARTICLE_PAGE.match(relative) or record.state(relative) is not FileState.EDITED:
        return []
    return [
        (
            1,
            f"{relative} is generated by the build (本页由构建程序生成，请勿手工修改): "
            "edited by hand it no longer follows the archive. Undo the edit "
            f"(git checkout -- docs/{relative}, or delete the file and build again); "
            "to correct an article, edit its page, YYYY/MM/<id>.md",
        )
    ]
