"""The article's text as enrichment reads it: stray extraction spaces and the dateline removed."""

from __future__ import annotations

from dataclasses import replace

from ..language import names
from ..language.text import drop_stray_spaces
from ..models import Article, Block


def headline_text(article: Article) -> str:
    return "\n".join(drop_stray_spaces(t) for t in (article.kicker, article.title, article.subtitle) if t)


def body_blocks(article: Article) -> list[Block]:
    """The body blocks with stray spaces removed, the first without its 本报讯
    dateline (the parser may leave it there)."""
    blocks = [replace(b, text=drop_stray_spaces(b.text)) for b in article.blocks]
    if blocks:
        blocks[0] = replace(blocks[0], text=names.DATELINE.sub("", blocks[0].text.lstrip()).lstrip())
    return blocks


def body_text(article: Article) -> str:
    """Body text, one block a line, without the dateline."""
    return "\n".join(b.text for b in body_blocks(article))
