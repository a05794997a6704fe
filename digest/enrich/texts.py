"""The article's text as enrichment reads it: stray extraction spaces, the extractor's
radical code points and the dateline removed."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from ..language import names
from ..language.text import drop_stray_spaces
from ..models import Article, Block

# Some PDF extractors write a common character as the Kangxi radical that looks the
# same (⾼ for 高, ⼀ for 一). The parse keeps the text as extracted; park names,
# terms and summary sentences are read with the characters they stand for.
_KANGXI_RADICALS = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2F00, 0x2FD6)}


def readable(text: str) -> str:
    """`text` without stray extraction spaces, its Kangxi radicals read as characters."""
    return drop_stray_spaces(text).translate(_KANGXI_RADICALS)


def headline_text(article: Article) -> str:
    return "\n".join(readable(t) for t in (article.kicker, article.title, article.subtitle) if t)


def body_blocks(article: Article) -> list[Block]:
    """The body blocks as `readable` text, the first without its 本报讯 dateline
    (the parser may leave it there)."""
    blocks = [replace(b, text=readable(b.text)) for b in article.blocks]
    if blocks:
        blocks[0] = replace(blocks[0], text=names.DATELINE.sub("", blocks[0].text.lstrip()).lstrip())
    return blocks


def body_text(article: Article) -> str:
    """Body text, one block a line, without the dateline."""
    return "\n".join(b.text for b in body_blocks(article))
