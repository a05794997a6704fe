"""Plain data passed between the rooms of the pipeline.

read -> Issue (its IssuePages) and RawPage; parse -> Page of Articles; enrich fills the
metadata fields of each Article; the editorial room finds Corrections; the site room
turns all of it into files. Every room may import this module; it imports none of them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from pathlib import Path

# The paper's dates are China time; feeds and corrections need instants with an offset.
CHINA = dt.timezone(dt.timedelta(hours=8))


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
    continues_on: int = 0  # （下转第N版）: the text goes on on page N of the issue
    continued_from: int = 0  # （上接第N版）: the text began on page N of the issue
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
    # filled when the parts of a continued article are joined (enrich/continued.py)
    pages: list[int] = field(default_factory=list)  # the printed pages it spans, [] for its own page only
    # What the parser based it on, as short stable codes (parse/flow.py names them all), {} for a
    # parse stored before it recorded them: "start" and "end" (what parts it from the text around:
    # page_start, dateline, jump, previous_end, byline, headline, subject_change, column_change,
    # author, page_end), "headline" (content, position, leftover, first_line, none) and "byline"
    # (after_text, before_text, beside_headline, nearest, second, trailing_author, none).
    evidence: dict[str, str] = field(default_factory=dict)

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


@dataclass
class IssuePage:
    """A page of an issue as its manifest lists it."""

    file: str  # the page file, in the issue's folder
    number: int  # the printed page number (版)
    name: str  # the printed page name (园区 ...)


@dataclass
class Issue:
    key: str  # folder name under sources/
    publication: str
    date: str  # YYYY-MM-DD, or YYYY-MM when the day is unknown
    pages: list[IssuePage] = field(default_factory=list)
    folder: Path | None = None


@dataclass
class SourcePage:
    """One page file of sources/, placed in its issue, with its parse."""

    issue: Issue
    entry: IssuePage
    source: str  # path under sources/, with forward slashes
    page: Page


# Kinds of correction that are not field names (the field kinds are editorial.corrections.KINDS).
MERGED, WITHDRAWN, SPLIT, ADDED = "合并", "撤下", "拆分", "新增"


@dataclass
class Correction:
    """An editor's change to an article, as readers and subscribers are told of it."""

    path: str  # the article's page in docs/
    id: str
    title: str  # as corrected (as it was, for a deleted page)
    kinds: tuple[str, ...]
    date: dt.datetime  # its page's last commit, else when the build first saw it (China time)
    reason: str = ""
    key: str = "deleted"  # the corrected page's hash: one feed item per version of a page
    text: str = ""  # the article text as corrected (Markdown), "" for a deleted page
    other: tuple[str, str] | None = None  # (title, path) of the article a text went into or came from

    @property
    def deleted(self) -> bool:
        return self.kinds[0] in (MERGED, WITHDRAWN)

    @property
    def day(self) -> str:
        return self.date.date().isoformat()

    @property
    def link(self) -> tuple[str, str] | None:
        """(title, path) a reader follows: the article, or where a deleted one's text went."""
        return self.other if self.deleted else (self.title, self.path)

    @property
    def description(self) -> str:
        """One plain sentence: what changed, and why when the editor said."""
        other = self.other[0] if self.other else ""
        what = {
            MERGED: f"《{self.title}》已并入《{other}》",
            WITHDRAWN: f"《{self.title}》已撤下",
            SPLIT: f"由《{other}》拆分而来",
            ADDED: "编辑新增的文章",
        }.get(self.kinds[0])
        what = what or "更正了" + "、".join(self.kinds)
        return what + "。" + (self.reason.rstrip("。") + "。" if self.reason else "")
