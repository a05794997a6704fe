"""A third page layouter: park pages made up by hand rules of its own.

`makeup_page(seed, articles)` sets a few corpus articles (tests/corpus/*.yaml format)
on one newspaper page and returns the raw text a PDF extractor would give for it,
with a gold annotation in the schema of tests/gold/*.gold.yaml. It was written from
the parse contract, the documented artifacts of the extracted text and the sample
page only, so that a parser can be measured on layouts it was never tuned on.

Conventions of this layouter
- Columns. Each article is set in columns of its own width (15-20 ems, a half-width
  character counts half) and height; the extractor reads column by column, so the text
  flows on, except that a photo caption may sit between two columns of its article.
- Lines. Every printed line is a line, followed by a blank line unless it ends in a
  half-width (ASCII) character. A paragraph's first line is two ems shorter (its
  indent was lost; now and then the extractor keeps one space of it). Two-line
  headline elements, subheadings and captions are joined by a single newline.
- Line breaking with kinsoku: no line starts with closing punctuation or ends with an
  opening one; per article, the offending mark either hangs past the column edge or
  pulls the previous character down. Runs of digits and Latin letters are never
  split, except after the dash of a range ("7-" / "10天").
- Extractor artifacts, per article: spaces around digit and Latin runs, a space after
  a full stop, letter-spaced lines (a line left short by an unbreakable run is
  justified with spaces between its characters).
- Headline groups (kicker, title, subtitle; one element a line or two, elements apart
  by blank lines): above the body, below it, or gathered with other articles'
  headlines at one spot of the page in page order, reversed or shuffled. A two-part
  title is printed on one line with a space (or two, or an ideographic space) or
  broken into two lines at that space; a long title is broken at a word boundary.
  A short kicker may come out letter-spaced.
- Datelines (news): 本报讯 / 本报讯（记者 X）/ 本报讯（特约通讯员 X）/ 本报讯（记者 X
  通讯员 Y）, a name never broken across lines. Bylines (features): a marker (▶ ■ □ ◎
  文/ or none) and "role name" groups, printed with the headline group, just before the
  body, or after the body (then a caption may follow on the next line). Trailing
  authors follow the last sentence after a space, or stand on their own line.
- Captions: "text 图片来源：X", "text X供图", "text 图片：X" for organisations,
  "text X 摄", "text 摄影：X" for people; now and then (or when the corpus has no text)
  the credit alone. A caption longer than two column widths wraps. Placed
  after the body, with the headline group, between two body columns, or at the foot
  of the page.
- Page furniture (date, weekday, page name, page number, paper's name, editor lines):
  at the top, at the foot, split between the two, after the page's first frame, or absent.
- Jump lines: an article continued on a later page stops at a full line and ends
  with （下转第N版）; one continued from an earlier page starts with （上接第N版） at a
  full line, under its title repeated, without dateline, byline or caption.
- Frames (a body, a headline group, a caption) are apart by one blank line, or by two
  on pages where the extractor leaves two.

Gold (as the sample page's gold, plus the fields marked +)
- page, notes; + furniture: the furniture lines as printed.
- per article: id, park, kicker, title (a two-part title keeps one space at its
  break), subtitle, dateline (as printed; the first block does not repeat it),
  authors (names printed on this page), byline (as printed), + trailer (trailing
  author as printed), blocks (whitespace-free text; optional_break where the
  paragraph before ends on a full line, so only the indent shows the break),
  captions (text, credit, + label: 图片来源：, 供图, 图片：, 摄 or 摄影：), + jumps
  (text, page, direction to|from), topics, summary, lead_summary, + makeup (the
  conventions drawn for the article, for reading error tallies by convention).
Every non-whitespace character of the page is in exactly one of furniture, kicker,
title, subtitle, dateline, byline, trailer, blocks, caption text/label/credit and
jump text.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

from tests.goldtext import lead_sentence

NO_START = set("，。、；：？！”’）》」』】〕…—·%,.;:?!)]")
NO_END = set("“‘（《「『【〔([")
EPS = 1e-9
UNIT = re.compile(r"[A-Za-z0-9.%&+/@_]+-?|……|——|\s+|.")
ORG_END = ("区", "司", "局", "院", "中心", "委", "会", "园", "所", "站", "厂", "集团", "基地")
EDITORS = [
    "李晓燕",
    "王佳",
    "陈默",
    "张一鸣",
    "赵晓丽",
    "孙楠",
    "周媛",
    "吴迪",
    "郑欣然",
    "韩雪",
    "欧阳帆",
    "达瓦",
]
PAGE_NAMES = ["园区", "园区·动态", "高新区", "园区新闻", "国家高新区"]
WEEKDAYS = "一二三四五六日"
BREAK_AFTER = ("：", "高新区", "开发区", "园区")


@dataclass
class Unit:
    """An unbreakable piece of a line: a character, a digit/Latin run, a ……/—— pair."""

    text: str
    width: float


@dataclass
class Line:
    text: str
    tight: bool = False  # the next line follows after a single newline
    fill: float = 0.0  # ems set on the line
    limit: float = 0.0  # ems the line could hold


@dataclass
class Style:
    """The conventions drawn for one article."""

    width: int
    height: int
    hang: bool
    num_space: float
    stop_space: float
    letterspace: float
    indent_space: float
    heading_width: int
    headline: str
    head_width: int
    byline: str
    caption: str
    trailer: str
    makeup: dict = field(default_factory=dict)


def em(text: str) -> float:
    return sum(0.5 if ch.isascii() else 1.0 for ch in text if not ch.isspace())


def half_width_end(text: str) -> bool:
    text = text.rstrip()
    return bool(text) and text[-1].isascii()


def nospace(text: str) -> str:
    return re.sub(r"\s+", "", text)


def units_of(text: str, atoms: tuple[str, ...] = ()) -> list[Unit]:
    """Split text into units; spaces stick to the unit before them; atoms stay whole."""
    out: list[Unit] = []
    pos = 0
    while pos < len(text):
        atom = next((a for a in atoms if a and text.startswith(a, pos)), None)
        piece = atom or UNIT.match(text, pos).group()
        pos += len(piece)
        if piece.isspace():
            if out:
                out[-1].text += piece
            continue
        out.append(Unit(piece, em(piece)))
    return out


def take_line(units: list[Unit], start: int, limit: float, hang: bool) -> int:
    """End index of the line that starts at `start`, with kinsoku applied."""
    width, end = 0.0, start
    while end < len(units) and width + units[end].width <= limit + EPS:
        width += units[end].width
        end += 1
    if end == len(units):
        return end
    if end == start:
        return start + 1
    if hang:
        extra = 0.0
        while end < len(units) and units[end].text[0] in NO_START and extra + units[end].width <= 1 + EPS:
            extra += units[end].width
            end += 1
    while end < len(units) and units[end].text[0] in NO_START and end - start > 1:
        end -= 1
    while end - start > 1 and units[end - 1].text.rstrip()[-1] in NO_END:
        end -= 1
    return end


def wrap(units: list[Unit], first: float, rest: float, hang: bool) -> list[tuple[list[Unit], float]]:
    """Units broken into lines: (units of the line, ems the line could hold)."""
    lines, start, limit = [], 0, first
    while start < len(units):
        end = take_line(units, start, limit, hang)
        lines.append((units[start:end], limit))
        start, limit = end, rest
    return lines


def render(units: list[Unit], style: Style, rng: random.Random, spaced: bool) -> str:
    """One printed line, with the extractor's spaces put in."""
    if spaced:
        return " ".join(u.text.strip() for u in units)
    out = ""
    for k, u in enumerate(units):
        text = u.text
        if text[0].isascii() and text.strip():
            before = out[-1:] if out else ""
            after = units[k + 1].text[:1] if k + 1 < len(units) else ""
            if han(before) and rng.random() < style.num_space:
                text = " " + text
            if han(after) and rng.random() < style.num_space:
                text = text + " "
        elif text[-1] in "。；" and k + 1 < len(units) and rng.random() < style.stop_space:
            text += " "
        out += text
    return re.sub(r" +", " ", out).strip()


def han(ch: str) -> bool:
    return bool(ch) and "\u3400" <= ch <= "\u9fff"


def set_paragraph(units: list[Unit], style: Style, rng: random.Random, indent: bool) -> list[Line]:
    """Body lines of one paragraph: a shorter first line when indented, artifacts drawn."""
    first = style.width - 2 if indent else style.width
    broken = wrap(units, first, style.width, style.hang)
    lines = []
    for k, (line_units, limit) in enumerate(broken):
        fill = sum(u.width for u in line_units)
        last = k == len(broken) - 1
        short = not last and limit - fill >= 1 - EPS
        spaced = short and rng.random() < style.letterspace
        text = render(line_units, style, rng, spaced)
        if k == 0 and indent and rng.random() < style.indent_space:
            text = " " + text
        lines.append(Line(text, fill=fill, limit=limit))
    return lines


def split_words(text: str, width: float) -> list[str]:
    """A headline part broken at word boundaries into lines of at most `width` ems."""
    if em(text) <= width or len(text) < 4:
        return [text]
    import jieba

    words = jieba.lcut(text)
    cuts = [sum(len(w) for w in words[:k]) for k in range(1, len(words))]
    cuts = [c for c in cuts if text[c] not in NO_START and text[c - 1] not in NO_END] or [len(text) // 2]
    # a copy editor breaks after the park's name or a colon when both lines then fit
    named = [c for c in cuts if text[:c].endswith(BREAK_AFTER) and max(em(text[:c]), em(text[c:])) <= width]
    cut = min(named or cuts, key=lambda c: abs(em(text[:c]) - em(text) / 2))
    return split_words(text[:cut], width) + split_words(text[cut:], width)


def headline_lines(text: str, width: float, rng: random.Random) -> list[str]:
    """How a headline element is printed: one line, or broken at its space or a word."""
    parts = text.split(" ")
    if em(text) <= width:
        return [rng.choice([" ", " ", "  ", "\u3000"]).join(parts)]
    return [line for part in parts for line in split_words(part, width)]


def lines_of(texts: list[str], tight_inside: bool = True) -> list[Line]:
    return [Line(t, tight=tight_inside and k < len(texts) - 1) for k, t in enumerate(texts)]


def draw_style(rng: random.Random) -> Style:
    width = rng.randint(15, 20)
    style = Style(
        width=width,
        height=rng.randint(14, 40),
        hang=rng.random() < 0.5,
        num_space=rng.choice([0.0, 0.0, 0.3, 0.8]),
        stop_space=rng.choice([0.0, 0.0, 0.1]),
        letterspace=rng.choice([0.0, 0.4, 0.8]),
        indent_space=rng.choice([0.0, 0.0, 0.0, 0.3]),
        heading_width=rng.randint(8, 12),
        headline=rng.choice(["above", "above", "below", "gathered"]),
        head_width=rng.choice([width, width + 1, width * 2, width * 3]),
        byline=rng.choice(["head", "lead", "tail"]),
        caption=rng.choice(["tail", "head", "column", "page_end"]),
        trailer="own_line" if rng.random() < 0.2 else "inline",
    )
    style.makeup = {
        "width": style.width,
        "column_lines": style.height,
        "kinsoku": "hang" if style.hang else "push",
        "number_spaces": style.num_space > 0,
        "letterspacing": style.letterspace > 0,
        "headline": style.headline,
    }
    return style


def dateline(article: dict, rng: random.Random) -> tuple[str, list[str]]:
    """The printed 本报讯 dateline and the names in it, from the non-trailing authors."""
    groups: list[tuple[str, list[str]]] = []
    for a in article.get("authors", []):
        if a.get("trailing") or not a.get("role"):
            continue
        if groups and groups[-1][0] == a["role"]:
            groups[-1][1].append(a["name"])
        else:
            groups.append((a["role"], [a["name"]]))
    if not groups:
        return "本报讯", []
    sep = rng.choice([" ", " ", "\u3000"])
    inner = sep.join(f"{role} {' '.join(names)}" for role, names in groups)
    return f"本报讯（{inner}）", [n for _, names in groups for n in names]


def byline(article: dict, rng: random.Random) -> tuple[str, list[str]]:
    """The printed byline of a feature and its names."""
    groups: list[tuple[str, list[str]]] = []
    for a in article.get("authors", []):
        if groups and groups[-1][0] == a.get("role", "") and a.get("role"):
            groups[-1][1].append(a["name"])
        else:
            groups.append((a.get("role", ""), [a["name"]]))
    body = " ".join(" ".join(([role] if role else []) + names) for role, names in groups)
    marker = rng.choice(["▶ ", "■", "□ ", "◎", "文/", ""])
    return marker + body, [n for _, names in groups for n in names]


def caption_of(article: dict, style: Style, rng: random.Random) -> tuple[list[Line], dict] | None:
    cap = article.get("caption")
    if not cap:
        return None
    text, credit = cap.get("text", ""), cap["credit"]
    if rng.random() < 0.15:
        text = ""  # the photo printed with its credit line only
    if credit.endswith(ORG_END):
        label, form = rng.choice(
            [("图片来源：", "{t} 图片来源：{c}"), ("供图", "{t} {c}供图"), ("图片：", "{t} 图片：{c}")]
        )
    else:
        label, form = rng.choice([("摄", "{t} {c} 摄"), ("摄影：", "{t} 摄影：{c}")])
    printed = form.format(t=text, c=credit).strip()
    if rng.random() < 0.3:
        printed = " " + printed
    limit = style.width * 2
    rows = (
        [printed]
        if em(printed) <= limit
        else [render(u, style, rng, False) for u, _ in wrap(units_of(printed.strip()), limit, limit, True)]
    )
    return lines_of(rows), {"text": nospace(text), "credit": credit, "label": label}


def head_group(article: dict, style: Style, rng: random.Random, title_only: bool) -> list[list[Line]]:
    """Headline elements, each a frame of one or two lines."""
    frames = []
    for key in ("title",) if title_only else ("kicker", "title", "subtitle"):
        text = article.get(key) or ""
        if not text:
            continue
        width = style.head_width if key == "title" else max(style.head_width, 12)
        if key == "kicker" and len(text) <= 6 and rng.random() < 0.25:
            rows = [" ".join(text)]
        else:
            rows = headline_lines(text, width, rng)
        frames.append(lines_of(rows))
    return frames


@dataclass
class Setting:
    """One article made up: its frames and its gold record."""

    head: list[list[Line]]
    body: list[Line]
    byline: list[Line]
    caption: list[Line]
    gold: dict
    style: Style


def set_body(
    article: dict,
    style: Style,
    rng: random.Random,
    lead: str,
    atoms: tuple[str, ...],
    cut: tuple[str, int] | None,
) -> tuple[list[list[Line]], list[dict]]:
    """Body frames per block and the gold blocks; `cut` keeps the lines before ("to")
    or after ("from") a line of one paragraph, as a page jump does."""
    blocks = [
        ("heading", b[3:].strip()) if b.startswith("## ") else ("paragraph", b) for b in article["body"]
    ]
    per_block: list[list[Line]] = []
    gold: list[dict] = []
    for k, (kind, text) in enumerate(blocks):
        if kind == "heading":
            rows = (
                headline_lines(text, style.heading_width, rng)
                if " " in text
                else split_words(text, style.heading_width)
            )
            per_block.append(lines_of(rows))
        else:
            prefix = lead if k == 0 else ""
            per_block.append(
                set_paragraph(units_of(prefix + text, atoms if k == 0 else ()), style, rng, True)
            )
        gold.append({"type": kind, "text": nospace(text)})
    if cut:
        per_block, gold = apply_cut(per_block, gold, cut, lead, style, rng, article)
    for k in range(1, len(gold)):
        prev = per_block[k - 1][-1] if per_block[k - 1] else None
        if gold[k]["type"] == gold[k - 1]["type"] == "paragraph" and prev and prev.fill >= prev.limit - 0.5:
            gold[k]["optional_break"] = True
    return per_block, gold


def apply_cut(
    per_block: list[list[Line]],
    gold: list[dict],
    cut: tuple[str, int],
    lead: str,
    style: Style,
    rng: random.Random,
    article: dict,
) -> tuple[list[list[Line]], list[dict]]:
    """Keep what a page holds of a jumped article: the lines up to a full line late in
    the article ("to"), or from such a line early in it, set anew without indent ("from")."""
    direction, seed_k = cut
    paras = [k for k, g in enumerate(gold) if g["type"] == "paragraph" and len(per_block[k]) >= 2]
    half = len(paras) // 2
    pool = paras[half:] if direction == "to" else paras[: max(1, half)]
    k = pool[seed_k % len(pool)]
    lines = per_block[k]
    dropped = len(nospace(lead)) if k == 0 else 0
    m = rng.randint(1, len(lines) - 1)
    while m < len(lines) - 1 and len(nospace("".join(ln.text for ln in lines[:m]))) <= dropped:
        m += 1
    if direction == "to":
        kept = lines[:m]
        text = nospace("".join(ln.text for ln in kept))[dropped:]
        return per_block[:k] + [kept], gold[:k] + [{"type": "paragraph", "text": text}]
    rest_text = nospace(article["body"][k])
    printed = nospace("".join(ln.text for ln in lines[:m]))[dropped:]
    remainder = rest_text[len(printed) :]
    reset = set_paragraph(units_of(remainder), style, rng, False)
    return [reset] + per_block[k + 1 :], [{"type": "paragraph", "text": remainder}] + gold[k + 1 :]


def make_article(article: dict, rng: random.Random, jump: tuple[str, int, int] | None) -> Setting:
    """Set one article: jump is (direction, page, seed) when it runs on from/to another page."""
    style = draw_style(rng)
    direction = jump[0] if jump else ""
    authors: list[str] = []
    date_text, by_text, lead, atoms = "", "", "", ()
    if direction != "from":
        if article.get("kind") == "news":
            date_text, authors = dateline(article, rng)
            gap = " " if rng.random() < (0.8 if date_text == "本报讯" else 0.2) else ""
            lead = date_text + gap
            atoms = tuple(sorted(authors, key=len, reverse=True))
        else:
            by_text, authors = byline(article, rng)
    blocks, gold_blocks = set_body(article, style, rng, lead, atoms, (direction, jump[2]) if jump else None)
    body = [ln for frame in blocks for ln in frame]
    trailer = ""
    trailing = [a["name"] for a in article.get("authors", []) if a.get("trailing")]
    if trailing and direction != "to":
        trailer = " ".join(trailing)
        authors += trailing
        add_trailer(body, trailer, style)
    jumps = []
    if jump:
        text = f"（{'下转' if direction == 'to' else '上接'}第{jump[1]}版）"
        jumps.append({"text": text, "page": jump[1], "direction": direction})
        add_jump(body, text, direction, rng)
    cap = None if direction == "from" else caption_of(article, style, rng)
    caption_lines, captions = (cap[0], [cap[1]]) if cap else ([], [])
    gold = {
        "id": article["id"],
        "park": article["park"],
        "kicker": "" if direction == "from" else article.get("kicker", ""),
        "title": article["title"],
        "subtitle": "" if direction == "from" else article.get("subtitle", ""),
        "dateline": date_text,
        "authors": authors,
        "byline": by_text,
        "trailer": trailer,
        "blocks": gold_blocks,
        "captions": captions,
        "jumps": jumps,
        "topics": list(article.get("topics", [])),
        "summary": article.get("summary", ""),
        "lead_summary": lead_sentence(gold_blocks),
    }
    style.makeup.update(
        {
            "byline": style.byline if by_text else "",
            "caption": style.caption if captions else "",
            "trailer": style.trailer if trailer else "",
            "jump": direction,
        }
    )
    return Setting(
        head_group(article, style, rng, direction == "from"),
        body,
        [Line(by_text)] if by_text else [],
        caption_lines,
        gold,
        style,
    )


def add_trailer(body: list[Line], name: str, style: Style) -> None:
    """The trailing author after the last sentence, or on a line of its own."""
    last = body[-1]
    if style.trailer == "inline" and last.fill + em(name) + 1 <= style.width + EPS:
        last.text += " " + name
        last.fill += em(name) + 0.5
    else:
        style.trailer = "own_line"
        body.append(Line(" " * 4 + name))


def add_jump(body: list[Line], text: str, direction: str, rng: random.Random) -> None:
    """（下转…） after the last line, （上接…） before the first: own line or run in."""
    if direction == "to":
        body.append(Line(text))
    elif rng.random() < 0.5:
        body.insert(0, Line(text))
    else:
        body[0].text = text + body[0].text


def furniture(rng: random.Random, page_no: int) -> tuple[list[str], list[str]]:
    """Top and foot furniture lines, and where they go."""
    day = dt.date(2021, 1, 4) + dt.timedelta(days=rng.randrange(1800))
    date = f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"
    name = rng.choice(PAGE_NAMES)
    number = rng.choice([str(page_no), f"第{page_no}版", f"{page_no:02d}"])
    a, b = rng.sample(EDITORS, 2)
    editor = rng.choice(
        [f"责任编辑：{a}", f"本版编辑：{a} 美编：{b}", f"编辑 {a}  校对 {b}", f"责编：{a}  版式：{b}"]
    )
    top = rng.choice(
        [
            [date, name, number],
            [f"{date}  {name}  {number}"],
            [number, name, date],
            ["中国高新技术产业导报", f"{date} {name}", number],
        ]
    )
    if rng.random() < 0.2:
        top.append("CHINA HI-TECH INDUSTRY HERALD")
    return top, [editor]


def gathered_order(items: list[Setting], rng: random.Random) -> list[Setting]:
    how = rng.choice(["page", "reversed", "shuffled"])
    if how == "reversed":
        return items[::-1]
    if how == "shuffled":
        items = items[:]
        rng.shuffle(items)
    return items


def makeup_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """Raw text and gold annotation of one page made up from corpus articles."""
    rng = random.Random(seed)
    count = min(len(articles), rng.choice([2, 3, 3, 4, 4, 4, 5, 5, 6]))
    chosen = rng.sample(articles, count)
    page_no = rng.randint(2, 12)
    jumps = plan_jumps(chosen, rng, page_no)
    settings = [make_article(a, rng, jumps.get(k)) for k, a in enumerate(chosen)]
    frames, page_end = [], []
    gathered = [s for s in settings if s.style.headline == "gathered"]
    gather_at = rng.randint(0, len(settings)) if gathered else -1
    for k, s in enumerate(settings):
        if k == gather_at:
            frames += gathered_frames(gathered, rng)
        frames += article_frames(s, page_end)
    if gather_at == len(settings):
        frames += gathered_frames(gathered, rng)
    frames += page_end
    top, foot = furniture(rng, page_no)
    where = rng.choice(["top", "top", "foot", "split", "after_first", "none"])
    frames = place_furniture(frames, top, foot, where)
    raw = join_frames(frames, gap=rng.choice([1, 1, 1, 2]))
    gold = {
        "page": "",
        "notes": NOTES,
        "furniture": [] if where == "none" else [f.strip() for f in top + foot],
        "makeup": {"furniture": where},
        "articles": [dict(s.gold, makeup=s.style.makeup) for s in settings],
    }
    return raw, gold


NOTES = (
    "Gold annotation of a page made up by tests/makeup.py. Body text is whitespace-free; the "
    "dateline is only in `dateline`, not repeated in the first block. optional_break marks a "
    "paragraph break shown by the next line's lost indent alone. trailer, jumps, caption labels and "
    "furniture hold the other printed text, so that every printed character is in one field; "
    "makeup records the conventions drawn."
)


def plan_jumps(chosen: list[dict], rng: random.Random, page_no: int) -> dict[int, tuple[str, int, int]]:
    """At most one article runs on to a later page and one comes from an earlier one."""
    long = [k for k, a in enumerate(chosen) if sum(len(p) for p in a["body"]) >= 250]
    rng.shuffle(long)
    plan = {}
    if long and rng.random() < 0.3:
        plan[long.pop()] = ("to", page_no + rng.randint(1, 4), rng.randrange(100))
    if long and rng.random() < 0.3:
        plan[long.pop()] = ("from", rng.randint(1, page_no - 1), rng.randrange(100))
    return plan


def between_columns(s: Setting) -> list[list[Line]]:
    """The body split at the foot of its last full column, where the photo sits."""
    h = s.style.height
    cut = h * ((len(s.body) - 1) // h)
    return [s.body[:cut], s.caption, s.body[cut:]]


def article_frames(s: Setting, page_end: list[list[Line]]) -> list[list[Line]]:
    st = s.style
    if s.caption and st.caption == "column" and len(s.body) <= st.height:
        st.caption = st.makeup["caption"] = "tail"  # a single column: nowhere between columns
    head: list[list[Line]] = []
    if st.headline != "gathered":
        head = list(s.head) + with_head(s)
    body = between_columns(s) if s.caption and st.caption == "column" else [s.body]
    if s.byline and st.byline == "lead":
        body.insert(0, s.byline)
    tail_caption = s.caption if s.caption and st.caption == "tail" else []
    if s.byline and st.byline == "tail":
        body.append([Line(s.byline[0].text, tight=bool(tail_caption))] + tail_caption)
    elif tail_caption:
        body.append(tail_caption)
    if s.caption and st.caption == "page_end":
        page_end.append(s.caption)
    if st.headline == "below":
        return body + head
    return head + body


def gathered_frames(settings: list[Setting], rng: random.Random) -> list[list[Line]]:
    frames = []
    for s in gathered_order(settings, rng):
        frames += s.head + with_head(s)
    return frames


def with_head(s: Setting) -> list[list[Line]]:
    """Byline and caption that go with the headline group, wherever it is printed."""
    return [
        f for f, where in ((s.byline, s.style.byline), (s.caption, s.style.caption)) if f and where == "head"
    ]


def place_furniture(
    frames: list[list[Line]], top: list[str], foot: list[str], where: str
) -> list[list[Line]]:
    top_f, foot_f = [lines_of(top, tight_inside=False)], [lines_of(foot, tight_inside=False)]
    if where == "top":
        return [lines_of(top + foot, tight_inside=False)] + frames
    if where == "foot":
        return frames + [lines_of(top + foot, tight_inside=False)]
    if where == "split":
        return top_f + frames + foot_f
    if where == "after_first":
        return frames[:1] + [lines_of(top + foot, tight_inside=False)] + frames[1:]
    return frames


def join_frames(frames: list[list[Line]], gap: int) -> str:
    """The extractor's text: a blank line after each line but after a half-width end or
    inside a tight group; frames apart by `gap` blank lines."""
    out = []
    for frame in frames:
        if not frame:
            continue
        for k, line in enumerate(frame):
            last = k == len(frame) - 1
            out.append(line.text)
            if half_width_end(line.text) or (line.tight and not last):
                out.append("\n")
            else:
                out.append("\n\n" + ("\n" * (gap - 1) if last else ""))
    return "".join(out)
