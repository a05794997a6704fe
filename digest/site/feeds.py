"""Feeds: RSS 2.0 for the whole digest, for each park and topic, and for corrections.

GUIDs are tag: URIs of the site's host and path, the article's month and its id
(isPermaLink="false", urls.tag_uri): unique across every feed a reader follows, and
never built from a title, so a corrected title or a better parse never shows a
subscriber the same article twice; a corrected article's item
carries its corrected title and text and the correction's date as <atom:updated>.
The corrections feed has one item per version of a corrected page (its tag: GUID names
the version), so each new correction reaches subscribers once. Items carry the full
text as HTML (python-markdown over the same Markdown the article page uses), after the
kicker and subtitle, which also open the description; all authors share one dc:creator
(readers show only the last of several, the 通讯员, not the reporter); and dates
with the +0800 offset; a feed's lastBuildDate is its newest item date, so feeds are
deterministic.

Every text reaches a reader as the text it is, never as markup: the template escapes
every value for XML once, which is what readers undo for <title>, <dc:creator> and
<category> (plain text). <description> holds HTML, so its text (summary, kicker,
subtitle, a correction's description) is escaped for HTML first (_html_text):
`<img onerror=…>` in a summary is shown, not run.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any

import jinja2
import markdown

from ..models import Correction
from ..resources import TEMPLATES
from .archive import Archive, Entry
from .config import SiteConfig
from .keys import Keys
from .render import FEED_ITEMS, RenderJob, body_markdown, rendered
from .urls import CORRECTIONS_FEED, CORRECTIONS_PAGE, HOME, SITE_FEED, page_url, tag_uri


@dataclass(frozen=True)
class FeedItem:
    title: str
    link: str
    guid: str
    published: dt.datetime
    description: str
    html: str = ""
    updated: dt.datetime | None = None
    creators: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["rfc822"] = email.utils.format_datetime
    return env


def render_feeds(archive: Archive, config: SiteConfig) -> dict[str, str]:
    """{docs-relative path: RSS XML} for every feed the site offers."""
    return rendered(feed_jobs(archive, config, Keys("", config)))


def feed_jobs(archive: Archive, config: SiteConfig, keys: Keys) -> dict[str, RenderJob]:
    """render_feeds, each feed to render when its key (its items' entries) calls for it."""
    items = _ArticleItems(config)

    def feed(path: str, title: str, page: str, description: str, sources: list, item: Callable) -> RenderJob:
        key = keys.of("feed", path, title, page, description, sources)
        return RenderJob(key, partial(_feed, config, path, title, page, description, sources, item))

    feeds = {
        SITE_FEED: feed(
            SITE_FEED,
            config.site_name,
            HOME,
            "国家高新区新闻摘编：全部文章",
            archive.entries[::-1][:FEED_ITEMS],
            items,
        ),
        CORRECTIONS_FEED: feed(
            CORRECTIONS_FEED,
            f"{config.site_name}：更正",
            CORRECTIONS_PAGE,
            "已更正文章的更正说明",
            archive.corrections[:FEED_ITEMS],
            partial(_correction_item, config=config),
        ),
    }
    for group in [*archive.parks, *archive.topics]:
        kind = "园区" if group.park else "主题"
        feeds[group.feed] = feed(
            group.feed,
            f"{config.site_name}：{group.title}",
            group.path,
            f"{kind}“{group.title}”的最新文章",
            group.entries[:FEED_ITEMS],
            items,
        )
    return feeds


def _feed(
    config: SiteConfig,
    path: str,
    title: str,
    page: str,
    description: str,
    sources: list,
    item: Callable[[Any], FeedItem],
) -> str:
    """The feed of the items made of `sources` (entries or corrections) by `item`."""
    items = [item(source) for source in sources]
    return (
        _environment()
        .get_template("feed.xml.j2")
        .render(
            title=title,
            description=description,
            link=config.site_url + page_url(page),
            self_link=config.site_url + path,
            items=items,
            last_build=max((item.updated or item.published for item in items), default=None),
        )
    )


def _correction_item(correction: Correction, config: SiteConfig) -> FeedItem:
    """A correction: what changed and why; the link goes to the article (or where its text went)."""
    title, path = correction.link or (correction.title, CORRECTIONS_PAGE)
    return FeedItem(
        title=f"更正：{correction.title}",
        link=config.site_url + page_url(path),
        guid=tag_uri(
            config.site_url,
            _month(correction.path, correction.date),
            f"correction/{correction.id}/{correction.key[:12]}",
        ),
        published=correction.date,
        description=_html_text(correction.description),
    )


def _month(path: str, date: dt.datetime) -> str:
    """YYYY-MM of an article page (YYYY/MM/<id>.md), else of the date: part of a permanent GUID."""
    head = path.split("/")
    if len(head) == 3 and head[0].isdigit() and head[1].isdigit():
        return f"{head[0]}-{head[1]}"
    return date.strftime("%Y-%m")


def _html_text(text: str) -> str:
    """Plain text as HTML that shows it literally (the template then escapes it for XML)."""
    return html.escape(text, quote=False)


def _heads(kicker: str, subtitle: str) -> list[str]:
    return [text for text in (kicker, subtitle) if text]


class _ArticleItems:
    """Article items, their HTML converted once though an article appears in several feeds."""

    def __init__(self, config: SiteConfig) -> None:
        self._config = config
        self._md = markdown.Markdown(output_format="html")
        self._done: dict[str, FeedItem] = {}

    def __call__(self, entry: Entry) -> FeedItem:
        if entry.path not in self._done:
            a = entry.article
            heads = _heads(a.kicker, a.subtitle)
            self._done[entry.path] = FeedItem(
                title=a.title or "（无题）",
                link=self._config.site_url + page_url(entry.path),
                guid=tag_uri(self._config.site_url, entry.month, f"article/{entry.id}"),
                published=entry.published,
                description=_html_text("\n".join([*heads, a.summary]).strip()),
                html="".join(f"<p><strong>{html.escape(text)}</strong></p>\n" for text in heads)
                + self._md.reset().convert(body_markdown(entry)),
                updated=entry.correction.date if entry.correction else None,
                # One field for all: readers that take one creator show the last, the 通讯员.
                creators=("、".join(author.name for author in a.authors),) if a.authors else (),
                categories=tuple(topic.label for topic in entry.topics),
            )
        return self._done[entry.path]
