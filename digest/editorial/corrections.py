"""Editorial corrections: what editors did to article pages in docs/, as the build sees it.

Editors correct through git: they edit a page in docs/ (by hand or through the site's
edit link) and commit. The build never writes that page again (record.py); here it
learns what the editors decided, every build, from docs/ itself:

- a corrected page: an article's page that differs from what the build writes. Its
  front matter is the article's data from then on (title, authors, park, topics,
  summary: index pages, park pages and feeds follow it) and its text is the text (the
  feeds carry it). The kind of change (标题, 作者, 园区, 主题, 摘要, 正文) comes from
  comparing it with the page the build generates, field by field;
- a deleted page: an article page the build wrote and an editor removed, because its
  text went into another article (合并: found by shared text) or the article should
  not be there (撤下). It stays out of the site; the record keeps a tombstone;
- an added page: YYYY/MM/<id>.md written by an editor for a page file of sources/,
  typically part of an article split off (拆分: found by shared text). It joins the
  archive after that page file's articles.

A correction is dated by the last commit of its page (history.py), else by when the
build first saw it; its reason is the front matter's `correction:`, else a "更正："
line of that commit's message. Every version of a corrected page is a correction of
its own, and the record keeps them all (record.corrections[path] = {"versions": [...],
"text": the latest version's page}), each with its kinds, when it was first seen, its
date, reason and title: the 更正 page and feed list each, and a later parser change does
not rewrite them. A new version's kinds come from comparing it with the previous
version (the record's `text`), not with the generated page, so a second fix that
touched only the text says 正文, not every kind the first one had.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import DigestError
from ..models import ADDED, MERGED, SPLIT, WITHDRAWN, Article, Author, Correction, SourcePage
from ..site.archive import place
from ..site.config import SiteConfig
from ..site.render import article_page
from ..site.urls import ARTICLE_PAGE, ARTICLE_PAGES_GLOB, article_path
from .history import committed_version, last_changes
from .identity import THRESHOLD, bigrams, containment
from .pagefile import DocsPage, PageError, article_problems, read_docs_page
from .record import BuildRecord, FileState, sha256, unstamp

# Front matter fields an editor corrects, by the kind of change a reader is told about.
KINDS = {
    "标题": ("kicker", "title", "subtitle"),
    "作者": ("authors",),
    "园区": ("park", "parks", "province", "city"),
    "主题": ("topics", "keywords"),
    "摘要": ("summary",),
}
TEXT = "正文"


@dataclass
class Editorial:
    """The editors' work, ready to apply to the archive."""

    corrections: list[Correction] = field(default_factory=list)
    articles: dict[tuple[str, str], Article] = field(default_factory=dict)  # (source, id) -> as corrected
    deleted: set[tuple[str, str]] = field(default_factory=set)
    added: dict[str, list[Article]] = field(default_factory=dict)  # source -> articles editors added
    kept: frozenset[str] = frozenset()  # article pages the editors own
    paths: frozenset[str] = frozenset()  # ...and deleted ones: docs paths the build leaves alone
    memory: dict[str, dict] = field(default_factory=dict)  # for the record (record.py)

    def apply(self, placed: list[SourcePage]) -> list[SourcePage]:
        """The page files' articles as the site shows them: corrected, deleted ones out, added ones in."""
        out = []
        for item in placed:
            articles = [
                self.articles.get((item.source, a.id), a)
                for a in item.page.articles
                if (item.source, a.id) not in self.deleted
            ]
            articles += self.added.get(item.source, [])
            out.append(replace(item, page=replace(item.page, articles=articles)))
        return out


def find_editorial(
    placed: list[SourcePage], record: BuildRecord, config: SiteConfig, now: dt.datetime
) -> Editorial:
    """What the editors changed in docs/ against what the build would write there.
    `now` dates what the build sees for the first time, outside git."""
    docs, (entries, _) = record.docs, place(placed)
    result, kept = Editorial(), set()
    pages: dict[str, DocsPage] = {}  # corrected and added pages, as read
    texts: dict[str, str] = {}  # ...and their text: the previous version for the next build
    words: dict[str, frozenset[str]] = {}  # each correction's text as bigrams: where a text went or came from
    for entry in entries:
        state, key = record.state(entry.path), (entry.source, entry.article.id)
        if state is FileState.DELETED:
            result.deleted.add(key)
            result.corrections.append(
                Correction(entry.path, entry.id, entry.article.title, (WITHDRAWN,), now)
            )
            words[entry.path] = bigrams(entry.article.body_text)
        elif state in (FileState.EDITED, FileState.FOREIGN):
            data, generated = (docs / entry.path).read_bytes(), article_page(entry, config)
            if unstamp(data) == generated.encode("utf-8"):  # a stale generated: line is no edit
                continue  # just what the build writes (a lost record, or a fix the parser now makes too)
            kept.add(entry.path)
            page = _read(docs, entry.path, data)
            result.articles[key] = replace(entry.article, **_article_data(page.front))
            texts[entry.path] = data.decode("utf-8")
            kinds = _remembered(record, entry.path, sha256(data)) or _kinds(
                _previous(record, entry.path) or read_docs_page(generated), page
            )
            if kinds or _versions(record, entry.path):
                result.corrections.append(
                    Correction(
                        entry.path,
                        entry.id,
                        page.front["title"],
                        kinds,
                        now,
                        key=sha256(data),
                        text=page.text,
                    )
                )
                pages[entry.path], words[entry.path] = page, bigrams(page.text)
    sources = {item.source: item for item in placed}
    for path in _added_pages(docs, {entry.path for entry in entries}, record):
        data = (docs / path).read_bytes()
        page = _read(docs, path, data)
        item = sources.get(page.front["source"])
        if item is None or article_path(item.issue.date, page.front["id"]) != path:
            continue  # not placeable (its source is gone, or it is misnamed): left alone, `check` says why
        kept.add(path)
        texts[path] = data.decode("utf-8")
        result.added.setdefault(item.source, []).append(
            Article(id=page.front["id"], **_article_data(page.front))
        )
        pages[path], words[path] = page, bigrams(page.text)
        # Split off an article of the same page file: that article's parse still holds this text.
        other = _best(
            words[path],
            [
                (e.article.title, e.path, bigrams(e.article.body_text))
                for e in entries
                if e.source == item.source
            ],
        )
        # A corrected page whose article a new parse no longer has stays what it was.
        before = _previous(record, path)
        kinds = _remembered(record, path, sha256(data)) or (_kinds(before, page) if before else (ADDED,))
        result.corrections.append(
            Correction(
                path,
                page.front["id"],
                page.front["title"],
                kinds,
                now,
                key=sha256(data),
                text=page.text,
                other=other,
            )
        )
    for correction in result.corrections:
        if correction.deleted:  # merged: a corrected page now holds its text
            correction.other = _best(
                words[correction.path], [(p.front["title"], path, words[path]) for path, p in pages.items()]
            )
    result.kept = frozenset(kept)
    result.paths = frozenset(kept | {c.path for c in result.corrections if c.deleted})
    _date(result, pages, record, texts)
    return result


def _versions(record: BuildRecord, path: str) -> list[dict]:
    """Every version of a corrected page the record holds, oldest first (a record from before
    versions were kept holds just the latest, as {"page", "kinds", "seen"})."""
    memo = record.corrections.get(path) or {}
    if "versions" in memo:
        return [dict(v) for v in memo["versions"]]
    return [{k: memo[k] for k in ("page", "kinds", "seen")}] if "page" in memo else []


def _remembered(record: BuildRecord, path: str, key: str) -> tuple[str, ...]:
    """The kinds of change the record holds for this version of the page, if it is the latest."""
    versions = _versions(record, path)
    return tuple(versions[-1]["kinds"]) if versions and versions[-1]["page"] == key else ()


def _previous(record: BuildRecord, path: str) -> DocsPage | None:
    """The latest version of a corrected page the record holds, which a new version is compared
    with: its text in the record, else (a record from before it kept texts) from git."""
    versions = _versions(record, path)
    if not versions or versions[-1]["page"] == "deleted":
        return None
    text = (record.corrections.get(path) or {}).get("text") or committed_version(
        record.docs, path, versions[-1]["page"]
    )
    try:
        return read_docs_page(text) if text else None
    except PageError:
        return None


def _read(docs: Path, path: str, data: bytes) -> DocsPage:
    """An editor's article page, or the build stops at the first thing it cannot publish."""
    try:
        page = read_docs_page(data.decode("utf-8"))
        problems = article_problems(page)
    except UnicodeDecodeError:
        problems = [(1, "not UTF-8 text")]
    except PageError as error:
        problems = [(error.line, error.message)]
    if problems:
        line, message = problems[0]
        raise DigestError(f"{docs / path}:{line}: {message} (run build_digest.py check)")
    return page


def _article_data(front: dict) -> dict:
    """The Article fields a page's front matter sets."""
    data = {key: front[key] for keys in KINDS.values() for key in keys if key in front}
    if "authors" in data:
        data["authors"] = [Author(a["name"], a.get("role", "")) for a in data["authors"]]
    return data


def _kinds(generated: DocsPage, edited: DocsPage) -> tuple[str, ...]:
    """The kinds of change from the generated page to the edited one (none named: no correction)."""
    heading_changed = (generated.heading or (0, ""))[1] != (edited.heading or (0, ""))[1]
    kinds = [
        kind
        for kind, keys in KINDS.items()
        if any(generated.front.get(k) != edited.front.get(k) for k in keys)
        or (kind == "标题" and heading_changed)
    ]
    if "".join(generated.text.split()) != "".join(edited.text.split()):
        kinds.append(TEXT)
    return tuple(kinds)


def _added_pages(docs: Path, parsed: set[str], record: BuildRecord) -> list[str]:
    """Article pages in docs/ that are no parsed article's and that the build did not write."""
    pages = (p.relative_to(docs).as_posix() for p in docs.glob(ARTICLE_PAGES_GLOB))
    return sorted(
        p
        for p in pages
        if ARTICLE_PAGE.match(p)
        and p not in parsed
        and record.state(p) in (FileState.EDITED, FileState.FOREIGN)
    )


def _best(part: frozenset[str], candidates: list[tuple[str, str, frozenset[str]]]) -> tuple[str, str] | None:
    """(title, path) of the candidate holding most of `part`, if it holds at least half."""
    score, title, path = max(
        ((containment(part, whole), title, path) for title, path, whole in candidates),
        default=(0.0, "", ""),
        key=lambda s: (s[0], s[2]),
    )
    return (title, path) if score >= THRESHOLD else None


def _date(result: Editorial, pages: dict[str, DocsPage], record: BuildRecord, texts: dict[str, str]) -> None:
    """Each correction's date and reason, its final kind, and what the record remembers of it:
    every version, the earlier ones as corrections of their own."""
    history = last_changes(record.docs, {c.path for c in result.corrections})
    earlier: list[Correction] = []
    for c in result.corrections:
        versions = _versions(record, c.path)
        latest = versions[-1] if versions and versions[-1]["page"] == c.key else None
        if latest is None and versions and not c.kinds:
            latest = versions[-1]  # a new version that changed nothing readers see: not a correction
        if latest is not None:  # seen by an earlier build
            c.date = dt.datetime.fromisoformat(latest["seen"])
            c.kinds, c.key = tuple(latest["kinds"]), latest["page"]
        else:
            latest = {"page": c.key, "kinds": list(c.kinds), "seen": c.date.isoformat()}
            versions.append(latest)
        change = history.get(c.path)
        c.date = change.date if change else c.date
        front = pages[c.path].front if c.path in pages else {}
        c.reason = (front.get("correction") or (change.reason if change else "")).strip()
        if c.other and c.kinds in (
            (WITHDRAWN,),
            (ADDED,),
        ):  # its text went into another article, or came out of one
            c.kinds = (MERGED,) if c.deleted else (SPLIT,)
        if latest["page"] == c.key:  # its date and reason as they are now, for when it is superseded
            latest.update(date=c.date.isoformat(), reason=c.reason, title=c.title)
        for old in versions:
            if old is not latest and old["page"] != c.key:
                earlier.append(_earlier(c, old))
        result.memory[c.path] = {"versions": versions, **({"text": texts[c.path]} if c.path in texts else {})}
    result.corrections[:0] = earlier  # before the latest: the archive keys each page's latest by path


@dataclass
class EarlierCorrection(Correction):
    """An earlier version of a corrected page: readers follow the link of the latest, since a
    page later merged away or withdrawn is no longer there to link to."""

    latest_link: tuple[str, str] | None = None

    @property
    def link(self) -> tuple[str, str] | None:
        return self.latest_link


def _earlier(latest: Correction, version: dict) -> Correction:
    """An earlier version of a corrected page, as it was told when it was the latest."""
    date = dt.datetime.fromisoformat(version.get("date") or version["seen"])
    return EarlierCorrection(
        latest.path,
        latest.id,
        version.get("title") or latest.title,
        tuple(version["kinds"]),
        date,
        reason=version.get("reason", ""),
        key=version["page"],
        latest_link=latest.link,
    )
