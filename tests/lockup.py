"""The lock-up layouter: park pages as a compositor locks up the forme, read back by a PDF extractor.

Each story's type is set in its own chase at its own measure (13-21 characters), with kinsoku
(no line opens with closing punctuation, none ends with an opening one), its headline decks,
its dateline or byline, its subheadings, its photo caption and the page's furniture (the date
and page-name rules at the head, a running head repeated where a story jumps columns, the
editor's line at the foot). An extractor then reads the locked-up page back one printed line at
a time, with one of several habits.

`lockup_page(seed, articles)` returns the raw page and its gold annotation; every article notes
the conventions it was drawn with under `lockup:`, and the page notes its extractor.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field

from tests.goldtext import lead_sentence

# Every value each convention can take: the tests check that all of them get drawn.
CONVENTIONS: dict[str, tuple[str, ...]] = {
    "headline": ("before", "after", "spaced", "two_lines", "gathered", "none"),
    "dateline": ("bracket", "reported", "square", "closing", "none"),
    "byline": ("slash", "photo_slash", "staff_line", "none"),
    "trailing": ("bracket", "bare_line", "none"),
    "subheading": ("plain", "spaced", "centred", "none"),
    "caption": ("above", "below", "none"),
    "credit": ("shot", "photographer", "source"),
    "indent": ("lost", "ideographic"),
    "jump": ("none", "continued_to", "continued_from"),
}
EXTRACTORS = ("documented", "dense", "crlf")
EXTRACTOR_HABITS = ("kangxi", "trailing_spaces", "no_break_space", "running_head_mid_stream")

CLOSING = set("，。、；：？！”’）》」』】…—·%")
OPENING = set("“‘（《「『【")
NEWS_KINDS = {"news", "short", "measures"}
NEWS_ROLES = ("记者", "通讯员", "特约通讯员")
# Radical look-alikes some PDF fonts map ordinary ideographs to (NFKC undoes them)
KANGXI = {
    unicodedata.normalize("NFKC", chr(code)): chr(code)
    for code in range(0x2F00, 0x2FD6)
    if unicodedata.normalize("NFKC", chr(code)) in "一人大工高力子小"
}
WEEKDAYS = "一二三四五六日"
PAGE_NAMES = ("园区动态", "创新园区", "高新区传真", "园区经济")
EDITORS = ("责任编辑：乌兰", "责任编辑：阿依努尔", "责任编辑：钮立新 美术编辑：哈斯")


@dataclass
class Chase:
    """One story locked up: its headline lines, its body lines, and the gold it makes."""

    headline: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    gold: dict = field(default_factory=dict)


def cell_width(ch: str) -> float:
    return 0.5 if unicodedata.east_asian_width(ch) in "NaH" else 1.0


def set_lines(text: str, measure: int, first_short: int = 0) -> list[str]:
    """Break text at the measure, the first line `first_short` narrower, with kinsoku."""
    lines: list[str] = []
    line, width = "", 0.0
    for ch in text:
        limit = measure - (first_short if not lines else 0)
        if width + cell_width(ch) > limit and line and ch not in CLOSING:
            carried = ""
            while line and (line[-1] in OPENING or (is_figure(line[-1]) and is_figure(ch))):
                carried, line = line[-1] + carried, line[:-1]
            if line:
                lines.append(line.strip())
                line, width = carried, sum(cell_width(c) for c in carried)
            else:  # a figure wider than the measure overruns it rather than break
                line = carried
        line += ch
        width += cell_width(ch)
    if line.strip():
        lines.append(line.strip())
    return lines


def is_figure(ch: str) -> bool:
    """Digits and Latin letters: a compositor never breaks a figure or a word across lines."""
    return ch.isascii() and (ch.isalnum() or ch in ".%")


def letter_spaced(text: str) -> str:
    return " ".join(text.replace(" ", ""))


def corpus_captions(article: dict) -> list[dict]:
    captions = list(article.get("captions") or [])
    if article.get("caption"):
        captions.append(article["caption"])
    return [c for c in captions if (c.get("text") or c.get("credit"))]


def credit_line(credit: str, form: str) -> str:
    return {"shot": f"{credit} 摄", "photographer": f"摄影：{credit}", "source": f"图片来源：{credit}"}[form]


class Locker:
    """Draws one page's conventions from its seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"lockup:{seed}")

    def pick(self, name: str, allowed: tuple[str, ...] | None = None) -> str:
        return self.rng.choice(allowed or CONVENTIONS[name])

    def lock_up(self, article: dict, jump: str) -> Chase:
        rng = self.rng
        measure = rng.randint(13, 21)
        chase = Chase()
        notes: dict = {"jump": jump, "measure": measure, "indent": self.pick("indent")}
        authors = [a for a in article.get("authors") or [] if a.get("name")]
        printed_authors: list[dict] = []
        gold_blocks: list[dict] = []
        byline_texts: list[str] = []
        paragraphs = list(article.get("body") or [])
        captions = corpus_captions(article)
        if not [p for p in paragraphs if not p.startswith("## ")] and captions and captions[0].get("text"):
            # a photo-news item with no story: the caption is its text, the credit its caption
            paragraphs = [captions[0]["text"]]
            captions = [{"text": "", "credit": captions[0].get("credit", "")}]
        if jump == "continued_to":
            paragraphs = paragraphs[: max(1, len(paragraphs) // 2)]
        if jump == "continued_from":
            paragraphs = paragraphs[max(1, len(paragraphs) // 2):]
        while jump == "continued_from" and paragraphs and paragraphs[0].startswith("## "):
            paragraphs = paragraphs[1:]  # a continuation opens mid-story, not on a subheading
        leading = [a for a in authors if not a.get("trailing")]
        trailing = [a for a in authors if a.get("trailing")]
        news = article.get("kind") in NEWS_KINDS and any(a.get("role") in NEWS_ROLES for a in leading)
        dateline, in_body = "", False
        if jump == "continued_from":
            notes.update(dateline="none", byline="none")
            chase.body.append("（上接第1版）")
            chase.gold["furniture"] = ["（上接第1版）"]
        elif news:
            notes["byline"] = "none"
            notes["dateline"] = self.pick("dateline", ("bracket", "reported", "square", "closing"))
            dateline, in_body = self.dateline(notes["dateline"], leading)
            printed_authors += leading
        else:
            notes["dateline"] = "none"
            has_photo = len(leading) == 1 and any(c.get("credit") == leading[0]["name"] for c in captions)
            notes["byline"] = "none" if not leading else self.pick(
                "byline", ("photo_slash",) if has_photo else ("slash", "staff_line")
            )
            if leading:
                byline_texts.append(self.byline(notes["byline"], leading))
                chase.body.append(byline_texts[-1])
                printed_authors += leading
        notes["caption"] = self.pick("caption", ("above", "below")) if captions else "none"
        notes["credit"] = self.pick("credit")
        gold_captions = []
        caption_lines: list[str] = []
        for caption in captions:
            text = caption.get("text") or ""
            credit = credit_line(caption["credit"], notes["credit"]) if caption.get("credit") else ""
            caption_lines += set_lines(f"{text} {credit}".strip(), measure)
            gold_captions.append({"text": text, "credit": credit})
        if notes["caption"] == "above":
            chase.body[:0] = caption_lines
        notes["subheading"] = self.pick("subheading", ("plain", "spaced", "centred"))
        if not any(p.startswith("## ") for p in paragraphs):
            notes["subheading"] = "none"
        if dateline and not in_body and notes["dateline"] == "square":
            chase.body.append(dateline)
        pending_dateline = dateline if notes["dateline"] in ("bracket", "reported") else ""
        for paragraph in paragraphs:
            if paragraph.startswith("## "):
                heading = paragraph[3:].strip()
                chase.body.append(self.subheading(heading, notes["subheading"]))
                gold_blocks.append({"type": "heading", "text": heading})
                continue
            text = paragraph
            if pending_dateline:
                text = f"{dateline}{paragraph}" if in_body else f"{dateline} {paragraph}"
                pending_dateline = ""
            gold_blocks.append({"type": "paragraph", "text": text if in_body else paragraph})
            lines = set_lines(text, measure, first_short=2)
            if notes["indent"] == "ideographic":
                lines[0] = "\u3000\u3000" + lines[0]
            chase.body += lines
        tail_printed = bool(trailing) and jump != "continued_to"
        notes["trailing"] = self.pick("trailing", ("bracket", "bare_line")) if tail_printed else "none"
        if notes["trailing"] != "none":
            names = " ".join(a["name"] for a in trailing)
            tail = f"（{names}）" if notes["trailing"] == "bracket" else names
            byline_texts.append(tail)
            printed_authors += trailing
            if notes["trailing"] == "bracket" and chase.body:
                chase.body[-1] += tail
            else:
                chase.body.append(tail)
        if dateline and notes["dateline"] == "closing":
            chase.body.append(dateline)
        if notes["caption"] == "below":
            chase.body += caption_lines
        if jump == "continued_to":
            chase.body.append("（下转第8版）")
            chase.gold["furniture"] = ["（下转第8版）"]
        chase.headline = [] if jump == "continued_from" else self.headline(article, notes)
        notes["headline"] = notes.get("headline", "none")
        notes["dateline_in_body"] = in_body
        chase.gold.update(self.gold(article, jump, dateline, printed_authors, byline_texts))
        chase.gold.update(blocks=gold_blocks, captions=gold_captions, lockup=notes)
        chase.gold["lead_summary"] = lead_sentence(gold_blocks)
        return chase

    def dateline(self, form: str, authors: list[dict]) -> tuple[str, bool]:
        """The dateline text, and whether the gold keeps it at the head of the first paragraph
        (only the bracketed 本报讯 form, which the scorer strips)."""
        credits = " ".join(f"{a['role']} {a['name']}" for a in authors)
        if form == "bracket":
            return f"本报讯（{credits}）", True
        if form == "reported":
            return f"本报讯 {' '.join(a['role'] + a['name'] for a in authors)} 报道", False
        if form == "square":
            return f"■本报{credits}", False
        return f"（{credits}）", False

    def byline(self, form: str, authors: list[dict]) -> str:
        names = " ".join(a["name"] for a in authors)
        if form == "slash":
            return f"文/{names}"
        if form == "photo_slash":
            return f"文/图 {names}"
        return " ".join(f"{a.get('role') or '本报记者'} {a['name']}" for a in authors)

    def subheading(self, heading: str, style: str) -> str:
        if style == "spaced":
            return letter_spaced(heading)
        if style == "centred":
            return "\u3000\u3000" + heading
        return heading

    def headline(self, article: dict, notes: dict) -> list[str]:
        title = article["title"]
        placements = ("before", "after", "spaced") + (("two_lines",) if " " in title else ())
        notes["headline"] = self.pick("headline", placements)
        if notes["headline"] == "spaced":
            title_lines = [letter_spaced(title)]
        elif notes["headline"] == "two_lines":
            title_lines = title.split(" ", 1)
        else:
            title_lines = [title]
        return [d for d in (article.get("kicker"), *title_lines, article.get("subtitle")) if d]

    def gold(
        self, article: dict, jump: str, dateline: str, authors: list[dict], byline_texts: list[str]
    ) -> dict:
        headlined = jump != "continued_from"
        return {
            "id": article["id"],
            "park": article.get("park", ""),
            "kicker": article.get("kicker", "") if headlined else "",
            "title": article["title"] if headlined else "",
            "subtitle": article.get("subtitle", "") if headlined else "",
            "dateline": dateline,
            "authors": [{"name": a["name"], "role": a.get("role", "")} for a in authors],
            "byline": " ".join(byline_texts),
            "topics": list(article.get("topics") or []),
            "summary": article.get("summary", ""),
        }


def read_back(lines: list[str], extractor: str, habits: list[str], rng: random.Random) -> str:
    """The printed lines as the extractor writes them."""
    out = []
    for line in lines:
        if "kangxi" in habits:
            line = "".join(KANGXI.get(ch, ch) if rng.random() < 0.5 else ch for ch in line)
        if "no_break_space" in habits:
            line = line.replace(" ", "\u00a0")
        if "trailing_spaces" in habits and rng.random() < 0.4:
            line += " " * rng.randint(1, 3)
        out.append(line)
    if extractor == "dense":
        return "\n".join(out) + "\n"
    separator = "\r\n" if extractor == "crlf" else "\n"
    text = ""
    for line in out:
        half_width_end = line.rstrip() and cell_width(line.rstrip()[-1]) < 1
        text += line + separator + ("" if half_width_end else separator)
    return text


def lockup_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    locker = Locker(seed)
    rng = locker.rng
    chosen = rng.sample(articles, min(len(articles), rng.randint(2, 6)))
    jumps = ["none"] * len(chosen)
    if len(chosen) > 1 and len(chosen[0].get("body") or []) >= 2 and rng.random() < 0.3:
        jumps[0] = "continued_from"
    if len(chosen[-1].get("body") or []) >= 2 and rng.random() < 0.3:
        jumps[-1] = "continued_to"
    chases = [locker.lock_up(a, j) for a, j in zip(chosen, jumps)]
    gathered = jumps[0] == "none" and rng.random() < 0.2
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    date_line = f"2026年{month}月{day}日 星期{rng.choice(WEEKDAYS)}"
    header = [date_line, rng.choice(PAGE_NAMES), str(rng.randint(2, 8))]
    running_head = f"科技园区报·{header[1]}"
    extractor = rng.choice(EXTRACTORS)
    habits = sorted(h for h in EXTRACTOR_HABITS if rng.random() < 0.3)
    lines = list(header)
    furniture = list(header)
    if gathered:
        for chase in chases:
            chase.gold["lockup"]["headline"] = "gathered"
            lines += chase.headline
    for number, chase in enumerate(chases):
        if number and "running_head_mid_stream" in habits:
            lines.append(running_head)
            furniture.append(running_head)
        placement = chase.gold["lockup"]["headline"]
        if placement == "after":
            lines += chase.body + chase.headline
        elif placement == "gathered":
            lines += chase.body
        else:
            lines += chase.headline + chase.body
        furniture += chase.gold.pop("furniture", [])
    editor = rng.choice(EDITORS)
    lines.append(editor)
    furniture.append(editor)
    raw = read_back(lines, extractor, habits, rng)
    gold = {
        "notes": "Gold of a page locked up by the lock-up layouter. Body text keeps a bracketed "
        "本报讯 dateline at the head of the first paragraph; other dateline forms stand apart.",
        "furniture": furniture,
        "unassigned": [],
        "articles": [chase.gold for chase in chases],
        "lockup": {"extractor": extractor, "habits": habits},
    }
    return raw, gold
