"""The recto layouter: park pages as a city party daily's weekly high-tech-zone supplement prints them.

The paper is an invented city daily (《澜江日报》 and its kin) whose weekly 高新专刊 / 园区周刊 is made
with the parks' 管委会 and printed as one broadsheet page or a double-page spread (通版): four to six
columns of 10–14 ems, a banner headline (通栏标题) across all columns over the lead story, the other
stories under a 专题 banner. The daily's habits: series labels as kickers (“高质量发展看园区”系列报道之三),
短评 / 微评 insets, credits as 本报讯（全媒体记者 X 通讯员 Y）, （X Y） after the last sentence,
“本报记者 X 通讯员 Y 报道”, 【融媒体记者 X】, ■ / ● bullets, 文/图 本报记者 X, and a team line
策划：X 统筹：Y 文/图：Z over a feature; 数读 boxes and 记者手记 afterwords; numbered photo captions
图① 图② with one credit line for all, 图说 captions; page furniture: the supplement's header line,
a slogan banner that is no headline, 责编/校对/版式 and 专刊热线/投稿邮箱 at the foot, 扫码看视频
prompts beside photos, page numbers.

Five readers write the raw text (gold `extractor`): the documented reader (the sample page's habits),
Amazon Textract's LINE blocks in their order, Textractor's linearised text with the Markdown
configuration, LibreOffice Draw's PDF import (one paragraph per text frame) and a TextIn-style
Chinese OCR's Markdown. `recto_page(seed, articles)` returns (raw page text, gold annotation).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

# What an article's setting varies; the gold records the value used under `recto:` (only the keys
# that apply to the article: a table form only where there is a table, and so on)
CONVENTIONS: dict[str, tuple[str, ...]] = {
    # where the credit stands and how it reads
    "credit": (
        "dateline_paren",  # 本报讯（全媒体记者 X 通讯员 Y）opening the first paragraph
        "closing_paren",  # （X Y） after the last sentence
        "baodao_line",  # 本报记者 X 通讯员 Y 报道, a line under the headline
        "bracket",  # 【融媒体记者 X】 under the headline
        "square_bullet",  # ■ 首席记者 X
        "dot_bullet",  # ● 见习记者 X 通讯员 Y
        "wentu_head",  # 文/图 本报记者 X
        "team_line",  # 策划：X 统筹：Y 文/图：Z
    ),
    # what the daily calls its own reporters on this article
    "staff_title": ("融媒体记者", "全媒体记者", "首席记者", "见习记者", "记者"),
    # what stands above the title
    "kicker": ("own", "series", "short_comment", "none"),
    # how the photos are captioned
    "caption": ("numbered_shared", "numbered", "tushuo", "plain"),
    # how a table is printed
    "table": ("grid", "shudu"),
    # a 记者手记 afterword made of the last paragraph
    "afterword": ("jishou", "none"),
    # an editor's note opening the story: 开栏的话 before a series' first part, 编者按 over the lead
    "editor_note": ("kailan", "bianzhean", "none"),
}

# What a page's setting varies (gold `recto_page:`)
PAGE_CONVENTIONS: dict[str, tuple] = {
    "format": ("broadsheet", "spread"),
    "columns": (4, 5, 6),
    "column_ems": (10, 11, 12, 13, 14),
    "header": ("one_line", "two_lines"),
    "header_separator": ("dot", "gap"),  # 第N期 · 主编 X · …, or the parts set apart by wide spaces
    "slogan": ("banner", "none"),
    "zhuanti": ("banner", "none"),
    "footer": ("editors", "hotline", "both"),
    "qr_prompt": ("video", "scan", "none"),
}

# The readers and how often each wrote a page
EXTRACTOR_WEIGHTS: dict[str, float] = {
    "documented": 0.2,
    "textract_lines": 0.2,
    "textractor_markdown": 0.2,
    "draw_frames": 0.2,
    "textin_markdown": 0.2,
}

# What each reader does to the page, by name (gold `recto_page: habits`)
HABITS: dict[str, tuple[str, ...]] = {
    # the sample page's reader: a blank line after each printed line except one ending in a
    # half-width character, spaces around some numbers, a justified line letter-spaced now and
    # then ("通 过 知 识 产 权"), headlines printed apart from their bodies
    "documented": (
        "blank_after_line", "no_blank_after_halfwidth", "spaced_numbers", "letter_spaced", "headlines_apart",
    ),
    # Textract's LINE blocks: one line each, no blank lines; a printed line with a wide gap (the
    # header's parts, a banner across the fold) is two LINEs; a table cell is a LINE of its own
    "textract_lines": ("line_per_line", "wide_gap_split", "cell_lines"),
    # Textractor's linearised text, Markdown configuration: lines of a layout element joined with a
    # space, a blank line between elements, "# " before the title, "## " before section headers,
    # tables as GitHub Markdown
    "textractor_markdown": ("joined_element_lines", "title_prefix", "section_prefix", "markdown_table"),
    # LibreOffice Draw's PDF import: every text frame one paragraph; a run in another font (the bold
    # dateline) is a frame of its own; frames come in the order the page was drawn
    "draw_frames": ("frame_per_line", "font_run_frames", "drawing_order"),
    # a TextIn-style OCR's Markdown: a paragraph's lines merged without spaces, the document tree's
    # titles as "#"/"##", tables as HTML, photos as image links
    "textin_markdown": ("merged_paragraphs", "heading_levels", "html_table", "image_links"),
}

# The order headlines come in, per page: where the reader puts a story's headline group
HEADLINE_ORDERS = ("reading", "after_body", "grouped")

DAILIES = ("《澜江日报》", "《青岚日报》", "《云川日报》", "《汀州日报》", "《沅城日报》")
SUPPLEMENTS = ("高新专刊", "园区周刊", "创新周刊")
SLOGANS = ("奋进新征程 建功新时代", "创新驱动 园区先行", "聚力高质量 奋进新征程", "科技自立自强 园区勇挑大梁")
ZHUANTI = ("专题·园区创新进行时", "专题·链上新动能", "专题·走进高新区", "专题·科创一线")
SERIES = ("“高质量发展看园区”", "“园区新答卷”", "“链上看变化”")
SERIES_NUMBERS = "一二三四五六七八九十"
EDITORS = ("鄂宏伟", "晏子清", "缪玉琴", "仇立新", "蔺晓峰", "宓佳怡", "阙志宏", "帅丽娜", "冼国栋", "訾思远")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"

OPENING = "“‘（《〈【"
CLOSING = "，。、；：？！”’）》〉】…—"


@dataclass
class Piece:
    """One printed thing on the page, in the page's reading order."""

    role: str  # furniture, kicker, title, subtitle, byline, paragraph, heading, row, closing, caption, credit
    text: str  # as printed, with the spaces the page prints
    owner: str = ""  # the article's id; "" for furniture
    width: int = 12  # column width in ems
    lines: list[str] = field(default_factory=list)  # the printed lines
    run: str = ""  # a leading run in another font (a dateline), for readers that split it off
    cells: tuple[str, ...] = ()  # a table row's cells; a furniture line's parts set apart by wide gaps
    level: int = 0  # 1 for the title, 2 for subheadings: what a document tree calls them
    head: bool = False  # part of the story's headline group
    photo: bool = False  # a caption (a photo stands beside it)
    banner: bool = False  # the lead's headline across all columns (通栏)


# ---------------------------------------------------------------- lines


def ems(text: str) -> float:
    """Printed width: a full-width character one em, a half-width one half."""
    return sum(0.5 if unicodedata.east_asian_width(c) in "NaH" else 1.0 for c in text)


def tokens(text: str) -> list[str]:
    """Characters, keeping a run of half-width letters/digits whole (a typesetter never splits 2025)."""
    return re.findall(r"[A-Za-z0-9.%+\-]+|.", text)


def wrap(text: str, width: int, indent: int = 0) -> list[str]:
    """Lines of a column `width` ems wide; the first line `indent` ems short (its indent is not text).
    Closing punctuation hangs on the line before rather than starting a line, as typesetters do."""
    lines: list[str] = []
    current = ""
    room = width - indent
    for token in tokens(text):
        if current and ems(current + token) > room and not (token in CLOSING and len(token) == 1):
            if current[-1] in OPENING and len(current) > 1:  # an opening mark never ends a line
                lines.append(current[:-1])
                current = current[-1]
            else:
                lines.append(current)
                current = ""
            room = width
        current += token
    if current:
        lines.append(current)
    return lines


def wrap_words(text: str, width: int) -> list[str]:
    """Lines of a credit: a name is never split (a typesetter moves it down whole)."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and ems(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        elif ems(word) <= width:
            lines.append(word)
        else:
            lines.extend(wrap(word, width))
    return lines


def headline_lines(title: str, width: int) -> list[str]:
    """A headline on one line, or two broken where an editor breaks it: after a comma or colon,
    after the park's name, else at the middle."""
    if ems(title) <= width:
        return [title]
    for mark in ("，", "：", "高新区", "园区"):
        at = title.find(mark)
        if 3 <= at < len(title) - len(mark) - 2:
            return [title[: at + len(mark)], title[at + len(mark):]]
    half = len(title) // 2
    return [title[:half], title[half:]]


def caption_lines(text: str, credit: str, width: int) -> list[str]:
    """A caption's lines, its credit after the text on the last line when it fits, else below."""
    lines = wrap(text, width) if text else []
    if credit and lines and ems(lines[-1] + " " + credit) <= width:
        lines[-1] += " " + credit
    elif credit:
        lines += wrap_words(credit, width)
    return lines


def full(line: str, width: int) -> bool:
    """A line that fills its column: after it, a new paragraph does not show."""
    return ems(line) >= width - 0.5


def half_width_end(line: str) -> bool:
    return bool(line) and unicodedata.east_asian_width(line[-1]) in "NaH" and not line[-1].isspace()


# ---------------------------------------------------------------- credits


def staff(role: str, title: str) -> str:
    """The daily's name for a role: its reporters carry the page's title, commentators 本报评论员."""
    if role == "记者":
        return title
    return {"评论员": "本报评论员"}.get(role, role)


def credit_groups(authors: list[dict], title: str) -> str:
    """'全媒体记者 A B 通讯员 C': names grouped under their role, roles in order of first appearance."""
    groups: dict[str, list[str]] = {}
    for author in authors:
        groups.setdefault(staff(author.get("role", "记者"), title), []).append(author["name"])
    return " ".join(f"{role} {' '.join(names)}" for role, names in groups.items())


def baodao_credit(authors: list[dict]) -> str:
    """'本报记者 A 通讯员 B 报道'."""
    groups: dict[str, list[str]] = {}
    for author in authors:
        role = author.get("role", "记者")
        groups.setdefault("本报记者" if role == "记者" else role, []).append(author["name"])
    return " ".join(f"{role} {' '.join(names)}" for role, names in groups.items()) + " 报道"


def head_credit(form: str, authors: list[dict], title: str, rng: random.Random) -> str:
    """The credit line under a headline, in one of the daily's forms."""
    names = " ".join(a["name"] for a in authors)
    if form == "baodao_line":
        return baodao_credit(authors)
    if form == "bracket":
        return f"【{credit_groups(authors, title)}】"
    if form == "square_bullet":
        return f"■ {credit_groups(authors, title)}"
    if form == "dot_bullet":
        return f"● {credit_groups(authors, title)}"
    if form == "wentu_head":
        return f"文/图 {credit_groups(authors, '本报记者')}"
    planner, coordinator = rng.sample(EDITORS, 2)
    return f"策划：{planner} 统筹：{coordinator} 文/图：{names}"


# ---------------------------------------------------------------- one article


@dataclass
class Setting:
    """An article as the page sets it: its pieces and its gold."""

    pieces: list[Piece]
    gold: dict


def choose_credit(article: dict, lead: bool, rng: random.Random) -> str | None:
    if not article.get("authors"):
        return None
    forms = list(CONVENTIONS["credit"])
    if not article.get("dateline"):
        forms.remove("dateline_paren")
    if not lead and article.get("kind") not in ("feature", "photo"):
        forms.remove("team_line")  # the team line heads a feature or the lead, not a brief
    return rng.choice(forms)


def choose_kicker(article: dict, rng: random.Random) -> str:
    if article.get("kicker"):
        return "own"
    if article.get("kind") == "commentary":
        return "short_comment"
    return rng.choice(("series", "none", "none"))


def kicker_text(form: str, article: dict, rng: random.Random) -> str:
    if form == "own":
        return article["kicker"]
    if form == "series":
        number = "一" if rng.random() < 0.3 else rng.choice(SERIES_NUMBERS)
        return f"{rng.choice(SERIES)}系列报道之{number}"
    if form == "short_comment":
        return rng.choice(("短评", "微评"))
    return ""


def body_items(article: dict) -> list[tuple[str, str]]:
    """("paragraph"|"heading", text) in order; a corpus line "## X" is a subheading."""
    items = []
    for line in article.get("body") or []:
        line = str(line)
        if line.startswith("## "):
            items.append(("heading", line[3:].strip()))
        elif line.strip():
            items.append(("paragraph", line.strip()))
    return items


def editor_note(kicker: str, lead: bool, article: dict, rng: random.Random) -> tuple[str, list]:
    """A note opening an undated story: 开栏的话 (its own heading) before the first part of a series,
    编者按 leading the lead story's first paragraph."""
    if article.get("dateline"):
        return "none", []
    if kicker.endswith("系列报道之一"):
        series = kicker[: kicker.index("系列报道")]
        note = (f"即日起，本报推出{series}系列报道，走进各地高新区，"
                "记录园区以创新驱动高质量发展的生动实践，敬请关注。")
        return "kailan", [("heading", "开栏的话", ()), ("paragraph", note, ())]
    if lead and rng.random() < 0.5:
        park = article.get("park_short", "")
        note = (f"编者按：高新区是创新驱动发展的主阵地。本期专刊走进{park}，"
                "看园区如何以科技创新引领产业升级、培育发展新动能。")
        return "bianzhean", [("paragraph", note, ())]
    return "none", []


def table_items(table: dict, form: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """A table's printed rows: a grid prints every row's cells; a 数读 box a heading and one line a figure."""
    rows = [tuple(str(c) for c in row) for row in table.get("rows") or [] if row]
    if form == "grid":
        return [("row", " ".join(row), row) for row in rows]
    header, data = rows[0], rows[1:]
    lines: list[tuple[str, str, tuple[str, ...]]] = [("heading", "数读", ())]
    for row in data:
        if len(row) == 2:
            lines.append(("paragraph", f"{row[0]} {row[1]}", ()))
        else:
            figures = " / ".join(f"{h} {v}" for h, v in zip(header[1:], row[1:]))
            lines.append(("paragraph", f"{row[0]} {figures}", ()))
    return lines


def with_table(items: list[tuple[str, str]], article: dict, form: str) -> list[tuple[str, str, tuple]]:
    """Body items with the table (or its 数读 box) after paragraph number `after`."""
    table = article.get("table")
    out: list[tuple[str, str, tuple]] = [(kind, text, ()) for kind, text in items]
    if not table or not table.get("rows"):
        return out
    after = int(table.get("after", len(items)) or 0)
    position, seen = len(out), 0
    for index, (kind, _, _) in enumerate(out):
        seen += kind == "paragraph"
        if kind == "paragraph" and seen == after:
            position = index + 1
            break
    return out[:position] + table_items(table, form) + out[position:]


def caption_pieces(article: dict, form: str, owner: str, width: int) -> tuple[list[Piece], list[dict], str]:
    """The printed captions, their gold, and the one credit line printed for all (or "")."""
    captions = [c for c in article.get("captions") or [] if isinstance(c, dict)]
    credits = {str(c.get("credit") or "") for c in captions} - {""}
    if form == "numbered_shared" and len(credits) > 1:
        form = "numbered"
    pieces, gold = [], []
    shared = ""
    if form == "numbered_shared":
        credit = next(iter(credits)) if credits else ""
        shared = credit or f"本版图片由{article.get('park_short', '')}管委会提供"
        shared_gold = credit or f"{article.get('park_short', '')}管委会"
    for number, caption in enumerate(captions):
        text, credit = str(caption.get("text") or ""), str(caption.get("credit") or "")
        label = ""
        if form.startswith("numbered"):
            label = f"图{CIRCLED[number % len(CIRCLED)]}"
        elif form == "tushuo":
            label = "图说："
        printed_credit = "" if form == "numbered_shared" else credit
        printed = " ".join(part for part in (label + text, printed_credit) if part)
        lines = caption_lines(label + text, printed_credit, width)
        pieces.append(Piece("caption", printed, owner, width, lines=lines, photo=True))
        gold_credit = shared_gold if form == "numbered_shared" else credit
        gold.append({"text": text, "credit": gold_credit, "label": label})
    if shared:
        pieces.append(Piece("credit", shared, owner, width, lines=wrap_words(shared, width)))
    return pieces, gold, shared


def first_sentence(text: str) -> str:
    match = re.match(r".+?[。！？]", text)
    return match.group(0) if match else text


@dataclass
class Heads:
    """An article's headline group as printed, and what the gold says of it."""

    pieces: list[Piece]
    kicker: str
    title: str
    subtitle: str
    byline: str
    width: int  # the body's column width (an inset is narrower)


def set_heads(article: dict, lead: bool, page_width: int, columns: int, conventions: dict,
              rng: random.Random) -> Heads:
    """Kicker, title (the lead's a banner across every column), 副题 after ——, and a head credit."""
    owner = str(article.get("id", ""))
    authors = article_authors(article)
    kicker_form = conventions["kicker"] = choose_kicker(article, rng)
    kicker = kicker_text(kicker_form, article, rng)
    title = str(article.get("title", ""))
    subtitle = f"——{article['subtitle']}" if article.get("subtitle") else ""
    width = max(8, page_width - 2) if kicker_form == "short_comment" else page_width  # an inset
    title_width = width * (columns if lead else 2)
    pieces: list[Piece] = []
    if kicker:
        pieces.append(Piece("kicker", kicker, owner, title_width, head=True))
    lines = headline_lines(title, title_width)
    pieces.append(Piece("title", title, owner, title_width, lines=lines, level=1, head=True, banner=lead))
    if subtitle:
        pieces.append(Piece("subtitle", subtitle, owner, title_width, head=True))
    byline = ""
    if conventions.get("credit") not in (None, "dateline_paren", "closing_paren"):
        byline = head_credit(conventions["credit"], authors, conventions["staff_title"], rng)
        byline_width = title_width if lead else width
        lines = wrap_words(byline, byline_width)
        pieces.append(Piece("byline", byline, owner, byline_width, lines=lines, head=True))
    return Heads(pieces, kicker, title, subtitle, byline, width)


def article_authors(article: dict) -> list[dict]:
    return [a for a in article.get("authors") or [] if isinstance(a, dict) and a.get("name")]


def printed_items(article: dict, lead: bool, kicker: str, conventions: dict,
                  rng: random.Random) -> tuple[list[tuple[str, str, tuple]], int]:
    """The body as printed: the table or 数读 box in place, a 记者手记 afterword, an editor's note
    first; and how many items the note takes."""
    items = body_items(article)
    table = article.get("table")
    if table and table.get("rows"):
        conventions["table"] = rng.choice(CONVENTIONS["table"])
    printed = with_table(items, article, conventions.get("table", "grid"))
    paragraphs = sum(kind == "paragraph" for kind, _ in items)
    # an afterword closes a news story whose last printed item is a paragraph after a paragraph
    closes_on_paragraphs = len(printed) >= 2 and printed[-1][0] == printed[-2][0] == "paragraph"
    reported = article.get("kind") == "news" and bool(article_authors(article))
    if reported and paragraphs >= 4 and closes_on_paragraphs:
        conventions["afterword"] = rng.choice(CONVENTIONS["afterword"])
        if conventions["afterword"] == "jishou":
            printed.insert(len(printed) - 1, ("heading", "记者手记", ()))
    conventions["editor_note"], note = editor_note(kicker, lead, article, rng)
    return note + printed, len(note)


def printed_dateline(article: dict, conventions: dict) -> str:
    """本报讯, or 本报讯（全媒体记者 X 通讯员 Y） when the credit stands in the dateline."""
    if not article.get("dateline"):
        return ""
    dateline = str(article["dateline"])
    if conventions.get("credit") == "dateline_paren":
        dateline = f"{dateline}（{credit_groups(article_authors(article), conventions['staff_title'])}）"
    return dateline


def body_pieces(items: list[tuple[str, str, tuple]], dateline: str, owner: str,
                width: int) -> tuple[list[Piece], list[dict]]:
    """The body's pieces and gold blocks; the dateline opens the first story paragraph, a run in bold."""
    pieces, blocks = [], []
    dated = False
    for kind, text, cells in items:
        run = "编者按：" if text.startswith("编者按：") else ""  # set bold, like a dateline
        if kind == "paragraph" and not run and not dated:
            dated = True
            if dateline:
                run = dateline
                text = f"{dateline}{'' if dateline.endswith('）') else ' '}{text}"
        piece = Piece(kind, text, owner, width, run=run, cells=cells, level=2 if kind == "heading" else 0)
        piece.lines = wrap(text, width, indent=2) if kind == "paragraph" else headline_lines(text, width)
        pieces.append(piece)
        blocks.append({"type": "heading" if kind == "heading" else "paragraph", "text": text})
    return pieces, blocks


def lead_sentence(blocks: list[dict], dateline: str) -> str:
    """The story's first sentence without its dateline: the scorer's lead baseline."""
    text = next((b["text"] for b in blocks if b["type"] == "paragraph"), "")
    if dateline and text.startswith(dateline):
        text = text[len(dateline):].strip()
    return first_sentence(text)


def set_article(article: dict, lead: bool, width: int, columns: int, rng: random.Random) -> Setting:
    """An article's pieces in reading order (headline group first) and its gold."""
    owner = str(article.get("id", ""))
    authors = article_authors(article)
    conventions: dict[str, str] = {"staff_title": rng.choice(CONVENTIONS["staff_title"])}
    credit_form = choose_credit(article, lead, rng)
    if credit_form:
        conventions["credit"] = credit_form
    heads = set_heads(article, lead, width, columns, conventions, rng)
    items, note = printed_items(article, lead, heads.kicker, conventions, rng)
    dateline = printed_dateline(article, conventions)
    body, blocks = body_pieces(items, dateline, owner, heads.width)
    pieces = heads.pieces + body
    byline = heads.byline
    if credit_form == "closing_paren":
        byline = f"（{' '.join(a['name'] for a in authors)}）"
        pieces.append(Piece("closing", byline, owner, heads.width, lines=wrap_words(byline, heads.width)))
    caption_gold: list[dict] = []
    credit_line = ""
    if article.get("captions"):
        conventions["caption"] = rng.choice(CONVENTIONS["caption"])
        caps, caption_gold, credit_line = caption_pieces(article, conventions["caption"], owner, heads.width)
        pieces.extend(caps)
    for piece in pieces:
        if not piece.lines:
            piece.lines = wrap(piece.text, piece.width)
    gold = {
        "id": owner,
        "park": article.get("park", ""),
        "kicker": heads.kicker,
        "title": heads.title,
        "subtitle": heads.subtitle,
        "dateline": dateline,
        "authors": [a["name"] for a in authors],
        "byline": byline,
        "blocks": blocks,
        "captions": caption_gold,
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary", ""),
        "lead_summary": lead_sentence(blocks[note:], dateline),
        "recto": conventions,
    }
    if credit_line:
        gold["caption_credit_line"] = credit_line
    return Setting(pieces, gold)


# ---------------------------------------------------------------- the page


def park_short_names() -> dict[str, str]:
    import csv
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "data" / "hitech_zones.tsv"
    with open(path, encoding="utf-8") as f:
        return {row["official_name"]: row["short_name"] for row in csv.DictReader(f, delimiter="\t")}


_SHORT: dict[str, str] = {}


def short_name(park: str) -> str:
    if not _SHORT:
        _SHORT.update(park_short_names())
    return _SHORT.get(park, park)


def page_conventions(rng: random.Random) -> dict:
    return {key: rng.choice(values) for key, values in PAGE_CONVENTIONS.items()}


def pick_articles(articles: list[dict], page: dict, rng: random.Random) -> list[dict]:
    """The page's stories, the lead first: the longest of them opens the page under the banner."""
    low, high = (3, 5) if page["format"] == "broadsheet" else (6, 9)
    chosen = rng.sample(articles, min(len(articles), rng.randint(low, high)))
    chosen.sort(key=lambda a: -sum(len(str(p)) for p in a.get("body") or []))
    lead, rest = chosen[0], chosen[1:]
    rng.shuffle(rest)
    return [lead] + rest


def header_pieces(page: dict, lead_park: str, rng: random.Random) -> list[Piece]:
    daily, supplement = rng.choice(DAILIES), rng.choice(SUPPLEMENTS)
    issue = rng.randint(12, 260)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    weekday = "一二三四五六日"[rng.randrange(7)]
    parts = [
        f"{daily}· {supplement}",
        f"第{issue}期",
        f"主编 {rng.choice(EDITORS)}",
        f"本期协办：{short_name(lead_park)}管委会",
        f"{rng.randint(2021, 2026)}年{month}月{day}日 星期{weekday}",
    ]
    gap = page["header_separator"] == "gap"
    separator = "  " if gap else " · "
    if page["header"] == "one_line":
        return [Piece("furniture", separator.join(parts), cells=tuple(parts) if gap else ())]
    rest = parts[1:]
    second = Piece("furniture", separator.join(rest), cells=tuple(rest) if gap else ())
    return [Piece("furniture", parts[0]), second]


def footer_pieces(page: dict, rng: random.Random) -> list[Piece]:
    pieces = []
    if page["footer"] in ("editors", "both"):
        names = rng.sample(EDITORS, 3)
        parts = (f"责编 {names[0]}", f"校对 {names[1]}", f"版式 {names[2]}")
        pieces.append(Piece("furniture", "  ".join(parts), cells=parts))
    if page["footer"] in ("hotline", "both"):
        parts = (f"专刊热线：0{rng.randint(731, 799)}-{rng.randint(82000000, 89999999)}",
                 f"投稿邮箱：gxzk{rng.randint(1, 99)}@163.com")
        pieces.append(Piece("furniture", "  ".join(parts), cells=parts))
    number = rng.randint(5, 11)
    numbers = (f"{number:02d}",) if page["format"] == "broadsheet" else (f"{number:02d}", f"{number + 1:02d}")
    pieces.extend(Piece("furniture", n) for n in numbers)
    return pieces


def qr_piece(page: dict) -> Piece | None:
    prompt = {"video": "扫码看视频", "scan": "扫描二维码 看更多精彩"}.get(page["qr_prompt"])
    return Piece("furniture", prompt) if prompt else None


def page_pieces(page: dict, settings: list[Setting], order: str, rng: random.Random) -> list[Piece]:
    """The page in reading order, headline groups placed as the reader puts them."""
    pieces = printed_page(page, settings, rng)
    return place_headlines(pieces, settings[0].gold["id"], order)


def printed_page(page: dict, settings: list[Setting], rng: random.Random) -> list[Piece]:
    """The page top to foot as printed: header, slogan, the lead, the 专题 banner over the rest, foot."""
    pieces = header_pieces(page, settings[0].gold["park"], rng)
    if page["slogan"] == "banner":
        pieces.append(Piece("furniture", rng.choice(SLOGANS)))
    qr = qr_piece(page)
    for number, setting in enumerate(settings):
        if number == 1 and page["zhuanti"] == "banner":
            pieces.append(Piece("furniture", rng.choice(ZHUANTI)))
        story = list(setting.pieces)
        if qr and any(p.photo for p in story):
            story.append(qr)
            qr = None
        pieces.extend(story)
    pieces.extend(footer_pieces(page, rng))
    for piece in pieces:
        if piece.role == "furniture":
            piece.lines = [piece.text]
    return pieces


def place_headlines(pieces: list[Piece], lead: str, order: str) -> list[Piece]:
    """`after_body`: each story's headline group after its body; `grouped`: the headline groups of
    the stories under the lead all after the last of them. The lead's banner stays on top."""
    if order == "reading":
        return pieces
    out: list[Piece] = []
    held: list[Piece] = []
    for index, piece in enumerate(pieces):
        moving = piece.owner and piece.owner != lead and piece.head
        if moving:
            held.append(piece)
            continue
        out.append(piece)
        nxt = pieces[index + 1] if index + 1 < len(pieces) else None
        story_ends = piece.owner and piece.owner != lead and (nxt is None or nxt.owner != piece.owner)
        if order == "after_body" and story_ends and held:
            out.extend(held)
            held = []
    if held:  # grouped: after the last story, before the foot
        foot = len(out)
        while foot and not out[foot - 1].owner:
            foot -= 1
        out[foot:foot] = held
    return out


# ---------------------------------------------------------------- readers


def spaced_numbers(line: str, rng: random.Random) -> str:
    """The documented reader's spaces around numbers ("2015 年的 22 名")."""
    def spaced(match: re.Match) -> str:
        return f" {match.group(0)} " if rng.random() < 0.5 else match.group(0)

    return re.sub(r"\d+(?:\.\d+)?", spaced, line).strip()


def documented_line(line: str, last: bool, rng: random.Random) -> str:
    """A body line as the documented reader writes it: numbers spaced now and then, and a line the
    justification stretched (never a paragraph's last) with a space between its characters."""
    if not last and rng.random() < 0.02 and not re.search(r"[0-9A-Za-z]", line):
        return " ".join(line)
    return spaced_numbers(line, rng) if rng.random() < 0.3 else line


def read_documented(pieces: list[Piece], rng: random.Random) -> tuple[str, list[str]]:
    """A blank line after each printed line, none after a half-width ending; a headline's lines
    one newline apart; some numbers spaced, a few lines letter-spaced."""
    out: list[str] = []
    for piece in pieces:
        lines = piece.lines
        if piece.role == "paragraph":
            lines = [documented_line(line, k == len(lines) - 1, rng) for k, line in enumerate(lines)]
        if piece.head or piece.role == "furniture":  # a headline's lines one newline apart
            lines = ["\n".join(lines)]
        for line in lines:
            out.append(line + ("\n" if half_width_end(line) else "\n\n"))
    return "".join(out), []


def read_textract_lines(pieces: list[Piece], rng: random.Random, spread: bool) -> tuple[str, list[str]]:
    """LINE blocks: one a line; a wide gap splits a printed line; a table cell is its own LINE; a
    banner across a spread's fold is two LINEs."""
    out: list[str] = []
    for piece in pieces:
        if piece.cells:
            out.extend(piece.cells)
        elif piece.banner and spread:
            for line in piece.lines:
                half = max(1, len(line) // 2)
                out.extend((line[:half], line[half:]) if len(line) > 3 else (line,))
        else:
            out.extend(piece.lines)
    return "\n".join(out) + "\n", []


def markdown_table(rows: list[tuple[str, ...]]) -> tuple[list[str], list[str]]:
    """GitHub Markdown rows, and the markup that is not the page's text (for the gold's furniture)."""
    # as tabulate's "github" format pads them: every cell to its column's width, dashes two longer
    widths = [max(len(row[k]) if k < len(row) else 0 for row in rows) for k in range(len(rows[0]))]

    def row_line(row: tuple[str, ...]) -> str:
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(row, widths)) + " |"

    rule = "|" + "|".join("-" * (width + 2) for width in widths) + "|"
    lines = [row_line(rows[0]), rule] + [row_line(row) for row in rows[1:]]
    markup = ["|" * (len(widths) + 1) for _ in rows] + [rule]
    return lines, markup


def row_groups(pieces: list[Piece]) -> list[list[Piece] | Piece]:
    """Pieces with each run of table rows gathered into one list (a table is one layout element)."""
    out: list[list[Piece] | Piece] = []
    for piece in pieces:
        if piece.role == "row" and out and isinstance(out[-1], list):
            out[-1].append(piece)
        elif piece.role == "row":
            out.append([piece])
        else:
            out.append(piece)
    return out


def read_textractor(pieces: list[Piece], rng: random.Random) -> tuple[str, list[str]]:
    """Layout elements a blank line apart, an element's lines joined by a space; # title, ## section."""
    blocks, markup = [], []
    for item in row_groups(pieces):
        if isinstance(item, list):
            lines, marks = markdown_table([row.cells for row in item])
            blocks.append("\n".join(lines))
            markup += marks
            continue
        blocks.append(_marked_heading(" ".join(item.lines), item.level, markup))
    return "\n\n".join(blocks) + "\n", markup


def _marked_heading(text: str, level: int, markup: list[str]) -> str:
    """A title after "# ", a section header after "## " (the marks noted as the reader's markup)."""
    prefix = {1: "#", 2: "##"}.get(level, "")
    if not prefix:
        return text
    markup.append(prefix)
    return f"{prefix} {text}"


def read_draw(pieces: list[Piece], rng: random.Random) -> tuple[str, list[str]]:
    """A paragraph a text frame: every printed line, and a leading run in another font split off."""
    out: list[str] = []
    for piece in pieces:
        lines = list(piece.lines)
        if piece.run and lines and lines[0].startswith(piece.run) and len(lines[0]) > len(piece.run):
            lines[0:1] = [piece.run, lines[0][len(piece.run):].strip()]
        if piece.cells and piece.role == "row":
            lines = list(piece.cells)
        out.extend(line for line in lines if line.strip())
    return "\n".join(out) + "\n", []


def html_table(rows: list[tuple[str, ...]]) -> tuple[str, list[str]]:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    html = f"<table>{cells}</table>"
    markup = html
    for row in rows:
        for cell in row:
            markup = markup.replace(f"<td>{cell}</td>", "<td></td>", 1)
    return html, [markup]


def read_textin(pieces: list[Piece], rng: random.Random) -> tuple[str, list[str]]:
    """OCR Markdown: a paragraph's lines merged, # title and ## subheadings, HTML tables, an image
    link before each photo's caption."""
    blocks, markup = [], []
    for item in row_groups(pieces):
        if isinstance(item, list):
            html, marks = html_table([row.cells for row in item])
            blocks.append(html)
            markup += marks
            continue
        if item.photo:
            link = f"![](https://web-api.textin.com/ocr_image/external/{rng.getrandbits(64):016x}.jpg)"
            blocks.append(link)
            markup.append(link)
        text = "".join(item.lines)
        if item.cells and item.role == "furniture":
            text = " ".join(item.cells)
        blocks.append(_marked_heading(text, item.level, markup))
    return "\n\n".join(blocks) + "\n", markup


NOTES = (
    "Gold of a page set by the recto layouter. Texts are as printed (the scorer drops whitespace); a "
    "dateline stays in its first paragraph; byline holds a credit line printed apart from the body "
    "(under the headline, or （X Y） after the last sentence); a caption's label (图①, 图说：) is "
    "under label, and caption_credit_line is the one credit line printed for numbered photos; a "
    "table's rows are paragraphs; furniture also holds a reader's Markdown/HTML markup; "
    "optional_break marks a paragraph break the line layout does not show."
)

LINE_READERS = ("documented", "textract_lines", "draw_frames")  # whose paragraph breaks can hide


def headline_order(extractor: str, rng: random.Random) -> str:
    """Where the reader puts headlines: the documented reader apart from their bodies, Draw in the
    order the page was drawn (body frames first, or not), the others in reading order."""
    if extractor == "documented":
        return rng.choice(("after_body", "grouped"))
    if extractor == "draw_frames":
        return rng.choice(("reading", "after_body"))
    return "reading"


def read(extractor: str, pieces: list[Piece], rng: random.Random, spread: bool) -> tuple[str, list[str]]:
    if extractor == "documented":
        return read_documented(pieces, rng)
    if extractor == "textract_lines":
        return read_textract_lines(pieces, rng, spread)
    if extractor == "textractor_markdown":
        return read_textractor(pieces, rng)
    if extractor == "draw_frames":
        return read_draw(pieces, rng)
    return read_textin(pieces, rng)


# ---------------------------------------------------------------- gold


def mark_hidden_breaks(setting: Setting) -> None:
    """A paragraph after one whose last line fills the column starts with no visible break: the
    break before it is optional (a line reader shows no short line to tell it by)."""
    previous: Piece | None = None
    index = 0
    for piece in setting.pieces:
        if piece.role not in ("paragraph", "heading", "row"):
            continue
        block = setting.gold["blocks"][index]
        if piece.role == "paragraph" and previous is not None and previous.role == "paragraph":
            if full(previous.lines[-1], previous.width):
                block["optional_break"] = True
        previous, index = piece, index + 1


def gold_furniture(pieces: list[Piece], extractor: str) -> list[str]:
    """The page's furniture as the reader writes it (a header split in parts where it splits)."""
    out = []
    for piece in pieces:
        if piece.role != "furniture":
            continue
        if piece.cells and extractor in ("textract_lines", "textin_markdown"):
            out.extend(piece.cells)
        else:
            out.extend(piece.lines)
    return out


def recto_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """One page of the supplement, read by one of the readers: (raw text, gold)."""
    rng = random.Random(f"recto:{seed}")
    page = page_conventions(rng)
    extractor = rng.choices(list(EXTRACTOR_WEIGHTS), weights=list(EXTRACTOR_WEIGHTS.values()))[0]
    order = headline_order(extractor, rng)
    width = page["column_ems"]
    chosen = pick_articles([a for a in articles if isinstance(a, dict)], page, rng)
    settings = []
    for number, article in enumerate(chosen):
        article = dict(article, park_short=short_name(str(article.get("park", ""))))
        settings.append(set_article(article, number == 0, width, page["columns"], rng))
    pieces = page_pieces(page, settings, order, rng)
    raw, markup = read(extractor, pieces, rng, page["format"] == "spread")
    if extractor in LINE_READERS:
        for setting in settings:
            mark_hidden_breaks(setting)
    gold = {
        "page": "",
        "notes": NOTES,
        "extractor": extractor,
        "recto_page": dict(page, headline_order=order, habits=list(HABITS[extractor])),
        "articles": [s.gold for s in settings],
        "furniture": gold_furniture(pieces, extractor) + markup,
        "unassigned": [],
    }
    return raw, gold


# ---------------------------------------------------------------- helpers for the tests


def gold_text_pieces(gold: dict) -> list[str]:
    """Every printed string the gold accounts for, each once (a dateline is inside its first block;
    a shared credit line stands for the captions' credits)."""
    out = list(gold.get("furniture", [])) + list(gold.get("unassigned", []))
    for article in gold["articles"]:
        out += [article.get(k, "") for k in ("kicker", "title", "subtitle", "byline")]
        out += [block["text"] for block in article["blocks"]]
        shared = article.get("caption_credit_line", "")
        out.append(shared)
        for caption in article.get("captions", []):
            out += [caption.get("label", ""), caption.get("text", "")]
            if not shared:
                out.append(caption.get("credit", ""))
    return out


def non_space(text: str) -> str:
    return re.sub(r"\s+", "", text)


def conservation_gap(raw: str, gold: dict) -> tuple[str, str]:
    """(characters of the page the gold lacks, characters the gold has beyond the page), sorted."""
    from collections import Counter

    page = Counter(non_space(raw))
    held = Counter(non_space("".join(gold_text_pieces(gold))))
    return "".join(sorted((page - held).elements())), "".join(sorted((held - page).elements()))


def as_prediction(gold: dict) -> dict:
    """The gold as a parse would print it: what a perfect parse scores."""
    articles = []
    for article in gold["articles"]:
        articles.append({k: v for k, v in article.items() if k != "recto"})
    return {"articles": articles}


__all__ = [
    "CONVENTIONS",
    "EXTRACTOR_WEIGHTS",
    "HABITS",
    "HEADLINE_ORDERS",
    "PAGE_CONVENTIONS",
    "as_prediction",
    "conservation_gap",
    "recto_page",
]
