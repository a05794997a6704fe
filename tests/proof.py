"""The twenty-seventh layouter: a provincial daily's weekly park supplement (园区周刊), set in
Founder's page-layout program by a design desk, published as an e-paper and read back by one of
six extractors.

`proof_page(seed, articles)` lays 2-6 corpus articles out on a page and returns the raw text and
its gold annotation. Each story is a module of its own kind: the lead story with its big photo
and a deck over several lines, the 园区快讯 rail of briefs with tiny heads run into their text,
an expert's signed column with a portrait and a name-and-title line, a Q&A with a park official,
plain stories. The page carries the supplement's running head and date lines, its editors and a
sponsor line naming a park. Every value drawn is noted in the gold under `proof:`, per article
and per page; every mark printed beside the articles' own words is noted as furniture.
"""

from __future__ import annotations

import random
import re

from tests.goldtext import lead_sentence

CONVENTIONS: dict[str, tuple] = {
    # the story module: what the desk made of the article on this page
    "module": ("lead", "brief", "signed", "qa", "story"),
    # the headline deck: stacked lines, a title balanced over two lines, or (briefs) a bold
    # head run into the first line of the text after an ideographic space
    "deck": ("stack", "balanced", "run_in"),
    # how the authors are credited
    "credit": ("dateline", "box_mark", "stacked_roles", "tail_paren", "portrait", "none"),
    # the photo's caption: under a gap, behind an e-paper alt mark, with the credit set
    # vertically up the photo's edge (read a character a line), or under a slideshow counter
    "caption": ("none", "below", "alt_text", "credit_rotated", "slideshow"),
    # subheadings: plain lines, under a big ordinal (01, 02 ...), in square brackets, or bold
    # and run into the first line of the paragraph they head
    "subhead": ("none", "plain", "ordinal", "square_brackets", "run_in"),
    # what the e-paper prints under the story
    "tail": ("none", "qr", "app_more", "keywords"),
    # a story continued onto another page, or the tail of one begun on the front page
    "jump": ("none", "onto", "from"),
    # characters a column line holds
    "measure": tuple(range(12, 25)),
}

PAGE_CONVENTIONS: dict[str, tuple] = {
    "columns": (2, 3, 4, 5, 6),
    # where the supplement's running head, date and editors are printed
    "masthead": ("top", "top_foot", "foot"),
    # the sponsor line, naming a park of the page or not
    "sponsor": ("none", "co_host", "support_units"),
    # the order the extractor reads the modules in: as laid out, the briefs' rail first, the
    # lead story last (its photo frame sits late in the content stream)
    "order": ("modules", "rail_first", "lead_last"),
    # a 数读 box of figures from a story, or a bar chart with its callouts, printed as a graphic
    "chart": ("none", "shudu_box", "bar_callouts"),
    "extractor": ("pdfjs_copy", "foxit", "word_reflow", "poppler_layout", "epaper_html", "phone_reader"),
}

# What an extractor may do besides: spaces where the font changes (a bold first sentence, a bold
# interview label), no-break spaces for spaces, paragraphs opened by two ideographic spaces,
# trailing spaces, and a phone reader's screen counters ("— 2/5 —") between lines
HABITS = ("font_spaces", "nbsp", "ideo_indent", "trailing_space", "screen_counter")

RUBRICS = {"brief": "园区快讯", "signed": "专家视点", "qa": "对话园区"}
WEEKDAYS = "一二三四五六日"
EDITORS = ("禚立群", "逄雪梅", "隗卫东", "笪思源", "阚晓光", "郏云舒", "蒯文杰", "钭雨桐")
TAILS = {
    "qr": ("扫描二维码", "观看视频报道"),
    "app_more": ("更多报道详见本报客户端",),
}
ORG_ENDS = ("高新区", "示范区", "开发区", "园区", "管委会", "集团", "公司")


def _authors(article: dict) -> list[dict]:
    return [a for a in article.get("authors") or [] if a.get("name")]


def _captions(article: dict) -> list[dict]:
    if isinstance(article.get("caption"), dict):
        return [article["caption"]]
    return [c for c in article.get("captions") or [] if isinstance(c, dict)]


def _credit_words(authors: list[dict], strip_paper: bool = False) -> str:
    """ "本报记者 甲 乙 通讯员 丙": each role once, before its names."""
    parts: list[str] = []
    last = None
    for a in authors:
        role = a.get("role") or ""
        if strip_paper and role.startswith("本报") and len(role) > 2:
            role = role[2:]
        if role != last and role:
            parts.append(role)
        parts.append(a["name"])
        last = role
    return " ".join(parts)


CLOSING = "，。、；：？！”’）》」』】…%"
OPENING = "“‘（《「『【"


def _halfwidth(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in ".+-")


def _break_at(text: str, width: int) -> int:
    """Where a line of `width` characters ends, set as the typesetter sets it: a closing mark
    hangs in the margin, no line ends on an opening mark, a run of digits or Latin letters is
    not broken (unless it is longer than the line)."""
    cut = min(width, len(text))
    while cut < len(text) and text[cut] in CLOSING and cut < width + 2:
        cut += 1
    while 1 < cut < len(text) and text[cut - 1] in OPENING:
        cut -= 1
    start = cut
    while 1 < start < len(text) and _halfwidth(text[start - 1]) and _halfwidth(text[start]):
        start -= 1
    if start != cut and start > width // 2:
        cut = start
        while 1 < cut < len(text) and text[cut - 1] in OPENING:
            cut -= 1
    return cut


def _chunks(text: str, measure: int, first: int) -> list[str]:
    out, width = [], first
    while text:
        cut = _break_at(text, width)
        out.append(text[:cut])
        text, width = text[cut:], measure
    return out


def _balanced(title: str) -> int:
    """Where a headline set over two balanced lines breaks: at its space, else near the middle
    and never beside a quote mark's wrong side."""
    if " " in title.strip():
        return title.index(" ")
    middle = (len(title) + 1) // 2
    for offset in range(len(title)):
        for at in (middle + offset, middle - offset):
            if 1 < at < len(title) - 1 and title[at - 1] not in OPENING and title[at] not in CLOSING:
                return at
    return middle


class Sheet:
    """The page as printed: a list of items, and the gold furniture gathered as they are set."""

    def __init__(self) -> None:
        self.items: list[tuple[str, object]] = []
        self.furniture: list[str] = []

    def furn(self, text: str) -> None:
        self.furniture.append(text)
        self.items.append(("line", text))

    def line(self, text: str) -> None:
        self.items.append(("line", text))

    def para(self, chunks: list[str]) -> None:
        self.items.append(("para", chunks))

    def deck(self, parts: list[str]) -> None:
        """A headline set over several lines: one line each on the page, one in HTML or reflow."""
        self.items.append(("deck", parts))

    def gap(self) -> None:
        self.items.append(("gap", None))

    def end_module(self) -> None:
        self.items.append(("end", None))


def _module(article: dict, position: int, rng: random.Random) -> str:
    kind = article.get("kind", "news")
    if kind == "short":
        return "brief"
    if kind == "interview":
        return "qa"
    if kind == "commentary":
        return "signed"
    if position == 0:
        return "lead"
    return rng.choice(("story", "story", "story", "signed" if kind == "feature" else "story"))


def _draw(article: dict, module: str, columns: int, rng: random.Random) -> dict:
    body = article.get("body") or []
    paragraphs = sum(not t.startswith("## ") for t in body)
    authors = _authors(article)
    headed = any(t.startswith("## ") for t in body)
    low, high = {2: (19, 24), 3: (15, 21)}.get(columns, (12, 17))
    deck = rng.choice(("stack", "balanced", "run_in") if module == "brief" else ("stack", "balanced"))
    if module == "signed":
        credit = rng.choice(("portrait", "portrait", "tail_paren"))
    elif module == "brief":
        credit = rng.choice(("dateline", "dateline", "tail_paren", "none"))
    else:
        credit = rng.choice(("dateline", "box_mark", "stacked_roles", "tail_paren"))
    jump = rng.choice(("none", "none", "none", "onto", "from")) if paragraphs >= 2 else "none"
    if jump == "from" and credit == "dateline":
        credit = "box_mark"
    if not authors:
        credit = "none"
    return {
        "module": module,
        "deck": deck,
        "credit": credit,
        "caption": rng.choice(CONVENTIONS["caption"][1:]) if _captions(article) else "none",
        "subhead": rng.choice(CONVENTIONS["subhead"][1:]) if headed else "none",
        "tail": rng.choice(CONVENTIONS["tail"]),
        "jump": jump,
        "measure": rng.randint(low, high),
    }


def _printed_body(article: dict, jump: str) -> list[str]:
    """The body entries this page prints: all, the head of a story continued onto another
    page, or the tail of one begun on the front page."""
    body = [t for t in article.get("body") or [] if t.strip()]
    cut = max(1, len(body) // 2)
    if jump == "onto":
        while cut > 1 and body[cut - 1].startswith("## "):
            cut -= 1
        return body[:cut]
    if jump == "from":
        while cut < len(body) - 1 and body[cut].startswith("## "):
            cut += 1
        return body[cut:] if any(not t.startswith("## ") for t in body[cut:]) else body
    return body


def _set_article(sheet: Sheet, article: dict, drawn: dict, rng: random.Random, page_no: int) -> dict:
    module, measure = drawn["module"], drawn["measure"]
    authors = _authors(article)
    kicker = (article.get("kicker") or "").strip()
    title = article["title"].strip()
    subtitle = (article.get("subtitle") or "").strip()
    dateline, byline = "", ""
    credit_words = _credit_words(authors)

    if module in RUBRICS and not (module == "signed" and kicker):
        sheet.furn(RUBRICS[module])
    if drawn["jump"] == "from":
        sheet.furn(rng.choice(("（上接第1版）", "上接1版", "（紧接第一版）")))

    # the deck
    if drawn["deck"] == "run_in" and (kicker or subtitle):
        drawn["deck"] = "stack"
    if drawn["deck"] == "balanced" and len(title) < 8:
        drawn["deck"] = "stack"
    run_in_title = drawn["deck"] == "run_in"
    if kicker:
        sheet.line(kicker)
    if drawn["deck"] == "balanced":
        half = _balanced(title)
        sheet.deck([title[:half], title[half:]])
    elif not run_in_title:
        sheet.line(title)
    if subtitle:
        if module == "lead" and len(subtitle) >= 12:
            half = _balanced(subtitle)
            sheet.deck([subtitle[:half], subtitle[half:]])
        else:
            sheet.line(subtitle)

    # credits above the text
    if drawn["credit"] == "box_mark":
        sheet.furn("□")
        sheet.line(credit_words)
        byline = credit_words
    elif drawn["credit"] == "stacked_roles":
        lines = []
        for a in authors:
            text = " ".join(x for x in (a.get("role") or "", a["name"]) if x)
            lines.append(text)
            sheet.line(text)
        byline = " ".join(lines)
    elif drawn["credit"] == "portrait":
        sheet.gap()
        name_line = " ".join(a["name"] for a in authors)
        roles = " ".join(dict.fromkeys(a.get("role") or "" for a in authors if a.get("role")))
        sheet.line(name_line)
        if roles:
            sheet.line(roles)
        byline = " ".join(x for x in (name_line, roles) if x)

    # the photo and its caption
    captions = []
    printed_captions = _captions(article)
    if module == "lead" or printed_captions:
        sheet.gap()
    for caption in printed_captions:
        text, who = (caption.get("text") or "").strip(), (caption.get("credit") or "").strip()
        org = who.endswith(ORG_ENDS)
        style = drawn["caption"]
        if style == "credit_rotated":
            printed = f"{who}供图" if org else f"{who}摄"
            # an uncredited photo prints no credit to rotate
            for ch in printed if who else "":
                sheet.line(ch)
            if text:
                sheet.line(text)
        else:
            printed = f"图片来源：{who}" if org else f"{who} 摄"
            if style == "slideshow":
                sheet.furn("1/1")
            lead = "[图片] " if style == "alt_text" else ""
            if lead:
                sheet.furniture.append("[图片]")
            sheet.line(f"{lead}{text}　{printed}" if who else f"{lead}{text}")
        if who or text:
            captions.append({"text": text, "credit": printed if who else ""})

    # the text
    blocks: list[dict] = []
    body = _printed_body(article, drawn["jump"])
    first_para = True
    pending_head = ""
    ordinal = 0
    for entry in body:
        if entry.startswith("## "):
            head = entry[3:].strip()
            blocks.append({"type": "heading", "text": head})
            ordinal += 1
            style = drawn["subhead"]
            if style == "ordinal":
                sheet.furn(f"{ordinal:02d}")
                sheet.line(head)
            elif style == "square_brackets":
                sheet.furniture.append("［］")
                sheet.line(f"［{head}］")
            elif style == "run_in":
                pending_head = head
            else:
                sheet.line(head)
            continue
        text = entry.strip()
        blocks.append({"type": "paragraph", "text": text})
        prefix = ""
        if first_para and drawn["credit"] == "dateline":
            dateline = f"本报讯（{_credit_words(authors, strip_paper=True)}）"
            prefix = dateline
        elif first_para and module == "brief" and drawn["credit"] != "dateline" and drawn["jump"] != "from":
            dateline = "本报讯"
            prefix = dateline
        if first_para and run_in_title:
            prefix = title + "　" + prefix
        if pending_head:
            prefix = pending_head + "　" + prefix
            pending_head = ""
        whole = prefix + text
        first = measure - 2 if not prefix else measure
        sheet.para(_chunks(whole, measure, max(first, len(prefix) + 2)))
        first_para = False

    if drawn["credit"] == "tail_paren":
        byline = f"（{credit_words}）"
        sheet.furniture.append("（）")
        sheet.line(byline)
        byline = credit_words
    if drawn["jump"] == "onto":
        sheet.furn(rng.choice((f"（下转第{page_no}版）", f"转{page_no:02d}版", f"▶下转第{page_no}版")))
    if drawn["tail"] in TAILS:
        for text in TAILS[drawn["tail"]]:
            sheet.furn(text)
    elif drawn["tail"] == "keywords":
        sheet.furn("关键词：" + " ".join(article.get("topics") or ["高新区"]))
    sheet.end_module()

    return {
        "id": article.get("id", ""),
        "park": article.get("park", ""),
        "kicker": kicker,
        "title": title,
        "subtitle": subtitle,
        "dateline": dateline,
        "authors": [a["name"] for a in authors] if drawn["credit"] != "none" else [],
        "byline": byline,
        "blocks": blocks,
        "captions": captions,
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary", ""),
        "lead_summary": lead_sentence(blocks),
        "proof": drawn,
    }


FIGURE = re.compile(
    r"([\u4e00-\u9fff]{2,6})(?:达到|达|超过|突破|为|约|近)?(\d+(?:\.\d+)?)(亿元|万元|万吨|吨|家|个|%)"
)


def _chart(sheet: Sheet, article: dict, style: str, rng: random.Random) -> None:
    """A graphic of the story's figures: each figure large with its label under it (数读), or
    bars whose callouts the extractor reads as label, bar glyphs and figure."""
    figures = FIGURE.findall(" ".join(t for t in article.get("body") or [] if not t.startswith("## ")))
    figures = figures[:4] or [("园区企业", "1", "家")]
    sheet.furn(rng.choice(("数读", "数读园区", "图说数据")))
    for label, number, unit in figures:
        if style == "shudu_box":
            sheet.furn(f"{number}{unit}")
            sheet.furn(label)
        else:
            bars = "▇" * max(1, min(8, round(float(number)) % 9))
            sheet.furn(f"{label} {bars} {number}{unit}")
    sheet.furn(rng.choice(("制图：本报美术编辑部", "数据来源：园区管委会", "资料来源：受访单位")))


def _masthead(sheet: Sheet, rng: random.Random, date: tuple[int, int, int], issue: int, foot: bool) -> None:
    year, month, day = date
    weekday = WEEKDAYS[(day + month * 2 + year) % 7]
    editors = rng.sample(EDITORS, 2)
    if not foot:
        sheet.furn(rng.choice(("园区周刊", "高新园区·周刊", "园区专版")))
        sheet.furn(f"{year}年{month}月{day}日 星期{weekday}")
        sheet.furn(f"第{issue}期")
    else:
        sheet.furn(f"主编：{editors[0]}　责任编辑：{editors[1]}　美术编辑：{rng.choice(EDITORS)}")
        sheet.furn(f"电话：0{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}")


def _render(sheet: Sheet, extractor: str, habits: set, rng: random.Random) -> str:
    """The page as the extractor writes it back."""
    lines: list[str] = []

    def emit(text: str, kind: str = "line") -> None:
        if "nbsp" in habits:
            text = text.replace(" ", "\xa0")
        if "trailing_space" in habits and rng.random() < 0.3:
            text += " " * rng.randint(1, 3)
        if extractor == "poppler_layout":
            text = ("    " if kind == "body" else " " * rng.randint(6, 20)) + text
        lines.append(text)
        if extractor == "foxit" and not (text.rstrip() and ord(text.rstrip()[-1]) < 128):
            lines.append("")

    for kind, payload in sheet.items:
        if kind == "line":
            emit(payload)  # type: ignore[arg-type]
        elif kind == "deck":
            parts = list(payload)  # type: ignore[call-overload]
            if extractor in ("word_reflow", "epaper_html"):
                emit("".join(parts))
            else:
                for part in parts:
                    emit(part)
        elif kind == "gap":
            if extractor == "epaper_html":
                sheet.furniture.append("[图片]")
                emit("[图片]")
            else:
                lines.extend([""] * rng.randint(1, 3))
        elif kind == "end":
            if extractor == "epaper_html":
                for text in ("上一篇", "下一篇", "返回目录"):
                    sheet.furniture.append(text)
                emit("上一篇　下一篇　返回目录")
            elif extractor in ("poppler_layout", "word_reflow"):
                lines.append("")
        else:
            chunks = list(payload)  # type: ignore[call-overload]
            if "font_spaces" in habits:
                for k, chunk in enumerate(chunks):
                    for mark in ("。", "：", "？"):
                        at = chunk.find(mark)
                        if at >= 0:
                            chunks[k] = chunk[: at + 1] + " " + chunk[at + 1 :]
                            break
                    else:
                        continue
                    break
            if "ideo_indent" in habits:
                chunks[0] = "\u3000\u3000" + chunks[0]
            if extractor in ("word_reflow", "epaper_html"):
                emit("".join(chunks), "body")
            else:
                for chunk in chunks:
                    emit(chunk, "body")
    if "screen_counter" in habits:
        step = rng.randint(18, 30)
        screens = (len(lines) + step - 1) // step
        out: list[str] = []
        for k, text in enumerate(lines):
            if k and k % step == 0:
                mark = f"— {k // step}/{screens} —"
                sheet.furniture.append(mark)
                out.append(mark)
            out.append(text)
        lines = out
    return "\n".join(lines) + "\n"


def proof_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """Lay 2-6 of the articles out on a page; return (raw text, gold annotation)."""
    rng = random.Random(f"proof:{seed}")
    count = min(len(articles), rng.randint(2, 6))
    chosen = rng.sample(articles, count)
    page = {name: rng.choice(values) for name, values in PAGE_CONVENTIONS.items()}
    habits = sorted(h for h in HABITS if rng.random() < 0.3)
    if page["extractor"] == "phone_reader" and "screen_counter" not in habits:
        habits = sorted(habits + ["screen_counter"])
    columns = page["columns"]

    modules = [_module(a, k, rng) for k, a in enumerate(chosen)]
    drawn = [_draw(a, m, columns, rng) for a, m in zip(chosen, modules)]
    if page["extractor"] == "phone_reader":
        for d in drawn:
            d["measure"] = min(d["measure"], rng.randint(12, 15))
    order = list(range(count))
    if page["order"] == "rail_first":
        order.sort(key=lambda k: modules[k] != "brief")
    elif page["order"] == "lead_last":
        order.sort(key=lambda k: modules[k] == "lead")

    sheet = Sheet()
    date = (rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))
    issue = rng.randint(1, 520)
    if page["masthead"] in ("top", "top_foot"):
        _masthead(sheet, rng, date, issue, foot=False)
    golds: dict[int, dict] = {}
    rail_open = False
    for k in order:
        if modules[k] == "brief" and rail_open:
            # the rail's head is printed once, over its first brief
            sheet.items.append(("rail", None))
        golds[k] = _set_article(sheet, chosen[k], drawn[k], rng, rng.randint(2, 8))
        rail_open = rail_open or modules[k] == "brief"
    if page["chart"] != "none":
        at = rng.choice([k for k, (kind, _) in enumerate(sheet.items) if kind == "end"])
        chart = Sheet()
        _chart(chart, rng.choice(chosen), page["chart"], rng)
        sheet.items[at + 1 : at + 1] = chart.items
        sheet.furniture += chart.furniture
    _drop_repeated_rail_heads(sheet)
    parks = [a.get("park", "") for a in chosen if a.get("park")]
    if page["sponsor"] == "co_host" and parks:
        sheet.furn(f"本版由{rng.choice(parks)}管委会协办")
    elif page["sponsor"] == "support_units" and parks:
        sheet.furn("支持单位：" + "　".join(rng.sample(parks, min(2, len(parks)))))
    if page["masthead"] in ("foot", "top_foot"):
        _masthead(sheet, rng, date, issue, foot=True)
    if page["masthead"] == "foot":
        sheet.furn(f"{date[0]}年{date[1]}月{date[2]}日")

    raw = _render(sheet, page["extractor"], set(habits), rng)
    gold = {
        "page": f"proof-{seed}.txt",
        "notes": "Laid out by tests/proof.py. Body text as printed; marks, rubrics, jump lines and "
        "e-paper links are furniture.",
        "articles": [golds[k] for k in range(count)],
        "furniture": sheet.furniture,
        "extractor": page["extractor"],
        "proof": page | {"habits": habits},
    }
    return raw, gold


def _drop_repeated_rail_heads(sheet: Sheet) -> None:
    """A 园区快讯 rubric follows each ("rail", None) marker; the rail's head is printed once."""
    items, furniture = sheet.items, sheet.furniture
    out: list[tuple[str, object]] = []
    skip = 0
    for kind, payload in items:
        if kind == "rail":
            skip = 1
            continue
        if skip and kind == "line" and payload == RUBRICS["brief"]:
            skip = 0
            furniture.remove(RUBRICS["brief"])
            continue
        skip = 0
        out.append((kind, payload))
    sheet.items = out
