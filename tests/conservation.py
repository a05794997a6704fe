"""Text conservation: every non-whitespace character of a page lands in exactly one place.

Characters are counted as reading a page file gives them: a Kangxi-radical or CJK-compatibility
look-alike counts as the ideograph it stands for, a small or vertical form of a mark as the
full-width mark, on the page and in the parse alike.
"""

from collections import Counter

from digest.models import Page
from digest.parse.read import ordinary_forms

ARTICLE_TEXT_FIELDS = ("kicker", "title", "subtitle", "dateline", "byline")


def placed_characters(page: Page) -> Counter:
    """Characters of every text field the parser fills from the page (not derived metadata)."""
    texts = list(page.furniture) + list(page.unassigned)
    for article in page.articles:
        texts += [getattr(article, name) for name in ARTICLE_TEXT_FIELDS]
        texts += [block.text for block in article.blocks]
        texts += [part for c in article.captions for part in (c.text, c.label, c.credit)]
    return input_characters("".join(texts))


def input_characters(text: str) -> Counter:
    return Counter(ch for ch in ordinary_forms(text) if not ch.isspace())


def lost_and_invented(text: str, page: Page) -> tuple[Counter, Counter]:
    given, placed = input_characters(text), placed_characters(page)
    return given - placed, placed - given
