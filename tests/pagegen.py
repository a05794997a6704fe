"""Generate raw park pages together with their gold annotations.

Why: the parser is tuned on one real page. This module sets original articles
(tests/corpus/articles.yaml) the way the PDF extractor prints a newspaper page,
so the parser can be scored on hundreds of pages it has never seen, with the
scorer in tests/score_parse.py and with property tests.

    raw, gold = generate_page(seed)

`raw` is the page text; `gold` follows the schema of the sample gold
(shared/samples/park-page-2021-01.gold.yaml) plus a top-level `furniture` list.

How a page is laid out (all choices are drawn from `random.Random(seed)`; the
odds are in ODDS, each with the reason for its value):
- every article has its own column width (15-20 display units: CJK and
  full-width punctuation 1, ASCII 0.5); a line holds as many characters as fit,
  no line starts with closing punctuation (one more character is pulled up or
  one pushed down), none ends with opening punctuation or with ASCII
  punctuation; a paragraph's first line is two units shorter (its indent was
  lost); the dateline's spaces are full-width, so they count 1;
- each printed line is followed by a blank line, except after a line ending in
  a digit, Latin letter, "+" or "-" (single newline), and between the lines of
  a multi-line headline or subheading (single newline); a caption right after
  a byline is sometimes joined to it the same way (as on the sample page);
- headlines (kicker, title, subtitle) are printed apart from their body: right
  after it, in a cluster with other articles' headlines between bodies, at the
  end of the page, or before the body; a feature's byline and a caption go
  before the body, after it, or along with the headline (also inside clusters);
- extraction spaces: around numbers, after an in-line 。, letter-spaced lines,
  a leading space on the page's first line and on captions.

How the gold records what the layout does:
- blocks: the printed body in reading order, whitespace removed; a news
  article's first block starts with its dateline, as on the sample page;
  `optional_break: true` marks a paragraph break the layout leaves ambiguous:
  the previous paragraph's last line is full (within one unit of the column),
  so only the next line's lost indent tells a new paragraph from a line
  shortened by line-breaking rules or an unbreakable number;
- byline: the feature byline as printed, or a news article's trailing author(s)
  as printed ("王成龙"), as digest.models.Article.byline says; authors: the
  names printed on this page;
- captions: text, credit and the printed `label` ("图片来源："), so that every
  character is accounted for;
- title_alternatives: the subtitle and the kicker, which without type sizes
  cannot be told from the title;
- jump lines: "（下转第3版）" ends an article continued on another page, and
  "（上接第1版）" starts one continued from another page, either on a line of
  their own or run into the first/last body line. They are page furniture (the
  gold `furniture` list holds them); the article records `continued_to` /
  `continued_from` (page numbers). Only the part printed on this page is
  gold: a continued-to article stops mid-paragraph and has no trailing author;
  a continued-from article starts mid-paragraph, has no dateline, no byline
  (features) and no caption, and its title is printed again only sometimes: if
  not, its gold title is "" (and kicker and subtitle are never repeated);
- back_to_back (top level): ids of two features printed with nothing between
  their bodies but a paragraph break, when the page has such a pair.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

CORPUS_PATH = Path(__file__).resolve().parent / "corpus" / "articles.yaml"

# --- characters -------------------------------------------------------------
HALF_WIDTH_END = frozenset(string.ascii_letters + string.digits + "+-")
NO_START = frozenset("，。、；：？！”’）》」』】〕〉…—-+%·,.;:?!)]")
NO_END = frozenset("“‘（《「『【〔〈([")
FULL_SPACE = "\u3000"  # a printed full-width space (dateline, byline); written out as " "
TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%&]*|——|……|\s|.", re.S)
SENTENCE = re.compile(r"^.*?[。！？][”’）]?")
DATELINE = re.compile(r"^本报讯(（[^）]*）)?")
CJK_IDEOGRAPH = re.compile(r"[\u3400-\u9fff]")
WEEKDAYS = "一二三四五六日"

# --- odds -------------------------------------------------------------------
# Each value says how often a layout choice is made. They are set from the
# sample page and from what this paper's 园区 pages usually look like, so the
# sample is one draw among many rather than the template.
ODDS: dict[str, Any] = {
    # an inner 园区 page carries one lead feature and a few news items: 4-6 pieces
    "articles": {3: 0.12, 4: 0.26, 5: 0.30, 6: 0.22, 7: 0.10},
    # column widths seen on real pages: 15-17 for briefs, wider for leads
    "width": {15: 0.15, 16: 0.25, 17: 0.25, 18: 0.15, 19: 0.10, 20: 0.10},
    # where headlines land in the extractor's reading order; the sample has
    # 1 after, 4 clustered, 0 before; other pages of the paper print more
    # headlines above their bodies
    "headline": {"after": 0.32, "cluster": 0.33, "end": 0.10, "before": 0.25},
    "title_split_at_space": 0.6,  # a two-part title printed on two lines (else one line, space kept)
    "title_split_long": 0.5,  # a title of 15+ characters broken over two lines
    "long_title": 15,
    "subheading_split": 0.6,  # a subheading of 9+ characters on two lines (the sample: 3 of 3)
    "byline": {"after": 0.45, "with_headline": 0.30, "before": 0.25},
    "byline_marker": 0.55,  # "▶ " before a feature byline
    "trailing_inline": 0.7,  # a news item's trailing author run into its last line (sample: 3 of 3)
    "rename": 0.5,  # the corpus's author names replaced by others, so names are not learnt
    "caption_printed": 0.8,  # a corpus caption appears on the page
    "caption_credit_only": 0.08,  # a bare "图片来源：XX高新区" for an article without a caption
    "caption_text_dropped": 0.15,  # a caption printed as its credit alone
    "caption": {"after": 0.45, "with_headline": 0.35, "before": 0.20},
    "caption_joined": 0.35,  # a caption right after a byline, single newline (as in the sample)
    "caption_leading_space": 0.5,
    "caption_label": {"图片来源：": 0.85, "图片提供：": 0.15},
    "cluster_flush": 0.45,  # pending headlines printed after a body
    "cluster_order": {"reverse": 0.40, "shuffle": 0.25, "keep": 0.35},  # the sample: reversed
    "cluster_interleave": 0.2,  # elements of two articles interleaved (the sample: once)
    "after_headline_first": 0.5,  # after a body, the headline before its caption/byline
    "top_furniture": 0.55,
    "bottom_furniture": 0.25,
    "furniture_one_line": 0.2,  # header items run together on one line
    "jump_from": 0.12,  # a page carries the continuation of an article from another page
    "jump_to": 0.08,  # a page's article continues on another page
    "jump_title_repeated": 0.6,
    "jump_inline": 0.4,  # the jump note run into the first/last body line
    "back_to_back": 0.3,  # two features with only a paragraph break between, when there are two
    # extraction spaces around numbers: per article, none, some or nearly all
    "number_spacing": {0.0: 0.30, 0.3: 0.20, 0.6: 0.20, 0.95: 0.30},
    "stray_space": 0.04,  # "。 据悉" inside a line
    "letter_spaced_first": 0.02,  # a paragraph's first line spelled out letter by letter
    "letter_spaced_other": 0.003,
    "leading_space": 0.4,  # the page's first line starts with a space
    "trailing_newlines": {0: 0.4, 1: 0.3, 2: 0.3},
}

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉兰萍鹏辉红玲晨宇浩婷雪琳博文斌凯欣怡佳琪涵轩"
    "俊峰海波建国志晓东永春燕丹阳亮瑞光雅楠宏思远航帆悦然昊哲蕾璐颖鑫磊晶莉"
)
PAGE_NAMES = ("园区", "园区·产业", "高新区", "园区新闻")
PAPERS = {"中国高新技术产业导报": 0.85, "CHINA HIGH-TECH INDUSTRY HERALD": 0.15}


# --- corpus -----------------------------------------------------------------
@dataclass(frozen=True)
class Author:
    name: str
    role: str = ""  # 记者, 通讯员, 特约通讯员 (news); 本报记者, 本报特约通讯员 ... (features)
    trailing: bool = False  # news: printed after the last sentence, not in the dateline


@dataclass(frozen=True)
class Story:
    """One corpus article, as written: the generator never changes it."""

    id: str
    park: str
    kind: str  # news | feature
    title: str
    kicker: str
    subtitle: str
    authors: tuple[Author, ...]
    body: tuple[tuple[str, str], ...]  # ("paragraph" | "heading", text)
    caption: tuple[str, str] | None  # (text, credit)
    topics: tuple[str, ...]
    summary: str

    @classmethod
    def from_dict(cls, d: dict) -> Story:
        body = []
        for item in d["body"]:
            item = str(item).strip()
            if item.startswith("## "):
                body.append(("heading", item[3:].strip()))
            else:
                body.append(("paragraph", item))
        cap = d.get("caption")
        return cls(
            id=str(d["id"]),
            park=str(d["park"]),
            kind=str(d["kind"]),
            title=str(d["title"]),
            kicker=str(d.get("kicker") or ""),
            subtitle=str(d.get("subtitle") or ""),
            authors=tuple(
                Author(str(a["name"]), str(a.get("role") or ""), bool(a.get("trailing")))
                for a in d.get("authors") or []
            ),
            body=tuple(body),
            caption=(str(cap.get("text") or ""), str(cap.get("credit") or "")) if cap else None,
            topics=tuple(d.get("topics") or []),
            summary=str(d.get("summary") or ""),
        )


@lru_cache(maxsize=8)
def _load_corpus(path: str) -> tuple[Story, ...]:
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    return tuple(Story.from_dict(d) for d in data["articles"])


def load_corpus(corpus: Sequence[dict | Story] | str | Path | None = None) -> tuple[Story, ...]:
    """The stories to draw from: the default file, another file, or given dicts."""
    if corpus is None:
        return _load_corpus(str(CORPUS_PATH))
    if isinstance(corpus, (str, Path)):
        return _load_corpus(str(corpus))
    return tuple(s if isinstance(s, Story) else Story.from_dict(s) for s in corpus)


# --- measuring and breaking text ------------------------------------------
def char_width(ch: str) -> float:
    """Printed width: ASCII (digits, Latin letters, spaces) half, everything else full."""
    if ch == FULL_SPACE:
        return 1.0
    return 0.5 if ord(ch) < 128 else 1.0


def text_width(text: str) -> float:
    return sum(char_width(ch) for ch in text)


def visible(text: str) -> str:
    """The text without whitespace: what gold bodies and conservation use."""
    return "".join(text.split())


def ends_half_width(line: str) -> bool:
    """Whether the extractor follows this line with a single newline, not a blank line."""
    line = line.rstrip()
    return bool(line) and line[-1] in HALF_WIDTH_END


def _no_start(tok: str) -> bool:
    return tok[0] in NO_START


def _no_end(tok: str) -> bool:
    """Opening punctuation, and ASCII punctuation whose line ending the extractor rules leave open."""
    last = tok[-1]
    return last in NO_END or (ord(last) < 128 and last not in HALF_WIDTH_END and not last.isspace())


def _fix_break(toks: list[str], i: int, j: int, rng: random.Random) -> int:
    """Move the break j (line = toks[i:j]) so the line obeys Chinese line-breaking rules."""
    if j < len(toks) and _no_start(toks[j]):
        pulled = rng.random() < 0.5
        if not pulled:
            k = j - 1
            while k > i and _no_start(toks[k]):
                k -= 1
            if k > i:
                j = k  # push the last character(s) down with the punctuation
            else:
                pulled = True
        if pulled:  # hang the punctuation at the end of the line
            while j < len(toks) and _no_start(toks[j]):
                j += 1
    while j - 1 > i and (
        _no_end(toks[j - 1]) or toks[j - 1].isspace() or (j < len(toks) and _no_start(toks[j]))
    ):
        j -= 1
    return j


def break_lines(
    text: str, column: int, rng: random.Random, indent: bool = True, reserve: float = 0.0
) -> list[str]:
    """Set a paragraph in a column: first line two units shorter (and `reserve` shorter, for
    a note run into it), the last what is left."""
    toks = TOKEN.findall(text)
    lines: list[str] = []
    room = (column - 2 if indent else column) - reserve
    i = 0
    while i < len(toks):
        while i < len(toks) and toks[i].isspace():
            i += 1
        if i >= len(toks):
            break
        j, used = i, 0.0
        while j < len(toks) and used + text_width(toks[j]) <= room:
            used += text_width(toks[j])
            j += 1
        j = max(j, i + 1)
        if j < len(toks):
            j = _fix_break(toks, i, j, rng)
        lines.append("".join(toks[i:j]).strip())
        i = j
        room = column
    return lines


def split_near_middle(text: str, rng: random.Random) -> list[str]:
    """Break a headline into two lines near its middle, where line-breaking rules allow.

    Breaks inside quotes or brackets are avoided and breaks after "：", a closing
    quote or a park name's "区" preferred, as editors do; a break inside a word
    ("引领创新/驱动发展", on the sample page) stays possible.
    """
    toks = TOKEN.findall(text)
    half = text_width(text) / 2
    best: tuple[float, int] | None = None
    depth = 0
    for k in range(1, len(toks)):
        prev = toks[k - 1]
        depth += (prev in "“‘（《") - (prev in "”’）》")
        if _no_start(toks[k]) or prev[-1] in NO_END or toks[k].isspace() or prev.isspace():
            continue
        left = text_width("".join(toks[:k]))
        score = abs(left - half) + 3.0 * (depth > 0) - 1.5 * (prev in "：”区") + rng.random()
        if best is None or score < best[0]:
            best = (score, k)
    if best is None:
        return [text]
    k = best[1]
    return ["".join(toks[:k]).strip(), "".join(toks[k:]).strip()]


TWO_PARTS = re.compile(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])")


def title_lines(title: str, rng: random.Random) -> list[str]:
    """A title on one or two lines; a title written in two halves breaks at the space.

    Only a space between Chinese characters marks the halves ("…改革 按下…"):
    the one in "Micro LED" does not.
    """
    halves = TWO_PARTS.split(title.strip(), maxsplit=1)
    if len(halves) == 2:
        if rng.random() < ODDS["title_split_at_space"]:
            return [part.strip() for part in halves]
        return [title]
    if text_width(title) >= ODDS["long_title"] and rng.random() < ODDS["title_split_long"]:
        return split_near_middle(title, rng)
    return [title]


def heading_lines(text: str, rng: random.Random) -> list[str]:
    """A subheading on one line or, when long enough, two (the sample: three of three)."""
    if text_width(text) >= 9 and rng.random() < ODDS["subheading_split"]:
        return split_near_middle(text, rng)
    return [text]


def pick(rng: random.Random, weights: dict) -> Any:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


# --- the printed page -------------------------------------------------------
@dataclass(eq=False)
class Line:
    """One printed line, with what the generator knows about it (for gold and tests)."""

    text: str  # as printed, before extraction artifacts
    kind: str  # body heading kicker title subtitle byline author caption furniture jump
    article: str = ""
    joined: bool = False  # a single newline follows (inside a multi-line headline)
    column: int = 0  # body lines: the article's column width
    block: int = -1  # body and heading lines: index of the block in the story
    first: bool = False  # first line of a paragraph (indent lost)
    last: bool = False  # last line of a paragraph
    measure: str = ""  # the part set in the column (without run-in author or jump note)
    jump: str = ""  # a jump note run into this body line
    out: str = ""  # as written to the raw page, after extraction artifacts


@dataclass(eq=False)
class Plan:
    """The layout choices for one article on one page."""

    story: Story
    column: int
    spacing: float
    authors: list[Author]
    headline: str = "after"  # before | after | cluster | end | none
    byline_at: str = "after"  # before | after | with_headline
    caption: tuple[str, str, str] | None = None  # text, credit, label
    caption_at: str = "after"  # before | after | with_headline
    byline_marker: bool = False
    trailing_inline: bool = True
    jump: str = ""  # "" | from | to
    jump_page: int = 0
    jump_inline: bool = False
    hold: bool = False  # nothing may be printed between this body and the next
    # The story is the rest of an article begun on another page of the issue (tests/issuegen.py):
    # printed whole, without a dateline; `inside` when it goes on inside a paragraph.
    rest: bool = False
    inside: bool = False


@dataclass
class Layout:
    lines: list[Line] = field(default_factory=list)
    gold: dict = field(default_factory=dict)
    raw: str = ""


def random_name(rng: random.Random) -> str:
    given = "".join(rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.55 else 2))
    return rng.choice(SURNAMES) + given


def credit_string(authors: Sequence[Author], sep: str) -> str:
    """ "记者 X 通讯员 Y": consecutive authors of one role share the role word."""
    parts: list[str] = []
    prev_role = None
    for a in authors:
        if a.role and a.role != prev_role:
            parts.append(a.role)
        parts.append(a.name)
        prev_role = a.role
    return sep.join(parts)


def plan_article(story: Story, rng: random.Random) -> Plan:
    authors = list(story.authors)
    if rng.random() < ODDS["rename"]:
        authors = [Author(random_name(rng), a.role, a.trailing) for a in authors]
    plan = Plan(
        story=story,
        column=pick(rng, ODDS["width"]),
        spacing=pick(rng, ODDS["number_spacing"]),
        authors=authors,
        headline=pick(rng, ODDS["headline"]),
        byline_at=pick(rng, ODDS["byline"]),
        caption_at=pick(rng, ODDS["caption"]),
        byline_marker=rng.random() < ODDS["byline_marker"],
        trailing_inline=rng.random() < ODDS["trailing_inline"],
    )
    label = pick(rng, ODDS["caption_label"])
    if story.caption and rng.random() < ODDS["caption_printed"]:
        text, credit = story.caption
        if text and rng.random() < ODDS["caption_text_dropped"]:
            text = ""
        plan.caption = (text, credit, label)
    elif not story.caption and rng.random() < ODDS["caption_credit_only"]:
        plan.caption = ("", short_park_name(story.park), label)
    return plan


@lru_cache(maxsize=1)
def _short_names() -> dict[str, str]:
    path = Path(__file__).resolve().parent.parent / "data" / "hitech_zones.tsv"
    out: dict[str, str] = {}
    if path.exists():
        for row in path.read_text(encoding="utf-8").splitlines()[1:]:
            cols = row.split("\t")
            if len(cols) > 1:
                out[cols[0]] = cols[1]
    return out


def short_park_name(official: str) -> str:
    """Photo credits name the park the short way ("合肥高新区")."""
    return _short_names().get(official, official)


# --- one article's lines ----------------------------------------------------
def news_dateline(authors: Sequence[Author]) -> str:
    """ "本报讯" or "本报讯（记者 X 通讯员 Y）", with full-width spaces as printed."""
    staff = [a for a in authors if not a.trailing]
    return "本报讯" + (f"（{credit_string(staff, FULL_SPACE)}）" if staff else "")


def dateline_of(plan: Plan) -> str:
    """The dateline printed on this page: "" for features and for continuations."""
    if plan.story.kind != "news" or plan.jump == "from":
        return ""
    return news_dateline(plan.authors)


def byline_of(plan: Plan) -> str:
    """A feature's byline as printed ("▶ 林露虹 本报特约通讯员 李幼君"); "" when not on this page."""
    if plan.story.kind != "feature" or plan.jump == "from" or not plan.authors:
        return ""
    return ("▶ " if plan.byline_marker else "") + credit_string(plan.authors, " ")


def trailing_of(plan: Plan) -> str:
    """A news item's trailing author(s) ("王成龙"); "" when not printed on this page."""
    if plan.story.kind != "news" or plan.jump == "to":
        return ""
    return " ".join(a.name for a in plan.authors if a.trailing)


def body_lines(plan: Plan, rng: random.Random) -> list[Line]:
    """The article's body set in its column, cut for a continuation if it has one."""
    sid, lines = plan.story.id, []
    for bi, (btype, text) in enumerate(plan.story.body):
        if btype == "heading":
            parts = heading_lines(text, rng)
            for k, part in enumerate(parts):
                lines.append(Line(part, "heading", sid, joined=k < len(parts) - 1, block=bi, measure=part))
            continue
        if bi == 0 and plan.story.kind == "news" and not plan.rest:
            # a continuation's dateline was printed on the other page: the cut drops it
            dateline = news_dateline(plan.authors)
            text = dateline + ("" if dateline.endswith("）") else FULL_SPACE) + text
        opening = bi == 0 and plan.rest
        note = text_width(jump_note(plan)) if opening and plan.jump_inline else 0.0
        parts = break_lines(text, plan.column, rng, indent=not (opening and plan.inside), reserve=note)
        for k, part in enumerate(parts):
            lines.append(
                Line(
                    part,
                    "body",
                    sid,
                    column=plan.column,
                    block=bi,
                    first=k == 0,
                    last=k == len(parts) - 1,
                    measure=part,
                )
            )
    if plan.rest:
        return _run_in_rest_note(lines, plan)
    if plan.jump:
        lines = cut_for_jump(lines, plan, rng)
    return lines


def jump_note(plan: Plan) -> str:
    return f"（上接第{plan.jump_page}版）" if plan.jump == "from" else f"（下转第{plan.jump_page}版）"


def _run_in_rest_note(lines: list[Line], plan: Plan) -> list[Line]:
    """The rest of an article opens with its 上接 note, run into its first line when inline
    (break_lines left room for it)."""
    if plan.jump_inline and lines:
        start, note = lines[0], jump_note(plan)
        start.text, start.jump, start.first = note + start.text, note, False
    return lines


def cut_for_jump(lines: list[Line], plan: Plan, rng: random.Random) -> list[Line]:
    """Keep the part printed on this page: the start (下转) or the rest (上接)."""
    n = len(lines)
    spots = [
        c
        for c in range(max(2, int(n * 0.35)), max(3, int(n * 0.7)) + 1)
        if 0 < c < n and lines[c].kind == "body" and lines[c - 1].kind == "body"
    ]
    c = rng.choice(spots) if spots else n // 2
    note = jump_note(plan)
    if plan.jump == "to":
        kept = lines[:c]
        if plan.jump_inline:
            end = kept[-1]
            trimmed = _trim(end.measure, plan.column - text_width(note), from_start=False)
            if trimmed:
                end.measure, end.text, end.jump, end.last = trimmed, trimmed + note, note, False
            else:
                plan.jump_inline = False
        return kept
    kept = lines[c:]
    if plan.jump_inline:
        start = kept[0]
        trimmed = _trim(start.measure, plan.column - text_width(note), from_start=True)
        if trimmed:
            start.measure, start.text, start.jump, start.first = trimmed, note + trimmed, note, False
        else:
            plan.jump_inline = False
    return kept


def _trim(text: str, room: float, from_start: bool) -> str:
    """Drop characters from one end of a line until it fits `room` (they are on the other page)."""
    toks = TOKEN.findall(text)
    while toks and text_width("".join(toks)) > room:
        toks.pop(0 if from_start else -1)
    if from_start:
        while toks and (_no_start(toks[0]) or toks[0].isspace()):
            toks.pop(0)
    else:
        while toks and (_no_end(toks[-1]) or toks[-1].isspace()):
            toks.pop()
    return "".join(toks).strip()


def headline_group(
    plan: Plan, rng: random.Random, byline: Line | None, caption: Line | None
) -> list[list[Line]]:
    """Kicker, title lines and subtitle as printed elements, plus what travels with them."""
    s, sid, group = plan.story, plan.story.id, []
    if plan.headline != "none":
        if s.kicker and plan.jump != "from":
            group.append([Line(s.kicker, "kicker", sid)])
        parts = title_lines(s.title, rng)
        group.append([Line(p, "title", sid, joined=k < len(parts) - 1) for k, p in enumerate(parts)])
        if s.subtitle and plan.jump != "from":
            group.append([Line(s.subtitle, "subtitle", sid)])
    extras = []
    if byline and plan.byline_at == "with_headline":
        extras.append([byline])
    if caption and plan.caption_at == "with_headline":
        extras.insert(rng.randrange(len(extras) + 1), [caption])
    return group + extras


def article_lines(plan: Plan, rng: random.Random) -> tuple[list[Line], list[Line], list[list[Line]], dict]:
    """Lines before and from the body on, the headline group when printed elsewhere, and gold."""
    sid = plan.story.id
    body = body_lines(plan, rng)
    byline_text = byline_of(plan)
    byline = Line(byline_text, "byline", sid) if byline_text else None
    caption = None
    if plan.caption:
        text, credit, label = plan.caption
        caption = Line((text + " " if text else "") + label + credit, "caption", sid)
    if plan.headline == "none":  # nothing to travel with
        plan.byline_at = "after" if plan.byline_at == "with_headline" else plan.byline_at
        plan.caption_at = "after" if plan.caption_at == "with_headline" else plan.caption_at
    group = headline_group(plan, rng, byline, caption)
    before: list[Line] = []
    if plan.headline == "before":
        before += [ln for el in group for ln in el]
    if byline and plan.byline_at == "before":
        before.append(byline)
    if caption and plan.caption_at == "before":
        before.append(caption)
    note = jump_note(plan)
    if plan.jump == "from" and not plan.jump_inline:
        before.append(Line(note, "jump", sid))
    after = list(body)
    if plan.jump == "to" and not plan.jump_inline:
        after.append(Line(note, "jump", sid))
    trailing = trailing_of(plan)
    if trailing:
        end = after[-1]
        if plan.trailing_inline and text_width(end.measure) + 1 + text_width(trailing) <= plan.column + 1:
            end.text = end.text + " " + trailing
        else:
            after.append(Line(trailing, "author", sid))
    tail = []
    if byline and plan.byline_at == "after":
        tail.append(byline)
    if caption and plan.caption_at == "after":
        tail.append(caption)
    if plan.headline == "after":
        heads = [ln for el in group for ln in el]
        tail = heads + tail if rng.random() < ODDS["after_headline_first"] else tail + heads
    after += tail
    elsewhere = group if plan.headline in ("cluster", "end") else []
    return before, after, elsewhere, gold_article(plan, body, group, byline_text, trailing)


def gold_article(plan: Plan, body: list[Line], group: list[list[Line]], byline: str, trailing: str) -> dict:
    s = plan.story
    printed = {ln.kind for el in group for ln in el}
    title = s.title if "title" in printed else ""
    kicker = s.kicker if "kicker" in printed else ""
    subtitle = s.subtitle if "subtitle" in printed else ""
    dateline = dateline_of(plan).replace(FULL_SPACE, " ")
    if byline:
        names = [a.name for a in plan.authors]
    else:
        names = [a.name for a in plan.authors if (dateline and not a.trailing) or (trailing and a.trailing)]
    blocks = gold_blocks(body)
    captions = []
    if plan.caption:
        text, credit, label = plan.caption
        captions.append({"text": text, "credit": credit, "label": label})
    first = DATELINE.sub("", blocks[0]["text"]) if blocks else ""
    lead = SENTENCE.match(first)
    out = {
        "id": s.id,
        "park": s.park,
        "title": title,
        "subtitle": subtitle,
        "kicker": kicker,
        "title_alternatives": [h for h in (subtitle, kicker) if h],
        "dateline": dateline,
        "authors": names,
        "byline": byline or trailing,
        "blocks": blocks,
        "captions": captions,
        "topics": list(s.topics),
        "summary": s.summary,
        "lead_summary": lead.group(0) if lead else first,
    }
    if plan.jump == "from":
        out["continued_from"] = plan.jump_page
    elif plan.jump == "to":
        out["continued_to"] = plan.jump_page
    return out


def gold_blocks(body: list[Line]) -> list[dict]:
    """Blocks as printed; a break after a full-width last line is marked optional."""
    blocks: list[dict] = []
    prev: Line | None = None
    for ln in body:
        if prev is not None and ln.block == prev.block:
            blocks[-1]["text"] += visible(ln.measure)
        else:
            kind = "heading" if ln.kind == "heading" else "paragraph"
            block = {"type": kind, "text": visible(ln.measure)}
            if (
                blocks
                and kind == "paragraph"
                and prev is not None
                and prev.kind == "body"
                and text_width(prev.measure) >= prev.column - 1
            ):
                block["optional_break"] = True
            blocks.append(block)
        prev = ln
    return blocks


# --- the page ---------------------------------------------------------------
def make_plans(
    stories: Sequence[Story], rng: random.Random, page_no: int, jumps: bool = True
) -> tuple[list[Plan], list[str]]:
    """Plan every article, then arrange a back-to-back pair and (with `jumps`) continuations
    to and from pages drawn at random."""
    plans = [plan_article(s, rng) for s in stories]
    pair: list[str] = []
    features = [p for p in plans if p.story.kind == "feature"]
    if len(features) >= 2 and rng.random() < ODDS["back_to_back"]:
        a, b = rng.sample(features, 2)
        plans = [p for p in plans if p is not b]
        plans.insert(next(k for k, p in enumerate(plans) if p is a) + 1, b)
        a.headline, a.byline_at, a.caption_at, a.hold = (
            rng.choice(["cluster", "end"]),
            "with_headline",
            "with_headline",
            True,
        )
        b.headline = rng.choice(["cluster", "end", "after"])
        b.byline_at = b.byline_at if b.byline_at != "before" else "after"
        b.caption_at = b.caption_at if b.caption_at != "before" else "after"
        pair = [a.story.id, b.story.id]
    free = [p for p in plans if p.story.id not in pair]
    if not jumps:
        return plans, pair
    if free and rng.random() < ODDS["jump_from"]:
        p = rng.choice(free)
        free.remove(p)
        p.jump, p.caption = "from", None
        p.jump_page = 1 if page_no <= 2 or rng.random() < 0.8 else rng.randint(1, page_no - 1)
        p.jump_inline = rng.random() < ODDS["jump_inline"]
        if rng.random() >= ODDS["jump_title_repeated"]:
            p.headline = "none"
    if free and rng.random() < ODDS["jump_to"]:
        p = rng.choice(free)
        p.jump, p.jump_page = "to", page_no + rng.randint(1, 4)
        p.jump_inline = rng.random() < ODDS["jump_inline"]
        if p.byline_at == "after":
            p.byline_at = rng.choice(["before", "with_headline"])
    return plans, pair


def cluster(groups: list[list[list[Line]]], rng: random.Random) -> list[Line]:
    """Headline groups printed together, in the order the extractor happened to read them."""
    groups = list(groups)
    order = pick(rng, ODDS["cluster_order"])
    if order == "reverse":
        groups.reverse()
    elif order == "shuffle":
        rng.shuffle(groups)
    if len(groups) > 1 and rng.random() < ODDS["cluster_interleave"]:
        queues = [list(g) for g in groups if g]
        merged: list[list[Line]] = []
        while queues:
            q = rng.choice(queues)
            merged.append(q.pop(0))
            queues = [q for q in queues if q]
    else:
        merged = [el for g in groups for el in g]
    return [ln for el in merged for ln in el]


def furniture(rng: random.Random, page_no: int) -> tuple[list[str], list[str]]:
    """Header and footer lines: date, page name, page number, editors, the paper's name."""
    day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
    date = f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"
    number = rng.choice([str(page_no), f"第{page_no}版", f"- {page_no} -", f"{page_no:02d}"])
    a, b = random_name(rng), random_name(rng)
    editor = rng.choice(
        [
            f"责任编辑：{a} 美编：{b}",
            f"本版编辑 {a}",
            f"责任编辑：{a}",
            f"责任编辑 {a} 美编 {b}",
            f"本版编辑：{a} 校对：{b}",
        ]
    )
    items = {
        "date": date,
        "name": rng.choice(PAGE_NAMES),
        "number": number,
        "editor": editor,
        "paper": pick(rng, PAPERS),
    }
    top: list[str] = []
    bottom: list[str] = []
    if rng.random() < ODDS["top_furniture"]:
        keys = rng.sample(["date", "name", "number", "paper", "editor"], rng.randint(1, 4))
        top = [items[k] for k in keys]
        if len(top) > 1 and rng.random() < ODDS["furniture_one_line"]:
            top = [" ".join(top)]
    if rng.random() < ODDS["bottom_furniture"]:
        keys = rng.sample(["editor", "number", "paper"], rng.randint(1, 2))
        bottom = [items[k] for k in keys if items[k] not in top]
    return top, bottom


def assemble(
    plans: list[Plan], rng: random.Random, top: list[str], bottom: list[str]
) -> tuple[list[Line], list[dict]]:
    """Print the articles in order, flushing headline clusters between bodies."""
    lines = [Line(t, "furniture") for t in top]
    golds, pending, at_end = [], [], []
    for k, plan in enumerate(plans):
        before, after, elsewhere, gold = article_lines(plan, rng)
        golds.append(gold)
        lines += before + after
        if elsewhere:
            (pending if plan.headline == "cluster" else at_end).append(elsewhere)
        last = k == len(plans) - 1
        if pending and not plan.hold and (last or rng.random() < ODDS["cluster_flush"]):
            lines += cluster(pending, rng)
            pending = []
    lines += cluster(pending + at_end, rng)
    lines += [Line(t, "furniture") for t in bottom]
    for a, b in zip(lines, lines[1:]):  # "▶ 林露虹 …" / " 软件园三期C区…": one newline
        if a.kind == "byline" and b.kind == "caption" and a.article == b.article:
            a.joined = rng.random() < ODDS["caption_joined"]
    return lines, golds


def extraction_artifacts(lines: list[Line], plans: dict[str, Plan], rng: random.Random) -> None:
    """What the extractor adds: spaces around numbers, after 。, between letters, in front."""
    for ln in lines:
        text = ln.text.replace(FULL_SPACE, " ")
        spacing = plans[ln.article].spacing if ln.article in plans else 0.0
        if ln.kind == "body":
            letter = ODDS["letter_spaced_first"] if ln.first else ODDS["letter_spaced_other"]
            if rng.random() < letter:
                text = letter_spaced(text)
            else:
                text = spaced_numbers(text, spacing, rng)
            text = stray_spaces(text, rng)
        elif ln.kind in ("caption", "jump"):
            text = spaced_numbers(text, spacing, rng)
        if ln.kind == "caption" and rng.random() < ODDS["caption_leading_space"]:
            text = " " + text
        ln.out = text
    if lines and rng.random() < ODDS["leading_space"]:
        lines[0].out = " " + lines[0].out.lstrip()


def spaced_numbers(text: str, p: float, rng: random.Random) -> str:
    """ "2015 年的 22 名": a space where a number or Latin word meets a Chinese character."""
    out = []
    for k, ch in enumerate(text):
        if k:
            prev = text[k - 1]
            digit = ((prev.isascii() and (prev.isdigit() or prev == "%")) and CJK_IDEOGRAPH.match(ch)) or (
                ch.isascii() and ch.isdigit() and CJK_IDEOGRAPH.match(prev)
            )
            letter = (prev.isascii() and prev.isalpha() and CJK_IDEOGRAPH.match(ch)) or (
                ch.isascii() and ch.isalpha() and CJK_IDEOGRAPH.match(prev)
            )
            if (digit and rng.random() < p) or (letter and rng.random() < p / 2):
                out.append(" ")
        out.append(ch)
    return "".join(out)


def stray_spaces(text: str, rng: random.Random) -> str:
    """ "支持创办“火炬大学”。 据悉": a space after a full stop inside a line."""
    out = []
    for k, ch in enumerate(text):
        out.append(ch)
        if ch == "。" and CJK_IDEOGRAPH.match(text[k + 1 : k + 2]) and rng.random() < ODDS["stray_space"]:
            out.append(" ")
    return "".join(out)


def letter_spaced(text: str) -> str:
    """ "通 过 知 识 产 权 质 押": a justified line spelled out character by character."""
    out = []
    for k, ch in enumerate(text):
        if (
            k
            and not ch.isspace()
            and not text[k - 1].isspace()
            and not (ch.isascii() and text[k - 1].isascii())
        ):
            out.append(" ")
        out.append(ch)
    return "".join(out)


def render(lines: list[Line], rng: random.Random) -> str:
    """The raw text: a blank line after each line but half-width endings and joined lines."""
    parts = []
    for ln in lines:
        text = ln.out.rstrip()
        parts.append(text)
        parts.append("\n" if ln.joined or ends_half_width(text) else "\n\n")
    parts.append("\n" * pick(rng, ODDS["trailing_newlines"]))
    return "".join(parts)


def layout_page(seed: int, corpus: Sequence[dict | Story] | str | Path | None = None) -> Layout:
    """Everything about one generated page: its printed lines, gold and raw text."""
    rng = random.Random(seed)
    stories = load_corpus(corpus)
    count = min(pick(rng, ODDS["articles"]), len(stories))
    chosen = rng.sample(list(stories), count)
    page_no = rng.randint(2, 16)
    plans, pair = make_plans(chosen, rng, page_no)
    return print_page(plans, pair, page_no, rng, seed)


def print_page(plans: list[Plan], pair: list[str], page_no: int, rng: random.Random, seed: int) -> Layout:
    """The page of planned articles: printed lines, raw text and gold."""
    top, bottom = furniture(rng, page_no)
    lines, golds = assemble(plans, rng, top, bottom)
    extraction_artifacts(lines, {p.story.id: p for p in plans}, rng)
    raw = render(lines, rng)
    furniture_lines = [
        ln.text.replace(FULL_SPACE, " ") if ln.kind in ("furniture", "jump") else ln.jump
        for ln in lines
        if ln.kind in ("furniture", "jump") or ln.jump
    ]
    gold = {
        "page": f"generated-{seed}.txt",
        "seed": seed,
        "notes": GOLD_NOTES,
        "page_number": page_no,
        "furniture": furniture_lines,
        "articles": golds,
    }
    if pair:
        gold["back_to_back"] = pair
    return Layout(lines=lines, gold=gold, raw=raw)


GOLD_NOTES = (
    "Generated page (tests/pagegen.py). Body text is whitespace-free; a news article's first "
    "block starts with its dateline. optional_break marks a paragraph break after a full-width "
    "line, which the layout leaves uncertain. byline holds the feature byline or the trailing "
    "author as printed. Jump lines (下转/上接) are furniture; continued_to/continued_from give "
    "the other page, and only the part printed here is gold (title '' when a continuation "
    "carries none)."
)


def generate_page(seed: int, corpus: Sequence[dict | Story] | str | Path | None = None) -> tuple[str, dict]:
    """Raw page text and its gold annotation for one seed (same seed, same page)."""
    layout = layout_page(seed, corpus)
    return layout.raw, layout.gold


def page_seeds(seed: int, count: int) -> list[int]:
    """Seeds of the pages in a generated set: spread out, so sets from nearby seeds differ."""
    rng = random.Random(seed)
    return [rng.getrandbits(32) for _ in range(count)]
