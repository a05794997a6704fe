"""The seventh layouter: a park page as a paper's makeup desk prints it and as a PDF text
extractor then reads it, with the gold annotation of every page.

`pressroom_page(seed, articles)` draws a page's conventions and each article's, sets the
articles and returns the raw text and the gold. CONVENTIONS lists every convention and its
values; each drawn value is recorded under the article's `pressroom` key (the page's own
under the page's), so a parser's errors can be tallied per convention.

The page: how many columns (2-6, which bound the column widths, 11-26 characters); the
extractor's habit (the documented one on most pages; on a few, pdfminer's box habit of single
newlines inside a block and a blank line after it, or a blank line after every line); the
order it reads blocks in (straight; one article's columns read around another's; the
headlines of several articles read together at the end or the start); furniture at the top,
the bottom or both; a 简讯 banner with two or three short items under it.

An article: its column width; the paragraph indent (lost, two full-width spaces, half-width
spaces, flush); digits as typed, spaced from the Han text, or full-width; where its headline
is read (before or after the body, inside the previous article's column, with the page's
other headlines), broken over 1-3 lines or letter-spaced, a two-part title's parts joined by
a space, a full-width space or a line break, wider than the column or not; a kicker or 副题
with the title or read apart, a 副题 with or without its dash; the byline's form and place;
the subheadings' style; the captions' form and place; boxes around the text (编者按, a pull
quote, a sidebar, （完）, a column label, a justified line read letter-spaced); a jump to or
from another page.

Where the parse contract is silent, the gold decides as an editor reading the digest
would want:
- decoration is not text: ▶ ■ 【】 around a subheading or a 简讯 title, the —— before a
  副题, a column label (短评, 图片新闻) set beside a headline, a pull quote repeated from the
  body, （完）, and jump lines (下转/上接) belong to no field of the article; the gold lists
  them under `pressroom.extra` (the parser may put them in furniture). Numbering that the
  writer wrote (一、 （一）) stays in the subheading;
- a head byline, ▶/■ mark included, is `byline`; a trailing author is `signoff`; a dateline
  (本报讯（…）) is `dateline` and also opens the first paragraph, as on the sample's gold;
- a box printed with an article (链接, 名词解释, 数说, 相关阅读, 记者手记) is part of it: a
  heading (its label without decoration) and its paragraphs, after the body;
- a 简讯 banner (园区简讯) is page furniture; each item under it is an article of its own,
  its short title (printed on a line after ■, or run into its text in 【】) the title;
- a photo item's closing credit ("（本报记者 X 摄）") is its signoff, its photographer an
  author;
- an editor's note (编者按：…) is the feature's first paragraph; an interview's speaker
  labels (记者：, 问：, 答：, the guest's name) stay in the paragraphs they open;
- an item that names no park has an empty `park` and no `parks`; one that names two lists
  both, the first as `park`;
- a caption's credit is the name alone (X for "（X 摄）", "本报记者 X 摄", "图片由X提供");
  the whole printed caption is kept as `printed` for conservation;
- an article continued from or to another page holds only the text printed on this page;
  its authors are those printed here;
- a paragraph break after a line that ends at (or one short of) the column's width, when the
  next line keeps no indent, is an optional break: the page cannot show it.
"""

from __future__ import annotations

import datetime
import random
import re
from dataclasses import dataclass, field

# Each convention and the values it takes; tests check every value turns up in 100 pages.
CONVENTIONS: dict[str, tuple] = {
    "extractor": ("documented", "boxes", "loose"),
    "columns": (2, 3, 4, 5, 6),
    "reading": ("straight", "interleaved", "heads_end", "heads_start"),
    "furniture": ("top", "bottom", "split"),
    "page_end": ("none", "form_feed"),
    "indent": ("lost", "fullwidth", "halfwidth", "flush"),
    "digits": ("plain", "spaced", "fullwidth"),
    "head_position": ("before", "after", "mid", "grouped"),
    "head_lines": (1, 2, 3, "letterspaced"),
    "head_span": ("span", "column"),
    "two_part": ("none", "space", "fullwidth_space", "break"),
    "subtitle_dash": ("none", "dash", "plain"),
    "kicker_at": ("none", "with_title", "apart"),
    "subtitle_at": ("none", "with_title", "apart"),
    "byline": ("dateline", "dateline_date", "head_line", "arrow", "square", "wen",
               "tail_paren", "tail_name", "tail_inline", "photo_tail", "none"),
    "byline_at": ("none", "with_head", "above_head", "before_body", "after_body"),
    "heading_style": ("none", "plain", "hanzi", "paren", "square", "bracket", "letterspaced"),
    "caption": ("none", "source", "photo_paren", "reporter_photo", "provided", "credit_line", "bare"),
    "caption_at": ("none", "above", "below", "mid"),
    "caption_width": ("none", "photo", "column"),
    "bulletin": ("none", "line", "run_in"),
    "jump": ("none", "to", "from"),
    "extras": ("editor_note", "pullquote", "sidebar", "end_mark", "column_label", "justified"),
}

OPENING = "“‘（《【〈「"
CLOSING = "，。、；：？！”’）》】〉」…—-%"
HALF_TOKEN = re.compile(r"[A-Za-z0-9.%+/&]+|.", re.S)
NUMERALS = "一二三四五六七八九十"
FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
STAFF = {"记者": "本报记者", "通讯员": "本报通讯员", "特约通讯员": "本报特约通讯员", "评论员": "本报评论员",
         "特约记者": "本报特约记者"}
PAGE_NAMES = ("园区", "高新区", "园区·高新区", "国家高新区", "园区周刊")
EDITORS = ("阿依古丽·买买提", "次仁卓玛", "巴特尔", "马晓燕", "韦秀英", "金美善", "沙马阿依", "关丽娟",
           "陈思远", "刘建华", "那日苏", "杨光明")
BANNERS = ("园区简讯", "高新快讯", "园区动态", "简讯")
SIDEBAR_MARKS = ("bracket", "square", "plain")


@dataclass
class Unit:
    """A run of printed lines the extractor emits together: `group` lines (a headline, a
    subheading broken over lines) are joined by a single newline."""

    lines: list[str]
    group: bool = False
    body: bool = False  # body lines may have another block inserted between them


@dataclass
class Setting:
    """What one article drew, and the gold it builds."""

    article: dict
    conv: dict
    gold: dict
    extra: list[str] = field(default_factory=list)
    head: list[Unit] = field(default_factory=list)
    byline: list[Unit] = field(default_factory=list)
    body: list[Unit] = field(default_factory=list)
    captions: list[Unit] = field(default_factory=list)
    box: list[Unit] = field(default_factory=list)
    inserts: list[Unit] = field(default_factory=list)  # set between two lines of the body


def cell(c: str) -> float:
    return 0.5 if ord(c) < 128 else 1.0


def width_of(s: str) -> float:
    return sum(cell(c) for c in s)


def wrap(text: str, width: int, first: float | None = None) -> list[str]:
    """Break text into column lines the way a typesetter does: half-width runs kept whole,
    closing punctuation never opening a line, opening punctuation never closing one."""
    lines, line, room = [], "", width if first is None else first
    for tok in HALF_TOKEN.findall(text):
        # punctuation closing a line may hang past its end, as typesetters squeeze it in
        hang = tok in CLOSING and (width_of(line) <= room + 1 or line[-1] in CLOSING)
        if width_of(line + tok) <= room or not line.strip() or hang:
            line += tok
            continue
        carry = ""
        if line and line[-1] in OPENING and len(line) > 1:
            line, carry = line[:-1], line[-1]
        lines.append(line)
        line, room = carry + tok.lstrip(), width
    if line.strip():
        lines.append(line)
    return [ln.strip(" ") if i else ln.rstrip(" ") for i, ln in enumerate(lines)]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def base_role(role: str) -> str:
    return (role or "").removeprefix("本报")


def role_groups(authors: list[dict]) -> list[tuple[str, list[str]]]:
    groups: list[tuple[str, list[str]]] = []
    for a in authors:
        role = base_role(a.get("role", ""))
        if groups and groups[-1][0] == role:
            groups[-1][1].append(a["name"])
        else:
            groups.append((role, [a["name"]]))
    return groups


def credits(groups: list[tuple[str, list[str]]], staff: bool) -> str:
    parts = []
    for role, names in groups:
        label = STAFF.get(role, role) if staff else role
        parts.append(" ".join(([label] if label else []) + names))
    return " ".join(parts)


def choose(rng: random.Random, weighted: dict) -> object:
    values = list(weighted)
    return rng.choices(values, weights=[weighted[v] for v in values])[0]


def spaced_digits(text: str) -> str:
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?=[A-Za-z0-9])", " ", text)
    return re.sub(r"(?<=[A-Za-z0-9%])(?=[\u4e00-\u9fff])", " ", text)


def set_digits(text: str, digits: str) -> str:
    if digits == "spaced":
        return spaced_digits(text)
    if digits == "fullwidth":
        return text.translate(FULLWIDTH_DIGITS)
    return text


def letterspaced(text: str) -> str:
    return " ".join(squash(text))


def body_of(article: dict) -> list[tuple[str, str]]:
    """The corpus body as (type, text): a line opening with # is a subheading."""
    out = []
    for item in article.get("body") or []:
        text = str(item)
        if text.startswith("#"):
            out.append(("heading", text.lstrip("#").strip()))
        elif text.strip():
            out.append(("paragraph", text.strip()))
    return out


def captions_of(article: dict) -> list[dict]:
    caps = article.get("captions")
    if caps is None:
        caps = [article["caption"]] if article.get("caption") else []
    return [c for c in caps if c and (c.get("text") or c.get("credit"))]


def first_sentence(text: str) -> str:
    m = re.match(r".*?[。！？]", text)
    return m.group(0) if m else text


# ---------------------------------------------------------------- headlines


def headline_cuts(chars: str) -> list[int]:
    """Where a headline may break: never inside quotation marks or before closing punctuation."""
    cuts, depth = [], 0
    for i in range(1, len(chars)):
        depth += (chars[i - 1] in "“‘《（") - (chars[i - 1] in "”’》）")
        if depth <= 0 and chars[i] not in CLOSING:
            cuts.append(i)
    return cuts


def break_headline(text: str, n: int) -> list[str]:
    """n lines of a headline, broken near even lengths, after a colon or comma when one is near."""
    chars = squash(text)
    cuts = headline_cuts(chars)
    if n <= 1 or len(chars) < 2 * n or len(cuts) < n - 1:
        return [text]
    lines, start = [], 0
    for k in range(1, n):
        target = len(chars) * k / n
        cut = min((c for c in cuts if c > start), default=len(chars),
                  key=lambda c: abs(c - target) - 2.5 * (chars[c - 1] in "：，"))
        if cut >= len(chars):
            break
        lines.append(chars[start:cut])
        start = cut
    return lines + [chars[start:]]


def set_headline(rng: random.Random, s: Setting) -> None:
    a, c = s.article, s.conv
    parts = str(a.get("title", "")).split()
    title = " ".join(parts)
    c["two_part"] = "none" if len(parts) < 2 else choose(rng, {"space": 4, "fullwidth_space": 2, "break": 3})
    lines: list[str]
    if rng.random() < 0.1:
        c["head_lines"], lines = "letterspaced", [letterspaced(title)]
    elif c["two_part"] == "break":
        lines = parts
        c["head_lines"] = min(3, len(lines))
    else:
        joined = ("\u3000" if c["two_part"] == "fullwidth_space" else " ").join(parts)
        want = choose(rng, {1: 5, 2: 4, 3: 1 if len(squash(title)) >= 12 else 0})
        lines = [joined] if want == 1 else break_headline(joined, int(want))
        c["head_lines"] = len(lines)
    c["head_span"] = "span" if max(width_of(ln) for ln in lines) > c["width"] else "column"
    kicker, subtitle = str(a.get("kicker") or "").strip(), str(a.get("subtitle") or "").strip()
    if c["bulletin"] != "none":
        kicker = subtitle = ""
    c["subtitle_dash"] = "none"
    if subtitle:
        c["subtitle_dash"] = choose(rng, {"dash": 3, "plain": 2})
        if c["subtitle_dash"] == "dash":
            s.extra.append("——")
    s.gold.update(kicker=kicker, title=title, subtitle=subtitle)
    if c["bulletin"] == "run_in":
        c["kicker_at"] = c["subtitle_at"] = "none"
        s.extra += ["【", "】"]
        return
    if c["bulletin"] == "line":
        s.extra.append("■")
        lines = ["■ " + title]
    # a kicker or 副题 set in a smaller face may reach the extractor as a block of its own
    c["kicker_at"] = "none" if not kicker else choose(rng, {"with_title": 4, "apart": 1})
    c["subtitle_at"] = "none" if not subtitle else choose(rng, {"with_title": 3, "apart": 2})
    above = [Unit([kicker], group=True)] if kicker else []
    dash = "——" if c["subtitle_dash"] == "dash" else ""
    below = [Unit([dash + subtitle], group=True)] if subtitle else []
    if c["kicker_at"] == "with_title":
        lines, above = above[0].lines + lines, []
    if c["subtitle_at"] == "with_title":
        lines, below = lines + below[0].lines, []
    s.head = above + [Unit(lines, group=True)] + below


# ---------------------------------------------------------------- bylines


@dataclass
class Credit:
    """Where an article's authors are printed: opening the first paragraph, closing the last,
    or on a line of their own."""

    prefix: str = ""
    tail: str = ""
    line: Unit | None = None


BYLINE_WEIGHTS = {"dateline": 25, "dateline_date": 8, "head_line": 12, "arrow": 7, "square": 6, "wen": 5,
                  "tail_paren": 10, "tail_name": 8, "tail_inline": 8, "none": 2}


BYLINE_PLACES = {"with_head": 5, "above_head": 1, "before_body": 3, "after_body": 1}


def byline_form(rng: random.Random, s: Setting, authors: list[dict]) -> str:
    a, c = s.article, s.conv
    allowed = dict(BYLINE_WEIGHTS)
    if c["jump"] == "from":
        allowed = {k: allowed[k] for k in ("tail_paren", "tail_name", "tail_inline", "none")}
    elif c["jump"] == "to":
        allowed = {k: v for k, v in allowed.items() if not k.startswith("tail")}
    elif c["bulletin"] != "none":
        allowed = {k: allowed[k] for k in ("dateline", "dateline_date", "tail_paren", "tail_inline", "none")}
    elif a.get("kind") == "commentary":
        allowed = {k: allowed[k] for k in ("head_line", "square", "tail_paren")}
    elif a.get("kind") == "photo":
        # a photo item's text often closes on its photographer's credit
        allowed["photo_tail"] = 40
    if not authors:
        bare = ("dateline", "dateline_date", "none")
        allowed = {k: v for k, v in allowed.items() if k in bare} or {"none": 1}
    if any(x.get("trailing") for x in authors):
        allowed = {k: v * (6 if k.startswith("tail") else 1) for k, v in allowed.items()}
    return str(choose(rng, allowed))


def dated(rng: random.Random, first: str) -> str | None:
    """The first paragraph with 近日 replaced by a date, as a dateline with its date reads."""
    if not first.startswith("近日"):
        return None
    return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日" + first[2:]


def set_byline(rng: random.Random, s: Setting, paragraphs: list[tuple[str, str]]) -> Credit:
    authors = [x for x in s.article.get("authors") or [] if x.get("name")]
    form = byline_form(rng, s, authors)
    if form == "dateline_date":
        date = dated(rng, paragraphs[0][1]) if paragraphs and paragraphs[0][0] == "paragraph" else None
        if date is None:
            form = "dateline"
        else:
            paragraphs[0] = ("paragraph", date)
    s.conv["byline"] = form
    s.conv["byline_at"] = "none"
    groups = role_groups(authors)
    names = [x["name"] for x in authors]
    printed_authors = [] if form == "none" else [{"name": x["name"], "role": base_role(x.get("role", ""))}
                                                 for x in authors]
    s.gold.update(authors=printed_authors, dateline="", byline="", signoff="")
    credit = Credit()
    if form.startswith("dateline"):
        inner = f"（{credits(groups, False)}）" if authors else ""
        s.gold["dateline"] = "本报讯" + inner
        credit.prefix = "本报讯" + (inner or " ")
    elif form in ("head_line", "arrow", "square", "wen"):
        text = {"head_line": "", "arrow": "▶ ", "square": "■ "}.get(form, rng.choice(("文/", "文/图 ")))
        text += " ".join(names) if form == "wen" else credits(groups, True)
        s.gold["byline"] = text
        s.conv["byline_at"] = choose(rng, BYLINE_PLACES)
        s.byline = [Unit([text])]
    elif form == "tail_paren":
        credit.tail = s.gold["signoff"] = f"（{credits(groups, rng.random() < 0.5)}）"
    elif form == "photo_tail":
        shot = credits(groups, True) + " 摄"
        credit.tail = rng.choice((f"（{shot}）", " " + shot))
        s.gold["signoff"] = credit.tail.strip()
    elif form == "tail_inline":
        s.gold["signoff"] = " ".join(names)
        credit.tail = " " + s.gold["signoff"]
    elif form == "tail_name":
        s.gold["signoff"] = " ".join(names)
        credit.line = Unit([s.gold["signoff"]])
    return credit


# ---------------------------------------------------------------- body


HEADING_WEIGHTS = {"plain": 4, "hanzi": 2, "paren": 2, "square": 2, "bracket": 2, "letterspaced": 2}
NUMBERED = re.compile(rf"^([{NUMERALS}]+、|（[{NUMERALS}]+）)")


def heading_unit(text: str, style: str, number: int, width: int) -> tuple[Unit, str, list[str]]:
    """A subheading as printed, its gold text and its decoration."""
    if style == "hanzi" and not NUMBERED.match(text):
        text = NUMERALS[min(number, 10) - 1] + "、" + text
    elif style == "paren" and not NUMBERED.match(text):
        text = f"（{NUMERALS[min(number, 10) - 1]}）" + text
    if style == "square":
        return Unit(["■ " + text], group=True), text, ["■"]
    if style == "bracket":
        return Unit(["【" + text + "】"], group=True), text, ["【", "】"]
    if style == "letterspaced":
        return Unit([letterspaced(text)], group=True), text, []
    return Unit(wrap(text, width), group=True), text, []


INDENTS = {"lost": "", "fullwidth": "\u3000\u3000", "halfwidth": "  ", "flush": ""}


def paragraph_lines(text: str, indent: str, width: int, whole: str = "") -> list[str]:
    """A paragraph's column lines; `whole` (a trailing name, （完）) is never broken: it
    closes the last line when it fits there, else it takes a line of its own."""
    first = width if indent == "flush" else width - 2
    lines = wrap(text, width, first) or [""]
    room = first if len(lines) == 1 else width
    if whole and width_of(lines[-1] + whole) <= room:
        lines[-1] += whole
    elif whole:
        lines.append(whole.strip())
    lines[0] = INDENTS[indent] + lines[0]
    return lines


def justify_one(rng: random.Random, lines: list[str]) -> bool:
    """Spread one full line's characters apart, as an extractor reads a line the typesetter
    justified with wide letter spacing."""
    candidates = [i for i, ln in enumerate(lines[:-1]) if re.fullmatch(r"[\u4e00-\u9fff，、]{6,}", ln)]
    if not candidates:
        return False
    i = rng.choice(candidates)
    lines[i] = letterspaced(lines[i])
    return True


def set_body(rng: random.Random, s: Setting, paragraphs: list[tuple[str, str]], credit: Credit) -> None:
    c = s.conv
    width, indent = c["width"], c["indent"]
    styles = [t for t, _ in paragraphs]
    c["heading_style"] = str(choose(rng, HEADING_WEIGHTS)) if "heading" in styles else "none"
    last_para = max((i for i, t in enumerate(styles) if t == "paragraph"), default=-1)
    blocks: list[dict] = []
    run: list[str] = []
    prev_full = False
    number = 0
    justify = rng.random() < 0.15
    for i, (kind, text) in enumerate(paragraphs):
        if kind == "heading":
            if run:
                s.body.append(Unit(run, body=True))
                run = []
            number += 1
            unit, gold, deco = heading_unit(text, c["heading_style"], number, width)
            s.body.append(unit)
            s.extra += deco
            blocks.append({"type": "heading", "text": squash(gold)})
            prev_full = False
            continue
        printed = set_digits(text, c["digits"])
        gold = squash(printed)
        if not blocks and credit.prefix:
            printed = credit.prefix + printed
            gold = squash(credit.prefix) + gold
        if i == 0 and c["bulletin"] == "run_in":
            printed = "【" + s.gold["title"] + "】" + printed
        whole = ""
        if i == last_para:
            named = credit.tail.startswith(" ")
            printed += "" if named else credit.tail
            whole = (credit.tail if named else "") + ("（完）" if "end_mark" in c["extras"] else "")
        lines = paragraph_lines(printed, indent, width, whole)
        if justify and justify_one(rng, lines):
            c["extras"].append("justified")
            justify = False
        block = {"type": "paragraph", "text": gold}
        if prev_full and indent in ("lost", "flush"):
            block["optional_break"] = True
        blocks.append(block)
        run += lines
        prev_full = width_of(lines[-1].strip()) >= width - 1
    if run:
        s.body.append(Unit(run, body=True))
    s.gold["blocks"] = blocks


def pull_quote(text: str) -> str | None:
    quotes = [q for q in re.findall(r"“([^“”]{10,30})”", text)]
    return quotes[0] if quotes else None


def set_sidebar(rng: random.Random, s: Setting) -> None:
    """A box printed with the feature: a label, then its own short paragraphs."""
    box = s.article.get("sidebar") or {}
    label, paragraphs = str(box.get("label", "")).strip(), [str(p) for p in box.get("body") or []]
    if not label or not paragraphs:
        return
    s.conv["extras"].append("sidebar")
    mark = rng.choice(SIDEBAR_MARKS)
    printed = {"bracket": f"【{label}】", "square": f"■ {label}"}.get(mark, label)
    s.extra += {"bracket": ["【", "】"], "square": ["■"]}.get(mark, [])
    s.box.append(Unit([printed], group=True))
    s.gold["blocks"].append({"type": "heading", "text": label})
    lines: list[str] = []
    width = s.conv["width"]
    for k, p in enumerate(paragraphs):
        block = {"type": "paragraph", "text": squash(p)}
        if k and width_of(lines[-1]) >= width - 1:
            block["optional_break"] = True
        lines += paragraph_lines(p, "lost", width)
        s.gold["blocks"].append(block)
    s.box.append(Unit(lines, body=True))


# ---------------------------------------------------------------- captions


def by_person(caption: dict) -> bool:
    if caption.get("by") in ("person", "unit"):
        return caption["by"] == "person"
    name = str(caption.get("credit", ""))
    return 1 < len(name) <= 8 and not re.search(r"区|公司|集团|中心|局|委|院|所|园", name)


def caption_form(rng: random.Random, caption: dict) -> str:
    if not caption.get("text"):
        return "bare"
    if not caption.get("credit"):
        return "source"
    if by_person(caption):
        return str(choose(rng, {"photo_paren": 4, "reporter_photo": 2, "credit_line": 2}))
    return str(choose(rng, {"source": 4, "provided": 2, "credit_line": 1}))


def caption_lines(form: str, text: str, name: str, person: bool) -> list[str]:
    if form == "bare":
        return [f"图片来源：{name}"]
    if form == "photo_paren":
        return [f"{text}（{name} 摄）"]
    if form == "reporter_photo":
        return [f"{text} 本报记者 {name} 摄"]
    if form == "provided":
        return [f"{text}（图片由{name}提供）"]
    if form == "credit_line":
        return [text, f"{name} 摄" if person else f"{name}供图"]
    return [f"{text} 图片来源：{name}" if name else text]


def set_captions(rng: random.Random, s: Setting) -> None:
    caps = [] if s.conv["bulletin"] != "none" or s.conv["jump"] == "from" else captions_of(s.article)
    s.gold["captions"] = []
    s.conv["caption"] = s.conv["caption_at"] = s.conv["caption_width"] = "none"
    for cap in caps:
        text, name = str(cap.get("text") or "").strip(), str(cap.get("credit") or "").strip()
        form = caption_form(rng, cap)
        lines = caption_lines(form, text, name, by_person(cap))
        s.conv["caption"] = form
        s.gold["captions"].append({"text": text, "credit": name, "printed": " ".join(lines)})
        # a photo one column wide breaks its caption into column lines like the body's
        s.conv["caption_width"] = str(choose(rng, {"photo": 3, "column": 1}))
        if s.conv["caption_width"] == "column":
            lines = [part for line in lines for part in wrap(line, s.conv["width"])]
        s.captions.append(Unit(lines))
    if caps:
        s.conv["caption_at"] = str(choose(rng, {"above": 2, "below": 4, "mid": 2}))


# ---------------------------------------------------------------- one article


def cut_point(text: str) -> int:
    """Where a paragraph runs off the page: after a comma near its middle."""
    commas = [m.end() for m in re.finditer("[，；]", text)]
    middle = len(text) // 2
    return min(commas, key=lambda i: abs(i - middle)) if commas else max(1, middle)


def jumped(paragraphs: list[tuple[str, str]], jump: str) -> list[tuple[str, str]]:
    """The part of a continued article printed on this page."""
    middle = len(paragraphs) // 2
    j = next((i for i in range(middle, len(paragraphs)) if paragraphs[i][0] == "paragraph"), middle)
    text = paragraphs[j][1]
    cut = cut_point(text)
    if jump == "to":
        return paragraphs[:j] + [("paragraph", text[:cut])]
    return [("paragraph", text[cut:])] + paragraphs[j + 1:]


JUMP_LINES = {"to": ("（下转第{}版）", "（转第{}版）", "下转第{}版"),
              "from": ("（上接第{}版）", "（紧接第{}版）", "上接第{}版")}
COLUMN_LABELS = {"commentary": ("短评", "评论", "园区观察"), "photo": ("图片新闻", "镜头")}


def set_extras(rng: random.Random, s: Setting, paragraphs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    c, a = s.conv, s.article
    kind = a.get("kind", "news")
    if kind in COLUMN_LABELS and c["bulletin"] == "none":
        label = rng.choice(COLUMN_LABELS[kind])
        c["extras"].append("column_label")
        s.extra.append(label)
        s.head.insert(0, Unit([label]))
    long_piece = sum(len(t) for _, t in paragraphs) > 900 or kind in ("feature", "interview")
    if (long_piece and c["jump"] == "none" and not c["byline"].startswith("dateline")
            and a.get("summary") and rng.random() < 0.35):
        c["extras"].append("editor_note")
        paragraphs = [("paragraph", "编者按：" + str(a["summary"]).strip())] + paragraphs
    quote = pull_quote("".join(t for _, t in paragraphs))
    if quote and c["bulletin"] == "none" and rng.random() < 0.3:
        c["extras"].append("pullquote")
        printed = f"“{quote}”"
        s.extra.append(printed)
        s.inserts.append(Unit(wrap(printed, max(8, c["width"] - 3)), group=True))
    if c["jump"] != "to" and rng.random() < 0.12:
        c["extras"].append("end_mark")
        s.extra.append("（完）")
    return paragraphs


def page_width(columns: int, rng: random.Random) -> int:
    low, high = {2: (20, 26), 3: (16, 22), 4: (14, 19), 5: (12, 16), 6: (11, 14)}[columns]
    return rng.randint(low, high)


def set_article(rng: random.Random, article: dict, page: dict, bulletin: str, jump: str) -> Setting:
    conv = {k: page[k] for k in ("extractor", "columns", "reading", "furniture", "page_end")}
    conv.update(width=page_width(page["columns"], rng), bulletin=bulletin, jump=jump, extras=[],
                indent=choose(rng, {"lost": 6, "fullwidth": 2, "halfwidth": 2, "flush": 1}),
                digits=choose(rng, {"plain": 6, "spaced": 3, "fullwidth": 2}))
    s = Setting(article=article, conv=conv, gold={"id": str(article.get("id", "article"))})
    park = str(article.get("park") or "")
    parks = [str(p) for p in article.get("parks") or []]
    s.gold.update(park=park, parks=parks or ([park] if park else []))
    set_headline(rng, s)
    paragraphs = body_of(article)
    if jump != "none":
        paragraphs = jumped(paragraphs, jump)
    credit = set_byline(rng, s, paragraphs)
    paragraphs = set_extras(rng, s, paragraphs)
    set_body(rng, s, paragraphs, credit)
    if credit.line:
        s.body.append(credit.line)
    if jump == "none" and s.conv["bulletin"] == "none":
        set_sidebar(rng, s)
    set_captions(rng, s)
    if jump != "none":
        line = rng.choice(JUMP_LINES[jump]).format(rng.randint(1, 8))
        s.extra.append(line)
        unit = Unit([line])
        s.body.append(unit) if jump == "to" else s.body.insert(0, unit)
    lead = next((t for k, t in body_of(article) if k == "paragraph"), "")
    s.gold.update(topics=list(article.get("topics") or []), summary=str(article.get("summary") or ""),
                  lead_summary=first_sentence(lead))
    return s


# ---------------------------------------------------------------- the page


def split_body(units: list[Unit], rng: random.Random) -> tuple[list[Unit], list[Unit]] | None:
    """Cut a run of units between two body lines, where a column ends or a block sits."""
    spots = [(i, k) for i, u in enumerate(units) if u.body for k in range(1, len(u.lines))]
    if not spots:
        return None
    i, k = rng.choice(spots)
    u = units[i]
    return units[:i] + [Unit(u.lines[:k], body=True)], [Unit(u.lines[k:], body=True)] + units[i + 1:]


def insert_mid(units: list[Unit], block: list[Unit], rng: random.Random) -> list[Unit]:
    cut = split_body(units, rng)
    return cut[0] + block + cut[1] if cut else units + block


def article_units(rng: random.Random, s: Setting) -> tuple[list[Unit], list[Unit]]:
    """The article's units in reading order, and its headline when printed elsewhere."""
    c = s.conv
    # a byline set beside the headline may be read before it
    head = (s.byline if c["byline_at"] == "above_head" else []) + s.head
    head += s.byline if c["byline_at"] == "with_head" else []
    # a pull quote or a photo sits among the body's columns, never inside a box
    core = s.body
    for unit in s.inserts:
        core = insert_mid(core, [unit], rng)
    if c["caption_at"] == "mid":
        core = insert_mid(core, s.captions, rng)
    core = (s.byline if c["byline_at"] == "before_body" else []) + core + s.box
    core += s.byline if c["byline_at"] == "after_body" else []
    above = s.captions if c["caption_at"] == "above" else []
    core += s.captions if c["caption_at"] == "below" else []
    if c["head_position"] == "before":
        return above + head + core, []
    if c["head_position"] == "after":
        return above + core + head, []
    return above + core, head


HEAD_WEIGHTS = {
    "straight": {"before": 8, "after": 3, "mid": 2},
    "interleaved": {"before": 8, "after": 2, "mid": 1},
    "heads_end": {"before": 2, "after": 2, "mid": 1, "grouped": 6},
    "heads_start": {"before": 2, "after": 1, "mid": 1, "grouped": 6},
}


def place_heads(rng: random.Random, settings: list[Setting], reading: str) -> None:
    for k, s in enumerate(settings):
        position = "before" if s.conv["bulletin"] != "none" else str(choose(rng, HEAD_WEIGHTS[reading]))
        if position == "mid" and (k == 0 or settings[k - 1].conv["bulletin"] != "none"):
            position = "before"
        if not s.head and position != "before":
            position = "before"
        s.conv["head_position"] = position


def compose(rng: random.Random, settings: list[Setting], reading: str, banner: str) -> list[Unit]:
    place_heads(rng, settings, reading)
    runs: list[list[Unit]] = []
    grouped: list[Unit] = []
    for s in settings:
        units, head = article_units(rng, s)
        if s.conv["head_position"] == "mid":
            runs[-1] = insert_mid(runs[-1], head, rng)
        else:
            grouped += head
        if s.conv["bulletin"] != "none" and banner:
            units, banner = [Unit([banner], group=True)] + units, ""
        runs.append(units)
    pairs = [k for k in range(len(runs) - 1) if settings[k + 1].conv["bulletin"] == "none"]
    if reading == "interleaved" and pairs:
        k = rng.choice(pairs)
        cut = split_body(runs[k], rng)
        if cut:
            runs[k:k + 2] = [cut[0] + runs[k + 1] + cut[1]]
    units = [u for run in runs for u in run]
    return grouped + units if reading == "heads_start" else units + grouped


WEEKDAYS = "一二三四五六日"


def furniture_lines(rng: random.Random) -> tuple[list[str], list[str]]:
    """The page's date, name, number, editors and contact lines: (top, bottom)."""
    day = datetime.date(2021, 1, 1) + datetime.timedelta(days=rng.randrange(6 * 365))
    number = rng.randint(2, 12)
    date = rng.choice((f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}",
                       f"{day.year}年{day.month}月{day.day}日\u3000星期{WEEKDAYS[day.weekday()]}",
                       f"{day.year}.{day.month:02d}.{day.day:02d}"))
    name = rng.choice(PAGE_NAMES)
    folio = rng.choice((f"第{number}版", str(number), f"— {number} —", f"{number:02d}"))
    editors = rng.sample(EDITORS, 3)
    staff = rng.choice((f"责任编辑：{editors[0]}　美术编辑：{editors[1]}　校对：{editors[2]}",
                        f"责编 {editors[0]} 美编 {editors[1]}", f"本版编辑：{editors[0]}"))
    contact = rng.choice(("新闻热线：010-6853 1180", "投稿邮箱：yuanqu@hitechpaper.cn",
                          "电话：(010)68531180　E-mail:yq@hitechpaper.cn", ""))
    # the header band read as one line, or its pieces one by one
    top = rng.choice(([date, name, folio], [name, date], [f"{date}  {name}  {folio}"]))
    bottom = [ln for ln in (staff, contact) if ln] + ([] if folio in top else [folio])
    return top, bottom


def emit(units: list[Unit], extractor: str) -> str:
    """The extractor's text: the documented habit (a blank line after each column line unless
    it ends half-width; a headline's lines joined by one newline), a box-per-block habit
    (pdfminer: lines of a block joined, a blank line after the block), or a blank line after
    every line."""
    out = []
    for unit in units:
        lines = [ln.rstrip() for ln in unit.lines if ln.strip()]
        if not lines:
            continue
        if extractor == "boxes" or (extractor == "documented" and unit.group):
            out.append("\n".join(lines) + "\n\n")
        elif extractor == "loose":
            out += [ln + "\n\n" for ln in lines]
        else:
            out += [ln + ("\n" if ord(ln[-1]) < 128 else "\n\n") for ln in lines]
    return "".join(out)


def is_brief(article: dict) -> bool:
    """An item short enough to run under a 简讯 banner."""
    body = body_of(article)
    size = sum(len(t) for _, t in body)
    kind = article.get("kind", "news")
    return all(k == "paragraph" for k, _ in body) and (kind == "short" or (kind == "news" and size <= 300))


def choose_articles(rng: random.Random, articles: list[dict]) -> tuple[list[dict], int]:
    """The page's articles, and how many 简讯 items close it (two or three, or none)."""
    briefs = [a for a in articles if is_brief(a)]
    count = rng.randint(2, 3) if len(briefs) >= 2 and rng.random() < 0.35 else 0
    items = rng.sample(briefs, min(count, len(briefs)))
    rest = [a for a in articles if not any(a is b for b in items)]
    chosen = rng.sample(rest, min(len(rest), rng.randint(2, 4) if items else rng.randint(2, 6)))
    return chosen + items, len(items)


def jumps(rng: random.Random, chosen: list[dict], skip: set[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for jump, chance in (("to", 0.3), ("from", 0.25)):
        fits = [i for i, a in enumerate(chosen) if i not in skip and i not in out and len(body_of(a)) >= 3]
        if fits and rng.random() < chance:
            out[rng.choice(fits)] = jump
    return out


def draw_page(rng: random.Random) -> dict:
    return {"extractor": choose(rng, {"documented": 14, "boxes": 4, "loose": 3}),
            "columns": rng.randint(2, 6),
            "reading": choose(rng, {"straight": 5, "interleaved": 2, "heads_end": 3, "heads_start": 1}),
            "furniture": choose(rng, {"top": 2, "bottom": 1, "split": 3}),
            # pdftotext closes every page with a form feed
            "page_end": choose(rng, {"none": 3, "form_feed": 1})}


def pressroom_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """One page's raw text and gold, the same for the same seed and articles."""
    rng = random.Random(f"pressroom:{seed}")
    page = draw_page(rng)
    chosen, briefs = choose_articles(rng, articles)
    # a 简讯 banner closes the page, its items following one another under it
    items = set(range(len(chosen) - briefs, len(chosen)))
    style = str(choose(rng, {"line": 1, "run_in": 1}))
    jump_of = jumps(rng, chosen, items)
    settings = [set_article(rng, a, page, style if i in items else "none", jump_of.get(i, "none"))
                for i, a in enumerate(chosen)]
    units = compose(rng, settings, page["reading"], rng.choice(BANNERS) if items else "")
    top, bottom = furniture_lines(rng)
    if page["furniture"] == "top":
        top, bottom = top + bottom, []
    elif page["furniture"] == "bottom":
        top, bottom = [], top + bottom
    if items:
        page["banner"] = next(u.lines[0] for u in units if u.group and u.lines[0] in BANNERS)
    raw = emit([Unit([ln]) for ln in top] + units + [Unit([ln]) for ln in bottom], page["extractor"])
    raw += "\f" if page["page_end"] == "form_feed" else ""
    return raw, gold_page(page, settings, top + bottom)


def gold_page(page: dict, settings: list[Setting], furniture: list[str]) -> dict:
    articles = []
    for s in settings:
        s.gold["pressroom"] = dict(s.conv, extra=s.extra)
        articles.append(s.gold)
    banner = [page.pop("banner")] if "banner" in page else []
    return {"notes": "Set by the seventh layouter (tests/pressroom.py); `pressroom` keys record the "
                     "conventions drawn; `extra` lists printed decoration that belongs to no field.",
            "pressroom": page, "furniture": furniture + banner, "articles": articles}
