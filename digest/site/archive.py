"""The archive as the site presents it: every article placed in its issue and page,
with its URL, park, topics, neighbours and related articles, and the groupings the
index pages and feeds list (issues, parks by province, topics, months).

Pure data, no files. Everything is computed in one pass or with bounded windows, so
the cost grows linearly with the archive.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..language import gazetteer
from ..models import CHINA, Article, Correction, Issue, IssuePage, SourcePage
from . import urls
from .keys import LINK

RELATED = 4  # related articles shown under an article
_WINDOW = 6  # neighbours looked at on each side within a shared park, topic or keyword
_KEYWORDS_COMPARED = 6  # the first keywords are the strongest; more only add noise


@dataclass(frozen=True)
class Park:
    name: str  # the short name readers know
    official: str
    aliases: tuple[str, ...]
    province: str
    city: str
    slug: str

    @property
    def page(self) -> str:
        return urls.park_page(self.slug)

    @property
    def feed(self) -> str:
        return urls.park_feed(self.slug)


@dataclass(frozen=True)
class Topic:
    label: str
    slug: str

    @property
    def page(self) -> str:
        return urls.topic_page(self.slug)

    @property
    def feed(self) -> str:
        return urls.topic_feed(self.slug)


@lru_cache(maxsize=1)
def _zone_slugs() -> dict[str, str]:
    """Official name -> slug for every zone in the data, unique in data order: a zone
    added later never takes the slug (and so the URL) of one listed before it."""
    taken: dict[str, str] = {}
    out = {}
    for zone in gazetteer.zones():
        base = urls.slug(zone.short.removesuffix("高新区") or zone.short)
        candidate = base if base not in taken else f"{base}-{urls.slug(zone.province)}"
        out[zone.official] = candidate
        taken[candidate] = zone.official
    return out


def park_for(article: Article) -> Park | None:
    """The park an article is mainly about, resolved through the gazetteer's names."""
    if not article.park:
        return None
    zone = gazetteer.lookup(article.park)
    if zone is None:  # a name the data does not know: still gets a page of its own
        return Park(article.park, article.park, (), article.province, article.city, urls.slug(article.park))
    return Park(
        zone.short, zone.official, zone.aliases, zone.province, zone.city, _zone_slugs()[zone.official]
    )


@dataclass(eq=False)
class Entry:
    """One article as the site shows it."""

    article: Article
    issue: Issue
    page: IssuePage
    source: str
    id: str  # URL-safe article id
    path: str  # docs-relative Markdown path: YYYY/MM/<id>.md
    issue_path: str  # the issue's page, whose page-N anchors are its 版面
    park: Park | None
    topics: list[Topic]
    # Links to other entries: not the entry's own data (site/keys.py).
    previous: Entry | None = field(default=None, metadata={LINK: True})
    next: Entry | None = field(default=None, metadata={LINK: True})
    related: list[Entry] = field(default_factory=list, metadata={LINK: True})
    kept: bool = False  # the page is the editors' (corrected or added): the build does not write it
    correction: Correction | None = None

    @property
    def date(self) -> str:
        """YYYY-MM-DD, or YYYY-MM when the issue's day is unknown."""
        return self.issue.date

    @property
    def printed_pages(self) -> str:
        """The page numbers as the paper prints them: "1", or "1、3" for an article continued on page 3."""
        return "、".join(str(number) for number in self.article.pages or [self.page.number])

    @property
    def month(self) -> str:
        return self.issue.date[:7]

    @property
    def year(self) -> str:
        return self.issue.date[:4]

    @property
    def province(self) -> str:
        return self.article.province or (self.park.province if self.park else "")

    @property
    def city(self) -> str:
        return self.article.city or (self.park.city if self.park else "")

    @property
    def published(self) -> dt.datetime:
        """Start of the issue's day (or month) in China time: feeds need an instant."""
        year, month, *day = (int(part) for part in self.issue.date.split("-"))
        return dt.datetime(year, month, day[0] if day else 1, tzinfo=CHINA)

    @property
    def front_matter_date(self) -> str:
        """ISO 8601 with the +08:00 offset; just YYYY-MM when the day is unknown."""
        return self.published.isoformat() if len(self.issue.date) == 10 else self.issue.date


@dataclass
class IssueView:
    issue: Issue
    path: str
    pages: list[tuple[IssuePage, list[Entry]]]

    @property
    def count(self) -> int:
        return sum(len(entries) for _, entries in self.pages)


@dataclass
class Group:
    """Articles sharing a park, a topic or a month, newest first."""

    key: str
    title: str
    path: str
    entries: list[Entry]
    park: Park | None = None
    feed: str | None = None  # docs-relative path of the group's own feed


class Archive:
    """All articles in reading order (oldest issue first, then page, then position), and
    the editors' corrections, newest first; `kept` are the article pages editors own."""

    def __init__(
        self,
        placed: list[SourcePage],
        corrections: Sequence[Correction] = (),
        kept: frozenset[str] = frozenset(),
    ):
        self.entries, self.issues = place(placed)
        self.corrections = sorted(corrections, key=lambda c: (c.date, c.path), reverse=True)
        by_path = {c.path: c for c in corrections}
        for entry in self.entries:
            entry.kept, entry.correction = entry.path in kept, by_path.get(entry.path)
        # Keyed by slug, so two names that would share a URL share a page instead.
        self.parks = self._group(lambda e: [(e.park.slug, e.park)] if e.park else [], _park_group)
        self.topics = self._group(lambda e: [(t.slug, t) for t in e.topics], _topic_group)
        self.months = self._group(lambda e: [(e.month, e.month)], _month_group)
        _link_related(self.entries)

    def _group(self, keys_of, make) -> list[Group]:
        """Entries grouped by each of their (key, value) pairs, newest first within a group."""
        groups: dict[str, Group] = {}
        for entry in reversed(self.entries):
            for key, value in keys_of(entry):
                group = groups.get(key)
                if group is None:
                    group = groups[key] = make(value)
                group.entries.append(entry)
        return list(groups.values())

    @property
    def latest(self) -> IssueView | None:
        return max(self.issues, key=lambda v: (v.issue.date, v.issue.key), default=None)

    def parks_by_province(self) -> list[tuple[str, list[Group]]]:
        """Provinces in the gazetteer's order (north to south-west, as the standard lists them),
        parks within a province by number of articles."""
        order = {z.province: i for i, z in reversed(list(enumerate(gazetteer.zones())))}
        provinces: dict[str, list[Group]] = defaultdict(list)
        for group in self.parks:
            provinces[group.park.province or "其他"].append(group)
        return [
            (province, sorted(groups, key=lambda g: (-len(g.entries), g.park.slug)))
            for province, groups in sorted(
                provinces.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])
            )
        ]


def place(placed: list[SourcePage]) -> tuple[list[Entry], list[IssueView]]:
    """Every article in reading order with its path, linked to its neighbours, and the issues.
    Cheap: what the editorial room needs to compare docs/ with the build's pages."""
    placed = sorted(placed, key=lambda p: (p.issue.date, p.issue.key, p.entry.number, p.source))
    entries: list[Entry] = []
    issues: dict[str, IssueView] = {}
    used_paths: set[str] = set()
    for item in placed:
        view = issues.get(item.issue.key)
        if view is None:
            view = issues[item.issue.key] = IssueView(item.issue, urls.issue_path(item.issue.key), [])
        placed_here = [_entry(item, view.path, article, used_paths) for article in item.page.articles]
        view.pages.append((item.entry, placed_here))
        entries.extend(placed_here)
    for before, after in zip(entries, entries[1:]):
        before.next, after.previous = after, before
    return entries, list(issues.values())


def _entry(item: SourcePage, issue_path: str, article: Article, used_paths: set[str]) -> Entry:
    """Place an article; its URL comes from the issue month and its id (kept across parses), not the title."""
    path = base = urls.article_path(item.issue.date, article.id)
    n = 1
    while path in used_paths:  # the same id twice in a month: later ones get a suffix
        n += 1
        path = urls.numbered_path(base, n)
    used_paths.add(path)
    topics = [Topic(label, urls.slug(label)) for label in dict.fromkeys(article.topics) if label]
    return Entry(
        article,
        item.issue,
        item.entry,
        item.source,
        path.rsplit("/", 1)[1][:-3],
        path,
        issue_path,
        park_for(article),
        topics,
    )


def _park_group(park: Park) -> Group:
    return Group(park.slug, park.name, park.page, [], park=park, feed=park.feed)


def _topic_group(topic: Topic) -> Group:
    return Group(topic.slug, topic.label, topic.page, [], feed=topic.feed)


def _month_group(month: str) -> Group:
    year, number = month.split("-")
    return Group(month, f"{year}年{int(number)}月", urls.month_path(month), [])


def _link_related(entries: list[Entry]) -> None:
    """A few related articles for each: same park or topic first, else shared keywords.

    Candidates are the few articles nearest in time within each shared park, topic and
    keyword, so the work per article is bounded however large a topic grows.
    """
    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    features = [_features(entry) for entry in entries]
    for index, feature in enumerate(features):
        for key in feature:
            buckets[key].append(index)
    position = {(key, index): at for key, members in buckets.items() for at, index in enumerate(members)}
    for index, entry in enumerate(entries):
        candidates: set[int] = set()
        for key in features[index]:
            members, at = buckets[key], position[(key, index)]
            candidates.update(members[max(0, at - _WINDOW) : at + _WINDOW + 1])
        candidates.discard(index)
        scored = sorted(
            candidates,
            key=lambda other: (
                -_score(features[index], features[other]),
                abs(other - index),
                entries[other].path,
            ),
        )
        entry.related = [entries[other] for other in scored[:RELATED]]


def _features(entry: Entry) -> frozenset[tuple[str, str]]:
    park = {("park", entry.park.slug)} if entry.park else set()
    topics = {("topic", t.slug) for t in entry.topics}
    keywords = {("keyword", k) for k in entry.article.keywords[:_KEYWORDS_COMPARED]}
    return frozenset(park | topics | keywords)


_WEIGHTS = {"park": 4, "topic": 2, "keyword": 1}


def _score(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> int:
    return sum(_WEIGHTS[kind] for kind, _ in a & b)
