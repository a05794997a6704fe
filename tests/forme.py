"""The forme layouter: a make-up editor assembles a page's forme from its stories, and a PDF
extractor reads the page back, one printed column line a line.

`forme_page(seed, articles)` returns the raw text of one page and its gold annotation. Each gold
article notes under `forme:` the conventions drawn for it; the page's `forme:` notes the
extractor and the page furniture. The gold holds what a perfect parse gives: the printed text,
with the extractor's habits (zero-width spaces, full-width digits, half-width punctuation,
no-break indents) undone.
"""

from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from tests.goldtext import lead_sentence

# What each convention may be: the tests check that every value turns up within 100 pages
CONVENTIONS: dict[str, tuple[str, ...]] = {
    "title": ("single", "two_part", "odd_break", "spaced"),
    "place": ("headline_first", "byline_first"),
    "credit": ("bracket_dateline", "xinhua_dateline", "closing_paren", "byline_line", "wen_slash"),
    "heading": ("plain", "square_run_in", "bracket_run_in", "numbered"),
    "caption": ("none", "below", "above", "strip", "strip_tabbed"),
    "trailing": ("none", "space", "paren"),
    "jump": ("none", "continued"),
    "label": ("none", "column_label"),
    "aside": ("none", "byline_above", "byline_closing"),
}
PAGE_CONVENTIONS: dict[str, tuple[str, ...]] = {
    "extractor": (
        "documented",
        "dense",
        "zero_width",
        "fullwidth_digits",
        "half_punct",
        "nbsp_indent",
        "trailing_space",
    ),
    "header": ("lines", "tabbed"),
    "footer": ("end", "repeated_mid"),
    "banner": ("none", "over_two"),
    "follow_on": ("none", "same_measure"),
}
EXTRACTOR_WEIGHTS = (10, 2, 2, 2, 2, 2, 2)

OPENING = "“‘（《【"
CLOSING = "，。、；：？！”’）》】…"
REPORTER_ROLES = ("记者", "特约记者", "实习生")
NUMERALS = "一二三四五六七八九十"
COLUMN_LABELS = ("短评", "园区观察", "快评")
BANNERS = ("园区快讯", "创新一线", "绿色发展巡礼", "项目建设进行时")
BANNER_ENDS = ("巡礼", "观察", "一线")
ZONES = Path(__file__).resolve().parent.parent / "data" / "hitech_zones.tsv"
PROVINCE_SUFFIX = re.compile(r"(壮族自治区|回族自治区|维吾尔自治区|自治区|省|市)$")
EDITORS = ("郗明远", "阿不都热合曼·吐尔地", "央金拉姆", "巴特尔", "欧阳晓", "韦丽萍")
WEEKDAYS = "一二三四五六日"
ALREADY_NUMBERED = re.compile(r"（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[.．、]")
HALF_WIDTH_TAIL = re.compile(r"[0-9A-Za-z+\-]$")


@dataclass
class Piece:
    """Printed lines of one article in reading order (blank-free) with the gold they make."""

    lines: list[str] = field(default_factory=list)
    paragraph_starts: set[int] = field(default_factory=set)  # indexes of paragraphs' first lines


def wrap(text: str, width: int, first_width: int) -> list[str]:
    """Column lines of one paragraph, with kinsoku: no line opens on closing punctuation and
    none ends on an opening mark (the line runs one over or one under its measure)."""
    lines: list[str] = []
    rest = text
    measure = first_width
    while len(rest) > measure:
        cut = measure
        if rest[cut] in CLOSING:
            while cut < len(rest) and rest[cut] in CLOSING:
                cut += 1
        elif rest[cut - 1] in OPENING:
            cut -= 1
        lines.append(rest[:cut])
        rest = rest[cut:]
        measure = width
    if rest:
        lines.append(rest)
    return lines


def title_lines(title: str, form: str, rng: random.Random) -> tuple[str, list[str]]:
    """(the form printed, the title's lines): on one line, in two at its space, broken at an
    odd place, or letter-spaced; a title without a space or too short for a break stays whole."""
    plain = title.replace(" ", "")
    if form == "two_part" and " " in title:
        return form, title.split(" ", 1)
    if form == "odd_break" and len(plain) > 6:
        cut = rng.randrange(3, len(plain) - 2)
        return form, [plain[:cut], plain[cut:]]
    if form == "spaced":
        return form, [" ".join(plain)]
    return "single", [title]


def people(article: dict) -> tuple[list[dict], list[dict]]:
    """(credited in the dateline or byline, printed after the last sentence)."""
    authors = article.get("authors") or []
    return [a for a in authors if not a.get("trailing")], [a for a in authors if a.get("trailing")]


def credit_names(credited: list[dict]) -> str:
    return " ".join(f"{a.get('role') or ''} {a['name']}".strip() for a in credited)


def park_city(article: dict) -> str:
    park = article.get("park") or ""
    return re.split(r"高新|火炬|市|仲恺|松山湖|大冶湖", park)[0] or "本"


def draw_credit(article: dict, rng: random.Random) -> str:
    news = article.get("kind") in ("news", "short", "photo")
    if news:
        return rng.choices(("bracket_dateline", "xinhua_dateline", "closing_paren"), weights=(5, 1, 2))[0]
    if article.get("kind") == "commentary":
        return rng.choice(("byline_line", "closing_paren"))
    return rng.choice(("byline_line", "wen_slash"))


def credit_text(form: str, credited: list[dict], article: dict, rng: random.Random) -> tuple[str, str]:
    """(dateline, byline) as printed for the drawn form."""
    names = " ".join(a["name"] for a in credited)
    if form == "bracket_dateline":
        return (f"本报讯（{credit_names(credited)}）" if credited else "本报讯"), ""
    if form == "xinhua_dateline":
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        reporters = f"（{credit_names(credited)}）" if credited else ""
        return f"新华社{park_city(article)}{month}月{day}日电{reporters}", ""
    if form == "closing_paren":
        return "", (f"（{credit_names(credited)}）" if credited else "")
    if form == "wen_slash":
        return "", (f"文/{names}" if credited else "")
    return "", credit_names(credited)


def heading_text(text: str, style: str, number: int) -> str:
    if style == "square_run_in":
        return f"■{text}"
    if style == "bracket_run_in":
        return f"【{text}】"
    if style == "numbered" and not ALREADY_NUMBERED.match(text):
        return f"（{NUMERALS[number % 10]}）{text}"
    return text


def body_blocks(article: dict, style: str) -> list[dict]:
    """The gold blocks: editor's note, paragraphs and subheadings, sidebar, source credit."""
    blocks: list[dict] = []
    if isinstance(article.get("editor_note"), str) and article["editor_note"]:
        blocks.append({"type": "paragraph", "text": f"编者按：{article['editor_note']}"})
    number = 0
    for item in article["body"]:
        if item.startswith("## "):
            blocks.append({"type": "heading", "text": heading_text(item[3:].strip(), style, number)})
            number += 1
        else:
            blocks.append({"type": "paragraph", "text": item})
    sidebar = article.get("sidebar")
    if isinstance(sidebar, dict) and sidebar.get("body"):
        blocks.append({"type": "heading", "text": sidebar.get("label") or "链接"})
        blocks += [{"type": "paragraph", "text": text} for text in sidebar["body"]]
    if isinstance(article.get("source"), str) and article["source"]:
        blocks.append({"type": "paragraph", "text": f"（据{article['source']}）"})
    return blocks


def captions_of(article: dict) -> list[dict]:
    found = article.get("captions")
    if found is None and isinstance(article.get("caption"), dict):
        found = [article["caption"]]
    return [c for c in found or [] if (c.get("text") or c.get("credit"))]


def caption_lines(caption: dict, width: int) -> tuple[list[str], dict]:
    """A caption as printed, and its gold: the credit follows the text, 摄 for a person and
    图片来源 for a unit."""
    text, credit = caption.get("text") or "", caption.get("credit") or ""
    if not credit:
        return wrap(text, width, width), {"text": text, "credit": ""}
    if caption.get("by") == "unit":
        printed = f"图片来源：{credit}"
        return wrap(text, width, width) + [printed], {"text": text, "credit": printed}
    printed = f"{credit} 摄"
    lines = wrap(text, width, width)
    if lines and len(lines[-1]) + len(printed) < width:
        lines[-1] += f" {printed}"
    else:
        lines.append(printed)
    return lines, {"text": text, "credit": printed}


def runs_into_next(blocks: list[dict], index: int) -> bool:
    """Whether the block is a subheading a paragraph follows, which a run-in style opens."""
    following = blocks[index + 1]["type"] if index + 1 < len(blocks) else ""
    return blocks[index]["type"] == "heading" and following == "paragraph"


def run_in_lines(blocks: list[dict], style: str, dateline: str, width: int) -> Piece:
    """Body lines: each paragraph's first line two short (its indent lost), a run-in heading
    opening the paragraph after it on the same line."""
    piece = Piece()
    run_in = style in ("square_run_in", "bracket_run_in")
    carry = ""
    for index, block in enumerate(blocks):
        text = block["text"]
        if index == 0 and dateline:
            text = f"{dateline} {text}"
        if block["type"] != "paragraph":
            if run_in and runs_into_next(blocks, index):
                carry = f"{text}　"
                continue
            piece.paragraph_starts.add(len(piece.lines))
            piece.lines.append(text)
            continue
        text = carry + text
        carry = ""
        piece.paragraph_starts.add(len(piece.lines))
        piece.lines += wrap(text, width, width - 2)
    return piece


def aside_blocks(article: dict, form: str) -> tuple[list[dict], list[dict]]:
    """(printed, gold) blocks of a box closing the article (记者手记, 延伸阅读) with its own
    byline: on a line under the box's label, or in brackets after its last sentence. The gold
    keeps the label as a subheading and the byline out of the text."""
    aside = article["aside"]
    label, author = aside.get("label") or "记者手记", aside.get("author") or ""
    gold = [{"type": "heading", "text": label}] + [{"type": "paragraph", "text": t} for t in aside["body"]]
    # the label and byline stand on lines of their own, never run into a paragraph
    printed = [{"type": "line", "text": label}] + [dict(block) for block in gold[1:]]
    if form == "byline_above":
        printed.insert(1, {"type": "line", "text": f"□{author}"})
    else:
        printed[-1]["text"] += f"（{author}）"
    return printed, gold


def lay_captions(captions: list[dict], width: int, rng: random.Random) -> tuple[str, list[str], list[dict]]:
    """(form, printed lines, gold) of an article's captions: one photo's above or below the
    story, a strip's together after it, read line by line or side by side."""
    printed: list[str] = []
    gold: list[dict] = []
    for caption in captions:
        lines, gold_caption = caption_lines(caption, width)
        printed += lines
        gold.append(gold_caption)
    if not captions:
        return "none", printed, gold
    if len(captions) == 1:
        return rng.choice(("below", "above")), printed, gold
    form = rng.choice(("strip", "strip_tabbed"))
    if form == "strip_tabbed":
        # the extractor reads the strip's captions side by side, one tab between neighbours
        printed = ["\t".join(" ".join(caption_lines(c, 99)[0]) for c in captions)]
    return form, printed, gold


def closed_blocks(blocks: list[dict], trailing: list[dict], form: str, closing: str) -> list[dict]:
    """The blocks as printed: trailing authors after the last sentence, by a space or in
    brackets, then a closing credit."""
    printed = [dict(block) for block in blocks]
    last = next(i for i in range(len(printed) - 1, -1, -1) if printed[i]["type"] == "paragraph")
    if trailing:
        names = " ".join(author["name"] for author in trailing)
        printed[last]["text"] += f" {names}" if form == "space" else f"（{names}）"
    printed[last]["text"] += closing
    return printed


@dataclass
class LaidArticle:
    lines: list[str]
    paragraph_starts: set[int]
    headline_joins: set[int]  # lines a headline's next line follows with a single newline
    gold: dict


def lay_article(article: dict, rng: random.Random, page_number: int, follow_on_width: int = 0) -> LaidArticle:
    """One article's lines and gold; a follow-on story takes the measure of the story above
    and opens without a dateline, its credit closing it."""
    width = follow_on_width or rng.randint(14, 20)
    title = article.get("title") or ""
    form = rng.choice(CONVENTIONS["title"])
    credited, trailing = people(article)
    credit = "closing_paren" if follow_on_width else draw_credit(article, rng)
    dateline, byline = credit_text(credit, credited, article, rng)
    style = rng.choice(CONVENTIONS["heading"])
    blocks = body_blocks(article, style)
    jump = "none"
    if len(blocks) >= 4 and rng.random() < 0.15:
        jump = "continued"
        blocks = blocks[: len(blocks) // 2 + 1]
        while blocks[-1]["type"] == "heading":
            blocks.pop()
    if jump != "none":
        # the story's end, with whoever is credited after it, is on another page
        trailing = []
        if credit == "closing_paren":
            byline, credited = "", []
    trailing_form = rng.choice(("space", "paren")) if trailing else "none"
    closing = byline if credit == "closing_paren" else ""
    printed_blocks = closed_blocks(blocks, trailing, trailing_form, closing)

    aside_form = "none"
    aside_byline = ""
    if isinstance(article.get("aside"), dict) and article["aside"].get("body") and jump == "none":
        aside_form = rng.choice(CONVENTIONS["aside"][1:])
        printed_aside, gold_aside = aside_blocks(article, aside_form)
        printed_blocks = list(printed_blocks) + printed_aside
        blocks = blocks + gold_aside
        aside_byline = article["aside"].get("author") or ""

    body = run_in_lines(printed_blocks, style, dateline, width)
    # a commentary without a kicker runs under its column's label, printed where a kicker is
    label = "none"
    kicker = article.get("kicker") or ""
    if article.get("kind") == "commentary" and not kicker:
        label, kicker = "column_label", rng.choice(COLUMN_LABELS)
    head = [kicker] if kicker else []
    form, printed_title = title_lines(title, form, rng)
    head += printed_title
    head += [article["subtitle"]] if article.get("subtitle") else []
    credit_line = [byline] if byline and credit in ("byline_line", "wen_slash") else []
    place = rng.choice(CONVENTIONS["place"]) if credit_line else "headline_first"
    top = credit_line + head if place == "byline_first" else head + credit_line
    first_head = len(credit_line) if place == "byline_first" else 0
    headline_joins = set(range(first_head, first_head + len(head) - 1))

    caption_form, caption_block, gold_captions = lay_captions(captions_of(article), width, rng)
    lines = top + (caption_block if caption_form == "above" else [])
    offset = len(lines)
    lines += body.lines
    if jump == "continued":
        lines.append(f"（下转第{page_number + rng.randint(1, 4)}版）")
    if caption_form in ("below", "strip", "strip_tabbed"):
        lines += caption_block
    gold = {
        "id": article.get("id", ""),
        "park": article.get("park", ""),
        "kicker": kicker,
        "title": title,
        "subtitle": article.get("subtitle") or "",
        "dateline": dateline,
        "byline": byline,
        "authors": list(
            dict.fromkeys([a["name"] for a in credited + trailing] + [aside_byline] * bool(aside_byline))
        ),
        "aside_byline": aside_byline,
        "blocks": blocks,
        "captions": gold_captions,
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary") or "",
        "lead_summary": lead_sentence(blocks),
        "forme": {
            "title": form,
            "place": place,
            "credit": credit,
            "heading": style,
            "caption": caption_form,
            "trailing": trailing_form,
            "jump": jump,
            "label": label,
            "aside": aside_form,
            "measure": width,
        },
    }
    return LaidArticle(lines, {offset + i for i in body.paragraph_starts}, headline_joins, gold)


def to_fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


HALF_PUNCT = str.maketrans({"，": ",", "：": ":", "；": ";", "？": "?", "！": "!"})


def extract_line(line: str, extractor: str, starts_paragraph: bool, rng: random.Random) -> str:
    """One line as the drawn extractor writes it."""
    if extractor == "fullwidth_digits":
        return to_fullwidth(line)
    if extractor == "half_punct":
        return line.translate(HALF_PUNCT)
    if extractor == "zero_width" and len(line) > 4:
        cut = rng.randrange(1, len(line) - 1)
        return f"{line[:cut]}\u200b{line[cut:]}"
    if extractor == "nbsp_indent" and starts_paragraph:
        return f"\u00a0\u00a0{line}"
    if extractor == "trailing_space":
        return line + " " * rng.randint(1, 3)
    return line


def join_lines(lines: list[str], extractor: str, headline_joins: set[int]) -> str:
    """The documented habit: a blank line after every line but one ending half-width or a
    headline line followed by the headline's next line."""
    if extractor == "dense":
        return "\n".join(lines) + "\n"
    out = []
    for index, line in enumerate(lines):
        single = index in headline_joins or HALF_WIDTH_TAIL.search(line.rstrip(" "))
        out.append(line + "\n" if single else line + "\n\n")
    return "".join(out)


def page_furniture(rng: random.Random, number: int, form: str) -> tuple[list[str], list[str]]:
    """(header lines, footer lines) of the page."""
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    date = f"2026年{month}月{day}日 星期{rng.choice(WEEKDAYS)}"
    header = [f"第{number}版\t高新区\t{date}"] if form == "tabbed" else ["高新区", date, f"第{number}版"]
    footer = [f"责任编辑：{rng.choice(EDITORS)}　版式设计：{rng.choice(EDITORS)}"]
    return header, footer


@cache
def zone_provinces() -> dict[str, str]:
    """Each park's province by its official name, as headlines name it (湖北, 广西)."""
    with open(ZONES, encoding="utf-8") as f:
        return {
            row["official_name"]: PROVINCE_SUFFIX.sub("", row["province"])
            for row in csv.DictReader(f, delimiter="\t")
        }


def banner_pair(chosen: list[dict], usable: list[dict], at: int, rng: random.Random) -> str:
    """The banner over the stories at `at` and after it: a second story from the first one's
    province takes the place after it, under a banner naming the province; without one, a
    section banner stands over the two."""
    province = zone_provinces().get(chosen[at].get("park", ""))
    mates = [
        a
        for a in usable
        if a not in chosen and province and zone_provinces().get(a.get("park", "")) == province
    ]
    if not mates:
        return rng.choice(BANNERS)
    chosen[at + 1] = rng.choice(mates)
    return f"{province}高新区{rng.choice(BANNER_ENDS)}"


def forme_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """One page laid out from 2-6 articles of the corpus: its raw text and gold."""
    rng = random.Random(seed)
    usable = [a for a in articles if a.get("body")]
    chosen = rng.sample(usable, min(len(usable), rng.randint(2, 6)))
    extractor = rng.choices(PAGE_CONVENTIONS["extractor"], weights=EXTRACTOR_WEIGHTS)[0]
    number = rng.randint(2, 12)
    header_form = rng.choice(PAGE_CONVENTIONS["header"])
    footer_form = rng.choice(PAGE_CONVENTIONS["footer"])
    banner_form = "over_two" if len(chosen) >= 3 and rng.random() < 0.3 else "none"
    header, footer = page_furniture(rng, number, header_form)
    middle = len(chosen) // 2
    banner = banner_pair(chosen, usable, middle - 1, rng) if banner_form == "over_two" else ""
    follow_on = rng.choice(PAGE_CONVENTIONS["follow_on"])
    laid: list[LaidArticle] = []
    for index, article in enumerate(chosen):
        width_above = laid[-1].gold["forme"]["measure"] if follow_on != "none" and index == 1 else 0
        laid.append(lay_article(article, rng, number, width_above))

    lines: list[str] = list(header)
    starts: set[int] = set()
    joins: set[int] = set()
    for index, article in enumerate(laid):
        if banner_form == "over_two" and index == middle - 1:
            lines.append(banner)
        if footer_form == "repeated_mid" and index == middle and index:
            lines += [f"高新区　第{number}版"]
        starts |= {len(lines) + i for i in article.paragraph_starts}
        joins |= {len(lines) + i for i in article.headline_joins}
        lines += article.lines
    lines += footer
    printed = [extract_line(line, extractor, i in starts, rng) for i, line in enumerate(lines)]
    raw = join_lines(printed, extractor, joins)
    gold = {
        "page": "",
        "notes": "Laid out by the forme layouter; texts are whitespace-free after NFKC in scoring.",
        "articles": [article.gold for article in laid],
        "forme": {
            "extractor": extractor,
            "header": header_form,
            "footer": footer_form,
            "banner": banner_form,
            "follow_on": follow_on,
            "banner_text": banner,
            "page_number": number,
        },
    }
    return raw, gold
