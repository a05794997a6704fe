"""The twenty-fifth layouter: a busy regional park page set on a platen press and read back.

`platen_page(seed, articles)` lays 2-5 corpus articles out the way a jobbing printer sets a
crowded page of 2-5 columns: a lead story set wide above the rest, short items gathered under
one briefs head, maybe a story continued from the front page, interviews with their speakers'
labels, photo groups with numbered captions; then an extractor reads the page back in its own
way. It returns the raw text and its gold annotation, every drawn value noted under `platen:`
per article and per page.

Every character printed lands in exactly one gold field: headlines, dateline, byline, blocks,
captions (text and credit) or the page's furniture (folios, section heads, jump lines, rules,
a headline's shadow copy).
"""

from __future__ import annotations

import random
import re

from tests.goldtext import lead_sentence

# Per article: convention -> every value it may take
CONVENTIONS: dict[str, tuple] = {
    # how the headline deck is set: each part on its line, the title wrapped over two lines,
    # or the title's line read twice (an outlined headline's shadow layer)
    "deck": ("stacked", "wrapped", "shadowed"),
    # where the credit goes: a dateline, a byline under the deck, on the title's own line, or
    # above the whole deck (set in a corner box the extractor reaches first)
    "credit": ("dateline", "byline", "title_line", "above_deck"),
    # the mark a byline opens with (a symbol font's arrow comes out in the private use area)
    "mark": ("", "□", "◎", "●", "\uf0d8"),
    # a paragraph's indent as read back: lost, two ideographic spaces, two figure spaces
    "indent": ("lost", "ideographic", "figure"),
    # in-article subheadings: plain, a heavy bar before them, negative circled numbers, or
    # set between two rules
    "subhead": ("plain", "bar", "dingbat", "ruled"),
    # an interview's speaker labels: run in, on a line of their own, or parted by a wide space
    "qa": ("inline", "label_line", "wide_gap"),
    # a caption: the credit after the text, photo groups numbered 图①, or an 摄影： credit
    "caption": ("none", "after_text", "numbered", "credit_label"),
    # where the photo stands: below the story, or above its headline
    "photo": ("none", "below", "above"),
    # a story continued from the front page, and how the jump line reads
    "jump": ("none", "shangjie", "jieban", "zhuanzi"),
    # the story's column measure in characters
    "measure": tuple(range(9, 21)),
}

# Per page
PAGE_CONVENTIONS: dict[str, tuple] = {
    "columns": (2, 3, 4, 5),
    # page furniture: a folio bar at the head, at the foot, or both
    "folio": ("head", "foot", "both"),
    # the head the short items are gathered under (none: they stand as stories)
    "briefs": ("none", "简讯", "园区简讯", "短波", "高新速览"),
    # how the extractor reads the page back
    "extractor": ("pdftotext", "pdfminer", "pymupdf", "acrobat"),
    # how the lead story is set: wide across the page, or as tall as the others
    "lead": ("spanning", "column"),
}

# Extractor habits, any of which a page may show
HABITS = ("digit_spaces", "formfeed", "ideographic_gaps", "rules_read")

SPEAKER = re.compile(r"^(问|答|记者|[\u4e00-\u9fff·]{2,8})：")
NO_LINE_START = set("，。、；：？！”’）》」』,.;:?!)%％")
HALF_WIDTH_END = re.compile(r"[0-9A-Za-z+\-%.]$")
DINGBATS = "❶❷❸❹❺❻❼❽❾❿"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
EDITORS = ("覃立新", "亓文静", "阿丽玛", "扎西顿珠", "麻晓燕", "帕尔哈提", "金顺姬", "木呷")
SECTIONS = ("园区·动态", "高新区周刊", "园区经济", "创新园区")
WEEKDAYS = "一二三四五六日"
BYLINED = ("feature", "interview", "commentary")
JUMP_LINES = {"shangjie": "（上接第一版）", "jieban": "◀接1版", "zhuanzi": "转自A1版"}


# How often each value is drawn, where not evenly
WEIGHTS: dict[str, tuple] = {"deck": (5, 3, 2), "credit": (4, 3, 2, 2)}


def draw(rng: random.Random, name: str):
    values = CONVENTIONS[name]
    return rng.choices(values, weights=WEIGHTS.get(name, (1,) * len(values)))[0]


def wrap(text: str, measure: int, first: int) -> list[str]:
    """Break a paragraph into column lines: the first `first` characters wide, then `measure`;
    a mark that may not open a line is pulled back onto the line above (it hangs)."""
    lines: list[str] = []
    rest = text
    width = first
    while rest:
        take = width
        while take < len(rest) and rest[take] in NO_LINE_START:
            take += 1
        lines.append(rest[:take])
        rest = rest[take:]
        width = measure
    return lines


def speaker_label(paragraph: str) -> str:
    found = SPEAKER.match(paragraph)
    return found.group(0) if found else ""


def credit_parts(authors: list[dict]) -> list[str]:
    return [f"{a['role']} {a['name']}".strip() for a in authors if not a.get("trailing")]


def captions_of(article: dict) -> list[dict]:
    found = list(article.get("captions") or [])
    if article.get("caption"):
        found.append(article["caption"])
    return [{"text": c.get("text") or "", "credit": c.get("credit") or ""} for c in found]


class Page:
    """Boxes of lines in reading order, and the gold being filled."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.boxes: list[tuple[str, list[str]]] = []  # (kind, lines)
        self.furniture: list[str] = []

    def box(self, kind: str, lines: list[str]) -> None:
        if lines:
            self.boxes.append((kind, lines))

    def furnish(self, line: str) -> None:
        self.furniture.append(line)
        self.box("furniture", [line])


def set_deck(page: Page, article: dict, conv: dict, credit_line: str) -> tuple[list[str], list[str], str]:
    """The headline lines down to the title, those below it, and the byline line left to set
    under them ('' when it went onto the title's line)."""
    title = article["title"]
    if conv["deck"] == "wrapped" and len(title.replace(" ", "")) >= 8:
        cut = title.find(" ") if " " in title else len(title) // 2
        title_lines = [title[:cut].strip(), title[cut:].strip()]
    else:
        title_lines = [title]
    if conv["credit"] == "title_line" and credit_line:
        gap = "\u3000\u3000" if page.rng.random() < 0.5 else "    "
        title_lines[-1] = title_lines[-1] + gap + credit_line
        credit_line = ""
    upper = ([article["kicker"]] if article.get("kicker") else []) + title_lines
    lower = [article["subtitle"]] if article.get("subtitle") else []
    return upper, lower, credit_line


def lay_article(page: Page, article: dict, conv: dict, gold_page: dict, in_briefs: bool) -> None:
    rng = page.rng
    measure = conv["measure"]
    authors = article.get("authors") or []
    parts = credit_parts(authors)
    trailing = [a["name"] for a in authors if a.get("trailing")]
    dateline = ""
    credit_line = ""
    if in_briefs:
        conv["credit"] = "dateline"
    elif conv["credit"] == "dateline" and article.get("kind") in BYLINED:
        conv["credit"] = "byline"  # features, interviews and comment are signed, not datelined
    if conv["credit"] == "dateline" or not parts:
        dateline = "本报讯（" + " ".join(parts) + "）" if parts else ""
        conv["mark"] = ""
    else:
        credit_line = conv["mark"] + " ".join(parts)
    above = credit_line if conv["credit"] == "above_deck" else ""
    credit_line = "" if above else credit_line
    captions = captions_of(article)
    if not captions:
        conv["caption"] = conv["photo"] = "none"
    else:
        for name in ("caption", "photo"):
            if conv[name] == "none":
                conv[name] = rng.choice(CONVENTIONS[name][1:])
    # the jump line of a story continued from the front page: furniture
    jump_line = JUMP_LINES.get(conv["jump"], "")

    def caption_box() -> tuple[list[str], list[dict]]:
        lines, gold = [], []
        for k, cap in enumerate(captions):
            text, who = cap["text"], cap["credit"]
            if conv["caption"] == "numbered":
                text = f"图{CIRCLED[k % 10]}" + (" " if text else "") + text
            credit = ""
            if who:
                credit = f"摄影：{who}" if conv["caption"] == "credit_label" else f"{who} 摄"
            gold.append({"text": text, "credit": credit})
            printed = (text + "\u3000" + credit).strip("\u3000")
            lines += wrap(printed, max(measure, 12), max(measure, 12))
        return lines, gold

    cap_lines, cap_gold = caption_box() if captions else ([], [])
    if conv["photo"] == "above":
        page.box("caption", cap_lines)
    if above:
        page.box("byline", [above])
    upper, lower, credit_line = set_deck(page, article, conv, credit_line)
    page.box("headline", upper)
    if conv["deck"] == "shadowed":
        page.furniture.append(upper[-1])  # the outline's shadow layer, read once more
        page.box("shadow", [upper[-1]])
    page.box("headline", lower)
    if credit_line:
        page.box("byline", [credit_line])
    if jump_line:
        page.furnish(jump_line)
    blocks: list[dict] = []
    numbered = 0
    paragraphs = list(article["body"])
    for k, paragraph in enumerate(paragraphs):
        if paragraph.startswith("## "):
            text = paragraph[3:].strip()
            if conv["subhead"] == "bar":
                text = "▍" + text
            elif conv["subhead"] == "dingbat":
                text = DINGBATS[numbered % 10] + text
            numbered += 1
            blocks.append({"type": "heading", "text": text})
            if conv["subhead"] == "ruled":
                rule = "─" * min(measure, 10)
                page.furniture += [rule, rule]
                page.box("heading", [rule, text, rule])
            else:
                page.box("heading", [text])
            continue
        blocks.append({"type": "paragraph", "text": paragraph})
        printed = paragraph
        lead_in = ""
        label = "" if (k == 0 and dateline) else speaker_label(paragraph)
        if k == 0 and dateline:
            printed = dateline + printed
        if label and conv["qa"] != "inline":
            printed = printed[len(label):]
            if conv["qa"] == "wide_gap":
                lead_in = label + "\u3000"
        indent = {"lost": "", "ideographic": "\u3000\u3000", "figure": "\u2007\u2007"}[conv["indent"]]
        lines = wrap(printed, measure, max(3, measure - 2 - len(lead_in)))
        lines[0] = indent + lead_in + lines[0]
        if label and conv["qa"] == "label_line":
            lines.insert(0, label)
        if k == len(paragraphs) - 1 and trailing:
            lines[-1] += " " + " ".join(trailing)
        page.box("paragraph", lines)
    if conv["photo"] == "below":
        page.box("caption", cap_lines)
    printed_credit = conv["mark"] + " ".join(parts) if parts and conv["credit"] != "dateline" else ""
    byline = " ".join(([printed_credit] if printed_credit else []) + trailing)
    gold_page["articles"].append(
        {
            "id": article["id"],
            "park": article["park"],
            "kicker": article.get("kicker") or "",
            "title": article["title"],
            "subtitle": article.get("subtitle") or "",
            "dateline": dateline,
            "authors": [a["name"] for a in authors],
            "byline": byline,
            "blocks": blocks,
            "captions": cap_gold,
            "topics": list(article.get("topics") or []),
            "summary": article.get("summary") or "",
            "lead_summary": lead_sentence(blocks),
            "platen": dict(conv),
        }
    )


def digit_spaces(line: str) -> str:
    line = re.sub(r"(?<=[\u4e00-\u9fff])(?=[0-9])", " ", line)
    return re.sub(r"(?<=[0-9])(?=[\u4e00-\u9fff])", " ", line)


def read_back(page: Page, extractor: str, habits: list[str]) -> str:
    """The page as the extractor writes it."""
    out: list[str] = []
    for n, (kind, lines) in enumerate(page.boxes):
        if "digit_spaces" in habits and kind == "paragraph":
            lines = [digit_spaces(line) for line in lines]
        if "ideographic_gaps" in habits and kind in ("headline", "byline"):
            lines = [line.replace("    ", "\u3000\u3000") for line in lines]
        if extractor == "acrobat" and kind == "paragraph":
            lines = ["".join(lines)]
        if extractor == "pdftotext":
            for line in lines:
                out.append(line + ("\n" if HALF_WIDTH_END.search(line) else "\n\n"))
        elif extractor == "pdfminer":
            out.append("\n".join(lines) + "\n\n")
        else:
            out.append("\n".join(lines) + "\n")
        if "formfeed" in habits and kind == "furniture" and n > 0:
            out.append("\f")
    text = "".join(out)
    if extractor == "pdfminer":
        text += "\f"
    return text


def platen_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    rng = random.Random(f"platen:{seed}")
    page = Page(rng)
    page_conv = {name: rng.choice(values) for name, values in PAGE_CONVENTIONS.items()}
    habits = [h for h in HABITS if rng.random() < 0.4]
    count = rng.randint(2, min(5, len(articles)))
    chosen = rng.sample(articles, count)
    gold: dict = {
        "page": "",
        "notes": "Laid out by the twenty-fifth layouter (tests/platen.py). Body text is compared "
        "after NFKC with whitespace removed.",
        "furniture": [],
        "articles": [],
    }
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    section = rng.choice(SECTIONS)
    number = rng.randint(2, 16)
    date = f"{2020 + rng.randint(0, 5)}年{month}月{day}日 星期{rng.choice(WEEKDAYS)}"
    head = f"{date}\u3000{section}\u3000第{number}版"
    foot = f"责任编辑：{rng.choice(EDITORS)}\u3000版式：{rng.choice(EDITORS)}"
    if page_conv["folio"] in ("head", "both"):
        page.furnish(head)
    if "rules_read" in habits:
        page.furnish("━" * rng.randint(12, 30))
    columns = page_conv["columns"]
    width = {2: 20, 3: 16, 4: 13, 5: 11}[columns]
    short = [
        a for a in chosen[1:] if a.get("kind") in ("short", "news") and len("".join(a["body"])) < 320
    ]
    briefs = short if page_conv["briefs"] != "none" and short else []
    if not briefs:
        page_conv["briefs"] = "none"
    jumped = rng.random() < 0.3
    order = [chosen[0]] + [a for a in chosen[1:] if a not in briefs]
    for k, article in enumerate(order):
        conv = {name: draw(rng, name) for name in CONVENTIONS if name != "measure"}
        conv["measure"] = max(9, min(20, width + rng.randint(-3, 5)))
        if rng.random() < 0.08:
            conv["measure"] = rng.choice(CONVENTIONS["measure"])
        if k == 0 and page_conv["lead"] == "spanning":
            conv["measure"] = min(20, conv["measure"] + 4)
        conv["jump"] = rng.choice(CONVENTIONS["jump"][1:]) if (k == 1 and jumped) else "none"
        if "rules_read" in habits and k > 0:
            page.furnish("━" * rng.randint(6, 16))
        lay_article(page, article, conv, gold, in_briefs=False)
    if briefs:
        page.furnish(page_conv["briefs"])
        for article in briefs:
            conv = {name: draw(rng, name) for name in CONVENTIONS if name != "measure"}
            conv["measure"] = width
            conv["jump"] = "none"
            lay_article(page, article, conv, gold, in_briefs=True)
    if page_conv["folio"] in ("foot", "both"):
        page.furnish(foot)
    raw = read_back(page, page_conv["extractor"], habits)
    gold["furniture"] = page.furniture
    gold["platen"] = dict(page_conv) | {"habits": habits}
    return raw, gold
