"""The paste-up layouter: articles cut into galleys of one column measure each and pasted onto a
page board, then read back by a PDF extractor.

`pasteup_page(seed, articles)` returns the raw text of one page and its gold annotation. Each
gold article notes under `pasteup:` every convention drawn for it; the page notes its extractor
and furniture under `pasteup:` too. Page furniture (header, running header, editor line, jump
lines) is listed in the gold's `furniture`.

Conventions are those of real park pages: three-deck headlines, titles split at their space,
letter-spaced or set vertically one or two characters a line; datelines 本报讯（记者 X）,
本报讯 记者X报道, 本报X地X月X日电（记者 X）, a reporter line, or the reporters' names at the very end;
bylines 本报记者 X, 文/X, 文/图 X or （本报记者 X） after the last paragraph; numbered subheadings;
lists of measures run in or set one a paragraph; 编者按 and 相关链接 boxes inside the article (both
part of the article: the note its first paragraph, the box a subheading and paragraphs at its
end); captions before or after the body with four credit forms; jump lines in both directions.
"""

from __future__ import annotations

import itertools
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from tests.goldtext import lead_sentence

# Every value each convention can take, for the tests to see all drawn
ARTICLE_CONVENTIONS: dict[str, tuple[str, ...]] = {
    "headline": ("above", "after_column", "none"),
    "title_set": ("plain", "split", "spaced", "vertical", "none"),
    "dateline": ("paren", "report", "dated", "reporter_line", "end", "bare", "none"),
    "byline": ("plain", "slash", "photo", "end", "none"),
    "trailing": ("same_line", "own_line", "none"),
    "subheads": ("plain", "numbered", "paren_numbered", "none"),
    "measures": ("run_in", "split", "none"),
    "caption": ("before", "after", "none"),
    "credit": ("摄", "供图", "图片来源", "摄影", "none"),
    "sidebar": ("end", "none"),
    "editor_note": ("head", "none"),
    "jump": ("none", "continued", "tail"),
}
PAGE_CONVENTIONS: dict[str, tuple[str, ...]] = {
    "extractor": ("documented", "crlf", "packed", "fullwidth", "halfpunct"),
    "running_header": ("none", "between", "inside"),
    "editor_line": ("bottom", "top"),
}

NEWS_KINDS = {"news", "short"}
CLOSING = set("，。、；：？！”’）》」』…%")
OPENING = set("“‘（《「『")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-/]+|.", re.S)
NUMERALS = "一二三四五六七八九十"
HEADING_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])")
NEXT_MEASURE = re.compile(r"(?<=[；。])(?=[二三四五六七八九十]是)")
HALF_PUNCT = str.maketrans("，：；？！（）", ",:;?!()")
WEEKDAYS = "一二三四五六日"
PAGE_NAMES = ("园区", "园区纵横", "高新区", "创新园区", "园区·产业")
EDITORS = ("秦岚", "毛蕾", "覃海", "萨仁", "贺兰", "阎秋")
ZONES = Path(__file__).resolve().parent.parent / "data" / "hitech_zones.tsv"


def park_cities() -> dict[str, str]:
    """The city of each park's official name, without 市, for datelines 本报X地X月X日电."""
    cities = {}
    for row in ZONES.read_text(encoding="utf-8").splitlines()[1:]:
        cells = row.split("\t")
        cities[cells[0]] = cells[4].removesuffix("市")
    return cities


CITIES = park_cities()


@dataclass
class Unit:
    """Lines the extractor reads as one run: a column's lines of a paragraph, or a headline whose
    lines it joins with single newlines (`tight`). `indented` marks a paragraph's first line."""

    lines: list[str]
    tight: bool = False
    indented: bool = False


@dataclass
class Pasted:
    units: list[Unit] = field(default_factory=list)
    gold: dict = field(default_factory=dict)


# --- column setting --------------------------------------------------------------------------


def tokens(text: str) -> list[str]:
    """Characters, with runs of half-width letters and digits kept whole: a column never splits 2026."""
    return [t for t in ASCII_RUN.findall(text) if not t.isspace() or t == " "]


def token_width(token: str) -> float:
    return len(token) / 2 if token.isascii() and len(token) > 1 else 1


def column_lines(text: str, width: int, first_width: int) -> list[str]:
    """Greedy column lines with kinsoku: closing marks hang on the line before, opening marks
    move to the next line."""
    lines: list[list[str]] = [[]]
    used = 0.0
    for token in tokens(text):
        room = first_width if len(lines) == 1 else width
        if used + token_width(token) > room and lines[-1] and token[0] not in CLOSING:
            carried = [lines[-1].pop()] if lines[-1][-1] in OPENING else []
            lines.append(carried)
            used = sum(map(token_width, carried))
        lines[-1].append(token)
        used += token_width(token)
    return ["".join(line).strip() for line in lines if "".join(line).strip()]


def paragraph_unit(text: str, width: int) -> Unit:
    return Unit(column_lines(text, width, width - 2), indented=True)


# --- headlines, datelines, bylines -----------------------------------------------------------


def title_lines(title: str, style: str, rng: random.Random) -> list[str]:
    solid = title.replace(" ", "")
    if style == "split":
        return title.split(" ", 1)
    if style == "spaced":
        return [" ".join(solid)]
    if style == "vertical":
        step = rng.choice((1, 2))
        return [solid[i : i + step] for i in range(0, len(solid), step)]
    return [title]


def title_style(title: str, rng: random.Random) -> str:
    styles = ["plain", "plain", "spaced"]
    if " " in title:
        styles += ["split", "split"]
    if len(title.replace(" ", "")) <= 12:
        styles.append("vertical")
    return rng.choice(styles)


def credited(authors: list[dict], joiner: str = " ") -> str:
    """记者 X 通讯员 Y: each name after its role."""
    return " ".join(joiner.join(filter(None, (a.get("role", ""), a["name"]))) for a in authors)


def dateline_text(style: str, credits: list[dict], park: str, date: tuple[int, int]) -> str:
    if style == "paren":
        return f"本报讯（{credited(credits)}）"
    if style == "report":
        return f"本报讯 {credited(credits, '')}报道"
    if style == "dated":
        return f"本报{CITIES.get(park, '')}{date[0]}月{date[1]}日电（{credited(credits)}）"
    return "本报讯"


def reporter_line(credits: list[dict]) -> str:
    named = [dict(a, role="本报记者" if a.get("role") == "记者" else a.get("role", "")) for a in credits]
    return f"{credited(named)} 报道"


def byline_text(style: str, credits: list[dict]) -> str:
    names = " ".join(a["name"] for a in credits)
    if style == "slash":  # the names set apart by full-width spaces
        return "文/" + "\u3000".join(a["name"] for a in credits)
    if style == "photo":
        return f"文/图 {names}"
    if style == "end":
        return f"（{credited(credits)}）"
    return credited(credits)


def caption_credit(form: str, credit: str) -> str:
    return {
        "摄": f"{credit} 摄",
        "供图": f"{credit}供图",
        "图片来源": f"图片来源：{credit}",
        "摄影": f"摄影：{credit}",
    }[form]


# --- the article's galley ---------------------------------------------------------------------


def article_captions(article: dict) -> list[dict]:
    listed = article.get("captions") or ([article["caption"]] if article.get("caption") else [])
    return [{"text": c.get("text") or "", "credit": c.get("credit") or ""} for c in listed]


def body_blocks(article: dict, conventions: dict, rng: random.Random) -> list[dict]:
    """The body as the page prints it: subheadings numbered or not, measures run in or split."""
    heading_style = rng.choice(("plain", "numbered", "paren_numbered"))
    measures_style = rng.choice(("run_in", "split"))
    blocks, headings = [], 0
    for paragraph in article["body"]:
        if paragraph.startswith("## "):
            text = paragraph[3:].strip()
            if heading_style != "plain" and not HEADING_NUMBERED.match(text):
                number = NUMERALS[headings % 10]
                text = f"{number}、{text}" if heading_style == "numbered" else f"（{number}）{text}"
            headings += 1
            blocks.append({"type": "heading", "text": text})
            continue
        text = "".join(paragraph.split())
        parts = NEXT_MEASURE.split(text) if "一是" in text else [text]
        if len(parts) > 1:
            conventions["measures"] = measures_style
        if measures_style == "split":
            blocks += [{"type": "paragraph", "text": part} for part in parts]
        else:
            blocks.append({"type": "paragraph", "text": text})
    conventions["subheads"] = heading_style if headings else "none"
    return blocks


def gold_article(article: dict, blocks: list[dict]) -> dict:
    return {
        "id": article["id"],
        "park": article.get("park", ""),
        "kicker": "",
        "title": "",
        "subtitle": "",
        "dateline": "",
        "authors": [],
        "byline": "",
        "blocks": blocks,
        "captions": [],
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary", ""),
    }


def strip_written_dateline(blocks: list[dict]) -> bool:
    """Whether the corpus wrote a 本报讯 into the first paragraph: it goes, and the article is
    set as news, the dateline convention printing its dateline."""
    if blocks and blocks[0]["type"] == "paragraph" and blocks[0]["text"].startswith("本报讯"):
        blocks[0]["text"] = blocks[0]["text"].removeprefix("本报讯")
        return True
    return False


@dataclass
class Galley:
    """One article being set: its gold, its conventions and the units pasted so far."""

    article: dict
    rng: random.Random
    width: int
    gold: dict
    conventions: dict
    units: list[Unit] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)

    @property
    def blocks(self) -> list[dict]:
        return self.gold["blocks"]

    def headlines(self) -> None:
        article = self.article
        kicker, subtitle = article.get("kicker") or "", article.get("subtitle") or ""
        style = title_style(article["title"], self.rng)
        decks = [kicker, *title_lines(article["title"], style, self.rng), subtitle]
        self.gold.update(kicker=kicker, title=article["title"], subtitle=subtitle)
        self.conventions["title_set"] = style
        self.units.append(Unit([deck for deck in decks if deck], tight=True))

    def tail(self) -> None:
        """The last paragraphs only, after the jump line from the page the article began on."""
        paragraphs = [k for k, b in enumerate(self.blocks) if b["type"] == "paragraph"]
        self.gold["blocks"] = self.blocks[paragraphs[-self.rng.randint(1, 2)] :]
        self.jump_line(f"（上接第{self.rng.randint(1, 8)}版）")

    def cut(self) -> None:
        """The first half only; the rest runs on to another page."""
        cut = max(1, len(self.blocks) // 2)
        cut -= self.blocks[cut - 1]["type"] == "heading"  # a subheading goes over with its text
        self.gold["blocks"] = self.blocks[:cut]

    def jump_line(self, line: str) -> None:
        self.furniture.append(line)
        self.units.append(Unit([line]))

    def dateline(self, credits: list[dict], closing_allowed: bool, date: tuple[int, int]) -> tuple[str, str]:
        """A news item's dateline and reporters: what opens its first paragraph and closes its last."""
        if not credits:
            self.conventions["dateline"] = "bare"
            self.gold["dateline"] = "本报讯"
            return "本报讯", ""
        forms = ["paren", "paren", "report", "dated", "reporter_line"] + (["end"] if closing_allowed else [])
        form = self.conventions["dateline"] = self.rng.choice(forms)
        if form == "reporter_line":
            self.gold["byline"] = reporter_line(credits)
            self.units.append(Unit([self.gold["byline"]]))
            return "", ""
        if form == "end":
            self.gold["dateline"], self.gold["byline"] = "本报讯", f"（{credited(credits)}）"
            return "本报讯 ", self.gold["byline"]
        self.gold["dateline"] = dateline_text(form, credits, self.article.get("park", ""), date)
        return self.gold["dateline"] + (" " if form == "report" else ""), ""

    def byline(self, credits: list[dict], closing_allowed: bool) -> str:
        """A byline under the headlines, or closing the last paragraph (returned)."""
        forms = ["plain", "plain", "slash"] + (["photo"] if self.article.get("kind") == "photo" else [])
        form = self.conventions["byline"] = self.rng.choice(forms + (["end"] if closing_allowed else []))
        self.gold["byline"] = byline_text(form, credits)
        if form == "end":
            return self.gold["byline"]
        self.units.append(Unit([self.gold["byline"]]))
        return ""

    def editor_note(self) -> None:
        note = {"type": "paragraph", "text": "编者按：" + "".join(self.article["editor_note"].split())}
        self.conventions["editor_note"] = "head"
        self.gold["blocks"] = [note, *self.blocks]
        self.units.append(paragraph_unit(note["text"], self.width))

    def caption_units(self) -> list[Unit]:
        """The captions, all credited in one form, and where they go."""
        self.conventions["caption"] = self.rng.choice(("before", "after"))
        form = self.rng.choice(("摄", "供图", "图片来源", "摄影"))
        units = []
        for caption in article_captions(self.article):
            credit = caption_credit(form, caption["credit"]) if caption["credit"] else ""
            self.conventions["credit"] = form if credit else self.conventions["credit"]
            self.gold["captions"].append({"text": caption["text"], "credit": credit})
            printed = " ".join(filter(None, (caption["text"], credit)))
            units.append(Unit(column_lines(printed, self.width, self.width)))
        return units

    def trailing(self, body_units: list[Unit], trailing: list[dict]) -> None:
        self.conventions["trailing"] = self.rng.choice(("same_line", "own_line"))
        names = " ".join(a["name"] for a in trailing)
        # a reporter line and a trailing name both credit the article: the byline holds both
        self.gold["byline"] = " ".join(filter(None, (self.gold["byline"], names)))
        if self.conventions["trailing"] == "same_line":
            body_units[-1].lines[-1] += " " + names
        else:
            body_units.append(Unit([names]))

    def sidebar(self) -> None:
        """The box set at the article's end: its label a subheading, its text paragraphs."""
        sidebar = self.article["sidebar"]
        box = [{"type": "paragraph", "text": "".join(p.split())} for p in sidebar["body"]]
        self.conventions["sidebar"] = "end"
        self.gold["blocks"] = [*self.blocks, {"type": "heading", "text": sidebar["label"]}, *box]
        self.units.append(Unit([sidebar["label"]], tight=True))
        self.units += [paragraph_unit(b["text"], self.width) for b in box]


def paste_article(article: dict, rng: random.Random, jump: str, date: tuple[int, int]) -> Pasted:
    conventions = dict.fromkeys(ARTICLE_CONVENTIONS, "none") | {"jump": jump, "width": rng.randint(14, 21)}
    blocks = body_blocks(article, conventions, rng)
    news = strip_written_dateline(blocks) or article.get("kind") in NEWS_KINDS
    galley = Galley(article, rng, conventions["width"], gold_article(article, blocks), conventions)
    authors = article.get("authors") or []
    trailing = [a for a in authors if a.get("trailing")] if jump != "continued" else []
    credits = [a for a in authors if not a.get("trailing")] if jump != "tail" else []
    closing_allowed = jump == "none" and not trailing  # one credit closes an article, never two

    lead, ending = "", ""
    if jump == "tail":
        galley.tail()
    else:
        if jump == "continued":
            galley.cut()
        galley.headlines()
        if news:
            lead, ending = galley.dateline(credits, closing_allowed, date)
        elif credits:
            ending = galley.byline(credits, closing_allowed)
        if article.get("editor_note"):
            galley.editor_note()
    captions = galley.caption_units() if jump != "tail" and article_captions(article) else []
    if conventions["caption"] == "before":
        galley.units += captions
    skip = conventions["editor_note"] == "head"
    body_units = body_galley(galley.blocks[skip:], galley.width, lead, ending)
    if trailing:
        galley.trailing(body_units, trailing)
    galley.units += body_units
    if article.get("sidebar") and jump == "none":
        galley.sidebar()
    if conventions["caption"] == "after":
        galley.units += captions
    if jump == "continued":
        galley.jump_line(f"（下转第{rng.randint(2, 8)}版）")

    units = galley.units
    if jump != "tail":
        # only a column opening with its dateline can be told from the article before it
        beside = lead.startswith("本报") and rng.random() < 0.4
        units = headline_after_column(galley.units, rng) if beside else units
        conventions["headline"] = "above" if units is galley.units else "after_column"
    galley.gold["authors"] = [a["name"] for a in credits + trailing]
    galley.gold["lead_summary"] = lead_sentence(galley.blocks)
    galley.gold["pasteup"] = conventions
    galley.gold["furniture"] = galley.furniture
    return Pasted(units, galley.gold)


def body_galley(blocks: list[dict], width: int, lead: str, ending: str) -> list[Unit]:
    """The body's units: the dateline runs into the first paragraph, an end credit closes the last."""
    units = []
    for k, block in enumerate(blocks):
        text = (lead if k == 0 else "") + block["text"] + (ending if k == len(blocks) - 1 else "")
        units.append(Unit([text], tight=True) if block["type"] == "heading" else paragraph_unit(text, width))
    return units


def headline_after_column(units: list[Unit], rng: random.Random) -> list[Unit]:
    """The headline box (headlines, byline and a caption set with them) pasted beside the first
    column: the extractor reads that column first, up to a depth of lines or the first
    headline-like line, whichever comes sooner."""
    box_end = next((k for k, unit in enumerate(units) if unit.indented), len(units))
    boxed, rest = units[:box_end], units[box_end:]
    column = sum(len(u.lines) for u in itertools.takewhile(lambda u: not u.tight, rest))
    room = min(rng.randint(5, 10), column - 2)
    if room < 3:  # too short a column to paste a headline beside: it stays above
        return units
    for k, unit in enumerate(rest):
        if unit.tight or room <= 0:
            return rest[:k] + boxed + rest[k:]
        if len(unit.lines) > room:
            first, second = Unit(unit.lines[:room], indented=unit.indented), Unit(unit.lines[room:])
            return rest[:k] + [first, *boxed, second] + rest[k + 1 :]
        room -= len(unit.lines)
    return rest + boxed


# --- the page ---------------------------------------------------------------------------------


def page_date(rng: random.Random) -> tuple[int, int, str]:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return month, day, WEEKDAYS[rng.randrange(7)]


def running_header_inside(units: list[Unit], header: str) -> list[Unit]:
    """The header of the next column read into the middle of the longest paragraph."""
    longest = max(range(len(units)), key=lambda k: 0 if units[k].tight else len(units[k].lines))
    unit = units[longest]
    if unit.tight or len(unit.lines) < 2:
        return units + [Unit([header])]
    half = len(unit.lines) // 2
    first, second = Unit(unit.lines[:half], indented=unit.indented), Unit(unit.lines[half:])
    return units[:longest] + [first, Unit([header]), second] + units[longest + 1 :]


def paragraph_count(article: dict) -> int:
    return sum(not p.startswith("## ") for p in article["body"])


def jumped(chosen: list[dict], rng: random.Random) -> tuple[list[dict], list[str]]:
    """The page's articles in order with their jumps: sometimes the page opens with the tail of
    an article of three paragraphs or more, sometimes its last article runs on to another page
    (one of two paragraphs or more, so that both pages hold part of it)."""
    chosen, jumps = list(chosen), ["none"] * len(chosen)
    tails = [a for a in chosen if paragraph_count(a) >= 3]
    if tails and rng.random() < 0.2:
        chosen.remove(tail := rng.choice(tails))
        chosen.insert(0, tail)
        jumps[0] = "tail"
    runs_on = [a for a in chosen[1:] if paragraph_count(a) >= 2]
    if runs_on and rng.random() < 0.2:
        chosen.remove(run_on := rng.choice(runs_on))
        chosen.append(run_on)
        jumps[-1] = "continued"
    return chosen, jumps


def pasteup_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    rng = random.Random(seed)
    month, day, weekday = page_date(rng)
    chosen = rng.sample(articles, min(len(articles), rng.randint(2, 6)))
    chosen, jumps = jumped(chosen, rng)
    pasted = [paste_article(a, rng, j, (month, day)) for a, j in zip(chosen, jumps, strict=True)]

    page_name = rng.choice(PAGE_NAMES)
    header = f"2026年{month}月{day}日 星期{weekday} {page_name}"
    editor = rng.choice(
        (f"责任编辑：{rng.choice(EDITORS)}", f"本版编辑 {rng.choice(EDITORS)} 校对 {rng.choice(EDITORS)}")
    )
    conventions = {
        "extractor": rng.choices(PAGE_CONVENTIONS["extractor"], weights=(6, 1, 1, 1, 1))[0],
        "running_header": rng.choice(PAGE_CONVENTIONS["running_header"]),
        "editor_line": rng.choice(PAGE_CONVENTIONS["editor_line"]),
    }
    units, furniture = [Unit([header])], [header]
    if conventions["editor_line"] == "top":
        units.append(Unit([editor]))
        furniture.append(editor)
    middle = len(pasted) // 2
    for k, piece in enumerate(pasted):
        piece_units = piece.units
        if k == middle and conventions["running_header"] == "inside":
            piece_units = running_header_inside(piece_units, header)
        if k == middle and conventions["running_header"] != "none":
            if conventions["running_header"] == "between":
                units.append(Unit([header]))
            furniture.append(header)
        units += piece_units
        furniture += piece.gold.pop("furniture")
    if conventions["editor_line"] == "bottom":
        units.append(Unit([editor]))
        furniture.append(editor)
    gold = {
        "notes": "Gold of a page pasted up by tests/pasteup.py. Body text is whitespace-free; "
        "headlines keep the space a two-part title breaks at.",
        "articles": [p.gold for p in pasted],
        "furniture": furniture,
        "pasteup": conventions,
    }
    return extract(units, conventions["extractor"]), gold


# --- the extractor ----------------------------------------------------------------------------


def half_width(line: str) -> bool:
    return bool(line) and line[-1].isascii() and not line[-1].isspace()


def to_full_width(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if ch.isascii() and ch.isalnum() else ch for ch in text)


def extract(units: list[Unit], extractor: str) -> str:
    """The page as the extractor writes it: documented (a blank line after each line but those
    ending half-width; a headline's lines close together), the same with CRLF ends, packed (no
    blank line at all, a paragraph's indent kept as two full-width spaces), full-width digits
    and Latin, or half-width punctuation."""
    end = "\r\n" if extractor == "crlf" else "\n"
    out = []
    for unit in units:
        lines = list(unit.lines)
        if extractor == "fullwidth":
            lines = [to_full_width(line) for line in lines]
        if extractor == "halfpunct":
            lines = [line.translate(HALF_PUNCT) for line in lines]
        if extractor == "packed":
            if unit.indented:
                lines[0] = "\u3000\u3000" + lines[0]
            out += [line + end for line in lines]
        elif unit.tight:
            out.append(end.join(lines) + end + end)
        else:
            out += [line + end + ("" if half_width(line) else end) for line in lines]
    return "".join(out)


def normalized(text: str) -> str:
    """Text as the scorer compares it: NFKC, no whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).split())
