"""Continued articles: the parts of one article printed on two pages of an issue, joined.

A part that ends with （下转第N版） goes on in a part on page N that opens with （上接第M版),
M being the first part's page. The parser records both notes on the parts it finds
(Article.continues_on, continued_from); here the parts of one issue are paired by those
page numbers and, when a page holds more than one candidate, by content: the same park,
shared keywords, and a sentence the first part leaves open. The pair becomes one article
with the first part's id, headline, byline and summary, and the second part's text after
the first's; it lists both pages (Article.pages). A part whose other part is not in the
issue stays as it is, and the build says so.

Pure, and cheap (no jieba): it runs on every build over the enriched pages, while the
record keeps each page's own parse, so the second part's id stays reserved.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import groupby

from ..language.text import ends_sentence, join_lines
from ..models import Article, Author, Block, SourcePage
from . import reading_minutes

# What decides between two parts that both fit the page numbers.
_SAME_PARK, _OPEN_SENTENCE = 2.0, 0.5
# Characters no sentence starts with: a part opening with one begins inside a sentence.
_INSIDE_SENTENCE = set("，、。；：！？）》”’」的了着地得和与及并而或且之其所")
_SHORT_CLAUSE = 10  # characters: a first "sentence" shorter than this is the end of one


@dataclass(frozen=True)
class _Part:
    """An article of the issue and where it stands."""

    source: str  # its page file
    index: int  # its position on that page file
    page: int  # the printed page number
    article: Article = field(compare=False)


def _parts(item: SourcePage) -> list[_Part]:
    return [_Part(item.source, k, item.entry.number, a) for k, a in enumerate(item.page.articles)]


def join_continued(placed: list[SourcePage]) -> tuple[list[SourcePage], list[str]]:
    """The page files with every continued article joined into its first part (the second
    part left out of its page), and a line for each part whose other part was not found."""
    joined: dict[tuple[str, int], Article] = {}
    dropped: set[tuple[str, int]] = set()
    warnings: list[str] = []
    for _, issue in groupby(sorted(placed, key=lambda p: p.issue.key), key=lambda p: p.issue.key):
        pages = list(issue)
        links = pair_parts(pages)
        for head in _heads(links):
            chain = [head, *_followers(head, links)]
            joined[_key(head)] = join_chain([part.article for part in chain], [part.page for part in chain])
            dropped |= {_key(part) for part in chain[1:]}
        warnings += _unmatched(pages, links)
    touched = {source for source, _ in [*joined, *dropped]}
    return [_rebuilt(item, joined, dropped) if item.source in touched else item for item in placed], warnings


def _rebuilt(
    item: SourcePage, joined: dict[tuple[str, int], Article], dropped: set[tuple[str, int]]
) -> SourcePage:
    articles = [
        joined.get((item.source, k), article)
        for k, article in enumerate(item.page.articles)
        if (item.source, k) not in dropped
    ]
    return replace(item, page=replace(item.page, articles=articles))


def _key(part: _Part) -> tuple[str, int]:
    return part.source, part.index


def pair_parts(pages: list[SourcePage]) -> dict[_Part, _Part]:
    """{first part: the part it goes on in} within one issue: pairs that fit the page numbers
    both ways, the best fitting by content first, each part in one pair at most."""
    parts = [part for item in pages for part in _parts(item)]
    pairs = [(a, b) for a in parts if a.article.continues_on for b in parts if _pages_fit(a, b)]
    links: dict[_Part, _Part] = {}
    for a, b in sorted(pairs, key=lambda pair: -fit(pair[0].article, pair[1].article)):  # stable
        if a not in links and b not in links.values():
            links[a] = b
    return links


def _pages_fit(first: _Part, second: _Part) -> bool:
    """`first` sends its reader to the page of `second`, which names the page of `first`."""
    return (
        second.page == first.article.continues_on
        and second.article.continued_from == first.page
        and second.source != first.source
    )


def fit(first: Article, second: Article) -> float:
    """How well `second` reads as the rest of `first`: the same park, shared keywords, and the
    sentence `first` leaves open being one `second` starts inside."""
    same_park = bool(first.park) and (first.park == second.park or first.park in second.parks)
    keywords = set(first.keywords) | set(second.keywords)
    shared = len(set(first.keywords) & set(second.keywords)) / len(keywords) if keywords else 0.0
    return _SAME_PARK * same_park + shared + _OPEN_SENTENCE * (open_sentence(first) == starts_inside(second))


def open_sentence(article: Article) -> bool:
    """The part stops inside a sentence (its last paragraph does not end one)."""
    last = article.blocks[-1] if article.blocks else None
    return last is not None and last.type == "paragraph" and not ends_sentence(last.text)


def starts_inside(article: Article) -> bool:
    """The part opens inside a sentence: with a character no sentence starts with, or with
    a few characters before its first full stop (as review.py reads a body's start)."""
    first = next((b.text for b in article.blocks if b.type == "paragraph"), "")
    return bool(first) and (
        first[0] in _INSIDE_SENTENCE or len(first.split("。", 1)[0]) < _SHORT_CLAUSE < len(first)
    )


def _heads(links: dict[_Part, _Part]) -> list[_Part]:
    followers = set(links.values())
    return [part for part in links if part not in followers]


def _followers(head: _Part, links: dict[_Part, _Part]) -> Iterator[_Part]:
    part = head
    while part in links:
        part = links[part]
        yield part


def join_chain(parts: list[Article], pages: list[int]) -> Article:
    """One article of parts printed on `pages`, in reading order."""
    article = parts[0]
    for part in parts[1:]:
        article = join_two(article, part)
    return replace(article, pages=pages)


def join_two(first: Article, second: Article) -> Article:
    """`second` read as the rest of `first`: the first part's id, headline, byline and summary;
    both parts' text, captions, authors, parks, topics and keywords."""
    headline = {k: getattr(first if first.title else second, k) for k in ("kicker", "title", "subtitle")}
    chars = first.char_count + second.char_count
    keywords = _union(first.keywords, second.keywords)[: max(len(first.keywords), len(second.keywords))]
    return replace(
        first,
        **headline,
        byline=" ".join(b for b in (first.byline, second.byline) if b),
        authors=_authors(first.authors, second.authors),
        blocks=joined_blocks(first, second),
        captions=first.captions + second.captions,
        continues_on=second.continues_on,
        # the joined text ends where the rest does: its end is the rest's evidence, not the jump
        evidence={**first.evidence, **({"end": second.evidence["end"]} if "end" in second.evidence else {})},
        park=first.park or second.park,
        parks=_union(first.parks, second.parks),
        province=first.province if first.park else second.province,
        city=first.city if first.park else second.city,
        topics=_union(first.topics, second.topics),
        keywords=keywords,
        char_count=chars,
        reading_minutes=reading_minutes(chars),
    )


def joined_blocks(first: Article, second: Article) -> list[Block]:
    """The blocks of both parts; a sentence the first leaves open goes on in the second's first
    paragraph, so the two paragraphs are one."""
    if not (open_sentence(first) and second.blocks and second.blocks[0].type == "paragraph"):
        return first.blocks + second.blocks
    bridge = Block("paragraph", join_lines([first.blocks[-1].text, second.blocks[0].text]))
    return first.blocks[:-1] + [bridge] + second.blocks[1:]


def _authors(first: list[Author], second: list[Author]) -> list[Author]:
    named = {a.name for a in first}
    return first + [a for a in second if a.name not in named]


def _union(first: list[str], second: list[str]) -> list[str]:
    return list(dict.fromkeys(first + second))


def _unmatched(pages: list[SourcePage], links: dict[_Part, _Part]) -> list[str]:
    """A line for each part of a continued article whose other part the issue lacks."""
    numbers = {item.entry.number for item in pages}
    paired = {_key(part) for pair in links.items() for part in pair}
    lines = []
    for part in (part for item in pages for part in _parts(item) if _key(part) not in paired):
        a = part.article
        for page, note in ((a.continues_on, "下转"), (a.continued_from, "上接")):
            if page:
                where = "the issue has no such page" if page not in numbers else "no part there fits"
                title = a.title or "（无题）"
                lines.append(f"{part.source}: 《{title}》 {note}第{page}版, but {where}: kept as printed")
    return lines
