"""The thirty-ninth layouter: the weekly 开发区·高新区 page of a provincial business daily.

`linotype_page(seed, articles)` sets one broadsheet page of an invented provincial business and
commerce daily and returns (raw page text as a reader wrote it, gold annotation).

The hand: 4-8 columns of 8-14 ems, several widths on one page, stories in bands across the page;
a lead over two or three columns whose headline may stand over a photo column as well, so that its
text starts in the column under only part of the headline; two-line headlines with a 肩题 and a
副题 (with or without ——); a 园区快讯/简讯 column of short items, each its own article led by a bold
title, by ■ and a title, or by ● and its park's name; a 数说 box of big numbers with their labels
in place of a story's table; 人物 interviews set as 记者：/name： or 问：/答： turns; a 图片新闻 strip of
photos whose captions are whole stories with a 摄 credit; a story broken within the page (转下栏 /
接上栏) or sent on to another page (下转第N版); business-daily credits (本报讯（记者 X 通讯员 Y）,
a 本报记者 X 本报通讯员 Y line, a 记者 X 通讯员 Y 报道 line, 文/X 图/Y, （X） at the end of an item);
captions with （X 摄）, a credit line of their own or 图①; furniture: the page header (paper, page
name, 版次, date, 责任编辑/美术编辑/校对), a 广告 or 公益广告 block, the 新闻热线 and page number.

Decisions the gold records (see GOLD_NOTES): a 数说 box belongs to the story it stands in (a heading
block 数说, then one optional-break paragraph per number and label); a brief led by ● and its park's
name has that name for its title; a photo story's caption is its body and its 摄 line its byline;
column heads (园区快讯, 图片新闻), jump lines, bullets and a reader's markup are furniture; what a
reader repeats by itself is unassigned.
"""

from __future__ import annotations

import csv
import datetime
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"

GOLD_NOTES = (
    "Gold annotation of a page set by tests/linotype.py (a provincial business daily's weekly "
    "park page). Body text is whitespace-free; the first paragraph keeps its 本报讯 dateline. "
    "Each item of a 园区快讯/简讯 column is its own article; an item led by ● and its park's name "
    "has that name for its title, the bullets ■/● are furniture. A 数说 box belongs to its "
    "story: a heading block 数说, then a paragraph per number and its label, with optional "
    "breaks (as table rows are), placed after the lead paragraph wherever the box is printed. "
    "A photo story in the 图片新闻 strip is an article whose body is the caption and whose byline "
    "is its 摄 credit. Interview turns are paragraphs as printed (记者：/name： or 问：/答：). "
    "Subtitles keep a —— they are printed with. byline holds every credit printed apart from "
    "the dateline; caption label holds the marks around text and credit. Column heads, jump "
    "lines (转下栏, 接上栏, 下转第N版) and a reader's markup (#, **, table rules, image links, JSON "
    "keys) are furniture; text a reader repeated by itself is unassigned."
)

# Article conventions: what the layouter varies story by story, with every value it can take
CONVENTIONS: dict[str, tuple[str, ...]] = {
    "setting": ("story", "brief", "photo_caption"),
    "span": ("1", "2", "3"),
    "column_width": ("8", "9", "10", "11", "12", "13", "14"),
    "head_over": ("whole", "part"),
    "credit_form": (
        "dateline_bracket", "dateline_tail", "head_line", "report_line", "wen_tu", "tail_bracket",
        "photo_credit", "none",
    ),
    "subtitle_mark": ("none", "dash", "plain"),
    "item_form": ("none", "bold_title", "square_title", "dot_park"),
    "qa_form": ("none", "reporter_name", "wen_da"),
    "table_form": ("none", "table", "numbers_box"),
    "caption_form": ("none", "credit_bracket", "credit_line", "numbered"),
    "jump": ("none", "within", "out"),
}

# Page conventions: what the layouter varies page by page
PAGE_CONVENTIONS: dict[str, tuple[str, ...]] = {
    "columns": ("4", "5", "6", "7", "8"),
    "page_name": ("园区周刊", "开发区", "高新视界"),
    "header_form": ("one_line", "stacked"),
    "brief_column": ("none", "园区快讯", "简讯"),
    "photo_strip": ("none", "图片新闻"),
    "advert": ("广告", "公益广告"),
    "advert_at": ("between", "end"),
}

# The readers and how often each wrote a page: the documented reader (the sample's habits) and four
# others, each with habits a real tool has
EXTRACTOR_WEIGHTS: dict[str, float] = {
    "documented": 0.20,
    "marker": 0.20,
    "nougat": 0.20,
    "pdfxchange": 0.20,
    "baidu_ocr": 0.20,
}

HABITS: dict[str, tuple[str, ...]] = {
    # the sample page: a blank line after each line unless it ends half-width, two-line headlines on
    # single newlines, spaces around numbers, a justified short line read letter-spaced
    "documented": ("blank_line_after_line", "numbers_spaced", "letter_spaced_line"),
    # marker-pdf Markdown: headings by font size (# title, ## section), bold spans as **…**, tables as
    # pipe tables with a |---| rule, pictures as image links, a paragraph per line between blank lines,
    # and the page header and footer often dropped as page furniture
    "marker": ("markdown_headings", "bold_spans", "pipe_tables", "image_links", "page_furniture_dropped"),
    # Nougat .mmd: a paragraph per line between blank lines, ## headings, tables as LaTeX tabular, and at
    # a page's end either [MISSING_PAGE_POST] or a sentence repeated until the token limit
    "nougat": ("paragraph_per_line", "section_headings", "latex_tables", "missing_page_post",
               "repeated_sentence"),
    # PDF-XChange Editor "export to plain text" with the layout kept: the columns of a band side by side
    # on one line, separated by runs of spaces, headlines centred over their columns
    "pdfxchange": ("columns_side_by_side", "centred_headlines"),
    # Baidu OCR general_basic JSON: one words_result entry per printed line; with probability=true a
    # probability object per line, with paragraph=true the paragraphs as lists of line indexes
    "baidu_ocr": ("json_line_entries", "probability_scores", "paragraph_groups"),
}

# What each habit leaves in the raw text, for the tests: a pattern that matches when it was applied
HABIT_TRACES: dict[str, re.Pattern] = {
    "blank_line_after_line": re.compile(r"[\u4e00-\u9fff，。”]\n\n"),
    "numbers_spaced": re.compile(r"[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]"),
    "letter_spaced_line": re.compile(r"(?:\S ){5,}\S"),
    "markdown_headings": re.compile(r"^#{1,2} \S", re.M),
    "bold_spans": re.compile(r"\*\*[^*\n]+\*\*"),
    "pipe_tables": re.compile(r"^\|(?: --- \|)+$", re.M),
    "image_links": re.compile(r"!\[\]\(_page_0_Picture_\d+\.jpeg\)"),
    "page_furniture_dropped": re.compile(r"\A(?![\s\S]*(?:责任编辑|责编))"),
    "paragraph_per_line": re.compile(r"^[^\n]{60,}$", re.M),
    "section_headings": re.compile(r"^## \S", re.M),
    "latex_tables": re.compile(r"\\begin\{tabular\}\{(?:l)+\}"),
    "missing_page_post": re.compile(r"\[MISSING_PAGE_POST\]\n\Z"),
    "repeated_sentence": re.compile(r"([^\n。]{4,}。)\1{2,}\n\Z"),
    "columns_side_by_side": re.compile(r"\S {3,}\S"),
    "centred_headlines": re.compile(r"^ {4,}\S", re.M),
    "json_line_entries": re.compile(
        r'\A\{"log_id": \d+, "words_result_num": \d+, "words_result": \[\{"words": '
    ),
    "probability_scores": re.compile(r'"probability": \{"average": 0\.\d+'),
    "paragraph_groups": re.compile(r'"paragraphs_result": \[\{"words_result_idx": \[\d'),
}

PAPERS = ("荆楚商务报", "齐鲁经贸日报", "岭南商报", "巴蜀工商报", "八桂商务日报", "中原商贸报")
STAFF = ("亓晓", "逯婷", "禤宁", "厍磊", "冼卓", "邝敏", "佘洁", "谯楠", "笪勇", "乜芳", "闾丘颖", "公冶峰",
         "东郭晴", "钟离岚")
ADVERTS = (
    ("楚天云谷数据中心", "算力就在家门口", "招租热线：027-87613520"),
    ("粤泰精工", "精密模具 匠心三十年", "服务热线：0757-28936688"),
    ("蜀通物流", "园区直达 一票到底", "订舱电话：028-65021177"),
)
PUBLIC_ADVERTS = (("讲文明 树新风", "文明城市 共建共享"), ("节约用水 从我做起", "珍惜每一滴水"),
                  ("诚信经营 守法纳税", "营造一流营商环境"))
WEEKDAYS = "一二三四五六日"
ROLE_PRINTED = {"记者": "本报记者", "通讯员": "本报通讯员", "特约通讯员": "特约通讯员", "实习生": "实习生",
                "评论员": "本报评论员"}
HALF_WIDTH_END = re.compile(r"[0-9A-Za-z+\-]$")
NO_LINE_START = set("，。、；：？！”’）》%")
NO_LINE_END = set("“‘（《")
UNITS = re.compile(r"[0-9A-Za-z.%+/@_]+|.", re.S)  # a run of digits or Latin letters stays whole
SPEAKER = re.compile(r"^([^\s：，。]{1,6})：")
NUMBERED = "①②③④"


@dataclass
class Piece:
    """One printed thing: what it is, its text as printed, and how it is set."""

    role: str  # headline | item_title | heading | para | row | number | credit | caption | photo | furniture
    text: str
    width: int = 10  # line width in ems
    indent: bool = False  # a paragraph's first line, indented two ems
    level: int = 0  # headlines: 1 for the title, 2 for kicker and subtitle
    cells: list[str] = field(default_factory=list)  # a table row's cells
    bold: str = ""  # the part a bold face sets off: an item's bullet title, a speaker, a number


@dataclass
class Block:
    """What one story (or column) occupies in a band: a head over `span` columns, a side column under
    part of the head (a photo, a 数说 box) and the text in the remaining columns."""

    head: list[Piece]
    side: list[Piece]
    text: list[Piece]
    span: int
    width: int

    def pieces(self) -> list[Piece]:
        return self.head + self.side + self.text


Band = list[Block]


def zones() -> dict[str, dict]:
    with open(DATA / "hitech_zones.tsv", encoding="utf-8") as f:
        return {row["official_name"]: row for row in csv.DictReader(f, delimiter="\t")}


ZONES = zones()


# ---------------------------------------------------------------- choosing the conventions


def weighted(rng: random.Random, options: dict[str, float]) -> str:
    return rng.choices(list(options), weights=list(options.values()))[0]


def page_conventions(rng: random.Random) -> dict:
    return {
        "columns": rng.choice(PAGE_CONVENTIONS["columns"]),
        "page_name": rng.choice(PAGE_CONVENTIONS["page_name"]),
        "header_form": rng.choice(PAGE_CONVENTIONS["header_form"]),
        "brief_column": weighted(rng, {"none": 0.3, "园区快讯": 0.4, "简讯": 0.3}),
        "photo_strip": weighted(rng, {"none": 0.4, "图片新闻": 0.6}),
        "advert": weighted(rng, {"广告": 0.6, "公益广告": 0.4}),
        "advert_at": rng.choice(PAGE_CONVENTIONS["advert_at"]),
    }


def credit_forms(article: dict, setting: str) -> dict[str, float]:
    """The credit forms an article's authors, dateline and setting allow, with how often the desk
    uses each."""
    authors = article.get("authors") or []
    if not authors:
        return {"none": 1.0}
    if setting == "photo_caption":
        return {"photo_credit": 1.0}
    if setting == "brief":  # a 快讯 item drops 本报讯 and ends with its writers in brackets
        return {"tail_bracket": 0.8, "none": 0.2}
    if article.get("dateline"):
        return {"dateline_bracket": 0.5, "dateline_tail": 0.3, "head_line": 0.2}
    forms = {"head_line": 0.35, "report_line": 0.3, "tail_bracket": 0.2, "none": 0.05}
    if article.get("captions"):
        forms["wen_tu"] = 0.3
    return forms


def article_conventions(rng: random.Random, article: dict, setting: str, jump: str, columns: int,
                        brief_width: int) -> dict:
    captions = bool(article.get("captions")) and setting == "story"
    has_table = bool(article.get("table")) and setting == "story" and jump != "out"
    widest = {4: 14, 5: 13, 6: 12, 7: 11, 8: 10}[columns]  # more columns on the page, narrower ones
    span = rng.choice(("1", "2", "2", "3")) if setting == "story" and columns >= 5 else "1"
    table_form = rng.choice(("table", "numbers_box")) if has_table else "none"
    side = captions or table_form == "numbers_box"
    return {
        "setting": setting,
        "span": span,
        "column_width": str(brief_width if setting == "brief" else rng.randint(max(8, widest - 4), widest)),
        "head_over": "part" if span != "1" and side and rng.random() < 0.6 else "whole",
        "credit_form": weighted(rng, credit_forms(article, setting)),
        "subtitle_mark": rng.choice(("dash", "plain")) if article.get("subtitle") and setting == "story"
        else "none",
        "item_form": rng.choice(CONVENTIONS["item_form"][1:]) if setting == "brief" else "none",
        "qa_form": rng.choice(("reporter_name", "wen_da")) if is_interview(article) else "none",
        "table_form": table_form,
        "caption_form": rng.choice(CONVENTIONS["caption_form"][1:]) if captions else "none",
        "jump": jump,
    }


def is_interview(article: dict) -> bool:
    return any(str(p).startswith("记者：") for p in article.get("body") or [])


def body_paragraphs(article: dict) -> list[str]:
    return [str(p) for p in article.get("body") or [] if not str(p).startswith("## ")]


# ---------------------------------------------------------------- credits


def role_groups(authors: list[dict], printed: dict[str, str]) -> str:
    """Authors grouped by role, as a credit line prints them: 本报记者 X Y 本报通讯员 Z."""
    parts: list[str] = []
    last_role = None
    for author in authors:
        role = author.get("role") or "记者"
        if role != last_role:
            parts.append(printed.get(role, role))
            last_role = role
        parts.append(author["name"])
    return " ".join(parts)


def credits(rng: random.Random, article: dict, conv: dict) -> dict:
    """The printed credits of an article: dateline, head line, tail; and the names in them."""
    authors = article.get("authors") or []
    names = [a["name"] for a in authors]
    form = conv["credit_form"]
    dateline, head, tail = "", "", ""
    if form == "dateline_bracket":
        dateline = f"{article['dateline']}（{role_groups(authors, {})}）"
    elif form == "dateline_tail":
        dateline, tail = str(article["dateline"]), f"（{role_groups(authors, {})}）"
    elif form == "head_line":
        head = role_groups(authors, ROLE_PRINTED)
    elif form == "report_line":
        head = role_groups(authors, {}) + " 报道"
    elif form == "wen_tu":
        head = f"文/{' '.join(names[:-1])} 图/{names[-1]}" if len(names) > 1 else f"文/图 {names[0]}"
    elif form == "tail_bracket":
        tail = f"（{rng.choice(('、', ' ')).join(names)}）"
    elif form == "photo_credit":
        tail = f"{role_groups(authors, ROLE_PRINTED)} 摄"
    if conv["jump"] == "out":  # the tail follows the rest of the story on the other page
        tail = ""
    shown = [n for n in names if any(n in c for c in (head, tail, dateline))]
    return {"dateline": dateline, "head": head, "tail": tail, "names": shown}


# ---------------------------------------------------------------- the article's printed content


def short_name(article: dict) -> str:
    return ZONES.get(article.get("park", ""), {}).get("short_name", "园区")


def qa_turn(text: str, form: str) -> str:
    """An interview turn as printed: the corpus's 记者：/name： turns, or 问：/答：."""
    if form != "wen_da":
        return text
    match = SPEAKER.match(text)
    if not match:
        return text
    return ("问：" if match.group(1) == "记者" else "答：") + text[match.end():]


def content_blocks(article: dict, conv: dict) -> list[dict]:
    """The article's blocks as printed on this page, in order: {type, text, optional_break}."""
    body = [str(p) for p in article.get("body") or []]
    if conv["jump"] == "out":
        body = body[: max(1, len(body) // 2)]
        while len(body) > 1 and body[-1].startswith("## "):
            body = body[:-1]  # a subheading stays with the text it heads, on the other page
    table = article.get("table") if conv["table_form"] != "none" else None
    blocks: list[dict] = []
    paragraphs_seen = 0
    for item in body:
        if item.startswith("## "):
            blocks.append({"type": "heading", "text": item[3:]})
            continue
        blocks.append({"type": "paragraph", "text": qa_turn(item, conv["qa_form"])})
        paragraphs_seen += 1
        if table and conv["table_form"] == "table" and paragraphs_seen == int(table.get("after", 0)):
            blocks += table_rows(table["rows"])
            table = None
    if table and conv["table_form"] == "table":
        blocks += table_rows(table["rows"])
    return blocks


def table_rows(rows: list[list]) -> list[dict]:
    rows = [[str(c) for c in row] for row in rows]
    return [{"type": "paragraph", "text": " ".join(row), "optional_break": True, "_row": row} for row in rows]


def numbers_box(article: dict) -> list[dict]:
    """A 数说 box from the story's table: each row's latest figure in big type over its label."""
    rows = [[str(c) for c in row] for row in article["table"]["rows"][1:]]
    box = [{"type": "heading", "text": "数说", "_box": True}]
    return box + [{"type": "paragraph", "text": f"{row[-1]} {row[0]}", "optional_break": True, "_box": True,
                   "_number": (row[-1], row[0])} for row in rows]


def mark_optional_exits(blocks: list[dict]) -> None:
    """The break after a table's or box's last line is no surer than the breaks inside it."""
    for before, after in zip(blocks, blocks[1:]):
        if before.get("optional_break") and after["type"] == "paragraph":
            after.setdefault("optional_break", True)


def caption_parts(caption: dict, form: str, number: int) -> tuple[list[str], dict]:
    """A caption as printed (one or two lines), and its gold {text, credit, label}."""
    text, credit = str(caption.get("text", "")), str(caption.get("credit") or "")
    label = ""
    if form == "credit_bracket" and credit:
        printed, label = [f"{text}（{credit}）"], "（）"
    elif form == "numbered":
        label = f"图{NUMBERED[number % len(NUMBERED)]}"
        printed = [label + text + (f" {credit}" if credit else "")]
    else:
        printed = [text] + ([credit] if credit else [])
    gold = {"text": text, "credit": credit}
    if label:
        gold["label"] = label
    return printed, gold


def gold_block(block: dict) -> dict:
    out = {"type": block["type"], "text": re.sub(r"\s+", "", block["text"])}  # the sample's gold: no spaces
    if block.get("optional_break"):
        out["optional_break"] = True
    return out


def first_sentence(text: str, dateline: str) -> str:
    text = re.sub(r"\s+", "", text[len(dateline):] if dateline and text.startswith(dateline) else text)
    match = re.match(r".+?[。！？]", text)
    return match.group() if match else text


def join_dateline(dateline: str, text: str) -> str:
    return dateline + ("" if dateline.endswith("）") else " ") + text


# ---------------------------------------------------------------- setting one article


@dataclass
class SetArticle:
    blocks: list[Block]  # one, or two when the story breaks within the page
    gold: dict


def headline_pieces(article: dict, conv: dict, width: int) -> tuple[list[Piece], dict]:
    title = str(article["title"])
    if conv["setting"] != "story":
        return item_head(article, conv, width)
    kicker = str(article.get("kicker") or "")
    subtitle = str(article.get("subtitle") or "")
    if subtitle and conv["subtitle_mark"] == "dash":
        subtitle = "——" + subtitle
    pieces = [Piece("headline", kicker, width, level=2)] if kicker else []
    pieces.append(Piece("headline", title, width, level=1))
    if subtitle:
        pieces.append(Piece("headline", subtitle, width, level=2))
    return pieces, {"kicker": kicker, "title": title, "subtitle": subtitle}


def item_head(article: dict, conv: dict, width: int) -> tuple[list[Piece], dict]:
    """A brief's or photo story's head: a bold title, ■ and a title, or ● and its park's name."""
    heads = {"kicker": "", "title": str(article["title"]), "subtitle": ""}
    if conv["item_form"] == "dot_park":
        heads["title"] = short_name(article)
        return [], heads  # the name runs into the item's first line
    bullet = "■" if conv["item_form"] == "square_title" else ""
    return [Piece("item_title", bullet + heads["title"], width, bold=heads["title"])], heads


def set_article(rng: random.Random, article: dict, conv: dict, page_no: int) -> SetArticle:
    width = int(conv["column_width"])
    span = int(conv["span"])
    head_width = width * span
    credit = credits(rng, article, conv)
    blocks = content_blocks(article, conv)
    box = numbers_box(article) if conv["table_form"] == "numbers_box" else []
    head, heads = headline_pieces(article, conv, head_width)
    first = next(i for i, b in enumerate(blocks) if b["type"] == "paragraph")
    if credit["dateline"]:
        blocks[first]["text"] = join_dateline(credit["dateline"], blocks[first]["text"])
    text: list[Piece] = [Piece("credit", credit["head"], width)] if credit["head"] else []
    for at, block in enumerate(blocks):
        text.append(block_piece(block, width, conv, heads["title"] if at == first else ""))
    last_para = max(i for i, p in enumerate(text) if p.role == "para")
    if credit["tail"] and conv["setting"] == "photo_caption":
        text.insert(last_para + 1, Piece("credit", credit["tail"], width))
    elif credit["tail"]:
        text[last_para].text += credit["tail"]
    jump_to = rng.choice([n for n in range(1, 9) if n != page_no])
    if conv["jump"] == "out":
        text.insert(last_para + 1, Piece("furniture", f"（下转第{jump_to}版）", width))
    captions, side = set_captions(article, conv, width)
    if conv["setting"] == "photo_caption":
        side = [Piece("photo", "", width)]
    box_pieces = [block_piece(b, width, conv, "") for b in box]
    lead_at = first + (1 if credit["head"] else 0)
    if conv["head_over"] == "part":  # the photos and the box in the column under the head's first part
        side += box_pieces
    else:  # photos over the story, the box set in the text after the lead
        text, side = side + text[: lead_at + 1] + box_pieces + text[lead_at + 1:], []
    all_blocks = blocks[: first + 1] + box + blocks[first + 1:]
    mark_optional_exits(all_blocks)
    gold = {
        "id": article["id"],
        "park": article.get("park", ""),
        **heads,
        "dateline": credit["dateline"],
        "authors": credit["names"],
        "byline": " ".join(c for c in (credit["head"], credit["tail"]) if c),
        "blocks": [gold_block(b) for b in all_blocks],
        "captions": captions,
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary", ""),
        "lead_summary": first_sentence(blocks[first]["text"], credit["dateline"]),
    }
    if conv["jump"] == "out":
        gold["continued_to"] = jump_to
    set_blocks = [Block(head, side, text, span, width)]
    if conv["jump"] == "within":
        gold["continued_within"] = True
        set_blocks = break_within(set_blocks[0])
    return SetArticle(set_blocks, gold)


def block_piece(block: dict, width: int, conv: dict, lead_title: str) -> Piece:
    if "_row" in block:
        return Piece("row", block["text"], width, cells=block["_row"])
    if "_number" in block:
        number, label = block["_number"]
        return Piece("number", f"{number} {label}", width, bold=number)
    if block["type"] == "heading":
        return Piece("box_heading" if block.get("_box") else "heading", block["text"], width)
    text = block["text"]
    bold = ""
    if lead_title and conv["item_form"] == "dot_park":
        text = f"●{lead_title} {text}"
        bold = f"●{lead_title}"
    elif conv["qa_form"] != "none" and SPEAKER.match(text):
        bold = SPEAKER.match(text).group()
    return Piece("para", text, width, indent=not bold.startswith("●"), bold=bold)


def set_captions(article: dict, conv: dict, width: int) -> tuple[list[dict], list[Piece]]:
    gold: list[dict] = []
    pieces: list[Piece] = []
    if conv["caption_form"] == "none":
        return gold, pieces
    for number, caption in enumerate(article.get("captions") or []):
        printed, entry = caption_parts(caption, conv["caption_form"], number)
        gold.append(entry)
        pieces.append(Piece("photo", "", width))
        pieces += [Piece("caption", line, width) for line in printed]
    return gold, pieces


def break_within(block: Block) -> list[Block]:
    """A story broken at a paragraph within the page: 转下栏 after the first part, 接上栏 before the rest."""
    paras = [i for i, p in enumerate(block.text) if p.role == "para"]
    cut = paras[len(paras) // 2] if len(paras) > 1 else len(block.text)
    first = block.text[:cut] + [Piece("furniture", "（转下栏）", block.width)]
    rest = [Piece("furniture", "（接上栏）", block.width)] + block.text[cut:]
    return [Block(block.head, block.side, first, block.span, block.width),
            Block([], [], rest, 1, block.width)]


# ---------------------------------------------------------------- the page


def furniture_lines(rng: random.Random, page: dict, paper: str, page_no: int) -> dict[str, list[str]]:
    date = datetime.date(2023, 1, 5) + datetime.timedelta(weeks=rng.randrange(150))
    editor, artist, checker = rng.sample(STAFF, 3)
    dated = f"{date.year}年{date.month}月{date.day}日 星期{WEEKDAYS[date.weekday()]}"
    staff = f"责任编辑：{editor} 美术编辑：{artist} 校对：{checker}" if rng.random() < 0.6 else \
        f"责编 {editor} 美编 {artist} 校对 {checker}"
    if page["header_form"] == "one_line":
        header = [f"{paper} {page['page_name']} 第{page_no}版 {dated}", staff]
    else:
        header = [paper, page["page_name"], f"第{page_no}版", dated, staff]
    if page["advert"] == "广告":
        company, slogan, phone = rng.choice(ADVERTS)
        advert = ["广告", company, slogan, phone]
    else:
        advert = ["公益广告", *rng.choice(PUBLIC_ADVERTS)]
    hotline = f"新闻热线：0{rng.randrange(10, 99)}-{rng.randrange(10**7, 10**8)}"
    return {"header": header, "advert": advert, "footer": [hotline, str(page_no)]}


def furniture_block(lines: list[str], width: int) -> Block:
    return Block([], [], [Piece("furniture", line, width) for line in lines], 1, width)


@dataclass
class PagePlan:
    stories: list[tuple[dict, str]]  # (article, setting) in the order they are set
    brief_column: str
    photo_strip: str


def plan_articles(rng: random.Random, articles: list[dict], page: dict) -> PagePlan:
    """Which articles the page carries and how: three to five stories, a 快讯 column of short items
    and a 图片新闻 strip of photo stories where the corpus has them and the page makes room."""
    pool = rng.sample(articles, len(articles))
    shorts = [a for a in pool if a.get("kind") == "short"]
    photos = [a for a in pool if a.get("kind") == "photo"]
    others = [a for a in pool if a not in shorts and a not in photos]
    brief_column = page["brief_column"] if len(shorts) >= 2 else "none"
    photo_strip = page["photo_strip"] if photos else "none"
    briefs = shorts[: rng.randint(2, 4)] if brief_column != "none" else []
    strip = photos[: rng.randint(1, 2)] if photo_strip != "none" else []
    loose = [a for a in pool if a not in briefs and a not in strip and a not in others]
    stories = (others + loose)[: rng.randint(3, 5)]  # a short item or photo outside its column, a story
    chosen = [(a, "story") for a in stories] + [(a, "brief") for a in briefs]
    chosen += [(a, "photo_caption") for a in strip]
    return PagePlan(chosen, brief_column, photo_strip)


def jump_plan(rng: random.Random, plan: PagePlan) -> list[str]:
    """At most one story broken within the page and one sent on to another page."""
    jumps = ["none"] * len(plan.stories)
    stories = [i for i, (a, setting) in enumerate(plan.stories)
               if setting == "story" and len(body_paragraphs(a)) >= 2]
    if len(stories) >= 2 and rng.random() < 0.45:
        jumps[stories[0]] = "within"
    if len(stories) >= 2 and rng.random() < 0.35:
        jumps[stories[-1]] = "out"
    return jumps


def page_bands(rng: random.Random, page: dict, furniture: dict, set_articles: list[SetArticle],
               settings: list[str], plan: PagePlan) -> list[Band]:
    """The page's bands top to bottom, each a row of blocks side by side."""
    columns = int(page["columns"])
    stories = [s for s, setting in zip(set_articles, settings) if setting == "story"]
    briefs = [s for s, setting in zip(set_articles, settings) if setting == "brief"]
    strip = [s for s, setting in zip(set_articles, settings) if setting == "photo_caption"]
    bands: list[Band] = [[furniture_block(furniture["header"], columns * 10)]]
    story_bands: list[Band] = [[stories[0].blocks[0]]]
    if briefs:
        story_bands[0].append(brief_block(plan.brief_column, briefs))
    for story in stories[1:]:
        if len(story_bands[-1]) >= 2 or rng.random() < 0.4:
            story_bands.append([])
        story_bands[-1].append(story.blocks[0])
    rest = [s.blocks[1] for s in stories if len(s.blocks) > 1]  # the second part of a broken story
    if rest:
        story_bands.append(rest)
    advert = [furniture_block(furniture["advert"], 12)]
    if page["advert_at"] == "between" and len(story_bands) > 1:
        story_bands.insert(rng.randrange(1, len(story_bands)), advert)
    else:
        story_bands.append(advert)
    bands += story_bands
    if strip:
        head = Piece("furniture", plan.photo_strip, 12)
        blocks = [b for s in strip for b in s.blocks]
        blocks[0] = Block([head] + blocks[0].head, blocks[0].side, blocks[0].text, 1, blocks[0].width)
        bands.append(blocks)
    bands.append([furniture_block(furniture["footer"], columns * 10)])
    return bands


def brief_block(heading: str, briefs: list[SetArticle]) -> Block:
    width = briefs[0].blocks[0].width
    pieces = [p for brief in briefs for p in brief.blocks[0].pieces()]
    return Block([Piece("furniture", heading, width)], [], pieces, 1, width)


# ---------------------------------------------------------------- lines


def display_width(ch: str) -> int:
    """Half-width cells a character takes in a layout export."""
    return 1 if unicodedata.east_asian_width(ch) in ("Na", "H", "N") else 2


def cells(text: str) -> int:
    return sum(display_width(ch) for ch in text)


def wrap(text: str, width: int, indent: bool) -> list[str]:
    """Lines of a column `width` ems wide; a paragraph's first line two ems shorter (its indent).
    A run of digits or Latin letters is never split; no line starts with closing punctuation (it stays
    at the end of the line before) or ends with an opening one (it moves to the next)."""
    lines: list[str] = []
    line, used = "", 0
    limit = 2 * (width - (2 if indent else 0))
    for unit in UNITS.findall(text):
        w = cells(unit)
        if used + w > limit and line.strip() and unit not in NO_LINE_START:
            lines.append(line)
            line, used, limit = "", 0, 2 * width
        line += unit
        used += w
    if line:
        lines.append(line)
    lines = [ln.strip() for ln in lines if ln.strip()]
    for i in range(len(lines) - 1):
        while len(lines[i]) > 1 and lines[i][-1] in NO_LINE_END:
            lines[i], lines[i + 1] = lines[i][:-1], lines[i][-1] + lines[i + 1]
    return lines


def piece_lines(piece: Piece, text: str | None = None) -> list[str]:
    text = piece.text if text is None else text
    if piece.role == "photo":
        return []
    if piece.role in ("furniture", "row"):  # a table row spans its table, furniture its own box
        return [text]
    if piece.role == "number":  # the figure in big type, its label under it
        figure, _, label = text.partition(" ")
        return [figure, label] if label else [figure]
    if piece.role == "headline":
        return wrap(text, max(4, piece.width // 2), False)  # headline type is about twice body size
    return wrap(text, piece.width, piece.role == "para" and piece.indent)


def reading_order(bands: list[Band]) -> list[Piece]:
    """The pieces as a reader that follows columns meets them: band by band, block by block."""
    return [piece for band in bands for block in band for piece in block.pieces()]


# ---------------------------------------------------------------- readers


@dataclass
class Reading:
    raw: str
    shown: list[Piece]  # the pieces the reader wrote (furniture among them goes to the gold)
    markup: list[str]  # a reader's own marks: furniture in the gold
    repeated: list[str]  # text a reader repeated by itself: unassigned in the gold
    habits: list[str]


def space_numbers(text: str, rng: random.Random, used: list[str]) -> str:
    """Spaces around some runs of digits, as the documented reader writes them ("2015 年的 22 名")."""

    def spaced(match: re.Match) -> str:
        if rng.random() < 0.5:
            return match.group()
        used.append("numbers_spaced")
        return f"{match.group(1)} {match.group(2)} {match.group(3)}"

    return re.sub(r"([\u4e00-\u9fff])(\d+(?:\.\d+)?)([\u4e00-\u9fff])", spaced, text)


def line_end(line: str) -> str:
    return "\n" if HALF_WIDTH_END.search(line) else "\n\n"


def read_documented(bands: list[Band], rng: random.Random) -> Reading:
    pieces = reading_order(bands)
    out: list[str] = []
    used: list[str] = ["blank_line_after_line"]
    spacing = rng.random() < 0.7
    letter_spaced = rng.random() < 0.4
    for piece in pieces:
        text = space_numbers(piece.text, rng, used) if spacing and piece.role == "para" else piece.text
        lines = piece_lines(piece, text)
        if not lines:
            continue
        if letter_spaced and piece.role == "para" and len(lines) > 1 and len(lines[0]) >= 6:
            lines[0] = " ".join(lines[0].replace(" ", ""))
            used.append("letter_spaced_line")
            letter_spaced = False
        if piece.role == "headline":
            out.append("\n".join(lines) + line_end(lines[-1]))
        else:
            out += [line + line_end(line) for line in lines]
    return Reading("".join(out), pieces, [], [], sorted(set(used)))


def read_marker(bands: list[Band], rng: random.Random) -> Reading:
    used = ["markdown_headings"]
    if rng.random() < 0.6:  # marker's layout model tags the header and footer as page furniture
        bands = bands[1:-1]
        used.append("page_furniture_dropped")
    pieces = reading_order(bands)
    paragraphs: list[str] = []
    markup: list[str] = []
    pictures = 0
    at = 0
    while at < len(pieces):
        piece = pieces[at]
        if piece.role == "row":
            rows, at = table_rows_from(pieces, at)
            table, marks = pipe_table(rows)
            paragraphs.append(table)
            markup += marks
            used.append("pipe_tables")
        elif piece.role == "photo":
            link = f"![](_page_0_Picture_{pictures}.jpeg)"
            pictures += 1
            paragraphs.append(link)
            markup.append(link)
            used.append("image_links")
        else:
            text, marks = markdown_piece(piece)
            paragraphs.append(text)
            markup += marks
            used += ["bold_spans"] if "**" in marks else []
        at += 1
    return Reading("\n\n".join(paragraphs) + "\n", pieces, markup, [], sorted(set(used)))


def table_rows_from(pieces: list[Piece], at: int) -> tuple[list[list[str]], int]:
    """The cells of the table whose first row is pieces[at], and the index of its last row."""
    rows = [pieces[at].cells]
    while at + 1 < len(pieces) and pieces[at + 1].role == "row":
        at += 1
        rows.append(pieces[at].cells)
    return rows, at


def markdown_piece(piece: Piece) -> tuple[str, list[str]]:
    """One piece as marker writes it, and the marks it added: headings by type size, bold spans."""
    if piece.role == "headline" and piece.level == 1:
        return "# " + piece.text, ["#"]
    if piece.role in ("heading", "box_heading"):
        return "## " + piece.text, ["##"]
    if piece.role in ("headline", "item_title"):
        return f"**{piece.text}**", ["**", "**"]
    if piece.bold and piece.text.startswith(piece.bold):
        return f"**{piece.bold}**{piece.text[len(piece.bold):]}", ["**", "**"]
    return piece.text, []


def pipe_table(rows: list[list[str]]) -> tuple[str, list[str]]:
    width = max(len(row) for row in rows)
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    rule = "|" + " --- |" * width
    lines.insert(1, rule)
    return "\n".join(lines), ["|" * (len(row) + 1) for row in rows] + [rule]


def read_nougat(bands: list[Band], rng: random.Random) -> Reading:
    pieces = reading_order(bands)
    paragraphs: list[str] = []
    markup: list[str] = []
    used = ["paragraph_per_line"]
    at = 0
    while at < len(pieces):
        piece = pieces[at]
        if piece.role == "row":
            rows, at = table_rows_from(pieces, at)
            table, marks = latex_table(rows)
            paragraphs.append(table)
            markup += marks
            used.append("latex_tables")
        elif piece.role in ("heading", "box_heading") or piece.role == "headline" and piece.level == 1:
            paragraphs.append("## " + piece.text)
            markup.append("##")
            used.append("section_headings")
        elif piece.role != "photo":
            paragraphs.append(piece.text)
        at += 1
    repeated: list[str] = []
    ending = rng.random()
    if ending < 0.25:  # the model stopped before the page's end and says so
        paragraphs.append("[MISSING_PAGE_POST]")
        markup.append("[MISSING_PAGE_POST]")
        used.append("missing_page_post")
    elif ending < 0.5:  # the decoder loops on a sentence until its token limit
        sentence = last_sentence(paragraphs)
        if sentence:
            repeated = [sentence] * rng.randint(3, 6)
            paragraphs.append("".join(repeated))
            used.append("repeated_sentence")
    return Reading("\n\n".join(paragraphs) + "\n", pieces, markup, repeated, sorted(set(used)))


def last_sentence(paragraphs: list[str]) -> str:
    for text in reversed(paragraphs):
        sentences = re.findall(r"[^。]{4,}。", text)
        if sentences:
            return sentences[-1]
    return ""


def latex_table(rows: list[list[str]]) -> tuple[str, list[str]]:
    width = max(len(row) for row in rows)
    begin, end = "\\begin{tabular}{" + "l" * width + "}", "\\end{tabular}"
    body = [" & ".join(row) + " \\\\" for row in rows]
    marks = [begin, end] + ["&" * (len(row) - 1) + "\\\\" for row in rows]
    return "\n".join([begin, *body, end]), marks


def read_pdfxchange(bands: list[Band], rng: random.Random) -> Reading:
    lines: list[str] = []
    for band in bands:
        lines += [line.rstrip() for line in band_lines(band)]
        lines.append("")
    used = ["centred_headlines"]
    if any(len(band) > 1 or block.span > 1 for band in bands for block in band):
        used.append("columns_side_by_side")
    return Reading("\n".join(lines).rstrip("\n") + "\n", reading_order(bands), [], [], used)


GUTTER = 4  # half-width cells between columns in the export


def block_lines(block: Block) -> list[str]:
    """A block as the export lays it out: the head centred over its span, then its columns side by
    side (the side column first where the head stands over it too)."""
    span_cells = 2 * block.width * block.span + GUTTER * (block.span - 1)
    head = [centred(line, span_cells) for piece in block.head for line in piece_lines(piece)]
    text = [line for piece in block.text for line in piece_lines(piece)]
    side = [line for piece in block.side for line in piece_lines(piece) or ["", "", ""]]
    text_columns = block.span - (1 if block.side else 0)
    height = -(-len(text) // text_columns) if text else 0
    columns = [side] if block.side else []
    columns += [text[i * height:(i + 1) * height] for i in range(text_columns)]
    return head + side_by_side(columns, 2 * block.width)


def centred(line: str, width: int) -> str:
    return " " * max(0, (width - cells(line)) // 2) + line


def side_by_side(columns: list[list[str]], width: int) -> list[str]:
    height = max((len(c) for c in columns), default=0)
    rows = []
    for row in range(height):
        parts = [column[row] if row < len(column) else "" for column in columns]
        rows.append((" " * GUTTER).join(pad(part, width) for part in parts))
    return rows


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - cells(text))


def band_lines(band: Band) -> list[str]:
    blocks = [block_lines(block) for block in band]
    widths = [max([cells(line) for line in lines] + [2 * block.width]) for lines, block in zip(blocks, band)]
    height = max(len(lines) for lines in blocks)
    rows = []
    for row in range(height):
        parts = [pad(lines[row] if row < len(lines) else "", w) for lines, w in zip(blocks, widths)]
        rows.append((" " * GUTTER).join(parts))
    return rows


def read_baidu(bands: list[Band], rng: random.Random) -> Reading:
    pieces = reading_order(bands)
    lines: list[str] = []
    paragraphs: list[list[int]] = []
    for piece in pieces:
        piece_at = len(lines)
        lines += piece_lines(piece)
        if len(lines) > piece_at:
            paragraphs.append(list(range(piece_at, len(lines))))
    used = ["json_line_entries"]
    with_probability = rng.random() < 0.4
    with_paragraphs = rng.random() < 0.4
    entries: list[dict] = []
    for line in lines:
        entry: dict = {"words": line}
        if with_probability:
            average = round(rng.uniform(0.90, 0.9999), 6)
            entry["probability"] = {"average": average, "min": round(average - rng.uniform(0.05, 0.3), 6),
                                    "variance": round(rng.uniform(0.0001, 0.01), 6)}
        entries.append(entry)
    result: dict = {"log_id": rng.randrange(10**18, 10**19), "words_result_num": len(entries),
                    "words_result": entries}
    if with_probability:
        used.append("probability_scores")
    if with_paragraphs:
        result["paragraphs_result_num"] = len(paragraphs)
        result["paragraphs_result"] = [{"words_result_idx": idx} for idx in paragraphs]
        used.append("paragraph_groups")
    skeleton = json.loads(json.dumps(result))
    for entry in skeleton["words_result"]:
        entry["words"] = ""
    raw = json.dumps(result, ensure_ascii=False) + "\n"
    return Reading(raw, pieces, [json.dumps(skeleton, ensure_ascii=False)], [], used)


READERS = {
    "documented": read_documented,
    "marker": read_marker,
    "nougat": read_nougat,
    "pdfxchange": read_pdfxchange,
    "baidu_ocr": read_baidu,
}


# ---------------------------------------------------------------- the page and its gold


def linotype_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """One page set in the business daily's hand and read by one of the readers: (raw, gold)."""
    rng = random.Random(f"linotype:{seed}")
    page = page_conventions(rng)
    paper = rng.choice(PAPERS)
    page_no = rng.randint(5, 16)
    reader = weighted(rng, EXTRACTOR_WEIGHTS)
    plan = plan_articles(rng, articles, page)
    page |= {"brief_column": plan.brief_column, "photo_strip": plan.photo_strip}
    jumps = jump_plan(rng, plan)
    set_articles: list[SetArticle] = []
    conventions: list[dict] = []
    brief_width = rng.randint(8, 10)  # the 快讯 column's items share its width
    for (article, setting), jump in zip(plan.stories, jumps):
        conv = article_conventions(rng, article, setting, jump, int(page["columns"]), brief_width)
        set_articles.append(set_article(rng, article, conv, page_no))
        conventions.append(conv)
    furniture = furniture_lines(rng, page, paper, page_no)
    bands = page_bands(rng, page, furniture, set_articles, [c["setting"] for c in conventions], plan)
    reading = READERS[reader](bands, rng)
    return reading.raw, page_gold(page, reader, reading, set_articles, conventions)


def page_gold(page: dict, reader: str, reading: Reading, set_articles: list[SetArticle],
              conventions: list[dict]) -> dict:
    furniture = [p.text for p in reading.shown if p.role == "furniture"]
    bullets = [p.text[0] for p in reading.shown if p.text[:1] in ("■", "●")]
    articles = []
    for set_, conv in zip(set_articles, conventions):
        articles.append(set_.gold | {"linotype": {k: str(v) for k, v in conv.items()}})
    return {
        "page": "",
        "notes": GOLD_NOTES,
        "extractor": reader,
        "linotype": {"extractor": reader, **page, "habits": reading.habits},
        "articles": articles,
        "furniture": furniture + bullets + reading.markup,
        "unassigned": reading.repeated,
    }
