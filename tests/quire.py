"""The thirty-third layouter: a big city's evening paper lays out its weekly park pull-out.

A tabloid 园区周刊 page as its design desk makes it up: four to seven narrow columns (8-16 ems,
with kinsoku: no line opens on a closing mark or ends on an opening one), a display lead whose
huge headline runs across the page with a deck (导语, the first paragraph set larger) before the
body, pull quotes set apart in the middle of a story (and printed again in the body), fact boxes
(数读 / 小贴士 / a plain grid) made of an article's table, a 链接 box on the park, an interview
set as a 一问一答 sidebar, a strip of 园区快讯 one-liners each with its title in 【】 or after
●/▲, photos with long captions under them, credits in the tabloid's forms, a page-top strip
(园区周刊 · 第N期 · 主编 …), a folio with the section name, a 新闻热线 line, a 扫码 line and a
classified advertisement.

The page is then read by one of several text extractors, each with the habits it is documented to
have (EXTRACTOR_WEIGHTS, HABITS). The gold holds the articles as printed: ornaments (【】 ● ▲ ■ ▍ ①),
box labels, pull quotes, page furniture and an extractor's own markup (#, |, image lines) are
page furniture, so that every non-whitespace character of the raw page is in exactly one place.

    raw, gold = quire_page(seed, articles)
"""

from __future__ import annotations

import csv
import datetime
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

# ------------------------------------------------------------------------------------------ conventions

# What the design desk varies per article; the gold's `quire:` mapping of each article names the
# value it took.
CONVENTIONS: dict[str, tuple] = {
    "placement": ("display_lead", "story", "photo_story", "kuaixun"),
    "credit": ("dateline", "byline", "wen_tu", "closing", "trailing", "wire", "compiled", "none"),
    "reporter_title": ("晚报记者", "记者", "首席记者", "见习记者"),
    "headline_place": ("before_body", "after_body", "grouped", "run_in"),
    "display": ("one_line", "two_lines", "letter_spaced"),
    "subtitle": ("dashes", "bare"),
    "subheading": ("plain", "bracket", "bar", "square", "bold_run_in"),
    "deck": ("deck", "none"),
    "pull_quote": ("quoted", "bare", "none"),
    "table": ("grid", "shudu", "tips"),
    "caption_credit": ("as_given", "reporter_she", "name_slash_she", "tu_slash", "parens"),
    "qa": ("sidebar", "inline"),
    "link_box": ("link", "none"),
    "kuaixun_mark": ("bracket", "dot", "triangle"),
    "measure": tuple(range(8, 17)),
    "columns": (1, 2, 3, 4),
}

# What varies per page; the gold's `quire_page:` mapping names the values.
PAGE_CONVENTIONS: dict[str, tuple] = {
    "columns": (4, 5, 6, 7),
    "strip": ("dots", "bars", "spaces"),
    "folio": ("number_first", "section_first", "pipe"),
    "folio_place": ("top", "bottom"),
    "kuaixun_label": ("园区快讯", "快讯", "园区速递"),
    "hotline": ("新闻热线", "爆料电话", "both"),
    "qr": ("qr", "none"),
    "advert": ("recruitment", "property", "none"),
}

# Who reads the page and how often. `documented` is the reader of the sample page: a blank line
# after every line except one that ends in a half-width character, headlines apart from their
# bodies, spaces around numbers, letter-spaced lines. The others are real tools' habits.
EXTRACTOR_WEIGHTS: dict[str, float] = {
    "documented": 0.20,
    "pypdf-extract-text": 0.12,
    "itext-location-strategy": 0.10,
    "docling-markdown": 0.12,
    "marker-markdown": 0.10,
    "evince-copy": 0.12,
    "sumatrapdf-copy": 0.12,
    "tika-text": 0.12,
}

# The habits each reader brings (names used in the gold's extractor_habits and by the tests).
HABITS: dict[str, tuple[str, ...]] = {
    # the sample's reader: each printed line a line, a blank line after it unless it ends in a
    # half-width character; headlines after their bodies or grouped; numbers spaced off; a
    # justified line letter-spaced; the page's first line opens with a space
    "documented": (
        "blank_after_line",
        "headlines_apart",
        "number_spacing",
        "letter_spacing",
        "leading_space",
    ),
    # pypdf's extract_text: content-stream order (master items, then each text frame, headline
    # frames drawn after their stories), one newline per text line, spaces where a TJ offset is wide
    "pypdf-extract-text": ("stream_order", "single_newlines", "tj_spaces"),
    # iText's LocationTextExtractionStrategy sorts chunks by baseline: lines of side-by-side columns
    # come out joined on one line with a space between the chunks
    "itext-location-strategy": ("baseline_merge", "single_newlines"),
    # Docling's Markdown export: paragraphs reflowed (lines joined with spaces), ## section
    # headers, # for the title, <!-- image --> for pictures, pipe tables, "- " list items
    "docling-markdown": ("reflow", "markdown_headings", "image_comment", "pipe_tables", "list_items"),
    # Marker's Markdown: headings levelled by size (#, ##, ###), ![](_page_0_Picture_N.jpeg) images,
    # pipe tables, bold lead-ins as **…**, paragraphs reflowed without spaces
    "marker-markdown": ("reflow", "levelled_headings", "image_links", "pipe_tables", "bold_markup"),
    # Evince/Okular copy of the whole page (poppler, reading order): one newline per line, no blanks
    "evince-copy": ("reading_order", "single_newlines"),
    # SumatraPDF's copy (MuPDF structured text, Windows clipboard): CR+LF after every line, no
    # blank lines (it copies neither blank lines nor leading spaces)
    "sumatrapdf-copy": ("reading_order", "crlf"),
    # Apache Tika's text (PDFBox, sortByPosition off): stream order, a blank line between PDFBox
    # paragraphs, the page opening with an empty line
    "tika-text": ("stream_order", "paragraph_blank_lines", "leading_newline"),
}

STREAM_READERS = {"pypdf-extract-text", "tika-text"}
MARKDOWN_READERS = {"docling-markdown", "marker-markdown"}

# ------------------------------------------------------------------------------------------ line setting

# No line may open on these (they hang on the line before), nor end on the openers.
NO_LINE_START = set("，。、；：？！”’）》」』】〕…—%·,.;:?!)]")
NO_LINE_END = set("“‘（《「『【〔([")
TOKEN = re.compile(r"——|……|[A-Za-z0-9.%+&/]+-?|\s+|.", re.S)
ORNAMENTS = "【】●▲■▍①②③④⑤⑥⑦⑧⑨⑩"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def ems(text: str) -> float:
    """Printed width in ems: a half-width character is half an em."""
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in text)


def set_lines(text: str, measure: int, indent: int = 0) -> list[str]:
    """Break text into lines of `measure` ems, the first `indent` ems shorter, with kinsoku:
    a closing mark hangs on the line it would open, an opening mark moves down with its word."""
    lines: list[str] = []
    line, room = "", measure - indent
    for token in TOKEN.findall(text):
        if line and ems(line) + ems(token) > room and token[0] not in NO_LINE_START:
            carried = ""
            while line and line[-1] in NO_LINE_END:
                line, carried = line[:-1], line[-1] + carried
            if line.strip():
                lines.append(line.strip())
            line, room = carried, measure
            if token.isspace():
                continue
        line += token
    if line.strip():
        lines.append(line.strip())
    return lines


def half_width_end(line: str) -> bool:
    return bool(line) and ord(line[-1]) < 128 and not line[-1].isspace()


def squeeze(text: str) -> str:
    """Text as the gold holds body text: whitespace-free."""
    return re.sub(r"\s+", "", text)


# ------------------------------------------------------------------------------------------ blocks


@dataclass
class Block:
    """One printed element of the page, in its lines as set at its measure."""

    kind: str  # furniture, headline, deck, paragraph, heading, run_in, credit, caption, image,
    # pull, label, row, advert
    lines: list[str]
    story: str = ""  # the story it belongs to ('' for page furniture)
    level: int = 0  # headline size: 1 the display title, 2 a story's title, 3 a subheading
    marks: list[str] = field(default_factory=list)  # ornaments printed in the lines: furniture
    cells: list[str] = field(default_factory=list)  # a table row's cells (grid rows only)
    bold: str = ""  # a bold lead-in printed at the start of the lines (Marker marks it up)
    furniture: bool = False  # the whole block is page furniture (gold `furniture`)


@dataclass
class Story:
    """An article as the desk set it: its headline blocks, its flow (body) and its extras."""

    key: str
    headline: list[Block]
    flow: list[Block]
    after: list[Block]  # photos and captions, closing furniture of the story
    columns: int
    placement: str


# ------------------------------------------------------------------------------------------ corpus access


def body_items(article: dict) -> list[tuple[str, str]]:
    """The body as (type, text): 'heading' for a "## " line, else 'paragraph'."""
    items = []
    for text in article.get("body") or []:
        text = str(text)
        if text.startswith("## "):
            items.append(("heading", text[3:].strip()))
        elif text.strip():
            items.append(("paragraph", text.strip()))
    return items


def article_captions(article: dict) -> list[dict]:
    """Captions of either shape: a list under `captions` or one under `caption`."""
    captions = article.get("captions")
    if captions is None and isinstance(article.get("caption"), dict):
        captions = [article["caption"]]
    return [c for c in captions or [] if isinstance(c, dict) and (c.get("text") or c.get("credit"))]


def authors_of(article: dict) -> list[dict]:
    return [a for a in article.get("authors") or [] if isinstance(a, dict) and str(a.get("name", "")).strip()]


def body_chars(article: dict) -> int:
    return sum(len(squeeze(text)) for kind, text in body_items(article) if kind == "paragraph")


def is_short(article: dict, corpus_has_shorts: bool) -> bool:
    """A brief for the 快讯 strip: a short item, or, in a corpus without them, any brief without
    subheadings, pictures or table."""
    if corpus_has_shorts or article.get("kind") == "short":
        return article.get("kind") == "short"
    plain = all(kind == "paragraph" for kind, _ in body_items(article))
    return article.get("kind") not in {"photo", "feature", "interview", "measures", "commentary"} and (
        plain and not article_captions(article) and not article.get("table") and body_chars(article) <= 320
    )


ZONES = Path(__file__).resolve().parent.parent / "data" / "hitech_zones.tsv"


@cache
def zone_rows() -> dict[str, dict]:
    """data/hitech_zones.tsv by official name (none when the file is missing)."""
    if not ZONES.exists():
        return {}
    with open(ZONES, encoding="utf-8") as f:
        return {row["official_name"]: row for row in csv.DictReader(f, delimiter="\t")}


def park_row(article: dict) -> dict | None:
    return zone_rows().get(str(article.get("park") or ""))


def is_qa(article: dict) -> bool:
    return any(re.match(r"^(问|答|记者)[：:]", text) for _, text in body_items(article))


# ------------------------------------------------------------------------------------------ credits


def printed_role(role: str, reporter_title: str) -> str:
    """The role as the evening paper prints it: its reporters under the desk's chosen title."""
    role = str(role or "").strip()
    if role in {"记者", "本报记者"}:
        return reporter_title
    return role.replace("本报", "")


def credit_text(authors: list[dict], reporter_title: str) -> str:
    """'晚报记者 A、B 通讯员 C': names grouped under their printed roles, in order."""
    groups: list[tuple[str, list[str]]] = []
    for author in authors:
        role = printed_role(author.get("role", ""), reporter_title)
        if groups and groups[-1][0] == role:
            groups[-1][1].append(str(author["name"]).strip())
        else:
            groups.append((role, [str(author["name"]).strip()]))
    return " ".join(f"{role} {'、'.join(names)}".strip() for role, names in groups)


def choose_credit(rng: random.Random, article: dict, placement: str) -> str:
    authors, dateline = authors_of(article), str(article.get("dateline") or "")
    if placement == "kuaixun":
        options = ["closing", "trailing", "none"] if authors else ["none"]
        return rng.choice(options + (["wire", "compiled"] if rng.random() < 0.3 else []))
    if not authors:
        return "dateline" if dateline.startswith("本报讯") else rng.choice(["wire", "compiled", "none"])
    options = ["byline", "closing", "trailing"]
    if dateline.startswith("本报讯"):
        options += ["dateline", "dateline"]
    if article_captions(article) or len(authors) >= 2:
        options.append("wen_tu")
    return rng.choice(options)


def wen_tu_credit(rng: random.Random, authors: list[dict], reporter_title: str) -> str:
    """'文/A 图/B', or '记者 A 通讯员 B 文/图' when the writers took the pictures too."""
    names = [str(a["name"]).strip() for a in authors]
    if len(names) >= 2 and rng.random() < 0.6:
        return f"文/{'、'.join(names[:-1])} 图/{names[-1]}"
    return f"{credit_text(authors, reporter_title)} 文/图"


# ------------------------------------------------------------------------------------------ the article


@dataclass
class Setting:
    """What the desk decided for one article; becomes the gold's `quire:` mapping."""

    placement: str
    credit: str
    reporter_title: str
    headline_place: str
    measure: int
    columns: int
    display: str = ""
    subtitle: str = ""
    subheading: str = ""
    deck: str = "none"
    pull_quote: str = "none"
    table: str = ""
    caption_credit: str = ""
    qa: str = ""
    link_box: str = ""
    kuaixun_mark: str = ""

    def conventions(self) -> dict:
        return {key: value for key, value in self.__dict__.items() if value != ""}


class ArticleSetter:
    """Sets one article: its blocks for the page and its gold annotation."""

    def __init__(self, rng: random.Random, article: dict, setting: Setting):
        self.rng, self.article, self.s = rng, article, setting
        self.key = str(article.get("id") or f"article-{rng.randrange(10**6)}")
        self.authors = authors_of(article)
        self.items = body_items(article)
        self.gold_blocks: list[dict] = []
        self.dateline = ""
        self.byline = ""
        self.gold_authors: list[str] = []
        self.gold_captions: list[dict] = []
        self.title_alternatives: list[str] = []

    # ------------------------------------------------------------------ credits
    def plan_credit(self) -> tuple[str, str, str]:
        """(text opening the first paragraph, credit line before the body, text closing the last)."""
        s, names = self.s, [str(a["name"]).strip() for a in self.authors]
        credit = credit_text(self.authors, s.reporter_title)
        dateline = str(self.article.get("dateline") or "")
        opening = closing = byline = ""
        if s.credit == "dateline":
            self.dateline = f"本报讯（{credit}）" if credit else "本报讯"
            opening = self.dateline
        elif s.credit == "wire":
            self.dateline = "据新华社电"
            opening = self.dateline + " "
        elif s.credit == "compiled":
            self.dateline = "本报综合"
            opening = self.dateline + " "
        elif dateline.startswith("本报讯") and s.placement != "kuaixun":
            self.dateline = "本报讯"
            opening = "本报讯 "
        if s.credit == "byline":
            byline = credit
        elif s.credit == "wen_tu":
            byline = wen_tu_credit(self.rng, self.authors, s.reporter_title)
        elif s.credit == "closing":
            closing = f"（{credit}）"
        elif s.credit == "trailing":
            closing = " ".join(names)
        if s.credit in {"byline", "wen_tu", "closing", "trailing"}:
            self.byline = byline or closing
        if s.credit in {"dateline", "byline", "wen_tu", "closing", "trailing"}:
            self.gold_authors = names
        return opening, byline, closing

    # ------------------------------------------------------------------ headlines
    def headline_blocks(self) -> list[Block]:
        s, a = self.s, self.article
        blocks = []
        if a.get("kicker"):
            blocks.append(Block("headline", [str(a["kicker"]).strip()], self.key, level=3))
        blocks.append(Block("headline", self.title_lines(), self.key, level=1 if s.display else 2))
        if a.get("subtitle"):
            sub = str(a["subtitle"]).strip()
            blocks.append(
                Block("headline", [("——" + sub) if s.subtitle == "dashes" else sub], self.key, level=3)
            )
        return blocks

    def title_lines(self) -> list[str]:
        title = str(self.article.get("title") or "").strip()
        if self.s.display == "two_lines" or (not self.s.display and " " in title and ems(title) > 14):
            parts = (
                title.split(" ", 1) if " " in title else [title[: len(title) // 2], title[len(title) // 2 :]]
            )
            return [p.strip() for p in parts if p.strip()]
        if self.s.display == "letter_spaced":
            return [" ".join(ch for ch in title if not ch.isspace())]
        return [title]

    # ------------------------------------------------------------------ body
    def set_body(self, opening: str, closing: str) -> list[Block]:
        flow: list[Block] = []
        paragraphs = [i for i, (kind, _) in enumerate(self.items) if kind == "paragraph"]
        table_after = self.table_position(len(paragraphs))
        paragraph_number = 0
        first_paragraph = True
        if table_after == 0:
            flow += self.table_blocks()
        for index, (kind, text) in enumerate(self.items):
            if kind == "heading":
                flow += self.heading_blocks(text, index)
                continue
            paragraph_number += 1
            printed = text
            gold_text = squeeze(text)
            if first_paragraph:
                printed = opening + printed
                if self.dateline.startswith("本报讯"):
                    gold_text = squeeze(self.dateline) + gold_text
                first_paragraph = False
            blocks = self.paragraph_blocks(printed, index, first=paragraph_number == 1)
            if index == paragraphs[-1] and closing:
                self.close_with(blocks[-1], closing)
            flow += blocks
            self.gold_blocks.append({"type": "paragraph", "text": gold_text})
            if paragraph_number == table_after:
                flow += self.table_blocks()
        return flow

    def close_with(self, block: Block, closing: str) -> None:
        """The closing credit after the last sentence, on its line when it fits (a space before a
        bare name), else on a line of its own: a name is never broken."""
        gap = " " if self.s.credit == "trailing" else ""
        if block.lines and ems(block.lines[-1] + gap + closing) <= self.s.measure + 1:
            block.lines[-1] += gap + closing
        else:
            block.lines.append(closing)

    def heading_blocks(self, text: str, index: int) -> list[Block]:
        """A subheading as the desk prints it: plain, in 【】, after ▍ or ■, or a bold lead-in
        run into the paragraph after it (set with that paragraph)."""
        self.gold_blocks.append({"type": "heading", "text": squeeze(text)})
        form = self.s.subheading
        if form == "bracket" and not text.startswith("【"):
            return [Block("heading", [f"【{text}】"], self.key, level=3, marks=["【】"])]
        if form in {"bar", "square"}:
            mark = "▍" if form == "bar" else "■"
            return [Block("heading", [f"{mark}{text}"], self.key, level=3, marks=[mark])]
        if form == "bold_run_in" and index + 1 < len(self.items) and self.items[index + 1][0] == "paragraph":
            self.pending_run_in = text
            return []
        return [Block("heading", set_lines(text, max(self.s.measure, 8)), self.key, level=3)]

    def paragraph_blocks(self, printed: str, index: int, first: bool) -> list[Block]:
        run_in = getattr(self, "pending_run_in", "")
        if run_in:
            self.pending_run_in = ""
            lines = set_lines(f"{run_in} {printed}", self.s.measure)
            return [Block("run_in", lines, self.key, bold=run_in)]
        if first and self.s.deck == "deck":
            return [Block("deck", set_lines(printed, self.s.measure * 2), self.key)]
        return [Block("paragraph", set_lines(printed, self.s.measure, indent=2), self.key)]

    def table_position(self, paragraph_count: int) -> int:
        table = self.article.get("table")
        if not isinstance(table, dict) or not table.get("rows"):
            return -1
        return min(int(table.get("after") or 0), paragraph_count)

    def table_blocks(self) -> list[Block]:
        """The article's table as the desk boxes it; its rows are article text, one paragraph each."""
        rows = [[str(c).strip() for c in row] for row in self.article["table"]["rows"] if row]
        form = self.s.table
        blocks: list[Block] = []
        if form in {"shudu", "tips"}:
            label = "数读" if form == "shudu" else "小贴士"
            blocks.append(Block("label", [label], self.key, furniture=True))
        for number, row in enumerate(rows):
            gold = squeeze("".join(row))
            entry = {"type": "paragraph", "text": gold}
            if number:
                entry["optional_break"] = True
            self.gold_blocks.append(entry)
            if form == "grid":
                blocks.append(Block("row", ["  ".join(row)], self.key, cells=row))
            else:
                mark = "●" if form == "shudu" else CIRCLED[number % len(CIRCLED)]
                blocks.append(
                    Block("row", set_lines(f"{mark}{' '.join(row)}", self.s.measure), self.key, marks=[mark])
                )
        return blocks

    # ------------------------------------------------------------------ extras
    def link_box(self) -> list[Block]:
        """A 链接 box closing the story: a line on the park from data/hitech_zones.tsv. Its words
        are the article's (a last paragraph), its label is furniture."""
        row = park_row(self.article)
        if self.s.link_box != "link" or not row:
            return []
        place = row["province"] if row["province"] == row["city"] else row["province"] + row["city"]
        text = f"{row['official_name']}，简称{row['short_name']}，地处{place}，是国家级高新技术产业开发区。"
        self.gold_blocks.append({"type": "paragraph", "text": squeeze(text)})
        label = Block("label", ["链接"], self.key, furniture=True)
        return [label, Block("paragraph", set_lines(text, self.s.measure), self.key)]

    def pull_quote(self, flow: list[Block]) -> list[Block]:
        """A sentence of the body set apart in the middle of the story, printed again in the body."""
        # not the first or last paragraph: they carry the dateline and the closing credit
        paragraphs = [i for i, b in enumerate(flow) if b.kind == "paragraph"]
        candidates = [i for i in paragraphs[1:-1] if len(flow[i].lines) >= 3]
        if self.s.pull_quote == "none" or not candidates:
            self.s.pull_quote = "none"
            return flow
        at = candidates[len(candidates) // 2]
        block = flow[at]
        sentence = self.quote_sentence("".join(block.lines))
        if not sentence:
            self.s.pull_quote = "none"
            return flow
        cut = self.rng.randrange(1, len(block.lines))
        if self.s.pull_quote == "quoted":
            sentence = f"“{sentence}”"
        pull = Block("pull", set_lines(sentence, min(self.s.measure + 4, 18)), self.key, furniture=True)
        head = Block("paragraph", block.lines[:cut], self.key)
        tail = Block("paragraph", block.lines[cut:], self.key)
        return flow[:at] + [head, pull, tail] + flow[at + 1 :]

    @staticmethod
    def quote_sentence(text: str) -> str:
        sentences = [s for s in re.findall(r"[^。！？]+[。！？]”?", squeeze(text)) if 12 <= len(s) <= 40]
        return sentences[0] if sentences else ""

    def caption_blocks(self, numbered: Callable[[], int]) -> list[Block]:
        """Each picture (an image, which readers that see pictures print) and its long caption."""
        blocks: list[Block] = []
        for caption in article_captions(self.article):
            text = str(caption.get("text") or "").strip()
            credit = self.caption_credit(str(caption.get("credit") or "").strip())
            self.gold_captions.append({"text": squeeze(text), "credit": credit})
            blocks.append(Block("image", [], self.key, level=numbered()))
            printed = f"{text} {credit}".strip() if credit else text
            blocks.append(Block("caption", set_lines(printed, self.s.measure * 2), self.key))
        return blocks

    def caption_credit(self, credit: str) -> str:
        """The credit in the tabloid's form; a name with 摄 may be printed several ways."""
        match = re.fullmatch(r"(?:(?:本报|晚报)?记者\s*)?(.+?)\s*摄", credit)
        form = self.s.caption_credit
        if not credit or not match or form == "as_given":
            return credit
        name = match.group(1).strip()
        return {
            "reporter_she": f"{self.s.reporter_title} {name} 摄",
            "name_slash_she": f"{name}/摄",
            "tu_slash": f"图/{name}",
            "parens": f"（{name} 摄）",
        }[form]

    # ------------------------------------------------------------------ the gold
    def gold(self) -> dict:
        a = self.article
        first = next((b["text"] for b in self.gold_blocks if b["type"] == "paragraph"), "")
        lead = DATELINE_GOLD.sub("", first)
        entry = {
            "id": self.key,
            "park": str(a.get("park") or ""),
            "kicker": str(a.get("kicker") or "").strip() if self.s.placement != "kuaixun" else "",
            "title": str(a.get("title") or "").strip(),
            "subtitle": self.printed_subtitle() if self.s.placement != "kuaixun" else "",
        }
        if self.title_alternatives:
            entry["title_alternatives"] = self.title_alternatives
        entry |= {
            "dateline": self.dateline,
            "authors": self.gold_authors,
            "byline": self.byline,
            "blocks": self.gold_blocks,
            "captions": self.gold_captions,
            "topics": list(a.get("topics") or []),
            "summary": str(a.get("summary") or ""),
            "lead_summary": (re.match(r"[^。！？]*[。！？]?", lead).group(0) if lead else ""),
            "quire": self.s.conventions(),
        }
        return entry

    def printed_subtitle(self) -> str:
        sub = str(self.article.get("subtitle") or "").strip()
        return ("——" + sub) if sub and self.s.subtitle == "dashes" else sub


DATELINE_GOLD = re.compile(r"^本报讯(（[^）]*）)?")


# ------------------------------------------------------------------------------------------ the desk


class Desk:
    """Makes up one page: chooses its articles and how each is set, and its furniture."""

    def __init__(self, seed: int, articles: list[dict]):
        self.rng = random.Random(f"quire:{seed}")
        self.articles = [a for a in articles if isinstance(a, dict) and body_items(a)]
        self.extractor = self.choose_extractor()
        self.page = {key: self.rng.choice(values) for key, values in PAGE_CONVENTIONS.items()}
        self.furniture: list[str] = []
        self.gold_articles: list[dict] = []
        self.pictures = 0

    def choose_extractor(self) -> str:
        names = list(EXTRACTOR_WEIGHTS)
        return self.rng.choices(names, weights=[EXTRACTOR_WEIGHTS[n] for n in names])[0]

    # ------------------------------------------------------------------ choosing articles
    def choose(self) -> tuple[dict | None, list[dict], list[dict], list[dict]]:
        """(display lead, other stories, photo stories, 快讯 briefs) for the page."""
        pool = self.articles[:]
        self.rng.shuffle(pool)
        photos = [a for a in pool if a.get("kind") == "photo"]
        has_shorts = any(a.get("kind") == "short" for a in pool)
        briefs = [a for a in pool if is_short(a, has_shorts) and a not in photos]
        stories = [a for a in pool if a not in photos and a not in briefs]
        if not stories:
            stories, briefs = (briefs[:1], briefs[1:]) if briefs else (photos[:1], [])
            photos = [p for p in photos if p not in stories]
        lead = stories[0] if stories else None
        others = stories[1 : 1 + self.rng.randint(1, 2)]
        photo = photos[: self.rng.randint(0, 1)]
        kuaixun = briefs[: self.rng.randint(3, 5)]
        return lead, others, photo, kuaixun

    # ------------------------------------------------------------------ settings
    def setting(self, article: dict, placement: str) -> Setting:
        rng, columns = self.rng, self.page["columns"]
        low, high = {4: (14, 16), 5: (11, 13), 6: (9, 11), 7: (8, 9)}[columns]
        reader_place = self.headline_place(placement)
        setting = Setting(
            placement=placement,
            credit=choose_credit(rng, article, placement),
            reporter_title=rng.choice(CONVENTIONS["reporter_title"]),
            headline_place=reader_place,
            measure=rng.randint(low, high),
            columns={
                "display_lead": rng.randint(2, 4),
                "story": rng.randint(1, 3),
                "photo_story": 1,
                "kuaixun": 1,
            }[placement],
        )
        if placement == "display_lead":
            setting.display = rng.choice(CONVENTIONS["display"])
            if setting.credit != "dateline":
                setting.deck = rng.choice(("deck", "deck", "none"))
        if article.get("subtitle"):
            setting.subtitle = rng.choice(CONVENTIONS["subtitle"])
        if any(kind == "heading" for kind, _ in body_items(article)):
            setting.subheading = rng.choice(CONVENTIONS["subheading"])
        if placement in {"display_lead", "story"}:
            setting.pull_quote = rng.choice(CONVENTIONS["pull_quote"])
        if isinstance(article.get("table"), dict) and article["table"].get("rows"):
            setting.table = rng.choice(CONVENTIONS["table"])
        if article_captions(article):
            setting.caption_credit = rng.choice(CONVENTIONS["caption_credit"])
        if placement in {"display_lead", "story"} and not setting.table and park_row(article):
            setting.link_box = rng.choice(CONVENTIONS["link_box"])
        if is_qa(article) and placement != "kuaixun":
            setting.qa = rng.choice(CONVENTIONS["qa"])
        if placement == "kuaixun":
            setting.kuaixun_mark = rng.choice(CONVENTIONS["kuaixun_mark"])
            setting.subtitle = ""
        return setting

    def headline_place(self, placement: str) -> str:
        """Where the reader puts a headline: the sample's reader apart from the body, a stream
        reader after it (headline frames are drawn after the stories), the others before."""
        if placement == "kuaixun":
            return "run_in"
        if self.extractor == "documented":
            return self.rng.choice(("after_body", "grouped"))
        return "after_body" if self.extractor in STREAM_READERS else "before_body"

    # ------------------------------------------------------------------ stories
    def set_story(self, article: dict, placement: str) -> Story:
        setting = self.setting(article, placement)
        setter = ArticleSetter(self.rng, article, setting)
        opening, byline, closing = setter.plan_credit()
        headline = setter.headline_blocks()
        flow = setter.set_body(opening, closing)
        flow = setter.pull_quote(flow)
        if setting.qa == "sidebar":
            flow = [Block("label", ["一问一答"], setter.key, furniture=True)] + flow
        if byline:
            credit = Block("credit", [byline], setter.key)
            flow = (
                [credit] + flow if setting.credit == "wen_tu" or self.rng.random() < 0.7 else flow + [credit]
            )
        flow += setter.link_box()
        after = setter.caption_blocks(self.next_picture)
        if placement == "photo_story":
            flow, after = after + flow, []
        self.gold_articles.append(setter.gold())
        return Story(setter.key, headline, flow, after, setting.columns, placement)

    def set_brief(self, article: dict) -> Story:
        """A 快讯 one-liner: the title run into the text after 【】, ● or ▲."""
        setting = self.setting(article, "kuaixun")
        setter = ArticleSetter(self.rng, article, setting)
        setter.s.subheading = "plain" if setter.s.subheading else ""
        opening, _, closing = setter.plan_credit()
        title = str(article.get("title") or "").strip()
        mark = {"bracket": ("【", "】"), "dot": ("●", ""), "triangle": ("▲", "")}[setting.kuaixun_mark]
        if setting.kuaixun_mark == "bracket":
            setter.title_alternatives = [f"【{title}】"]
        flow = setter.set_body(opening, closing)
        first = next((i for i, b in enumerate(flow) if b.kind in {"paragraph", "deck"}), None)
        if first is not None:
            text = "".join(flow[first].lines)
            flow[first] = Block(
                "run_in",
                set_lines(f"{mark[0]}{title}{mark[1]} {text}", setting.measure),
                setter.key,
                marks=["".join(mark)],
                bold=f"{mark[0]}{title}{mark[1]}",
            )
        self.gold_articles.append(setter.gold())
        return Story(setter.key, [], flow, [], 1, "kuaixun")

    def next_picture(self) -> int:
        self.pictures += 1
        return self.pictures

    # ------------------------------------------------------------------ furniture
    def furniture_top(self) -> list[Block]:
        rng, page = self.rng, self.page
        issue, paper = rng.randint(80, 420), rng.choice(PAPERS)
        staff = rng.sample(STAFF, 4)
        parts = [
            "园区周刊",
            f"第{issue}期",
            f"主编 {staff[0]}",
            f"本版编辑 {staff[1]}",
            f"美编 {staff[2]}",
            f"校对 {staff[3]}",
        ]
        joiner = {"dots": " · ", "bars": " | ", "spaces": "  "}[page["strip"]]
        day = datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randrange(900))
        date = f"{day.year}年{day.month}月{day.day}日 星期{'一二三四五六日'[day.weekday()]}"
        blocks = [
            Block("furniture", [f"{paper} {date}"], furniture=True),
            Block("furniture", [joiner.join(parts)], furniture=True),
        ]
        return blocks

    def folio(self) -> Block:
        number = self.rng.randint(9, 32)
        section = self.rng.choice(("园区周刊", "园区·周刊", "科技园区"))
        text = {
            "number_first": f"A{number} {section}",
            "section_first": f"{section} A{number}",
            "pipe": f"{number} | {section}",
        }[self.page["folio"]]
        return Block("furniture", [text], furniture=True)

    def furniture_bottom(self) -> list[Block]:
        rng, page = self.rng, self.page
        blocks = []
        phone = f"0{rng.randint(10, 99)}-{rng.randint(60000000, 89999999)}"
        hotline = {
            "新闻热线": [f"新闻热线：{phone}"],
            "爆料电话": [f"爆料电话：{phone}（24小时）"],
            "both": [f"新闻热线：{phone}", f"爆料电话：96{rng.randint(100, 999)}"],
        }[page["hotline"]]
        blocks += [Block("furniture", [line], furniture=True) for line in hotline]
        if page["qr"] == "qr":
            blocks.append(Block("furniture", [rng.choice(QR_LINES)], furniture=True))
        if page["advert"] != "none":
            blocks.append(Block("advert", self.advert(page["advert"]), furniture=True))
        return blocks

    def advert(self, kind: str) -> list[str]:
        rng = self.rng
        phone = f"1{rng.choice('3589')}{rng.randint(100000000, 999999999)}"
        if kind == "recruitment":
            firm = rng.choice(FIRMS)
            jobs = rng.sample(JOBS, 2)
            return [
                "招聘",
                f"{firm}诚聘",
                f"{jobs[0]}{rng.randint(2, 9)}名",
                f"{jobs[1]}{rng.randint(2, 9)}名",
                "五险一金 包食宿",
                f"电话：{phone}",
            ]
        area = rng.randint(8, 60) * 100
        return [
            "厂房出租",
            f"园区标准厂房{area}平方米",
            f"层高{rng.randint(6, 12)}米 可分租",
            "水电齐全 手续完备",
            f"联系电话：{phone}",
        ]

    # ------------------------------------------------------------------ the page
    def make_up(self) -> tuple[list[Block], list[Story], list[Block]]:
        lead, others, photos, briefs = self.choose()
        stories = []
        if lead is not None:
            stories.append(self.set_story(lead, "display_lead"))
        stories += [self.set_story(a, "story") for a in others]
        stories += [self.set_story(a, "photo_story") for a in photos]
        top = self.furniture_top()
        if briefs:
            label = Block("label", [self.page["kuaixun_label"]], furniture=True)
            strip = [self.set_brief(a) for a in briefs]
            strip[0].flow.insert(0, label)
            stories += strip
        bottom = self.furniture_bottom()
        folio = self.folio()
        if self.page["folio_place"] == "top":
            top.insert(0, folio)
        else:
            bottom.append(folio)
        return top, stories, bottom


PAPERS = (
    "滨江晚报",
    "北国都市报",
    "云岭晚报",
    "黄河都市报",
    "燕山晚报",
    "东海晚报",
    "珠江都市报",
    "汉水晚报",
)
STAFF = (
    "仉慧玲",
    "亓建国",
    "郗晓峰",
    "逄立新",
    "佘雅琴",
    "隗志强",
    "笪雪梅",
    "冼国栋",
    "暴丽华",
    "查文斌",
    "宇文晴",
    "令狐磊",
    "呼延芳",
    "慕容清",
    "第五涛",
    "完颜蕾",
    "乌兰",
    "阿依努尔",
    "格桑卓玛",
    "岩罕",
)
QR_LINES = ("扫码看更多园区新闻", "扫描二维码 关注园区周刊", "扫码进入园区频道 看更多精彩内容")
FIRMS = ("星辉精密机械有限公司", "华创光电科技有限公司", "瑞禾生物科技有限公司", "恒远新材料股份有限公司")
JOBS = ("电气工程师", "机械设计员", "数控操作工", "质检员", "销售代表", "研发助理", "仓储管理员")


# ------------------------------------------------------------------------------------------ the readers


class Reader:
    """Writes the page's blocks as one extractor would, recording the markup it adds (page
    furniture in the gold)."""

    def __init__(self, name: str, rng: random.Random):
        self.name, self.rng = name, rng
        self.markup: list[str] = []

    # ------------------------------------------------------------------ order
    def ordered(self, top: list[Block], stories: list[Story], bottom: list[Block]) -> list[list[Block]]:
        """Groups of blocks in the order the reader emits them; a group is one story's flow, one
        headline group, or a piece of furniture."""
        groups: list[list[Block]] = []
        grouped_headlines: list[list[Block]] = []
        if self.name in STREAM_READERS:
            groups += [[b] for b in top + bottom]
        else:
            groups += [[b] for b in top]
        for story in stories:
            place = self.story_headline_place(story)
            if story.headline and place == "before_body":
                groups.append(story.headline)
            groups.append(story.flow + story.after)
            if story.headline and place == "after_body":
                groups.append(story.headline)
            if story.headline and place == "grouped":
                grouped_headlines.append(story.headline)
        groups += grouped_headlines
        if self.name not in STREAM_READERS:
            groups += [[b] for b in bottom]
        return groups

    def story_headline_place(self, story: Story) -> str:
        return self.places.get(story.key, "before_body")

    # ------------------------------------------------------------------ writing
    def write(self, top: list[Block], stories: list[Story], bottom: list[Block], places: dict) -> str:
        self.places = places
        self.columns = {s.key: s.columns for s in stories}
        groups = self.ordered(top, stories, bottom)
        if self.name in MARKDOWN_READERS:
            return self.markdown(groups)
        return self.plain(groups)

    # ---------------------------------------------- line readers
    def plain(self, groups: list[list[Block]]) -> str:
        """Each printed line a line; how a line ends depends on where it stands (see line_end)."""
        out: list[str] = []
        for group in groups:
            for block, lines in self.group_lines(group):
                lines = self.read_lines(block, lines)
                tight = block.kind in {"headline", "heading"}
                for number, line in enumerate(lines):
                    last_of_block = number == len(lines) - 1
                    if tight:
                        last_of_group = last_of_block and (block.kind == "heading" or block is group[-1])
                        position = "group_end" if last_of_group else "tight"
                    else:
                        position = "block_end" if last_of_block else "line"
                    out.append(line + self.line_end(line, position))
        text = "".join(out)
        if self.name == "documented":
            return " " + text
        if self.name == "tika-text":
            return "\n" + text
        return text

    def line_end(self, line: str, position: str) -> str:
        """The sample's reader: a blank line after a line unless it ends in a half-width character,
        a headline group's lines with single newlines and a blank line after the group. Tika: a
        blank line after each PDFBox paragraph. SumatraPDF: CRLF. The others: one newline."""
        if self.name == "documented":
            if position == "tight":
                return "\n"
            if position == "group_end":
                return "\n\n"
            return "\n" if half_width_end(line) else "\n\n"
        if self.name == "tika-text":
            return "\n\n" if position in {"block_end", "group_end"} else "\n"
        return "\r\n" if self.name == "sumatrapdf-copy" else "\n"

    def group_lines(self, group: list[Block]) -> list[tuple[Block, list[str]]]:
        """The group's blocks with their lines; iText joins side-by-side columns of a story's flow."""
        if (
            self.name == "itext-location-strategy"
            and group
            and group[0].story
            and group[0].kind != "headline"
        ):
            flow = [b for b in group if b.kind not in {"image", "caption"}]
            rest = [b for b in group if b.kind in {"image", "caption"}]
            columns = self.columns.get(group[0].story, 1)
            if columns > 1:
                merged = merge_columns([line for b in flow for line in b.lines], columns)
                return [(Block("merged", merged), merged)] + [(b, b.lines) for b in rest]
        return [(b, b.lines) for b in group]

    def read_lines(self, block: Block, lines: list[str]) -> list[str]:
        """A block's lines with the reader's own touches: letter-spaced headline glyphs come out
        with spaces from the sample's reader and pypdf (wide TJ offsets), run together from the
        others; the sample's reader spaces numbers off and letter-spaces a justified line."""
        if block.kind == "headline" and self.name not in {"documented", "pypdf-extract-text"}:
            lines = [squeeze(line) if is_letter_spaced(line) else line for line in lines]
        if self.name == "documented":
            lines = [self.documented_line(block, line) for line in lines]
        return lines

    def documented_line(self, block: Block, line: str) -> str:
        if block.kind in {"paragraph", "deck", "run_in"} and self.rng.random() < 0.25:
            line = re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff])", " ", line)
        if block.kind == "paragraph" and len(line) >= 10 and self.rng.random() < 0.02:
            line = " ".join(ch for ch in line if not ch.isspace())
        return line

    # ---------------------------------------------- Markdown readers
    def markdown(self, groups: list[list[Block]]) -> str:
        paragraphs: list[str] = []
        rows: list[Block] = []
        for group in groups:
            for block in group:
                if block.kind == "row" and block.cells:
                    rows.append(block)
                    continue
                if rows:
                    paragraphs.append(self.pipe_table(rows))
                    rows = []
                text = self.markdown_block(block)
                if text:
                    paragraphs.append(text)
        if rows:
            paragraphs.append(self.pipe_table(rows))
        return "\n\n".join(p.rstrip("\n") for p in paragraphs) + "\n"

    def markdown_block(self, block: Block) -> str:
        docling = self.name == "docling-markdown"
        joiner = " " if docling else ""
        if block.kind == "image":
            mark = "<!-- image -->" if docling else f"![](_page_0_Picture_{block.level}.jpeg)"
            self.markup.append(mark)
            return mark
        text = joiner.join(block.lines)
        if block.kind == "headline":
            text = squeeze(text) if is_letter_spaced(text) else text
            hashes = "#" if block.level == 1 else "##"
            if not docling:
                hashes = "#" * max(1, block.level)
            self.markup.append(hashes)
            return f"{hashes} {text}"
        if block.kind == "heading":
            hashes = "##" if docling else "###"
            self.markup.append(hashes)
            return f"{hashes} {text}"
        if block.kind == "row":
            self.markup.append("-")
            return f"- {text}"
        if block.kind == "run_in" and block.bold and not docling:
            rest = after_prefix("".join(block.lines), block.bold)
            self.markup.append("****")
            return f"**{block.bold}** {rest}"
        return text

    def pipe_table(self, rows: list[Block]) -> str:
        """A pipe table: Docling pads each column to its widest cell (docling-core's GitHub
        serializer), Marker writes the cells as they are; the pipes and rules are furniture."""
        count = max(len(r.cells) for r in rows)
        table = [r.cells + [""] * (count - len(r.cells)) for r in rows]
        padded = self.name == "docling-markdown"
        widths = [max(len(row[i]) for row in table) if padded else 0 for i in range(count)]
        lines = []
        for number, cells in enumerate(table):
            lines.append("| " + " | ".join(cell.ljust(w) for cell, w in zip(cells, widths)) + " |")
            self.markup.append("|" * (count + 1))
            if number == 0:
                rule = "|" + "|".join("-" * (w + 2) if padded else "---" for w in widths) + "|"
                lines.append(rule)
                self.markup.append(rule)
        return "\n".join(lines) + "\n"


def merge_columns(lines: list[str], columns: int) -> list[str]:
    """iText's baseline order: the lines of side-by-side columns at one height on one line."""
    depth = -(-len(lines) // columns)
    chunks = [lines[i : i + depth] for i in range(0, len(lines), depth)]
    return [" ".join(chunk[row] for chunk in chunks if row < len(chunk)) for row in range(depth)]


def after_prefix(text: str, prefix: str) -> str:
    """text without its opening `prefix`, whitespace aside (a line break may have eaten a space)."""
    wanted, at = len(squeeze(prefix)), 0
    while wanted and at < len(text):
        wanted -= not text[at].isspace()
        at += 1
    return text[at:].strip()


def is_letter_spaced(line: str) -> bool:
    return len(line) > 4 and all(ch == " " for ch in line[1::2])


# ------------------------------------------------------------------------------------------ the page


def quire_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """One page of the evening paper's park pull-out, as its reader wrote it, and its gold."""
    desk = Desk(seed, articles)
    top, stories, bottom = desk.make_up()
    places = {a["id"]: a["quire"]["headline_place"] for a in desk.gold_articles}
    reader = Reader(desk.extractor, desk.rng)
    raw = reader.write(top, stories, bottom, places)
    gold = {
        "page": "",
        "notes": NOTES,
        "extractor": desk.extractor,
        "extractor_habits": list(HABITS[desk.extractor]),
        "quire_page": dict(desk.page),
        "articles": desk.gold_articles,
        "furniture": page_furniture(top, stories, bottom) + reader.markup,
        "unassigned": [],
    }
    return raw, gold


def page_furniture(top: list[Block], stories: list[Story], bottom: list[Block]) -> list[str]:
    """Every printed string that is not article text: furniture blocks (a line each, a pull quote
    whole) and the ornaments printed inside article lines."""
    blocks = top + [b for s in stories for b in s.headline + s.flow + s.after] + bottom
    out: list[str] = []
    for block in blocks:
        if block.furniture:
            out += ["".join(block.lines)] if block.kind == "pull" else [line for line in block.lines]
        out += block.marks
    return out


NOTES = (
    "Gold annotation of a page set by tests/quire.py (an evening paper's weekly park pull-out). "
    "Body text is whitespace-free; a paragraph opened by 本报讯 keeps it. Ornaments (【】 ● ▲ ■ ▍ ①), "
    "box labels, pull quotes (printed again in the body), page furniture and the extractor's own markup "
    "are listed under furniture. A table's rows are paragraphs; the breaks between rows are optional."
)


def gold_characters(gold: dict) -> str:
    """Every non-whitespace character the gold places, for the text-conservation check."""
    parts: list[str] = []
    for article in gold["articles"]:
        parts += [
            article.get("kicker", ""),
            article["title"],
            article.get("subtitle", ""),
            article.get("byline", ""),
        ]
        first = next((b["text"] for b in article["blocks"] if b["type"] == "paragraph"), "")
        dateline = article.get("dateline", "")
        if dateline and not first.startswith(squeeze(dateline)):
            parts.append(dateline)
        parts += [b["text"] for b in article["blocks"]]
        parts += [c.get("text", "") + c.get("credit", "") for c in article.get("captions", [])]
    parts += gold.get("furniture", []) + gold.get("unassigned", [])
    return squeeze("".join(parts))


def raw_characters(raw: str) -> str:
    return squeeze(raw)
