"""The thirtieth layouter: a provincial party daily's weekly 园区经济 page, set years ago in a
legacy typesetting system and read back from the paper's archive or from reposts.

`pica_page(seed, articles)` lays two to six corpus articles out and returns the raw text an
extractor writes and its gold annotation (format of tests/gold/park-page-2021-01.gold.yaml, with
the page's furniture lines and every drawn value under `pica`).
"""

from __future__ import annotations

import random
import re

from tests.goldtext import lead_sentence

# Per article: every value a convention takes ("none" where the article gives it nothing to act on)
CONVENTIONS: dict[str, list] = {
    # how the deck is printed: one line each, the subtitle above the title, all on one baseline
    "deck": ["stacked", "subtitle_first", "one_baseline"],
    # where the deck is read: before the body, or after the lead paragraph's column
    "deck_place": ["before", "after_lead"],
    # how the authors are printed
    "credit": ["dispatch", "byline_line", "repost", "closing", "cnki"],
    # a bold lead-in phrase opening a paragraph: run in, read as its own line, set off by a gap
    "leadin": ["none", "inline", "own_line", "gap"],
    # the first line of a paragraph: indent lost, ideographic spaces kept, no indent at all
    "indent": ["lost", "ideographic", "flush"],
    # subheadings: alone on a line, centred with spaces
    "heading": ["none", "plain", "centred"],
    # caption: text then credit, a 组图 credit line after the text, credit up front
    "caption": ["none", "after", "zutu", "before"],
    # what the page prints after the story: nothing, a QR note, a cross-reference, both
    "tail": ["none", "qr", "pointer", "both"],
    # a column logo set above the story
    "column": ["none", "回音壁", "蹲点日记", "数字经济", "县域经济"],
    # column width in characters
    "measure": list(range(13, 21)),
    # how many lines a column holds before the story's text goes on in the next column box
    "depth": ["shallow", "middle", "deep"],
}

PAGE_CONVENTIONS: dict[str, list] = {
    # page name, page number, date and weekday: one line, an archive stamp, split top and bottom
    "masthead": ["top_line", "archive_stamp", "split"],
    # 主编/责编/美编/校对: a line at the top, a line at the foot, a role a line at the foot
    "staff": ["top", "bottom", "stacked"],
    # a campaign logo over the lead story
    "campaign": ["none", "新春走基层", "新时代新征程"],
    # a box of the page that is no story: ranking table, figures strip, one-liners
    "box": ["none", "ranking", "figures", "weiping"],
    # the page's planner line
    "planner": ["none", "策划", "统筹"],
}

# The extractor the page was read back by
HABITS: list[str] = [
    "pdfminer",  # LAParams boxes, blank line between boxes, captions read above their story
    "pymupdf_blocks",  # a block's lines, one newline between blocks
    "pymupdf_words",  # words rejoined: spaces where Han meets Latin or digits
    "acrobat",  # a blank line after every line not ending in a half-width character
    "cajviewer",  # CNKI copy: a paragraph a line, ideographic indents
    "paddleocr",  # line per box, by y then x: two neighbouring columns joined on one line
    "app_repost",  # a news app: paragraphs, no columns, blank lines between
    "word_import",  # Word's PDF import: text boxes (captions) read at the page's end
]

PAPERS = ["河北日报", "江苏经济报", "浙江日报", "湖南日报", "四川日报", "陕西日报", "新疆日报", "吉林日报"]
PAGE_NAMES = ["园区经济", "开发区", "县域·园区", "园区经济周刊"]
WEEKDAYS = "一二三四五六日"
STAFF = ["祁秀芬", "郦向东", "禤丽娟", "仉建华", "阚明", "蒯晓岚", "晏子青", "訾宏"]
DEPTHS = {"shallow": 9, "middle": 16, "deep": 30}
CLOSERS = "，。、；：？！”）》"
HALF = re.compile(r"[0-9A-Za-z%.+\-]")
LEADIN = re.compile(r"^([^，。：；“”]{2,13}[。：])(?=.{12})")


def _authors(article: dict) -> list[dict]:
    out = []
    for author in article.get("authors") or []:
        if isinstance(author, dict):
            out.append({"name": author.get("name", ""), "role": author.get("role", "") or ""})
        else:
            out.append({"name": str(author), "role": ""})
    return [a for a in out if a["name"]]


def _captions(article: dict) -> list[dict]:
    found = article.get("captions") or ([article["caption"]] if article.get("caption") else [])
    return [{"text": c.get("text", ""), "credit": c.get("credit", "") or ""} for c in found if c.get("text")]


def _wrap(text: str, measure: int, first: int) -> list[str]:
    """Column lines of `measure` characters, the first `first`; a closing mark hangs on its line."""
    lines, width, rest = [], first, text
    while rest:
        cut = min(width, len(rest))
        while cut < len(rest) and rest[cut] in CLOSERS and cut < width + 2:
            cut += 1
        lines.append(rest[:cut])
        rest, width = rest[cut:], measure
    return lines


def _credit_text(authors: list[dict], form: str) -> str:
    if form == "dispatch":
        parts = [f"{a['role'].removeprefix('本报')} {a['name']}".strip() for a in authors]
        return "本报讯（" + " ".join(parts) + "）" if parts else "本报讯"
    if form == "byline_line":
        return "　".join(f"{_paper_role(a['role'])} {a['name']}".strip() for a in authors)
    if form == "repost":
        return "作者：" + "　".join(a["name"] for a in authors)
    if form == "cnki":
        return "【作者】" + "；".join(a["name"] for a in authors)
    return "（" + " ".join(f"{a['role'].removeprefix('本报')} {a['name']}".strip() for a in authors) + "）"


def _paper_role(role: str) -> str:
    return role if not role or role.startswith("本报") else "本报" + role


def _article(rng: random.Random, article: dict, index: int, extractor: str, issue: dict) -> tuple[list, dict]:
    """Regions [(kind, lines)] of one story and its gold."""
    authors = _authors(article)
    captions = _captions(article)
    body = [str(item) for item in article["body"] if str(item).strip()]
    has_heading = any(item.startswith("## ") for item in body)
    drawn = {
        "deck": rng.choice(CONVENTIONS["deck"]),
        "deck_place": rng.choice(CONVENTIONS["deck_place"]),
        "credit": rng.choice(CONVENTIONS["credit"][:4]) if authors else "dispatch",
        "leadin": "none",
        "indent": rng.choice(CONVENTIONS["indent"]),
        "heading": rng.choice(CONVENTIONS["heading"][1:]) if has_heading else "none",
        "caption": rng.choice(CONVENTIONS["caption"][1:]) if captions else "none",
        "tail": rng.choice(CONVENTIONS["tail"]),
        "column": rng.choice(CONVENTIONS["column"]),
        "measure": rng.choice(CONVENTIONS["measure"]),
        "depth": rng.choice(CONVENTIONS["depth"]),
    }
    if extractor == "cajviewer" and authors and rng.random() < 0.5:  # one story copied from CNKI
        drawn["credit"] = "cnki"
    leadin_form = rng.choice(CONVENTIONS["leadin"][1:])
    kicker, title = article.get("kicker", "") or "", article["title"]
    subtitle = article.get("subtitle", "") or ""
    furniture: list[str] = []
    regions: list[tuple[str, list[str]]] = []

    def furn(lines: list[str]) -> None:
        furniture.extend(line for line in lines if line.strip())
        regions.append(("furn", lines))

    if drawn["column"] != "none":
        logo = {
            "回音壁": ["回音壁·问政"],
            "蹲点日记": ["基层一线", "蹲点日记"],
            "数字经济": ["数字经济"],
            "县域经济": ["县域经济·园区"],
        }[drawn["column"]]
        furn(logo)
    credit = _credit_text(authors, drawn["credit"])
    if drawn["credit"] == "repost":
        furn([f"来源：{rng.choice(PAPERS)}"])
    deck = [part for part in (kicker, title, subtitle) if part]
    if drawn["deck"] == "subtitle_first" and subtitle:
        deck = [subtitle] + [part for part in (kicker, title) if part]
    deck_lines = ["　　".join(deck)] if drawn["deck"] == "one_baseline" else deck
    deck_region = ("deck", deck_lines)
    pre: list[tuple[str, list[str]]] = [deck_region]
    if drawn["credit"] == "repost":
        original = f"原标题：{title}"
        furniture.append(original)
        pre.append(("furn", [original]))
    if drawn["credit"] in ("byline_line", "repost", "cnki"):
        pre.append(("deck", [credit]))
    if drawn["credit"] == "cnki":
        header = [
            f"【报纸名称】{issue['paper']}",
            f"【报纸日期】{issue['year']}-{issue['month']:02d}-{issue['day']:02d}",
            f"【版名】{issue['name']}",
            f"【版号】{issue['number']:02d}",
        ]
        furniture.extend(header)
        pre.append(("furn", header))

    blocks: list[dict] = []
    paragraphs: list[list[str]] = []
    width = drawn["measure"]
    for k, item in enumerate(body):
        if item.startswith("## "):
            text = item[3:].strip()
            blocks.append({"type": "heading", "text": text})
            pad = " " * rng.randint(2, 5) if drawn["heading"] == "centred" else ""
            paragraphs.append([pad + text + pad.rstrip()])
            continue
        text = item.strip()
        blocks.append({"type": "paragraph", "text": text})
        lead = text
        if k == 0 and drawn["credit"] == "dispatch":
            lead = credit + text
        match = LEADIN.match(text) if k > 0 else None
        indent = "　　" if drawn["indent"] == "ideographic" else ""
        first = width if drawn["indent"] == "flush" else width - 2
        if extractor in ("cajviewer", "app_repost"):
            lines = [("　　" if extractor == "cajviewer" else "") + lead]
        elif match:
            drawn["leadin"] = leadin_form
            phrase, rest = match.group(1), text[len(match.group(1)) :]
            if leadin_form == "own_line":
                lines = [indent + phrase] + _wrap(rest, width, width)
            elif leadin_form == "gap":
                wrapped = _wrap(rest, width, max(4, first - len(phrase)))
                lines = [indent + phrase + "  " + wrapped[0]] + wrapped[1:]
            else:
                lines = _wrap(lead, width, first)
                lines[0] = indent + lines[0]
        else:
            lines = _wrap(lead, width, first)
            lines[0] = indent + lines[0]
        paragraphs.append(lines)
    if drawn["credit"] == "closing":
        paragraphs[-1] = paragraphs[-1] + [credit]
    body_lines = [line for para in paragraphs for line in para]
    depth = DEPTHS[drawn["depth"]]

    def columns(lines: list[str]) -> list[tuple[str, list[str]]]:
        """A column box of `depth` lines each: the extractor may read a gap between them."""
        return [("body", lines[k : k + depth]) for k in range(0, len(lines), depth)]

    if drawn["deck_place"] == "after_lead" and len(paragraphs) > 1:
        cut = len(paragraphs[0])
        regions += columns(body_lines[:cut]) + pre + columns(body_lines[cut:])
    else:
        regions += pre + columns(body_lines)

    gold_captions = []
    for caption in captions:
        form = drawn["caption"]
        credit_line = caption["credit"]
        if form == "zutu" and credit_line:
            credit_line = f"组图：{credit_line} 摄"
        if form == "zutu" and caption["credit"]:
            lines = [caption["text"], credit_line]
        elif form == "before" and caption["credit"]:
            lines = [f"{credit_line}摄　{caption['text']}"]
            credit_line += "摄"
        else:
            lines = [caption["text"] + (f"　{credit_line} 摄" if credit_line else "")]
            credit_line += " 摄" if credit_line else ""
        gold_captions.append({"text": caption["text"], "credit": credit_line})
        regions.append(("caption", lines))
    if drawn["credit"] == "repost":
        furn([f"编辑：{rng.choice(STAFF)}　审核：{rng.choice(STAFF)}"])
    if drawn["tail"] in ("qr", "both"):
        furn([rng.choice(["扫码看视频", "扫描二维码 观看视频报道", "▲扫码看更多"])])
    if drawn["tail"] in ("pointer", "both"):
        furn([f"（相关报道见第{rng.randint(2, 12)}版）"])

    names = [a["name"] for a in authors]
    gold = {
        "id": str(article.get("id", f"article-{index}")),
        "park": article.get("park", ""),
        "kicker": kicker,
        "title": title,
        "subtitle": subtitle,
    }
    if drawn["deck"] == "subtitle_first" and subtitle:
        gold["title_alternatives"] = [subtitle]
    gold |= {
        "dateline": credit if drawn["credit"] == "dispatch" else "",
        "authors": names,
        "byline": credit if drawn["credit"] != "dispatch" else "",
        "blocks": blocks,
        "captions": gold_captions,
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary", ""),
        "lead_summary": lead_sentence(blocks),
        "pica": drawn,
    }
    return regions, {"gold": gold, "furniture": furniture}


def _issue(rng: random.Random) -> dict:
    """The paper, date and page the page was printed as."""
    return {
        "year": rng.randint(2009, 2024),
        "month": rng.randint(1, 12),
        "day": rng.randint(1, 28),
        "weekday": WEEKDAYS[rng.randrange(7)],
        "number": rng.randint(5, 16),
        "name": rng.choice(PAGE_NAMES),
        "paper": rng.choice(PAPERS),
    }


def _page_furniture(rng: random.Random, drawn: dict, issue: dict) -> dict[str, list[list[str]]]:
    """The page's own lines: {"top": [...], "bottom": [...], "lead": [...], "box": [...]}."""
    year, month, day, weekday = issue["year"], issue["month"], issue["day"], issue["weekday"]
    number, name, paper = issue["number"], issue["name"], issue["paper"]
    out: dict[str, list[list[str]]] = {"top": [], "bottom": [], "lead": [], "box": []}
    if drawn["masthead"] == "top_line":
        out["top"].append([f"{number:02d}  {name}  {year}年{month}月{day}日  星期{weekday}"])
    elif drawn["masthead"] == "archive_stamp":
        out["top"].append([f"{paper}数字报  {year}-{month:02d}-{day:02d}  第{number:02d}版：{name}"])
    else:
        out["top"].append([f"第{number}版", name])
        out["bottom"].append([f"{year}年{month}月{day}日 星期{weekday}", paper])
    staff = [
        ("主编", rng.choice(STAFF)),
        ("责编", rng.choice(STAFF)),
        ("美编", rng.choice(STAFF)),
        ("校对", rng.choice(STAFF)),
    ]
    if drawn["staff"] == "stacked":
        out["bottom"].append([f"{role}：{who}" for role, who in staff] + ["版式：" + rng.choice(STAFF)])
    else:
        line = "  ".join(f"{role} {who}" for role, who in staff)
        out["top" if drawn["staff"] == "top" else "bottom"].append([line])
    if drawn["campaign"] == "新春走基层":
        out["lead"].append(["新春走基层"])
    elif drawn["campaign"] == "新时代新征程":
        out["lead"].append(["“新时代", "新征程”", "园区新作为"])
    if drawn["box"] == "ranking":
        zones = ["高新区", "经开区", "综保区", "产业园"]
        rows = [f"{year - 1}年度全省开发区综合考评结果（前五位）", "排名  开发区  综合得分"]
        for rank in range(1, 6):
            rows.append(
                f"{rank}  {rng.choice('东西南北中')}{rng.choice('江山湖河城')}{rng.choice(zones)}"
                f"  {rng.randint(850, 990) / 10:.1f}"
            )
        out["box"].append(rows)
    elif drawn["box"] == "figures":
        out["box"].append(
            [
                "数字经济",
                f"{rng.randint(120, 980)}亿元",
                "规上数字经济核心产业营业收入",
                f"{rng.randint(5, 30)}.{rng.randint(0, 9)}%",
                "同比增长",
            ]
        )
    elif drawn["box"] == "weiping":
        out["box"].append(
            [
                "微评",
                "园区的含金量，看项目，更看服务。",
                "一句话新闻",
                f"全省新增省级开发区{rng.randint(2, 9)}家。",
            ]
        )
    if drawn["planner"] != "none":
        out["bottom"].append([f"本版{drawn['planner']}：{rng.choice(STAFF)}"])
    return out


_SPLIT = re.compile(r"(?<=[\u3400-\u9fff])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])(?=[\u3400-\u9fff])")


def _render(regions: list[tuple[str, list[str]]], extractor: str) -> str:
    """The raw text the extractor writes of the page's regions in reading order."""
    if extractor == "acrobat":
        out = []
        for _, lines in regions:
            for line in lines:
                out.append(line + ("\n" if HALF.match(line[-1:]) else "\n\n"))
        return "".join(out)
    if extractor == "pdfminer":
        return "\n\n".join("\n".join(lines) for _, lines in regions) + "\n"
    if extractor == "pymupdf_words":
        return "\n".join(_SPLIT.sub(" ", line) for _, lines in regions for line in lines) + "\n"
    if extractor == "app_repost":
        return "\n\n".join(line for _, lines in regions for line in lines) + "\n"
    if extractor == "word_import":
        main = [lines for kind, lines in regions if kind != "caption"]
        boxes = [lines for kind, lines in regions if kind == "caption"]
        return "\n".join(line + "  " for lines in main + boxes for line in lines) + "\n"
    return "\n".join(line for _, lines in regions for line in lines) + "\n"


def _ocr_pair(first: list, second: list) -> list:
    """Two neighbouring stories read by y then x: decks first, column lines side by side."""
    decks = [r for r in first + second if r[0] != "body"]
    left = [line for kind, lines in first if kind == "body" for line in lines]
    right = [line for kind, lines in second if kind == "body" for line in lines]
    rows = [
        (a + "    " + b if a and b else a or b)
        for a, b in (
            (left[i] if i < len(left) else "", right[i] if i < len(right) else "")
            for i in range(max(len(left), len(right)))
        )
    ]
    return decks + [("body", rows)]


def pica_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """Lay two to six of the articles out as one page; return (raw text, gold)."""
    rng = random.Random(f"pica:{seed}")
    count = min(len(articles), rng.randint(2, 6))
    chosen = rng.sample(articles, count)
    extractor = rng.choice(HABITS)
    habits = [extractor]
    drawn = {name: rng.choice(values) for name, values in PAGE_CONVENTIONS.items()}
    issue = _issue(rng)
    page = _page_furniture(rng, drawn, issue)
    furniture: list[str] = []
    units = []
    golds = []
    for index, article in enumerate(chosen):
        regions, laid = _article(rng, article, index, extractor, issue)
        if extractor == "pdfminer":  # caption boxes sit above the text and are read first
            regions = [r for r in regions if r[0] == "caption"] + [r for r in regions if r[0] != "caption"]
        if extractor == "pymupdf_blocks":  # content-stream order: display type set after the text
            regions = [r for r in regions if r[0] != "deck"] + [r for r in regions if r[0] == "deck"]
        units.append(regions)
        golds.append(laid)
    if extractor == "paddleocr" and len(units) >= 3:
        units[1:3] = [_ocr_pair(units[1], units[2])]
    order: list[tuple[str, list[str]]] = []
    for lines in page["top"]:
        order.append(("furn", lines))
    for lines in page["lead"]:
        order.append(("furn", lines))
    box_at = rng.randint(1, len(units))
    for k, unit in enumerate(units):
        if k == box_at:
            order += [("furn", lines) for lines in page["box"]]
        order += unit
    if box_at == len(units):
        order += [("furn", lines) for lines in page["box"]]
    for lines in page["bottom"]:
        order.append(("furn", lines))
    for place in ("top", "lead"):
        furniture += [line for lines in page[place] for line in lines]
    for laid in golds:
        furniture += laid["furniture"]
    furniture += [line for lines in page["box"] for line in lines]
    furniture += [line for lines in page["bottom"] for line in lines]
    raw = _render(order, extractor)
    gold = {
        "page": "",
        "notes": "Laid out by the thirtieth layouter (tests/pica.py); every drawn value is under pica.",
        "extractor": extractor,
        "furniture": furniture,
        "pica": drawn | {"habits": habits},
        "articles": [laid["gold"] for laid in golds],
    }
    return raw, gold
