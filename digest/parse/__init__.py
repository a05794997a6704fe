"""The parse room: a raw page file -> a Page of articles (no metadata yet).

read (bytes and manifests) -> layout (lines -> typed items) -> segment (items ->
articles: cut, paragraphs, hand-out, article). Layout and segment consult the
language room, whose word checks load jieba.
"""

from __future__ import annotations

from ..models import Page, RawPage
from .layout import layout
from .segment import segment


def parse_page(raw: RawPage) -> Page:
    """Articles, furniture and unassigned text of one page, without metadata."""
    return segment(layout(raw), raw.source)
