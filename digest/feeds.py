"""Feeds: RSS 2.0 for the whole digest, for each park and topic, and for corrections.

GUIDs are the article ids (isPermaLink="false"), so a corrected title or a better
parse never shows a subscriber the same article twice. Items carry the full text as
HTML (python-markdown over the same Markdown the article page uses) and dates with
the +0800 offset; a feed's lastBuildDate is its newest item, so feeds are deterministic.
"""
from __future__ import annotations

import email.utils
from functools import lru_cache

import jinja2
import markdown

from .render import FEED_ITEMS, TEMPLATES, SiteConfig, body_markdown
from .site_index import CORRECTIONS_FEED, SITE_FEED, Archive, Entry, page_url


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["rfc822"] = email.utils.format_datetime
    return env


def render_feeds(archive: Archive, config: SiteConfig) -> dict[str, str]:
    """{docs-relative path: RSS XML} for every feed the site offers."""
    html = _HtmlCache()
    newest_first = archive.entries[::-1]
    feeds = {
        SITE_FEED: _feed(config, SITE_FEED, config.site_name, "index.md", "国家高新区新闻摘编：全部文章",
                         newest_first, html),
        CORRECTIONS_FEED: _feed(config, CORRECTIONS_FEED, f"{config.site_name}：更正", "index.md",
                                "已更正文章的更正说明", [], html),
    }
    for group in [*archive.parks, *archive.topics]:
        kind = "园区" if group.park else "主题"
        feeds[group.feed] = _feed(config, group.feed, f"{config.site_name}：{group.title}", group.path,
                                  f"{kind}“{group.title}”的最新文章", group.entries, html)
    return feeds


def _feed(config: SiteConfig, path: str, title: str, page: str, description: str,
          entries: list[Entry], html: _HtmlCache) -> str:
    items = [
        {"entry": entry, "link": config.site_url + page_url(entry.path), "html": html(entry)}
        for entry in entries[:FEED_ITEMS]
    ]
    return _environment().get_template("feed.xml.j2").render(
        title=title, description=description, link=config.site_url + page_url(page),
        self_link=config.site_url + path, items=items,
        last_build=max((entry.published for entry in entries), default=None))


class _HtmlCache:
    """Article HTML, converted once though an article appears in several feeds."""

    def __init__(self) -> None:
        self._md = markdown.Markdown(output_format="html")
        self._done: dict[str, str] = {}

    def __call__(self, entry: Entry) -> str:
        if entry.path not in self._done:
            self._done[entry.path] = self._md.reset().convert(body_markdown(entry))
        return self._done[entry.path]
