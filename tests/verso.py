"""The thirty-fourth layouter: a national financial daily's weekly 园区与资本 page.

A securities paper's markets desk covers the high-tech zones through their listed companies. The
page runs 4-6 columns of 11-18 ems; its lead story carries a headline in two decks and a 核心提示 /
导读 box of bullet points; stock names carry their codes; credits come in the financial press's
forms (本报记者 X, {paper}·e公司记者 X, 本报记者 X 发自深圳, 本报讯（记者 X 实习生 Y）, a closing
（X/文）, 编辑：X 校对：Y); around the stories sit a market-data strip, a 园区上市公司一览 / 融资速递
list, a 公告速览 strip, a 机构观点 box, a disclosure notice or a listed company's advertisement, an
app's QR line and the 风险提示 / 免责声明 at the foot.

`verso_page(seed, articles)` sets some of the articles on one page and returns the raw text one
reader (see READERS) writes of it, and the gold annotation of what the page prints. Article text is
the corpus's text as the desk prints it (its subheads numbered, marked or run in as bold lead-ins,
its stock codes in the page's style, its credit in one of the paper's forms); what the desk adds
around it (boxes, lists, strips, notices, source lines, editor lines) is furniture.
"""

from __future__ import annotations

import csv
import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"

# ------------------------------------------------------------------ what varies, and how often

# Per-article conventions: the values each can take (the tests check every one turns up).
CONVENTIONS: dict[str, tuple[str, ...]] = {
    "credit": (
        "dateline_paren",  # 本报讯（记者 X 实习生 Y）opening the first paragraph
        "byline_benbao",  # 本报记者 X 通讯员 Y on its own line
        "byline_paper",  # {paper}记者 X
        "byline_ecompany",  # {paper}·e公司记者 X
        "byline_dispatch",  # 本报记者 X 发自{city}
        "closing_wen",  # （X/文）after the last paragraph
        "closing_editor",  # 本报记者 X above, 编辑：X 校对：Y below the story
    ),
    "subheads": ("numbered", "numbered_paren", "marked", "lead_in", "as_written"),
    "caption_credit": ("as_written", "slash", "agency"),
    "captions_at": ("before_body", "after_body"),
    "legs": ("one", "two"),
    "table_form": ("rows", "cells"),
    "table_source": ("with_source", "bare"),
}

PAGE_CONVENTIONS: dict[str, tuple[str, ...]] = {
    "section": ("A06", "A07", "B03", "B04"),
    "columns": ("4", "5", "6"),
    "header": ("one_line", "stacked"),
    "market_strip": ("top", "foot"),
    "listing": ("园区上市公司一览", "融资速递"),
    "listing_form": ("rows", "cells"),
    "box_label": ("核心提示", "导读"),
    "bullet": ("◆", "●"),
    "notice": ("disclosure", "advertisement"),
    "footer": ("风险提示", "免责声明"),
    "code_style": ("as_written", "exchange_suffix"),
}

# The readers whose raw text the pages are written as, and how often each is drawn.
EXTRACTOR_WEIGHTS: dict[str, float] = {
    "documented": 0.20,  # the sample page's reader, its habits exactly
    "gs_txtwrite": 0.20,  # Ghostscript -sDEVICE=txtwrite
    "pdfium_copy": 0.20,  # select-all and copy in Chrome's PDF viewer (PDFium)
    "unstructured": 0.20,  # unstructured.io partition_pdf, elements written one per block
    "cloud_ocr": 0.20,  # a cloud OCR API's words_result, one detected line each
}

# What each reader does to the text: names the tests look for in the raw page.
HABITS: dict[str, tuple[str, ...]] = {
    "documented": ("blank_line_after_line", "no_blank_after_half_width", "spaces_around_numbers",
                   "letter_spaced_heads", "head_lines_single_newline"),
    "gs_txtwrite": ("legs_side_by_side", "runs_of_spaces", "indented_heads", "one_row_header"),
    "pdfium_copy": ("crlf_line_ends", "no_blank_lines", "stream_order_headlines_first"),
    "unstructured": ("block_per_element", "lines_joined_by_space", "list_bullets_cleaned"),
    "cloud_ocr": ("line_per_detection", "no_blank_lines", "half_width_punctuation", "spaces_dropped"),
}

PAPERS = ("华夏证券报", "东岳财经日报", "金桥证券报", "鼎新财经日报")
BROKERS = ("鼎元证券", "远澜证券", "衡丰证券", "嘉睿证券", "泓川证券")
DESK_NAMES = ("郜文清", "庹海鸣", "阙思远", "邴晓雯", "冼嘉怡", "宓一凡", "仉德明", "芮雪松")
DATA_SOURCES = ("Wind", "同花顺iFinD", "公司公告", "Wind、公司公告")
CITY_FALLBACK = "北京"

HALF_WIDTH_END = re.compile(r"[0-9A-Za-z+\-]$")
NO_LINE_START = set("，。、；：？！）」』”’%》〉…")
NO_LINE_END = set("“‘（《〈「『")
NUMBERING = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．])\s*")
CODE = re.compile(r"（(\d{6})）")
CHINESE_NUMERALS = "一二三四五六七八九十"
OCR_HALF_WIDTH = str.maketrans("，：；（）！？", ",:;()!?")


# ------------------------------------------------------------------ the printed page as pieces


@dataclass
class Piece:
    """A run of printed lines that a reader keeps together: a headline deck, a paragraph's column
    lines, a caption, a furniture item."""

    lines: list[str]
    kind: str = "text"  # text | head (a display line: its lines share one break) | furniture
    story: int | None = None  # which story's body the lines belong to, for legs set side by side
    leg: int = 0
    headline: bool = False  # a story's headline deck (content-stream readers may move it)
    row: bool = False  # items standing side by side on one printed row (the page header)
    list_item: bool = False  # a bulleted box line


@dataclass
class Page:
    pieces: list[Piece] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)

    def add_furniture(self, lines: list[str], **kw) -> None:
        self.pieces.append(Piece(lines, kind="furniture", **kw))
        self.furniture.extend(lines)


# ------------------------------------------------------------------ text helpers


def ems(text: str) -> float:
    """Width in ems: a full-width character one em, a half-width one half."""
    return sum(0.5 if unicodedata.east_asian_width(c) in "NaH" else 1.0 for c in text)


def wrap(text: str, width: int, indent: int = 0) -> list[str]:
    """Column lines of `width` ems; the first `indent` ems shorter (the indent a reader loses). A
    closing mark never opens a line: it hangs on the line before, as typesetters do."""
    lines: list[str] = []
    line, room = "", width - indent
    for char in text:
        if ems(line) + ems(char) > room and line and char not in NO_LINE_START:
            carried = line[-1] if line[-1] in NO_LINE_END and len(line) > 1 else ""
            lines.append(line[: len(line) - len(carried)])
            line, room = carried, width
        line += char
    if line:
        lines.append(line)
    return [kept for kept in (line.strip() for line in lines) if kept]


def squeeze(text: str) -> str:
    """Text as the gold keeps it: no whitespace (the scorer drops it too)."""
    return re.sub(r"\s+", "", text)


def first_sentence(text: str) -> str:
    match = re.match(r".+?[。！？]", text)
    return match.group(0) if match else text


def load_zones() -> dict[str, tuple[str, str]]:
    """official name -> (short name, city)."""
    zones = {}
    with open(DATA / "hitech_zones.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            zones[row["official_name"]] = (row["short_name"], row["city"])
    return zones


ZONES = load_zones()


def park_short(park: str) -> str:
    return ZONES.get(park, (park.replace("高新技术产业开发区", "高新区"), ""))[0] or park


def park_city(park: str) -> str:
    city = ZONES.get(park, ("", ""))[1]
    return city.removesuffix("市") or CITY_FALLBACK


def with_exchange(code: str) -> str:
    """A six-digit code with its exchange, as the markets desk writes it: 688xxx.SH, 300xxx.SZ."""
    exchange = {"6": "SH", "0": "SZ", "3": "SZ"}.get(code[0], "BJ")
    return f"({code}.{exchange})"


def styled_codes(text: str, style: str) -> str:
    return CODE.sub(lambda m: with_exchange(m.group(1)), text) if style == "exchange_suffix" else text


# ------------------------------------------------------------------ credits


def role_in_byline(role: str) -> str:
    """本报记者, 本报通讯员 ...; 见习记者 and 实习生 stand without 本报."""
    return f"本报{role}" if role in ("记者", "通讯员", "特约通讯员", "特约评论员", "评论员") else role


def printed_credit_form(article: dict, drawn: str) -> str:
    """The form the credit is printed in: a story without authors has none, and without a
    dateline word the parenthesis form falls back to a byline."""
    if not article.get("authors"):
        return "none"
    if drawn == "dateline_paren" and not article.get("dateline"):
        return "byline_benbao"
    return drawn


def credit_lines(article: dict, form: str, paper: str) -> tuple[str, str, str]:
    """(dateline, byline above the body, closing credit after it) for one credit form."""
    authors = article.get("authors") or []
    dateline = article.get("dateline") or ""
    if not authors:
        return dateline, "", ""
    people = " ".join(f"{a.get('role', '')} {a['name']}".strip() for a in authors)
    above = " ".join(f"{role_in_byline(a.get('role', ''))} {a['name']}".strip() for a in authors)
    if form == "dateline_paren" and dateline:
        return f"{dateline}（{people}）", "", ""
    if form == "byline_paper":
        above = " ".join(f"{paper}{a.get('role', '')} {a['name']}" if a.get("role") == "记者"
                         else f"{a.get('role', '')} {a['name']}".strip() for a in authors)
    elif form == "byline_ecompany":
        above = " ".join(f"{paper}·e公司记者 {a['name']}" if a.get("role") == "记者"
                         else f"{a.get('role', '')} {a['name']}".strip() for a in authors)
    elif form == "byline_dispatch":
        above = f"{above} 发自{park_city(article.get('park', ''))}"
    elif form == "closing_wen":
        return dateline, "", f"（{' '.join(a['name'] for a in authors)}/文）"
    return dateline, above, ""


# ------------------------------------------------------------------ the story's blocks


def heading_text(text: str, style: str, number: int) -> str:
    bare = NUMBERING.sub("", text).strip()
    digit = CHINESE_NUMERALS[min(number, 10) - 1]
    if style == "numbered":
        return f"{digit}、{bare}"
    if style == "numbered_paren":
        return f"（{digit}）{bare}"
    if style == "marked":
        return f"▌{bare}"
    return text


def printed_blocks(article: dict, conv: dict, code_style: str) -> list[dict]:
    """The body as printed: paragraphs and headings in the story's subhead style, a table's rows as
    paragraphs (the breaks between rows left optional), codes in the page's style."""
    body = [styled_codes(str(p), code_style) for p in article.get("body") or []]
    blocks: list[dict] = []
    number, pending_lead_in, paragraphs = 0, "", 0
    table = article_table(article)
    for index, paragraph in enumerate(body, 1):
        if paragraph.startswith("## "):
            number += 1
            text = paragraph[3:].strip()
            following = body[index] if index < len(body) else "## "
            if conv["subheads"] == "lead_in" and not following.startswith("## "):
                bare = NUMBERING.sub("", text).strip()
                pending_lead_in = bare if re.search(r"[。！？：”]$", bare) else bare + "。"
                continue
            style = "numbered" if conv["subheads"] == "lead_in" else conv["subheads"]
            blocks.append({"type": "heading", "text": heading_text(text, style, number)})
        else:
            blocks.append({"type": "paragraph", "text": pending_lead_in + paragraph})
            pending_lead_in, paragraphs = "", paragraphs + 1
        if table.get("rows") and not paragraph.startswith("## ") and paragraphs == table.get("after"):
            blocks.extend(table_blocks(table["rows"]))
    if table.get("rows") and not any(b.get("table_row") for b in blocks):
        blocks.extend(table_blocks(table["rows"]))
    return blocks


def article_table(article: dict) -> dict:
    """The table as {after, rows}; a bare list of rows stands after the last paragraph."""
    table = article.get("table")
    if isinstance(table, dict):
        return table
    return {"rows": table} if isinstance(table, list) else {}


def table_blocks(rows: list) -> list[dict]:
    out = []
    for k, row in enumerate(rows):
        cells = row if isinstance(row, list) else [row]
        block = {"type": "paragraph", "text": " ".join(str(c) for c in cells), "table_row": True}
        if k:
            block["optional_break"] = True
        out.append(block)
    return out


# ------------------------------------------------------------------ setting one story


@dataclass
class Story:
    article: dict
    index: int
    lead: bool
    conv: dict
    width: int


def caption_parts(caption: dict, form: str, rng: random.Random) -> tuple[str, str, str]:
    """(text, credit, label) as printed."""
    text, credit = str(caption.get("text") or ""), str(caption.get("credit") or "").strip()
    if not credit:
        if form == "agency":
            return text, *rng.choice((("视觉中国", "供图"), ("IC photo", "")))
        return text, "", ""
    bare = re.sub(r"\s*(摄影?|供图)$", "", credit)
    label = credit[len(bare):].strip()
    if form == "slash" and label.startswith("摄"):
        return text, bare.split()[-1], "/摄"
    return text, bare, label


def caption_line(text: str, credit: str, label: str) -> str:
    if label == "/摄":
        return f"{text} {credit}/摄".strip()
    return " ".join(part for part in (text, credit, label) if part)


def set_story(page: Page, story: Story, page_conv: dict, paper: str, rng: random.Random) -> dict:
    """Lay one story out into the page's pieces; return its gold article."""
    article, conv = story.article, story.conv
    conv["credit"] = printed_credit_form(article, conv["credit"])
    dateline, above, closing = credit_lines(article, conv["credit"], paper)
    blocks = printed_blocks(article, conv, page_conv["code_style"])
    if dateline and blocks and blocks[0]["type"] == "paragraph":
        blocks[0]["text"] = dateline + blocks[0]["text"]
    elif dateline:
        blocks.insert(0, {"type": "paragraph", "text": dateline})
    set_headline(page, story, int(page_conv["columns"]), rng)
    if story.lead:
        set_box(page, article, page_conv, story.width)
    if above:
        page.pieces.append(Piece([above], kind="text", story=story.index))
    captions = [caption_parts(c, conv["caption_credit"], rng) for c in article.get("captions") or []]
    if conv["captions_at"] == "before_body":
        set_captions(page, story, captions)
    set_body(page, story, blocks)
    if closing:
        page.pieces.append(Piece([closing], story=story.index, leg=int(conv["legs"] == "two")))
    if conv["credit"] == "closing_editor":
        editor, proof = rng.sample(DESK_NAMES, 2)
        page.add_furniture([f"编辑：{editor} 校对：{proof}"])
    if conv["captions_at"] == "after_body":
        set_captions(page, story, captions)
    return gold_article(article, conv, dateline, " ".join(x for x in (above, closing) if x), blocks, captions)


def set_headline(page: Page, story: Story, columns: int, rng: random.Random) -> None:
    """Kicker, title and second deck, each a display line; the lead's run across half the page."""
    article = story.article
    head_width = story.width * (columns // 2 if story.lead else 1) + rng.randint(0, 4)
    for key in ("kicker", "title", "subtitle"):
        text = str(article.get(key) or "")
        if not text:
            continue
        parts = text.split(" ") if " " in text and ems(text) > head_width else None
        lines = parts if parts else wrap(text, balanced_width(text, head_width))
        page.pieces.append(Piece(lines, kind="head", headline=True))


def balanced_width(text: str, width: int) -> int:
    """A display line's width when it breaks: its lines about even, no orphan of a character."""
    lines = -(-int(ems(text) * 2) // (width * 2))
    return width if lines <= 1 else -(-int(ems(text)) // lines) + 1


def box_points(article: dict, most: int = 4) -> list[str]:
    """The desk's bullet points for the lead: the opening facts of its sentences, each cut at a
    clause. Drawn from the body, never from the reference summary, which the page must not print."""
    points: list[str] = []
    for paragraph in article.get("body") or []:
        if str(paragraph).startswith("## "):
            continue
        for sentence in re.findall(r"[^。！？]+[。！？]?", str(paragraph)):
            if re.match(r"^[^，。]{1,8}：", sentence) or len(sentence) < 8:
                continue  # an interview's speaker, or a scrap
            cut = max(sentence.rfind("，", 0, 34), sentence.rfind("；", 0, 34))
            point = (sentence[:cut] if len(sentence) > 36 and cut > 8 else sentence).rstrip("。！？")
            points.append(point + "。")
            if len(points) == most:
                return points
    return points


def set_box(page: Page, article: dict, page_conv: dict, width: int) -> None:
    """The lead's 核心提示 / 导读 box, before its text."""
    page.add_furniture([page_conv["box_label"]])
    for point in box_points(article, most=3 + len(str(article.get("id", ""))) % 2):
        point = styled_codes(point, page_conv["code_style"])
        page.add_furniture(wrap(f"{page_conv['bullet']}{point}", width), list_item=True)


def set_captions(page: Page, story: Story, captions: list[tuple[str, str, str]]) -> None:
    for text, credit, label in captions:
        line = caption_line(text, credit, label)
        page.pieces.append(Piece(wrap(line, story.width + 2), story=story.index))


def set_body(page: Page, story: Story, blocks: list[dict]) -> None:
    """The body's pieces; with two legs the second half of the lines stands in a second column."""
    pieces: list[Piece] = []
    table_rows = [b for b in blocks if b.get("table_row")]
    for block in blocks:
        if block.get("table_row"):
            if story.conv["table_form"] == "cells":
                cells = [c for c in block["text"].split(" ") if c]
                pieces.extend(Piece([cell], story=story.index) for cell in cells)
            else:
                pieces.append(Piece([block["text"]], story=story.index))
            if block is table_rows[-1] and story.conv["table_source"] == "with_source":
                source = f"数据来源：{random.Random(block['text']).choice(DATA_SOURCES)}"
                pieces.append(Piece([source], kind="furniture", story=story.index))
                page.furniture.append(source)
            continue
        if block["type"] == "heading":
            pieces.append(Piece(wrap(block["text"], story.width), kind="head", story=story.index))
        else:
            pieces.append(Piece(wrap(block["text"], story.width, indent=2), story=story.index))
    if story.conv["legs"] == "two" and len(pieces) > 1:
        half = (len(pieces) + 1) // 2
        for piece in pieces[half:]:
            piece.leg = 1
    page.pieces.extend(pieces)


def gold_article(article: dict, conv: dict, dateline: str, byline: str, blocks: list[dict],
                 captions: list[tuple[str, str, str]]) -> dict:
    """The story as the gold records it: what the page prints, whitespace-free in the body."""
    gold_blocks = []
    for block in blocks:
        out = {"type": block["type"], "text": squeeze(block["text"])}
        if block.get("optional_break"):
            out["optional_break"] = True
        gold_blocks.append(out)
    first = squeeze(str(next((p for p in article.get("body") or [] if not str(p).startswith("## ")), "")))
    return {
        "id": article.get("id", ""),
        "park": article.get("park", ""),
        "kicker": article.get("kicker") or "",
        "title": article.get("title") or "",
        "subtitle": article.get("subtitle") or "",
        "dateline": dateline,
        "authors": [a["name"] for a in article.get("authors") or []],
        "byline": byline,
        "blocks": gold_blocks,
        "captions": [{"text": squeeze(t), "credit": c, "label": lab} for t, c, lab in captions],
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary") or "",
        "lead_summary": first_sentence(first),
        "verso": dict(conv),
    }


# ------------------------------------------------------------------ the desk's furniture


def invented_company(rng: random.Random, park: str) -> tuple[str, str]:
    """A listed company's short name and code, made up (the park only seeds the draw)."""
    rng = random.Random(f"{rng.random()}:{park}")
    firsts = ("华", "恒", "锐", "捷", "瑞", "拓", "晟", "宏", "芯", "康", "泰", "源", "中", "天")
    seconds = ("元", "川", "微", "辰", "联", "达", "科", "海", "光", "信", "合", "远")
    stems = ("科技", "股份", "智能", "新材", "电子", "生物", "精工", "数科")
    name = rng.choice(firsts) + rng.choice(seconds) + rng.choice(stems)
    code = rng.choice(("688", "300", "301", "002", "603", "600", "920")) + f"{rng.randrange(1000):03d}"
    return name, code


def header(page: Page, page_conv: dict, paper: str, rng: random.Random) -> None:
    editor, designer = rng.sample(DESK_NAMES, 2)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    weekday = "一二三四五"[rng.randrange(5)]
    parts = [page_conv["section"], "园区与资本", f"本版编辑 {editor} 美编 {designer}",
             f"2025年{month}月{day}日 星期{weekday}", paper]
    rng.shuffle(parts)
    if page_conv["header"] == "one_line":
        page.add_furniture([rng.choice((" ", "  ", " · ")).join(parts)])
    else:
        page.add_furniture(parts, row=True)


def market_strip(page: Page, rng: random.Random) -> None:
    lines = []
    for name in rng.sample(("园区指数", "高新50", "园区科创指数", "专精特新指数"), 2):
        change = rng.uniform(-3, 3)
        lines.append(f"{name} 收盘 {rng.uniform(800, 5200):.2f} 涨跌幅 {change:+.2f}%")
    page.add_furniture(lines)


def listing(page: Page, page_conv: dict, parks: list[str], rng: random.Random) -> None:
    events = (("定增", "募资"), ("IPO获受理", "拟募资"), ("可转债", "发行"), ("回购", "上限"),
              ("北交所上市", "募资"))
    lines = [page_conv["listing"]]
    header_cells = ["公司", "代码", "事项", "金额"]
    rows = [header_cells]
    for park in parks:
        name, code = invented_company(rng, park)
        event, _ = rng.choice(events)
        rows.append([name, code, event, f"{rng.uniform(0.3, 30):.2f}亿元"])
    if page_conv["listing_form"] == "cells":
        lines += [cell for row in rows for cell in row]
    else:
        lines += [" ".join(row) for row in rows]
    lines.append(f"数据来源：{rng.choice(DATA_SOURCES)}")
    page.add_furniture(lines)


def announcements(page: Page, parks: list[str], rng: random.Random) -> None:
    templates = (
        "{name}：拟以自有资金回购公司股份，回购金额不低于{a}万元。",
        "{name}：前三季度净利润同比增长{p}%。",
        "{name}：控股股东拟减持不超过{q}%的公司股份。",
        "{name}：与{park}管委会签订投资协议，拟投资{b}亿元建设生产基地。",
        "{name}：获得政府补助{c}万元。",
    )
    lines = ["公告速览"]
    for park in parks:
        name, _ = invented_company(rng, park)
        lines.append(rng.choice(templates).format(
            name=name, park=park_short(park), a=rng.randint(3, 20) * 1000, p=f"{rng.uniform(5, 80):.1f}",
            q=rng.choice((1, 2, 3)), b=rng.randint(2, 30), c=rng.randint(120, 3600)))
    page.add_furniture(lines)


def institution_view(page: Page, article: dict, width: int, rng: random.Random) -> None:
    topic = (article.get("topics") or ["园区"])[0]
    analyst = rng.choice(("欧阳明哲", "邝子谦", "訾雨欣", "晏启航", "全嘉宁"))
    text = (f"{rng.choice(BROKERS)}分析师{analyst}认为，{park_short(article.get('park', ''))}{topic}"
            f"相关上市公司订单能见度较高，业绩增长确定性较强，但需关注行业景气度波动和估值回调风险。")
    page.add_furniture(["机构观点"] + wrap(text, width, indent=2))


def notice(page: Page, page_conv: dict, parks: list[str], rng: random.Random) -> None:
    name, code = invented_company(rng, rng.choice(parks))
    if page_conv["notice"] == "disclosure":
        lines = [f"证券代码：{code} 证券简称：{name} 公告编号：2025-0{rng.randint(10, 99)}",
                 f"{name}股份有限公司关于完成工商变更登记的公告",
                 "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。",
                 f"{name}股份有限公司董事会"]
    else:
        lines = [f"{name} 股票代码：{code}", "专注核心技术 服务高端制造",
                 f"投资者热线：0{rng.randint(10, 99)}-{rng.randint(10000000, 99999999)}"]
    page.add_furniture(lines)


def qr_line(page: Page, paper: str) -> None:
    page.add_furniture([f"扫码下载{paper}APP 获取更多园区资讯"])


def footer(page: Page, page_conv: dict) -> None:
    page.add_furniture([f"{page_conv['footer']}：本版文章仅供参考，不构成投资建议；据此入市，风险自担。"])


# ------------------------------------------------------------------ readers


def documented(pieces: list[Piece], rng: random.Random) -> str:
    """The sample's reader: each line, then a blank line unless the line ends half-width; a display
    line's lines share single breaks; some lines spaced around numbers, short heads letter-spaced."""
    out = []
    for piece in pieces:
        lines = [spaced_numbers(line, after=rng.random() < 0.5) if rng.random() < 0.35 else line
                 for line in piece.lines]
        if piece.kind == "head":
            if len(piece.lines) == 1 and ems(lines[0]) <= 10 and rng.random() < 0.2:
                lines = [" ".join(lines[0])]
            out.append("\n".join(lines) + ("\n" if HALF_WIDTH_END.search(lines[-1]) else "\n\n"))
            continue
        for line in lines:
            out.append(line + ("\n" if HALF_WIDTH_END.search(line) else "\n\n"))
    return "".join(out)


def spaced_numbers(line: str, after: bool) -> str:
    """The sample's figures: a space before a number that follows full-width text ("达 4500亿元"),
    on some lines one after it too ("近 3 年来", "2015 年的 22 名")."""
    line = re.sub(r"(?<=[^\x00-\x7f])(\d[\d.]*%?)", r" \1", line)
    return re.sub(r"(\d[\d.]*%?)(?=[\u4e00-\u9fff])", r"\1 ", line) if after else line


def gs_txtwrite(pieces: list[Piece], rng: random.Random) -> str:
    """Ghostscript's txtwrite lays the glyphs out on a grid of spaces: lines standing side by side
    come out on one row with a run of spaces between them; display lines are indented."""
    out: list[str] = []
    k = 0
    while k < len(pieces):
        piece = pieces[k]
        run = story_run(pieces, k)
        if any(p.leg for p in run):
            k += len(run)
            out.extend(side_by_side(run))
            continue
        if piece.row:
            out.append("".join(item + " " * rng.randint(3, 12) for item in piece.lines).rstrip())
        else:
            indent = " " * rng.randint(4, 24) if piece.kind == "head" else ""
            out.extend(indent + line for line in piece.lines)
        k += 1
    return "\n".join(out) + "\n"


def story_run(pieces: list[Piece], start: int) -> list[Piece]:
    """The pieces of one story's body standing together from `start` on (none for furniture)."""
    story = pieces[start].story
    end = start
    while story is not None and end < len(pieces) and pieces[end].story == story:
        end += 1
    return pieces[start:end]


def side_by_side(run: list[Piece]) -> list[str]:
    left = [line for p in run if p.leg == 0 for line in p.lines]
    right = [line for p in run if p.leg == 1 for line in p.lines]
    column = int(max((ems(line) for line in left), default=0) * 2) + 6
    rows = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        rows.append((a + " " * (column - int(ems(a) * 2)) + b).rstrip() if b else a)
    return rows


def pdfium_copy(pieces: list[Piece], rng: random.Random) -> str:
    """Chrome's viewer copies PDFium's text: CRLF after each line, no blank lines, in the content
    stream's order, which on some pages draws every headline before the text."""
    if rng.random() < 0.5:
        pieces = header_first(pieces)
    return "".join(line + "\r\n" for piece in pieces for line in piece.lines)


def header_first(pieces: list[Piece]) -> list[Piece]:
    heads = [p for p in pieces if p.headline]
    rest = [p for p in pieces if not p.headline]
    lead_furniture = 0
    while lead_furniture < len(rest) and rest[lead_furniture].kind == "furniture":
        lead_furniture += 1
    return rest[:lead_furniture] + heads + rest[lead_furniture:]


def unstructured(pieces: list[Piece], rng: random.Random) -> str:
    """partition_pdf's elements written one per block: a block's lines joined by a space (its
    whitespace cleaning), blocks apart by a blank line; list items lose their bullet."""
    return "\n\n".join(" ".join(piece.lines) for piece in pieces) + "\n"


def cloud_ocr(pieces: list[Piece], rng: random.Random) -> str:
    """A cloud OCR API's words_result: one detected line each, no blank lines, the spaces between
    Han characters gone, and full-width punctuation read half-width on some lines."""
    out = []
    for piece in pieces:
        for line in piece.lines:
            line = re.sub(r"(?<=[^\x00-\x7f]) +| +(?=[^\x00-\x7f])", "", line)
            out.append(line.translate(OCR_HALF_WIDTH) if rng.random() < 0.3 else line)
    return "\n".join(out) + "\n"


READERS = {
    "documented": documented,
    "gs_txtwrite": gs_txtwrite,
    "pdfium_copy": pdfium_copy,
    "unstructured": unstructured,
    "cloud_ocr": cloud_ocr,
}


def clean_bullets(pieces: list[Piece], furniture: list[str]) -> None:
    """unstructured's clean_bullets: a list item's leading ● goes (◆ is not among its bullets)."""
    for piece in pieces:
        if piece.list_item:
            cleaned = [re.sub(r"^●\s*", "", line) for line in piece.lines]
            for old, new in zip(piece.lines, cleaned):
                furniture[furniture.index(old)] = new
            piece.lines = cleaned


# ------------------------------------------------------------------ the page


def draw(rng: random.Random, choices: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {name: rng.choice(values) for name, values in choices.items()}


def pick_stories(rng: random.Random, articles: list[dict]) -> list[dict]:
    """Three to five stories; the lead preferably one with a second deck."""
    count = min(len(articles), rng.randint(3, 5))
    chosen = rng.sample(articles, count)
    decked = [k for k, a in enumerate(chosen) if a.get("subtitle")]
    if decked and rng.random() < 0.7:
        lead = rng.choice(decked)
        chosen.insert(0, chosen.pop(lead))
    return chosen


def verso_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """One page's raw text as its reader writes it, and the page's gold."""
    rng = random.Random(f"verso:{seed}")
    page_conv = draw(rng, PAGE_CONVENTIONS)
    extractor = rng.choices(list(EXTRACTOR_WEIGHTS), weights=list(EXTRACTOR_WEIGHTS.values()))[0]
    paper = rng.choice(PAPERS)
    column_width = rng.randint(11, 18)
    chosen = pick_stories(rng, articles)
    page = Page()
    header(page, page_conv, paper, rng)
    if page_conv["market_strip"] == "top":
        market_strip(page, rng)
    gold_articles = [None] * len(chosen)
    for item in page_order(rng, len(chosen)):
        if isinstance(item, int):
            story = Story(chosen[item], item, item == 0, draw(rng, CONVENTIONS), rng.randint(11, 18))
            gold_articles[item] = set_story(page, story, page_conv, paper, rng)
            gold_articles[item]["verso"]["width"] = str(story.width)
        else:
            set_sidebar(item, page, page_conv, chosen, column_width, rng)
    if page_conv["market_strip"] == "foot":
        market_strip(page, rng)
    qr_line(page, paper)
    footer(page, page_conv)
    if extractor == "unstructured":
        clean_bullets(page.pieces, page.furniture)
    raw = READERS[extractor](page.pieces, rng)
    gold = {
        "page": "",
        "notes": "Set by the thirty-fourth layouter (tests/verso.py), a financial daily's 园区与资本 page. "
        "Body text is whitespace-free; optional_break marks the breaks between a table's rows. Boxes, "
        "lists, strips, notices, source and editor lines the desk adds are furniture.",
        "extractor": extractor,
        "verso_page": dict(page_conv, paper=paper, column_width=str(column_width)),
        "articles": [a for a in gold_articles if a is not None],
        "furniture": page.furniture,
        "unassigned": [],
    }
    return raw, gold


SIDEBARS = ("listing", "announcements", "institution_view", "notice")


def page_order(rng: random.Random, stories: int) -> list[int | str]:
    """The lead first, then the other stories and the desk's sidebars in a drawn order."""
    rest: list[int | str] = list(range(1, stories)) + list(SIDEBARS)
    rng.shuffle(rest)
    return [0, *rest]


def set_sidebar(name: str, page: Page, page_conv: dict, chosen: list[dict], width: int,
                rng: random.Random) -> None:
    parks = [str(a.get("park") or "") for a in chosen]
    if name == "listing":
        listing(page, page_conv, parks, rng)
    elif name == "announcements":
        announcements(page, parks, rng)
    elif name == "institution_view":
        institution_view(page, chosen[0], width, rng)
    else:
        notice(page, page_conv, parks, rng)


# ------------------------------------------------------------------ what the tests check


def gold_strings(gold: dict) -> list[str]:
    """Every string of the gold that holds page text: each printed character is in one of them."""
    out = list(gold.get("furniture") or []) + list(gold.get("unassigned") or [])
    for article in gold["articles"]:
        out += [article.get(k) or "" for k in ("kicker", "title", "subtitle", "byline")]
        out += [block["text"] for block in article["blocks"]]
        out += [c.get(k) or "" for c in article["captions"] for k in ("text", "credit", "label")]
    return out


def characters(text: str) -> Counter:
    """The non-whitespace characters of a text after NFKC, as the scorer compares them."""
    return Counter(squeeze(unicodedata.normalize("NFKC", text)))


def conservation_gap(raw: str, gold: dict) -> tuple[Counter, Counter]:
    """(characters of the page the gold lacks, characters of the gold the page lacks)."""
    page, held = characters(raw), characters("".join(gold_strings(gold)))
    return page - held, held - page
