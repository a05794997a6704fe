"""The parse pipeline for one page: read -> layout -> segment (-> enrich)."""
from __future__ import annotations

from .layout import layout
from .models import Page, RawPage
from .segment import segment


def parse_page(raw: RawPage) -> Page:
    """Articles, furniture and unassigned text of one page, without metadata."""
    return segment(layout(raw), raw.source)


def process_page(raw: RawPage, idf=None) -> Page:
    """Parse and enrich: what `parse --format json` prints and what the site renders."""
    from .enrich import enrich_page  # jieba is loaded only when metadata is wanted

    return enrich_page(parse_page(raw), idf)
