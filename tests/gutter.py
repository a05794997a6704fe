"""The twenty-first page layouter: a make-up editor working to a grid of columns and gutters.

`gutter_page(seed, articles)` lays two to six corpus articles out on a page and returns the raw
text an extractor writes from it with its gold annotation. What it draws, and notes in the gold
under `gutter:` (per article and per page):

- each article's measure (8-20 characters, half-width characters counting half), how its headline
  group is printed (title over body, kicker and title on one raw line apart by spaces, the byline
  between title and subtitle, a long photo caption before the headline), how its credit is set (a
  本报讯 dateline, the same dateline broken over two raw lines inside its parenthesis, a 本报{city}
  M月D日电 dateline, a byline of several roles, a closing credit), its subtitle and its caption;
- per page, the gutter: whether two stories stand side by side and are read across, the column gap
  written as a run of ASCII spaces or of ideographic spaces (one side empty where its story ended);
  the page furniture; and the extractor's habits (a 本期导读 box, a page number alone on a line,
  a column's last line written twice, no blank line between stories, lines ending in a space with
  the next starting with one, paragraph indents kept as ideographic spaces, no blank lines);
- a story's data box (a small table of figures) read row by row, cells apart by runs of ASCII or
  ideographic spaces.

Every character of the raw page lands in exactly one gold field.
"""

from __future__ import annotations

import csv
import datetime
import random
from pathlib import Path

from tests.goldtext import lead_sentence

ZONES = Path(__file__).resolve().parent.parent / "data" / "hitech_zones.tsv"

CONVENTIONS = {
    "measure": tuple(range(8, 21)),
    "headline": ("over", "kicker_inline", "byline_between", "caption_first"),
    "credit": ("dateline", "dateline_split", "city_dateline", "byline_roles", "closing"),
    "subtitle": ("none", "plain", "dash"),
    "caption": ("none", "after_body", "before_headline"),
    "subheading": ("none", "plain", "centred"),
    "databox": ("none", "spaces", "ideographic"),
}
PAGE_CONVENTIONS = {
    "gutter": ("stacked", "spaces", "ideographic"),
    "furniture": ("header", "footer", "header_and_footer"),
    "spacing": ("blank_after_line", "dense"),
}
HABITS = (
    "contents_box",
    "page_number_alone",
    "repeat_last_line",
    "no_blank_between_stories",
    "space_wrap",
    "ideographic_indent",
)

CLOSING = "，。、；：？！）》”’"
OPENING = "（《“‘"
BYLINE_ROLES = ("实习记者", "融媒体记者", "见习记者", "特约撰稿人", "通讯员", "本报通讯员")
DATELINE_ROLES = {"记者", "通讯员", "特约通讯员", "实习生", "特约记者", "见习记者", "评论员", "特约撰稿人"}
EDITORS = ("宇文清", "司马砚", "欧阳蕙", "达瓦卓玛", "乌云其木格", "马晓岚")
WEEKDAYS = "一二三四五六日"


def _cities() -> dict[str, str]:
    with open(ZONES, encoding="utf-8") as f:
        return {row["official_name"]: row["city"] for row in csv.DictReader(f, delimiter="\t")}


CITIES = _cities()


def width(text: str) -> float:
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in text)


def wrap(text: str, measure: int, first: int | None = None) -> list[str]:
    """Column lines of `text`: the first `first` wide, the rest `measure`; no line starts with
    closing punctuation (it stays at the end of the line before)."""
    lines, line, room = [], "", measure if first is None else first
    for ch in text:
        in_word = ch.isascii() and not ch.isspace() and line[-1:].isascii() and not line[-1:].isspace()
        if width(line + ch) > room and line and ch not in CLOSING and not in_word:
            carry = ""
            while line and line[-1] in OPENING:
                carry, line = line[-1] + carry, line[:-1]
            if line:
                lines.append(line)
            line, room = carry, measure
        line += ch
    if line:
        lines.append(line)
    return lines


def city_of(park: str) -> str:
    city = CITIES.get(park, "") or park[:2]
    return city[:-1] if len(city) > 2 and city.endswith(("市", "州", "盟")) else city


def dateline_role(role: str) -> str:
    role = (role or "").removeprefix("本报")
    return role if role in DATELINE_ROLES else "记者"


def caption_entries(article: dict) -> list[tuple[str, str]]:
    """(text, printed credit) of the article's photos: a person's name as "X 摄", an
    organisation as "图片来源：X"."""
    raw = list(article.get("captions") or [])
    if article.get("caption"):
        raw.append(article["caption"])
    out = []
    for cap in raw:
        credit = cap.get("credit") or ""
        by = cap.get("by") or (
            "unit" if credit.endswith(("区", "司", "会", "院", "局", "心", "园")) else "person"
        )
        printed = f"图片来源：{credit}" if by == "unit" else f"{credit} 摄"
        out.append((cap.get("text") or "", printed if credit else ""))
    return out


def draw_article(rng: random.Random, article: dict) -> dict:
    """The conventions one article is printed under, drawn among those its content allows."""
    has_caption = bool(caption_entries(article))
    has_sub = bool(article.get("subtitle"))
    authors = article.get("authors") or []
    headline = ["over", "over"]
    headline += ["kicker_inline"] * 2 if article.get("kicker") else []
    headline += ["byline_between"] * 2 if has_sub and authors else []
    headline += ["caption_first"] * 2 if has_caption else []
    credit = (
        ["dateline", "dateline_split", "city_dateline", "byline_roles", "closing"]
        if authors
        else ["dateline"]
    )
    drawn = {
        "measure": rng.choice(CONVENTIONS["measure"]),
        "headline": rng.choice(headline),
        "credit": rng.choice(credit),
        "subtitle": rng.choice(("plain", "dash")) if has_sub else "none",
        "caption": rng.choice(("after_body", "before_headline")) if has_caption else "none",
        "subheading": rng.choice(("plain", "centred"))
        if any(p.startswith("## ") for p in article["body"])
        else "none",
        "databox": rng.choice(("spaces", "ideographic")) if article.get("databox") else "none",
    }
    if drawn["headline"] == "byline_between":
        drawn["credit"] = "byline_roles"
    if drawn["headline"] == "caption_first":
        drawn["caption"] = "before_headline"
    return drawn


def credit_texts(rng: random.Random, article: dict, credit: str, month: int, day: int) -> tuple[str, str]:
    """(dateline, byline) as printed."""
    authors = article.get("authors") or []
    if credit == "byline_roles":
        roles = ["本报记者" if dateline_role(authors[0].get("role")) == "记者" else "特约撰稿人"]
        roles += [rng.choice(BYLINE_ROLES) for _ in authors[1:]]
        return "", " ".join(f"{role} {a['name']}" for role, a in zip(roles, authors))
    inner = " ".join(f"{dateline_role(a.get('role'))} {a['name']}" for a in authors)
    if credit == "closing":
        return "", f"（{inner}）"
    paren = f"（{inner}）" if inner else ""
    if credit == "city_dateline":
        return f"本报{city_of(article['park'])}{month}月{day}日电{paren}", ""
    return f"本报讯{paren}", ""


def lay_article(rng: random.Random, article: dict, drawn: dict, page: dict, month: int, day: int):
    """The article's raw lines (one per printed column line; "" marks a headline-group break
    inside the story) and its gold."""
    measure = drawn["measure"]
    indent = "\u3000\u3000" if "ideographic_indent" in page["habits"] else ""
    dateline, byline = credit_texts(rng, article, drawn["credit"], month, day)
    title, kicker, subtitle = article["title"], article.get("kicker", ""), article.get("subtitle", "")
    captions = caption_entries(article)

    head: list[str] = []
    if drawn["headline"] == "kicker_inline":
        head.append(f"{kicker}{' ' * rng.randint(2, 4)}{title}")
    else:
        head += [kicker] if kicker else []
        head.append(title)
    if drawn["headline"] == "byline_between":
        head.append(byline)
    if subtitle:
        head.append(f"——{subtitle}" if drawn["subtitle"] == "dash" else subtitle)
    if byline and drawn["headline"] != "byline_between" and drawn["credit"] == "byline_roles":
        head.append(byline)

    cap_lines: list[str] = []
    for text, printed in captions:
        joined = f"{text} {printed}".strip()
        cap_lines += wrap(joined, max(measure, 12))

    body_lines: list[str] = []
    blocks: list[dict] = []
    paragraphs = list(article["body"])
    for k, para in enumerate(paragraphs):
        if para.startswith("## "):
            text = para[3:].strip()
            blocks.append({"type": "heading", "text": text})
            pad = " " * max(0, int(measure - width(text))) if drawn["subheading"] == "centred" else ""
            body_lines.append(pad + text)
            continue
        if k == 0 and para.startswith("本报讯"):
            # the corpus's own marker: the printed dateline takes its place
            para = para.removeprefix("本报讯").lstrip()
            dateline = dateline or "本报讯"
        blocks.append({"type": "paragraph", "text": para})
        lead = (dateline + (" " if dateline == "本报讯" else "")) if k == 0 else ""
        if lead and drawn["credit"] == "dateline_split" and "（" in lead:
            cut = lead.index("（") + 1 + len(dateline_role((article["authors"] or [{}])[0].get("role")))
            body_lines.append(indent + lead[:cut])
            lines = wrap(lead[cut:].lstrip() + para, measure)
        else:
            lines = wrap(lead + para, measure, measure - 2)
            lines[0] = indent + lines[0]
        if k == len(paragraphs) - 1 and drawn["credit"] == "closing":
            tail = lines.pop()
            lines += wrap(tail + byline, measure)
        body_lines += lines

    box = article.get("databox") or {}
    if box:
        # a small table of figures under the story, read by the extractor row by row, its cells
        # apart by runs of spaces; its label is a heading of the story, each row a paragraph
        blocks.append({"type": "heading", "text": box["label"]})
        body_lines.append(box["label"])
        for row in box["rows"]:
            cells = [str(cell) for cell in row]
            gaps = [
                " " * rng.randint(2, 4) if drawn["databox"] == "spaces" else "\u3000" * rng.randint(1, 2)
                for _ in cells[1:]
            ]
            body_lines.append(cells[0] + "".join(g + c for g, c in zip(gaps, cells[1:])))
            blocks.append({"type": "paragraph", "text": " ".join(cells)})

    if drawn["caption"] == "before_headline":
        lines = cap_lines + [""] + head + [""] + body_lines
    else:
        lines = head + [""] + body_lines + ([""] + cap_lines if cap_lines else [])

    gold = {
        "id": article["id"],
        "park": article["park"],
        "kicker": kicker,
        "title": title,
        "subtitle": subtitle,
        "dateline": dateline,
        "authors": [a["name"] for a in article.get("authors") or []],
        "byline": byline,
        "blocks": blocks,
        "captions": [{"text": t, "credit": c} for t, c in captions],
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary", ""),
        "lead_summary": lead_sentence(blocks),
        "gutter": dict(drawn),
    }
    return lines, gold


def read_across(left: list[str], right: list[str], gap: str) -> list[str]:
    """Two columns read across by the extractor: each raw line is the left piece, the gap, the
    right piece; where one story has ended its side is empty."""
    out = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        out.append(f"{a}{gap}{b}".rstrip() if a or b else "")
    return out


def furniture_lines(rng: random.Random, page: dict, year: int, month: int, day: int, number: int):
    weekday = WEEKDAYS[datetime.date(year, month, day).weekday()]
    date = f"{year}年{month}月{day}日 星期{weekday}"
    head = [f"{date}  园区  第{number}版"] if rng.random() < 0.5 else [date, "园区", f"第{number}版"]
    foot = [f"责任编辑：{rng.choice(EDITORS)}  版式设计：{rng.choice(EDITORS)}"]
    where = page["furniture"]
    return (head if where != "footer" else []), (foot if where != "header" else [])


def gutter_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    rng = random.Random(f"gutter:{seed}")
    chosen = rng.sample(articles, min(len(articles), rng.randint(2, 6)))
    page = {name: rng.choice(values) for name, values in PAGE_CONVENTIONS.items()}
    page["habits"] = sorted(h for h in HABITS if rng.random() < 0.35)
    year, month, day, number = (
        rng.randint(2022, 2025),
        rng.randint(1, 12),
        rng.randint(1, 28),
        rng.randint(5, 8),
    )
    page["gap"] = 0

    laid = []
    for article in chosen:
        drawn = draw_article(rng, article)
        laid.append(lay_article(rng, article, drawn, page, month, day))

    head, foot = furniture_lines(rng, page, year, month, day, number)
    furniture = list(head)
    stories: list[list[str]] = []
    pair_at = rng.randrange(len(laid) - 1) if page["gutter"] != "stacked" else -1
    if pair_at >= 0:
        page["gap"] = rng.randint(2, 6) if page["gutter"] == "spaces" else rng.randint(1, 3)
    gap = " " * page["gap"] if page["gutter"] == "spaces" else "\u3000" * page["gap"]
    k = 0
    while k < len(laid):
        if k == pair_at:
            left = [line for line in laid[k][0] if line]
            right = [line for line in laid[k + 1][0] if line]
            stories.append(read_across(left, right, gap))
            k += 2
            continue
        stories.append(list(laid[k][0]))
        k += 1

    if "repeat_last_line" in page["habits"]:
        story = rng.choice(stories)
        last = next((line for line in reversed(story) if line.strip()), "")
        story.append(last)
        furniture.append(last.strip())

    blank_after = page["spacing"] == "blank_after_line"
    between = [] if "no_blank_between_stories" in page["habits"] else [""]
    out: list[str] = []

    def emit(lines: list[str]) -> None:
        for line in lines:
            if line == "":
                if out and out[-1] != "":
                    out.append("")
                continue
            if not line.strip():
                continue
            half = ord(line.rstrip()[-1]) < 128
            if "space_wrap" in page["habits"]:
                line = (" " if out and out[-1].endswith(" ") else "") + line + (" " if half else "")
            out.append(line)
            if blank_after and not half:
                out.append("")

    emit(head)
    if "contents_box" in page["habits"]:
        titles = [gold["title"] for _, gold in laid][: rng.randint(2, len(laid))]
        box = ["本期导读", *(f"{rng.choice('◇·●')} {t}" for t in titles)]
        furniture += box
        emit([""] + box + [""])
    for n, story in enumerate(stories):
        if n:
            if between:
                emit(between)
            elif out and out[-1] == "":
                out.pop()
        emit(story)
    emit([""] + foot)
    furniture += foot
    if "page_number_alone" in page["habits"]:
        emit(["", str(number)])
        furniture.append(str(number))
    raw = "\n".join(out).rstrip("\n") + "\n"
    gold = {
        "page": "",
        "notes": "Laid out by tests/gutter.py. Body text is as the corpus writes it; the scorer compares "
        "after NFKC and whitespace removal.",
        "articles": [gold for _, gold in laid],
        "furniture": furniture,
        "gutter": page,
    }
    return raw, gold
