"""Text conservation: every non-whitespace character of a page lands in exactly one place."""

from collections import Counter

from digest.models import Page

ARTICLE_TEXT_FIELDS = ("kicker", "title", "subtitle", "dateline", "byline")


def placed_characters(page: Page) -> Counter:
    """Characters of every text field the parser fills from the page (not derived metadata)."""
    texts = list(page.furniture) + list(page.unassigned)
    for article in page.articles:
        texts += [getattr(article, name) for name in ARTICLE_TEXT_FIELDS]
        texts += [block.text for block in article.blocks]
        texts += [part for c in article.captions for part in (c.text, c.label, c.credit)]
    return Counter(ch for ch in "".join(texts) if not ch.isspace())


def input_characters(text: str) -> Counter:
    return Counter(ch for ch in text if not ch.isspace())


def lost_and_invented(text: str, page: Page) -> tuple[Counter, Counter]:
    given, placed = input_characters(text), placed_characters(page)
    return given - placed, placed - given
