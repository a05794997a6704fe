"""The twenty-fourth layouter: pages as an inker sees them who rolls the brayer over the whole forme.

`brayer_page(seed, articles)` lays 2-6 corpus articles on a page of 3-6 columns and returns the raw
text an extractor writes from it and its gold annotation (the format of
tests/gold/park-page-2021-01.gold.yaml, plus `furniture`). Every value drawn is noted under `brayer:`
per article and per page.

What it prints and how the extractor reads it back:
- headline decks read in the order of their type size, not of their place (the main title first,
  or the kicker last), titles in one or two lines, the lines sometimes read bottom-up or staggered;
- credits set as "记者：X 通讯员：Y", "X 文/图", "X／Y", a 本报讯 dateline or a closing "(记者 X)",
  the dot inside minority names read as whatever glyph the byline font carries (· • ・ ‧);
- the bold 本报讯 lead-in read inline, as a line of its own, or after the line it sits in;
- photos whose caption cuts into a paragraph between two of its lines, or stands between
  paragraphs, before or after the story, or at the page foot; captions set to the body's measure,
  across two columns, or narrow beside the photo; credits as 摄影：X, 图：X, 图片：X, X 摄影, X 提供;
  the photo itself read as a run of blank lines or of lines of spaces;
- stories continued to or from other pages with （转第N版）, 转第N版▶, （接第N版）, ◀续第N版;
- subheadings in a line, wrapped over two, set apart by blank lines or centred with ideographic spaces;
- paragraph indents lost, kept as ideographic spaces or as ASCII spaces;
- one story of the page set as a sidebar, read first, last, or in the middle of the lead story;
- page furniture at the top, at the foot, both, or as a vertical rail read one character a line;
- extractor habits: a blank line after every line (not after one ending half-width), thin spaces
  around figures, runs of figures and Latin letters read as lines of their own (another font),
  a form feed at the end, CR line ends, lines padded with ideographic spaces to the measure.
"""

from __future__ import annotations

import random
import re

from tests.goldtext import lead_sentence

CONVENTIONS: dict[str, tuple] = {
    "deck_order": ("printed", "title_first", "kicker_last"),
    "title_lines": ("one", "two", "two_reversed", "staggered"),
    "byline_form": ("none", "colon_label", "wentu", "slash", "dateline", "closing_ascii"),
    "name_dot": ("·", "•", "・", "‧"),
    "lead_run": ("none", "inline", "own_line", "after_line"),
    "caption_spot": ("none", "before_body", "after_body", "mid_paragraph", "between_paragraphs", "page_foot"),
    "caption_width": ("none", "body", "wide", "narrow"),
    "credit_form": ("none", "sheying_label", "tu_label", "tupian_label", "sheying_after", "tigong"),
    "jump": ("none", "to_zhuan", "to_arrow", "from_jie", "from_xu"),
    "subhead": ("none", "plain", "wrapped", "spaced", "centred"),
    "indent": ("lost", "ideographic", "spaces"),
    "measure": tuple(range(12, 24)),
}

PAGE_CONVENTIONS: dict[str, tuple] = {
    "columns": (3, 4, 5, 6),
    "sidebar": ("none", "read_first", "read_last", "read_mid"),
    "furniture": ("top", "foot", "both", "rail"),
    "photo_gap": ("none", "blank_run", "space_lines"),
}

HABITS = ("blank_after_lines", "thin_spaces", "figures_apart", "form_feed", "cr_ends", "padded_lines")

NO_LINE_START = "，。、；：？！”’）》〉」』…—%"
NO_LINE_END = "“‘（《〈「『"
PAGE_NAMES = ("园区", "园区新闻", "高新区之窗", "园区·动态")
EDITORS = ("伍思远", "阿迪力", "卓玛", "那仁", "乜晓燕", "郏文涛", "马玉兰", "金顺姬")
WEEKDAYS = "一二三四五六日"
COLUMN_MEASURES = {3: (18, 23), 4: (15, 20), 5: (13, 17), 6: (12, 15)}  # ems a column holds
CAPTIONED = ("caption_spot", "caption_width", "credit_form")


def width(text: str) -> float:
    return sum(0.5 if ord(ch) < 0x2E80 and ch not in "“”‘’—…·" else 1.0 for ch in text)


def wrap(text: str, measure: int, first: int) -> list[str]:
    """Lines of a column `measure` ems wide, the first `first` ems wide; no line opens with
    closing punctuation or closes with opening punctuation (the characters are pushed down), and
    no run of figures or Latin letters is broken."""
    lines: list[str] = []
    line = ""
    room = first
    for ch in text:
        if width(line + ch) > room and line:
            keep = len(line)
            if ch in NO_LINE_START:
                keep -= 1
            elif ch.isascii() and ch.isalnum():
                run = re.search(r"[0-9A-Za-z.,%]*$", line)
                keep -= len(run.group()) if run else 0
            while keep > 1 and (
                line[keep - 1] in NO_LINE_END or (keep < len(line) and line[keep] in NO_LINE_START)
            ):
                keep -= 1
            keep = keep if keep > 0 else len(line)
            lines.append(line[:keep])
            line = line[keep:]
            room = measure
        line += ch
    if line:
        lines.append(line)
    return lines


def split_title(title: str) -> tuple[str, str]:
    if " " in title.strip():
        head, _, tail = title.strip().partition(" ")
        return head, tail.strip()
    cut = max(1, len(title) // 2)
    while cut < len(title) - 1 and (title[cut] in NO_LINE_START or title[cut - 1] in NO_LINE_END):
        cut += 1
    return title[:cut], title[cut:]


def credit_line(authors: list[dict], dot: str) -> str:
    parts = [f"{a.get('role') or ''} {a['name']}".strip() for a in authors]
    return " ".join(parts).replace("·", dot)


def article_captions(article: dict) -> list[dict]:
    if isinstance(article.get("caption"), dict):
        found = [article["caption"]]
    else:
        found = list(article.get("captions") or [])
    return [{"text": c["text"], "credit": c.get("credit") or ""} for c in found if c.get("text")]


def credit_text(form: str, credit: str) -> str:
    return {
        "sheying_label": f"摄影：{credit}",
        "tu_label": f"图：{credit}",
        "tupian_label": f"图片：{credit}",
        "sheying_after": f"{credit} 摄影",
        "tigong": f"{credit} 提供",
    }[form]


def draw(rng: random.Random, name: str) -> object:
    return rng.choice(CONVENTIONS[name])


def lay_article(rng: random.Random, article: dict, columns: int) -> dict:
    """One story's lines: headline, body (with a caption cut into it or not), captions kept for
    the page foot, jump lines and the gold."""
    drawn: dict = {name: draw(rng, name) for name in CONVENTIONS}
    low, high = COLUMN_MEASURES[columns]
    measure = drawn["measure"] = rng.randint(low, high)
    body = list(article["body"])
    paragraphs = [k for k, item in enumerate(body) if not item.startswith("## ")]
    furniture: list[str] = []
    jump_line = ""
    number = rng.randint(2, 8)
    if drawn["jump"] != "none" and len(paragraphs) < 2:
        drawn["jump"] = "none"
    if drawn["jump"].startswith("to_"):
        keep = paragraphs[max(0, len(paragraphs) // 2 - 1)] + 1
        body = body[:keep]
        jump_line = f"（转第{number}版）" if drawn["jump"] == "to_zhuan" else f"转第{number}版▶"
    elif drawn["jump"].startswith("from_"):
        body = body[paragraphs[len(paragraphs) // 2] :]
        jump_line = f"（接第{number}版）" if drawn["jump"] == "from_jie" else f"◀续第{number}版"
    if jump_line:
        furniture.append(jump_line)

    own_dateline = ""  # a short item's 本报讯 printed at the head of its first paragraph
    if body and body[0].startswith("本报讯"):
        own_dateline = "本报讯" if drawn["jump"] == "none" or drawn["jump"].startswith("to_") else ""
        body[0] = body[0][3:].strip()
    authors = list(article.get("authors") or [])
    if not authors:
        drawn["byline_form"] = "none"
    elif drawn["byline_form"] == "dateline" and drawn["jump"].startswith("from_"):
        drawn["byline_form"] = rng.choice(("colon_label", "wentu", "slash", "closing_ascii"))
    if drawn["byline_form"] == "none":
        authors = []  # a short item printed with no credit at all
    form, dot = drawn["byline_form"], drawn["name_dot"]
    byline = dateline = ""
    if form == "colon_label":
        byline = " ".join(f"{a['role']}：{a['name']}" if a.get("role") else a["name"] for a in authors)
    elif form == "wentu":
        byline = credit_line(authors, "·") + " 文/图"
    elif form == "slash":
        byline = "／".join(a["name"] for a in authors)
    elif form == "dateline":
        dateline = f"本报讯（{credit_line(authors, '·')}）"
    elif form == "closing_ascii":
        byline = f"({credit_line(authors, '·')})"
    byline, dateline = byline.replace("·", dot), dateline.replace("·", dot) or own_dateline
    if not dateline:
        drawn["lead_run"] = "none"
    elif drawn["lead_run"] == "none":
        drawn["lead_run"] = rng.choice(("inline", "own_line", "after_line"))

    kicker, title, subtitle = article.get("kicker") or "", article["title"], article.get("subtitle") or ""
    if drawn["title_lines"] == "one":
        title_rows = [title]
    else:
        top, bottom = split_title(title)
        title_rows = {
            "two": [top, bottom],
            "two_reversed": [bottom, top],
            "staggered": [top, "    " + bottom],
        }[drawn["title_lines"]]
    decks = {
        "printed": [kicker, *title_rows, subtitle],
        "title_first": [*title_rows, kicker, subtitle],
        "kicker_last": [*title_rows, subtitle, kicker],
    }[drawn["deck_order"]]
    head = [row for row in decks if row.strip()]
    if form in ("colon_label", "wentu", "slash"):
        head.append(byline)

    indent = {"lost": "", "ideographic": "\u3000\u3000", "spaces": "    "}[drawn["indent"]]
    headings = [item for item in body if item.startswith("## ")]
    if not headings:
        drawn["subhead"] = "none"
    elif drawn["subhead"] == "none":
        drawn["subhead"] = rng.choice(("plain", "wrapped", "spaced", "centred"))
    blocks: list[dict] = []
    rows: list[list[str]] = []  # the lines of each block, in order
    for k, item in enumerate(body):
        if item.startswith("## "):
            text = item[3:].strip()
            blocks.append({"type": "heading", "text": text})
            style = drawn["subhead"]
            if style == "wrapped" and len(text) >= 6:
                rows.append(list(split_title(text.replace(" ", ""))))
            elif style == "spaced":
                rows.append(["", text, ""])
            elif style == "centred":
                rows.append(["\u3000" * max(1, (measure - len(text)) // 2) + text])
            else:
                rows.append([text])
            continue
        blocks.append({"type": "paragraph", "text": item})
        lead = dateline if k == 0 and dateline and drawn["lead_run"] == "inline" else ""
        lines = wrap(lead + item, measure, measure - 2)
        lines[0] = indent + lines[0]
        if k == 0 and dateline and drawn["lead_run"] == "own_line":
            lines.insert(0, dateline)
        elif k == 0 and dateline and drawn["lead_run"] == "after_line":
            lines.insert(1, dateline)
        rows.append(lines)
    if form == "closing_ascii":
        rows[-1] = (
            rows[-1][:-1] + [rows[-1][-1] + byline]
            if width(rows[-1][-1] + byline) <= measure
            else [
                *rows[-1],
                byline,
            ]
        )

    captions = article_captions(article)
    gold_captions: list[dict] = []
    caption_rows: list[str] = []
    if not captions:
        for name in CAPTIONED:
            drawn[name] = "none"
    else:
        for name in CAPTIONED:
            if drawn[name] == "none":
                drawn[name] = rng.choice(CONVENTIONS[name][1:])
        cap_measure = {"body": measure, "wide": min(2 * measure + 1, 40), "narrow": max(8, measure - 5)}[
            drawn["caption_width"]
        ]
        for caption in captions:
            credit = credit_text(drawn["credit_form"], caption["credit"]) if caption["credit"] else ""
            gold_captions.append({"text": caption["text"], "credit": credit})
            caption_rows += wrap(caption["text"], cap_measure, cap_measure)
            if credit and width(f"{caption_rows[-1]} {credit}") <= cap_measure:
                caption_rows[-1] = f"{caption_rows[-1]} {credit}"
            elif credit:
                caption_rows.append(credit)  # the credit is not broken: a line of its own
    foot_captions: list[str] = []
    spot = drawn["caption_spot"]
    if caption_rows:
        long_paragraphs = [k for k, b in enumerate(blocks) if b["type"] == "paragraph" and len(rows[k]) >= 3]
        if spot == "mid_paragraph" and not long_paragraphs:
            spot = drawn["caption_spot"] = "between_paragraphs" if len(blocks) > 1 else "after_body"
        if spot == "between_paragraphs" and len(blocks) < 2:
            spot = drawn["caption_spot"] = "after_body"
        if spot == "mid_paragraph":
            k = long_paragraphs[0]
            cut = len(rows[k]) // 2
            rows[k] = rows[k][:cut] + ["\x00"] + rows[k][cut:]
        elif spot == "between_paragraphs":
            rows.insert(1, ["\x00"])
        elif spot == "before_body":
            rows.insert(0, ["\x00"])
        elif spot == "after_body":
            rows.append(["\x00"])
        else:
            foot_captions = caption_rows
    lines = [line for block in rows for line in block]
    if jump_line and drawn["jump"].startswith("from_"):
        head.append(jump_line)
    elif jump_line:
        lines.append(jump_line)
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
        "captions": gold_captions,
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary") or "",
        "lead_summary": lead_sentence(blocks),
        "brayer": drawn,
    }
    return {
        "head": head,
        "lines": lines,
        "captions": caption_rows,
        "foot": foot_captions,
        "furniture": furniture,
        "gold": gold,
    }


def photo_gap(kind: str, rng: random.Random) -> list[str]:
    if kind == "blank_run":
        return [""] * rng.randint(2, 5)
    if kind == "space_lines":
        return [" " * rng.randint(10, 30) for _ in range(rng.randint(2, 4))]
    return []


def expand(lines: list[str], captions: list[str], gap: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        out += [*gap, *captions] if line == "\x00" else [line]
    return out


def figures_apart(line: str) -> list[str]:
    pieces = [piece for piece in re.split(r"([0-9A-Za-z.%]{2,})", line) if piece]
    return pieces or [line]


def brayer_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    rng = random.Random(f"brayer:{seed}")
    page = {name: rng.choice(values) for name, values in PAGE_CONVENTIONS.items()}
    habits = sorted(h for h in HABITS if rng.random() < 0.4)
    page["habits"] = habits
    count = min(len(articles), rng.randint(2, 6))
    chosen = rng.sample(articles, count)
    laid = [lay_article(rng, article, page["columns"]) for article in chosen]
    if count < 2:
        page["sidebar"] = "none"

    month, day = rng.randint(1, 12), rng.randint(1, 28)
    date = f"2025年{month}月{day}日 星期{WEEKDAYS[rng.randrange(7)]}"
    page_name, folio = rng.choice(PAGE_NAMES), str(rng.randint(2, 12))
    editor = f"责任编辑：{rng.choice(EDITORS)}"
    furniture: list[str] = []
    top: list[str] = []
    foot: list[str] = []
    if page["furniture"] in ("top", "both"):
        top = [f"{date}  {page_name}", editor]
        furniture += [date, page_name, editor]
    if page["furniture"] in ("foot", "both"):
        foot = [folio, f"{editor}  {date}" if page["furniture"] == "foot" else folio]
        foot = foot[:1] if page["furniture"] == "both" else foot
        furniture += [folio] + ([editor, date] if page["furniture"] == "foot" else [])
    if page["furniture"] == "rail":
        top = list(page_name.replace("·", "")) + [""]
        furniture.append(page_name.replace("·", ""))
        foot = [editor]
        furniture.append(editor)

    stories = []
    for item in laid:
        gap = photo_gap(page["photo_gap"], rng) if item["captions"] else []
        stories.append(
            {"head": item["head"], "body": expand(item["lines"], item["captions"], gap), "gap": gap}
        )
    order = list(range(count))
    main_lines = []
    if page["sidebar"] != "none":
        side = min(order[1:], key=lambda k: len("".join(laid[k]["lines"])))
        order.remove(side)
        side_lines = ["", *stories[side]["head"], *stories[side]["body"], ""]
        if page["sidebar"] == "read_first":
            order.insert(0, side)
        elif page["sidebar"] == "read_last":
            order.append(side)
        else:
            lead = stories[order[0]]
            cut = len(lead["body"]) // 2
            lead["body"] = lead["body"][:cut] + side_lines + lead["body"][cut:]
    for k in order:
        main_lines += ["", *stories[k]["head"], "", *stories[k]["body"]]
    foot_captions = []
    for item in laid:
        if item["foot"]:
            foot_captions += photo_gap(page["photo_gap"], rng) + item["foot"]
        furniture += item["furniture"]
    lines = top + main_lines + [""] + foot_captions + [""] + foot

    if "thin_spaces" in habits:
        lines = [
            re.sub(r"(?<=[^\x00-\x7f])([0-9][0-9.%]*)(?=[^\x00-\x7f])", "\u2009\\1\u2009", line)
            for line in lines
        ]
    if "figures_apart" in habits:
        lines = [piece for line in lines for piece in figures_apart(line)]
    if "padded_lines" in habits:
        lines = [line + "\u3000" * 2 if line.strip() else line for line in lines]
    end = "\r" if "cr_ends" in habits else "\n"
    out = []
    for line in lines:
        out.append(line + end)
        if "blank_after_lines" in habits and line.strip() and not re.search(r"[0-9A-Za-z+\-]$", line):
            out.append(end)
    raw = "".join(out) + ("\f" if "form_feed" in habits else "")
    gold = {
        "page": "",
        "notes": "Gold annotation of a page laid out by tests/brayer.py. Body text as printed; the scorer "
        "compares after NFKC and whitespace removal.",
        "articles": [item["gold"] for item in laid],
        "furniture": furniture,
        "brayer": page,
    }
    return raw, gold
