"""The twenty-eighth layouter: a city evening paper's Monday 科创/园区 page, set in an old
InDesign template by a small desk in a hurry and read back by one of several extractors.

`bodkin_page(seed, articles)` lays 2-6 corpus articles out on a page of 3-5 columns and returns
the raw text an extractor writes from it with its gold annotation. The page carries an L-shaped
lead wrapped round a photo, banner 专题 heads over two stories, 图说 photo stories, a 一周园区
column of dated run-in items, 读者热线/记者调查 and 记者观察 columns, 三问/快问快答
mini-interviews with numbered questions, 新闻链接 boxes, a 园区名片 fact card, a 公益广告 block,
an ornamented section bar and a folio of page number, date and editors. Every value drawn is
noted in the gold under `bodkin:` (per article and per page), and the page says which
extractor read it back (`extractor`).
"""

from __future__ import annotations

import csv
import datetime
import random
import re
from pathlib import Path

from tests.goldtext import lead_sentence

ZONES = Path(__file__).resolve().parent.parent / "data" / "hitech_zones.tsv"

# Per article: each convention and every value it takes.
CONVENTIONS: dict[str, tuple] = {
    # the story's module on the page
    "slot": (
        "plain",
        "lead_wrap",
        "banner",
        "tushuo",
        "weekly",
        "hotline",
        "survey",
        "observer",
        "sanwen",
    ),
    # how the story's people are credited
    "credit": ("dateline", "wanbao_dateline", "wanbao_top", "report_line", "end_paren"),
    # the headline deck
    "deck": ("stacked", "title_first", "title_wrapped", "kicker_in_bar"),
    # marks before a subheading
    "subhead": ("none", "plain", "chevron", "diamond", "arabic", "star"),
    # how a photo caption and its credit are printed
    "caption": ("none", "tuwei", "credit_first", "tri_mark", "photo_by"),
    # a paragraph's first line
    "indent": ("lost", "flush", "hang_space"),
    # what the desk adds under the story
    "tail": ("none", "hotline_call", "weibo_tag", "link_box"),
    # question numbers in a mini-interview
    "qa": ("as_is", "arabic", "q_tag"),
    # the rule closing the story's module
    "rule": ("none", "dotted", "wave", "double"),
    # the column measure in characters
    "measure": tuple(range(11, 21)),
}

# Per page.
PAGE_CONVENTIONS: dict[str, tuple] = {
    "columns": (3, 4, 5),
    "bar": ("园区·动态", "科创 | 周刊", "◆科创园区◆", "园区 · 新闻 · 科创"),
    "folio": ("top", "foot", "split"),
    "psa": ("none", "mid", "foot"),
    "card": ("none", "park_card", "firm_card"),
    "extractor": (
        "acrobat_copy",
        "pdfplumber_tight",
        "pdfplumber_loose",
        "preview_copy",
        "archive_ocr",
        "wechat_export",
        "calibre_txt",
    ),
}

# What each extractor does to the page when it writes it out.
EXTRACTORS: dict[str, tuple[str, ...]] = {
    "acrobat_copy": ("reflow_paragraph", "nel_soft_return"),
    "pdfplumber_tight": ("line_dense", "tight_split_spaces"),
    "pdfplumber_loose": ("line_dense", "loose_glued_rail"),
    "preview_copy": ("preview_space_breaks",),
    "archive_ocr": ("ocr_blank_paras", "ocr_stray_space", "ocr_dropped_indent", "ocr_head_after_column"),
    "wechat_export": ("reflow_paragraph", "wechat_blank_paras"),
    "calibre_txt": ("reflow_paragraph", "calibre_hard_wrap"),
}
HABITS: tuple[str, ...] = tuple(dict.fromkeys(h for habits in EXTRACTORS.values() for h in habits))

# How the columns set the measure of a story.
MEASURES = {3: range(17, 21), 4: range(14, 17), 5: range(11, 14)}

SUBHEAD_MARKS = {"plain": "", "chevron": "〉〉", "diamond": "◇", "star": "☆"}
RULES = {"dotted": "┄" * 8, "wave": "～" * 8, "double": "═" * 8}
TAILS = {
    "hotline_call": "（园区新鲜事，欢迎拨打晚报新闻热线96811提供线索）",
    "weibo_tag": "#园区新鲜事# 更多内容请下载晚报客户端",
}
PSA_SLOGANS = ("创新点亮城市 科技温暖生活", "节约用水 从我做起", "文明出行 礼让斑马线", "垃圾分类 新时尚")
BANNER_HEADS = ("专题·园区新动能", "专题｜聚焦科创园区", "专题：园区一线")
EDITORS = ("钮柏松", "亓丹", "笪宏", "仉岚", "逯晓", "昝云飞", "邝敏", "禚秋")
WEEKDAYS = "一二三四五六日"
CLOSING = set("，。、；：？！”’）》」")
OPENING = set("“‘（《「")
SPEAKER = re.compile(r"^[^，。：]{1,8}[：:]")  # a turn of an interview: 答：, 闵思远：
QUESTION = re.compile(r"^(问|记者)[：:]")
PAPER_ROLES = ("记者", "通讯员", "实习生", "评论员", "首席记者")


def zones() -> dict[str, dict]:
    with open(ZONES, encoding="utf-8") as f:
        return {row["official_name"]: row for row in csv.DictReader(f, delimiter="\t")}


def paper_role(role: str) -> str:
    """A role as the evening paper prints it above or under a story."""
    role = role or ""
    if role.startswith("本报"):
        return "晚报" + role[2:]
    return "晚报" + role if role in PAPER_ROLES else role


def credit_names(authors: list[dict], evening: bool) -> str:
    parts = []
    for author in authors:
        role = (
            paper_role(author.get("role", "")) if evening else (author.get("role") or "").removeprefix("本报")
        )
        parts.append(f"{role} {author['name']}".strip())
    return " ".join(parts)


def captions_of(article: dict) -> list[dict]:
    found = article.get("captions") or ([article["caption"]] if article.get("caption") else [])
    return [{"text": c.get("text") or "", "credit": c.get("credit") or ""} for c in found]


def wrap(text: str, width: int, first: int | None = None, later_prefix: str = "") -> list[str]:
    """Cut text into printed lines: the first `first` wide, the rest `width` (after a prefix)."""
    lines, rest, size = [], text, first or width
    while rest:
        lines.append(rest[:size] if not lines else later_prefix + rest[:size])
        rest = rest[size:]
        size = width - len(later_prefix)
    return lines or [""]


class Page:
    """The printed page as a list of lines: each a dict of text, kind and paragraph end."""

    def __init__(self) -> None:
        self.lines: list[dict] = []
        self.furniture: list[str] = []

    def furn(self, text: str, kind: str = "line") -> None:
        self.furniture.append(text)
        self.lines.append({"text": text, "kind": kind, "end": True, "art": None})

    def add(self, text: str, kind: str, art: int | None, end: bool = True) -> None:
        self.lines.append({"text": text, "kind": kind, "end": end, "art": art})


def draw_slots(rng: random.Random, chosen: list[dict]) -> list[str]:
    """Each story's module; a banner head covers a pair of stories."""
    slots: list[str] = []
    second = False
    for i, article in enumerate(chosen):
        if second:
            slots.append("banner")  # the second story under the banner head
            second = False
            continue
        body = [b for b in article["body"] if isinstance(b, str)]
        eligible = ["plain", "hotline", "survey", "observer"]
        eligible += ["lead_wrap"] if i == 0 else []
        eligible += ["banner"] if i + 1 < len(chosen) else []
        eligible += ["tushuo"] if captions_of(article) else []
        eligible += ["weekly"] * 3 if len(body) <= 2 and not any(b.startswith("## ") for b in body) else []
        eligible += ["sanwen"] * 3 if sum(bool(QUESTION.match(b)) for b in body) >= 2 else []
        slots.append(rng.choice(eligible))
        second = slots[-1] == "banner"
    return slots


def bodkin_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    rng = random.Random(f"bodkin:{seed}")
    count = rng.randint(2, min(6, len(articles)))
    chosen = rng.sample(articles, count)
    page_conv = {name: rng.choice(values) for name, values in PAGE_CONVENTIONS.items()}
    habits = list(EXTRACTORS[page_conv["extractor"]])
    monday = datetime.date(2021, 1, 4) + datetime.timedelta(weeks=rng.randrange(200))
    page = Page()
    folio_no = f"A{rng.randint(2, 16):02d}"
    date_line = f"{monday.year}年{monday.month}月{monday.day}日 星期一"
    editors = rng.sample(EDITORS, 3)
    editor_line = f"责任编辑：{editors[0]}  美术编辑：{editors[1]}  校对：{editors[2]}"
    if page_conv["folio"] in ("top", "split"):
        page.furn(f"{folio_no}  科创·园区")
        page.furn(date_line)
    page.furn(page_conv["bar"])
    slots = draw_slots(rng, chosen)
    gold_articles = []
    weekly_open = False
    for index, (article, slot) in enumerate(zip(chosen, slots)):
        conv = {name: rng.choice(values) for name, values in CONVENTIONS.items()}
        conv["slot"] = slot
        conv["measure"] = rng.choice(MEASURES[page_conv["columns"]])
        if slot != "weekly":
            weekly_open = False
        if slot == "banner" and _pair_start(slots, index):
            conv["banner_head"] = rng.choice(BANNER_HEADS)
            page.furn(conv["banner_head"])
        gold = lay_article(rng, page, index, article, conv, monday, weekly_open)
        weekly_open = slot == "weekly"
        gold_articles.append(gold)
        if index == 0 and page_conv["card"] != "none":
            lay_card(page, page_conv["card"], article)
        if page_conv["psa"] == "mid" and index == (count - 1) // 2:
            page_conv["psa_slogan"] = lay_psa(rng, page)
    if page_conv["psa"] == "foot":
        page_conv["psa_slogan"] = lay_psa(rng, page)
    if page_conv["folio"] in ("foot", "split"):
        page.furn(editor_line)
        if page_conv["folio"] == "foot":
            page.furn(f"{date_line}  {folio_no}")
        else:
            page.furn(folio_no)
    raw = read_back(rng, page, habits)
    drawn = {"articles": count, "date": monday.isoformat(), "folio_no": folio_no, "editors": editors}
    page_conv_out = dict(page_conv) | drawn | {"habits": habits}
    gold = {
        "page": "",
        "notes": "Gold annotation of a page laid out by tests/bodkin.py (an evening paper's Monday "
        "科创/园区 page) and read back by the named extractor. Body text is whitespace-free; "
        "ornaments, labels, numbers of questions and column logos are furniture.",
        "extractor": page_conv["extractor"],
        "articles": gold_articles,
        "furniture": page.furniture,
        "bodkin": page_conv_out,
    }
    return raw, gold


def _pair_start(slots: list[str], index: int) -> bool:
    """Whether the banner story at index opens a new pair (the stories before it form one)."""
    run = 0
    while index - run - 1 >= 0 and slots[index - run - 1] == "banner":
        run += 1
    return run % 2 == 0


def lay_card(page: Page, card: str, article: dict) -> None:
    row = zones().get(article["park"], {})
    short = row.get("short_name") or article["park"]
    if card == "park_card":
        page.furn("园区名片", "rail")
        page.furn(f"{short}", "rail")
        province, city = row.get("province", ""), row.get("city", "")
        page.furn(f"所在地：{province}{city if city != province else ''}", "rail")
        aliases = [a for a in (row.get("common_aliases") or "").split("|") if a]
        if aliases:
            page.furn(f"又称：{aliases[0]}", "rail")
    else:
        page.furn("企业名片", "rail")
        page.furn(f"所在园区：{short}", "rail")
        page.furn(f"主要领域：{'、'.join(article.get('topics') or ['科技创新'])}", "rail")


def lay_psa(rng: random.Random, page: Page) -> str:
    page.furn("公益广告", "rail")
    slogan = rng.choice(PSA_SLOGANS)
    page.furn(slogan, "rail")
    page.furn("晚报社 宣", "rail")
    return slogan


def lay_article(
    rng: random.Random,
    page: Page,
    index: int,
    article: dict,
    conv: dict,
    monday: datetime.date,
    weekly_open: bool,
) -> dict:
    slot, measure = conv["slot"], conv["measure"]
    kicker = article.get("kicker") or ""
    title = article["title"]
    subtitle = article.get("subtitle") or ""
    authors = [a for a in (article.get("authors") or []) if a.get("name")]
    names = [a["name"] for a in authors]
    body = [b for b in article["body"] if isinstance(b, str) and b.strip()]
    blocks = [
        {"type": "heading", "text": b[3:].strip()}
        if b.startswith("## ")
        else {"type": "paragraph", "text": b}
        for b in body
    ]
    captions = captions_of(article)
    questions = [k for k, b in enumerate(blocks) if b["type"] == "paragraph" and QUESTION.match(b["text"])]
    if slot != "sanwen":
        conv["qa"] = "as_is"
    paragraphs = [k for k, b in enumerate(blocks) if b["type"] == "paragraph"]
    if conv["tail"] == "link_box" and (
        len(paragraphs) < 3
        or slot in ("weekly", "sanwen", "tushuo")
        or blocks[-1]["type"] != "paragraph"
        or SPEAKER.match(blocks[-1]["text"])
    ):
        conv["tail"] = "none"
    if not captions:
        conv["caption"] = "none"
    if not any(b["type"] == "heading" for b in blocks):
        conv["subhead"] = "none"
    if slot == "weekly" and conv["credit"] in ("wanbao_top", "report_line"):
        conv["credit"] = "end_paren"  # a brief's credit closes the item
    credit = conv["credit"]
    dateline, byline = "", ""
    if credit == "dateline":
        dateline = f"本报讯（{credit_names(authors, False)}）" if authors else "本报讯"
    elif credit == "wanbao_dateline":
        dateline = f"晚报讯（{credit_names(authors, False)}）" if authors else "晚报讯"
    elif authors and credit == "wanbao_top":
        byline = credit_names(authors, True)
    elif authors and credit == "report_line":
        byline = credit_names(authors, True) + " 报道"
    elif authors and credit == "end_paren":
        byline = f"（{credit_names(authors, True)}）"
    # printed captions
    printed_caps = []
    for cap in captions:
        text, who = cap["text"], cap["credit"]
        form = conv["caption"]
        labelled = re.search(r"(摄|供图|提供)$", who)
        if form == "tuwei":
            text, who = ("图为：" + text if text else ""), (f"{who} 摄" if who and not labelled else who)
        elif form == "credit_first":
            who = f"摄影：{who}" if who and not labelled else who
        elif form == "tri_mark":
            text, who = ("▲" + text if text else ""), (f"{who}供图" if who and not labelled else who)
        else:
            who = f"图／{who}" if who and not labelled else who
        printed_caps.append({"text": text, "credit": who, "form": form})

    def caption_lines() -> None:
        for cap in printed_caps:
            if cap["form"] == "credit_first":
                if cap["credit"]:
                    page.add(cap["credit"], "cap", index)
                cut = wrap(cap["text"], measure) if cap["text"] else []
            else:
                cut = wrap(
                    cap["text"] + ("  " if cap["text"] and cap["credit"] else "") + cap["credit"], measure
                )
            for n, line in enumerate(cut):
                page.add(line, "cap", index, end=n == len(cut) - 1)

    # the column logo above the story
    if slot == "weekly" and not weekly_open:
        page.furn("一周园区")
    elif slot == "hotline":
        page.furn("读者热线")
    elif slot == "survey":
        page.furn("记者调查")
    elif slot == "observer":
        page.furn("记者观察")
    elif slot == "sanwen":
        page.furn("三问" if len(questions) == 3 else "快问快答")
    if slot == "tushuo":
        page.furn("图说")
        caption_lines()
    # the deck
    deck: list[str] = []
    if slot == "weekly":
        pass  # the title runs in after the item's date
    else:
        title_lines = [title]
        if conv["deck"] == "title_wrapped" and len(title) > 9:
            cut = len(title) // 2
            while cut > 1 and (title[cut - 1] in OPENING or title[cut] in CLOSING):
                cut -= 1  # no opening mark ends the line, no closing mark starts one
            title_lines = [title[:cut], title[cut:]]
        if conv["deck"] == "title_first":
            deck = title_lines + [kicker] + [subtitle]
        else:
            deck = [kicker] + title_lines + [subtitle]
        for line in (d for d in deck if d):
            if conv["deck"] == "kicker_in_bar" and line == kicker:
                page.furniture += ["〓", "〓"]
                line = f"〓{kicker}〓"
            page.add(line, "deck", index)
    if byline and credit in ("wanbao_top", "report_line"):
        page.add(byline, "deck" if credit == "report_line" else "credit", index)
    # the body
    lead_in = ""
    if slot == "weekly":
        day = monday - datetime.timedelta(days=rng.randint(1, 7))
        token = rng.choice([f"◎周{WEEKDAYS[day.weekday()]}", f"{day.month}月{day.day}日", f"{day.day}日"])
        page.furniture.append(token)
        conv["weekly_token"] = token
        head = " ".join(part for part in (kicker, title) if part) + (f"——{subtitle}" if subtitle else "")
        if subtitle:
            page.furniture.append("——")
        lead_in = f"{token} {head}　"
    lead_in += dateline
    narrow = 6 if slot == "lead_wrap" else 0  # lines set short beside the lead's photo
    narrowed: list[str] = []
    wrap_done = narrow == 0
    qnum = 0
    for k, block in enumerate(blocks):
        text = block["text"]
        if block["type"] == "heading":
            mark = SUBHEAD_MARKS.get(conv["subhead"], "")
            if conv["subhead"] == "arabic":
                mark = f"{sum(b['type'] == 'heading' for b in blocks[:k]) + 1}."
            if mark:
                page.furniture.append(mark)
            page.add(mark + text, "head", index)
            continue
        if conv["tail"] == "link_box" and k == len(blocks) - 1:
            page.furn("新闻链接")
        prefix = ""
        if k in questions and conv["qa"] != "as_is":
            qnum += 1
            prefix = f"{qnum}." if conv["qa"] == "arabic" else f"Q{qnum} "
            page.furniture.append(prefix.strip())
        if k == paragraphs[0]:
            prefix = lead_in + prefix
        if k == paragraphs[-1] and credit == "end_paren" and byline:
            text = text + byline
        full = prefix + text
        lines, n = [], 0
        while full:
            width = measure - (5 if len(narrowed) < narrow else 0)
            if n == 0 and conv["indent"] == "lost":
                width -= 2
            lead = " " if n and conv["indent"] == "hang_space" else ""
            width = max(4, width - len(lead))
            if full[width : width + 1] in CLOSING:
                width += 1  # kinsoku: a closing mark hangs at the line's end
            elif width > 4 and full[width - 1 : width] in OPENING:
                width -= 1  # and an opening mark is pushed to the next line
            lines.append(lead + full[:width])
            full = full[width:]
            n += 1
            if len(narrowed) < narrow:
                narrowed.append(lines[-1])
        for n, line in enumerate(lines):
            page.add(line, "body", index, end=n == len(lines) - 1)
            if narrow and not wrap_done and len(narrowed) >= narrow and line is narrowed[-1]:
                wrap_done = True
                caption_lines()
    if not wrap_done:  # a lead shorter than its photo: the caption follows it
        caption_lines()
    if slot not in ("tushuo", "lead_wrap"):
        caption_lines()
    if conv["tail"] in TAILS:
        page.furn(TAILS[conv["tail"]])
    if conv["rule"] in RULES:
        page.furn(RULES[conv["rule"]])
    gold = {
        "id": article.get("id", f"article-{index + 1}"),
        "park": article.get("park", ""),
        "kicker": kicker,
        "title": title,
        "subtitle": subtitle,
    }
    if subtitle:
        gold["title_alternatives"] = [subtitle]
    gold |= {
        "dateline": dateline,
        "authors": names,
        "byline": byline,
        "blocks": blocks,
        "captions": [{"text": c["text"], "credit": c["credit"]} for c in printed_caps],
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary", ""),
        "lead_summary": lead_sentence(blocks),
        "bodkin": conv,
    }
    return gold


def read_back(rng: random.Random, page: Page, habits: list[str]) -> str:
    """The page's text as the extractor writes it."""
    lines = [dict(line) for line in page.lines]
    if "ocr_head_after_column" in habits:
        lines = heads_after_column(lines)
    if "loose_glued_rail" in habits:
        lines = glued_rails(lines)
    out: list[str] = []
    if any(h in habits for h in ("reflow_paragraph", "preview_space_breaks")):
        joiner = " " if "preview_space_breaks" in habits else ""
        buffers: dict[str, list[str]] = {"body": [], "cap": []}
        for line in lines:
            if line["kind"] in buffers:  # a paragraph's or a caption's lines run together
                buffer = buffers[line["kind"]]
                buffer.append(line["text"] if not buffer else line["text"].lstrip())
                if not line["end"]:
                    continue
                if "nel_soft_return" in habits:
                    text = "".join(part + ("\x85" if n % 5 == 4 else "") for n, part in enumerate(buffer))
                else:
                    text = joiner.join(buffer)
                buffer.clear()
            else:
                text = line["text"]
            if "calibre_hard_wrap" in habits:
                out += [text[i : i + 40] for i in range(0, max(1, len(text)), 40)]
                out.append("")
            else:
                out.append(text)
                if "wechat_blank_paras" in habits:
                    out.append("")
    else:
        for line in lines:
            text = line["text"]
            if "ocr_dropped_indent" in habits:
                text = text.lstrip()
            if "ocr_stray_space" in habits and len(text) > 6 and rng.random() < 0.3:
                cut = rng.randrange(1, len(text) - 1)
                text = text[:cut] + " " + text[cut:]
            if "tight_split_spaces" in habits:
                text = re.sub(r"([，。、；])(?=.)", r"\1 ", text)
            out.append(text)
            if "ocr_blank_paras" in habits and line["end"]:
                out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def heads_after_column(lines: list[dict]) -> list[dict]:
    """OCR zoning: a story's deck is read after the first six lines of its body."""
    out: list[dict] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if line["kind"] != "deck":
            out.append(line)
            k += 1
            continue
        deck = []
        while k < len(lines) and lines[k]["kind"] == "deck" and lines[k]["art"] == line["art"]:
            deck.append(lines[k])
            k += 1
        body = []
        while (
            k < len(lines) and len(body) < 6 and lines[k]["kind"] == "body" and lines[k]["art"] == line["art"]
        ):
            body.append(lines[k])
            k += 1
        out += body + deck
    return out


def glued_rails(lines: list[dict]) -> list[dict]:
    """pdfplumber with a loose x tolerance: a rail box's lines glued onto the body lines beside it."""
    out: list[dict] = []
    k = 0
    while k < len(lines):
        if lines[k]["kind"] != "rail":
            out.append(lines[k])
            k += 1
            continue
        rail = []
        while k < len(lines) and lines[k]["kind"] == "rail":
            rail.append(lines[k])
            k += 1
        beside = [n for n, line in enumerate(out) if line["kind"] == "body"][-len(rail) :]
        for n, piece in zip(beside, rail[-len(beside) :] if beside else []):
            out[n] = dict(out[n]) | {"text": out[n]["text"] + piece["text"]}
        out += rail[: len(rail) - len(beside)]
    return out
