"""A fifth layouter: a compositor that sets articles on a park page the way a newspaper
prints them and a PDF extractor reads them back, with the gold annotation of each page.

It knows nothing of how the pages are parsed; it follows papers and extractors. Each page
draws its conventions (columns, where headlines and captions are read, furniture, line
spacing) and each article its own (column width, headline lines and spacing, byline form,
caption form, subheading style, indents, digits, jumps to other pages). The gold records
what was drawn under `compositor`, on the page and on every article, so that a parser's
errors can be tallied per convention.

    raw, gold = compositor_page(page_seed, articles)

Articles come from a corpus such as tests/corpus/compositor.yaml: `body` is a list of
paragraphs, a heading being a paragraph that starts with "# " (the other corpora write "## ").
"""

from __future__ import annotations

import datetime
import functools
import logging
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

# Every value a convention can take; a 100-page set shows each of them.
CONVENTIONS: dict[str, tuple] = {
    # page
    "columns": (2, 3, 4, 5, 6),
    "headline_group": ("start", "between", "end"),
    "group_order": ("page", "reversed", "shuffled"),
    "line_spacing": ("double", "single"),
    "furniture_at": ("top", "bottom", "split", "middle"),
    "header_form": ("one_line", "stacked"),
    "editor_form": ("one_line", "stacked", "none"),
    "contact": ("phone", "mail", "none"),
    # article
    "width": tuple(range(11, 27)),
    "body_columns": (1, 2, 3),
    "column_order": ("in_order", "reversed"),
    "headline_position": ("before", "after", "middle", "grouped", "run_in"),
    "headline_lines": (1, 2, 3),
    "headline_span": ("column", "spanning"),
    "headline_spacing": ("plain", "letter_spaced"),
    "headline_parts": ("title", "kicker_title", "title_subtitle", "kicker_title_subtitle"),
    "subtitle_dash": ("none", "dash"),
    "byline": (
        "dateline_paren", "dateline_name_end", "name_line_end", "paren_end",
        "reporter_line", "arrow", "square", "wen_slash", "commentator", "none",
    ),
    "byline_at": ("head", "end", "body", "none"),
    "caption": (
        "none", "source", "source_only", "provided", "supplied", "paren_she",
        "reporter_she", "slash_she", "she_line",
    ),
    "caption_at": ("none", "after_headline", "after_body", "mid_body", "page_end", "run_in"),
    "subheading": ("none", "plain", "cn_ordinal", "paren_ordinal", "square", "bracket", "letter_spaced"),
    "indent": ("lost", "full_width", "half_width"),
    "digits": ("half_width", "full_width"),
    "number_spacing": ("tight", "spaced"),
    "justify": ("ragged", "spread"),
    "text_wrap": ("none", "around_photo"),
    "punctuation": ("full_width", "half_width"),
    "trailing_name": ("none", "same_line", "own_line"),
    "jump": ("none", "down", "up"),
    "jump_form": ("none", "paren", "bare", "short"),
    "dateline_parens": ("none", "full_width", "half_width"),
}

PAGE_NAMES = ("园区", "高新区", "园区·产业", "国家高新区", "园区经济")
PAPERS = ("科创园区报", "高新技术导报", "园区时讯")
WEEKDAYS = "一二三四五六日"
EDITORS = ("周晓岚", "阿力木·吐尔逊", "金美善", "索朗卓玛", "韦丽娟", "那日苏", "马志刚", "关雪")
CN_NUMBERS = "一二三四五六七八九十"
HEADING_MARK = re.compile(r"#+ ")  # a corpus paragraph that is a subheading: "# 标题" or "## 标题"
OPENING = set("“‘（《【〔")
CLOSING = set("，。、；：？！”’）》】〕…—")
# what a line never breaks inside: a run of half-width letters and digits, or of full-width digits
UNBROKEN = re.compile(r"[0-9A-Za-z.%+&/]+|[０-９．％]+|.", re.S)
ASCII_PUNCTUATION = str.maketrans("，：；！？（）", ",:;!?()")
FULL_DIGITS = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
REPORTER_ROLES = ("记者", "通讯员", "特约通讯员", "实习生")
JUMP_FORMS = {  # (the line under the part that jumps, the line over the part that follows)
    "paren": ("（下转第{}版）", "（上接第{}版）"),
    "bare": ("下转第{}版", "上接第{}版"),
    "short": ("（转第{}版）", "（接第{}版）"),
}


NOTES = (
    "Gold of a page set by the compositor (tests/compositor.py). Body text is as printed, without "
    "whitespace, with digits half-width and punctuation full-width (the scorer compares after "
    "NFKC); the first paragraph "
    "keeps its 本报讯 dateline. A continued part holds the text printed on this page only. "
    "optional_break marks a paragraph break that a lost indent after a full line leaves invisible. "
    "A subheading keeps its printed numbering and marks (一、, （一）, ■, 【】); a subtitle keeps its "
    "printed dash. A caption's credit is the name without its label words (图片来源：, 摄, 供图, "
    "图片由…提供, 本报记者); the caption as printed is compositor.caption_printed. byline is the credit "
    "line as printed (a closing （记者 X） too); names printed alone after the last sentence are in "
    "authors only. Page furniture, jump lines among it, is listed in furniture. compositor records "
    "the conventions the page and each article drew."
)


@dataclass
class Line:
    """A printed line as the extractor writes it; `tight` lines end in a single newline
    whatever their last character (the lines of one headline)."""

    text: str
    tight: bool = False


@dataclass
class Piece:
    """What one article puts on the page: its stream of lines in reading order, the lines
    read elsewhere on the page, and its gold."""

    stream: list[Line]
    headline: list[Line]
    late_caption: list[Line]
    gold: dict
    furniture: list[str] = field(default_factory=list)


def compositor_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """The raw text of one page laid out from `articles`, and its gold annotation."""
    rng = random.Random(f"compositor:{seed}")
    page = draw_page(rng)
    chosen = rng.sample(articles, min(len(articles), rng.randint(3, 6)))
    chosen = [{"authors": [], **a} for a in chosen]  # other corpora leave out an unsigned item's authors
    jumps = draw_jumps(rng, chosen)
    pieces = [set_article(rng, page, a, j) for a, j in zip(chosen, jumps)]
    header, footer = furniture(rng, page)
    lines = assemble(rng, page, pieces, header, footer)
    gold = {
        "notes": NOTES,
        "compositor": page,
        "furniture": [ln.text for ln in header + footer]
        + [f for p in pieces for f in p.furniture],
        "articles": [p.gold for p in pieces],
    }
    return join_lines(lines, page["line_spacing"]), gold


PAGE_KEYS = ("columns", "headline_group", "group_order", "line_spacing", "furniture_at", "header_form",
             "editor_form", "contact")


def draw_page(rng: random.Random) -> dict:
    page = {k: rng.choice(CONVENTIONS[k]) for k in PAGE_KEYS}
    page["number"] = rng.randint(2, 12)
    day = datetime.date(2021, 1, 4) + datetime.timedelta(days=rng.randrange(6 * 365))
    page["date"] = day.isoformat()
    return page


def draw_jumps(rng: random.Random, chosen: list[dict]) -> list[str]:
    """At most one article jumps to another page and one comes from one; only an article
    long enough to be cut in two ever does."""
    jumps = ["none"] * len(chosen)
    long = [k for k, a in enumerate(chosen) if sum(map(len, a["body"])) > 500]
    rng.shuffle(long)
    for kind, k in zip(rng.sample(("down", "up"), 2), long):
        if rng.random() < 0.5:
            jumps[k] = kind
    return jumps


WIDTHS = {2: (20, 26), 3: (16, 22), 4: (14, 18), 5: (12, 15), 6: (11, 13)}


def set_article(rng: random.Random, page: dict, article: dict, jump: str) -> Piece:
    """Draw an article's conventions and set it."""
    conv = draw_article(rng, page, article, jump)
    return Setter(rng, page, article, conv).piece()


def draw_article(rng: random.Random, page: dict, article: dict, jump: str) -> dict:
    lo, hi = WIDTHS[page["columns"]]
    conv = {"kind": article["kind"], "jump": jump, "width": rng.randint(lo, hi)}
    conv["body_columns"] = rng.randint(1, min(3, page["columns"]))
    conv["column_order"] = "reversed" if conv["body_columns"] > 1 and rng.random() < 0.25 else "in_order"
    if article["kind"] == "short" and rng.random() < 0.35:
        conv["headline_position"] = "run_in"  # a column of briefs runs each title into its text
    else:
        conv["headline_position"] = rng.choice(CONVENTIONS["headline_position"][:-1])
    conv["headline_lines"] = rng.choice(CONVENTIONS["headline_lines"])
    conv["headline_spacing"] = "letter_spaced" if rng.random() < 0.15 else "plain"
    conv["subtitle_dash"] = "dash" if article.get("subtitle") and rng.random() < 0.5 else "none"
    conv["byline"], conv["byline_at"] = draw_byline(rng, article, jump)
    conv["caption"], conv["caption_at"] = draw_caption(rng, article)
    conv["jump_form"] = rng.choice(CONVENTIONS["jump_form"][1:]) if jump != "none" else "none"
    paren = conv["byline"] == "dateline_paren"
    conv["dateline_parens"] = rng.choice(("full_width", "half_width")) if paren else "none"
    has_heads = any(HEADING_MARK.match(p) for p in article["body"])
    conv["subheading"] = rng.choice(CONVENTIONS["subheading"][1:]) if has_heads else "none"
    for key in ("indent", "digits", "number_spacing", "justify", "text_wrap"):
        conv[key] = rng.choice(CONVENTIONS[key])
    # an extractor that maps the font's punctuation to ASCII does so for a whole text frame
    conv["punctuation"] = "half_width" if rng.random() < 0.2 else "full_width"
    return conv


def draw_byline(rng: random.Random, article: dict, jump: str) -> tuple[str, str]:
    """A byline form the article's authors allow, placed where the jump leaves it room."""
    roles = {a["role"] for a in article["authors"]}
    if "评论员" in roles or article["kind"] == "commentary":
        return "commentator", rng.choice(("head", "end"))
    if not roles:
        return "none", "none"
    forms = ["name_line_end", "arrow", "square", "wen_slash", "reporter_line"]
    if roles <= set(REPORTER_ROLES):
        forms += ["dateline_paren", "paren_end", "dateline_name_end"]
    if jump == "up":
        forms = [f for f in forms if not f.startswith("dateline")]
    if jump == "down":
        forms = [f for f in forms if f not in ("name_line_end", "paren_end", "dateline_name_end")]
    form = rng.choice(forms)
    if form.startswith("dateline"):
        return form, "body"
    if form in ("name_line_end", "paren_end"):
        return form, "end"
    places = {"up": ("end",), "down": ("head",)}.get(jump, ("head", "end"))
    return form, rng.choice(places)


def draw_caption(rng: random.Random, article: dict) -> tuple[str, str]:
    caps = article.get("captions") or []
    if not caps:
        return "none", "none"
    cap = caps[0]
    if cap.get("by") == "person":
        form = rng.choice(("paren_she", "reporter_she", "slash_she", "she_line"))
    elif not cap.get("text"):
        form = "source_only"
    else:
        form = rng.choice(("source", "provided", "supplied"))
    # a photo news item is its caption: read after its few lines, or run on from them
    places = ("after_body", "run_in") if article["kind"] == "photo" else CONVENTIONS["caption_at"][1:-1]
    return form, rng.choice(places)


def full_width(text: str) -> str:
    return text.translate(FULL_DIGITS)


def is_half(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("Na", "H") and not ch.isspace()


def ends_half(text: str) -> bool:
    text = text.rstrip()
    return bool(text) and is_half(text[-1])


def units(token: str) -> int:
    return sum(1 if is_half(c) else 2 for c in token)


def wrap(text: str, width: Callable[[int], int]) -> tuple[list[str], list[bool]]:
    """Break text into lines, line n holding `width(n)` full-width cells, half-width
    characters taking half a cell and a run of them kept whole. Closing punctuation hangs
    at a line's end and opening punctuation never ends one. Also tells which lines came
    out short because the next run did not fit (a justified paper spreads those)."""
    tokens = [t for t in UNBROKEN.findall(text) if t != "\n"]
    lines, short, cur, room = [], [], "", 2 * width(0)
    for tok in tokens:
        if tok == " " and not cur:
            continue
        need = units(tok)
        if need <= room or (tok[0] in CLOSING and cur) or not cur:
            cur, room = cur + tok, room - need
            continue
        moved = ""
        while cur and cur[-1] in OPENING:
            moved, cur = cur[-1] + moved, cur[:-1]
        lines.append(cur.rstrip())
        short.append(room + units(moved) >= 4 and not moved)
        cur = moved + tok.lstrip()
        room = 2 * width(len(lines)) - units(cur)
    if cur.strip():
        lines.append(cur.rstrip())
        short.append(False)
    return lines, short


def spread(line: str) -> str:
    """A justified line as the extractor reads it: a space between every character."""
    return " ".join(ch for ch in line if not ch.isspace())


def space_numbers(line: str) -> str:
    """Spaces the extractor puts between half-width runs and the text around them."""
    line = re.sub(r"(?<=[^\x00-\x7f\s])(?=[0-9A-Za-z])", " ", line)
    return re.sub(r"(?<=[0-9A-Za-z%])(?=[^\x00-\x7f\s，。、；：）”])", " ", line)


def letter_space(text: str) -> str:
    return " ".join(ch for ch in text if not ch.isspace())


HEADLINE_BREAKS = set("：，、！？")


def split_headline(text: str, parts: int) -> list[str]:
    """A headline broken into `parts` lines as an editor breaks it: at the space of a
    two-part title, else after a colon or comma, else near the middle, never inside a
    number or a quotation."""
    if parts < 2 or len(text) < 6:
        return [text]
    if " " in text:
        head, tail = text.split(" ", 1)
        return [head] + split_headline(tail, parts - 1)
    target = len(text) / parts
    words = word_starts(text)
    cut = min(range(2, len(text) - 1), key=lambda i: break_cost(text, i, target, words))
    return [text[:cut]] + split_headline(text[cut:], parts - 1)


@functools.cache
def word_starts(text: str) -> frozenset[int]:
    """Where the words of a headline start (an editor never breaks a line inside one)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    starts, at = set(), 0
    for word in jieba.lcut(text):
        starts.add(at)
        at += len(word)
    return frozenset(starts)


def break_cost(text: str, i: int, target: float, words: frozenset[int]) -> float:
    """How badly a headline breaks before its i-th character."""
    before, after = text[i - 1], text[i]
    cost = abs(i - target) + (0 if i in words else 8)
    if is_half(before) and is_half(after):
        cost += 100
    if after in CLOSING or before in OPENING:
        cost += 100
    if text[:i].count("“") > text[:i].count("”") or text[:i].count("《") > text[:i].count("》"):
        cost += 6
    if before in HEADLINE_BREAKS:
        cost -= 4
    return cost


class Setter:
    """Sets one article with its drawn conventions."""

    def __init__(self, rng: random.Random, page: dict, article: dict, conv: dict) -> None:
        self.rng, self.page, self.a, self.conv = rng, page, article, conv
        self.width = conv["width"]
        self.jump_lines: list[str] = []
        self.byline_text = ""
        self.line_no = 0
        self.photo_wrap = (0, 0, 0)
        if conv["text_wrap"] == "around_photo":
            cut = rng.randint(4, max(4, self.width // 3))
            self.photo_wrap = (rng.randint(2, 12), rng.randint(5, 9), cut)

    def piece(self) -> Piece:
        blocks = self.cut(self.body_blocks())
        byline_text, dateline, authors = self.byline()
        self.byline_text = byline_text
        head_byline, end_byline = self.byline_lines(byline_text)
        caption, gold_caps = self.caption_lines()
        body = self.body_lines(blocks, dateline)
        gold_blocks = self.gold_blocks(blocks, dateline)
        headline = self.headline_lines()
        stream, grouped, late = self.arrange(body, headline, head_byline, end_byline, caption)
        gold = self.gold(gold_blocks, dateline, authors, byline_text, gold_caps)
        return Piece(stream, grouped, late, gold, self.jump_lines)

    # ---- text of the body
    def body_blocks(self) -> list[dict]:
        out, n = [], 0
        for p in self.a["body"]:
            if mark := HEADING_MARK.match(p):
                out.append({"type": "heading", "text": self.heading_text(p[mark.end() :].strip(), n)})
                n += 1
            else:
                out.append({"type": "paragraph", "text": p.strip()})
        return out

    def heading_text(self, text: str, n: int) -> str:
        style = self.conv["subheading"]
        return {
            "cn_ordinal": f"{CN_NUMBERS[n % 10]}、{text}",
            "paren_ordinal": f"（{CN_NUMBERS[n % 10]}）{text}",
            "square": f"■{text}",
            "bracket": f"【{text}】",
        }.get(style, text)

    def cut(self, blocks: list[dict]) -> list[dict]:
        """The part of the article this page holds when it jumps: the first part ends mid
        sentence before a （下转…） line, the rest opens after an （上接…） line."""
        jump = self.conv["jump"]
        if jump == "none":
            return blocks
        paras = [k for k, b in enumerate(blocks) if b["type"] == "paragraph" and len(b["text"]) > 40]
        k = paras[len(paras) // 2] if len(paras) > 1 else paras[0]
        text = blocks[k]["text"]
        at = self.rng.randint(len(text) // 3, 2 * len(text) // 3)
        while text[at] in CLOSING:
            at += 1
        other = self.rng.choice([n for n in range(1, 13) if n != self.page["number"]])
        if jump == "down":
            self.jump_lines.append(JUMP_FORMS[self.conv["jump_form"]][0].format(other))
            return blocks[:k] + [{"type": "paragraph", "text": text[:at], "cut": True}]
        self.jump_lines.append(JUMP_FORMS[self.conv["jump_form"]][1].format(other))
        return [{"type": "paragraph", "text": text[at:], "cut": True}] + blocks[k + 1:]

    def byline(self) -> tuple[str, str, list[str]]:
        """The byline as printed, the dateline and the names the piece prints."""
        form, authors = self.conv["byline"], self.a["authors"]
        names = [a["name"] for a in authors]
        role_names = " ".join(f"{a['role']} {a['name']}" for a in authors)
        if form == "dateline_paren":
            if self.conv["dateline_parens"] == "half_width":
                return "", f"本报讯({role_names})", names
            return "", f"本报讯（{role_names}）", names
        if form == "dateline_name_end":
            return "", "本报讯", names
        if form in ("name_line_end", "none"):
            return "", "", names
        if form == "paren_end":
            return f"（{role_names}）", "", names
        if form == "commentator":
            return " ".join(["本报评论员", *names]), "", names
        return self.line_byline(form, authors), "", names

    def line_byline(self, form: str, authors: list[dict]) -> str:
        staff = [f"本报{a['role']} {a['name']}" if a["role"] in REPORTER_ROLES else a["name"]
                 for a in authors]
        if form == "reporter_line":
            return " ".join(staff)
        if form == "wen_slash":
            return "文/" + " ".join(staff if self.rng.random() < 0.5 else [a["name"] for a in authors])
        marker = "▶" if form == "arrow" else "■"
        first = authors[0]["name"] if form == "arrow" else staff[0]
        return " ".join([marker, first, *staff[1:]])

    def gold_blocks(self, blocks: list[dict], dateline: str) -> list[dict]:
        out = []
        for k, b in enumerate(blocks):
            text = re.sub(r"\s+", "", b["text"])
            if k == 0 and dateline:
                text = re.sub(r"\s+", "", dateline) + text
            g = {"type": b["type"], "text": text}
            if k and b["type"] == "paragraph" and blocks[k - 1]["type"] == "paragraph" and b.get("hidden"):
                g["optional_break"] = True
            out.append(g)
        return out

    # ---- lines
    def body_lines(self, blocks: list[dict], dateline: str) -> list[Line]:
        lines: list[Line] = []
        conv = self.conv
        names = " ".join(a["name"] for a in self.a["authors"])
        last_para = max((k for k, b in enumerate(blocks) if b["type"] == "paragraph"), default=-1)
        prev_full = False
        for k, b in enumerate(blocks):
            if b["type"] == "heading":
                lines += self.heading_lines(b["text"])
                prev_full = False
                continue
            text = b["text"]
            if k == 0 and dateline:
                text = dateline + (" " if dateline == "本报讯" else "") + text
            if k == 0 and conv["headline_position"] == "run_in":
                text = self.a["title"] + self.rng.choice((" ", "\u3000")) + text
            if k == last_para and conv["byline"] == "paren_end":
                text += self.byline_text
            if k == last_para and conv["caption_at"] == "run_in":
                text += " " + conv["caption_printed"].replace("\n", " ")
            cont = b.get("cut") and conv["jump"] == "up" and k == 0
            para, full = self.paragraph_lines(text, cont)
            b["hidden"] = prev_full and conv["indent"] == "lost" and not cont
            prev_full = full
            lines += para
        if conv["byline"] in ("dateline_name_end", "name_line_end") and names:
            lines = self.trailing_names(lines, names)
        else:
            conv["trailing_name"] = "none"
        return lines

    def paragraph_lines(self, text: str, cont: bool) -> tuple[list[Line], bool]:
        """A paragraph's lines, and whether its last line fills the column (then a lost
        indent leaves the next paragraph's start invisible)."""
        conv = self.conv
        if conv["digits"] == "full_width":
            text = full_width(text)
        indent = {"lost": "", "full_width": "\u3000\u3000", "half_width": "  "}[conv["indent"]]

        def width(n: int) -> int:
            return self.width_at(self.line_no + n) - (2 if n == 0 and not cont else 0)

        raw, short = wrap(text, width)
        out = []
        for n, (line, is_short) in enumerate(zip(raw, short)):
            if conv["number_spacing"] == "spaced":
                line = space_numbers(line)
            if is_short and conv["justify"] == "spread":
                line = spread(line)
            if n == 0 and not cont:
                line = indent + line
            if conv["punctuation"] == "half_width":
                line = line.translate(ASCII_PUNCTUATION)
            out.append(Line(line))
        last = raw[-1] if raw else ""
        full = units(last) >= 2 * width(len(raw) - 1) - 1
        self.line_no += len(raw)
        return out, full

    def width_at(self, line: int) -> int:
        """The column's width at a line of the body: narrower beside a photo the text
        runs around."""
        start, span, cut = self.photo_wrap
        return self.width - cut if start <= line < start + span else self.width

    def heading_lines(self, text: str) -> list[Line]:
        """A subheading, on two lines when it is wider than the column."""
        parts = split_headline(text, 2) if len(text) > self.width else [text]
        if self.conv["subheading"] == "letter_spaced":
            parts = [letter_space(p) for p in parts]
        self.line_no += len(parts)
        return [Line(p, tight=k < len(parts) - 1) for k, p in enumerate(parts)]

    def trailing_names(self, lines: list[Line], names: str) -> list[Line]:
        last = lines[-1].text if lines else ""
        if lines and units(last) + units(names) + 2 <= 2 * self.width and self.rng.random() < 0.6:
            self.conv["trailing_name"] = "same_line"
            return lines[:-1] + [Line(f"{last} {names}")]
        self.conv["trailing_name"] = "own_line"
        return lines + [Line(names)]

    def headline_lines(self) -> list[Line]:
        """Kicker, title and subtitle as printed, one group of tight lines."""
        conv, a = self.conv, self.a
        up = conv["jump"] == "up"
        kicker = "" if up else a.get("kicker", "")
        subtitle = "" if up else a.get("subtitle", "")
        parts = ["title"] if not kicker else ["kicker", "title"]
        if subtitle:
            parts.append("subtitle")
        conv["headline_parts"] = "_".join(parts)
        if conv["headline_position"] == "run_in":
            conv.update(headline_lines=1, headline_span="column", headline_spacing="plain")
            return []
        title_lines = split_headline(a["title"], conv["headline_lines"])
        conv["headline_lines"] = len(title_lines)
        conv["headline_span"] = "spanning" if max(map(len, title_lines)) > self.width else "column"
        if max(map(len, title_lines)) > 12:
            conv["headline_spacing"] = "plain"  # only a short line is spread across its column
        if conv["headline_spacing"] == "letter_spaced":
            title_lines = [letter_space(t) for t in title_lines]
        printed = ([kicker] if kicker else []) + title_lines
        if subtitle:
            printed.append(("——" if conv["subtitle_dash"] == "dash" else "") + subtitle)
        else:
            conv["subtitle_dash"] = "none"
        return [Line(t, tight=k < len(printed) - 1) for k, t in enumerate(printed)]

    def byline_lines(self, byline: str) -> tuple[list[Line], list[Line]]:
        if not byline or self.conv["byline"] == "paren_end":
            return [], []
        line = [Line(byline)]
        return (line, []) if self.conv["byline_at"] == "head" else ([], line)

    def caption_lines(self) -> tuple[list[Line], list[dict]]:
        form = self.conv["caption"]
        if form == "none":
            return [], []
        cap = self.a["captions"][0]
        text, who = cap.get("text", ""), cap["credit"]
        printed = {
            "source": f"{text} 图片来源：{who}",
            "source_only": f"图片来源：{who}",
            "provided": f"{text} 图片由{who}提供",
            "supplied": f"{text}（{who}供图）",
            "paren_she": f"{text}（{who} 摄）",
            "reporter_she": f"{text} 本报记者 {who} 摄",
            "slash_she": f"{text} {who}/摄",
            "she_line": f"{text}\n{who} 摄",
        }[form]
        if self.conv["digits"] == "full_width":
            printed = full_width(printed)
        self.conv["caption_printed"] = printed
        lines: list[Line] = []
        for part in printed.split("\n"):
            raw, _ = wrap(part.strip(), lambda n: self.width + 2)
            lines += [Line(t) for t in raw]
        return lines, [{"text": text, "credit": who}]

    # ---- reading order
    def arrange(
        self, body: list[Line], headline: list[Line], head_byline: list[Line],
        end_byline: list[Line], caption: list[Line],
    ) -> tuple[list[Line], list[Line], list[Line]]:
        """The article's stream in reading order, its headline when the page reads it with
        the other headlines, and its caption when it is read at the page's end."""
        conv = self.conv
        pos = conv["headline_position"]
        top = headline + head_byline + (caption if conv["caption_at"] == "after_headline" else [])
        cols = self.columns(body)
        # a jump line is set in the text: over the first column of a continued part, under
        # the last column of the part that jumps
        if conv["jump"] == "up":
            cols[0] = [Line(self.jump_lines[0])] + cols[0]
        if conv["jump"] == "down":
            cols[-1] = cols[-1] + [Line(self.jump_lines[0])]
        if conv["caption_at"] == "mid_body":
            cols = with_photo(cols, caption)
        if pos == "middle":
            at = self.rng.randint(1, max(1, len(cols[0]) - 1))
            cols[0] = cols[0][:at] + top + cols[0][at:]
        if conv["column_order"] == "reversed":
            cols = cols[::-1]
        flat = [ln for col in cols for ln in col]
        flat = (top if pos in ("before", "run_in") else []) + flat + (top if pos == "after" else [])
        flat += end_byline + (caption if conv["caption_at"] == "after_body" else [])
        grouped = top if pos == "grouped" else []
        return flat, grouped, caption if conv["caption_at"] == "page_end" else []

    def columns(self, body: list[Line]) -> list[list[Line]]:
        k = self.conv["body_columns"]
        if len(body) < 2 * k:
            k = self.conv["body_columns"] = 1
            self.conv["column_order"] = "in_order"
        size = -(-len(body) // k)
        return [body[i:i + size] for i in range(0, len(body), size)]

    def gold(self, blocks: list[dict], dateline: str, authors: list[str], byline: str,
             caps: list[dict]) -> dict:
        a, conv = self.a, self.conv
        up = conv["jump"] == "up"
        first = next((b["text"] for b in blocks if b["type"] == "paragraph"), "")
        first = re.sub(r"^本报讯([（(][^）)]*[）)])?", "", first)
        lead = re.match(r"[^。！？]*[。！？]?", first).group(0)
        gold = {
            "id": a["id"],
            "park": a.get("park", ""),
            "kicker": "" if up else a.get("kicker", ""),
            "title": a["title"],
            "subtitle": "" if up else a.get("subtitle", ""),
            "dateline": dateline,
            "authors": authors,
            "byline": byline,
            "blocks": blocks,
            "captions": caps,
            "topics": list(a.get("topics", [])),
            "summary": a.get("summary", ""),
            "lead_summary": lead,
            "compositor": conv,
        }
        if conv["subtitle_dash"] == "dash":
            gold["subtitle"] = "——" + gold["subtitle"]
        if len(a.get("parks", [])) > 1:
            gold["parks"] = list(a["parks"])
        return gold


def with_photo(cols: list[list[Line]], caption: list[Line]) -> list[list[Line]]:
    """A photo set inside the body: its caption is read between two columns, or halfway
    down the only one."""
    if len(cols) > 1:
        return cols[:1] + [caption] + cols[1:]
    half = max(1, len(cols[0]) // 2)
    return [cols[0][:half], caption, cols[0][half:]]


def furniture(rng: random.Random, page: dict) -> tuple[list[Line], list[Line]]:
    """The page's header (date, page name and number) and footer (editors, contact)."""
    day = datetime.date.fromisoformat(page["date"])
    date = f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"
    name, paper, n = rng.choice(PAGE_NAMES), rng.choice(PAPERS), page["number"]
    number = rng.choice((str(n), f"第{n}版", f"{n:02d}"))
    if page["header_form"] == "one_line":
        header = [Line(f"{date} {name} {number}")]
    else:
        header = [Line(t) for t in (paper, date, name, number)]
    eds = rng.sample(EDITORS, 3)
    footer = {
        "one_line": [Line(f"责任编辑：{eds[0]} 美术编辑：{eds[1]} 校对：{eds[2]}")],
        "stacked": [Line(f"责任编辑：{eds[0]}"), Line(f"美术编辑：{eds[1]}"), Line(f"校对：{eds[2]}")],
        "none": [],
    }[page["editor_form"]]
    contact = {
        "phone": [Line(f"新闻热线：010-{rng.randint(60000000, 69999999)}")],
        "mail": [Line(f"本版邮箱：yuanqu{n}@kcyq.com.cn")],
        "none": [],
    }[page["contact"]]
    return header, footer + contact


def assemble(rng: random.Random, page: dict, pieces: list[Piece], header: list[Line],
             footer: list[Line]) -> list[Line]:
    """The page in the extractor's reading order."""
    heads = [p.headline for p in pieces]
    if page["group_order"] == "reversed":
        heads.reverse()
    if page["group_order"] == "shuffled":
        rng.shuffle(heads)
    grouped = [ln for head in heads for ln in head]
    streams = [p.stream for p in pieces]
    at = {"start": 0, "between": 1, "end": len(streams)}[page["headline_group"]]
    streams.insert(at, grouped)
    where = page["furniture_at"]
    if where == "middle":
        streams.insert(rng.randint(1, len(streams) - 1), header + footer)
    body = [ln for s in streams for ln in s] + [ln for p in pieces for ln in p.late_caption]
    if where == "top":
        return header + footer + body
    if where == "bottom":
        return body + header + footer
    if where == "split":
        return header + body + footer
    return body


def join_lines(lines: list[Line], spacing: str) -> str:
    """Lines as the extractor writes them: a blank line after each, except after a line
    of a headline group or one ending in a half-width character (or none at all when the
    extractor writes single newlines)."""
    out = []
    for ln in lines:
        single = spacing == "single" or ln.tight or ends_half(ln.text)
        out.append(ln.text + ("\n" if single else "\n\n"))
    return "".join(out)
