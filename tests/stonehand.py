"""The stone-hand layouter: makes up a park page as a compositor at the stone would, then reads
it back as a PDF text extractor does, one printed column line to a line.

`stonehand_page(seed, articles)` draws two to six articles and, for each, a set of conventions
(column measure, kinsoku, headline placement, byline and dateline forms, captions, subheading
style, jump lines ...), lays them out, adds page furniture and writes the lines out with one of
several extractor habits. It returns the raw text and the gold annotation of a perfect parse:
every printed character belongs to exactly one article field or to the furniture. Each gold
article notes its drawn conventions under `stonehand`, and the page notes its own.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

# Every convention and the values it is drawn from; the first value of each is the plainest.
ARTICLE_CONVENTIONS: dict[str, tuple[str, ...]] = {
    "indent": ("lost", "kept", "flush"),  # a paragraph's first line: indent dropped, kept as spaces, none
    "kinsoku": ("hang", "pull"),  # closing punctuation hangs past the measure, or pulls a character down
    "number_spacing": ("none", "around", "some"),  # spaces the extractor puts around half-width runs
    "headline": ("before", "after", "gathered", "inside", "spanning"),
    "title_break": ("measure", "at_space", "one_line"),
    "headline_spacing": ("none", "short_spread"),  # short headlines printed letter-spaced
    "kicker_form": ("plain", "marked"),
    "subtitle_form": ("plain", "dash"),
    "dateline": ("paren", "bare_byline", "end_paren"),
    "byline": ("plain", "arrow", "wen", "square"),
    "byline_place": ("top", "bottom", "bottom_paren"),
    "trailing": ("same_line", "own_line", "paren"),
    "caption_place": ("after_headline", "after_body", "mid_body"),
    "caption_form": ("inline", "stacked", "credit_first"),
    "credit_form": ("source", "label", "suffix"),
    "heading_style": ("plain", "numbered", "square", "bracket"),
    "spread_lines": ("none", "some"),
    "jump": ("none", "to", "from"),
}
PAGE_CONVENTIONS: dict[str, tuple[str, ...]] = {
    "extractor": (
        "documented",
        "plain",
        "double",
        "crlf",
        "leading_space",
        "trailing_space",
        "joined_headlines",
    ),
    "furniture": ("header", "footer", "both", "none"),
}
# How often each value is drawn where plain choice would not do (the documented extractor on
# most pages, jumps and letter-spaced lines now and then).
NOT_APPLIED = "n/a"  # recorded for a convention that the article gave nothing to apply to
WEIGHTS: dict[str, tuple[int, ...]] = {
    "extractor": (10, 2, 2, 1, 2, 1, 2),
    "jump": (8, 1, 1),
    "spread_lines": (3, 1),
    "indent": (6, 2, 1),
    "headline": (4, 3, 2, 1, 1),
}

NO_LINE_START = set("，。、；：？！”’）》」』】〕%…—·")
NO_LINE_END = set("“‘（《「『【〔")
HALF_WIDTH_RUN = re.compile(r"[0-9A-Za-z.%+\-/]+")
DATED_KINDS = {"news", "short", "measures", "photo"}
DATELINE_ROLES = (
    "记者",
    "通讯员",
    "特约通讯员",
    "实习生",
    "特约记者",
    "本报记者",
    "本报通讯员",
    "本报特约通讯员",
)
NUMERALS = "一二三四五六七八九十"
WEEKDAYS = "一二三四五六日"


@dataclass
class Line:
    text: str
    tight: bool = False  # joined to the next line by a single newline (lines of one headline)
    opens_paragraph: bool = False


@dataclass
class Laid:
    """One article made up: its printed lines by part, and its gold."""

    headline: list[Line]
    body: list[Line]
    gold: dict
    furniture: list[str] = field(default_factory=list)


def draw(rng: random.Random, name: str) -> str:
    values = ARTICLE_CONVENTIONS.get(name) or PAGE_CONVENTIONS[name]
    return rng.choices(values, weights=WEIGHTS.get(name))[0]


# --- line breaking -----------------------------------------------------------------------


def units(text: str) -> list[str]:
    """Characters, with each run of half-width letters and digits kept whole as type is set."""
    out: list[str] = []
    position = 0
    for run in HALF_WIDTH_RUN.finditer(text):
        out += list(text[position : run.start()]) + [run.group()]
        position = run.end()
    return out + list(text[position:])


def break_lines(text: str, width: int, first_width: int, kinsoku: str) -> list[str]:
    """Greedy column lines under kinsoku: no line opens with closing punctuation (it hangs or
    pulls the previous character down) and none ends with an opening mark."""
    lines: list[list[str]] = [[]]
    for unit in units(text):
        current = lines[-1]
        measure = first_width if len(lines) == 1 else width
        if not current or sum(map(len, current)) + len(unit) <= measure:
            current.append(unit)
            continue
        if unit[0] in NO_LINE_START and kinsoku == "hang":
            current.append(unit)
            continue
        carried: list[str] = []
        if unit[0] in NO_LINE_START and len(current) > 1:
            carried.append(current.pop())
        while len(current) > 1 and current[-1][-1] in NO_LINE_END:
            carried.insert(0, current.pop())
        lines.append(carried + [unit])
    return ["".join(line) for line in lines if line]


def space_numbers(line: str, mode: str, rng: random.Random) -> str:
    """Spaces an extractor writes around half-width runs set in a CJK line ("2015 年的 22 名")."""
    if mode == "none":
        return line
    spaced = HALF_WIDTH_RUN.sub(
        lambda m: f" {m.group()} " if mode == "around" or rng.random() < 0.5 else m.group(), line
    )
    return spaced.strip()


def spread(text: str) -> str:
    """Letter-spaced as a justified line with few characters prints: half-width runs stay whole."""
    return " ".join(units(text.replace(" ", "")))


# --- headlines -------------------------------------------------------------------------------


def headline_lines(article: dict, conv: dict, rng: random.Random) -> tuple[list[Line], dict]:
    """The headline group (kicker, title, subtitle) and the gold texts it prints."""
    kicker, title, subtitle = (article.get(k) or "" for k in ("kicker", "title", "subtitle"))
    if kicker and conv["kicker_form"] == "marked":
        kicker = f"■{kicker}"
    if subtitle and conv["subtitle_form"] == "dash":
        subtitle = f"——{subtitle}"
    measure = rng.randint(9, 14)
    printed: list[str] = [kicker] if kicker else []
    if conv["headline"] == "spanning":
        printed.append(spread(title))
    elif conv["title_break"] == "at_space" and " " in title:
        printed += title.split(" ", 1)
    elif conv["title_break"] == "measure" and len(title) > measure:
        printed += break_lines(title.replace(" ", ""), measure, measure, "pull")
    else:
        printed.append(title)
    if subtitle:
        printed.append(subtitle)
    if conv["headline_spacing"] == "short_spread":
        printed = [spread(p) if len(p) <= 6 else p for p in printed]
    lines = [Line(p, tight=True) for p in printed]
    lines[-1].tight = False
    return lines, {"kicker": kicker, "title": title, "subtitle": subtitle}


# --- authors ---------------------------------------------------------------------------------


def author_parts(article: dict) -> tuple[list[dict], list[dict]]:
    """(authors printed with the article's dateline or byline, authors printed after the text)."""
    authors = article.get("authors") or []
    dated = article.get("kind") in DATED_KINDS
    trailing = [a for a in authors if a.get("trailing") or (dated and a.get("role") not in DATELINE_ROLES)]
    return [a for a in authors if a not in trailing], trailing


def credited(authors: list[dict], newsroom: bool) -> str:
    """ "记者 X 通讯员 Y" or, on a byline, "本报记者 X 通讯员 Y"."""
    parts = []
    for a in authors:
        role = a.get("role") or ""
        if newsroom and role in ("记者", "特约通讯员", "通讯员", "评论员"):
            role = f"本报{role}"
        if not newsroom:
            role = role.removeprefix("本报")
        parts.append(f"{role} {a['name']}".strip())
    return " ".join(parts)


def dateline_and_bylines(article: dict, conv: dict) -> tuple[str, str, str, str]:
    """(dateline, byline above the text, byline after the last sentence, byline after the text)."""
    named, trailing = author_parts(article)
    tail = " ".join(a["name"] for a in trailing)
    if conv["trailing"] == "paren" and tail:
        tail = f"（{tail}）"
    above = after = ""
    if article.get("kind") in DATED_KINDS:
        names = credited(named, newsroom=False)
        if not names:
            dateline = "本报讯"
        elif conv["dateline"] == "paren":
            dateline = f"本报讯（{names}）"
        elif conv["dateline"] == "bare_byline":
            dateline, above = "本报讯", credited(named, newsroom=True)
        else:
            dateline, after = "本报讯", f"（{names}）"
        return dateline, above, tail, after
    byline = credited(named, newsroom=True)
    if byline:
        byline = {"plain": byline, "arrow": f"▶ {byline}", "wen": f"文/{byline}", "square": f"□ {byline}"}[
            conv["byline"]
        ]
    if conv["byline_place"] == "top":
        return "", byline, tail, ""
    if conv["byline_place"] == "bottom_paren" and byline:
        byline = f"（{byline}）"
    return "", "", tail, byline


# --- body --------------------------------------------------------------------------------------


def body_blocks(article: dict, style: str) -> list[dict]:
    """Gold blocks: paragraphs and subheadings ('# ' or '## ' in the corpus) as printed."""
    blocks, number = [], 0
    for item in article["body"]:
        if item.startswith("#"):
            text = item.lstrip("#").strip()
            number += 1
            text = {
                "plain": text,
                "numbered": f"{NUMERALS[(number - 1) % 10]}、{text}",
                "square": f"■{text}",
                "bracket": f"【{text}】",
            }[style]
            blocks.append({"type": "heading", "text": text})
        else:
            blocks.append({"type": "paragraph", "text": item})
    return blocks


def paragraph_lines(text: str, width: int, conv: dict, rng: random.Random, lead: str = "") -> list[Line]:
    first_width = width if conv["indent"] == "flush" else width - 2
    broken = break_lines(lead + text, width, first_width, conv["kinsoku"])
    lines = [Line(space_numbers(t, conv["number_spacing"], rng)) for t in broken]
    if conv["indent"] == "kept":
        lines[0].text = "\u3000\u3000" + lines[0].text
    lines[0].opens_paragraph = True
    if conv["spread_lines"] == "some":
        # justification spreads a line that kinsoku left short; the extractor reads the gaps as spaces
        for line in lines[1:-1]:
            if len(line.text) < width or rng.random() < 0.03:
                line.text = spread(line.text)
    return lines


def heading_lines(text: str, width: int) -> list[Line]:
    lines = [Line(t, tight=True) for t in break_lines(text, width - 3, width - 3, "pull")]
    lines[-1].tight = False
    return lines


def mark_uncertain_breaks(blocks: list[dict], last_lengths: list[int], width: int, indent: str) -> None:
    """A paragraph that fills its last line, followed by one set flush, leaves no visible break."""
    for k in range(1, len(blocks)):
        both_paragraphs = blocks[k]["type"] == blocks[k - 1]["type"] == "paragraph"
        if both_paragraphs and indent == "flush" and last_lengths[k - 1] >= width - 1:
            blocks[k]["optional_break"] = True


def caption_lines(caption: dict, conv: dict, width: int) -> tuple[list[Line], dict]:
    text = caption.get("text") or ""
    name = re.sub(r"^(图片来源|图)[:：]|\s*(摄影?|供图)$", "", caption.get("credit") or "").strip()
    person = caption.get("by") == "person" or (caption.get("credit") or "").endswith("摄")
    if conv["credit_form"] == "source" and not person:
        credit = f"图片来源：{name}"
    elif conv["credit_form"] == "label":
        credit = f"摄影：{name}" if person else f"图：{name}"
    else:
        credit = f"{name} 摄" if person else f"{name} 供图"
    if not name:
        credit = ""
    if conv["caption_form"] == "inline" or not text:
        printed = [" ".join(p for p in (text, credit) if p)]
    elif conv["caption_form"] == "stacked":
        printed = break_lines(text, width, width, "hang") + [credit]
    else:
        printed = [credit, *break_lines(text, width, width, "hang")]
    return [Line(p) for p in printed if p], {"text": text, "credit": credit}


def jump_line(conv: dict, rng: random.Random) -> str:
    page = rng.randint(2, 8)
    if conv["jump"] == "to":
        return rng.choice((f"（下转第{page}版）", f"（转第{page}版）", f"下转{page}版"))
    return rng.choice(("（上接第1版）", "（上接1版）", "上接第1版"))


def lay_out_article(article: dict, rng: random.Random) -> Laid:
    conv = {name: draw(rng, name) for name in ARTICLE_CONVENTIONS}
    conv["width"] = rng.randint(12, 22)
    width = conv["width"]
    headline, heads = headline_lines(article, conv, rng)
    dateline, above, tail, after = dateline_and_bylines(article, conv)
    blocks = body_blocks(article, conv["heading_style"])
    captions = article.get("captions") or ([article["caption"]] if article.get("caption") else [])
    laid_captions = [caption_lines(c, conv, width) for c in captions]

    body: list[Line] = [Line(above)] if above else []
    furniture: list[str] = []
    if conv["jump"] == "from":
        furniture.append(jump_line(conv, rng))
        body.append(Line(furniture[-1]))
    caption_at = {"after_headline": 0, "after_body": len(blocks), "mid_body": len(blocks) // 2}[
        conv["caption_place"]
    ]
    last_lengths = []
    for k, block in enumerate(blocks):
        if k == caption_at:
            body += [line for lines, _ in laid_captions for line in lines]
        if block["type"] == "heading":
            lines = heading_lines(block["text"], width)
        else:
            lead = "" if k else dateline + (" " if dateline == "本报讯" else "")
            lines = paragraph_lines(block["text"], width, conv, rng, lead)
        last_lengths.append(len(lines[-1].text))
        body += lines
    mark_uncertain_breaks(blocks, last_lengths, width, conv["indent"])
    if tail:
        last = body[-1]
        if conv["trailing"] == "own_line" or len(last.text) + len(tail) >= width:
            body.append(Line(tail))
        else:
            last.text = f"{last.text} {tail}"
    if after:
        body.append(Line(after))
    if caption_at == len(blocks):
        body += [line for lines, _ in laid_captions for line in lines]
    if conv["jump"] == "to":
        furniture.append(jump_line(conv, rng))
        body.append(Line(furniture[-1]))

    gold = {
        "id": article["id"],
        "park": article.get("park") or "",
        **heads,
        "dateline": dateline,
        "authors": [a["name"] for a in article.get("authors") or []],
        "byline": " ".join(p for p in (above, tail, after) if p),
        "blocks": blocks,
        "captions": [c for _, c in laid_captions],
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary") or "",
        "lead_summary": lead_sentence(blocks),
        "stonehand": conv | {name: NOT_APPLIED for name in unapplied(article, conv, heads, blocks, captions)},
    }
    return Laid(headline, body, gold, furniture)


def unapplied(article: dict, conv: dict, heads: dict, blocks: list[dict], captions: list[dict]) -> list[str]:
    """The conventions drawn for an article that nothing in it took up, so the gold's tally
    counts only those that shaped the page."""
    named, trailing = author_parts(article)
    dated = article.get("kind") in DATED_KINDS
    idle = {
        "kicker_form": not heads["kicker"],
        "subtitle_form": not heads["subtitle"],
        "title_break": conv["headline"] == "spanning" or len(heads["title"]) <= 9,
        "dateline": not (dated and named),
        "byline": dated or not named,
        "byline_place": dated or not named,
        "trailing": not trailing,
        "caption_place": not captions,
        "caption_form": not captions,
        "credit_form": not any(c.get("credit") for c in captions),
        "heading_style": all(b["type"] == "paragraph" for b in blocks),
    }
    return [name for name, is_idle in idle.items() if is_idle]


def lead_sentence(blocks: list[dict]) -> str:
    paragraphs = [b["text"] for b in blocks if b["type"] == "paragraph"]
    first = paragraphs[0] if paragraphs else ""
    end = first.find("。")
    return first if end < 0 else first[: end + 1]


# --- the page --------------------------------------------------------------------------------------


def furniture_lines(rng: random.Random) -> tuple[list[str], list[str]]:
    """(lines of the page head, lines of the page foot) as printed on park pages."""
    year, month, day = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    date = f"{year}年{month}月{day}日 星期{rng.choice(WEEKDAYS)}"
    page = str(rng.randint(2, 12))
    name = rng.choice(("园区", "高新区", "园区·高新区", "科技园区周刊"))
    editor = rng.choice(
        ("责任编辑 邝明 美术编辑 岳琳", "本版编辑：皇甫宁 校对：那日苏", "编辑 祁晓 版式 覃丽")
    )
    head = rng.choice(([date, name], [page, name, date], [f"{name} {page}"]))
    foot = rng.choice(([editor], [editor, page], [f"E-mail:yuanqu{page}@example.cn"]))
    return head, foot


def extract(lines: list[Line], habit: str) -> str:
    """The raw text an extractor writes for the printed lines."""
    out = []
    for line in lines:
        text = line.text
        if habit == "leading_space" and line.opens_paragraph:
            text = " " + text
        if habit == "trailing_space":
            text += " "
        if habit == "joined_headlines" and line.tight:
            out.append(text + " ")  # lines of one wide headline read as one line, a space between
            continue
        half_width_end = bool(re.search(r"[0-9A-Za-z+\-]$", line.text))
        if habit == "plain" or (habit != "double" and (line.tight or half_width_end)):
            out.append(text + "\n")
        else:
            out.append(text + "\n\n")
    raw = "".join(out)
    return raw.replace("\n", "\r\n") if habit == "crlf" else raw


def inside(headline: list[Line], body: list[Line], rng: random.Random) -> list[Line]:
    """A headline set into the body's columns, a few lines down."""
    at = rng.randint(min(2, len(body)), max(min(2, len(body)), min(6, len(body) - 1)))
    return body[:at] + headline + body[at:]


def stonehand_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    rng = random.Random(f"stonehand:{seed}")
    chosen = rng.sample(articles, min(len(articles), rng.randint(2, 6)))
    laid = [lay_out_article(a, rng) for a in chosen]
    page_conv = {name: draw(rng, name) for name in PAGE_CONVENTIONS}
    head, foot = furniture_lines(rng)
    head = head if page_conv["furniture"] in ("header", "both") else []
    foot = foot if page_conv["furniture"] in ("footer", "both") else []

    lines = [Line(t) for t in head]
    lines += [line for a in laid if a.gold["stonehand"]["headline"] == "gathered" for line in a.headline]
    for a in laid:
        placement = a.gold["stonehand"]["headline"]
        if placement in ("before", "spanning"):
            lines += a.headline + a.body
        elif placement == "after":
            lines += a.body + a.headline
        elif placement == "inside":
            lines += inside(a.headline, a.body, rng)
        else:
            lines += a.body
    lines += [Line(t) for t in foot]
    furniture = head + [t for a in laid for t in a.furniture] + foot
    gold = {
        "notes": "Gold of a page made up by the stone-hand layouter. Texts compare without whitespace; "
        "optional_break marks a paragraph break the layout leaves invisible.",
        "furniture": furniture,
        "stonehand": page_conv,
        "articles": [a.gold for a in laid],
    }
    return extract(lines, page_conv["extractor"]), gold
