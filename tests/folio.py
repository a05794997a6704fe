"""The thirty-second layouter, "folio": a national science-and-technology daily's 园区 special
edition (专版/特刊, sponsored by a zone's management committee), set by the paper's own makeup
desk and read back by the tools people use on such pages.

`folio_page(seed, articles)` returns (raw page text, gold annotation). The page is first made
up as a paper would (columns, measures, headline placement, credits, captions, boxes, furniture),
then read back by one extractor with that tool's habits. The gold is what the page prints: every
non-whitespace character of the raw page is in one of its articles, its furniture or unassigned.
"""

from __future__ import annotations

import calendar
import datetime
import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

PAPER = "科技创新日报"

# What the makeup desk varies per article; each name's values are drawn for every article.
CONVENTIONS: dict[str, tuple[str, ...]] = {
    "headline": ("over", "side_before", "side_after", "banner"),
    "title_lines": ("one", "two"),
    "subtitle_form": ("none", "dash", "plain"),
    "credit": (
        "benbao_xun",
        "benbao_xun_reporter",
        "paper_xun",
        "reporter_pair",
        "square",
        "wen_tu",
        "names_spaced",
        "names_dunhao",
        "closing",
    ),
    "heading": ("none", "plain", "chinese_numbered", "arabic_numbered", "circled", "bold_lead"),
    "caption": ("none", "above", "below"),
    "caption_credit": ("none", "reporter_photo", "interviewee", "file_photo", "source", "supplied"),
    "box": ("none", "editor_note", "reporter_note", "related_link"),
    "measures": ("none", "run_in", "one_per_paragraph"),
}

# What the desk varies per page.
PAGE_CONVENTIONS: dict[str, tuple] = {
    "columns": (3, 4, 5, 6),
    "edition": ("专版", "特刊"),
    "furniture": ("top", "top_and_bottom"),
    "sponsor_line": ("top", "bottom"),
    "notice": ("correction", "public_service", "advertisement"),
}

# How often each reader is the one that turned the page into text.
EXTRACTOR_WEIGHTS: dict[str, float] = {
    "documented": 0.20,
    "wechat_repost": 0.17,
    "phone_ocr": 0.16,
    "pdfbox": 0.16,
    "wps_pdf_to_word": 0.16,
    "calibre_txt": 0.15,
}

# The habits of each reader, each one a real tool's.
HABITS: dict[str, tuple[str, ...]] = {
    # the sample page's reader: a line per column line, blank line after each except after a
    # half-width ending, headlines apart from their bodies, spaces around numbers, letter-spacing
    "documented": (
        "column_lines",
        "blank_after_line",
        "headlines_after_body",
        "spaced_numbers",
        "letter_spaced_lines",
    ),
    # a 公众号 repost: its own header and footer, paragraphs as lines with blank lines between
    "wechat_repost": ("account_header", "paragraph_lines", "blank_between_paragraphs", "account_footer"),
    # a phone OCR app: lines where the photo's lines were, half-width punctuation for full-width
    "phone_ocr": ("column_lines", "no_blank_lines", "halfwidth_punctuation"),
    # PDFBox's PDFTextStripper unsorted: content-stream order, headline frames drawn last,
    # a word separator inserted in letter-spaced lines
    "pdfbox": ("column_lines", "no_blank_lines", "headlines_last", "spaced_letters"),
    # WPS PDF-to-Word then copy: paragraphs rebuilt within a column, full-width indents,
    # text boxes (captions, boxed items) after the flow, table cells parted by tabs
    "wps_pdf_to_word": ("column_paragraphs", "fullwidth_indent", "text_boxes_last", "tabbed_tables"),
    # Calibre's PDF to TXT: lines unwrapped unless a line ends a sentence, blank line between
    # the paragraphs it made
    "calibre_txt": ("unwrap_unless_sentence_end", "blank_between_paragraphs"),
}

CLOSING = set("，。、；：？！”’）》」』…—%·")
OPENING = set("“‘（《「『")
HALF_RUN = re.compile(r"[A-Za-z0-9.%+\-/&()]+")
SENTENCE_END = ("。", "！", "？", "”", "…")
ROLE_PRINT = {"记者": "本报记者", "通讯员": "本报通讯员", "特约通讯员": "本报特约通讯员"}
CHINESE_NUMBERS = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
FULLWIDTH_TO_HALF = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "？": "?", "！": "!"}


# ---------- text helpers ----------


def norm(text: str) -> str:
    """The scorer's normalisation: NFKC, no whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def width(text: str) -> float:
    """Printed width in ems: half-width characters take half an em."""
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in text)


def units(text: str) -> list[str]:
    """What a compositor never breaks: a half-width run, a doubled dash or ellipsis, a character."""
    out: list[str] = []
    pos = 0
    while pos < len(text):
        run = HALF_RUN.match(text, pos)
        if run:
            out.extend(re.findall(r"[^-]*-|[^-]+", run.group()))  # a range may break after its dash
            pos = run.end()
        elif text[pos : pos + 2] in ("——", "……"):
            out.append(text[pos : pos + 2])
            pos += 2
        else:
            out.append(text[pos])
            pos += 1
    return out


def wrap(text: str, measure: int, indent: int = 2) -> list[str]:
    """Set a paragraph in lines of `measure` ems with kinsoku: closing punctuation hangs on the
    line before, an opening mark goes down to the next line. The first line's indent is lost
    in extraction, so that line is shorter."""
    lines: list[str] = []
    line: list[str] = []
    limit = measure - indent
    for unit in units(text):
        if width("".join(line) + unit) <= limit or not line or unit[0] in CLOSING:
            line.append(unit)
            continue
        carried = [line.pop()] if len(line) > 1 and line[-1] in OPENING else []
        lines.append("".join(line))
        line = carried + [unit]
        limit = measure
    if line:
        lines.append("".join(line))
    return lines


# ---------- the page as made up ----------


@dataclass
class Line:
    text: str
    para_start: bool = False
    para_end: bool = False
    column_end: bool = False
    kind: str = "body"  # body, heading, table, box


@dataclass
class Placed:
    """One article as made up on the page."""

    gold: dict
    head: list[list[str]]  # groups of lines: kicker, title, subtitle
    byline: str = ""
    byline_at: str = "top"
    body: list[Line] = field(default_factory=list)
    boxes: list[Line] = field(default_factory=list)  # a boxed item printed beside the body
    captions: list[str] = field(default_factory=list)
    caption_at: str = "below"
    headline: str = "over"
    first_column: int = 0  # lines in the first column


def pick(rng: random.Random, options: tuple | list):
    return options[rng.randrange(len(options))]


def print_role(role: str) -> str:
    return ROLE_PRINT.get(role, role)


def role_groups(authors: list[dict], printed: bool) -> str:
    """'记者 A B 通讯员 C', roles in order of first appearance."""
    groups: dict[str, list[str]] = {}
    for author in authors:
        groups.setdefault(author["role"], []).append(author["name"])
    return " ".join(f"{print_role(r) if printed else r} {' '.join(n)}" for r, n in groups.items())


def credit_options(article: dict) -> tuple[str, ...]:
    """Which credit forms fit the article: a 讯 item carries its credit in its dateline."""
    if article.get("dateline"):
        return ("benbao_xun", "benbao_xun_reporter", "paper_xun")
    return ("reporter_pair", "square", "wen_tu", "names_spaced", "names_dunhao", "closing")


def credit_lines(form: str, authors: list[dict]) -> tuple[str, str]:
    """(dateline, byline) as printed for a credit form."""
    names = [a["name"] for a in authors]
    if form == "benbao_xun":
        return "本报讯", ""
    if form == "benbao_xun_reporter":
        return f"本报讯（{role_groups(authors, printed=False)}）", ""
    if form == "paper_xun":
        return f"{PAPER}讯（{role_groups(authors, printed=False)}）", ""
    if form == "reporter_pair":
        return "", role_groups(authors, printed=True)
    if form == "square":
        return "", "■" + role_groups(authors, printed=True)
    if form == "wen_tu":
        return "", f"文/{names[0]}" + (f" 图/{names[1]}" if len(names) > 1 else "")
    if form == "names_spaced":
        return "", " ".join(names)
    if form == "names_dunhao":
        roles = {a["role"] for a in authors}
        lead = f"{print_role(authors[0]['role'])} " if len(roles) == 1 else ""
        return "", lead + "、".join(names)
    return "", f"（{role_groups(authors, printed=True)}）"  # closing


def numbered(style: str, index: int, text: str) -> str:
    if style == "chinese_numbered":
        return f"{CHINESE_NUMBERS[index]}、{text}"
    if style == "arabic_numbered":
        return f"{index + 1}.{text}"
    if style == "circled":
        return f"{CIRCLED[index]}{text}"
    if style == "bold_lead":
        return f"{text}。"
    return text


def split_measures(text: str) -> list[str]:
    """一是…二是…: one paragraph per measure, as many papers set them."""
    parts = re.split(r"(?=[二三四五六七八九十]是)", text)
    return [p for p in parts if p]


def break_title(rng: random.Random, title: str) -> list[str]:
    """Two lines, broken where a compositor would: at the gap of a two-part title, after a
    colon, or near the middle but never before closing or after opening punctuation."""
    if " " in title:
        first, second = title.split(" ", 1)
        return [first, second]
    if "：" in title[:-1]:
        cut = title.index("：") + 1
        return [title[:cut], title[cut:]]
    pieces = units(title)
    middle = len(pieces) // 2 + rng.randrange(-2, 3)
    for cut in sorted(range(2, len(pieces) - 1), key=lambda k: abs(k - middle)):
        if pieces[cut][0] not in CLOSING and pieces[cut - 1][-1] not in OPENING:
            return ["".join(pieces[:cut]), "".join(pieces[cut:])]
    return [title]


def box_text(kind: str, article: dict, zone: dict) -> tuple[str, str]:
    """(heading, text) of a boxed item for an article; 编者按 has no heading of its own."""
    short = zone.get("short_name") or article["park"]
    if kind == "editor_note":
        return "", (
            f"编者按：国家高新区是创新驱动发展的主阵地。本期专版聚焦{short}，"
            "看园区如何以科技创新引领产业升级，敬请关注。"
        )
    if kind == "reporter_note":
        return "记者手记", (
            f"采访中，记者感受最深的是{short}干部和企业家身上的那股“钻劲”。"
            "技术难题一个个被攻克，靠的不是口号，而是日复一日的坚持。"
        )
    heading = "相关链接" if len(article["title"]) % 2 else "延伸阅读"
    place = f"{zone.get('province', '')}{zone.get('city', '')}"
    return heading, (
        f"{article['park']}位于{place}，是国家级高新技术产业开发区。"
        "近年来，园区围绕特色主导产业持续完善创新创业生态。"
    )


CAPTION_TEXTS = ("{short}企业生产车间。", "{short}企业研发人员在实验室工作。", "{short}一角。")


def caption_for(rng: random.Random, form: str, article: dict, short: str) -> dict:
    """An invented photo's caption in one of the forms the paper prints."""
    text = pick(rng, CAPTION_TEXTS).format(short=short)
    if rng.random() < 0.4:
        text = "图为" + text
    reporters = [a["name"] for a in article["authors"] if a["role"] == "记者"]
    if form == "reporter_photo" and reporters:
        return {"text": text, "credit": f"本报记者 {reporters[0]} 摄", "label": ""}
    if form == "interviewee":
        return {"text": text, "credit": "受访者供图", "label": ""}
    if form == "file_photo":
        return {"text": text, "credit": "资料图片", "label": ""}
    if form == "source":
        return {"text": text, "credit": short, "label": "图片来源："}
    return {"text": text, "credit": f"{short}供图", "label": ""}


def caption_line(caption: dict) -> str:
    credit = caption["label"] + caption["credit"]
    return f"{caption['text']} {credit}".strip()


def corpus_blocks(article: dict) -> list[dict]:
    """A corpus article's body as blocks: its lines in order, "## text" a subheading (the shape
    every corpus writes, so that each layouter can set the others' articles)."""
    return [
        {"type": "heading", "text": line[3:]}
        if line.startswith("## ")
        else {"type": "paragraph", "text": line}
        for line in article["body"]
    ]


def body_blocks(article: dict, conv: dict) -> list[dict]:
    """The article's blocks as printed: numbered headings, measures, table rows."""
    blocks: list[dict] = []
    heading_index = 0
    table = article.get("table")
    for k, block in enumerate(corpus_blocks(article)):
        if block["type"] == "heading":
            text = numbered(conv["heading"], heading_index, block["text"])
            blocks.append({"type": "heading", "text": text})
            heading_index += 1
        elif conv["measures"] == "one_per_paragraph":
            blocks.extend({"type": "paragraph", "text": part} for part in split_measures(block["text"]))
        else:
            blocks.append({"type": "paragraph", "text": block["text"]})
        if table and k == table["after"]:
            # a table's rows are printed as lines of cells; the gold keeps each row as a paragraph
            rows = table["rows"]
            blocks.extend({"type": "paragraph", "text": " ".join(row), "table": True} for row in rows)
    return blocks


def choose_conventions(rng: random.Random, article: dict, banner_ok: bool) -> dict:
    has_headings = any(line.startswith("## ") for line in article["body"])
    conv = {
        "headline": pick(rng, CONVENTIONS["headline"] if banner_ok else CONVENTIONS["headline"][:3]),
        "title_lines": pick(rng, CONVENTIONS["title_lines"]),
        "subtitle_form": pick(rng, ("dash", "plain")) if article.get("subtitle") else "none",
        "credit": pick(rng, credit_options(article)),
        "heading": pick(rng, CONVENTIONS["heading"][1:]) if has_headings else "none",
        "caption": "none",
        "caption_credit": "none",
        "box": "none",
        "measures": pick(rng, ("run_in", "one_per_paragraph")) if article["kind"] == "measures" else "none",
    }
    if article.get("captions") or rng.random() < 0.35:
        conv["caption"] = pick(rng, ("above", "below"))
        if not article.get("captions"):
            has_reporter = any(a["role"] == "记者" for a in article["authors"])
            forms = CONVENTIONS["caption_credit"][1 if has_reporter else 2 :]
            conv["caption_credit"] = pick(rng, forms)
    if rng.random() < 0.3:
        boxes = ("reporter_note", "related_link") + (() if article.get("dateline") else ("editor_note",))
        conv["box"] = pick(rng, boxes)
    return conv


def head_groups(rng: random.Random, article: dict, conv: dict) -> tuple[list[list[str]], str]:
    """The headline's lines (kicker, title, subtitle) and the subtitle as printed."""
    groups: list[list[str]] = []
    if article.get("kicker"):
        groups.append([article["kicker"]])
    title = article["title"]
    groups.append(break_title(rng, title) if conv["title_lines"] == "two" else [title])
    subtitle = article.get("subtitle", "")
    if subtitle:
        subtitle = subtitle.lstrip("—")
        subtitle = ("——" + subtitle) if conv["subtitle_form"] == "dash" else subtitle
        groups.append([subtitle])
    return groups, subtitle


def set_body(blocks: list[dict], dateline: str, measure: int) -> list[Line]:
    lines: list[Line] = []
    for k, block in enumerate(blocks):
        text = block["text"]
        if k == 0 and dateline:
            text = f"{dateline}{' ' if dateline == '本报讯' else ''}{text}"
        if block.get("table"):
            set_lines = [text]
            kind = "table"
        elif block["type"] == "heading":
            set_lines = wrap(text, measure, indent=0)
            kind = "heading"
        else:
            set_lines = wrap(text, measure)
            kind = "body"
        for j, piece in enumerate(set_lines):
            lines.append(Line(piece, para_start=j == 0, para_end=j == len(set_lines) - 1, kind=kind))
    return lines


def mark_columns(lines: list[Line], span: int) -> int:
    """Break the body into `span` columns of equal depth; return the first column's depth."""
    depth = max(1, -(-len(lines) // span))
    for k in range(depth - 1, len(lines), depth):
        lines[k].column_end = True
    return depth


def first_sentence(text: str) -> str:
    """Up to the first 。！？, a closing quote after it kept; the whole text if none ends it."""
    end = re.search(r"[。！？][”’」』]*", text)
    return text[: end.end()] if end else text


def lead_summary(blocks: list[dict], dateline: str) -> str:
    """The lead baseline: the first sentence of the first paragraph, its dateline taken off."""
    first = next((b["text"] for b in blocks if b["type"] == "paragraph"), "")
    if dateline and first.startswith(dateline):
        first = first[len(dateline) :]
    return first_sentence(first.strip())


def gold_article(
    article: dict,
    conv: dict,
    blocks: list[dict],
    dateline: str,
    byline: str,
    subtitle: str,
    captions: list[dict],
) -> dict:
    gold_blocks = [{"type": b["type"], "text": b["text"]} for b in blocks]
    if dateline.startswith("本报讯") and gold_blocks:
        # the sample's gold keeps a 本报讯 dateline at the head of the first paragraph
        gold_blocks[0]["text"] = dateline + gold_blocks[0]["text"]
    return {
        "id": article["id"],
        "park": article["park"],
        "kicker": article.get("kicker", ""),
        "title": article["title"],
        "subtitle": subtitle,
        "dateline": dateline,
        "authors": [a["name"] for a in article["authors"]],
        "byline": byline,
        "blocks": gold_blocks,
        "captions": captions,
        "topics": list(article.get("topics", [])),
        "summary": article.get("summary", ""),
        "lead_summary": lead_summary(gold_blocks, dateline),
        "folio": dict(conv),
    }


def make_up(
    rng: random.Random, article: dict, zone: dict, measure: int, span: int, banner_ok: bool
) -> Placed:
    """One article made up on the page: its conventions drawn, its lines set."""
    conv = choose_conventions(rng, article, banner_ok)
    short = zone.get("short_name") or article["park"]
    blocks = body_blocks(article, conv)
    dateline, byline = credit_lines(conv["credit"], article["authors"])
    groups, subtitle = head_groups(rng, article, conv)
    box_lines: list[Line] = []
    box_blocks: list[dict] = []
    if conv["box"] != "none":
        heading, text = box_text(conv["box"], article, zone)
        box_blocks = ([{"type": "heading", "text": heading}] if heading else []) + [
            {"type": "paragraph", "text": text}
        ]
        blocks = box_blocks + blocks if conv["box"] == "editor_note" else blocks + box_blocks
        box_lines = set_body(box_blocks, "", measure)
        for line in box_lines:
            line.kind = "box" if line.kind == "body" else line.kind
    captions = [dict(c, label=c.get("label", "")) for c in article.get("captions", [])]
    if conv["caption"] != "none" and not captions:
        captions = [caption_for(rng, conv["caption_credit"], article, short)]
    flow = [b for b in blocks if not any(b is boxed for boxed in box_blocks)]
    body = set_body(flow, dateline, measure)
    if conv["credit"] == "benbao_xun" and body:
        body[-1].text += " " + " ".join(a["name"] for a in article["authors"])
    placed = Placed(
        gold=gold_article(article, conv, blocks, dateline, byline, subtitle, captions),
        head=groups,
        byline=byline,
        byline_at="end" if conv["credit"] == "closing" else "top",
        body=body,
        boxes=box_lines,
        captions=[caption_line(c) for c in captions],
        caption_at=conv["caption"] if conv["caption"] != "none" else "below",
        headline=conv["headline"],
    )
    placed.gold["folio"]["measure"] = measure
    placed.gold["folio"]["columns"] = span
    placed.first_column = mark_columns(body, span)
    return placed


# ---------- furniture ----------


def page_date(rng: random.Random) -> datetime.date:
    return datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randrange(900))


def furniture_lines(
    rng: random.Random, page: dict, zones: dict, articles: list[dict], others: list[dict]
) -> dict[str, list[str]]:
    """The page's furniture: folio lines, the sponsor line, a notice."""
    date = page_date(rng)
    weekday = "一二三四五六日"[date.weekday()]
    number = rng.randrange(5, 13)
    sponsor_zone = zones.get(articles[0]["park"], {})
    sponsor = f"本版由{sponsor_zone.get('short_name', articles[0]['park'])}管委会协办"
    top = [
        f"{date.year}年{date.month}月{date.day}日 星期{weekday}",
        f"第{number}版",
        f"高新区·{page['edition']}",
        PAPER,
    ]
    editors = f"责任编辑 {pick(rng, EDITORS)} 美术编辑 {pick(rng, EDITORS)} 校对 {pick(rng, EDITORS)}"
    notice = notice_lines(rng, page["notice"], date, others)
    return {"top": top, "editors": [editors], "sponsor": [sponsor], "notice": notice}


EDITORS = ("岳晴", "訾文", "蒯可心", "逄亮", "禚一鸣", "晏紫", "厍华", "勾春燕")


def notice_lines(rng: random.Random, kind: str, date: datetime.date, others: list[dict]) -> list[str]:
    if kind == "correction":
        before = date - datetime.timedelta(days=rng.randrange(2, 9))
        title = others[0]["title"] if others else "园区新闻"
        return [
            "更正",
            f"本报{before.month}月{before.day}日第{rng.randrange(5, 13)}版《{title}》一文中，"
            "“管委会副主任”应为“管委会主任”。特此更正，并向读者致歉。",
        ]
    if kind == "public_service":
        return [
            "公益广告",
            pick(rng, ("节约用水 从我做起", "文明出行 安全相伴", "垃圾分类 人人有责")),
            "中央网信办 中国文明网",
        ]
    month_days = calendar.monthrange(date.year, date.month)[1]
    return [
        "广告",
        "科技成果转化对接会",
        f"报名截止：{date.month}月{month_days}日",
        f"咨询电话：010-{rng.randrange(10000000, 99999999)}",
    ]


# ---------- reading order ----------


def positional_order(placed: list[Placed]) -> list[tuple[str, object]]:
    """What a reader that follows the page's geometry meets, in order: ('head', Placed),
    ('byline', Placed), ('captions', Placed), ('body', (Placed, lines)), ('boxes', Placed)."""
    order: list[tuple[str, object]] = []
    k = 0
    while k < len(placed):
        group = [placed[k]]
        if placed[k].headline == "banner" and k + 1 < len(placed):
            group.append(placed[k + 1])
        for p in group:
            if p.headline != "side_after" or len(group) > 1:
                order.append(("head", p))
        for p in group:
            order.extend(article_order(p, head_inside=p.headline == "side_after" and len(group) == 1))
        k += len(group)
    return order


def article_order(p: Placed, head_inside: bool) -> list[tuple[str, object]]:
    order: list[tuple[str, object]] = []
    if p.byline and p.byline_at == "top":
        order.append(("byline", p))
    if p.captions and p.caption_at == "above":
        order.append(("captions", p))
    if head_inside:
        order.append(("body", (p, p.body[: p.first_column])))
        order.append(("head", p))
        order.append(("body", (p, p.body[p.first_column :])))
    else:
        order.append(("body", (p, p.body)))
    if p.boxes:
        order.append(("boxes", p))
    if p.byline and p.byline_at == "end":
        order.append(("byline", p))
    if p.captions and p.caption_at == "below":
        order.append(("captions", p))
    return order


def headlines_after_bodies(order: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """The documented reader's habit: a headline over its body comes out after the body (the
    headline frame follows the text frames), a banner's headlines after both bodies."""
    out: list[tuple[str, object]] = []
    pending: list[tuple[str, object]] = []
    for item in order:
        kind, what = item
        if kind == "head" and what.headline in ("over", "banner"):
            pending.append(item)
            continue
        out.append(item)
        if pending and all(owner_done(order, out, head[1]) for head in pending):
            out.extend(pending)
            pending = []
    return out + pending


def owner_done(order: list[tuple[str, object]], out: list[tuple[str, object]], p: Placed) -> bool:
    """Whether every non-headline item of article p is already out."""

    def owned(item: tuple[str, object]) -> bool:
        kind, what = item
        return kind != "head" and (what[0] if kind == "body" else what) is p

    return sum(owned(i) for i in out) == sum(owned(i) for i in order)


# ---------- readers ----------


def letter_spaced(text: str) -> str:
    return " ".join(text)


def spaced_numbers(text: str) -> str:
    return re.sub(r"(?<=[\u4e00-\u9fff])(\d+)(?=[\u4e00-\u9fff])", r" \1 ", text)


def item_lines(kind: str, what: object) -> list[Line]:
    """An item's lines as the page prints them."""
    if kind == "head":
        return [
            Line(t, para_start=j == 0, para_end=j == len(g) - 1, kind="head")
            for g in what.head
            for j, t in enumerate(g)
        ]
    if kind == "byline":
        return [Line(what.byline, True, True, kind="byline")]
    if kind == "captions":
        return [Line(c, True, True, kind="caption") for c in what.captions]
    if kind == "boxes":
        return what.boxes
    return what[1]


def emit_documented(out: list[str], text: str) -> None:
    """The sample reader's rule: a blank line after a line, unless it ends in a half-width character."""
    out.append(text)
    if not re.search(r"[\x21-\x7e]$", text):
        out.append("")


def read_documented(rng: random.Random, page: dict) -> list[str]:
    out: list[str] = []
    spacing = rng.random() < 0.6
    for line in page["top"] + page["sponsor_top"]:
        emit_documented(out, line)
    for kind, what in headlines_after_bodies(page["order"]):
        if kind == "head":
            for group in what.head:
                out += group[:-1]  # a headline of two lines: a single newline between them
                emit_documented(out, group[-1])
            continue
        for line in item_lines(kind, what):
            text = line.text
            if kind == "body" and spacing:
                text = spaced_numbers(text)
            if kind == "body" and rng.random() < 0.02 and len(text) > 6:
                text = letter_spaced(text)
            emit_documented(out, text)
    for line in page["notice"] + page["sponsor_bottom"] + page["bottom"]:
        emit_documented(out, line)
    return out


def read_ocr(rng: random.Random, page: dict) -> list[str]:
    swaps = {k: v for k, v in FULLWIDTH_TO_HALF.items() if rng.random() < 0.5} or {"，": ","}
    out = page["top"] + page["sponsor_top"]
    for kind, what in page["order"]:
        out += [ln.text.translate(str.maketrans(swaps)) for ln in item_lines(kind, what)]
    return out + page["notice"] + page["sponsor_bottom"] + page["bottom"]


def read_pdfbox(rng: random.Random, page: dict) -> list[str]:
    out = page["top"] + page["sponsor_top"]
    heads: list[str] = []
    for kind, what in page["order"]:
        if kind == "head":
            heads += [t for g in what.head for t in g]
            continue
        for line in item_lines(kind, what):
            text = line.text
            out.append(letter_spaced(text) if len(text) > 6 and rng.random() < 0.03 else text)
    return out + page["notice"] + page["sponsor_bottom"] + page["bottom"] + heads


def column_paragraphs(lines: list[Line]) -> list[str]:
    """Lines joined into paragraphs, but not across a column break (WPS rebuilds each frame)."""
    out: list[str] = []
    current = ""
    for line in lines:
        if line.para_start and current:
            out.append(current)
            current = ""
        current += line.text if line.kind != "table" else line.text.replace(" ", "\t")
        if line.para_start and line.kind in ("body", "box"):
            current = "\u3000\u3000" + current
        if line.para_end or line.column_end or line.kind in ("head", "byline", "caption", "table"):
            out.append(current)
            current = ""
    return out + ([current] if current else [])


def read_wps(rng: random.Random, page: dict) -> list[str]:
    out = page["top"] + page["sponsor_top"]
    text_boxes: list[str] = []
    for kind, what in page["order"]:
        if kind in ("captions", "boxes"):
            text_boxes += column_paragraphs(item_lines(kind, what))
            continue
        out += column_paragraphs(item_lines(kind, what))
    return out + text_boxes + page["notice"] + page["sponsor_bottom"] + page["bottom"]


def read_calibre(rng: random.Random, page: dict) -> list[str]:
    """Calibre unwraps a line into the next unless it ends a sentence; a blank line parts what
    it made."""
    out: list[str] = []
    for line in page["top"] + page["sponsor_top"]:
        out += [line, ""]
    for kind, what in page["order"]:
        current = ""
        for line in item_lines(kind, what):
            if line.para_start and current:
                out += [current, ""]
                current = ""
            current += line.text
            if line.para_end or current.endswith(SENTENCE_END) or kind in ("head", "caption"):
                out += [current, ""]
                current = ""
        if current:
            out += [current, ""]
    for line in page["notice"] + page["sponsor_bottom"] + page["bottom"]:
        out += [line, ""]
    return out


WECHAT_HEAD = ("点击蓝字 关注我们",)
WECHAT_FOOT = ("来源：{paper}", "编辑：{editor}", "审核：{editor2}", "阅读原文")


def wechat_furniture(rng: random.Random) -> tuple[list[str], list[str]]:
    editor, editor2 = rng.sample(EDITORS, 2)
    head = [PAPER, *WECHAT_HEAD]
    foot = [f.format(paper=PAPER, editor=editor, editor2=editor2) for f in WECHAT_FOOT]
    return head, foot


def read_wechat(rng: random.Random, page: dict) -> list[str]:
    head, foot = page["wechat"]
    out: list[str] = []
    for line in head + page["sponsor_top"]:
        out += [line, ""]
    for kind, what in page["order"]:
        current = ""
        for line in item_lines(kind, what):
            if line.para_start and current:
                out += [current, ""]
                current = ""
            current += line.text if line.kind != "table" else line.text.replace(" ", "  ")
            if line.para_end:
                out += [current, ""]
                current = ""
        if current:
            out += [current, ""]
    for line in page["notice"] + page["sponsor_bottom"] + foot:
        out += [line, ""]
    return out


READERS = {
    "documented": read_documented,
    "wechat_repost": read_wechat,
    "phone_ocr": read_ocr,
    "pdfbox": read_pdfbox,
    "wps_pdf_to_word": read_wps,
    "calibre_txt": read_calibre,
}


# ---------- the page ----------


def load_zones() -> dict[str, dict]:
    import csv
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "data" / "hitech_zones.tsv"
    with open(path, encoding="utf-8") as f:
        return {row["official_name"]: row for row in csv.DictReader(f, delimiter="\t")}


_ZONES: dict[str, dict] = {}


def zones() -> dict[str, dict]:
    if not _ZONES:
        _ZONES.update(load_zones())
    return _ZONES


def choose_page(rng: random.Random) -> dict:
    return {name: pick(rng, values) for name, values in PAGE_CONVENTIONS.items()}


def choose_extractor(rng: random.Random) -> str:
    names = list(EXTRACTOR_WEIGHTS)
    return rng.choices(names, weights=[EXTRACTOR_WEIGHTS[n] for n in names])[0]


def measure_for(rng: random.Random, columns: int, span: int) -> int:
    """A column's measure in ems: a page about 72 ems wide, a lead story a little wider."""
    base = 72 // columns + (2 if span > 1 else 0) + rng.randrange(-2, 3)
    return max(10, min(24, base))


def folio_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """One page of the 园区 special edition, read back by one reader: (raw text, gold)."""
    rng = random.Random(f"folio:{seed}")
    conventions = choose_page(rng)
    columns = conventions["columns"]
    chosen = rng.sample(articles, min(len(articles), rng.randrange(3, 7)))
    others = [a for a in articles if a not in chosen]
    placed: list[Placed] = []
    for k, article in enumerate(chosen):
        span = rng.randrange(2, columns + 1) if k == 0 else rng.randrange(1, min(3, columns) + 1)
        banner_ok = 0 < k < len(chosen) - 1
        zone = zones().get(article["park"], {})
        placed.append(make_up(rng, article, zone, measure_for(rng, columns, span), span, banner_ok))
    pair_banners(placed)
    furniture = furniture_lines(rng, conventions, zones(), chosen, others)
    extractor = choose_extractor(rng)
    sponsor_top = conventions["sponsor_line"] == "top"
    page = {
        "order": positional_order(placed),
        "top": furniture["top"],
        "bottom": furniture["editors"] if conventions["furniture"] == "top_and_bottom" else [],
        "sponsor_top": furniture["sponsor"] if sponsor_top else [],
        "sponsor_bottom": [] if sponsor_top else furniture["sponsor"],
        "notice": furniture["notice"],
        "wechat": wechat_furniture(rng),
    }
    if conventions["furniture"] == "top":
        page["top"] = page["top"] + furniture["editors"]
    lines = READERS[extractor](rng, page)
    raw = "\n".join(lines).rstrip("\n") + "\n"
    gold = {
        "page": f"folio-{seed}.txt",
        "notes": "Laid out by tests/folio.py: a national S&T daily's 园区 special edition.",
        "extractor": extractor,
        "folio_page": dict(conventions, habits=list(HABITS[extractor])),
        "furniture": page_furniture(page, extractor),
        "unassigned": [],
        "articles": [p.gold for p in placed],
    }
    return raw, gold


def pair_banners(placed: list[Placed]) -> None:
    """A banner runs over two stories: the second story's headline joins the first's."""
    k = 0
    while k < len(placed):
        if placed[k].headline == "banner" and k + 1 < len(placed):
            placed[k + 1].headline = "banner"
            placed[k + 1].gold["folio"]["headline"] = "banner"
            k += 2
        else:
            if placed[k].headline == "banner":
                placed[k].headline = placed[k].gold["folio"]["headline"] = "over"
            k += 1


def page_furniture(page: dict, extractor: str) -> list[str]:
    if extractor == "wechat_repost":
        head, foot = page["wechat"]
        return head + page["sponsor_top"] + page["notice"] + page["sponsor_bottom"] + foot
    return page["top"] + page["sponsor_top"] + page["notice"] + page["sponsor_bottom"] + page["bottom"]


# ---------- checks the tests share ----------


def article_pieces(article: dict) -> list[str]:
    """Every printed piece of a gold article, each once."""
    pieces = [article.get("kicker", ""), article["title"], article.get("subtitle", ""), article["byline"]]
    first = article["blocks"][0]["text"] if article["blocks"] else ""
    if article["dateline"] and not first.startswith(article["dateline"]):
        pieces.append(article["dateline"])
    pieces += [b["text"] for b in article["blocks"]]
    pieces += [c["label"] + c["text"] + c["credit"] for c in article.get("captions", [])]
    if article["folio"]["credit"] == "benbao_xun":
        pieces += article["authors"]  # the names printed after the last sentence, as in the sample
    return [p for p in pieces if p]


def gold_characters(gold: dict) -> Counter:
    pieces = list(gold["furniture"]) + list(gold["unassigned"])
    for article in gold["articles"]:
        pieces += article_pieces(article)
    return Counter(norm("".join(pieces)))


def conserved(raw: str, gold: dict) -> bool:
    """Every non-whitespace character of the page is in the gold once, and nothing more."""
    return Counter(norm(raw)) == gold_characters(gold)
