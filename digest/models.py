"""Plain data passed between the pipeline stages.

Each stage is a function from one of these to the next: read -> RawPage,
layout -> list[Block-like Unit], segment -> Page of Articles, enrich fills the
metadata fields of each Article, render turns them into files.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class RawPage:
    """A page file as decoded text, before any layout analysis."""

    source: str  # file name as given, reported back in the parse output
    text: str  # decoded, newlines normalised to "\n"


@dataclass
class Author:
    name: str
    role: str = ""  # 记者, 通讯员, 特约通讯员 ... ("" when the page does not say)


@dataclass
class Block:
    type: str  # "paragraph" | "heading"
    text: str


@dataclass
class Caption:
    text: str
    credit: str = ""
    label: str = ""  # the printed credit label, e.g. "图片来源：", kept so no text is lost


@dataclass
class Article:
    id: str
    kicker: str = ""
    title: str = ""
    subtitle: str = ""
    dateline: str = ""  # 本报讯（记者 X）as printed, "" for features
    byline: str = ""  # byline or trailing author as printed ("▶ 林露虹 本报特约通讯员 李幼君", "王成龙")
    authors: list[Author] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    # filled by enrich
    park: str = ""
    parks: list[str] = field(default_factory=list)
    province: str = ""
    city: str = ""
    topics: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    summary: str = ""
    char_count: int = 0
    reading_minutes: int = 0

    @property
    def body_text(self) -> str:
        return "".join(b.text for b in self.blocks)


@dataclass
class Page:
    source: str
    furniture: list[str] = field(default_factory=list)
    unassigned: list[str] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)
