"""The fortieth layouter: a national economic daily's paid park special section and its 园区动态 strip.

`gravure_page(seed, articles)` sets one broadsheet page of an invented national economic daily and
returns (raw page text as a reader wrote it, gold annotation).

The hand: a 专版/专刊 page (版名 园区巡礼, 高质量发展·高新区专版 or 创新高地) that a park's management
committee commissions, five or six columns of 11-13 ems. A banner across the full width carries the lead
feature's 引题, title and 副题 (with or without ——); the feature opens with an 编者按 set in a box or run
in 楷体, its signature ——编者 closing it; its parts are headed 一、… / 1.… / 【…】 / 「…」, or by a bold
run-in head ending in a full stop that opens a paragraph; an official's words stand as a pull quote with
the speaker on the next line (——XX高新区党工委书记 X); a 数读 box of big numbers or a box of 关键词：…
entries stands beside the text; the feature ends with a 专版 credit block (策划：X 统筹：Y 撰稿：Z 摄影：W)
or a line 本版文字/图片由XX高新区管委会提供; captions read 图为…（资料图片）, （XX高新区供图） or (X 摄).
A second story of the section may stand under the feature (an interview, a list of measures). The
paper's own 园区动态 strip, at the foot or down the right-hand side, holds 3-6 short items, each with a
bold title (over the item, or beside it in a narrow column, broken mid-phrase), a dateline 本报讯（记者 X）
or 本报柳州5月6日讯（记者 X）, or a closing （本报记者 X）; a 记者手记 commentary among them. Furniture:
the page header (paper, 版名, 专版 label, 版次, date, 责任编辑/版式设计/校对), a 扫码阅读全文 prompt by a QR
code or a 广告 block, the edition line and the folio.

Decisions the gold records (see GOLD_NOTES): the 编者按 is the feature's first paragraph, signature
included; numbered and bracketed part heads are heading blocks as printed (一、 and the brackets kept);
a run-in head stays in the paragraph it opens; a pull quote is a paragraph of its story, speaker line
included, placed after the paragraph it stands by; a 数读 or 关键词 box belongs to its story (a heading
block, then its entries), placed after the lead paragraph; the credit block is the byline, and only the
writers and photographers in it are authors.
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
    "Gold annotation of a page set by tests/gravure.py (a national economic daily's paid park "
    "special section with its own 园区动态 strip). Body text is whitespace-free; the first paragraph "
    "keeps its 本报讯 dateline. The 编者按 is the feature's first paragraph, its ——编者 signature "
    "included. Part heads printed 一、/1./【】/「」 are heading blocks as printed, marks kept; a bold "
    "run-in head ending in 。 stays in the paragraph it opens (no heading block). A pull quote is a "
    "paragraph of its story (quote and ——speaker line together) placed after the paragraph it is "
    "printed by; a 数读 or 关键词 box belongs to its story (a heading block 数读 or 关键词, then a "
    "paragraph per number and label with optional breaks, or a heading 关键词：X and its paragraph per "
    "entry) placed after the lead paragraph wherever it is printed. Each 园区动态 item is its own "
    "article; a 记者手记 label is its kicker. byline holds every credit printed apart from the "
    "dateline: the 专版 credit block (策划/统筹/撰稿/摄影) or the 管委会提供 line, of which only the "
    "writers and photographers are authors. Caption label holds 图为 and the brackets around the "
    "credit. The page header, the 园区动态 head, QR prompts, adverts, the edition line, the folio and "
    "a reader's markup (JSON keys and numbers) are furniture; a small line an OCR misread is furniture "
    "as read."
)

# Article conventions: what the layouter varies story by story, with every value it can take
CONVENTIONS: dict[str, tuple[str, ...]] = {
    "setting": ("lead", "sidebar", "strip_item"),
    "column_width": ("11", "12", "13"),
    "subtitle_mark": ("none", "dash", "plain"),
    "note_form": ("none", "boxed", "kaiti"),
    "heading_form": ("none", "cn_number", "arabic", "bracket", "corner", "run_in"),
    "quote_form": ("none", "pull_quote"),
    "box_form": ("none", "table", "shudu", "keywords"),
    "credit_form": (
        "credit_block", "provided", "head_line", "dateline_bracket", "place_dateline", "tail_reporter",
        "none",
    ),
    "caption_form": ("none", "tuwei_archive", "tuwei_supplied", "tuwei_credit"),
    "title_place": ("banner", "over", "beside"),
    "qa_form": ("none", "reporter_name", "wen_da"),
}

# Page conventions: what the layouter varies page by page
PAGE_CONVENTIONS: dict[str, tuple[str, ...]] = {
    "columns": ("5", "6"),
    "page_name": ("园区巡礼", "高质量发展·高新区专版", "创新高地"),
    "section_label": ("专版", "专刊"),
    "header_form": ("one_line", "stacked"),
    "strip_at": ("bottom", "right"),
    "prompt": ("二维码", "广告"),
    "drop_cap": ("none", "lead"),
}

# The readers and how often each wrote a page: the documented reader (the sample's habits) and four
# others, each with habits a real tool has
EXTRACTOR_WEIGHTS: dict[str, float] = {
    "documented": 0.20,
    "pymupdf": 0.20,
    "tencent_ocr": 0.20,
    "abbyy": 0.20,
    "acrobat": 0.20,
}

HABITS: dict[str, tuple[str, ...]] = {
    # the sample page: a blank line after each line unless it ends half-width, two-line headlines on
    # single newlines, spaces around numbers, a justified short line read letter-spaced; a title set
    # beside its item is met before the item's first lines or, read a little lower, after them
    "documented": ("blank_line_after_line", "numbers_spaced", "letter_spaced_line", "side_title_late"),
    # PyMuPDF page.get_text(): the content stream's order, i.e. the order the layout program drew the
    # frames: master-page items (header, edition line, folio) first, the stories' frames in thread
    # order, pull quotes and the banner (placed last on the page) at the end; lines on single newlines
    "pymupdf": ("single_newlines", "master_page_first", "banner_drawn_last"),
    # Tencent Cloud OCR GeneralBasicOCR: one TextDetections entry per printed line with its confidence,
    # polygon and paragraph number; the 6-point staff line sometimes read with a wrong character at a
    # low confidence
    "tencent_ocr": ("text_detections_json", "parag_numbers", "low_confidence_misread"),
    # ABBYY FineReader plain-text export: a paragraph's lines joined on one line, no blank lines, tables as
    # tab-separated rows, header and footer kept, a drop cap recognised as a paragraph of its own
    "abbyy": ("paragraph_per_line", "tab_separated_tables", "headers_kept", "drop_cap_split"),
    # Adobe Acrobat "Save as Text (Accessible)" on an untagged page: each printed line ended by a line
    # break, a blank line between text blocks, a paragraph's indent written as two ideographic spaces,
    # and a pull quote set into a column read where it stands, inside the paragraph around it
    "acrobat": ("line_per_printed_line", "blank_between_blocks", "ideographic_indent",
                "quote_inside_paragraph"),
}

# What each habit leaves in the raw text, for the tests: a pattern that matches when it was applied
HABIT_TRACES: dict[str, re.Pattern] = {
    "blank_line_after_line": re.compile(r"[\u4e00-\u9fff，。”]\n\n"),
    "numbers_spaced": re.compile(r"[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]"),
    "letter_spaced_line": re.compile(r"(?:\S ){5,}\S"),
    "side_title_late": re.compile(r"[\u4e00-\u9fff，。）]\n\n[^\n]{1,6}\n[^\n]{1,6}\n"),
    "single_newlines": re.compile(r"\A(?![\s\S]*\n\n)[\s\S]*[\u4e00-\u9fff]\n[\u4e00-\u9fff]"),
    "master_page_first": re.compile(r"\A(?:[^\n]*\n){1,9}\d{2}\n"),
    "banner_drawn_last": re.compile(r"[。”）]\n(?:[^\n。]{1,40}\n){1,14}\Z"),
    "text_detections_json": re.compile(r'\A\{"Response": \{"TextDetections": \[\{"DetectedText": '),
    "parag_numbers": re.compile(r'"AdvancedInfo": "\{\\"Parag\\":\{\\"ParagNo\\":\d+\}\}"'),
    "low_confidence_misread": re.compile(r'"Confidence": [5-8]\d,'),
    "paragraph_per_line": re.compile(r"^[^\n]{60,}$", re.M),
    "tab_separated_tables": re.compile(r"^[^\t\n]+\t[^\t\n]+", re.M),
    "headers_kept": re.compile(r"\A[^\n]*(?:日报|导报|时报)"),
    "drop_cap_split": re.compile(r"^[\u4e00-\u9fff]$", re.M),
    "line_per_printed_line": re.compile(r"[\u4e00-\u9fff，]\n[\u4e00-\u9fff]"),
    "blank_between_blocks": re.compile(r"\S\n\n\S"),
    "ideographic_indent": re.compile(r"^\u3000\u3000\S", re.M),
    "quote_inside_paragraph": re.compile(r"\n——[^\n]+\n\n[^\u3000\n][^\n]*\n"),
}

PAPERS = ("华夏经济日报", "创新经济日报", "实业导报", "产业经济时报", "国民经济日报")
STAFF = ("亓官悦", "第五琳", "仉文博", "禚思远", "郗梦", "逯晨", "阚一鸣", "眭晓", "乐正南", "左丘宁",
         "慕容珊", "笪亮")
ADVERTS = (
    ("华晟智能装备", "专注工业机器人二十年", "合作热线：400-820-6615"),
    ("瀚海数据港", "绿色算力 就近接入", "咨询电话：0551-65270318"),
    ("中科拓新材料", "高性能膜材料解决方案", "销售热线：0512-57361288"),
)
QR_PROMPTS = (("扫码阅读全文",), ("扫描二维码", "查看更多园区动态"), ("扫码关注", "报纸客户端"))
WEEKDAYS = "一二三四五六日"
ROLE_PRINTED = {"记者": "本报记者", "通讯员": "本报通讯员", "特约撰稿人": "特约撰稿人", "实习生": "实习生",
                "评论员": "本报评论员"}
WRITER_ROLES = ("记者", "通讯员", "特约撰稿人", "实习生", "评论员")
HALF_WIDTH_END = re.compile(r"[0-9A-Za-z+\-]$")
NO_LINE_START = set("，。、；：？！”’）》%")
NO_LINE_END = set("“‘（《「【")
UNITS = re.compile(r"[0-9A-Za-z.%+/@_]+|.", re.S)  # a run of digits or Latin letters stays whole
SPEAKER = re.compile(r"^([^\s：，。]{1,6})：")
CN_NUMBERS = "一二三四五六七八九十"
# characters of the 6-point staff line an OCR confuses, and what it reads instead
STAFF_LINE = ("责任编辑", "责编")
MISREADS = {"编": "偏", "校": "较", "设": "没", "责": "贵", "任": "仟", "对": "时", "计": "汁"}
EM_PIXELS = 24
LINE_PIXELS = 36


@dataclass
class Piece:
    """One printed thing: what it is, its text as printed, and how it is set."""

    # banner | headline | kicker | item_title | heading | para | note | quote | keyword | box_heading |
    # number | row | credit | caption | photo | furniture
    role: str
    text: str
    width: int = 12  # line width in ems
    indent: bool = False  # a paragraph's first line, indented two ems
    cells: list[str] = field(default_factory=list)  # a table row's cells
    beside: bool = False  # an item title set in a narrow column left of its item
    drop_cap: bool = False  # the paragraph opens with a drop cap
    signature: str = ""  # an editor's note's signature or a quote's speaker, on a line of its own
    inset: bool = False  # a pull quote set into the column


@dataclass
class Block:
    """What one story (or column) occupies in a band: a head over (or beside) `span` columns, a side
    column (photos, a box) and the text in the remaining columns."""

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
        "section_label": rng.choice(PAGE_CONVENTIONS["section_label"]),
        "header_form": rng.choice(PAGE_CONVENTIONS["header_form"]),
        "strip_at": weighted(rng, {"bottom": 0.6, "right": 0.4}),
        "prompt": rng.choice(PAGE_CONVENTIONS["prompt"]),
        "drop_cap": weighted(rng, {"none": 0.6, "lead": 0.4}),
    }


def credit_forms(article: dict, setting: str) -> dict[str, float]:
    """The credit forms an article's authors, dateline and setting allow, with how often the desk
    uses each."""
    authors = article.get("authors") or []
    if setting != "strip_item":  # the section's stories: the 专版 credits
        forms = {"credit_block": 0.5, "provided": 0.25, "head_line": 0.25} if authors else {"provided": 1.0}
        return forms
    if not authors:
        return {"none": 1.0}
    if article.get("dateline"):
        return {"dateline_bracket": 0.55, "place_dateline": 0.45}
    return {"tail_reporter": 0.85, "none": 0.15}


def box_forms(article: dict, setting: str) -> dict[str, float]:
    if setting == "strip_item":  # the strip has no room for a box, but a story's own table goes in
        return {"table": 1.0} if article.get("table") else {"none": 1.0}
    forms: dict[str, float] = {}
    if article.get("table"):
        forms |= {"table": 0.5, "shudu": 0.5}
    if article.get("keywords"):
        forms["keywords"] = 1.0
    return forms or {"none": 1.0}


def heading_forms(article: dict, setting: str) -> dict[str, float]:
    if not any(str(p).startswith("## ") for p in article.get("body") or []):
        return {"none": 1.0}
    forms = {"cn_number": 0.25, "arabic": 0.15, "bracket": 0.2, "corner": 0.15, "run_in": 0.25}
    return forms if setting != "strip_item" else {"bracket": 0.5, "run_in": 0.5}


def article_conventions(rng: random.Random, article: dict, setting: str, width: int) -> dict:
    has_note = editor_note(article) is not None and setting != "strip_item"
    captions = bool(article.get("captions")) and setting != "strip_item"
    title_place = "banner" if setting == "lead" else "over"
    if setting == "strip_item" and not article.get("kicker") and rng.random() < 0.4:
        title_place = "beside"
    return {
        "setting": setting,
        "column_width": str(width),
        "subtitle_mark": rng.choice(("dash", "plain")) if article.get("subtitle") and setting != "strip_item"
        else "none",
        "note_form": rng.choice(("boxed", "kaiti")) if has_note else "none",
        "heading_form": weighted(rng, heading_forms(article, setting)),
        "quote_form": "pull_quote" if article.get("pull_quote") and setting != "strip_item" else "none",
        "box_form": weighted(rng, box_forms(article, setting)),
        "credit_form": weighted(rng, credit_forms(article, setting)),
        "caption_form": rng.choice(CONVENTIONS["caption_form"][1:]) if captions else "none",
        "title_place": title_place,
        "qa_form": rng.choice(("reporter_name", "wen_da")) if is_interview(article) else "none",
    }


def is_interview(article: dict) -> bool:
    return any(str(p).startswith("记者：") for p in article.get("body") or [])


def editor_note(article: dict) -> str | None:
    body = [str(p) for p in article.get("body") or []]
    return body[0] if body and body[0].startswith("编者按") else None


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


@dataclass
class Credits:
    dateline: str = ""
    head: str = ""  # a credit line under the headline
    tail: str = ""  # a bracketed credit closing the last paragraph
    block: list[str] = field(default_factory=list)  # the 专版 credit block's lines, after the story
    names: list[str] = field(default_factory=list)


def section_credit_block(rng: random.Random, article: dict) -> tuple[list[str], list[str]]:
    """策划/统筹/撰稿/摄影 lines of a 专版 story, and the writers and photographers among them."""
    authors = article.get("authors") or []
    writers = [a["name"] for a in authors if a.get("role") in WRITER_ROLES]
    photographers = [a["name"] for a in authors if a.get("role") == "摄影"]
    planner, coordinator = rng.sample(STAFF, 2)
    lines = [f"策划：{planner} 统筹：{coordinator}"]
    made = f"撰稿：{' '.join(writers)}" if writers else ""
    if photographers:
        made += (" " if made else "") + f"摄影：{' '.join(photographers)}"
    if made:
        lines.append(made)
    return (lines if rng.random() < 0.6 else [" ".join(lines)]), writers + photographers


def credits(rng: random.Random, article: dict, conv: dict, date: datetime.date) -> Credits:
    """The printed credits of an article and the names in them."""
    authors = article.get("authors") or []
    form = conv["credit_form"]
    city = dateline_place(article)
    if form == "credit_block":
        block, names = section_credit_block(rng, article)
        return Credits(block=block, names=names)
    if form == "provided":
        what = "文字/图片" if conv["caption_form"] != "none" else "文字"
        return Credits(block=[f"本版{what}由{short_name(article)}管委会提供"])
    shown = Credits(names=[a["name"] for a in authors])
    if form == "head_line":
        shown.head = role_groups(authors, ROLE_PRINTED)
    elif form == "dateline_bracket":
        shown.dateline = f"{article['dateline']}（{role_groups(authors, {})}）"
    elif form == "place_dateline":
        day = date - datetime.timedelta(days=rng.randint(1, 3))
        shown.dateline = f"本报{city}{day.month}月{day.day}日讯（{role_groups(authors, {})}）"
    elif form == "tail_reporter":
        shown.tail = f"（{role_groups(authors, ROLE_PRINTED)}）"
    else:
        shown.names = []
    return shown


def dateline_place(article: dict) -> str:
    """Where a 本报X月X日讯 dateline is filed from: the park's city, or the park's own name where the
    city is a prefecture (延吉, not 延边朝鲜族自治州)."""
    zone = ZONES.get(article.get("park", ""), {})
    city = zone.get("city", "")
    if city.endswith("市"):
        return city.removesuffix("市")
    return zone.get("short_name", "").removesuffix("高新区")


# ---------------------------------------------------------------- the article's printed content


def short_name(article: dict) -> str:
    return ZONES.get(article.get("park", ""), {}).get("short_name", "园区")


def qa_turn(text: str, form: str) -> str:
    """An interview turn as printed: the corpus's 记者：/name： turns, or 问：/答：."""
    match = SPEAKER.match(text)
    if form != "wen_da" or not match:
        return text
    return ("问：" if match.group(1) == "记者" else "答：") + text[match.end():]


def part_head(text: str, form: str, number: int) -> str:
    """A part's head as printed: 一、X, 1.X, 【X】 or 「X」."""
    if form == "cn_number":
        return f"{CN_NUMBERS[number % len(CN_NUMBERS)]}、{text}"
    if form == "arabic":
        return f"{number + 1}.{text}"
    if form == "bracket":
        return f"【{text}】"
    if form == "corner":
        return f"「{text}」"
    return text


def content_blocks(article: dict, conv: dict) -> list[dict]:
    """The article's blocks as printed, in order: {type, text, optional_break}, and the private keys
    the setting reads (_note, _row, _quote)."""
    body = [str(p) for p in article.get("body") or []]
    table = article.get("table") if conv["box_form"] == "table" else None
    quote = article.get("pull_quote") if conv["quote_form"] == "pull_quote" else None
    blocks: list[dict] = []
    run_in = ""
    paragraphs_seen = 0
    for item in body:
        if item.startswith("## "):
            heads = sum(b["type"] == "heading" for b in blocks) + (1 if run_in else 0)
            if conv["heading_form"] == "run_in":
                run_in = item[3:] + "。"
            else:
                blocks.append({"type": "heading", "text": part_head(item[3:], conv["heading_form"], heads)})
            continue
        block = {"type": "paragraph", "text": qa_turn(item, conv["qa_form"])}
        if item.startswith("编者按") and paragraphs_seen == 0:
            block["_note"] = True
        elif run_in:
            block |= {"text": run_in + block["text"], "_run_in": run_in}
            run_in = ""
        blocks.append(block)
        paragraphs_seen += 1
        if table and paragraphs_seen == int(table.get("after", 0)):
            blocks += table_rows(table["rows"])
            table = None
        if quote and paragraphs_seen == int(quote.get("after", 1)):
            blocks.append(quote_block(quote))
            quote = None
    if table:
        blocks += table_rows(table["rows"])
    if quote:
        blocks.append(quote_block(quote))
    return blocks


def quote_block(quote: dict) -> dict:
    speaker = "——" + str(quote["speaker"])
    text = str(quote["text"])
    return {"type": "paragraph", "text": text + speaker, "_quote": (text, speaker)}


def table_rows(rows: list[list]) -> list[dict]:
    rows = [[str(c) for c in row] for row in rows]
    return [{"type": "paragraph", "text": " ".join(row), "optional_break": True, "_row": row} for row in rows]


def box_blocks(article: dict, conv: dict) -> list[dict]:
    """A 数读 box (each table row's latest figure over its label) or a box of 关键词 entries."""
    if conv["box_form"] == "shudu":
        rows = [[str(c) for c in row] for row in article["table"]["rows"][1:]]
        box = [{"type": "heading", "text": "数读", "_box": True}]
        return box + [{"type": "paragraph", "text": f"{row[-1]} {row[0]}", "optional_break": True,
                       "_number": (row[-1], row[0])} for row in rows]
    if conv["box_form"] == "keywords":
        box = []
        for entry in article["keywords"]:
            box.append({"type": "heading", "text": f"关键词：{entry['word']}", "_keyword": True})
            box.append({"type": "paragraph", "text": str(entry["text"])})
        return box
    return []


def mark_optional_exits(blocks: list[dict]) -> None:
    """The break after a table's or box's last line is no surer than the breaks inside it."""
    for before, after in zip(blocks, blocks[1:]):
        if before.get("optional_break") and after["type"] == "paragraph":
            after.setdefault("optional_break", True)


def caption_parts(article: dict, caption: dict, form: str) -> tuple[str, dict]:
    """A caption as printed, and its gold {text, credit, label}: 图为 and the credit in brackets."""
    text = str(caption.get("text", ""))
    credit = {"tuwei_archive": "资料图片", "tuwei_supplied": f"{short_name(article)}供图"}.get(
        form, str(caption.get("credit") or ""))
    if not credit:
        return f"图为{text}", {"text": text, "credit": "", "label": "图为"}
    return f"图为{text}（{credit}）", {"text": text, "credit": credit, "label": "图为（）"}


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
    block: Block
    gold: dict


def headline_pieces(article: dict, conv: dict, width: int) -> tuple[list[Piece], dict]:
    """The banner, a story's headline or an item's title, and their gold fields."""
    title = str(article["title"])
    kicker = str(article.get("kicker") or "")
    subtitle = str(article.get("subtitle") or "") if conv["setting"] != "strip_item" else ""
    if subtitle and conv["subtitle_mark"] == "dash":
        subtitle = "——" + subtitle
    role = "banner" if conv["title_place"] == "banner" else "headline"
    if conv["setting"] == "strip_item":
        pieces = [Piece("kicker", kicker, width)] if kicker else []
        pieces.append(Piece("item_title", title, width, beside=conv["title_place"] == "beside"))
    else:
        pieces = [Piece(role, kicker, width)] if kicker else []
        pieces.append(Piece(role, title, width))
        pieces += [Piece(role, subtitle, width)] if subtitle else []
    return pieces, {"kicker": kicker, "title": title, "subtitle": subtitle}


def block_piece(block: dict, width: int) -> Piece:
    if "_row" in block:
        return Piece("row", block["text"], width, cells=block["_row"])
    if "_number" in block:
        return Piece("number", block["text"], width)
    if "_quote" in block:
        text, speaker = block["_quote"]
        return Piece("quote", text, width, signature=speaker, inset=True)
    if block.get("_note"):
        signed = block["text"].endswith("——编者")
        return Piece("note", block["text"].removesuffix("——编者") if signed else block["text"], width,
                     signature="——编者" if signed else "")
    if block.get("_keyword"):
        return Piece("keyword", block["text"], width)
    if block["type"] == "heading":
        return Piece("box_heading" if block.get("_box") else "heading", block["text"], width)
    return Piece("para", block["text"], width, indent=True)


def set_article(rng: random.Random, article: dict, conv: dict, date: datetime.date, span: int) -> SetArticle:
    width = int(conv["column_width"])
    credit = credits(rng, article, conv, date)
    blocks = content_blocks(article, conv)
    box = box_blocks(article, conv)
    head, heads = headline_pieces(article, conv, width * span)
    first = next(i for i, b in enumerate(blocks) if b["type"] == "paragraph")
    lead = next((i for i, b in enumerate(blocks) if b["type"] == "paragraph" and not b.get("_note")), first)
    if credit.dateline:
        blocks[first]["text"] = join_dateline(credit.dateline, blocks[first]["text"])
    text = [block_piece(block, width) for block in blocks]
    if conv["note_form"] == "kaiti" and text[first].role == "note":
        text[first].text += text[first].signature  # set run in, the signature ends its last line
        text[first].signature = ""
    if credit.tail:
        last = max(i for i, p in enumerate(text) if p.role == "para")
        text[last].text += credit.tail
    text = ([Piece("credit", credit.head, width)] if credit.head else []) + text
    text += [Piece("credit", line, width) for line in credit.block]
    captions, side = set_captions(article, conv, width)
    side += [block_piece(b, width) for b in box]
    all_blocks = blocks[: lead + 1] + box + blocks[lead + 1:]
    mark_optional_exits(all_blocks)
    gold = {
        "id": article["id"],
        "park": article.get("park", ""),
        **heads,
        "dateline": credit.dateline,
        "authors": credit.names,
        "byline": " ".join([credit.head, *credit.block, credit.tail]).strip(),
        "blocks": [gold_block(b) for b in all_blocks],
        "captions": captions,
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary", ""),
        "lead_summary": first_sentence(blocks[first]["text"], credit.dateline),
    }
    return SetArticle(Block(head, side, text, span, width), gold)


def set_captions(article: dict, conv: dict, width: int) -> tuple[list[dict], list[Piece]]:
    gold: list[dict] = []
    pieces: list[Piece] = []
    if conv["caption_form"] == "none":
        return gold, pieces
    for caption in article.get("captions") or []:
        printed, entry = caption_parts(article, caption, conv["caption_form"])
        gold.append(entry)
        pieces += [Piece("photo", "", width), Piece("caption", printed, width)]
    return gold, pieces


# ---------------------------------------------------------------- the page


@dataclass
class Furniture:
    header: list[str]
    prompt: list[str]
    footer: list[str]  # the edition line and the folio
    staff_line: str  # the 6-point line of editors, an OCR's hardest


def furniture_lines(rng: random.Random, page: dict, paper: str, page_no: int,
                    date: datetime.date) -> Furniture:
    editor, designer, checker = rng.sample(STAFF, 3)
    dated = f"{date.year}年{date.month}月{date.day}日 星期{WEEKDAYS[date.weekday()]}"
    staff = f"责任编辑：{editor} 版式设计：{designer} 校对：{checker}" if rng.random() < 0.6 else \
        f"责编：{editor} 设计：{designer} 校对：{checker}"
    label = page["section_label"]
    if page["header_form"] == "one_line":
        header = [f"{paper} {page['page_name']}·{label} 第{page_no}版 {dated}", staff]
    else:
        header = [paper, page["page_name"], label, f"第{page_no}版", dated, staff]
    if page["prompt"] == "广告":
        prompt = ["广告", *rng.choice(ADVERTS)]
    else:
        prompt = list(rng.choice(QR_PROMPTS))
    footer = [f"{paper} {date.year}年{date.month}月{date.day}日", f"{page_no:02d}"]
    return Furniture(header, prompt, footer, staff)


def furniture_block(lines: list[str], width: int, span: int = 1) -> Block:
    return Block([], [], [Piece("furniture", line, width) for line in lines], span, width)


@dataclass
class PagePlan:
    lead: dict
    sidebar: dict | None
    strip: list[dict]


SECTION_KINDS = ("feature", "interview", "measures", "remarks")
STRIP_KINDS = ("short", "news", "commentary")


def plan_articles(rng: random.Random, articles: list[dict]) -> PagePlan:
    """The section's lead (a feature where the corpus has one), perhaps a second story of the section,
    and three to six items of the paper's own for the 园区动态 strip."""
    pool = rng.sample(articles, len(articles))
    section = [a for a in pool if a.get("kind") in SECTION_KINDS] or pool[:1]
    features = [a for a in section if a.get("kind") == "feature"]
    lead = features[0] if features and rng.random() < 0.7 else section[0]
    others = [a for a in section if a is not lead]
    sidebar = others[0] if others and rng.random() < 0.6 else None
    items = [a for a in pool if a.get("kind") in STRIP_KINDS and a is not lead]
    items = items or [a for a in pool if a is not lead and a is not sidebar]
    strip = items[: rng.randint(3, 6)]
    commentary = [a for a in strip if a.get("kind") == "commentary"]
    strip = [a for a in strip if a not in commentary] + commentary[:1]  # at most one 记者手记, at the end
    return PagePlan(lead, sidebar, strip)


def strip_bands(strip: list[SetArticle], at: str, columns: int) -> list[Band]:
    """The 园区动态 strip: at the foot, its items side by side under a head across the page; down the
    right-hand side, its items one under another."""
    width = strip[0].block.width
    head = Piece("furniture", "园区动态", width)
    first = strip[0].block
    strip[0].block = Block([head, *first.head], first.side, first.text, first.span, first.width)
    if at == "right":
        return [[Block([], [], [p for s in strip for p in s.block.pieces()], 1, width)]]
    per_band = max(2, columns // 2)
    blocks = [s.block for s in strip]
    return [blocks[i:i + per_band] for i in range(0, len(blocks), per_band)]


def page_bands(page: dict, furniture: Furniture, lead: SetArticle, sidebar: SetArticle | None,
               strip: list[SetArticle]) -> list[Band]:
    """The page's bands top to bottom, each a row of blocks side by side."""
    columns = int(page["columns"])
    width = lead.block.width
    banner = Block(lead.block.head, [], [], columns, width)
    body = Block([], lead.block.side, lead.block.text, lead.block.span, width)
    bands: list[Band] = [[furniture_block(furniture.header, width, columns)], [banner], [body]]
    strip_set = strip_bands(strip, page["strip_at"], columns)
    if page["strip_at"] == "right":
        bands[2] = bands[2] + strip_set[0]
    bands.append(([sidebar.block] if sidebar else []) + [furniture_block(furniture.prompt, width)])
    if page["strip_at"] == "bottom":
        bands += strip_set
    bands.append([furniture_block(furniture.footer, width, columns)])
    return bands


# ---------------------------------------------------------------- lines


def display_width(ch: str) -> int:
    """Half-width cells a character takes in a layout export."""
    return 1 if unicodedata.east_asian_width(ch) in ("Na", "H", "N") else 2


def cells(text: str) -> int:
    return sum(display_width(ch) for ch in text)


def wrap(text: str, width: int, indent: bool = False) -> list[str]:
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


HEADLINE_ROLES = ("banner", "headline", "item_title")


def piece_lines(piece: Piece) -> list[str]:
    text = piece.text
    if piece.role == "photo" or not text:
        return []
    if piece.role in ("furniture", "row", "keyword", "credit", "kicker"):
        return [text]
    if piece.role == "number":  # the figure in big type, its label under it
        figure, _, label = text.partition(" ")
        return [figure, label] if label else [figure]
    if piece.role in ("banner", "headline"):  # headline type about twice body size, the banner fitted
        return wrap(text, max(4, piece.width // 2))  # to the page's width
    if piece.role == "item_title":  # beside its item in a column four characters wide, or over it
        return wrap(text, 4) if piece.beside else wrap(text, max(6, piece.width * 2 // 3))
    if piece.role in ("note", "quote"):  # set in a box or inset, two ems narrower
        return wrap(text, piece.width - 2) + ([piece.signature] if piece.signature else [])
    return wrap(text, piece.width, piece.role == "para" and piece.indent)


def reading_order(bands: list[Band]) -> list[Piece]:
    """The pieces as a reader that follows columns meets them: band by band, block by block."""
    return [piece for band in bands for block in band for piece in block.pieces()]


@dataclass
class Placed:
    piece: Piece
    line: str
    x: int  # in ems from the page's left edge
    y: int  # in lines from the page's top


def placed_lines(bands: list[Band]) -> list[Placed]:
    """Every printed line with where it stands, in reading order: a block's head lines over its
    columns (or beside them), its side column, then its text columns filled one after another."""
    placed: list[Placed] = []
    top = 0
    for band in bands:
        left, bottom = 0, top
        for block in band:
            bottom = max(bottom, place_block(block, left, top, placed))
            left += block.width * block.span
        top = bottom + 1
    return placed


def place_block(block: Block, left: int, top: int, placed: list[Placed]) -> int:
    head = [(p, line) for p in block.head for line in piece_lines(p)]
    beside = any(p.beside for p in block.head)
    for row, (piece, line) in enumerate(head):
        placed.append(Placed(piece, line, left, top + row))
    text_top = top if beside else top + len(head)
    text_left = left + (4 if beside else 0)
    side = [(p, line) for p in block.side for line in piece_lines(p) or ["", "", ""]]
    for row, (piece, line) in enumerate(side):
        if line:
            placed.append(Placed(piece, line, text_left, text_top + row))
    text = [(p, line) for p in block.text for line in piece_lines(p)]
    columns = max(1, block.span - (1 if block.side else 0))
    height = max(1, -(-len(text) // columns))
    first_column = text_left + (block.width if block.side else 0)
    for at, (piece, line) in enumerate(text):
        column, row = divmod(at, height)
        placed.append(Placed(piece, line, first_column + column * block.width, text_top + row))
    return max([top + len(head)] + [p.y for p in placed if p.x >= left]) + 1


# ---------------------------------------------------------------- readers


@dataclass
class Reading:
    raw: str
    furniture: list[str]  # page furniture as the reader wrote it, and the reader's own marks
    habits: list[str]


def furniture_of(pieces: list[Piece]) -> list[str]:
    return [p.text for p in pieces if p.role == "furniture"]


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


def documented_lines(piece: Piece, rng: random.Random, used: list[str], spacing: bool) -> list[str]:
    """A piece's lines as the documented reader writes them; a headline's lines on single newlines."""
    if spacing and piece.role == "para":
        piece = Piece(**{**piece.__dict__, "text": space_numbers(piece.text, rng, used)})
    lines = piece_lines(piece)
    if not lines:
        return []
    if piece.role in HEADLINE_ROLES:
        return ["\n".join(lines) + line_end(lines[-1])]
    return [line + line_end(line) for line in lines]


def read_documented(bands: list[Band], rng: random.Random) -> Reading:
    pieces = reading_order(bands)
    out: list[str] = []
    used: list[str] = ["blank_line_after_line"]
    spacing = rng.random() < 0.7
    letter_spaced = rng.random() < 0.4
    held: list[str] = []  # a beside title read after its item's first lines
    for piece in pieces:
        lines = documented_lines(piece, rng, used, spacing)
        if piece.beside and rng.random() < 0.5:
            held = lines
            continue
        if letter_spaced and piece.role == "para" and len(lines) > 1 and len(lines[0].strip()) >= 6:
            lines[0] = " ".join(lines[0].strip().replace(" ", "")) + "\n\n"
            used.append("letter_spaced_line")
            letter_spaced = False
        if held and piece.role == "para":
            lines[2:2] = held
            held = []
            used.append("side_title_late")
        out += lines
    return Reading("".join(out + held), furniture_of(pieces), sorted(set(used)))


def read_pymupdf(bands: list[Band], rng: random.Random) -> Reading:
    """The frames in the order they were drawn: the master page's header and footer, the stories, then
    the pull quotes and the banner placed last."""
    master = bands[0] + bands[-1]
    pieces = reading_order([master]) + reading_order(bands[1:-1])
    drawn_last = [p for p in pieces if p.role == "quote"] + [p for p in pieces if p.role == "banner"]
    last = {id(p) for p in drawn_last}
    pieces = [p for p in pieces if id(p) not in last] + drawn_last
    lines = [line for piece in pieces for line in piece_lines(piece)]
    used = ["single_newlines", "master_page_first"] + (["banner_drawn_last"] if drawn_last else [])
    return Reading("\n".join(lines) + "\n", furniture_of(pieces), used)


def read_tencent(bands: list[Band], rng: random.Random) -> Reading:
    placed = placed_lines(bands)
    staff = next((p for p in placed if p.piece.role == "furniture" and p.line.startswith(STAFF_LINE)), None)
    misread = staff if staff and rng.random() < 0.5 else None
    furniture: list[str] = []
    entries: list[dict] = []
    paragraph, last_piece = 0, None
    for at in placed:
        if at.piece is not last_piece:
            paragraph, last_piece = paragraph + 1, at.piece
        text, confidence = at.line, rng.randint(93, 100)
        if at is misread:
            text, confidence = misread_line(at.line, rng), rng.randint(55, 85)
        if at.piece.role == "furniture":
            furniture.append(text)
        entries.append(detection(text, confidence, at, paragraph))
    request = "-".join(f"{rng.getrandbits(4 * n):0{n}x}" for n in (8, 4, 4, 4, 12))
    response = {"Response": {"TextDetections": entries, "Language": "zh", "Angle": 0.0, "RequestId": request}}
    skeleton = json.loads(json.dumps(response))
    for entry in skeleton["Response"]["TextDetections"]:
        entry["DetectedText"] = ""
    used = ["text_detections_json", "parag_numbers"] + (["low_confidence_misread"] if misread else [])
    raw = json.dumps(response, ensure_ascii=False) + "\n"
    return Reading(raw, furniture + [json.dumps(skeleton, ensure_ascii=False)], used)


def misread_line(line: str, rng: random.Random) -> str:
    at = rng.choice([i for i, ch in enumerate(line) if ch in MISREADS])
    return line[:at] + MISREADS[line[at]] + line[at + 1:]


def detection(text: str, confidence: int, at: Placed, paragraph: int) -> dict:
    """One TextDetections entry: the line, its confidence, its corners and its paragraph."""
    scale = 2 if at.piece.role in ("banner", "headline") else 1
    x, y = 60 + at.x * EM_PIXELS, 80 + at.y * LINE_PIXELS
    width, height = cells(text) * EM_PIXELS * scale // 2, 28 * scale
    corners = [(x, y), (x + width, y), (x + width, y + height), (x, y + height)]
    return {
        "DetectedText": text,
        "Confidence": confidence,
        "Polygon": [{"X": cx, "Y": cy} for cx, cy in corners],
        "AdvancedInfo": json.dumps({"Parag": {"ParagNo": paragraph}}, separators=(",", ":")),
        "ItemPolygon": {"X": x, "Y": y, "Width": width, "Height": height},
    }


def read_abbyy(bands: list[Band], rng: random.Random) -> Reading:
    pieces = reading_order(bands)
    out: list[str] = []
    used = ["paragraph_per_line", "headers_kept"]
    for piece in pieces:
        lines = piece_lines(piece)
        if not lines:
            continue
        if piece.role == "row":
            out.append("\t".join(piece.cells))
            used.append("tab_separated_tables")
        elif piece.role == "number":
            out += lines  # the figure and its label in two type sizes: two paragraphs
        elif piece.drop_cap:
            text = "".join(lines)
            out += [text[0], text[1:]]
            used.append("drop_cap_split")
        elif piece.signature:  # a right-aligned signature is a paragraph of its own
            out += ["".join(lines[:-1]), lines[-1]]
        else:
            out.append("".join(lines))
    return Reading("\n".join(out) + "\n", furniture_of(pieces), sorted(set(used)))


def read_acrobat(bands: list[Band], rng: random.Random) -> Reading:
    pieces = reading_order(bands)
    blocks: list[list[str]] = []
    used = ["line_per_printed_line", "blank_between_blocks", "ideographic_indent"]
    at = 0
    while at < len(pieces):
        piece = pieces[at]
        lines = piece_lines(piece)
        if piece.role == "para" and piece.indent and lines:
            lines[0] = "\u3000\u3000" + lines[0]
        following = pieces[at + 1] if at + 1 < len(pieces) else None
        if following and following.inset and len(lines) >= 3:  # the quote set into this paragraph
            cut = len(lines) // 2
            blocks += [lines[:cut], piece_lines(following), lines[cut:]]
            used.append("quote_inside_paragraph")
            at += 2
            continue
        if lines:
            blocks.append(lines)
        at += 1
    raw = "\n\n".join("\n".join(lines) for lines in blocks) + "\n"
    return Reading(raw, furniture_of(pieces), sorted(set(used)))


READERS = {
    "documented": read_documented,
    "pymupdf": read_pymupdf,
    "tencent_ocr": read_tencent,
    "abbyy": read_abbyy,
    "acrobat": read_acrobat,
}


# ---------------------------------------------------------------- the page and its gold


def gravure_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """One page set in the economic daily's hand and read by one of the readers: (raw, gold)."""
    rng = random.Random(f"gravure:{seed}")
    page = page_conventions(rng)
    paper = rng.choice(PAPERS)
    page_no = rng.randint(5, 16)
    date = datetime.date(2023, 3, 6) + datetime.timedelta(days=rng.randrange(900))
    reader = weighted(rng, EXTRACTOR_WEIGHTS)
    plan = plan_articles(rng, articles)
    columns = int(page["columns"])
    width = rng.choice((11, 12, 13))
    lead_span = columns - (1 if page["strip_at"] == "right" else 0)
    set_articles: list[SetArticle] = []
    conventions: list[dict] = []
    settings = [(plan.lead, "lead", lead_span)]
    settings += [(plan.sidebar, "sidebar", min(3, columns - 2))] if plan.sidebar else []
    settings += [(item, "strip_item", 2 if page["strip_at"] == "bottom" else 1) for item in plan.strip]
    for article, setting, span in settings:
        conv = article_conventions(rng, article, setting, width)
        set_articles.append(set_article(rng, article, conv, date, span))
        conventions.append(conv)
    if page["drop_cap"] == "lead":
        opening = next((p for p in set_articles[0].block.text if p.role == "para"), None)
        if opening:
            opening.drop_cap = True
    furniture = furniture_lines(rng, page, paper, page_no, date)
    sidebar = set_articles[1] if plan.sidebar else None
    bands = page_bands(page, furniture, set_articles[0], sidebar, set_articles[1 + bool(sidebar):])
    reading = READERS[reader](bands, rng)
    return reading.raw, page_gold(page, reader, reading, set_articles, conventions)


def page_gold(page: dict, reader: str, reading: Reading, set_articles: list[SetArticle],
              conventions: list[dict]) -> dict:
    articles = [set_.gold | {"gravure": {k: str(v) for k, v in conv.items()}}
                for set_, conv in zip(set_articles, conventions)]
    return {
        "page": "",
        "notes": GOLD_NOTES,
        "extractor": reader,
        "gravure": {"extractor": reader, **page, "habits": reading.habits},
        "articles": articles,
        "furniture": reading.furniture,
        "unassigned": [],
    }
