"""The nineteenth page layouter: each printed line cast as one slug, the page made up from them,
then read back by a PDF extractor.

`slug_page(seed, articles)` lays 2-6 corpus articles out on one page and returns the raw text
an extractor writes (one line per printed column line) with the gold annotation a perfect parse
gives. Every article notes the conventions drawn for it under `slug:`, the page its extractor
and furniture habits.

Conventions of this hand:
- a measure of 12-22 ems per story; lines broken with kinsoku (no closing mark opens a line,
  none of （“《 ends one); a paragraph's first line two ems short (its indent lost);
- headlines above the story, between ———— rules, or below a byline set first; titles in one
  line, broken at their space or after a comma/colon/closing quote, letter-spaced, or wrapped
  at the measure; kickers above; subtitles with or without their ——;
- news datelines 本报讯（记者 X 通讯员 Y）, 本报{城市}讯（…）, a run-in 本报讯 记者 X 通讯员 Y 报道,
  or none at all with the credit closing the story （记者 X 通讯员 Y）; trailing authors on the
  last line, on a line of their own, or in brackets;
- feature bylines in a row, stacked one a line, or signed after the body （本报记者 X）;
- subheadings bare, numbered 一、, in 【】, or centred between ideographic spaces;
- captions above the headline, between two paragraphs or below the story, with the credit on
  the caption's line, on its own line, or as 图为…（X供图）;
- a story cut with （下转第N版） and a page opening with a tail after （上接第N版）;
- furniture: a page header in lines or tabbed, an editor line at the foot, between stories or
  read inside a paragraph between two of its lines;
- extractors: documented (a blank line after each line unless it ends half-width), dense,
  CRLF, two printed lines joined on one raw line, plus spaces after full-width punctuation,
  trailing spaces or kept indents.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from tests.goldtext import lead_sentence

ZONES = Path(__file__).resolve().parent.parent / "data" / "hitech_zones.tsv"

CLOSING_MARKS = set("，。、；：？！）》”’」』…—")
OPENING_MARKS = set("（《“‘「『")
HEADING_NUMBERS = "一二三四五六七八九十"
EDITORS = ("阿不都热依木", "闫晓丽", "那仁花", "索朗", "覃柳", "仇一帆", "禄丽", "郦雯")
WEEKDAYS = "一二三四五六日"

CHOICES: dict[str, tuple[str, ...]] = {
    "measure": ("narrow", "medium", "wide"),
    "headline": ("above", "ruled", "byline_first"),
    "title": ("one_line", "broken", "spaced", "wrapped"),
    "subtitle": ("none", "dash", "no_dash"),
    "dateline": ("none", "paren", "city", "report_line", "closing"),
    "trailing": ("none", "same_line", "own_line", "bracketed"),
    "byline": ("none", "row", "stacked", "signed"),
    "subheading": ("none", "bare", "numbered", "bracketed", "centred"),
    "caption": ("none", "above_title", "between_paragraphs", "below_story"),
    "credit": ("none", "same_line", "own_line", "tuwei"),
    "jump": ("none", "cut", "tail"),
}
PAGE_CHOICES: dict[str, tuple[str, ...]] = {
    "extractor": ("documented", "dense", "crlf", "joined_pairs"),
    "header": ("lines", "tabbed"),
    "editor_line": ("foot", "between_stories", "inside_paragraph"),
    "spacing": ("none", "after_punctuation", "trailing", "kept_indent"),
}
MEASURES = {"narrow": (12, 15), "medium": (16, 18), "wide": (19, 22)}


@dataclass
class Slug:
    """One printed line: its text and what it belongs to."""

    text: str
    kind: str  # body | head | furniture
    paragraph: int = -1  # lines of one paragraph share a number (body lines only)
    first: bool = False  # a paragraph's first line


@dataclass
class Forme:
    """The page being made up: its lines in reading order and its furniture."""

    slugs: list[Slug] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    paragraphs: int = 0

    def head(self, text: str) -> None:
        self.slugs.append(Slug(text, "head"))

    def furnish(self, text: str) -> None:
        self.slugs.append(Slug(text, "furniture"))
        self.furniture.append(text)

    def paragraph(self, text: str, measure: int) -> None:
        self.paragraphs += 1
        for k, line in enumerate(cast_lines(text, measure)):
            self.slugs.append(Slug(line, "body", self.paragraphs, k == 0))


@cache
def zone_cities() -> dict[str, str]:
    rows = [row.split("\t") for row in ZONES.read_text(encoding="utf-8").splitlines()[1:]]
    return {cells[0]: cells[4].removesuffix("市") for cells in rows if len(cells) > 4}


def city_of(park: str) -> str:
    """The city a 本报X讯 dateline names; a park not in the list gives a plain 本报讯."""
    return zone_cities().get(park, "")


def width(ch: str) -> float:
    return 0.5 if ch.isascii() else 1.0


def cast_lines(text: str, measure: int) -> list[str]:
    """The paragraph's printed lines: the first two ems short, a closing mark hung on the line
    before, an opening mark carried to the next line (kinsoku)."""
    lines: list[str] = []
    line, used, room = "", 0.0, measure - 2
    for ch in text:
        if used + width(ch) > room and line and ch not in CLOSING_MARKS:
            carried = ""
            while line and line[-1] in OPENING_MARKS:
                carried, line = line[-1] + carried, line[:-1]
            lines.append(line)
            line, used, room = carried, sum(map(width, carried)), measure
            if ch == " " and not line:
                continue  # the space a line breaks at is not printed
        line += ch
        used += width(ch)
    if line:
        lines.append(line)
    return lines


def title_lines(title: str, form: str, measure: int) -> list[str]:
    if form == "spaced":
        return [" ".join(title.replace(" ", ""))]
    if form == "wrapped" and len(title) > measure:
        return [title[:measure], title[measure:]]
    if form == "broken":
        return broken_title(title)
    return [title]


def broken_title(title: str) -> list[str]:
    """A two-line title broken at its space, else after a comma, colon or closing quote."""
    if " " in title:
        head, _, tail = title.partition(" ")
        return [head, tail]
    for k, ch in enumerate(title[:-2]):
        if ch in "，：”" and k >= 2:
            return [title[: k + 1], title[k + 1 :]]
    middle = len(title) // 2
    return [title[:middle], title[middle:]]


def draw(rng: random.Random, name: str, allowed: tuple[str, ...] | None = None) -> str:
    return rng.choice(allowed or CHOICES[name])


def credit_words(authors: list[dict]) -> str:
    """Names as a dateline credits them: 记者 X 通讯员 Y (本报 is said once, by 本报讯)."""
    return " ".join(f"{a['role'].removeprefix('本报')} {a['name']}" for a in authors)


def byline_text(authors: list[dict]) -> list[str]:
    return [f"{a['role']} {a['name']}" for a in authors]


class StoryCaster:
    """Lays one article out onto the forme and writes its gold."""

    def __init__(self, rng: random.Random, article: dict, forme: Forme) -> None:
        self.rng, self.article, self.forme = rng, article, forme
        band = draw(rng, "measure")
        self.measure = rng.randint(*MEASURES[band])
        self.drawn: dict[str, str] = {"measure": band, "credit": "none"}
        self.headings = 0
        authors = [a for a in article.get("authors") or [] if a.get("name")]
        self.trailing = [a for a in authors if a.get("trailing") or not a.get("role")]
        self.credited = [a for a in authors if a not in self.trailing]
        self.gold = {
            "id": article.get("id", ""),
            "park": article.get("park", ""),
            "kicker": "",
            "title": "",
            "subtitle": "",
            "dateline": "",
            "authors": [a["name"] for a in authors],
            "byline": "",
            "blocks": [],
            "captions": [],
            "topics": list(article.get("topics") or []),
            "summary": article.get("summary", ""),
        }

    # --- the whole story --------------------------------------------------------------

    def cast(self, jump: str) -> dict:
        self.drawn["jump"] = jump
        body = [str(p) for p in self.article.get("body") or [] if str(p).strip()]
        if jump == "tail":
            self.cast_tail(body)
        else:
            self.cast_story(body, jump)
        self.gold["lead_summary"] = lead_sentence(self.gold["blocks"])
        self.gold["slug"] = self.drawn
        return self.gold

    def cast_tail(self, body: list[str]) -> None:
        """A page opening with the tail of a story begun on another page: no headline."""
        self.forme.furnish(f"（上接第{self.rng.randint(1, 4)}版）")
        self.gold["authors"] = [a["name"] for a in self.trailing]
        tail = body[-self.rng.randint(1, min(2, len(body))) :]
        self.drawn |= dict.fromkeys(("headline", "title", "subtitle", "dateline", "byline"), "none")
        self.drawn["caption"] = "none"
        self.draw_subheading(tail)
        self.cast_body(tail, "")
        self.cast_trailing()

    def cast_story(self, body: list[str], jump: str) -> None:
        rng = self.rng
        if jump != "cut" or len(body) < 2:
            self.drawn["jump"] = jump = "none"
        caption = self.article.get("caption") or {}
        self.drawn["caption"] = draw(rng, "caption", None if caption else ("none",))
        feature = self.article.get("kind") == "feature"
        # a story cut at the foot of the page keeps its credit at its top
        datelines = ("paren", "city", "report_line") + (("closing",) if jump == "none" else ())
        bylines = ("row", "stacked") + (("signed",) if jump == "none" else ())
        news, signed = self.credited and not feature, self.credited and feature
        self.drawn["dateline"] = draw(rng, "dateline", datelines if news else ("none",))
        self.drawn["byline"] = draw(rng, "byline", bylines if signed else ("none",))
        if self.drawn["caption"] == "above_title":
            self.cast_caption(caption)
        top_byline = self.drawn["byline"] in ("row", "stacked")
        headline = draw(rng, "headline", None if top_byline else ("above", "ruled"))
        self.drawn["headline"] = headline
        if headline == "byline_first":
            self.cast_byline()
        self.cast_headline(headline)
        if headline != "byline_first":
            self.cast_byline()
        if jump == "cut":
            body = body[: rng.randint(1, len(body) - 1)]
        self.draw_subheading(body)
        split = self.drawn["caption"] == "between_paragraphs" and len(body) > 1
        if self.drawn["caption"] == "between_paragraphs" and not split:
            self.drawn["caption"] = "below_story"
        middle = rng.randint(1, len(body) - 1) if split else len(body)
        self.cast_body(body[:middle], self.dateline_lead())
        if split:
            self.cast_caption(caption)
            self.cast_body(body[middle:], "")
        if jump == "cut":
            self.forme.furnish(f"（下转第{rng.randint(5, 8)}版）")
            self.drawn["trailing"] = "none"
            self.gold["authors"] = [a["name"] for a in self.credited]
        else:
            self.cast_closing()
            self.cast_trailing()
        if self.drawn["caption"] == "below_story":
            self.cast_caption(caption)

    # --- headlines ----------------------------------------------------------------------

    def cast_headline(self, placement: str) -> None:
        rng, article = self.rng, self.article
        if placement == "ruled":
            self.forme.furnish("—" * self.measure)
        kicker = str(article.get("kicker") or "")
        if kicker:
            self.forme.head(kicker)
            self.gold["kicker"] = kicker
        title = str(article.get("title") or "")
        self.gold["title"] = title
        form = draw(rng, "title")
        self.drawn["title"] = form
        for line in title_lines(title, form, self.measure):
            self.forme.head(line)
        subtitle = str(article.get("subtitle") or "")
        self.drawn["subtitle"] = draw(rng, "subtitle", ("dash", "no_dash") if subtitle else ("none",))
        if self.drawn["subtitle"] == "no_dash":
            subtitle = subtitle.lstrip("—").strip()
        if subtitle:
            self.forme.head(subtitle)
            self.gold["subtitle"] = subtitle
        if placement == "ruled":
            self.forme.furnish("—" * self.measure)

    def cast_byline(self) -> None:
        form = self.drawn["byline"]
        if form not in ("row", "stacked"):
            return
        parts = byline_text(self.credited)
        lines = ["　".join(parts)] if form == "row" else parts
        for line in lines:
            self.forme.head(line)
        self.gold["byline"] = " ".join(lines)

    # --- the body -----------------------------------------------------------------------

    def dateline_lead(self) -> str:
        form = self.drawn["dateline"]
        credit = credit_words(self.credited)
        if form == "paren":
            dateline = f"本报讯（{credit}）"
        elif form == "city":
            dateline = f"本报{city_of(self.gold['park'])}讯（{credit}）"
        elif form == "report_line":
            dateline = f"本报讯 {credit} 报道"
        else:
            return ""
        self.gold["dateline"] = dateline
        return dateline + ("　" if form == "report_line" else "")

    def draw_subheading(self, body: list[str]) -> None:
        styles = CHOICES["subheading"][1:] if any(p.startswith("## ") for p in body) else ("none",)
        self.drawn["subheading"] = draw(self.rng, "subheading", styles)

    def cast_body(self, paragraphs: list[str], lead: str) -> None:
        """Paragraphs and subheadings; the dateline runs into the first paragraph."""
        for text in paragraphs:
            if text.startswith("## "):
                self.headings += 1
                self.cast_heading(text[3:].strip(), self.drawn["subheading"], self.headings)
                continue
            self.forme.paragraph(lead + text, self.measure)
            lead = ""
            self.gold["blocks"].append({"type": "paragraph", "text": text})

    def cast_heading(self, text: str, style: str, number: int) -> None:
        if style == "numbered":
            text = f"{HEADING_NUMBERS[(number - 1) % 10]}、{text}"
        elif style == "bracketed":
            text = f"【{text}】"
        self.forme.head(f"　　{text}　　" if style == "centred" else text)
        self.gold["blocks"].append({"type": "heading", "text": text})

    def cast_closing(self) -> None:
        if self.drawn["dateline"] == "closing":
            closing = f"（{credit_words(self.credited)}）"
            self.forme.head(closing)
            self.gold["dateline"] = closing
        elif self.drawn["byline"] == "signed":
            signed = f"（{'　'.join(byline_text(self.credited))}）"
            self.forme.head(signed)
            self.gold["byline"] = signed

    def cast_trailing(self) -> None:
        if not self.trailing:
            self.drawn["trailing"] = "none"
            return
        form = draw(self.rng, "trailing", CHOICES["trailing"][1:])
        self.drawn["trailing"] = form
        names = " ".join(a["name"] for a in self.trailing)
        shown = f"（{names}）" if form == "bracketed" else names
        last = self.forme.slugs[-1]
        if form == "same_line" and last.kind == "body":
            last.text += f"　{shown}"
        else:
            self.forme.head(f"　　　　{shown}")
        self.gold["byline"] = " ".join(filter(None, (self.gold["byline"], shown)))

    def cast_caption(self, caption: dict) -> None:
        text, credit = str(caption.get("text") or ""), str(caption.get("credit") or "")
        forms = ("same_line", "own_line", "tuwei") if text else ("own_line",)
        form = draw(self.rng, "credit", forms if credit else ("none",))
        self.drawn["credit"] = form
        author = credit in self.gold["authors"]
        label = "摄" if author else "供图"
        if form == "tuwei":
            shown = f"图为{text.removesuffix('。')}（{credit}{label}）"
            self.forme.head(shown)
            gold = {"text": f"图为{text.removesuffix('。')}", "credit": credit, "label": f"（{label}）"}
        else:
            lines = [text] if text else []
            signed = f"{'本报记者 ' if author else ''}{credit} {label}" if credit else ""
            if form == "same_line" and lines:
                lines[0] += f"　{signed}"
            elif signed:
                lines.append(signed)
            for line in lines:
                self.forme.head(line)
            gold = {"text": text, "credit": credit, "label": signed.replace(credit, "", 1).replace(" ", "")}
        self.gold["captions"].append(gold)


# --- the page ---------------------------------------------------------------------------


def page_header(rng: random.Random, form: str) -> list[str]:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    weekday, number = rng.choice(WEEKDAYS), rng.randint(2, 8)
    parts = [f"2024年{month}月{day}日", f"星期{weekday}", "园区·创新", f"第{number}版"]
    return ["\t".join(parts)] if form == "tabbed" else parts


def editor_line(rng: random.Random) -> str:
    first, second = rng.sample(EDITORS, 2)
    return f"责任编辑：{first}　版式：{second}"


def place_editor_line(forme: Forme, line: str, where: str, story_ends: list[int], rng: random.Random) -> None:
    """The editor line at the foot, at a story boundary, or read into a paragraph between two of
    its lines (an extractor taking a box beside the column in the middle of it)."""
    if where == "between_stories" and len(story_ends) > 1:
        at = story_ends[rng.randrange(len(story_ends) - 1)]
    elif where == "inside_paragraph":
        inside = [
            k
            for k in range(1, len(forme.slugs))
            if forme.slugs[k].kind == "body" and forme.slugs[k - 1].paragraph == forme.slugs[k].paragraph
        ]
        at = rng.choice(inside) if inside else len(forme.slugs)
    else:
        at = len(forme.slugs)
    forme.slugs.insert(at, Slug(line, "furniture"))
    forme.furniture.append(line)


def read_back(slugs: list[Slug], extractor: str, spacing: str) -> str:
    lines = [spaced(s, spacing) for s in slugs]
    if extractor == "joined_pairs":
        lines = joined_pairs(slugs, lines)
    if extractor == "dense":
        return "\n".join(lines) + "\n"
    ending = "\r\n" if extractor == "crlf" else "\n"
    out = []
    for line in lines:
        half_width = bool(line.rstrip()) and line.rstrip()[-1].isascii()
        out.append(line + ending + ("" if half_width else ending))
    return "".join(out)


def spaced(slug: Slug, spacing: str) -> str:
    if slug.kind != "body":
        return slug.text
    if spacing == "after_punctuation":
        return "".join(ch + " " if ch in "，。、；：" else ch for ch in slug.text).rstrip(" ")
    if spacing == "trailing":
        return slug.text + "  "
    if spacing == "kept_indent" and slug.first:
        return "　　" + slug.text
    return slug.text


def joined_pairs(slugs: list[Slug], lines: list[str]) -> list[str]:
    """Two printed lines of one paragraph read onto one raw line, a run of spaces between."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        pair = k + 1 < len(lines) and slugs[k].kind == "body" and slugs[k + 1].paragraph == slugs[k].paragraph
        out.append(f"{lines[k]}   {lines[k + 1]}" if pair else lines[k])
        k += 2 if pair else 1
    return out


def is_paragraph(text: object) -> bool:
    return bool(str(text).strip()) and not str(text).startswith("## ")


def slug_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """The raw text of one page laid out from `articles`, and its gold."""
    rng = random.Random(seed)
    usable = [a for a in articles if any(is_paragraph(p) for p in a.get("body") or [])]
    chosen = rng.sample(usable, min(len(usable), rng.randint(2, 6)))
    page = {name: rng.choice(values) for name, values in PAGE_CHOICES.items()}
    forme = Forme()
    for line in page_header(rng, page["header"]):
        forme.furnish(line)
    jumps = ["none"] * len(chosen)
    if len(chosen) > 1 and rng.random() < 0.3:
        jumps[0] = "tail"
    if rng.random() < 0.3:
        jumps[-1] = "cut"
    gold_articles, story_ends = [], []
    for article, jump in zip(chosen, jumps, strict=True):
        gold_articles.append(StoryCaster(rng, article, forme).cast(jump))
        story_ends.append(len(forme.slugs))
    place_editor_line(forme, editor_line(rng), page["editor_line"], story_ends, rng)
    raw = read_back(forme.slugs, page["extractor"], page["spacing"])
    gold = {"page": "", "slug": page, "furniture": forme.furniture, "articles": gold_articles}
    return raw, gold
