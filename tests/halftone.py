"""The thirty-eighth layouter: the 园区经济 page of a national industry trade weekly.

`halftone_page(seed, articles)` sets one broadsheet page of an invented trade paper of manufacturing
and information technology and returns (raw page text as a reader wrote it, gold annotation).

The hand: 5-7 columns of 9-13 ems, stories over one to three columns; a story jumped in from page 1
at the top (上接第1版, under a short jump head or none) and perhaps one jumped out (下转第N版);
kickers naming an industry, titles, subtitles after ——; 核心提示 boxes before a lead, 背景链接 boxes
after a story, 记者观察 / 专家点评 / 短评 insets inside it; trade-paper credits (◎本报记者 X, a head
line of reporters and correspondents, 中国XX报记者 X in brackets at the end, 本报通讯员 X 文/图,
contributed pieces ending （作者单位：…） or 作者：X（…）); small tables and charts read as their
labels and numbers with a 数据来源 line; captions with ▲, （受访者供图）, （资料图片）, （本报记者 X 摄）,
one caption over two photos; furniture: the 版头, an advertisement, jump lines, 扫码阅读 prompts,
the CN serial-number line and page numbers.

Decisions the gold records (see GOLD_NOTES): boxes and insets are the article's own text (a heading
block for their label, a paragraph for their text); a table's rows are paragraphs whose breaks are
optional; a chart is a caption (its labels and numbers as text, its 数据来源 as credit); the subtitle
keeps the —— it is printed with; jump lines and the markup a reader writes are furniture; what a
reader repeats by itself is unassigned.
"""

from __future__ import annotations

import csv
import datetime
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"

GOLD_NOTES = (
    "Gold annotation of a page set by tests/halftone.py (an industry trade weekly's park page). Body text "
    "is whitespace-free; the first paragraph keeps its 本报讯 dateline. A 核心提示/导读 box, a 背景链接/"
    "相关链接 box and a 记者观察/专家点评/短评 inset belong to their article: a heading block for the label, "
    "a paragraph for the text. Table rows are paragraphs (cells joined by spaces) with optional breaks; a "
    "chart is a caption whose text is its title, labels and numbers and whose credit is its 数据来源. "
    "Subtitles keep their ——. byline holds every credit printed apart from the dateline; caption label "
    "holds the marks around text and credit. Jump lines and a reader's markup (front matter, #, table "
    "tags) are furniture; lines a reader repeated by itself are unassigned."
)

# Article conventions: what the layouter varies story by story, with every value it can take
CONVENTIONS: dict[str, tuple[str, ...]] = {
    "headline_placement": ("before", "beside", "after", "grouped"),
    "span": ("1", "2", "3"),
    "column_width": ("9", "10", "11", "12", "13"),
    "credit_form": (
        "dateline_bracket", "dateline_tail_name", "dateline_tail_bracket", "dateline_bare",
        "head_ring", "head_line", "tail_paper", "wen_tu", "contributed_unit", "contributed_author", "none",
    ),
    "lead_box": ("none", "核心提示", "导读"),
    "after_box": ("none", "背景链接", "相关链接"),
    "inset": ("none", "记者观察", "专家点评", "短评"),
    "table_form": ("none", "table", "chart"),
    "caption_form": ("none", "triangle", "bracket_credit", "interviewee", "archive", "plain"),
    "caption_at": ("above", "below"),
    "jump": ("none", "in", "out"),
}

# Page conventions: what the layouter varies page by page
PAGE_CONVENTIONS: dict[str, tuple[str, ...]] = {
    "columns": ("5", "6", "7"),
    "page_name": ("园区经济", "园区·集群"),
    "masthead_at": ("top", "bottom"),
    "advert": ("none", "between", "end"),
    "scan_prompt": ("none", "present"),
    "jump_head": ("none", "short_head"),
}

# The readers and how often each wrote a page: the documented reader (the sample's habits) and four
# others, each with habits a real tool has
EXTRACTOR_WEIGHTS: dict[str, float] = {
    "documented": 0.20,
    "olmocr": 0.20,
    "omnipage_text": 0.20,
    "hanvon_ocr": 0.20,
    "got_ocr": 0.20,
}

HABITS: dict[str, tuple[str, ...]] = {
    # the sample page: a blank line after each line unless it ends half-width, two-line headlines on
    # single newlines, spaces around numbers, a justified short line read letter-spaced
    "documented": ("blank_line_after_line", "numbers_spaced", "letter_spaced_line"),
    # olmOCR (olmOCR-2 model): YAML front matter per page, natural reading order (a headline before its
    # story), one paragraph per line, Markdown headings, tables as HTML
    "olmocr": ("front_matter", "paragraph_per_line", "markdown_headings", "html_tables"),
    # OmniPage / Kofax Power PDF "Plain Text": decolumnized, left-aligned, the original line breaks,
    # a blank line between zones, the page break character (#12) after the page
    "omnipage_text": ("line_breaks_kept", "zone_blank_lines", "form_feed_page_end"),
    # 汉王 OCR's TXT: paragraph indents read as two ideographic spaces, half-width punctuation beside
    # digits, wide-tracked headlines read with spaces between the characters
    "hanvon_ocr": ("indent_ideographic_spaces", "halfwidth_punctuation", "spaced_headlines"),
    # GOT-OCR2.0 plain OCR: one line per printed line, no blank lines, and now and then a decoding loop
    # that repeats the last line until the token limit (GOT-OCR2.0 issue 226)
    "got_ocr": ("no_blank_lines", "repetition_loop"),
}

# What each habit leaves in the raw text, for the tests: a pattern that matches when it was applied
HABIT_TRACES: dict[str, re.Pattern] = {
    "blank_line_after_line": re.compile(r"[\u4e00-\u9fff，。”]\n\n"),
    "numbers_spaced": re.compile(r"[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]"),
    "letter_spaced_line": re.compile(r"(?:\S ){5,}\S"),
    "front_matter": re.compile(r"\A---\nprimary_language: zh\nis_rotation_valid: True\n"),
    "paragraph_per_line": re.compile(r"^[^\n]{60,}$", re.M),
    "markdown_headings": re.compile(r"^#{1,2} \S", re.M),
    "html_tables": re.compile(r"<table><tr><td>"),
    "line_breaks_kept": re.compile(r"^[^\n]{4,16}\n[^\n]", re.M),
    "zone_blank_lines": re.compile(r"\S\n\n\S"),
    "form_feed_page_end": re.compile(r"\f\Z"),
    "indent_ideographic_spaces": re.compile(r"^\u3000\u3000\S", re.M),
    "halfwidth_punctuation": re.compile(r"[0-9A-Za-z%][,:;)]|[,:;(][0-9A-Za-z]"),
    "spaced_headlines": re.compile(r"^(?:\S ){4,}\S$", re.M),
    "no_blank_lines": re.compile(r"\A(?![\s\S]*\n[ \t]*\n)"),
    "repetition_loop": re.compile(r"^([^\n]+)\n(?:\1\n){2,}", re.M),
}

PAPERS = ("中国智联产业报", "中国链群产业报", "华夏工业周报", "中国智造信息周报")
EDITORS = ("郗明", "禚蕾", "亓文", "眭丹", "逄博", "蒯宁", "仉琳", "訾洋", "昝悦", "阚雯", "上官晴", "司马骏")
ADVERTISERS = (
    ("华芯微电子", "芯动中国 智联未来", "www.huaxinwei.com.cn"),
    ("启航智能装备", "精密制造 启航未来", "www.qihangzb.cn"),
    ("中材新能", "绿色材料 点亮未来", "www.zcxinneng.com"),
    ("云栖工业互联", "让每一台设备都在线", "www.yunqigy.cn"),
)
SCAN_PROMPTS = ("扫码阅读本版更多报道", "扫描二维码 阅读电子版", "扫码看视频")
WEEKDAYS = "一二三四五六日"
ROLE_PRINTED = {"记者": "本报记者", "通讯员": "通讯员", "特约通讯员": "特约通讯员", "实习生": "实习生",
                "评论员": "本报评论员"}
INSET_TEXTS = {
    "记者观察": "记者在采访中感到，{short}的做法有一个共同点：把企业最急需的平台和场景放在前面，"
    "用公共服务降低创新成本。这种“先搭台、再唱戏”的思路，值得其他园区借鉴。",
    "专家点评": "{topic}领域竞争日趋激烈，园区既要盯住龙头企业，也要给中小企业留出成长空间。{short}以公共平台"
    "和应用场景为抓手，找准了产业培育的着力点。",
    "短评": "产业链的竞争，说到底是生态的竞争。{short}的探索表明，只要贴近市场需求，{topic}同样能成为园区"
    "新的增长极。",
}
AFTER_BOX_TEXTS = {
    "背景链接": "{official}位于{province}{city}，是经国务院批准设立的国家高新技术产业开发区，近年来重点发展"
    "{topic}等产业。",
    "相关链接": "据{short}管委会介绍，园区正围绕{topic}编制专项规划，"
    "明年将再推出一批应用场景和公共服务平台。",
}
HALF_WIDTH_END = re.compile(r"[0-9A-Za-z+\-]$")
NO_LINE_START = set("，。、；：？！”’）》%")
NO_LINE_END = set("“‘（《")
# a run of digits or Latin letters stays whole; a range may break after its dash ("1100万-" / "1500 万元")
UNITS = re.compile(r"[0-9A-Za-z.%+/@_]+|.", re.S)
TO_HALF = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"}


@dataclass
class Piece:
    """One printed thing in reading order: what it is, its text as printed, and how it is set."""

    role: str  # headline | heading | para | row | credit | caption | furniture
    text: str
    width: int = 11  # line width in ems
    indent: bool = False  # a paragraph's first line, indented two ems
    level: int = 0  # headlines: 1 for the title, 2 for kicker and subtitle (Markdown marks)
    cells: list[str] = field(default_factory=list)  # a table row's cells


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
        "masthead_at": weighted(rng, {"top": 0.7, "bottom": 0.3}),
        "advert": weighted(rng, {"none": 0.3, "between": 0.35, "end": 0.35}),
        "scan_prompt": weighted(rng, {"none": 0.4, "present": 0.6}),
        "jump_head": weighted(rng, {"none": 0.35, "short_head": 0.65}),
    }


def credit_forms(article: dict) -> dict[str, float]:
    """The credit forms an article's authors and dateline allow, with how often the desk uses each;
    now and then a story runs without its credit (a photo story, a brief the desk rewrote)."""
    authors = article.get("authors") or []
    if article.get("dateline"):
        if not authors:
            return {"dateline_bare": 1.0}
        return {"dateline_bracket": 0.4, "dateline_tail_name": 0.25, "dateline_tail_bracket": 0.25,
                "dateline_bare": 0.1}
    if not authors:
        return {"none": 1.0}
    forms = {"head_ring": 0.3, "head_line": 0.3, "tail_paper": 0.3, "none": 0.1}
    contributed = not any(a.get("role") in ("记者", "评论员") for a in authors)
    if contributed and article.get("captions"):
        forms["wen_tu"] = 0.4
    if contributed:
        forms |= {"contributed_unit": 0.4, "contributed_author": 0.4}
    return forms


def article_conventions(rng: random.Random, article: dict, jump: str, columns: int) -> dict:
    captions = bool(article.get("captions"))
    # a table or chart stays with the part of a story printed on its first page: none on a jumped story
    has_table = bool(article.get("table")) and jump == "none"
    narrowest = {5: 11, 6: 10, 7: 9}[columns]  # more columns on the broadsheet, narrower ones
    return {
        "headline_placement": weighted(rng, {"before": 0.4, "beside": 0.2, "after": 0.2, "grouped": 0.2}),
        "span": rng.choice(CONVENTIONS["span"]),
        "column_width": rng.randint(narrowest, narrowest + 2),
        "credit_form": weighted(rng, credit_forms(article)),
        # a box before the lead only where no 本报讯 opens it (the scorer strips a dateline from block one)
        "lead_box": "none" if article.get("dateline") or jump == "in" else
        weighted(rng, {"none": 0.5, "核心提示": 0.3, "导读": 0.2}),
        "after_box": "none" if jump == "out" else
        weighted(rng, {"none": 0.6, "背景链接": 0.2, "相关链接": 0.2}),
        "inset": weighted(rng, {"none": 0.55, "记者观察": 0.15, "专家点评": 0.15, "短评": 0.15})
        if len(body_paragraphs(article)) >= 3 else "none",
        "table_form": rng.choice(("table", "chart")) if has_table else "none",
        "caption_form": rng.choice(CONVENTIONS["caption_form"][1:]) if captions else "none",
        "caption_at": rng.choice(CONVENTIONS["caption_at"]),
        "jump": jump,
    }


def body_paragraphs(article: dict) -> list[str]:
    return [p for p in article.get("body") or [] if not str(p).startswith("## ")]


# ---------------------------------------------------------------- credits


def names_of(authors: list[dict]) -> list[str]:
    return [a["name"] for a in authors]


def role_groups(authors: list[dict], printed: dict[str, str]) -> str:
    """Authors grouped by role, as a credit line prints them: 本报记者 X Y 通讯员 Z."""
    parts: list[str] = []
    last_role = None
    for author in authors:
        role = author.get("role") or "记者"
        if role != last_role:
            parts.append(printed.get(role, role))
            last_role = role
        parts.append(author["name"])
    return " ".join(parts)


def credits(rng: random.Random, article: dict, conv: dict, paper: str) -> dict:
    """The printed credits of an article: dateline, head line, tail; and the names in them."""
    authors = article.get("authors") or []
    names = names_of(authors)
    park = ZONES.get(article.get("park", ""), {})
    short = park.get("short_name", "园区")
    joiner = rng.choice(("、", " "))
    form = conv["credit_form"]
    dateline, head, tail = "", "", ""
    if form.startswith("dateline"):
        dateline = str(article["dateline"])
        if form == "dateline_bracket":
            dateline += f"（{role_groups(authors, {'记者': '记者'})}）"
        elif form == "dateline_tail_name":
            tail = " ".join(names)
        elif form == "dateline_tail_bracket":
            tail = f"（{joiner.join(names)}）"
    elif form == "head_ring":
        head = "◎" + role_groups(authors, ROLE_PRINTED)
    elif form == "head_line":
        head = role_groups(authors, ROLE_PRINTED)
    elif form == "tail_paper":
        tail = f"（{role_groups(authors, {'记者': paper + '记者', '评论员': paper + '评论员'})}）"
    elif form == "wen_tu":
        head = f"本报通讯员 {joiner.join(names)} 文/图"
    elif form == "contributed_unit":
        head = joiner.join(names)
        tail = f"（作者单位：{short}管委会）"
    elif form == "contributed_author":
        tail = f"作者：{joiner.join(names)}（{short}经发局）"
    if conv["jump"] == "in":  # the head credit and the dateline were printed on page 1
        head, dateline = "", ""
    if conv["jump"] == "out":  # the tail follows the rest of the story on the other page
        tail = ""
    printed = [c for c in (head, tail) if c]
    shown = [n for n in names if any(n in c for c in printed + [dateline])]
    return {"dateline": dateline, "head": head, "tail": tail, "names": shown}


# ---------------------------------------------------------------- the article's printed content


def park_words(article: dict) -> dict[str, str]:
    park = ZONES.get(article.get("park", ""), {})
    topics = article.get("topics") or ["产业"]
    return {
        "short": park.get("short_name", "园区"),
        "official": park.get("official_name", "园区"),
        "province": park.get("province", ""),
        "city": park.get("city", "") if park.get("city") != park.get("province") else "",
        "topic": topics[0],
    }


def content_blocks(article: dict, conv: dict, rng: random.Random) -> list[dict]:
    """The article's blocks as printed on this page, in order: {type, text, optional_break}."""
    words = park_words(article)
    body = list(article.get("body") or [])
    if conv["jump"] != "none":
        body = jumped_part(body, conv["jump"])
    blocks: list[dict] = []
    if conv["lead_box"] != "none":
        blocks += [heading(conv["lead_box"]), boxed(paragraph(article["summary"]))]
    table = article.get("table") if conv["table_form"] == "table" else None
    paragraphs_seen = 0
    inset_after = rng.randint(1, max(1, len(body_paragraphs({"body": body})) - 1))
    for item in body:
        item = str(item)
        if item.startswith("## "):
            blocks.append(heading(item[3:]))
            continue
        blocks.append(paragraph(item))
        paragraphs_seen += 1
        if table and paragraphs_seen == int(table.get("after", 0)):
            blocks += table_rows(table["rows"])
            table = None
        if conv["inset"] != "none" and paragraphs_seen == inset_after:
            blocks += [heading(conv["inset"]), boxed(paragraph(INSET_TEXTS[conv["inset"]].format(**words)))]
    if table:  # a table after the story's last paragraph
        blocks += table_rows(table["rows"])
    if conv["after_box"] != "none":
        box_text = AFTER_BOX_TEXTS[conv["after_box"]].format(**words)
        blocks += [heading(conv["after_box"]), boxed(paragraph(box_text))]
    return blocks


def jumped_part(body: list, jump: str) -> list:
    """A story jumped in keeps its second half here, one jumped out its first half."""
    cut = max(1, len(body) // 2)
    part = body[cut:] if jump == "in" else body[:cut]
    while jump == "out" and part and str(part[-1]).startswith("## "):
        part = part[:-1]  # a subheading stays with the text it heads, on the other page
    return part or body[-1:]


def heading(text: str) -> dict:
    return {"type": "heading", "text": text}


def paragraph(text: str, optional: bool = False) -> dict:
    block = {"type": "paragraph", "text": text}
    if optional:
        block["optional_break"] = True
    return block


def boxed(block: dict) -> dict:
    """A block of a box or inset: the story's credit never follows it."""
    return block | {"_box": True}


def table_rows(rows: list[list]) -> list[dict]:
    cells = [[str(c) for c in row] for row in rows]
    return [paragraph(" ".join(row), optional=True) | {"_row": row} for row in cells]


def mark_table_exit(blocks: list[dict]) -> None:
    """The break after a table's last row is no surer than the breaks between its rows."""
    for before, after in zip(blocks, blocks[1:]):
        if "_row" in before and after["type"] == "paragraph":
            after.setdefault("optional_break", True)


def chart_lines(article: dict) -> list[str]:
    """A chart from the article's table, read as a reader reads one: title, each bar's label and
    numbers, the axis labels last."""
    rows = [[str(c) for c in row] for row in article["table"]["rows"]]
    words = park_words(article)
    lines = [f"图表：{words['short']}{rows[0][0]}一览"]
    for row in rows[1:]:
        lines += [row[0], " ".join(row[1:])]
    lines.append(" ".join(rows[0][1:]))
    return lines


def caption_parts(caption: dict, form: str, rng: random.Random) -> tuple[str, dict]:
    """A caption as printed, and its gold {text, credit, label}."""
    text, credit = str(caption.get("text", "")), str(caption.get("credit") or "")
    if form == "interviewee" and not credit:
        credit = "受访者供图"
    if form == "archive" and not credit:
        credit = "资料图片"
    if form == "triangle":
        printed, label = "▲" + text + (" " + credit if credit else ""), "▲"
    elif form in ("bracket_credit", "interviewee", "archive") and credit:
        printed, label = f"{text}（{credit}）", "（）"
    else:
        printed, label = text + (" " + credit if credit else ""), ""
    gold = {"text": text, "credit": credit}
    if label:
        gold["label"] = label
    return printed, gold


# ---------------------------------------------------------------- setting one article


@dataclass
class SetArticle:
    headline: list[Piece]
    story: list[Piece]
    gold: dict
    placement: str


def headline_pieces(article: dict, conv: dict, jump_head: str) -> tuple[list[Piece], dict]:
    width = int(conv["column_width"]) * int(conv["span"])
    if conv["jump"] == "in":
        if not jump_head:
            return [], {"kicker": "", "title": "", "subtitle": ""}
        heads = {"kicker": "", "title": jump_head, "subtitle": ""}
        return [Piece("headline", jump_head, width, level=1)], heads
    kicker = str(article.get("kicker") or "")
    title = str(article["title"])
    subtitle = "——" + str(article["subtitle"]) if article.get("subtitle") else ""
    pieces = [Piece("headline", kicker, width, level=2)] if kicker else []
    pieces.append(Piece("headline", title, width, level=1))
    if subtitle:
        pieces.append(Piece("headline", subtitle, width, level=2))
    return pieces, {"kicker": kicker, "title": title, "subtitle": subtitle}


def jump_head_of(article: dict) -> str:
    """A jump head: the title without its park's name, as a desk shortens it for the jump."""
    short = park_words(article)["short"]
    title = str(article["title"])
    head = title.split("：", 1)[-1]
    if head.startswith(short) and len(head) > len(short) + 4:
        head = head[len(short):]
    return head


def set_article(rng: random.Random, article: dict, conv: dict, paper: str, page_no: int,
                jump_head: str) -> SetArticle:
    width = int(conv["column_width"])
    span_width = width * int(conv["span"])
    credit = credits(rng, article, conv, paper)
    blocks = content_blocks(article, conv, rng)
    mark_table_exit(blocks)
    headline, heads = headline_pieces(article, conv, jump_head)
    story: list[Piece] = []
    if conv["jump"] == "in":
        story.append(Piece("furniture", rng.choice(("（上接第1版）", "(上接1版)")), width))
    if credit["head"]:
        story.append(Piece("credit", credit["head"], span_width))
    first_paragraph = next(i for i, b in enumerate(blocks) if b["type"] == "paragraph")
    if credit["dateline"]:
        blocks[first_paragraph]["text"] = join_dateline(credit["dateline"], blocks[first_paragraph]["text"])
    last_para = 0
    for block in blocks:
        if block["type"] == "heading":
            story.append(Piece("heading", block["text"], width))
        elif "_row" in block:
            story.append(Piece("row", block["text"], width, cells=block["_row"]))
        else:
            story.append(Piece("para", block["text"], width, indent=True))
            last_para = last_para if "_box" in block else len(story) - 1
    if credit["tail"] and credit["tail"].startswith("作者："):
        story.insert(last_para + 1, Piece("credit", credit["tail"], width))
    elif credit["tail"]:
        story[last_para].text += ("" if credit["tail"].startswith("（") else " ") + credit["tail"]
    jump_to = rng.choice([n for n in range(2, 9) if n != page_no])
    if conv["jump"] == "out":
        story.insert(last_para + 1, Piece("furniture", f"（下转第{jump_to}版）", width))
    captions, caption_pieces = set_captions(rng, article, conv, span_width)
    story = caption_pieces + story if conv["caption_at"] == "above" else story + caption_pieces
    gold = {
        "id": article["id"],
        "park": article.get("park", ""),
        **heads,
        "dateline": credit["dateline"],
        "authors": credit["names"],
        "byline": " ".join(c for c in (credit["head"], credit["tail"]) if c),
        "blocks": [gold_block(b) for b in blocks],
        "captions": captions,
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary", ""),
        "lead_summary": first_sentence(blocks[first_paragraph]["text"], credit["dateline"]),
    }
    if conv["jump"] == "in":
        gold["continued_from"] = 1
    if conv["jump"] == "out":
        gold["continued_to"] = jump_to
    return SetArticle(headline, story, gold, conv["headline_placement"])


def set_captions(rng: random.Random, article: dict, conv: dict, width: int) -> tuple[list[dict], list[Piece]]:
    gold: list[dict] = []
    pieces: list[Piece] = []
    for caption in article.get("captions") or []:
        printed, entry = caption_parts(caption, conv["caption_form"], rng)
        gold.append(entry)
        pieces.append(Piece("caption", printed, width))
    if conv["table_form"] == "chart":
        lines = chart_lines(article)
        source = f"{park_words(article)['short']}管委会"
        gold.append({"text": " ".join(lines), "credit": source, "label": "数据来源："})
        pieces += [Piece("caption", line, width) for line in lines]
        pieces.append(Piece("caption", "数据来源：" + source, width))
    return gold, pieces


def join_dateline(dateline: str, text: str) -> str:
    # the sample prints a space after a bare 本报讯, none after its bracket
    return dateline + ("" if dateline.endswith("）") else " ") + text


def gold_block(block: dict) -> dict:
    out = {"type": block["type"], "text": re.sub(r"\s+", "", block["text"])}  # the sample's gold: no spaces
    if block.get("optional_break"):
        out["optional_break"] = True
    return out


def first_sentence(text: str, dateline: str) -> str:
    text = re.sub(r"\s+", "", text[len(dateline):] if dateline and text.startswith(dateline) else text)
    match = re.match(r".+?[。！？]", text)
    return match.group() if match else text


# ---------------------------------------------------------------- the page


def furniture_lines(rng: random.Random, page: dict, paper: str, page_no: int) -> dict[str, list[str]]:
    date = datetime.date(2023, 1, 6) + datetime.timedelta(weeks=rng.randrange(150))
    editor, artist = rng.sample(EDITORS, 2)
    masthead = [
        f"{page['page_name']} 第{page_no}版" if rng.random() < 0.5 else page["page_name"],
        f"{date.year}年{date.month}月{date.day}日 星期{WEEKDAYS[date.weekday()]}",
        f"责任编辑 {editor} 美术编辑 {artist}" if rng.random() < 0.5 else f"责编：{editor} 美编：{artist}",
        f"电话：010-6{rng.randrange(1000000, 9999999)} "
        f"E-mail：yqjj@{rng.choice(('zlcyb', 'lqcyb', 'hxgyzb'))}.cn",
    ]
    company, slogan, site = rng.choice(ADVERTISERS)
    hotline = f"招商热线：0{rng.randrange(10, 99)}-{rng.randrange(10**7, 10**8)}"
    advert = ["广告", f"{company} {slogan}", hotline, site]
    footer = [f"国内统一连续出版物号 CN 11-{rng.randrange(1000, 9999)}", f"{paper}", str(page_no)]
    return {"masthead": masthead, "advert": advert, "footer": footer, "scan": [rng.choice(SCAN_PROMPTS)]}


def choose_articles(rng: random.Random, articles: list[dict]) -> list[dict]:
    count = min(len(articles), rng.randint(4, 6))
    return rng.sample(articles, count)


def page_order(rng: random.Random, page: dict, furniture: dict, set_articles: list[SetArticle],
               natural: bool) -> list[list[Piece]]:
    """The page's zones in the order a reader meets them. A reader that reads naturally (olmOCR)
    puts each headline before its story; the others meet headlines where they are printed."""
    zones_: list[list[Piece]] = []
    if page["masthead_at"] == "top":
        zones_.append([Piece("furniture", line) for line in furniture["masthead"]])
    grouped: list[Piece] = []
    last_grouped = max((i for i, s in enumerate(set_articles) if s.placement == "grouped"), default=-1)
    advert_at = rng.randrange(1, len(set_articles)) if page["advert"] == "between" else -1
    scan_at = rng.randrange(len(set_articles)) if page["scan_prompt"] == "present" else -1
    for i, set_ in enumerate(set_articles):
        if i == advert_at:
            zones_.append([Piece("furniture", line) for line in furniture["advert"]])
        placement = "before" if natural else set_.placement
        if placement in ("before", "beside"):
            zones_.append(narrowed(set_.headline) if placement == "beside" else set_.headline)
            zones_.append(set_.story)
        elif placement == "after":
            zones_ += [set_.story, set_.headline]
        else:
            zones_.append(set_.story)
            grouped += set_.headline
        if i == last_grouped and grouped:
            zones_.append(grouped)
        if i == scan_at:
            zones_.append([Piece("furniture", furniture["scan"][0])])
    if page["advert"] == "end":
        zones_.append([Piece("furniture", line) for line in furniture["advert"]])
    tail = furniture["footer"] + (furniture["masthead"] if page["masthead_at"] == "bottom" else [])
    zones_.append([Piece("furniture", line) for line in tail])
    return [z for z in zones_ if z]


def narrowed(headline: list[Piece]) -> list[Piece]:
    """A headline printed beside its story, in a narrow column of its own."""
    return [Piece(p.role, p.text, 8, level=p.level) for p in headline]


# ---------------------------------------------------------------- readers


def display_width(ch: str) -> float:
    return 0.5 if unicodedata.east_asian_width(ch) in ("Na", "H") else 1.0


def wrap(text: str, width: int, indent: bool) -> list[str]:
    """Lines of a column `width` ems wide; a paragraph's first line two ems shorter (its indent).
    A run of digits or Latin letters is never split (a range may break after its dash); no line
    starts with closing punctuation (it stays at the end of the line before) or ends with an opening
    one (it moves to the next)."""
    lines: list[str] = []
    line, used = "", 0.0
    limit = width - (2 if indent else 0)
    for unit in UNITS.findall(text):
        w = sum(display_width(ch) for ch in unit)
        if used + w > limit and line.strip() and unit not in NO_LINE_START:
            lines.append(line)
            line, used, limit = "", 0.0, width
        line += unit
        used += w
    if line:
        lines.append(line)
    return no_opener_at_line_end([ln.strip() for ln in lines if ln.strip()])


def no_opener_at_line_end(lines: list[str]) -> list[str]:
    for i in range(len(lines) - 1):
        while len(lines[i]) > 1 and lines[i][-1] in NO_LINE_END:
            lines[i], lines[i + 1] = lines[i][:-1], lines[i][-1] + lines[i + 1]
    return lines


def space_numbers(text: str, rng: random.Random, used: list[str]) -> str:
    """Spaces around some runs of digits, as the documented reader writes them ("2015 年的 22 名")."""

    def spaced(match: re.Match) -> str:
        if rng.random() < 0.5:
            return match.group()
        used.append("numbers_spaced")
        return f"{match.group(1)} {match.group(2)} {match.group(3)}"

    return re.sub(r"([\u4e00-\u9fff])(\d+(?:\.\d+)?)([\u4e00-\u9fff])", spaced, text)


@dataclass
class Reading:
    raw: str
    markup: list[str]  # a reader's own marks: furniture in the gold
    repeated: list[str]  # lines a reader repeated by itself: unassigned in the gold
    habits: list[str]


def read_documented(zones_: list[list[Piece]], rng: random.Random) -> Reading:
    out: list[str] = []
    used: list[str] = ["blank_line_after_line"]
    spacing = rng.random() < 0.7
    letter_spaced = rng.random() < 0.4
    for zone in zones_:
        for piece in zone:
            text = space_numbers(piece.text, rng, used) if spacing and piece.role == "para" else piece.text
            lines = piece_lines(piece, text)
            if letter_spaced and piece.role == "para" and len(lines) > 1 and len(lines[0]) >= 6:
                lines[0] = " ".join(lines[0].replace(" ", ""))
                used.append("letter_spaced_line")
                letter_spaced = False
            if piece.role in ("headline", "heading"):
                out.append("\n".join(lines) + line_end(lines[-1]))
            else:
                out += [line + line_end(line) for line in lines]
    return Reading("".join(out), [], [], sorted(set(used)))


def line_end(line: str) -> str:
    return "\n" if HALF_WIDTH_END.search(line) else "\n\n"


def piece_lines(piece: Piece, text: str | None = None) -> list[str]:
    text = piece.text if text is None else text
    if piece.role in ("furniture", "credit", "row"):
        return [text]
    if piece.role == "headline":
        return wrap(text, max(4, piece.width // 2), False)  # headline type is about twice body size
    return wrap(text, piece.width, piece.role == "para")


def read_olmocr(zones_: list[list[Piece]], rng: random.Random) -> Reading:
    front = ["---", "primary_language: zh", "is_rotation_valid: True", "rotation_correction: 0",
             "is_table: False", "is_diagram: False", "---"]
    markdown = rng.random() < 0.7
    lines: list[str] = ["\n".join(front)]
    markup: list[str] = list(front)
    used = ["front_matter", "paragraph_per_line"]
    table: list[list[str]] = []
    for zone in zones_:
        for at, piece in enumerate(zone):
            if piece.role == "row":
                table.append(piece.cells)
                if at + 1 < len(zone) and zone[at + 1].role == "row":
                    continue
                html, tags = html_table(table)
                lines.append(html)
                markup.append(tags)
                used.append("html_tables")
                table = []
                continue
            mark = ""
            if markdown and piece.role == "headline" and piece.level == 1:
                mark = "#"
            elif markdown and piece.role == "heading":
                mark = "##"
            if mark:
                markup.append(mark)
                used.append("markdown_headings")
            lines.append((mark + " " if mark else "") + piece.text)
    return Reading("\n\n".join(lines) + "\n", markup, [], sorted(set(used)))


def html_table(rows: list[list[str]]) -> tuple[str, str]:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    tags = "<table>" + "".join("<tr>" + "<td></td>" * len(row) + "</tr>" for row in rows) + "</table>"
    return f"<table>{cells}</table>", tags


def read_omnipage(zones_: list[list[Piece]], rng: random.Random) -> Reading:
    out = ["\n".join(line for piece in zone for line in piece_lines(piece)) for zone in zones_]
    return Reading("\n\n".join(out) + "\n\f", [], [],
                   ["form_feed_page_end", "line_breaks_kept", "zone_blank_lines"])


def read_hanvon(zones_: list[list[Piece]], rng: random.Random) -> Reading:
    used = ["indent_ideographic_spaces"]
    out: list[str] = []
    spaced_heads = rng.random() < 0.6
    for zone in zones_:
        for piece in zone:
            lines = piece_lines(piece)
            if piece.role == "para":
                lines[0] = "\u3000\u3000" + lines[0]
            if piece.role == "headline" and spaced_heads:
                lines = [" ".join(line.replace(" ", "")) for line in lines]
                used.append("spaced_headlines")
            half = [halfwidth_beside_digits(line) for line in lines]
            if half != lines:
                used.append("halfwidth_punctuation")
            out += half
    return Reading("\n".join(out) + "\n", [], [], sorted(set(used)))


def halfwidth_beside_digits(line: str) -> str:
    """Full-width punctuation read half-width beside digits and Latin letters (NFKC gives the same)."""
    chars = list(line)
    for i, ch in enumerate(chars):
        if ch in TO_HALF:
            before = chars[i - 1] if i else ""
            after = chars[i + 1] if i + 1 < len(chars) else ""
            if re.match(r"[0-9A-Za-z%]", before) or (ch == "（" and re.match(r"[0-9A-Za-z]", after)):
                chars[i] = TO_HALF[ch]
    return "".join(chars)


def read_got(zones_: list[list[Piece]], rng: random.Random) -> Reading:
    lines = [line for zone in zones_ for piece in zone for line in piece_lines(piece)]
    repeated: list[str] = []
    used = ["no_blank_lines"]
    if rng.random() < 0.35:
        # instead of ending, the decoder loops on the page's last line until its token limit
        repeated = [lines[-1]] * rng.randint(2, 5)
        lines += repeated
        used.append("repetition_loop")
    return Reading("\n".join(lines) + "\n", [], repeated, used)


READERS = {
    "documented": read_documented,
    "olmocr": read_olmocr,
    "omnipage_text": read_omnipage,
    "hanvon_ocr": read_hanvon,
    "got_ocr": read_got,
}


# ---------------------------------------------------------------- the page and its gold


def halftone_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """One page set in the trade weekly's hand and read by one of the readers: (raw, gold)."""
    rng = random.Random(f"halftone:{seed}")
    page = page_conventions(rng)
    paper = rng.choice(PAPERS)
    page_no = rng.randint(3, 12)
    reader = weighted(rng, EXTRACTOR_WEIGHTS)
    chosen = choose_articles(rng, articles)
    jumps = jump_plan(rng, len(chosen))
    set_articles: list[SetArticle] = []
    conventions: list[dict] = []
    for article, jump in zip(chosen, jumps):
        conv = article_conventions(rng, article, jump, int(page["columns"]))
        head = jump_head_of(article) if jump == "in" and page["jump_head"] == "short_head" else ""
        set_articles.append(set_article(rng, article, conv, paper, page_no, head))
        conventions.append(conv)
    furniture = furniture_lines(rng, page, paper, page_no)
    zones_ = page_order(rng, page, furniture, set_articles, natural=reader == "olmocr")
    reading = READERS[reader](zones_, rng)
    return reading.raw, page_gold(page, reader, reading, zones_, set_articles, conventions)


def jump_plan(rng: random.Random, count: int) -> list[str]:
    """The first story on the page jumped in from page 1 (usually), perhaps one other jumped out."""
    plan = ["none"] * count
    if rng.random() < 0.7:
        plan[0] = "in"
    if count > 2 and rng.random() < 0.4:
        plan[rng.randrange(1, count)] = "out"
    return plan


def page_gold(page: dict, reader: str, reading: Reading, zones_: list[list[Piece]],
              set_articles: list[SetArticle], conventions: list[dict]) -> dict:
    furniture = [p.text for zone in zones_ for p in zone if p.role == "furniture"]
    articles = []
    for set_, conv in zip(set_articles, conventions):
        gold = {k: v for k, v in set_.gold.items() if not k.startswith("_")}
        gold["halftone"] = {k: str(v) for k, v in conv.items()}
        articles.append(gold)
    return {
        "page": "",
        "notes": GOLD_NOTES,
        "extractor": reader,
        "halftone_page": {**page, "habits": reading.habits},
        "articles": articles,
        "furniture": furniture + reading.markup,
        "unassigned": reading.repeated,
    }
