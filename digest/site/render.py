"""Render stage: the archive as Markdown pages for MkDocs.

Each page is YAML front matter written by yaml.safe_dump (never pasted strings) and a
body from a Jinja2 template in templates/. The Markdown environment escapes every
`{{ value }}` for Markdown, so text from sources shows literally whatever it contains.
Pure: returns {docs-relative path: text}; writing is the build's job. The build takes
each page as a RenderJob (page_jobs): its key (keys.py) and how to render it, so an
unchanged page is not rendered again.

Article pages editors own (corrected or added, corrections.py) are not rendered; what
the build still draws on them (the correction notice, the previous/next links) goes
to urls.KEPT_PAGES, which the MkDocs hook templates/hooks/kept_pages.py shows on the site.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import groupby

import jinja2
import yaml
from markupsafe import Markup

from ..errors import DigestError
from ..resources import TEMPLATES
from . import urls
from .archive import Archive, Entry
from .config import SiteConfig
from .keys import Keys
from .markup import md_finalize, safe_url

FEED_ITEMS = 30  # newest articles per feed, each with its full text
EARLIER_ISSUES = 12  # issues listed under the latest on the home page (往期); 版面 lists all
# The first line of every generated page's front matter after its `generated:` stamp: an
# editor opening the file is told where corrections go (the site hides the edit button
# on these pages, and `check` refuses a hand edit of one).
GENERATED_NOTE = (
    "本页由构建程序生成，请勿手工修改（改过的页面不再随构建更新）；更正文章请编辑文章页 YYYY/MM/<编号>.md。"
)


def date_zh(date: str) -> str:
    """2021-01 -> 2021年1月, 2021-01-05 -> 2021年1月5日."""
    parts = [int(p) for p in date.split("-")]
    return "".join(f"{n}{unit}" for n, unit in zip(parts, "年月日"))


@jinja2.pass_context
def _href(context: jinja2.runtime.Context, target: str) -> Markup:
    """A link from the page being rendered to another docs path, relative as MkDocs checks them."""
    target, _, anchor = str(target).partition("#")
    relative = posixpath.relpath(target, posixpath.dirname(context["page_path"]) or ".")
    return safe_url(relative + ("#" + anchor if anchor else ""))


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # macros return Markup, so their output is not escaped twice
        finalize=md_finalize,  # ...and every other value is escaped for Markdown
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["href"] = _href
    env.globals["date_zh"] = date_zh
    return env


def _page(template: str, path: str, front: dict, **context) -> str:
    return "---\n" + front_matter(front) + "---\n\n" + _markdown(template, path, **context)


def _markdown(template: str, path: str, **context) -> str:
    """Markdown from a template, for the page at `path` (its links are relative to it)."""
    return _tidy(_environment().get_template(template).render(page_path=path, **context))


# libyaml's emitter (4x faster) writes what PyYAML's writes, but for characters it escapes
# where PyYAML does not: outside the BMP (emoji) and the Unicode line breaks. A page holding
# one is written by PyYAML, so every page is byte for byte what it was.
_FAST_DUMPER = getattr(yaml, "CSafeDumper", None)
_LIBYAML_DIFFERS = re.compile("[\x85\u2028\u2029\U00010000-\U0010ffff]")


def front_matter(data: dict) -> str:
    """YAML by the library, so any title, colon or quote round-trips as data."""
    options = dict(allow_unicode=True, sort_keys=False, default_flow_style=False, width=1_000_000)
    if _FAST_DUMPER is not None and not any(_LIBYAML_DIFFERS.search(s) for s in _strings(data)):
        return yaml.dump(data, Dumper=_FAST_DUMPER, **options)
    return yaml.safe_dump(data, **options)


def _strings(value) -> Iterator[str]:
    """Every string in front matter data (keys too)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def _tidy(text: str) -> str:
    """At most one blank line in a row and one final newline: templates stay readable."""
    lines = text.rstrip().splitlines()
    out = [line for i, line in enumerate(lines) if line.strip() or (i and lines[i - 1].strip())]
    return "\n".join(line.rstrip() for line in out) + "\n"


@dataclass(frozen=True)
class RenderJob:
    """A file of docs/ to write: the key of what it is made from, and how to make it."""

    key: str
    render: Callable[[], str]


def rendered(jobs: dict[str, RenderJob]) -> dict[str, str]:
    return {path: job.render() for path, job in jobs.items()}


def render_pages(archive: Archive, config: SiteConfig) -> dict[str, str]:
    """Every Markdown page of the site: articles, index pages, the search and subscribe pages."""
    return rendered(page_jobs(archive, config, Keys("", config)))


def page_jobs(archive: Archive, config: SiteConfig, keys: Keys) -> dict[str, RenderJob]:
    """render_pages, each page to render when its key calls for it."""
    pages = {
        entry.path: RenderJob(
            # The page shows its neighbours' and related articles' titles and links.
            keys.of("article", entry, entry.previous, entry.next, entry.related),
            partial(article_page, entry, config),
        )
        for entry in archive.entries
        if not entry.kept
    }
    provinces = archive.parks_by_province()
    topics = sorted(archive.topics, key=lambda g: (-len(g.entries), g.key))
    months = sorted(archive.months, key=lambda g: g.key, reverse=True)
    years = [(year, list(groups)) for year, groups in groupby(months, key=lambda g: g.key[:4])]
    issues = sorted(archive.issues, key=lambda v: (v.issue.date, v.issue.key), reverse=True)

    newest = max([e.date for e in archive.entries] + [c.day for c in archive.corrections], default="")

    def page(
        template: str,
        path: str,
        title: str | None,
        front: dict | None = None,
        *,
        updated: str = "",
        **context,
    ) -> None:
        if path in pages:  # e.g. an issue folder named "index": never let one page replace another
            raise DigestError(f"two pages would be written to docs/{path}; rename the source folder")
        # `updated`: the sitemap's lastmod (templates/hooks/page_meta.py), never the build's day.
        front = {
            "note": GENERATED_NOTE,
            **({"title": title} if title else {}),
            **({"updated": updated or newest} if updated or newest else {}),
            "feeds": feed_links(config),
            **(front or {}),
        }
        pages[path] = RenderJob(
            keys.of(template, path, front, context), partial(_page, template, path, front, **context)
        )

    # The home page has no title of its own: the browser tab shows just the site name.
    earlier = [v for v in issues if v is not archive.latest]
    page(
        "home.md.j2",
        urls.HOME,
        None,
        {"hide": ["toc"]},
        site_name=config.site_name,
        latest=archive.latest,
        earlier=earlier[:EARLIER_ISSUES],
        more=len(earlier) > EARLIER_ISSUES,
    )
    page("issues.md.j2", urls.ISSUES, "版面", issues=issues)
    for view in archive.issues:
        page(
            "issue.md.j2",
            view.path,
            f"{view.issue.publication} {date_zh(view.issue.date)}",
            view=view,
            updated=max((_updated(e) for _, entries in view.pages for e in entries), default=""),
        )
    page("parks.md.j2", urls.PARKS, "园区", provinces=provinces)
    page("topics.md.j2", urls.TOPICS, "主题", topics=topics)
    page("archive.md.j2", urls.ARCHIVE, "归档", years=years)
    for group in [*archive.parks, *archive.topics, *archive.months]:
        # Parks and topics have feeds and may have hundreds of articles: a compact list.
        page(
            "group.md.j2",
            group.path,
            group.title,
            {"feeds": feed_links(config, group.title, group.feed)},
            group=group,
            compact=group.feed is not None,
            updated=max(map(_updated, group.entries), default=""),
        )
    page(
        "corrections.md.j2",
        urls.CORRECTIONS_PAGE,
        "更正",
        {"feeds": feed_links(config, "更正", urls.CORRECTIONS_FEED)},
        corrections=archive.corrections,
        corrections_feed=urls.CORRECTIONS_FEED,
        updated=archive.corrections[0].day if archive.corrections else "",
    )
    page("search.md.j2", urls.SEARCH, "搜索", {"template": "search.html", "hide": ["navigation", "toc"]})
    page(
        "subscribe.md.j2",
        urls.SUBSCRIBE,
        "订阅",
        provinces=provinces,
        topics=topics,
        site_feed=urls.SITE_FEED,
        corrections_feed=urls.CORRECTIONS_FEED,
        feed_items=FEED_ITEMS,
        absolute=lambda path: safe_url(config.site_url + path),
    )
    kept = [(e, e.previous, e.next, e.related) for e in archive.entries if e.kept]
    pages[urls.KEPT_PAGES] = RenderJob(keys.of("kept", kept), partial(kept_pages, archive))
    return pages


def _updated(entry: Entry) -> str:
    """The day an article last changed: its issue's, or its latest correction's."""
    return max(entry.date, entry.correction.day) if entry.correction else entry.date


def kept_pages(archive: Archive) -> str:
    """JSON {docs path: {"notice": Markdown, "nav": Markdown, "updated": day}} for every article
    page editors own; `updated` is the sitemap's lastmod for it (templates/hooks/page_meta.py)."""
    parts = {
        entry.path: {
            "notice": _markdown("notice.md.j2", entry.path, correction=entry.correction)
            if entry.correction
            else "",
            "nav": _markdown("nav.md.j2", entry.path, entry=entry),
            "updated": _updated(entry),
        }
        for entry in archive.entries
        if entry.kept
    }
    return json.dumps(parts, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def feed_links(config: SiteConfig, name: str = "", feed: str | None = None) -> list[dict]:
    """The feeds a page advertises: the whole digest, and a park's or topic's own."""
    links = [{"title": config.site_name, "path": urls.SITE_FEED}]
    if feed:
        links.append({"title": f"{config.site_name}：{name}", "path": feed})
    return links


def article_page(entry: Entry, config: SiteConfig) -> str:
    """Readers see the paper, date and 版面 as the source; the page file in the repository
    is the front matter's `source`, for editors."""
    return _page("article.md.j2", entry.path, article_front_matter(entry, config), entry=entry)


def article_front_matter(entry: Entry, config: SiteConfig) -> dict:
    """The article's data for editors, MkDocs and the theme (search filters, feed links)."""
    a = entry.article
    return {
        "id": entry.id,
        "title": a.title,
        "subtitle": a.subtitle,
        "kicker": a.kicker,
        "date": entry.front_matter_date,
        "issue": entry.issue.key,
        "publication": entry.issue.publication,
        "page": entry.page.number,
        **({"pages": list(a.pages)} if a.pages else {}),  # a continued article: every page it spans
        "page_name": entry.page.name,
        "authors": [{"name": au.name, "role": au.role} for au in a.authors],
        # The park's short name from the gazetteer, whichever alias the text used: search
        # filters and park pages then agree on one name per park.
        "park": entry.park.name if entry.park else "",
        "parks": list(a.parks),
        "province": entry.province,
        "city": entry.city,
        "topics": [t.label for t in entry.topics],
        "keywords": list(a.keywords),
        "summary": a.summary,
        "source": entry.source,
        "feeds": feed_links(config, entry.park.name, entry.park.feed) if entry.park else feed_links(config),
    }


def body_markdown(entry: Entry) -> str:
    """The article text alone (paragraphs, subheadings, captions) as Markdown, for the feeds:
    as the editors corrected it, when they did."""
    if entry.correction:
        return entry.correction.text
    return _markdown("body.md.j2", entry.path, article=entry.article)
