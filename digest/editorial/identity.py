"""Stable article ids: a page parsed again keeps the ids (and so the URLs and feed
GUIDs) of the articles it had before.

The segmenter names an article by a hash of its first characters, so a better parse
that moves one character renames it. Instead, each newly parsed article takes the id
of the previously recorded article of the same page file whose text it shares most
(character-bigram Jaccard >= 0.5, best pairs first, one to one); an article matching
none keeps the segmenter's id, made unique. Where segmentation itself changed (an old
article split, merged with another, or gone), the ids involved are reported rather
than silently renamed or duplicated.

Work per page is (old articles x new articles), a few dozen pairs.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..models import Article

THRESHOLD = 0.5


def bigrams(text: str) -> frozenset[str]:
    """Overlapping character pairs, whitespace ignored: Chinese needs no word splitting for this."""
    chars = "".join(text.split())
    return frozenset(chars[i : i + 2] for i in range(len(chars) - 1)) or frozenset([chars])


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def containment(part: frozenset[str], whole: frozenset[str]) -> float:
    """How much of `part` lies within `whole`: 1.0 when a split-off piece came from it."""
    return len(part & whole) / len(part) if part else 0.0


def _text(article: Article) -> frozenset[str]:
    return bigrams(article.body_text or article.title)


@dataclass(frozen=True)
class IdChange:
    """A change of segmentation on one page file: old articles that did not simply carry over."""

    source: str
    old: tuple[str, ...]
    new: tuple[str, ...]

    def describe(self) -> str:
        old, new = ", ".join(self.old), ", ".join(self.new)
        if not self.new:
            what = f"{old} gone"
        elif len(self.old) == 1 and len(self.new) > 1:
            what = f"{old} split into {new}"
        elif len(self.old) > 1 and len(self.new) == 1:
            what = f"{old} merged into {new}"
        else:
            what = f"{old} became {new}"
        return f"{self.source}: {what}"


def carry_ids(
    source: str, previous: list[Article], current: list[Article], taken: set[str]
) -> list[IdChange]:
    """Give `current` (a fresh parse of `source`) the ids of `previous` where the texts match.

    `taken` holds the ids a new article must not get (those of the archive, this page's
    previous ones included); it gains this page's ids. Returns the segmentation changes
    worth an editor's look."""
    old, new = [_text(a) for a in previous], [_text(a) for a in current]
    pairs = sorted(
        ((jaccard(o, n), i, j) for i, o in enumerate(old) for j, n in enumerate(new)),
        key=lambda p: (-p[0], p[1], p[2]),
    )
    match: dict[int, int] = {}  # new index -> old index
    for score, i, j in pairs:
        if score < THRESHOLD:
            break
        if j not in match and i not in match.values():
            match[j] = i
    for j, i in match.items():
        current[j].id = previous[i].id
        taken.add(previous[i].id)
    for j, article in enumerate(current):
        if j not in match:
            article.id = _unique(article.id, taken)
            taken.add(article.id)
    return _changes(source, previous, current, old, new, match)


def _unique(article_id: str, taken: set[str]) -> str:
    """The segmenter's id, or a hash of it again while another article holds it (deterministic)."""
    while article_id in taken:
        article_id = hashlib.sha1(article_id.encode()).hexdigest()[:10]
    return article_id


def _changes(
    source: str,
    previous: list[Article],
    current: list[Article],
    old: list[frozenset[str]],
    new: list[frozenset[str]],
    match: dict[int, int],
) -> list[IdChange]:
    """Old and new articles linked by shared text (the smaller mostly inside the larger), taken
    as connected groups; a group other than one old article matched to one new is a change."""
    links = {
        (i, j)
        for i, o in enumerate(old)
        for j, n in enumerate(new)
        if match.get(j) == i or max(containment(o, n), containment(n, o)) >= THRESHOLD
    }
    changes = []
    seen: set[int] = set()
    for start in range(len(old)):
        if start in seen:
            continue
        olds, news, frontier = {start}, set(), [start]
        while frontier:  # breadth over the bipartite links
            i = frontier.pop()
            for j in {j for a, j in links if a == i} - news:
                news.add(j)
                for k in {a for a, b in links if b == j} - olds:
                    olds.add(k)
                    frontier.append(k)
        seen |= olds
        if len(olds) == len(news) == 1 and match.get(next(iter(news))) == start:
            continue
        changes.append(
            IdChange(
                source,
                tuple(previous[i].id for i in sorted(olds)),
                tuple(current[j].id for j in sorted(news)),
            )
        )
    return changes
