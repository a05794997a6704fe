"""The twenty-sixth layouter: a county-level science-and-technology weekly, typeset in a hurry by
a small shop and exported by a content-management system or read back by a PDF extractor.

`fount_page(seed, articles)` lays 2-6 corpus articles out on a page of 1-4 columns and returns the
raw text and its gold annotation (the format of tests/gold/park-page-2021-01.gold.yaml). Every
value drawn is noted in the gold under `fount:`, per article and per page, and the page names the
extractor it was read back by.

What the page may hold besides its stories: a page-wide banner head over the first two stories, a
"news in numbers" (数说) box, a people column (人物) with a portrait caption, a reporter's notebook
(记者手记) or an afterword (编后) closing a story, a correction (更正) of an earlier issue, and a
story whose last paragraph sits in the column after the next story.
"""

from __future__ import annotations

import random
import re
import unicodedata

from tests.goldtext import lead_sentence

# Per article: every value each convention takes.
CONVENTIONS: dict[str, tuple] = {
    # how the headline deck is printed: lines stacked; the CMS's field labels (引题：/主标题：/副题：);
    # the deck on one line with the CMS's ｜ between its parts
    "deck": ("stacked", "cms_labels", "pipe_joined"),
    # how the authors are credited: 本报讯（记者 X）; a byline above the body; the CMS's metadata
    # line (来源/作者/发布时间); a credit in parentheses after the last paragraph
    "credit": ("dateline", "byline_above", "cms_meta", "signed_after"),
    # how a paragraph's first line shows: indent lost; two ideographic spaces; two no-break spaces
    "para_mark": ("lost", "ideographic", "nbsp"),
    # how a "## " subheading is printed: bare; in the CMS's bold stars; in white lenticular brackets
    "subhead": ("plain", "stars", "lenticular"),
    # what closes the story: nothing; a 记者手记 box; an 编后 afterword (over its last paragraph;
    # never an interview's last answer)
    "coda": ("none", "notebook", "afterword"),
    # where the last paragraph sits: with the story; after the next story; there with 转/接 marks
    "split": ("whole", "tail_after", "tail_marked"),
    # where the photo caption is: after the body; between deck and body; its credit on a line above it
    "caption": ("after_body", "before_body", "credit_above"),
    # how a photo credit is worded: X 摄 / X供图; 摄影：X / 图片来源：X
    "credit_word": ("suffix", "label"),
    # the people column (人物) with a portrait caption, for interviews
    "portrait": ("none", "rail"),
}

# Per page.
PAGE_CONVENTIONS: dict[str, tuple] = {
    "columns": (1, 2, 3, 4),
    "banner": ("none", "shared"),
    "numbers_box": ("none", "top", "middle", "foot"),
    "correction": ("none", "top", "foot"),
    "furniture": ("masthead", "folio", "both"),
    "extractor": ("cms_html2text", "pdftotext", "pdfminer", "pymupdf"),
}

# What each extractor may do to the text it reads back.
EXTRACTOR_HABITS: dict[str, tuple[str, ...]] = {
    # a paragraph a line, "　　" before it; Word-style soft breaks (\v) where the columns broke
    "cms_html2text": ("vt_breaks", "space_after_stop"),
    # a line per column line; a blank line after each but those ending half-width
    "pdftotext": ("blank_after_line", "space_after_stop"),
    # a line per column line ended by U+2028; CJK compatibility ideographs from a broken ToUnicode
    # map; half-width ideographic stops and commas
    "pdfminer": ("u2028_lines", "compat_ideographs", "halfwidth_stops"),
    # a line per column line, blocks apart by blank lines; lines padded to the measure with
    # ideographic spaces; a tab where the indent was
    "pymupdf": ("padded_ideo", "tab_indent", "compat_ideographs"),
}
HABITS: tuple[str, ...] = tuple(sorted({h for hs in EXTRACTOR_HABITS.values() for h in hs}))

MEASURES = {1: (20, 24), 2: (16, 20), 3: (13, 17), 4: (12, 15)}
COMPAT = {
    ch: alt
    for ch, alt in zip(
        "年力利理量料率不六例里", "\uf98e\uf98a\uf9dd\uf9e4\uf97e\uf9be\uf961\uf967\uf9d1\uf9b5\uf9e9"
    )
    if unicodedata.normalize("NFKC", alt) == ch
}
PAPER = "科技周报"
BANNERS = ("聚焦园区创新一线", "高新区里看新动能", "产业链上的新故事", "科创热土再出发")
EDITORS = ("钮丽华", "郦晓峰", "阿丽米热", "乌仁图雅", "笪文静")
WEEKDAYS = "一二三四五六日"
DIGITS = re.compile(r"\d+(?:\.\d+)?")


def wrap(text: str, width: int, first: int | None = None) -> list[str]:
    """Column lines of `width` characters, the first `first` wide."""
    lines, rest, size = [], text, first or width
    while rest:
        lines.append(rest[:size])
        rest, size = rest[size:], width
    return lines or [""]


def join_names(authors: list[dict], word) -> str:
    return "　".join(filter(None, (word(a.get("role") or "") + a["name"] for a in authors)))


def credit_role(role: str) -> str:
    return "" if not role else role if role.startswith("本报") or role.startswith("特约") else "本报" + role


def dateline_role(role: str) -> str:
    role = role.removeprefix("本报")
    return f"{role} " if role else ""


def is_unit(caption: dict) -> bool:
    if caption.get("by"):
        return caption["by"] == "unit"
    return caption.get("credit", "").endswith(("区", "会", "司", "局", "园", "中心"))


def printed_credit(caption: dict, word: str) -> str:
    name = caption.get("credit") or ""
    if not name:
        return ""
    unit = is_unit(caption)
    if word == "suffix":
        return f"{name}供图" if unit else f"{name} 摄"
    return f"图片来源：{name}" if unit else f"摄影：{name}"


def corpus_captions(article: dict) -> list[dict]:
    captions = list(article.get("captions") or [])
    if article.get("caption"):
        captions.append(article["caption"])
    return [c for c in captions if (c.get("text") or c.get("credit"))]


class Page:
    """Elements in reading order: (kind, lines), kind "body" for a paragraph's lines, "line" for the
    rest; gold furniture kept beside."""

    def __init__(self) -> None:
        self.elements: list[tuple[str, list[str], str]] = []
        self.furniture: list[str] = []

    def furnish(self, text: str, *, width: int = 40) -> list[tuple[str, list[str], str]]:
        self.furniture.append(text)
        return [("line", wrap(text, width), "")]


def lay_article(
    rng: random.Random, article: dict, measure: int, page: Page, *, last: bool
) -> tuple[dict, list, list]:
    """The article's gold and its elements: the part printed first and the tail (maybe empty), which
    the page prints after the next story (so never for the page's last story)."""
    drawn = {name: rng.choice(values) for name, values in CONVENTIONS.items()}
    kind = article.get("kind", "news")
    authors = [a for a in article.get("authors") or [] if isinstance(a, dict) and a.get("name")]
    kicker, title, subtitle = (article.get(k) or "" for k in ("kicker", "title", "subtitle"))
    paragraphs = [p for p in article["body"] if p.strip()]
    blocks = [
        {"type": "heading", "text": p[3:].strip()}
        if p.startswith("## ")
        else {"type": "paragraph", "text": p}
        for p in paragraphs
    ]
    blocks = [b for b in blocks if b["text"]]
    n_paragraphs = sum(b["type"] == "paragraph" for b in blocks)
    if n_paragraphs < 2 or blocks[-1]["type"] != "paragraph" or kind == "interview":
        drawn["coda"] = "none"
        drawn["split"] = "whole"
    if last:
        drawn["split"] = "whole"
    if kind != "interview":
        drawn["portrait"] = "none"
    if drawn["coda"] != "none":
        blocks.insert(
            len(blocks) - 1,
            {"type": "heading", "text": "记者手记" if drawn["coda"] == "notebook" else "编后"},
        )
    captions = [
        {"text": c.get("text") or "", "credit": printed_credit(c, drawn["credit_word"])}
        for c in corpus_captions(article)
    ]
    if not captions:
        drawn["caption"] = "after_body"
    head: list = []
    furnish = page.furnish

    # the headline deck
    parts = [p for p in (kicker, title, subtitle) if p]
    if drawn["portrait"] == "rail":
        head += furnish("人物")
    if drawn["deck"] == "stacked":
        head += [("line", [p], "") for p in parts]
    elif drawn["deck"] == "cms_labels":
        for label, text in (("引题：", kicker), ("主标题：", title), ("副题：", subtitle)):
            if text:
                page.furniture.append(label)
                head.append(("line", [label + text], ""))
    else:
        page.furniture += ["｜"] * (len(parts) - 1)
        head.append(("line", ["｜".join(parts)], ""))

    # the credit
    dateline = byline = ""
    credit = drawn["credit"] if authors else "none"
    if credit == "dateline":
        dateline = (
            "本报讯（" + " ".join(dateline_role(a.get("role") or "") + a["name"] for a in authors) + "）"
        )
    elif credit == "byline_above":
        byline = join_names(authors, credit_role)
        head.append(("line", [byline], ""))
    elif credit == "cms_meta":
        byline = "作者：" + "　".join(a["name"] for a in authors)
        source, when = f"来源：{PAPER}", f"发布时间：2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        page.furniture += [source, when]
        head.append(("line", [f"{source}　{byline}　{when}"], ""))

    portrait = {"text": "受访者近照。", "credit": "受访者供图"} if drawn["portrait"] == "rail" else None
    if portrait:
        head.append(("line", [portrait["text"] + "　" + portrait["credit"]], ""))

    def caption_elements() -> list:
        out = []
        for c in captions:
            if drawn["caption"] == "credit_above" and c["credit"]:
                out.append(("line", [c["credit"]], ""))
                if c["text"]:
                    out.append(("line", wrap(c["text"], measure), ""))
            else:
                out.append(("line", wrap("　".join(filter(None, (c["text"], c["credit"]))), measure), ""))
        return out

    if drawn["caption"] != "after_body":
        head += caption_elements()

    body: list = []
    for k, block in enumerate(blocks):
        text = block["text"]
        if block["type"] == "heading":
            if drawn["subhead"] == "stars":
                page.furniture += ["**", "**"]
                body.append(("line", [f"**{text}**"], ""))
            elif drawn["subhead"] == "lenticular":
                page.furniture += ["〖", "〗"]
                body.append(("line", [f"〖{text}〗"], ""))
            else:
                body.append(("line", wrap(text, measure), ""))
            continue
        if k == 0 and dateline:
            text = dateline + text
        mark = drawn["para_mark"]
        body.append(("body", wrap(text, measure, measure - 2), mark))

    tail: list = []
    if drawn["split"] != "whole":
        cut = len(body) - (2 if drawn["coda"] != "none" else 1)
        body, tail = body[:cut], body[cut:]
        if drawn["split"] == "tail_marked":
            body += furnish("（转右栏）")
            tail = furnish("（接左栏）") + tail
    last = tail if tail else body
    if credit == "signed_after":
        byline = "（" + join_names(authors, credit_role) + "）"
        last.append(("line", [byline], ""))
    if drawn["caption"] == "after_body":
        last += caption_elements()

    gold = {
        "id": article["id"],
        "park": article["park"],
        "kicker": kicker,
        "title": title,
        "subtitle": subtitle,
        "dateline": dateline,
        "authors": [a["name"] for a in authors],
        "byline": byline,
        "blocks": blocks,
        "captions": captions + ([portrait] if portrait else []),
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary", ""),
        "lead_summary": lead_sentence(blocks),
        "fount": drawn | {"measure": measure},
    }
    return gold, head + body, tail


def numbers_box(rng: random.Random, golds: list[dict], page: Page) -> list:
    rows = []
    for gold in golds:
        for block in gold["blocks"]:
            for clause in re.split(r"[，。；]", block["text"]):
                if DIGITS.search(clause) and 4 <= len(clause) <= 18 and block["type"] == "paragraph":
                    rows.append(clause)
    out = page.furnish("数说")
    for row in rng.sample(rows, min(3, len(rows))) if rows else ["园区企业总数超万家"]:
        out += page.furnish("●" + row)
    return out


def correction(rng: random.Random, others: list[dict], page: Page, measure: int) -> list:
    article = rng.choice(others)
    numbers = DIGITS.findall("".join(article["body"])) or ["3"]
    right = rng.choice(numbers)
    wrong = str(int(float(right)) + rng.randint(1, 9))
    text = (
        f"更正：本报第{rng.randint(120, 480)}期第{rng.randint(2, 8)}版《{article['title']}》一文中，"
        f"“{wrong}”应为“{right}”，特此更正。"
    )
    page.furniture.append(text)
    return [("line", wrap(text, measure), "")]


def render(elements: list, extractor: str, habits: set[str]) -> str:
    """The page as the extractor writes it."""
    out: list[str] = []
    for kind, lines, mark in elements:
        indent = {"ideographic": "　　", "nbsp": "\u00a0\u00a0", "lost": ""}.get(mark, "")
        if extractor == "cms_html2text":
            if kind == "body":
                indent = "　　"
            out.append(indent + ("\x0b" if "vt_breaks" in habits else "").join(lines))
            out.append("")
            continue
        if kind == "body" and "tab_indent" in habits and extractor == "pymupdf":
            indent = "\t"
        width = max(len(line) for line in lines)
        for k, line in enumerate(lines):
            text = (indent if k == 0 else "") + line
            if "padded_ideo" in habits:  # a short line filled out to its column's width
                text += "　" * max(0, width - len(line) - (2 if k == 0 and indent else 0))
            if "u2028_lines" in habits:
                text += "\u2028"
            out.append(text)
            if "blank_after_line" in habits and not re.search(r"[\x21-\x7e]$", text):
                out.append("")
        if extractor == "pymupdf":
            out.append("")
    raw = "\n".join(out).rstrip("\n") + "\n"
    if "compat_ideographs" in habits:
        raw = "".join(COMPAT.get(ch, ch) for ch in raw)
    if "halfwidth_stops" in habits:
        raw = raw.replace("。", "\uff61").replace("、", "\uff64")
    if "space_after_stop" in habits:
        raw = re.sub(r"。(?=[\u4e00-\u9fff])", "。 ", raw)
    return raw


def fount_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """The raw text of one page and its gold annotation."""
    rng = random.Random(f"fount:{seed}")
    drawn = {name: rng.choice(values) for name, values in PAGE_CONVENTIONS.items()}
    extractor = drawn["extractor"]
    habits = sorted(h for h in EXTRACTOR_HABITS[extractor] if rng.random() < 0.6)
    count = rng.randint(2, min(6, len(articles)))
    chosen = rng.sample(articles, count)
    low, high = MEASURES[drawn["columns"]]
    page = Page()
    # the masthead and folio
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    top: list = []
    foot: list = []
    if drawn["furniture"] in ("masthead", "both"):
        top += page.furnish(f"{PAPER}　2024年{month}月{day}日　星期{rng.choice(WEEKDAYS)}")
        top += page.furnish("园区·高新")
    if drawn["furniture"] in ("folio", "both"):
        foot += page.furnish(f"第{rng.randint(2, 8)}版")
        foot += page.furnish(f"责任编辑：{rng.choice(EDITORS)}")
    golds, laid = [], []
    for k, article in enumerate(chosen):
        gold, first, tail = lay_article(rng, article, rng.randint(low, high), page, last=k == count - 1)
        golds.append(gold)
        laid.append((first, tail))
    if len(golds) < 2:
        drawn["banner"] = "none"
    # stories in reading order, a tail after the next story (after the last story when it is last)
    elements: list = list(top)
    if drawn["correction"] == "top":
        others = [a for a in articles if a not in chosen] or articles
        elements += correction(rng, others, page, high)
    if drawn["numbers_box"] == "top":
        elements += numbers_box(rng, golds, page)
    if drawn["banner"] == "shared":
        elements += page.furnish(rng.choice(BANNERS))
    pending: list = []
    for k, (first, tail) in enumerate(laid):
        elements += first
        elements += pending
        pending = list(tail)
        if drawn["numbers_box"] == "middle" and k == len(laid) // 2 - 1:
            elements += numbers_box(rng, golds, page)
    elements += pending
    if drawn["numbers_box"] == "foot":
        elements += numbers_box(rng, golds, page)
    if drawn["correction"] == "foot":
        others = [a for a in articles if a not in chosen] or articles
        elements += correction(rng, others, page, high)
    elements += foot
    raw = render(elements, extractor, set(habits))
    gold = {
        "page": f"fount-{seed}.txt",
        "notes": "Laid out by tests/fount.py; the values drawn are under fount.",
        "extractor": extractor,
        "articles": golds,
        "furniture": page.furniture,
        "fount": drawn | {"habits": habits},
    }
    return raw, gold
