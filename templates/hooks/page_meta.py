"""MkDocs hook: what each page tells the world about itself, from its front matter.

- An article's summary is its `<meta name="description">` (Material prints
  page.meta.description) and, with its title, date and the site's name, its Open Graph
  tags, so a link shared on WeChat, Weibo or Baidu previews the article, not the
  site's tagline.
- sitemap.xml's <lastmod> is the article's date, or its latest correction's day
  (docs/.digest/kept-pages.json), never the day of the build; an index page's is the
  `updated` day the build writes in its front matter.
- Only article pages are editors' to change: every other page is generated, and
  Material's edit button is hidden on it (the page says so at its top).

kept_pages.py, which mkdocs.yml lists, takes these events from here.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

KEPT_PAGES = Path(".digest") / "kept-pages.json"
ARTICLE_PAGE = re.compile(r"^\d{4}/\d{2}/[^/]+\.md$")  # as digest/site/urls.py
_DAY = re.compile(r"^\d{4}-\d{2}(-\d{2})?")

_updated: dict[str, str] = {}


def on_config(config):
    """The latest correction's day of every page editors own."""
    global _updated
    try:
        parts = json.loads((Path(config["docs_dir"]) / KEPT_PAGES).read_text(encoding="utf-8"))
    except FileNotFoundError:
        parts = {}
    _updated = {path: part["updated"] for path, part in parts.items() if part.get("updated")}
    return config


def is_article(page) -> bool:
    return bool(ARTICLE_PAGE.match(page.file.src_uri))


def _day(value) -> str:
    """YYYY-MM-DD of a front matter date (the 1st when only the month is known), "" if none:
    MkDocs also dates its gzipped sitemap from it, and needs a full date."""
    match = _DAY.match(str(value or ""))
    return "" if match is None else match.group(0) if match.group(1) else match.group(0) + "-01"


def on_page_markdown(markdown: str, page, config, files) -> str:
    """Runs before the sitemap is rendered (it comes first among MkDocs' own templates)."""
    meta = page.meta
    day = _day(_updated.get(page.file.src_uri)) or _day(meta.get("updated")) or _day(meta.get("date"))
    if day:
        page.update_date = day
    if is_article(page) and meta.get("summary") and not meta.get("description"):
        meta["description"] = str(meta["summary"])
    return markdown


def on_page_context(context, page, config, nav):
    if not is_article(page):
        page.edit_url = None  # a generated page: an edit there is overwritten (and `check` refuses it)
    return context


def og_tags(page, config) -> str:
    """Open Graph tags of a page, escaped for HTML attributes."""
    meta = page.meta
    article = is_article(page)
    title = str(meta.get("title") or page.title or config["site_name"])
    description = str(meta.get("description") or meta.get("summary") or config.get("site_description") or "")
    tags = [("og:title", title), ("og:description", description), ("og:site_name", config["site_name"]),
            ("og:type", "article" if article else "website"), ("og:locale", "zh_CN")]
    if page.canonical_url:
        tags.append(("og:url", page.canonical_url))
    if article and meta.get("date"):
        tags.append(("article:published_time", str(meta["date"])))
        if _updated.get(page.file.src_uri):
            tags.append(("article:modified_time", _updated[page.file.src_uri]))
    return "".join(f'<meta property="{name}" content="{html.escape(str(value), quote=True)}">\n'
                   for name, value in tags if value)


def on_post_page(output: str, page, config) -> str:
    head = output.find("</head>")
    if head < 0:
        return output
    return output[:head] + og_tags(page, config) + output[head:]
