"""Every path, URL and feed name of the site, in one table (as Pelican's settings are).

Paths are docs-relative Markdown or feed files; MkDocs turns a/b.md into the URL a/b/.
URLs are ASCII and stable: they come from ids, dates and the pinyin of names, never
from a title, so a correction or a better parse never moves a page.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from urllib.parse import urlsplit

from pypinyin import lazy_pinyin

HOME = "index.md"
ISSUES = "issues/index.md"
PARKS = "parks/index.md"
TOPICS = "topics/index.md"
ARCHIVE = "archive/index.md"
SEARCH = "search.md"
SUBSCRIBE = "subscribe.md"
CORRECTIONS_PAGE = "corrections.md"
SITE_FEED = "feeds/all.xml"
CORRECTIONS_FEED = "feeds/corrections.xml"
# What the build still draws on article pages editors own; the MkDocs hook
# templates/hooks/kept_pages.py reads it from docs_dir (MkDocs does not publish dot-folders).
KEPT_PAGES = ".digest/kept-pages.json"
ARTICLE_PAGE = re.compile(r"^\d{4}/\d{2}/[^/]+\.md$")
ARTICLE_PAGES_GLOB = "[0-9][0-9][0-9][0-9]/[0-9][0-9]/*.md"

_SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,79}$")
_SAFE_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")


@cache  # the same few parks and topics name every article's links
def slug(name: str) -> str:
    """An ASCII slug for a Chinese name (its pinyin): stable, readable, safe in a path."""
    text = "-".join(lazy_pinyin(name)).lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    # Pinyin syllables read best joined; the hyphens only separate non-Chinese parts.
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", "", text)
    return text or "x" + hashlib.sha1(name.encode()).hexdigest()[:8]


def safe_key(key: str) -> str:
    """A folder or id as given if it is already a safe path segment, else a stable hash of it."""
    if _SAFE_KEY.match(key) and not key.startswith("."):
        return key
    return "x" + hashlib.sha1(key.encode()).hexdigest()[:12]


def article_path(date: str, article_id: str) -> str:
    """docs path of an article: YYYY/MM/<id>.md, the id made URL-safe if it is not."""
    safe = article_id.lower() if _SAFE_ID.match(article_id.lower()) else safe_key(article_id)
    return f"{date[:7].replace('-', '/')}/{safe}.md"


def numbered_path(path: str, n: int) -> str:
    """The n-th article of a month with the same id: YYYY/MM/<id>-n.md."""
    return f"{path[:-3]}-{n}.md"


def issue_path(issue_key: str) -> str:
    return f"issues/{safe_key(issue_key)}.md"


def month_path(month: str) -> str:
    return f"archive/{month}.md"


def park_page(park_slug: str) -> str:
    return f"parks/{park_slug}.md"


def park_feed(park_slug: str) -> str:
    return f"feeds/parks/{park_slug}.xml"


def topic_page(topic_slug: str) -> str:
    return f"topics/{topic_slug}.md"


def topic_feed(topic_slug: str) -> str:
    return f"feeds/topics/{topic_slug}.xml"


def page_url(path: str) -> str:
    """The URL path MkDocs gives a Markdown file (use_directory_urls): a/b.md -> a/b/, a/index.md -> a/."""
    stem = path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def tag_uri(site_url: str, date: str, specific: str) -> str:
    """A globally unique, permanent feed GUID (RFC 4151): tag:<host>,<date>:<site path><specific>.

    The host and path of the site keep two sites' articles apart (feed readers key items
    by GUID across every feed they follow); the date is the article's month, so the GUID
    never changes once published: tag:example.org,2021-01:article/<id>.
    """
    parts = urlsplit(site_url)
    return f"tag:{(parts.hostname or 'localhost').lower()},{date[:7]}:{parts.path.lstrip('/')}{specific}"
