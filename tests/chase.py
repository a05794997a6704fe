"""The chase layouter: lays corpus articles out on a page as a stone hand locks type into the
chase, then reads the page back as a PDF extractor would, one printed column line a line.

`chase_page(seed, articles)` gives the raw text and its gold. Each gold article notes the
conventions drawn for it under `chase:`; the page notes its extractor habits under `chase:` too.

Conventions, per article:
  headline  line (one line) | wrapped (broken at the column measure) | vertical (a narrow
            column read back one or two characters a line)
  decks     kicker above, subtitle below, each on its own line when the article has them
  credit    news: paren (本报讯（记者 X 通讯员 Y）) | dispatch (本报武汉12月5日电（记者 X）) |
            report_line (本报通讯员 Y 记者 X 报道, a line of its own) | closing ((记者 X) after
            the last sentence); other kinds: byline (本报记者 X 本报通讯员 Y) | slash (文/X Y) |
            closing
  headings  plain | numbered (一、 … as printed, so the gold heading holds the number) | none
  caption   none | below (after the body) | above (before the headline)
  jump      none | head (the page holds the opening paragraphs, then 下转第N版) |
            tail (the page opens with 上接第N版 and the closing paragraphs, no headline)
  qr        a 扫码阅读全文 line after the article (page furniture)
Extractor habits, per page: documented (a blank line after every line, two-space paragraph
indents) | dense (no blank lines, ideographic-space indents) | kangxi (dense, with Kangxi-radical
code points for common ideographs) | feed (dense, a form feed between stories); and, on any
page, a running footer repeated in the middle of the stream, spaces between CJK and digits,
trailing spaces, no-break spaces for the spaces of the print.
"""

from __future__ import annotations

import csv
import random
import unicodedata
from pathlib import Path

from tests.goldtext import lead_sentence

ZONES = Path(__file__).resolve().parent.parent / "data" / "hitech_zones.tsv"

# A line may not start with closing punctuation nor end with opening punctuation (kinsoku)
NO_LINE_START = set("，。、；：？！”’）》」』〉…—%％")
NO_LINE_END = set("“‘（《「『〈")
NEWS_ROLES = ("记者", "通讯员", "特约通讯员")
NUMERALS = "一二三四五六七八九十"
EDITORS = ("禤文婷", "阿依古丽·买买提", "仉建军", "扎西平措", "韦丽娟")

HEADLINES = ("line", "wrapped", "vertical")
NEWS_CREDITS = ("paren", "dispatch", "report_line", "closing")
OTHER_CREDITS = ("byline", "slash", "closing")
HEADINGS = ("plain", "numbered")
CAPTIONS = ("below", "above")
JUMPS = ("none", "head", "tail")
EXTRACTORS = ("documented", "dense", "kangxi", "feed")

# Kangxi radicals and their ordinary ideographs, as some PDF fonts map them
KANGXI = {
    unicodedata.normalize("NFKC", chr(code)): chr(code)
    for code in range(0x2F00, 0x2FD6)
    if unicodedata.normalize("NFKC", chr(code)) in "一人力大山工心日月水火生用石高"
}


def zone_cities() -> dict[str, str]:
    with open(ZONES, encoding="utf-8") as f:
        return {
            row["official_name"]: row["city"].removesuffix("市") for row in csv.DictReader(f, delimiter="\t")
        }


CITIES = zone_cities()


def broken_lines(text: str, measure: int) -> list[str]:
    """Text set into lines of `measure` characters, closing punctuation hung on the line before
    and opening punctuation carried to the next line."""
    lines, start = [], 0
    while start < len(text):
        end = min(start + measure, len(text))
        while end < len(text) and text[end] in NO_LINE_START:
            end += 1
        while end - start > 1 and end < len(text) and text[end - 1] in NO_LINE_END:
            end -= 1
        lines.append(text[start:end].strip())
        start = end
    return [line for line in lines if line]


def vertical_lines(title: str, rng: random.Random) -> list[str]:
    step = rng.choice((1, 2))
    return [title[i : i + step] for i in range(0, len(title), step)]


def authors_of(article: dict) -> list[dict]:
    return [a for a in article.get("authors") or [] if a.get("name")]


def credited(article: dict) -> list[dict]:
    """The authors a credit names: trailing authors sign after the last sentence instead."""
    return [a for a in authors_of(article) if not a.get("trailing")]


def credit_names(authors: list[dict]) -> str:
    """记者 X 通讯员 Y: each name after its role, as a news credit prints it."""
    return " ".join(f"{a['role']} {a['name']}" if a.get("role") else a["name"] for a in authors)


def news_credit(style: str, article: dict, date: str) -> tuple[str, str]:
    """(dateline prefixed to the first paragraph, credit line or closing credit)."""
    authors = credited(article)
    names = credit_names(authors)
    if style == "paren":
        return (f"本报讯（{names}）" if names else "本报讯"), ""
    if style == "dispatch":
        city = CITIES.get(article.get("park", ""), "")
        return f"本报{city}{date}电" + (f"（{names}）" if names else ""), ""
    if style == "report_line":
        # the correspondent first, as the line is printed: 本报通讯员 Y 记者 X 报道
        ordered = sorted(authors, key=lambda a: a.get("role") == "记者")
        staff = "本报" if ordered and ordered[0].get("role") else ""
        return "", (staff + credit_names(ordered) + " 报道") if ordered else ""
    return "", f"（{names}）" if names else ""


def feature_credit(style: str, article: dict) -> str:
    authors = credited(article)
    if not authors:
        return ""
    if style == "slash":
        return "文/" + " ".join(a["name"] for a in authors)
    if style == "closing":
        return f"（{' '.join(a['name'] for a in authors)}）"
    return " ".join(f"{a['role']} {a['name']}" if a.get("role") else a["name"] for a in authors)


def gold_blocks(body: list[str], headings: str) -> list[dict]:
    blocks, number = [], 0
    for text in body:
        if text.startswith("## "):
            heading = text[3:].strip()
            if headings == "numbered":
                heading = f"{NUMERALS[number % len(NUMERALS)]}、{heading}"
                number += 1
            blocks.append({"type": "heading", "text": heading})
        else:
            blocks.append({"type": "paragraph", "text": text})
    return blocks


def jump_slice(blocks: list[dict], jump: str) -> list[dict]:
    """The blocks a page holds of an article continued to or from another page."""
    half = max(1, len(blocks) // 2)
    return {"none": blocks, "head": blocks[:half], "tail": blocks[half:]}[jump]


class Story:
    """One article: its printed lines (tagged) and its gold."""

    def __init__(self, article: dict, rng: random.Random, jump: str, date: str, measure: int) -> None:
        self.rng = rng
        self.measure = measure
        news = article.get("kind") == "news"
        heading_style = rng.choice(HEADINGS)
        blocks = gold_blocks(article.get("body") or [], heading_style)
        jump = jump if len(blocks) > 1 else "none"  # a one-paragraph story is never continued
        shown = jump_slice(blocks, jump)
        caption = article.get("caption")
        placement = rng.choice(CAPTIONS) if caption and jump == "none" else "none"
        credit_style = rng.choice(NEWS_CREDITS if news else OTHER_CREDITS) if jump != "tail" else "none"
        dateline, credit = "", ""
        if credit_style != "none":
            dateline, credit = (
                news_credit(credit_style, article, date)
                if news
                else ("", feature_credit(credit_style, article))
            )
        trailing = [a["name"] for a in authors_of(article) if a.get("trailing")] if jump != "head" else []
        closing = credit_style == "closing"
        headline = "none" if jump == "tail" else self.headline_style(article)
        self.lines: list[tuple[str, str]] = []  # (kind, text): kind line | para | blank
        if placement == "above":
            self.caption_line(caption)
        self.jump_lines: list[str] = []  # page furniture: where the rest of the article is
        if jump == "tail":
            self.jump_line(f"（上接第{rng.randint(1, 3)}版）")
        else:
            self.headline(article, headline)
        if credit and not closing and jump != "tail":
            self.lines.append(("line", credit))
        self.body(shown, dateline, closing and credit, trailing)
        if jump == "head":
            self.jump_line(f"（下转第{rng.randint(5, 8)}版）")
        if placement == "below":
            self.caption_line(caption)
        self.gold = {
            "id": article["id"],
            "park": article.get("park", ""),
            "kicker": article.get("kicker", "") if headline != "none" else "",
            "title": article.get("title", "") if headline != "none" else "",
            "subtitle": article.get("subtitle", "") if headline != "none" else "",
            "dateline": dateline,
            "authors": [a["name"] for a in authors_of(article)] if jump != "tail" else trailing,
            "byline": " ".join(filter(None, [credit, *(f"（{n}）" for n in trailing)])),
            "blocks": shown,
            "captions": [self.gold_caption(caption)] if placement != "none" else [],
            "topics": list(article.get("topics") or []),
            "summary": article.get("summary", ""),
            "lead_summary": lead_sentence(shown),
            "chase": {
                "headline": headline,
                "credit": credit_style,
                "headings": heading_style if any(b["type"] == "heading" for b in shown) else "none",
                "caption": placement,
                "jump": jump,
                "qr": False,
            },
        }

    def jump_line(self, text: str) -> None:
        self.lines.append(("line", text))
        self.jump_lines.append(text)

    def headline_style(self, article: dict) -> str:
        title = article.get("title", "").replace(" ", "")
        styles = HEADLINES if len(title) <= 12 else HEADLINES[:2]
        return self.rng.choice(styles)

    def headline(self, article: dict, style: str) -> None:
        if article.get("kicker"):
            self.lines.append(("line", article["kicker"]))
        title = article.get("title", "")
        if style == "vertical":
            self.lines += [("line", piece) for piece in vertical_lines(title.replace(" ", ""), self.rng)]
        elif style == "wrapped":
            parts = title.split(" ") if " " in title else broken_lines(title, max(6, self.measure // 2 + 2))
            self.lines += [("line", piece) for piece in parts if piece]
        else:
            self.lines.append(("line", title))
        if article.get("subtitle"):
            self.lines.append(("line", article["subtitle"]))

    def body(self, blocks: list[dict], dateline: str, closing: str, trailing: list[str]) -> None:
        for index, block in enumerate(blocks):
            text = block["text"]
            if block["type"] == "heading":
                self.lines.append(("line", text))
                continue
            if index == 0 and dateline:
                text = dateline + text
            if index == len(blocks) - 1:
                text += (closing or "") + "".join(f"（{name}）" for name in trailing)
            pieces = broken_lines(text, self.measure)
            self.lines.append(("para", pieces[0]))
            self.lines += [("line", piece) for piece in pieces[1:]]

    def caption_line(self, caption: dict) -> None:
        text = " ".join(filter(None, [caption.get("text", ""), caption.get("credit", "")]))
        self.lines += [("line", piece) for piece in broken_lines(text, self.measure)]

    @staticmethod
    def gold_caption(caption: dict) -> dict:
        return {"text": caption.get("text", ""), "credit": caption.get("credit", "")}


def is_ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def spaced_digits(line: str) -> str:
    """A space between an ideograph and a digit next to it, as some extractors read the kerning."""
    out = []
    for index, ch in enumerate(line):
        before = line[index - 1] if index else ""
        if (ch.isascii() and ch.isdigit() and is_ideograph(before)) or (
            is_ideograph(ch) and before.isascii() and before.isdigit()
        ):
            out.append(" ")
        out.append(ch)
    return "".join(out)


def rendered(lines: list[tuple[str, str]], extractor: str, habits: dict) -> str:
    blank = extractor == "documented"
    indent = "  " if blank else "\u3000\u3000"
    out = []
    for kind, text in lines:
        if kind == "break":
            out.append("\f" if extractor == "feed" else "")
            continue
        if extractor == "kangxi":
            text = "".join(KANGXI.get(ch, ch) for ch in text)
        if habits["digit_spaces"]:
            text = spaced_digits(text)
        if habits["no_break_spaces"]:
            text = text.replace(" ", "\u00a0")
        text = (indent if kind == "para" else "") + text + (" " if habits["trailing_spaces"] else "")
        out.append(text)
        if blank:
            out.append("")
    return "\n".join(out) + "\n"


def chase_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    rng = random.Random(seed)
    count = min(len(articles), rng.randint(2, 6))
    chosen = rng.sample(articles, count)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    date = f"{month}月{day}日"
    measure = rng.randint(12, 22)
    extractor = rng.choice(EXTRACTORS)
    habits = {
        "digit_spaces": rng.random() < 0.3,
        "trailing_spaces": rng.random() < 0.3,
        "footer_mid": rng.random() < 0.4,
        "no_break_spaces": rng.random() < 0.25,
    }
    header = f"科技园区 第{rng.randint(5, 8)}版 2026年{date}"
    footer = f"责任编辑：{rng.choice(EDITORS)}  电话：010-{rng.randint(60000000, 69999999)}"
    jumps = ["none"] * count
    if rng.random() < 0.3:
        jumps[0] = "tail"
    if count > 1 and rng.random() < 0.3:
        jumps[-1] = "head"
    stories = [Story(a, rng, jump, date, measure) for a, jump in zip(chosen, jumps)]
    furniture = [header]
    lines: list[tuple[str, str]] = [("line", header)]
    for story in stories:
        if lines[-1][0] != "break":
            lines.append(("break", ""))
        lines += story.lines
        furniture += story.jump_lines
        if rng.random() < 0.2:
            lines.append(("line", "扫码阅读全文"))
            furniture.append("扫码阅读全文")
            story.gold["chase"]["qr"] = True
        lines.append(("break", ""))
    if habits["footer_mid"]:
        # the running footer of the page above, read into the stream between two lines of text
        at = rng.randrange(2, len(lines))
        lines.insert(at, ("line", footer))
        furniture.append(footer)
    lines.append(("line", footer))
    furniture.append(footer)
    raw = rendered(lines, extractor, habits)
    gold = {
        "notes": "Gold of a page laid out by the chase layouter: kicker, title and subtitle as printed; "
        "furniture lists the page furniture in reading order.",
        "chase": {"extractor": extractor, "measure": measure} | habits,
        "furniture": furniture,
        "articles": [story.gold for story in stories],
    }
    return raw, gold
