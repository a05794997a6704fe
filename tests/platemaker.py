"""The eighth layouter: invented articles set into the raw text a PDF extractor writes for a park
page, with the gold annotation of each page.

`platemaker_page(seed, articles)` returns (raw text, gold). Every page draws its conventions
afresh, per page (extractor habit, columns, reading order, furniture) and per article (measure,
headline position and breaking, byline form, captions, subheadings, indents, digits, jumps,
boxes), and records them in the gold: per article under `platemaker`, per page under the page's
own `platemaker` key, so that a parser's errors can be tallied per convention. The values each
convention takes are in CONVENTIONS and EXTRAS; a 100-page set draws every one of them.

What the page may hold, as real park pages print it: headlines before or after their body, grouped
with other headlines, set over the next columns (so the extractor meets them inside the body) or
spanning the page over another story, broken over one to three lines, letter-spaced or with a
full-width space between two parts; bylines as datelines (本报讯（记者 X）, with a date, 新华社…电),
lines of their own (本报记者 X 通讯员 Y, ▶/■, 文/, names joined by 、), trailing （记者 X） or bare
names, 本报评论员, 来源：/据《X日报》; captions in seven forms, photo groups under one caption, text
running round a photo; subheadings plain, numbered, ■, 【】 or letter-spaced; indents kept
full-width, half-width or lost; digits half- or full-width; spaces around numbers; Latin words
kept whole or split at the line's end; boxed sidebars, 编者按, pull quotes, （完）, runs of briefs
under a banner, stories continued to or from another page, and page headers, editor, contact and
page-number lines. Two stories' columns may be read across rather than down (`interleaved`).

The extractor on most pages is the documented one: a blank line after each column line except
after a line ending in a half-width character, and a single newline between the lines of a
headline or subheading. A minority of pages show two other habits of real extractors, recorded
as the page's `extractor`: `blocks` (pdftotext's raw mode: a column's lines run on with single
newlines, a blank line only between text blocks) and `every_line` (a blank line after every
line, whatever it ends with).

Where the parse contract is silent, the gold decides as an editor reading the digest would:
- the dateline (本报讯…, 新华社…电…) is kept in `dateline`, never in the body; a printed byline,
  wherever it stands (a line of its own, ▶/■ before the names, 文/, a trailing （记者 X） or a
  bare name after the last sentence) is kept whole in `byline`, and `authors` lists the names
  printed on this page only;
- a source credit (来源：《X日报》) is attribution, not body: it is the byline and names no author;
  据《X日报》报道 opening a paragraph is body text;
- ornaments are not words: ▶ ■ 【】 around a subheading or sidebar label, the —— before a
  subtitle and the label words of a caption credit (图片来源：, 本报记者 … 摄, （… 摄）,
  图片由…提供) are left out of the fields they decorate and listed under `marks`; numbering
  (一、 （一）) is part of a subheading;
- a caption's credit is the name of the person or unit alone; a photo group printed with one
  shared caption (上图：… 下图：…) is one caption;
- a boxed sidebar (数说, 链接, 相关阅读, 名词解释, 记者手记) belongs to the feature it sits in: its
  label is a heading and its lines are paragraphs, in the place the box is printed; an 编者按
  is the body's first paragraph; a pull quote repeats the body and is furniture;
- jump lines （下转第X版）/（上接第X版）, banners over a run of briefs (简讯), page headers, editor,
  contact and page-number lines are furniture; the end mark （完） stays in the last paragraph;
- a paragraph break is optional when the paragraph before it ends on a full line and the
  indent was lost, so the page itself cannot show it.
"""

from __future__ import annotations

import csv
import datetime
import logging
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

ZONES = Path(__file__).resolve().parent.parent / "data" / "hitech_zones.tsv"

# Every value each per-article convention can take: the tests check a 100-page set draws them all.
CONVENTIONS: dict[str, tuple[str, ...]] = {
    "measure": ("narrow", "medium", "wide"),
    "headline": ("before", "after", "grouped", "middle", "spanning"),
    "headline_lines": ("1", "2", "3"),
    "headline_style": ("plain", "spaced", "fullwidth_space"),
    "byline": (
        "dateline",
        "dateline_dated",
        "dateline_bare",
        "reporter_line",
        "arrow",
        "square",
        "wen",
        "roles_list",
        "trailing_paren",
        "trailing_name",
        "trailing_line",
        "commentator",
        "wire",
        "source_line",
        "ju",
        "none",
    ),
    "byline_place": ("top", "bottom", "inline", "headline"),
    "caption": (
        "none",
        "source",
        "bare_source",
        "she_paren",
        "reporter_she",
        "tuwei",
        "provided",
        "credit_line",
        "group",
    ),
    "caption_place": ("none", "before", "after", "middle", "lead"),
    "subheading": ("none", "plain", "cn_number", "paren_number", "square", "bracket", "spaced"),
    "indent": ("lost", "fullwidth", "halfwidth"),
    "digits": ("half", "full"),
    "number_spacing": ("tight", "spaced"),
    "latin_break": ("words", "anywhere"),
    "wrap": ("none", "photo"),
    "jump": ("none", "to_page", "from_page"),
    "extractor": ("documented", "blocks", "every_line"),
    "columns": ("2", "3", "4", "5", "6"),
    "reading_order": ("in_order", "interleaved"),
}
EXTRAS = ("editor_note", "sidebar", "pull_quote", "end_mark", "spread_line", "brief")

MEASURES = {2: (24, 30), 3: (19, 24), 4: (15, 20), 5: (13, 16), 6: (11, 13)}
CLOSING = set("，。、；：？！”’）》」』〉】%…—")
OPENING = set("“‘（《「『〈【")
FULL_DIGITS = str.maketrans("0123456789%", "０１２３４５６７８９％")
CN_NUMBERS = "一二三四五六七八九十"
SIDEBAR_LABELS = ("数说", "链接", "相关阅读", "名词解释", "记者手记")
STAFF_NAMES = (
    "王建平",
    "阿依古丽·买买提",
    "格桑卓玛",
    "巴特尔",
    "马文俊",
    "韦秀兰",
    "沙马阿呷",
    "关雪松",
    "金美善",
    "刘晓东",
    "吐尔洪·依明",
    "旦增曲珍",
    "乌云其其格",
    "黄丽萍",
    "赵志刚",
)
WEEKDAYS = "一二三四五六日"


def half_width(ch: str) -> bool:
    return ord(ch) < 128 and not ch.isspace()


def units(text: str) -> int:
    """Printed width in half-character units: a Chinese character is two, ASCII one."""
    return sum(1 if ord(c) < 128 else 2 for c in text)


@dataclass
class Box:
    """A run of printed lines the extractor reads together."""

    kind: str  # head, heading, body, byline, caption, furniture, colbreak
    lines: list[str] = field(default_factory=list)
    joined: bool = False  # lines of one headline or subheading: single newlines between them


@dataclass
class Story:
    """A corpus article, in one shape whatever corpus it came from."""

    id: str
    kind: str
    park: str
    parks: list[str]
    kicker: str
    title: str
    subtitle: str
    authors: list[tuple[str, str, bool]]  # name, role, printed after the last sentence
    body: list[tuple[str, str]]  # (paragraph|heading, text)
    captions: list[tuple[str, str, str]]  # text, credit, person|unit
    sidebar: tuple[str, list[str]] | None
    editor_note: str
    source: str
    topics: list[str]
    summary: str


def story_of(raw: dict) -> Story:
    return Story(
        id=str(raw.get("id", "")),
        kind=raw.get("kind") or "news",
        park=raw.get("park") or "",
        parks=list(raw.get("parks") or []),
        kicker=raw.get("kicker") or "",
        title=raw.get("title") or "",
        subtitle=raw.get("subtitle") or "",
        authors=[_author(a) for a in raw.get("authors") or [] if _author(a)[0]],
        body=[_block(p) for p in raw.get("body") or [] if str(p).strip("# ")],
        captions=_captions(raw),
        sidebar=_sidebar(raw.get("sidebar")),
        editor_note=raw.get("editor_note") or "",
        source=raw.get("source") or "",
        topics=list(raw.get("topics") or []),
        summary=raw.get("summary") or "",
    )


def _author(a: dict | str) -> tuple[str, str, bool]:
    if isinstance(a, str):
        return a, "", False
    role = (a.get("role") or "").removeprefix("本报")
    return a.get("name") or "", role, bool(a.get("trailing"))


def _block(p: str) -> tuple[str, str]:
    text = str(p)
    if text.startswith("#"):
        return "heading", text.lstrip("#").strip()
    return "paragraph", text.strip()


def _captions(raw: dict) -> list[tuple[str, str, str]]:
    found = list(raw.get("captions") or []) + ([raw["caption"]] if raw.get("caption") else [])
    out = []
    for c in found:
        text, credit = (c.get("text") or "").strip(), (c.get("credit") or "").strip()
        if text or credit:
            by = c.get("by") or ("unit" if re.search(r"(区|会|司|局|院|所|中心|园)$", credit) else "person")
            out.append((text, credit, by))
    return out


def _sidebar(raw: dict | None) -> tuple[str, list[str]] | None:
    if not raw or not raw.get("body"):
        return None
    return raw.get("label") or "链接", [str(x) for x in raw["body"]]


def zone_places() -> dict[str, tuple[str, str]]:
    """Short park name -> (city, province), for wire datelines and provincial papers."""
    out = {}
    with open(ZONES, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            out[row["short_name"]] = (row["city"], row["province"])
    return out


PLACES = zone_places()


def city_of(park: str) -> str:
    city = PLACES.get(park, ("北京市", ""))[0].split("/")[0]
    return re.sub(r"((朝鲜|彝|回|藏|苗|土家)族自治州|市|地区)$", "", city) or city


def paper_of(park: str) -> str:
    province = PLACES.get(park, ("", "北京市"))[1]
    short = re.sub(r"(省|市|自治区|壮族|回族|维吾尔)+$", "", province)
    return f"《{short or '科技'}日报》"


# ---------------------------------------------------------------- lines of type


def tokens(text: str, latin_break: str) -> list[str]:
    """Units the line breaker will not split: paired dashes and ellipses, and, where the paper
    keeps Latin words and numbers whole, each run of half-width characters."""
    run = r"[!-~]{1,12}|" if latin_break == "words" else ""
    return re.findall(rf"——|……|{run}.", text, re.S)


def break_lines(text: str, capacity: list[int] | None, width: int, latin_break: str) -> list[str]:
    """Greedy line filling as a typesetter does it: closing punctuation hangs at the line's end,
    opening punctuation never ends a line. capacity[i] overrides line i's width in half units."""
    lines: list[str] = []
    cur = ""
    for tok in tokens(text, latin_break):
        cap = capacity[len(lines)] if capacity and len(lines) < len(capacity) else 2 * width
        if not cur or units(cur + tok) <= cap or tok[0] in CLOSING:
            cur += tok
            continue
        carry = ""
        while cur and cur[-1] in OPENING:
            carry, cur = cur[-1] + carry, cur[:-1]
        if cur:
            lines.append(cur)
        cur = carry + tok
    if cur:
        lines.append(cur)
    return lines


def space_numbers(line: str, rng: random.Random) -> str:
    """Justified lines come out of the extractor with spaces around runs of digits and Latin."""
    boundary = r"(?<=[\u4e00-\u9fff])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])(?=[\u4e00-\u9fff])"
    return re.sub(boundary, lambda _: " " if rng.random() < 0.6 else "", line)


def letter_spaced(text: str, gap: str = " ") -> str:
    return gap.join(ch for ch in text if not ch.isspace())


def word_ends(text: str) -> list[int]:
    """Offsets where a word ends: an editor breaks a headline between words, never inside one."""
    try:
        import jieba
    except ImportError:
        return list(range(1, len(text)))
    jieba.setLogLevel(logging.WARNING)
    ends, at = [], 0
    for word in jieba.cut(text):
        at += len(word)
        ends.append(at)
    return ends


def breakable(text: str, k: int) -> bool:
    """Whether a headline may break before text[k]: not inside quotes, not before a particle or
    closing punctuation, not after opening punctuation, and no line of fewer than three characters."""
    inside = text[:k].count("“") > text[:k].count("”") or text[:k].count("《") > text[:k].count("》")
    return (
        3 <= k <= len(text) - 3
        and not inside
        and text[k] not in CLOSING | set("的了之")
        and text[k - 1] not in OPENING
    )


def split_point(text: str) -> int:
    """Where an editor breaks a headline: after a colon, comma or park name near the middle, else
    at the word boundary nearest the middle."""
    mid = len(text) / 2
    marks = [m.end() for m in re.finditer(r"[：，、？！]|高新区|园区", text)]
    good = [k for k in marks if breakable(text, k) and abs(k - mid) <= len(text) / 3]
    good = good or [k for k in word_ends(text) if breakable(text, k)]
    return min(good, key=lambda k: abs(k - mid)) if good else max(2, round(mid))


def headline_pieces(title: str, count: int) -> list[str]:
    pieces = [p for p in title.split() if p] or [title]
    if count == 1:
        return [" ".join(pieces)]
    while len(pieces) > count:
        pieces[-2:] = [pieces[-2] + " " + pieces[-1]]
    while len(pieces) < count:
        longest = max(range(len(pieces)), key=lambda i: len(pieces[i]))
        text = pieces[longest]
        if len(text) < 9:
            break
        k = split_point(text)
        pieces[longest : longest + 1] = [text[:k].strip(), text[k:].strip()]
    return pieces


def headline_lines(title: str, count: int, style: str) -> tuple[list[str], int, str]:
    """The printed lines of a headline, and the line count and style it really got."""
    pieces = headline_pieces(title, count)
    if style == "fullwidth_space" and len(pieces) == 1 and " " in pieces[0]:
        return [pieces[0].replace(" ", "\u3000")], 1, style
    if style == "spaced":
        return (
            [letter_spaced(p) if " " not in p else "  ".join(map(letter_spaced, p.split())) for p in pieces],
            len(pieces),
            style,
        )
    return pieces, len(pieces), "plain"


# ---------------------------------------------------------------- the page's and the articles' draws


@dataclass
class Page:
    extractor: str
    columns: int
    measure: int
    column_height: int
    reading_order: str
    heads_at: str  # where grouped headlines come out: start or end
    date: tuple[int, int, int]
    number: int


def draw_page(rng: random.Random) -> Page:
    columns = rng.randint(2, 6)
    return Page(
        extractor=rng.choices(CONVENTIONS["extractor"], (72, 14, 14))[0],
        columns=columns,
        measure=rng.randint(*MEASURES[columns]),
        column_height=rng.randint(12, 36),
        reading_order=rng.choices(CONVENTIONS["reading_order"], (78, 22))[0],
        heads_at=rng.choice(("start", "end")),
        date=(rng.randint(2022, 2026), rng.randint(1, 12), rng.randint(1, 28)),
        number=rng.randint(2, 12),
    )


def measure_name(width: int) -> str:
    return "narrow" if width <= 14 else "medium" if width <= 20 else "wide"


def draw_measure(page: Page, rng: random.Random) -> int:
    """Mostly the page's column; a boxed or wide-set story has a measure of its own."""
    if rng.random() < 0.7:
        return page.measure
    return rng.randint(*MEASURES[rng.randint(2, 6)])


LINE_FORMS = ("reporter_line", "arrow", "square", "wen", "roles_list", "commentator", "source_line")
TRAILING_FORMS = ("trailing_paren", "trailing_name", "trailing_line", "dateline_bare")


def draw_byline(story: Story, jump: str, brief: bool, rng: random.Random) -> str:
    names = story.authors
    if jump == "from_page":
        return rng.choice(("none", "trailing_name", "trailing_paren")) if names else "none"
    if story.kind == "commentary":
        return "commentator" if names else rng.choice(("none", "source_line"))
    if any(t for _, _, t in names):  # signed at the end, which a story continued elsewhere does not print
        return (
            "none" if jump == "to_page" else rng.choice(("trailing_name", "trailing_line", "dateline_bare"))
        )
    if brief:
        return rng.choice(("dateline", "trailing_name", "trailing_paren", "dateline_bare", "none"))
    if not names:
        return rng.choice(("dateline", "source_line", "ju", "none"))
    forms = {
        "dateline": 16,
        "dateline_dated": 8,
        "dateline_bare": 6,
        "reporter_line": 9,
        "arrow": 6,
        "square": 5,
        "wen": 5,
        "roles_list": 6 if len(names) > 1 else 0,
        "trailing_paren": 7,
        "trailing_name": 6,
        "trailing_line": 4,
        "wire": 3,
        "source_line": 2,
        "ju": 2,
    }
    if jump == "to_page":
        forms = {k: v for k, v in forms.items() if k not in TRAILING_FORMS and k != "source_line"}
    return rng.choices(list(forms), list(forms.values()))[0]


def byline_place(form: str, rng: random.Random) -> str:
    if form == "source_line" or form == "trailing_line":
        return "bottom"
    if form in LINE_FORMS:
        return rng.choices(("top", "bottom"), (3, 1))[0]
    return "inline"


def draw_jump(story: Story, brief: bool, rng: random.Random) -> str:
    """Only a story long enough to fill more than its space is continued on another page."""
    paragraphs = [text for kind, text in story.body if kind == "paragraph"]
    long = len(paragraphs) >= 4 and sum(map(len, paragraphs)) >= 350
    if brief or not long or story.kind not in ("news", "feature", "interview"):
        return "none"
    return rng.choices(CONVENTIONS["jump"], (80, 11, 9))[0]


def draw_caption(story: Story, rng: random.Random) -> tuple[str, str]:
    if not story.captions:
        return "none", "none"
    place = (
        rng.choice(("lead", "before")) if story.kind == "photo" else rng.choice(("before", "after", "middle"))
    )
    if len(story.captions) > 1 and rng.random() < 0.5:
        return "group", place
    text, _, by = story.captions[0]
    if not text:
        return rng.choice(("bare_source", "credit_line", "provided")), place
    forms = ["source", "she_paren", "tuwei", "credit_line", "provided"]
    forms += ["reporter_she", "she_paren"] if by == "person" else ["source"]
    return rng.choice(forms), place


def draw_subheading(story: Story, rng: random.Random) -> str:
    if not any(kind == "heading" for kind, _ in story.body):
        return "none"
    return rng.choices(CONVENTIONS["subheading"][1:], (30, 14, 12, 14, 14, 8))[0]


@dataclass
class Drawn:
    """The conventions one article drew."""

    measure: int
    headline: str
    headline_lines: int
    headline_style: str
    byline: str
    byline_place: str
    caption: str
    caption_place: str
    subheading: str
    indent: str
    digits: str
    number_spacing: str
    latin_break: str
    wrap: str
    jump: str
    extras: list[str]

    def record(self, page: Page) -> dict:
        return {
            "measure": measure_name(self.measure),
            "width": self.measure,
            "headline": self.headline,
            "headline_lines": str(self.headline_lines),
            "headline_style": self.headline_style,
            "byline": self.byline,
            "byline_place": self.byline_place,
            "caption": self.caption,
            "caption_place": self.caption_place,
            "subheading": self.subheading,
            "indent": self.indent,
            "digits": self.digits,
            "number_spacing": self.number_spacing,
            "latin_break": self.latin_break,
            "wrap": self.wrap,
            "jump": self.jump,
            "extractor": page.extractor,
            "columns": str(page.columns),
            "reading_order": page.reading_order,
            "extras": sorted(self.extras),
        }


def draw_article(story: Story, page: Page, headline: str, brief: bool, rng: random.Random) -> Drawn:
    jump = draw_jump(story, brief, rng)
    byline = draw_byline(story, jump, brief, rng)
    caption, caption_place = ("none", "none") if brief else draw_caption(story, rng)
    extras = ["brief"] if brief else []
    if story.editor_note and not brief and jump != "from_page":
        extras.append("editor_note")
    if story.sidebar and not brief and jump == "none":
        extras.append("sidebar")
    if story.kind in ("news", "feature") and not brief and rng.random() < 0.15:
        extras.append("pull_quote")
    if jump == "none" and byline not in TRAILING_FORMS and rng.random() < 0.08:
        extras.append("end_mark")
    if rng.random() < 0.12:
        extras.append("spread_line")
    return Drawn(
        measure=draw_measure(page, rng),
        headline=headline,
        headline_lines=rng.choices((1, 2, 3), (45, 45, 10))[0],
        headline_style=rng.choices(CONVENTIONS["headline_style"], (70, 12, 18))[0],
        byline=byline,
        byline_place=byline_place(byline, rng),
        caption=caption,
        caption_place=caption_place,
        subheading=draw_subheading(story, rng),
        indent=rng.choices(CONVENTIONS["indent"], (60, 25, 15))[0],
        digits=rng.choices(CONVENTIONS["digits"], (80, 20))[0],
        number_spacing=rng.choice(CONVENTIONS["number_spacing"]),
        latin_break=rng.choice(CONVENTIONS["latin_break"]),
        wrap="photo" if caption != "none" and rng.random() < 0.35 else "none",
        jump=jump,
        extras=extras,
    )


# ---------------------------------------------------------------- one article set in type


@dataclass
class Block:
    kind: str  # paragraph or heading
    text: str  # as the gold keeps it
    printed: str  # as the page prints it, ornaments and inline datelines included
    indent: bool = True  # a paragraph's first line is indented (not when it runs on from another page)
    optional: bool = False
    marks: list[str] = field(default_factory=list)  # printed ornaments that are not words


@dataclass
class Plate:
    """An article ready for the page: its headline boxes apart, the rest in printed order."""

    gold: dict
    head: list[Box]
    boxes: list[Box]
    furniture: list[str]


def role_words(name: str, role: str, staff: bool) -> str:
    if not role:
        return name
    return f"{'本报' if staff and role in ('记者', '特约记者', '通讯员', '特约通讯员') else ''}{role} {name}"


def heading_printed(text: str, style: str, number: int, marks: list[str]) -> tuple[str, str]:
    """A subheading as printed and as the gold keeps it; ornaments go to marks."""
    if style == "cn_number":
        text = f"{CN_NUMBERS[number % 10]}、{text}"
    elif style == "paren_number":
        text = f"（{CN_NUMBERS[number % 10]}）{text}"
    elif style == "square":
        marks.append("■")
        return f"■ {text}", text
    elif style == "bracket":
        marks.extend(["【", "】"])
        return f"【{text}】", text
    elif style == "spaced":
        return letter_spaced(text), text
    return text, text


class Setter:
    """Sets one story by the conventions it drew."""

    def __init__(self, story: Story, drawn: Drawn, page: Page, rng: random.Random) -> None:
        self.story, self.drawn, self.page, self.rng = story, drawn, page, rng
        self.marks: list[str] = []
        self.furniture: list[str] = []
        self.authors: list[str] = []
        self.dateline = ""
        self.byline = ""

    # -- the text
    def blocks(self) -> list[Block]:
        out = []
        if "editor_note" in self.drawn.extras:
            note = f"编者按：{self.story.editor_note}"
            out.append(Block("paragraph", note, note))
        number = 0
        for kind, text in self.story.body:
            if kind == "heading":
                ornaments: list[str] = []
                printed, kept = heading_printed(text, self.drawn.subheading, number, ornaments)
                number += 1
                out.append(Block("heading", kept, printed, marks=ornaments))
            else:
                out.append(Block("paragraph", text, text))
        if "sidebar" in self.drawn.extras:
            out = self.with_sidebar(out)
        return out

    def with_sidebar(self, blocks: list[Block]) -> list[Block]:
        label, lines = self.story.sidebar or ("", [])
        ornament = self.rng.choice(("", "■", "【】"))
        printed = {"": label, "■": f"■{label}", "【】": f"【{label}】"}[ornament]
        box = [Block("heading", label, printed, marks=list(ornament))] + [
            Block("paragraph", x, x) for x in lines
        ]
        breaks = [k for k in range(2, len(blocks)) if blocks[k].kind == "paragraph"]
        at = self.rng.choice(breaks) if breaks and self.rng.random() < 0.4 else len(blocks)
        return blocks[:at] + box + blocks[at:]

    def cut(self, blocks: list[Block]) -> list[Block]:
        """The part of a continued story that this page prints."""
        jump, rng = self.drawn.jump, self.rng
        paragraphs = [k for k, b in enumerate(blocks) if b.kind == "paragraph" and k > 0]
        if jump == "to_page":
            paragraphs = [k for k in paragraphs if blocks[k - 1].kind == "paragraph"] or paragraphs
        k = rng.choice(paragraphs[:-1] or paragraphs)
        para = blocks[k]
        split = rng.random() < 0.6 and len(para.text) > 20
        at = rng.randint(len(para.text) // 3, 2 * len(para.text) // 3) if split else 0
        if jump == "to_page":
            head = blocks[:k] + ([Block("paragraph", para.text[:at], para.printed[:at])] if split else [])
            self.furniture.append(
                self.rng.choice(("（下转第{}版）", "下转第{}版", "（转第{}版）")).format(self.jump_page())
            )
            return head
        self.furniture.append(
            self.rng.choice(("（上接第{}版）", "上接第{}版", "（紧接第{}版）")).format(self.jump_page())
        )
        tail = [Block("paragraph", para.text[at:], para.printed[at:], indent=not split)] if split else [para]
        return tail + blocks[k + 1 :]

    def jump_page(self) -> str:
        other = self.rng.choice([n for n in range(1, 13) if n != self.page.number])
        return str(other) if self.rng.random() < 0.7 else str(other).translate(FULL_DIGITS)

    def lead_index(self, blocks: list[Block]) -> int:
        start = 1 if "editor_note" in self.drawn.extras else 0
        return next((k for k in range(start, len(blocks)) if blocks[k].kind == "paragraph"), 0)

    def texts(self) -> list[Block]:
        blocks = self.blocks()
        if self.drawn.jump != "none":
            blocks = self.cut(blocks)
        lead = self.lead_index(blocks)
        self.opening(blocks[lead])
        self.marks.extend(m for b in blocks for m in b.marks)
        for b in blocks:
            if self.drawn.digits == "full":
                b.text, b.printed = b.text.translate(FULL_DIGITS), b.printed.translate(FULL_DIGITS)
        if "end_mark" in self.drawn.extras:
            last = blocks[-1]
            last.text, last.printed = last.text + "（完）", last.printed + "（完）"
        self.dateline_and_byline(blocks[lead], blocks[-1])
        return blocks

    def opening(self, lead: Block) -> None:
        """What the byline form does to the first paragraph's words."""
        form = self.drawn.byline
        opening = re.match(r"(近日|日前|近期|最近|本月初)，?", lead.text)
        if form == "dateline_dated" and not opening:
            self.drawn.byline = "dateline"
        elif form == "dateline_dated":
            month, day = self.page.date[1], max(1, self.page.date[2] - self.rng.randint(1, 3))
            lead.text = lead.printed = f"{month}月{day}日，{lead.text[opening.end() :]}"
        elif form == "ju":
            lead.text = lead.printed = f"据{self.story.source or paper_of(self.story.park)}报道，{lead.text}"

    def credits(self) -> list[tuple[str, str]]:
        return [(n, r) for n, r, _ in self.story.authors]

    def dateline_and_byline(self, lead: Block, last: Block) -> None:
        form, people = self.drawn.byline, self.credits()
        if form in ("dateline", "dateline_dated", "dateline_bare", "wire"):
            self.dateline = self.dateline_of(form, people)
            lead.printed = self.dateline + self.rng.choice(("", " ", "\u3000")) + lead.printed
        if form in ("dateline_bare", "trailing_name"):
            self.byline = " ".join(n for n, _ in people)
            last.printed += self.rng.choice((" ", "\u3000", "  ")) + self.byline
        elif form == "trailing_paren":
            staff = self.rng.random() < 0.4
            self.byline = (
                f"（{' '.join(role_words(n, r, staff and k == 0) for k, (n, r) in enumerate(people))}）"
            )
            last.printed += self.byline
        elif form in LINE_FORMS or form == "trailing_line":
            self.byline = self.byline_line(form, people)
        if form not in ("source_line", "ju", "none"):
            self.authors = [n for n, _ in people]

    def dateline_of(self, form: str, people: list[tuple[str, str]]) -> str:
        inline = " ".join(role_words(n, r, False) for n, r in people)
        if form == "wire":
            _, month, day = self.page.date
            return f"新华社{city_of(self.story.park)}{month}月{max(1, day - 1)}日电" + (
                f"（{inline}）" if people else ""
            )
        return f"本报讯（{inline}）" if people and form != "dateline_bare" else "本报讯"

    def byline_line(self, form: str, people: list[tuple[str, str]]) -> str:
        staff = " ".join(role_words(n, r, k == 0) for k, (n, r) in enumerate(people))
        if form == "reporter_line":
            return staff
        if form == "square":
            return f"■ {staff}"
        if form == "arrow":
            if len(people) == 1:
                return f"▶ {role_words(people[0][0], people[0][1], True)}"
            return "▶ " + " ".join([people[0][0]] + [role_words(n, r, True) for n, r in people[1:]])
        if form == "wen":
            return "文/" + " ".join(n for n, _ in people)
        if form == "roles_list":
            return self.roles_list(people)
        if form == "commentator":
            return f"本报评论员 {people[0][0]}" if people else "本报评论员"
        if form == "source_line":
            paper = self.story.source or paper_of(self.story.park)
            return self.rng.choice(("来源：{}", "（来源：{}）", "据{}")).format(paper)
        return " ".join(n for n, _ in people)

    def roles_list(self, people: list[tuple[str, str]]) -> str:
        groups: list[tuple[str, list[str]]] = []
        for name, role in people:
            if groups and groups[-1][0] == role:
                groups[-1][1].append(name)
            else:
                groups.append((role, [name]))
        return " ".join(role_words("、".join(names), role, k == 0) for k, (role, names) in enumerate(groups))

    # -- the type
    def capacities(self, lines_so_far: int, indent: bool) -> list[int]:
        """Line widths of the next paragraph: the indent, and a photo the text runs around."""
        width = self.drawn.measure
        caps = [2 * width] * 200
        if indent:
            caps[0] -= 4
        if self.drawn.wrap == "photo":
            start, length, cut = self.wrap_at
            for i in range(max(0, start - lines_so_far), max(0, start + length - lines_so_far)):
                if i < len(caps):
                    caps[i] -= 2 * cut
        return caps

    def paragraph_lines(self, block: Block, lines_so_far: int) -> tuple[list[str], bool]:
        """The printed lines of a paragraph, and whether its last line is full."""
        caps = self.capacities(lines_so_far, block.indent)
        lines = break_lines(block.printed, caps, self.drawn.measure, self.drawn.latin_break)
        full = units(lines[-1]) >= caps[len(lines) - 1] - 1 if lines else False
        if self.drawn.number_spacing == "spaced":
            lines = [space_numbers(x, self.rng) for x in lines]
        if block.indent and lines:
            lines[0] = {"lost": "", "fullwidth": "\u3000\u3000", "halfwidth": "  "}[
                self.drawn.indent
            ] + lines[0]
        return lines, full

    def body(self, blocks: list[Block]) -> list[Box]:
        boxes: list[Box] = []
        count, full_before = 0, False
        for block in blocks:
            if block.kind == "heading":
                lines = break_lines(block.printed, None, self.drawn.measure, "words")
                boxes.append(Box("heading", lines, joined=True))
                full_before = False
                continue
            block.optional = full_before and self.drawn.indent == "lost" and block.indent
            lines, full_before = self.paragraph_lines(block, count)
            boxes.extend(Box("body", [line]) for line in lines)
            count += len(lines)
        if "spread_line" in self.drawn.extras:
            self.spread(boxes)
        return self.columns(boxes)

    def spread(self, boxes: list[Box]) -> None:
        """A justified line with few characters comes out letter-spaced."""
        body = [b for b in boxes if b.kind == "body"]
        if body:
            box = self.rng.choice(body)
            box.lines[0] = letter_spaced(box.lines[0])

    def columns(self, boxes: list[Box]) -> list[Box]:
        out: list[Box] = []
        lines = 0
        for box in boxes:
            if box.kind == "body":
                if lines and lines % self.page.column_height == 0:
                    out.append(Box("colbreak"))
                lines += 1
            out.append(box)
        return out

    def head(self, brief: bool) -> list[Box]:
        story, drawn, rng = self.story, self.drawn, self.rng
        boxes = []
        if story.kicker and not brief:
            boxes.append(
                Box(
                    "head",
                    headline_pieces(story.kicker, 1 + (len(story.kicker) > 14 and rng.random() < 0.3)),
                    True,
                )
            )
        lines, count, style = headline_lines(story.title, drawn.headline_lines, drawn.headline_style)
        drawn.headline_lines, drawn.headline_style = count, style
        boxes.append(Box("head", lines, joined=True))
        if story.subtitle and not brief:
            dash = "——" if rng.random() < 0.4 else ""
            self.marks.extend(["——"] if dash else [])
            boxes.append(Box("head", [dash + story.subtitle], joined=True))
        return boxes

    def byline_box(self) -> list[Box]:
        return [Box("byline", [self.byline])] if self.byline and self.drawn.byline_place != "inline" else []

    # -- captions
    def captions(self) -> tuple[list[Box], list[dict]]:
        form, caps = self.drawn.caption, self.story.captions
        if form == "none":
            return [], []
        texted = [c for c in caps if c[0]]
        if form == "group" and len(texted) > 1:
            return self.group(texted[:3])
        if form == "group":
            self.drawn.caption = form = "source"
        boxes, gold, used = [], [], []
        for text, credit, by in caps:
            printed, words = self.caption_words(form, text, credit, by, used)
            boxes.extend(Box("caption", self.caption_lines(p)) for p in printed)
            gold.append({"text": words, "credit": credit})
        self.drawn.caption = used[0]
        return boxes, gold

    def caption_words(
        self, form: str, text: str, credit: str, by: str, used: list[str]
    ) -> tuple[list[str], str]:
        """The caption's printed lines and its words; the credit's label words go to marks."""
        took = "摄" if by == "person" else "供图"
        if not text and form not in ("provided", "credit_line"):
            form = "bare_source"
        if form == "reporter_she" and by != "person":
            form = "she_paren"
        used.append(form)
        gap = self.rng.choice((" ", "\u3000", "  "))
        if form in ("source", "bare_source"):
            self.marks.append("图片来源：")
            return [f"{text}{gap}图片来源：{credit}".strip()], text
        if form == "she_paren":
            self.marks.extend(["（", took, "）"])
            return [f"{text}（{credit} {took}）"], text
        if form == "reporter_she":
            self.marks.extend(["本报记者", took])
            return [f"{text}{gap}本报记者 {credit} {took}"], text
        if form == "tuwei":
            words = text if text.startswith("图为") else f"图为{text}"
            self.marks.append(took)
            return [f"{words}{gap}{credit} {took}"], words
        if form == "provided":
            self.marks.extend(["图片由", "提供"])
            return [f"{text}{gap}图片由{credit}提供".strip()], text
        self.marks.append(took)
        return [x for x in (text, f"{credit} {took}") if x], text

    def group(self, caps: list[tuple[str, str, str]]) -> tuple[list[Box], list[dict]]:
        """A photo group under one shared caption."""
        labels = ("上图", "下图") if len(caps) == 2 else ("左图", "中图", "右图")
        words = " ".join(f"{label}：{text}" for label, (text, _, _) in zip(labels, caps))
        credits = "、".join(dict.fromkeys(c for _, c, _ in caps))
        took = "摄" if all(by == "person" for _, _, by in caps) else "供图"
        self.marks.extend(["（", took, "）"])
        return [Box("caption", self.caption_lines(f"{words}（{credits} {took}）"))], [
            {"text": words, "credit": credits}
        ]

    def caption_lines(self, printed: str) -> list[str]:
        if self.rng.random() < 0.35:
            return break_lines(printed, None, self.drawn.measure, "words")
        return [(" " if self.rng.random() < 0.3 else "") + printed]

    # -- the whole article
    def pull_quote(self, blocks: list[Block]) -> list[Box]:
        sentences = [
            s + "。"
            for b in blocks
            if b.kind == "paragraph"
            for s in b.text.split("。")
            if 10 <= len(s) <= 30
        ]
        if "pull_quote" not in self.drawn.extras or not sentences:
            if "pull_quote" in self.drawn.extras:
                self.drawn.extras.remove("pull_quote")
            return []
        quote = self.rng.choice(sentences)
        quote = f"“{quote}”" if self.rng.random() < 0.5 else quote
        self.furniture.append(quote)
        return [
            Box("furniture", break_lines(quote, None, max(8, self.drawn.measure - 4), "words"), joined=True)
        ]

    def insert(self, body: list[Box], items: list[Box], spot: str | int) -> list[Box]:
        """Put boxes the extractor reads inside the body: at the first column break (a headline
        over the next columns), before line `spot` (a caption under the photo the text ran round),
        or between two lines anywhere (a box set into the column)."""
        if not items:
            return body
        breaks = [k for k, b in enumerate(body) if b.kind == "colbreak"]
        lines = [k for k, b in enumerate(body) if b.kind == "body"]
        if isinstance(spot, int) and lines:
            k = lines[min(spot, len(lines) - 1)]
        elif spot == "break" and breaks:
            k = breaks[0]
        else:
            k = self.rng.choice(lines[2:-1] or breaks or [len(body)])
        return body[:k] + items + body[k:]

    def set(self, brief: bool) -> Plate:
        drawn, rng = self.drawn, self.rng
        blocks = self.texts()
        self.wrap_at = (
            rng.randint(0, 5),
            rng.randint(4, 9),
            max(1, min(rng.randint(3, 6), drawn.measure - 7)),
        )
        body = self.body(blocks)
        head = self.head(brief)
        caps, gold_caps = self.captions()
        place, position = drawn.caption_place, drawn.headline
        under_photo = sum(self.wrap_at[:2]) if drawn.wrap == "photo" else "anywhere"
        body = self.insert(body, head if position == "middle" else [], "break")
        body = self.insert(body, caps if place == "middle" else [], under_photo)
        body = self.insert(body, self.pull_quote(blocks), "anywhere")
        jumps = [Box("furniture", [line]) for line in self.furniture if re.search(r"[转接]第", line)]
        boxes = (caps if place == "lead" else []) + (head if position == "before" else [])
        if position in ("grouped", "spanning") and drawn.byline_place == "top":
            drawn.byline_place = "headline"
        boxes += self.byline_box() if drawn.byline_place == "top" else []
        boxes += caps if place == "before" else []
        boxes += (
            (jumps if drawn.jump == "from_page" else []) + body + (jumps if drawn.jump == "to_page" else [])
        )
        boxes += self.byline_box() if drawn.byline_place == "bottom" else []
        boxes += (caps if place == "after" else []) + (head if position == "after" else [])
        apart = head + self.byline_box() if drawn.byline_place == "headline" else head
        apart = apart if position in ("grouped", "spanning") else []
        return Plate(self.gold(blocks, gold_caps, brief), apart, boxes, self.furniture)

    def gold(self, blocks: list[Block], captions: list[dict], brief: bool) -> dict:
        story = self.story
        lead = blocks[self.lead_index(blocks)].text
        out = {"id": story.id, "park": story.park}
        if story.parks:
            out["parks"] = story.parks
        record = self.drawn.record(self.page) | {"marks": self.marks}
        return out | {
            "kicker": "" if brief else story.kicker,
            "title": story.title,
            "subtitle": "" if brief else story.subtitle,
            "dateline": self.dateline,
            "authors": self.authors,
            "byline": self.byline,
            "blocks": [self.gold_block(b) for b in blocks],
            "captions": captions,
            "topics": story.topics,
            "summary": story.summary,
            "lead_summary": lead.split("。")[0] + "。" if "。" in lead else lead,
            "platemaker": record,
        }

    @staticmethod
    def gold_block(block: Block) -> dict:
        out = {"type": block.kind, "text": block.text}
        if block.optional:
            out["optional_break"] = True
        return out


# ---------------------------------------------------------------- the page


def furniture_lines(page: Page, rng: random.Random) -> tuple[list[str], list[str]]:
    """The page's header lines and its foot (editor and contact lines)."""
    y, m, d = page.date
    weekday = WEEKDAYS[datetime.date(y, m, d).weekday()]
    date = rng.choice(
        (f"{y}年{m}月{d}日 星期{weekday}", f"{y} 年 {m} 月 {d} 日  星期{weekday}", f"{y}.{m:02d}.{d:02d}")
    )
    if rng.random() < 0.2:
        date = date.translate(FULL_DIGITS)
    name = rng.choice(("园区", "高新区", "园区·高新区", "国家高新区", "园区经济", "科技园区"))
    number = rng.choice(
        (f"{page.number}", f"第{page.number}版", f"{page.number:02d}", f"第 {page.number} 版")
    )
    header = rng.sample([date, name, number], 3)[: rng.randint(2, 3)]
    if rng.random() < 0.3:
        header.append(rng.choice(("高新园区周刊", "科技园区报", "创新园区导刊")))
    editors = rng.sample(STAFF_NAMES, 3)
    foot = rng.choice(
        (
            [f"责任编辑：{editors[0]}  美术编辑：{editors[1]}  校对：{editors[2]}"],
            [f"责任编辑 {editors[0]}", f"版式设计 {editors[1]}", f"校对 {editors[2]}"],
            [f"本版责编：{editors[0]}  版式：{editors[1]}"],
        )
    )
    if rng.random() < 0.5:
        foot.append(
            rng.choice(
                ("新闻热线：010-6866 4021", "电子邮箱：yuanqu@example.cn", "投稿邮箱 gxq-news@example.cn")
            )
        )
    return header, foot


def positions(count: int, rng: random.Random) -> list[str]:
    """Where each main story's headline stands; a spanning one needs a story under it."""
    out: list[str] = []
    for k in range(count):
        pick = rng.choices(CONVENTIONS["headline"], (48, 10, 16, 12, 14))[0]
        if pick == "spanning" and (k == count - 1 or (out and out[-1] == "spanning")):
            pick = "before"
        out.append(pick)
    return out


def pick_stories(stories: list[Story], rng: random.Random) -> tuple[list[Story], list[Story]]:
    """The page's main stories, and a run of briefs under one banner on some pages."""
    pool = rng.sample(stories, len(stories))
    short = [
        s
        for s in pool
        if s.kind in ("short", "news") and sum(len(t) for _, t in s.body) <= 320 and len(s.body) <= 2
    ]
    briefs = short[: rng.randint(2, 4)] if len(short) >= 2 and rng.random() < 0.25 else []
    main, chars = [], 0
    for story in (s for s in pool if s not in briefs):
        size = sum(len(t) for _, t in story.body)
        if main and (chars + size > 4200 or len(main) >= 6):
            break
        main.append(story)
        chars += size
    return main, briefs


def segments(boxes: list[Box]) -> list[list[Box]]:
    """An article's columns as the extractor meets them; a short one still fills two columns."""
    out: list[list[Box]] = [[]]
    for box in boxes:
        if box.kind == "colbreak":
            out.append([])
        else:
            out[-1].append(box)
    if len(out) == 1:
        lines = [k for k, b in enumerate(boxes) if b.kind == "body"]
        if len(lines) >= 6:
            k = lines[len(lines) // 2]
            out = [boxes[:k], boxes[k:]]
    return out


def interleave(first: list[Box], second: list[Box]) -> list[Box]:
    """Read across the page rather than down the columns: the two stories' columns alternate."""
    a, b = segments(first), segments(second)
    out: list[Box] = []
    for k in range(max(len(a), len(b))):
        out += (a[k] if k < len(a) else []) + (b[k] if k < len(b) else [])
    return out


def assemble(
    plates: list[Plate], briefs: list[Plate], banner: str, page: Page, rng: random.Random
) -> list[Box]:
    heads: list[Box] = []
    units: list[tuple[list[Plate], list[Box]]] = []
    skip = False
    for k, plate in enumerate(plates):
        if skip:
            skip = False
            continue
        position = plate.gold["platemaker"]["headline"]
        if position == "grouped":
            heads += plate.head
            units.append(([plate], plate.boxes))
        elif position == "spanning":
            partner = plates[k + 1]
            if partner.gold["platemaker"]["headline"] == "grouped":
                heads += partner.head
            units.append(([plate, partner], plate.head + partner.boxes + plate.boxes))
            skip = True
        else:
            units.append(([plate], plate.boxes))
    if page.reading_order == "interleaved" and len(units) >= 2:
        (p1, b1), (p2, b2) = units[:2]
        for plate in p1 + p2:
            plate.gold["platemaker"]["reading_order"] = "interleaved"
        units[:2] = [(p1 + p2, interleave(b1, b2))]
    if briefs:
        run = [Box("furniture", [banner])] + [box for plate in briefs for box in plate.head + plate.boxes]
        units.insert(rng.randint(0, len(units)), (briefs, run))
    body = [box for _, boxes in units for box in boxes]
    return heads + body if page.heads_at == "start" else body + heads


def emit(boxes: list[Box], extractor: str) -> str:
    """The text the extractor writes for the boxes, in the order it reads them."""
    out: list[str] = []
    real = [b for b in boxes if b.kind != "colbreak" and b.lines]
    following = {id(b): boxes[k + 1] if k + 1 < len(boxes) else None for k, b in enumerate(boxes)}
    for box in real:
        nxt = following[id(box)]
        runs_on = box.kind == "body" and nxt is not None and nxt.kind == "body"
        for j, line in enumerate(box.lines):
            last = j == len(box.lines) - 1
            if extractor == "every_line":
                gap = "\n\n"
            elif extractor == "blocks":
                gap = "\n" if not last or runs_on else "\n\n"
            else:
                gap = "\n" if (box.joined and not last) or half_width(line.rstrip()[-1:] or " ") else "\n\n"
            out.append(line + gap)
    return "".join(out)


def platemaker_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """One page of raw text and its gold annotation; the same seed always gives the same page."""
    rng = random.Random(f"platemaker:{seed}")
    page = draw_page(rng)
    main, briefs = pick_stories([story_of(a) for a in articles], rng)
    plates = [
        Setter(s, draw_article(s, page, where, False, rng), page, rng).set(False)
        for s, where in zip(main, positions(len(main), rng))
    ]
    brief_plates = [
        Setter(s, draw_article(s, page, "before", True, rng), page, rng).set(True) for s in briefs
    ]
    banner = rng.choice(("简讯", "园区快讯", "■ 园区简讯", "高新区动态", "【简讯】"))
    header, foot = furniture_lines(page, rng)
    place = rng.choices(("top", "bottom", "split"), (60, 15, 25))[0]
    top = header + (foot if place == "split" else []) if place != "bottom" else []
    bottom = (foot if place == "top" else []) + (header + foot if place == "bottom" else [])
    boxes = assemble(plates, brief_plates, banner, page, rng)
    boxes = [Box("furniture", [x]) for x in top] + boxes + [Box("furniture", [x]) for x in bottom]
    furniture = top + bottom + ([banner] if briefs else [])
    for plate in plates + brief_plates:
        furniture += plate.furniture
    gold = {
        "page": "",
        "notes": "Gold annotation of a page set by tests/platemaker.py; body text as printed, "
        "whitespace aside. platemaker records the conventions each article drew.",
        "articles": [p.gold for p in plates + brief_plates],
        "furniture": furniture,
        "platemaker": {
            "extractor": page.extractor,
            "columns": page.columns,
            "measure": page.measure,
            "reading_order": page.reading_order,
            "headlines_grouped_at": page.heads_at,
            "furniture_place": place,
        },
    }
    return emit(boxes, page.extractor), gold
