"""The layout desk: a fourth page layouter, with conventions of its own.

desk_page(seed, articles) sets a park page the way a newspaper's layout desk does and
writes it out the way a PDF text extractor reads it back, returning the raw text and
its gold annotation (the format of tests/gold/). What the desk does:

- Body text in columns of 12-24 ems, broken by Chinese line-breaking rules: closing
  punctuation never starts a line (hung in the margin or a character pulled down with
  it, by article), opening punctuation never ends one, runs of digits and Latin are
  never split. A line left short by a run pushed down is justified, and the extractor
  reads the widened gaps as spaces (letter-spaced lines). Some desks set digits
  full-width; some extractors write spaces around half-width runs, or a paragraph's
  indent as spaces.
- Headlines span several columns and come out before the body, after it, after its
  first column (the extractor reads by height, and the first column starts higher), or
  gathered with other articles' headlines. Kickers (引题) may be letter-spaced, or set
  beside the title and read after it; subtitles (副题) carry ——, — or no dash.
- Bylines in the forms real papers print (本报记者 X 通讯员 Y, ■本报记者 X, 文/X,
  文·图/X, 记者 X 报道, a closing （记者 X）, two-character names padded to three),
  with the headline, before or after the body; news items under 本报讯（…） datelines.
- Two-line headlines break between words (after the park's name, a colon or a closing
  quote where there is one), some in the middle of a word.
- Captions (图为…; X 摄, 本报记者 X 摄, （X 摄）, 摄影：X, X/摄 for a photographer;
  图片来源：X, X供图, 图片由X提供, （X供图）, 图/X for an organisation) of one or more
  lines, above or below the body, between two of its columns, with the headline or at
  the page's foot.
- Subheadings plain, numbered (一、/（一）), ornamented (■/◆) or in 【】, some
  letter-spaced, long ones on two lines; interviews with 记者：or 问：/答：; a feature's
  lead paragraph set wider than its body.
- Page furniture (date, page number, page name, editor lines, contacts) at the top,
  the foot, both, or (a strip down the side) in the middle of the text; jump lines
  (下转第N版 / 上接第N版) for articles continued from or to another page.

Every non-whitespace character of the page is in the gold: in an article's kicker,
title, subtitle, byline, blocks or captions (their text, credit and printed label), or
in the page's furniture. Each article's gold records the conventions that shaped it
under `desk:`, for error analysis; the scorer ignores that key.
"""

from __future__ import annotations

import datetime
import itertools
import logging
import random
import re
from dataclasses import dataclass, field

# Chinese line-breaking rules (禁则): what may not start a line, and what may not end one.
NO_START = set("，。、；：？！”’）》」』】〉…—％·")
NO_END = set("“‘（《「『【〈")
# A run of half-width characters (a number, a Latin word, "R&D", "5-10") is one unit.
UNIT = re.compile(r"[!-~]+(?: [!-~]+)*|……|——|.", re.S)
FULL_WIDTH = str.maketrans(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz%.",
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ％．",
)
# Where a two-line headline breaks naturally: after a park's name, a colon or a closing quote.
PHRASE_END = re.compile(r"(高新区|开发区|园区|：|”)$")
ORGANISATION = re.compile(r"高新区|开发区|园区|公司|管委会|中心|集团|大学|学院|研究院|局|办|部|示范区")
# How the extractor writes a paragraph's two-em indent: not at all, or as spaces.
INDENTS = {"lost": "", "spaces": "  ", "ideographic": "\u3000\u3000"}
# The words printed before and after a caption's credit: five forms each.
ORGANISATION_LABELS = [("图片来源：", ""), ("", "供图"), ("图片由", "提供"), ("（", "供图）"), ("图/", "")]
PHOTOGRAPHER_LABELS = [("", " 摄"), ("本报记者 ", " 摄"), ("摄影：", ""), ("（", " 摄）"), ("", "/摄")]
CHINESE_DIGITS = "〇一二三四五六七八九"
WEEKDAYS = "一二三四五六日"
CN_NUMBERS = "一二三四五六七八九十"
EDITORS = [
    "周晓岚",
    "马骏",
    "阿依古丽·买买提",
    "韩雪",
    "旦增卓玛",
    "黄小川",
    "乌日娜",
    "蒙丽",
    "杨凌",
    "苏和",
]
PAGE_NAMES = ["园区", "国家高新区", "园区纵横", "高新区周刊", "园区·聚焦", "区域创新"]


@dataclass
class Line:
    """One printed line as the extractor writes it; `tight` lines are followed by a single
    newline (the next line of the same headline or caption), others by the usual blank line."""

    text: str
    tight: bool = False


@dataclass
class Story:
    """An article set on the page: its pieces, and where the extractor writes each."""

    gold: dict
    head: list[Line]
    columns: list[list[Line]]
    byline: list[Line] = field(default_factory=list)
    caption: list[Line] = field(default_factory=list)
    jump: list[Line] = field(default_factory=list)


def desk_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """One page of 2-7 articles: the raw text and its gold annotation."""
    rng = random.Random(f"desk:{seed}")
    page_no = rng.randint(2, 12)
    chosen = choose_articles(rng, articles)
    jumps = jump_plan(rng, len(chosen), page_no)
    stories = [set_story(rng, article, jump) for article, jump in zip(chosen, jumps)]
    furniture = page_furniture(rng, page_no)
    lines, foot_captions = extract(rng, stories)
    lines, where = place_furniture(rng, lines + foot_captions, furniture)
    gold = {
        "page": "",
        "notes": "Made up by tests/desk.py. Body text is whitespace-free; furniture lists the page "
        "lines that are no article's text (jump lines among them).",
        "desk": {"furniture": where},
        "furniture": [line.text for group in furniture.values() for line in group]
        + [line.text for story in stories for line in story.jump],
        "articles": [story.gold for story in stories],
    }
    return render(lines), gold


# --- choosing the page's articles -------------------------------------------------------------


def choose_articles(rng: random.Random, articles: list[dict]) -> list[dict]:
    """Articles until the page is full (about 3,000-6,000 characters), at least two."""
    pool = rng.sample(articles, len(articles))
    budget = rng.randint(3000, 6000)
    chosen: list[dict] = []
    for article in pool:
        size = sum(len(p) for p in article["body"])
        if len(chosen) >= 2 and (size > budget or len(chosen) == 7):
            break
        chosen.append(article)
        budget -= size
    return chosen


def jump_plan(rng: random.Random, count: int, page_no: int) -> list[tuple[str, int] | None]:
    """Which articles continue on a later page (下转) or from an earlier one, the front page
    most often (上接): at most one of each."""
    plan: list[tuple[str, int] | None] = [None] * count
    if rng.random() < 0.3:
        plan[0] = ("to", rng.randint(page_no + 1, page_no + 4))
    if count > 2 and rng.random() < 0.25:
        plan[-1] = ("from", rng.choice([1, 1, rng.randint(1, page_no - 1)]))
    return plan


# --- one article ------------------------------------------------------------------------------


def set_story(rng: random.Random, article: dict, jump: tuple[str, int] | None) -> Story:
    desk = draw_conventions(rng, article, jump)
    body = body_items(article, desk)
    if jump:
        body = cut_for_jump(rng, body, jump[0])
    credits = credit_lines(rng, article, desk, jump)
    body = attach_dateline(body, credits["dateline"])
    lines = body_lines(rng, body, credits["tail"], desk)
    columns = split_columns(lines, desk["column_lines"])
    caption, caption_gold = set_caption(rng, article, desk)
    head = headline_lines(article, desk, jump)
    byline = credits["byline_lines"]
    if desk["byline_place"] == "headline":
        head, byline = head + tight(byline), []
    elif desk["byline_place"] == "after" and byline:
        columns[-1] = columns[-1] + byline
        byline = []
    gold = article_gold(article, desk, body, credits, caption_gold, jump)
    gold["desk"] = in_use(desk, gold, body, credits, article["title"])
    return Story(gold, head, columns, byline, caption, jump_lines(rng, jump))


def body_lines(
    rng: random.Random, body: list[tuple[str, str]], tail: tuple[str, str], desk: dict
) -> list[Line]:
    """The body's lines with its closing credit: in brackets run on from the last sentence, a
    name a space after it (on the last line if there is room), or a name on a line of its own."""
    mode, credit = tail
    if mode == "flow":
        body = body[:-1] + [(body[-1][0], body[-1][1] + credit)]
    width = desk["width"]
    if desk["lead"] == "wide":
        lines = set_body(rng, body[:1], width + rng.randint(5, 9), desk) + set_body(
            rng, body[1:], width, desk
        )
    else:
        lines = set_body(rng, body, width, desk)
    if mode == "inline" and unit_width(squeeze(lines[-1].text)) + len(credit) + 1 <= width:
        lines[-1] = Line(lines[-1].text + " " + credit)
    elif mode in ("inline", "own_line"):
        lines.append(Line(credit))
    return lines


def draw_conventions(rng: random.Random, article: dict, jump: tuple[str, int] | None) -> dict:
    """The conventions one article is set in; recorded in its gold under `desk:`."""
    feature = article.get("kind") == "feature"
    long = sum(len(p) for p in article["body"]) > 600
    return {
        "width": rng.randint(12, 24),
        "column_lines": rng.randint(16, 40),
        "kinsoku": rng.choice(["hang", "pull"]),
        "digits": "full" if rng.random() < 0.15 else "half",
        "half_spacing": rng.choice([0.0, 0.0, 0.4, 0.8]),
        "spread": rng.choice([0.1, 0.2, 0.3]),
        "headline": rng.choice(["before", "before", "after", "middle", "gathered"]),
        "title_width": rng.randint(9, 26),
        "title_break": "middle" if rng.random() < 0.15 else "word",
        "title_gap": rng.choice(["space", "space", "ideographic"]),
        "kicker": rng.choice(["plain", "plain", "spaced"]),
        "kicker_place": "beside" if rng.random() < 0.15 else "above",
        "indent": rng.choice(["lost", "lost", "lost", "spaces", "ideographic"]),
        "subtitle": rng.choice(["——", "—— ", "—", "none"]),
        "credit": news_credit(rng) if not feature else feature_credit(rng),
        "byline_place": rng.choice(
            ["headline", "headline", "before"] + ([] if jump and jump[0] == "to" else ["after"])
        ),
        "names": rng.choice(["plain", "plain", "padded"]),
        "trailing": rng.choice(["inline", "inline", "own_line", "paren"]),
        "caption_place": rng.choice(["after", "after", "before", "between", "headline", "foot"]),
        "caption_label": rng.randrange(5),
        "caption_tight": rng.random() < 0.6,
        "subheading": rng.choice(
            ["plain", "numbered", "paren_numbered", "ornament", "diamond", "bracket", "spaced"]
        ),
        "interview": rng.choice(["keep", "keep", "wenda"]),
        "lead": "wide" if feature and long and not jump and rng.random() < 0.35 else "plain",
        "jump": jump[0] if jump else "none",
    }


def news_credit(rng: random.Random) -> str:
    """How a news item names its reporters: in the 本报讯 dateline, closing the text in
    brackets, or under the headline as a feature would."""
    return rng.choice(["dateline", "dateline", "dateline", "end_paren", "byline"])


def feature_credit(rng: random.Random) -> str:
    return rng.choice(["plain", "enum", "marked", "wen", "report", "end_paren"])


# --- the body ---------------------------------------------------------------------------------


def body_items(article: dict, desk: dict) -> list[tuple[str, str]]:
    """Paragraphs and subheadings as printed: numbered or ornamented heads, interview turns."""
    items: list[tuple[str, str]] = []
    heads = 0
    for text in article["body"]:
        if text.startswith("## "):
            items.append(("head", subheading(text[3:], heads, desk["subheading"])))
            heads += 1
            continue
        if desk["interview"] == "wenda":
            text = interview_turn(text, items[-1][1] if items else "")
        if desk["digits"] == "full":
            text = text.translate(FULL_WIDTH)
        items.append(("para", text))
    return items


def subheading(text: str, number: int, form: str) -> str:
    n = CN_NUMBERS[number % 10]
    return {
        "numbered": f"{n}、{text}",
        "paren_numbered": f"（{n}）{text}",
        "ornament": f"■{text}",
        "diamond": f"◆{text}",
        "bracket": f"【{text}】",
    }.get(form, text)


def interview_turn(text: str, previous: str) -> str:
    """问： for the reporter's question, 答： for the speaker's name that opens the answer."""
    if text.startswith("记者："):
        return "问：" + text[3:]
    speaker = re.match(r"[^，。：“”]{2,9}：", text)
    if speaker and previous.startswith("问："):
        return "答：" + text[speaker.end() :]
    return text


def cut_for_jump(rng: random.Random, body: list[tuple[str, str]], way: str) -> list[tuple[str, str]]:
    """The part of the body on this page: its start (下转) or its rest (上接), cut inside a
    paragraph as the space runs out, at a character that is no punctuation."""
    paragraphs = [k for k, (kind, _) in enumerate(body) if kind == "para"]
    k = rng.choice(paragraphs[len(paragraphs) // 3 :] or paragraphs)
    text = body[k][1]
    cut = rng.randint(len(text) // 3, max(len(text) // 3, 2 * len(text) // 3))
    while 0 < cut < len(text) - 1 and (text[cut] in NO_START or text[cut - 1] in NO_END):
        cut += 1
    if way == "to":
        return body[:k] + [("para", text[:cut])]
    return [("cont", text[cut:])] + body[k + 1 :]


def attach_dateline(body: list[tuple[str, str]], dateline: str) -> list[tuple[str, str]]:
    """The dateline opens the first paragraph; a bare 本报讯 stands a space before the text."""
    if not dateline:
        return body
    return [("para", dateline + (" " if dateline == "本报讯" else "") + body[0][1])] + body[1:]


def set_body(rng: random.Random, body: list[tuple[str, str]], width: int, desk: dict) -> list[Line]:
    lines: list[Line] = []
    for kind, text in body:
        if kind == "head":
            lines += heading_lines(text, width, desk["subheading"])
        else:
            indent = 0 if kind == "cont" else 2
            broken = break_lines(text, width, indent, desk["kinsoku"])
            paragraph = [Line(extracted(rng, units, short, desk)) for units, short in broken]
            if indent and paragraph:
                paragraph[0] = Line(INDENTS[desk["indent"]] + paragraph[0].text)
            lines += paragraph
    return lines


def heading_lines(text: str, width: int, form: str) -> list[Line]:
    """A subheading is set bold and centred: a long one takes two tight lines, a short one may
    be letter-spaced to fill its measure."""
    if form == "spaced" and len(text) <= width // 2:
        return [Line(" ".join(text))]
    if len(text) <= width:
        return [Line(text)]
    return tight([Line(part) for part in headline_break(text)])


def tight(lines: list[Line]) -> list[Line]:
    """Lines of one block: single newlines inside, the usual blank line after the last."""
    return [Line(line.text, k < len(lines) - 1) for k, line in enumerate(lines)]


def unit_width(unit: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1.0 for c in unit)


def half(unit: str) -> bool:
    return ord(unit[0]) < 128 and not unit.isspace()


def break_lines(text: str, width: int, indent: int, kinsoku: str) -> list[tuple[list[str], float]]:
    """A paragraph's lines as units, each with how far short of its measure it fell (lines
    before the last only: the last is short by nature). The first line loses its indent; a
    space in the text is kept inside a line and dropped at its ends."""
    units = UNIT.findall(text)
    units = [piece for u in units for piece in (list(u) if unit_width(u) > width - indent else [u])]
    out: list[tuple[list[str], float]] = []
    start, cap = 0, width - indent
    while start < len(units):
        if units[start].isspace():
            start += 1
            continue
        end, used = start, 0.0
        while end < len(units) and (end == start or used + unit_width(units[end]) <= cap):
            used += unit_width(units[end])
            end += 1
        end = mend_break(units, start, end, kinsoku)
        line = units[start:end]
        while line[-1].isspace():
            line.pop()
        short = cap - sum(map(unit_width, line)) if end < len(units) else 0.0
        out.append((line, max(0.0, short)))
        start, cap = end, width
    return out


def mend_break(units: list[str], start: int, end: int, kinsoku: str) -> int:
    """Move a break so that no line starts with closing or ends with opening punctuation:
    hang one closing mark in the margin, or pull characters down to go with it."""
    if end < len(units) and units[end][0] in NO_START and kinsoku == "hang" and unit_width(units[end]) <= 1:
        end += 1
    while start + 1 < end < len(units) and (units[end][0] in NO_START or units[end - 1][-1] in NO_END):
        end -= 1
    return end


def extracted(rng: random.Random, units: list[str], short: float, desk: dict) -> str:
    """A line as the extractor reads it: a justified line with wide gaps comes out
    letter-spaced; otherwise half-width runs may gain spaces beside them."""
    chars = [piece for u in units if not u.isspace() for piece in ([u] if half(u) else list(u))]
    if short >= 1 and len(chars) > 1 and short / (len(chars) - 1) > desk["spread"]:
        return " ".join(chars)
    out = ""
    for u in units:
        beside = out and not u.isspace() and out[-1] != " " and (half(u) or half(out[-1]))
        if beside and rng.random() < desk["half_spacing"]:
            out += " "
        out += u
    return out


def split_columns(lines: list[Line], height: int) -> list[list[Line]]:
    return [lines[k : k + height] for k in range(0, len(lines), height)] or [[]]


# --- headlines, bylines, captions -------------------------------------------------------------


def headline_lines(article: dict, desk: dict, jump: tuple[str, int] | None) -> list[Line]:
    """Kicker, title and subtitle, as tight lines of one block (a continued part repeats its
    title alone)."""
    title = title_lines(article["title"], desk["title_width"], desk["title_break"], desk["title_gap"])
    lines = [Line(t) for t in title]
    if article.get("kicker") and not jump:
        kicker = article["kicker"]
        kicker_line = Line(" ".join(kicker) if desk["kicker"] == "spaced" else kicker)
        # A kicker set above the title is read first; one set beside it, a line lower, after it.
        lines = [kicker_line] + lines if desk["kicker_place"] == "above" else lines + [kicker_line]
    if article.get("subtitle") and not jump:
        lines.append(Line(subtitle_text(article["subtitle"], desk["subtitle"])))
    return tight(lines)


def title_lines(title: str, width: int, form: str, gap: str) -> list[str]:
    """One line if the title fits the headline's measure (its two parts a gap apart: a space, or
    the ideographic space of an em), else two: at the gap the desk marked, or near the middle."""
    if len(title) <= width:
        return [title.replace(" ", "\u3000" if gap == "ideographic" else " ")]
    if " " in title:
        first, rest = title.split(" ", 1)
        return [first, rest]
    return headline_break(title, form)


def headline_break(text: str, form: str = "word") -> list[str]:
    """Two lines broken where a desk breaks them: between words near the middle, after the
    park's name, a colon or a closing quote if one is there; or (form "middle") in the middle,
    whatever word it splits."""
    middle = (len(text) + 1) // 2
    cut = middle if form == "middle" else word_break(text)
    while cut < len(text) - 1 and text[cut] in NO_START:
        cut += 1  # closing marks stay with the words they close
    while cut > 1 and text[cut - 1] in NO_END:
        cut -= 1
    return [text[:cut], text[cut:]]


def word_break(text: str) -> int:
    """The word boundary in the middle third nearest the middle, a phrase's end first."""
    ends = list(itertools.accumulate(len(w) for w in words(text)))
    near = [k for k in ends if len(text) / 3 <= k <= 2 * len(text) / 3] or [(len(text) + 1) // 2]
    phrase = [k for k in near if PHRASE_END.search(text[:k])]
    return min(phrase or near, key=lambda k: abs(k - len(text) / 2))


def words(text: str) -> list[str]:
    import jieba  # loaded only when a headline breaks: jieba takes a second to start

    jieba.setLogLevel(logging.WARNING)
    return list(jieba.cut(text))


def subtitle_text(subtitle: str, form: str) -> str:
    bare = subtitle.lstrip("—")
    return bare if form == "none" or not bare else form + bare


def names_of(article: dict) -> list[dict]:
    return article.get("authors") or []


def shown(name: str, desk: dict) -> str:
    """Two-character names are padded to the width of three in some desks' bylines."""
    if desk["names"] == "padded" and len(name) == 2:
        return name[0] + "\u3000" + name[1]
    return name


def role_groups(authors: list[dict], desk: dict, sep: str) -> str:
    """ "本报记者 X Y 通讯员 Z": each role once, its names after it."""
    groups: dict[str, list[str]] = {}
    for a in authors:
        groups.setdefault(a.get("role", ""), []).append(shown(a["name"], desk))
    parts = [((role + " ") if role else "") + "、".join(names) for role, names in groups.items()]
    return sep.join(parts)


def credit_lines(rng: random.Random, article: dict, desk: dict, jump: tuple[str, int] | None) -> dict:
    """The dateline, the byline and the closing credit, as printed, with the names they give."""
    way = jump[0] if jump else ""
    news = article.get("kind") != "feature"
    style = desk["credit"]
    closing = [a for a in names_of(article) if a.get("trailing") or (news and not a.get("role"))]
    placed = [a for a in names_of(article) if a not in closing]
    dateline, in_dateline = "", []
    if news and style != "byline" and way != "from":
        dateline = "本报讯"
        if style == "dateline" and placed:
            dateline += f"（{role_groups(placed, desk, ' ')}）"
            in_dateline, placed = placed, []
    if style == "end_paren":
        closing, placed = placed + closing, []
    if way == "from":
        placed = []  # the dateline and byline were printed where the article began
    if way == "to":
        closing = []  # a closing credit is printed where the article ends, on the other page
    byline = feature_byline(rng, placed, desk) if placed else ""
    tail = closing_credit(closing, desk, style == "end_paren") if closing else ("", "")
    return {
        "dateline": dateline,
        "byline_lines": [Line(byline)] if byline else [],
        "byline": " ".join(t for t in (byline, tail[1]) if t),
        "tail": tail,
        "authors": [a["name"] for a in in_dateline + placed + closing],
    }


def feature_byline(rng: random.Random, authors: list[dict], desk: dict) -> str:
    style = desk["credit"]
    if style == "enum":
        return role_groups(authors, desk, "、")
    if style == "marked":
        return rng.choice("■□◎●") + role_groups(authors, desk, " ")
    if style == "wen":
        names = [shown(a["name"], desk) for a in authors]
        if len(names) == 1:
            return rng.choice(["文/", "文·图/", "文/本报记者 "]) + names[0]
        return f"文/{names[0]} 图/{' '.join(names[1:])}"
    if style == "report":
        return role_groups(authors, desk, " ") + " 报道"
    return role_groups(authors, desk, " ")


def closing_credit(authors: list[dict], desk: dict, bracketed: bool) -> tuple[str, str]:
    """A closing credit and how it is set: bracketed names run on from the last sentence, or
    bare names after it or on a line of their own."""
    if bracketed or desk["trailing"] == "paren":
        return "flow", f"（{role_groups(authors, desk, ' ')}）"
    return desk["trailing"], " ".join(shown(a["name"], desk) for a in authors)


def set_caption(rng: random.Random, article: dict, desk: dict) -> tuple[list[Line], list[dict]]:
    """The photo caption and its credit, broken at the photo's width."""
    caption = article.get("caption")
    if not caption:
        return [], []
    text, credit = caption.get("text", ""), caption["credit"]
    if text and not text.startswith("图") and desk["caption_label"] == 1:
        text = "图为" + text
    before, after = credit_label(credit, desk["caption_label"])
    printed = f"{text} {before}{credit}{after}".strip()
    lines = [Line("".join(units)) for units, _ in break_lines(printed, rng.randint(12, 30), 0, "hang")]
    lines = tight(lines) if desk["caption_tight"] else lines
    return lines, [{"text": text, "credit": credit, "label": (before + after).strip()}]


def credit_label(credit: str, form: int) -> tuple[str, str]:
    """The words around a caption's credit, for a person or an organisation."""
    return (ORGANISATION_LABELS if ORGANISATION.search(credit) else PHOTOGRAPHER_LABELS)[form]


def jump_lines(rng: random.Random, jump: tuple[str, int] | None) -> list[Line]:
    if not jump:
        return []
    way, page = jump
    word = "下转" if way == "to" else "上接"
    return [Line(rng.choice([f"（{word}第{page}版）", f"{word}第{page}版", f"（{word}{page}版）"]))]


def article_gold(
    article: dict,
    desk: dict,
    body: list[tuple[str, str]],
    credits: dict,
    captions: list[dict],
    jump: tuple[str, int] | None,
) -> dict:
    blocks = [
        {"type": "heading" if kind == "head" else "paragraph", "text": squeeze(text)} for kind, text in body
    ]
    first = squeeze(body[0][1][len(credits["dateline"]) :])
    return {
        "id": article["id"],
        "park": article["park"],
        "kicker": "" if jump else squeeze(article.get("kicker", "")),
        "title": headline_gold(article["title"]),
        "subtitle": "" if jump else squeeze(subtitle_text(article.get("subtitle", ""), desk["subtitle"])),
        "dateline": credits["dateline"],
        "authors": credits["authors"],
        "byline": credits["byline"],
        "blocks": blocks,
        "captions": captions,
        "topics": article.get("topics", []),
        "summary": article.get("summary", ""),
        "lead_summary": re.split(r"(?<=[。！？])", first)[0],
        "desk": desk,
    }


def in_use(desk: dict, gold: dict, body: list[tuple[str, str]], credits: dict, title: str) -> dict:
    """The conventions that shaped the article: those it gave nothing to act on are left out."""
    idle = set()
    if not gold["captions"]:
        idle |= {"caption_place", "caption_label", "caption_tight"}
    if not any(kind == "head" for kind, _ in body):
        idle.add("subheading")
    if not any(text.startswith(("记者：", "问：")) for _, text in body):
        idle.add("interview")
    if not gold["kicker"]:
        idle |= {"kicker", "kicker_place"}
    if not gold["subtitle"]:
        idle.add("subtitle")
    if len(title) <= desk["title_width"] or " " in title:
        idle.add("title_break")
    if len(title) > desk["title_width"] or " " not in title:
        idle.add("title_gap")
    if not credits["tail"][1] or desk["credit"] == "end_paren":
        idle.add("trailing")
    if not credits["byline_lines"]:
        idle.add("byline_place")
    if not gold["authors"]:
        idle.add("names")
    return {name: value for name, value in desk.items() if name not in idle}


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def headline_gold(title: str) -> str:
    """A title as a copy editor writes it: the space between its two parts kept, as the sample's
    gold keeps it, unless it stands beside a full-width mark (where the gap is the mark's own)."""
    title = title.strip()

    def gap(m: re.Match) -> str:
        return " " if title[m.start() - 1].isalnum() and title[m.end()].isalnum() else ""

    return re.sub(r"\s+", gap, title)


# --- the page ---------------------------------------------------------------------------------


def extract(rng: random.Random, stories: list[Story]) -> tuple[list[Line], list[Line]]:
    """The page in the extractor's order: story by story, each headline where its placement
    puts it; gathered headlines wait and come out together after the stories that share them.
    Captions set at the page's foot come last."""
    lines: list[Line] = []
    gathered: list[list[Line]] = []
    foot: list[Line] = []
    for story in stories:
        desk = story.gold["desk"]
        head = story.head
        if desk["headline"] == "gathered":
            gathered.append(head)
            head = []
        elif gathered:
            lines += flush_headlines(rng, gathered)
            gathered = []
        lines += story_lines(story, head, desk, foot)
        if gathered and rng.random() < 0.4:
            lines += flush_headlines(rng, gathered)
            gathered = []
    return lines + flush_headlines(rng, gathered), foot


def flush_headlines(rng: random.Random, groups: list[list[Line]]) -> list[Line]:
    """Headlines gathered in one cluster come out top to bottom, or bottom up."""
    if rng.random() < 0.5:
        groups = groups[::-1]
    return [line for group in groups for line in group]


def story_lines(story: Story, head: list[Line], desk: dict, foot: list[Line]) -> list[Line]:
    """One story's pieces in the extractor's order. A placement its body is too short for
    falls back, and the gold records what was done."""
    columns = [list(c) for c in story.columns]
    if desk.get("caption_place") == "between" and len(columns) == 1:
        desk["caption_place"] = "after"
    if desk["headline"] == "middle" and len(columns) == 1:
        desk["headline"] = "before"
    place, caption = desk.get("caption_place"), story.caption
    if place == "headline":
        head = head + caption
    elif place == "between":
        columns[0] = columns[0] + caption
    elif place == "foot":
        foot += caption
    if desk["jump"] == "to":
        columns[-1] = columns[-1] + story.jump
    elif story.jump:
        head = head + story.jump
    body = [line for column in columns for line in column]
    before = story.byline + (caption if place == "before" else [])
    after = caption if place == "after" else []
    if desk["headline"] == "after":
        return before + body + after + head
    if desk["headline"] == "middle":
        first = len(columns[0])
        return before + body[:first] + head + body[first:] + after
    return head + before + body + after


def page_furniture(rng: random.Random, page_no: int) -> dict[str, list[Line]]:
    """Header and footer lines: date, page number and name, editors, contacts."""
    day = datetime.date(2021, 1, 1) + datetime.timedelta(days=rng.randrange(1800))
    date = date_line(rng, day)
    name = rng.choice(PAGE_NAMES)
    if rng.random() < 0.3:
        name = " ".join(name)
    number = rng.choice([f"第{page_no}版", f"{page_no:02d}", f"第 {page_no} 版", str(page_no)])
    editor, artist, proof = rng.sample(EDITORS, 3)
    staff = rng.choice(
        [
            f"责任编辑：{editor}",
            f"责任编辑 {editor}  美术编辑 {artist}",
            f"责编：{editor}  版式：{artist}  校对：{proof}",
            f"本版编辑：{editor}　校对：{proof}",
        ]
    )
    contact = rng.choice(["", "电话：010-6851 2047", "投稿邮箱：yuanqu@desk.example.cn"])
    header = [Line(date), Line(number), Line(name)]
    rng.shuffle(header)
    if rng.random() < 0.3:
        header = [Line("  ".join(line.text for line in header))]  # a header set as one line
    footer = [Line(staff)] + ([Line(contact)] if contact else [])
    return {"header": header, "footer": footer}


def date_line(rng: random.Random, day: datetime.date) -> str:
    weekday = "星期" + WEEKDAYS[day.weekday()]
    form = rng.randrange(3)
    if form == 0:
        return f"{day.year}年{day.month}月{day.day}日 {weekday}"
    if form == 1:
        return f"{day:%Y.%m.%d} {weekday}"
    year = "".join(CHINESE_DIGITS[int(d)] for d in str(day.year))
    return f"{year}年{chinese_number(day.month)}月{chinese_number(day.day)}日 {weekday}"


def chinese_number(n: int) -> str:
    if n < 10:
        return CHINESE_DIGITS[n]
    tens = "" if n < 20 else CHINESE_DIGITS[n // 10]
    return tens + "十" + ("" if n % 10 == 0 else CHINESE_DIGITS[n % 10])


def place_furniture(
    rng: random.Random, lines: list[Line], furniture: dict[str, list[Line]]
) -> tuple[list[Line], str]:
    """The header at the top, or read last at the foot, or (set in a strip down the page's
    side) wherever the extractor reaches its height; the editors' lines at the foot or the top."""
    header, footer = furniture["header"], furniture["footer"]
    where = rng.choice(["top", "top", "foot", "split", "side"])
    if where == "top":
        return header + footer + lines, where
    if where == "foot":
        return lines + footer + header, where
    if where == "side":
        breaks = [k for k in range(1, len(lines)) if not lines[k - 1].tight]
        k = rng.choice(breaks)
        return lines[:k] + header + lines[k:] + footer, where
    return header + lines + footer, where


def render(lines: list[Line]) -> str:
    """Each line, then a blank line, except inside a block of tight lines and after a line
    ending in a half-width character, as the extractor writes them."""
    out = []
    for line in lines:
        end = line.text.rstrip()[-1:]
        out.append(line.text + ("\n" if line.tight or (end and ord(end) < 128) else "\n\n"))
    return "".join(out)
