"""The thirty-first layouter: a city evening paper's weekly park insert (园区周刊), archived by
several toolchains.

The insert is a tabloid page of 2-5 columns on one measure (12-22 ems), set with kinsoku (closing
marks hang at a line's end, an opening mark is pushed to the next line, a Latin or figure run of up
to three characters is kept whole, a longer one may be split at the measure). Its running head is
repeated at the top of every column or printed once; a 本期导读 box lists the page's titles; short
items stand alone or are run together in one paragraph under a 园区快讯 banner, each opened by ◆
or ▲ and its title set in bold; a story's text may be wrapped round a pull quote (each printed
line cut into two halves); a long story may jump to the second page. Headlines are text on one
or two lines, set as an image (read back from its alt text), or run in; reporters sign as
融媒体记者, 全媒体记者, 特约记者, 见习记者, 实习生 or 通讯员, in a dateline, on a line of their own,
after the title on its line, or after the last sentence. Captions are labelled 图：, 【图片说明】
or ▲; a story may end with a QR-code note and a table of figures read row by row (furniture);
the staff line closes the page.

The archive read each page with one of six tools: the documented extractor, pdf.js's text layer,
Apple Preview's copy, ABBYY FineReader's text export, Tesseract's OCR and the paper's CMS export.

    agate_page(seed, articles) -> (raw page text, gold annotation)

The gold follows tests/gold/park-page-2021-01.gold.yaml; each article notes the conventions it
drew under `agate:`, the page its own under `agate_page:`, the reader under `extractor:` and
`habits:`. Ornaments that belong to no text field (◆, ▲, the alt text's brackets, subheading
marks, ABBYY's ¬) are listed under `marks`.
"""

from __future__ import annotations

import datetime
import random
import re
from dataclasses import dataclass, field

from tests.goldtext import lead_sentence

CONVENTIONS: dict[str, tuple] = {
    "headline": ("one_line", "two_lines", "alt_text", "run_in"),
    "credit": ("dateline", "byline_line", "byline_on_title", "signature", "caption"),
    "subheading": ("plain", "bracketed", "diamond"),
    "caption": ("tu_label", "shuoming", "arrow"),
    "caption_place": ("after_body", "after_headline"),
    "wrap": ("none", "pull_quote"),
    "tail": ("none", "qr_video", "qr_more"),
    "table": ("rows_gap", "rows_tab"),
    "jump": ("paren", "xiazhuan", "arrow"),
}

PAGE_CONVENTIONS: dict[str, tuple] = {
    "columns": (2, 3, 4, 5),
    "measure": ("narrow", "medium", "wide"),
    "running_head": ("every_column", "top_only"),
    "guide": ("none", "daodu"),
    "briefs": ("standalone", "diamond_run", "triangle_run"),
    "jump": ("none", "jump_out"),
    "footer": ("none", "staff"),
}

HABITS: dict[str, tuple] = {
    "documented": ("line_per_printed_line", "blank_after_line_unless_half_width"),
    "pdfjs": ("line_per_printed_line", "no_blank_lines", "spaces_between_glyph_runs"),
    "preview": ("paragraph_joined_per_column", "no_blank_lines"),
    "abbyy": ("line_per_printed_line", "blank_after_block", "not_sign_at_split_runs"),
    "tesseract": (
        "line_per_printed_line",
        "blank_after_block",
        "spaces_between_han",
        "ri_kou_in_furniture",
        "closing_form_feed",
    ),
    "cms": ("cms_article_order", "paragraph_a_line", "ideographic_indent", "no_running_head"),
}

EXTRACTOR_WEIGHTS = {"documented": 20, "pdfjs": 16, "preview": 16, "abbyy": 16, "tesseract": 16, "cms": 16}

MEASURES = {"narrow": (12, 15), "medium": (16, 18), "wide": (19, 22)}
MASTHEADS = ("园区周刊", "高新区周刊", "科创园区周刊")
CITIES = ("江城", "金城", "星城", "鹭城", "榕城")
STAFF_NAMES = ("晏秋", "禹航", "邴蕾", "栾青", "逯阳", "公冶宁", "闻人岚", "端木雪", "郦欣", "檀文")
WEEKDAYS = "一二三四五六日"

CLOSING = set("，。、；：？！”’）》」』】〕…—·%")
OPENING = set("“‘（《「『【〔")
HALF_RUN = re.compile(r"[\x21-\x7e]+")
LONG_RUN = 3  # a half-width run longer than this may be split at a line's end
BRIEF_MARKS = {"diamond_run": "◆", "triangle_run": "▲"}
HEADING_MARKS = {"plain": ("", ""), "bracketed": ("【", "】"), "diamond": ("◇", "")}
ALT_OPEN, ALT_CLOSE = "[图片：", "]"
NOT_SIGN = "¬"
LONG_KINDS = ("news", "feature", "interview", "measures", "commentary")


@dataclass
class Unit:
    """A run of printed lines that the page treats as one: a headline, a paragraph, a caption..."""

    kind: str  # head, byline, para, heading, caption, pull, furn
    lines: list[tuple[str, bool]]  # (text, ends inside a split half-width run)
    keep: bool = True  # kept in one column
    article: int | None = None
    extra: dict = field(default_factory=dict)


# --- setting text -----------------------------------------------------------------------------


def width(text: str) -> int:
    """Half-ems: a half-width character is one, everything else two."""
    return sum(1 if ch.isascii() else 2 for ch in text)


def tokens(text: str) -> list[str]:
    out, pos = [], 0
    for m in HALF_RUN.finditer(text):
        out.extend(text[pos : m.start()])
        out.append(m.group())
        pos = m.end()
    out.extend(text[pos:])
    return out


def set_lines(text: str, measure: int, indent: int = 2) -> list[tuple[str, bool]]:
    """Break text at `measure` ems with kinsoku; the first line `indent` ems short."""
    cap_first, cap = 2 * (measure - indent), 2 * measure
    lines: list[tuple[str, bool]] = []
    cur, room = "", cap_first
    toks = tokens(text)
    i = 0
    while i < len(toks):
        tok = toks[i]
        w = width(tok)
        if tok.isspace() and not cur:  # a space never opens a line
            i += 1
            continue
        if w <= room:
            cur, room = cur + tok, room - w
            i += 1
            continue
        if cur and tok in CLOSING:  # hang the closing mark in the margin
            cur += tok
            i += 1
            while i < len(toks) and toks[i] in CLOSING and len(cur) < cap:
                cur += toks[i]
                i += 1
            lines.append((cur, False))
            cur, room = "", cap
            continue
        if tok.isascii() and len(tok) > LONG_RUN and (room >= 2 or not cur):
            take = max(1, room) if cur else cap
            lines.append((cur + tok[:take], True))
            toks[i] = tok[take:]
            cur, room = "", cap
            continue
        carry = ""
        while cur and cur[-1] in OPENING:  # an opening mark never ends a line
            carry, cur = cur[-1] + carry, cur[:-1]
        if cur:
            lines.append((cur, False))
        cur, room = carry, cap - width(carry)
        if not cur and w > room and not tok.isascii():
            cur, room = tok, room - w
            i += 1
    if cur:
        lines.append((cur, False))
    return [(text.rstrip(), split) for text, split in lines if text.strip()]


def sentences(text: str) -> list[str]:
    return [s for s in re.findall(r"[^。！？]*[。！？]”?", text) if s]


# --- the articles -----------------------------------------------------------------------------


def kind_of(article: dict) -> str:
    kind = article.get("kind", "news")
    return kind if kind in ("short", "photo") or kind in LONG_KINDS else "news"


def credit_text(authors: list[dict], join: str = " ") -> str:
    return join.join(f"{a['role']} {a['name']}" if a.get("role") else a["name"] for a in authors)


def dateline_of(authors: list[dict]) -> str:
    names = " ".join(
        f"{a['role'].removeprefix('本报')} {a['name']}" if a.get("role") else a["name"] for a in authors
    )
    return f"本报讯（{names}）" if names else "本报讯"


def body_blocks(body: list[str]) -> list[dict]:
    return [
        {"type": "heading", "text": p[3:].strip()}
        if p.startswith("## ")
        else {"type": "paragraph", "text": p}
        for p in body
        if p.strip()
    ]


@dataclass
class Story:
    """One article as the page prints it, with its gold."""

    gold: dict
    units: list[Unit]
    title: str


def draw_credit(rng: random.Random, article: dict, kind: str, jumps: bool) -> str:
    authors = article.get("authors") or []
    caption = article.get("caption") or {}
    if not authors:
        return "none"
    if kind == "photo" and caption.get("credit") and len(authors) == 1:
        return "caption"
    if kind == "short":
        forms = ["dateline", "signature"]
    elif kind in ("news", "measures"):
        forms = ["dateline", "byline_line", "byline_on_title", "signature"]
    else:
        forms = ["byline_line", "byline_on_title", "signature"]
    if jumps:
        forms = [f for f in forms if f != "signature"]
    return rng.choice(forms)


def title_lines(rng: random.Random, title: str, form: str) -> list[str]:
    if form == "two_lines":
        if " " in title.strip():
            head, _, tail = title.strip().partition(" ")
            return [head, tail.strip()]
        cut = max(2, len(title) // 2 + rng.randint(-2, 2))
        while 0 < cut < len(title) - 1 and (title[cut] in CLOSING or title[cut - 1] in OPENING):
            cut += 1
        return [title[:cut], title[cut:]] if 0 < cut < len(title) else [title]
    if form == "alt_text":
        return [ALT_OPEN + title.replace(" ", "") + ALT_CLOSE]
    return [title]


def cut_for_jump(blocks: list[dict]) -> list[dict]:
    """The part of a story printed before its jump: about half its paragraphs, the last one cut at
    a sentence's end."""
    paras = [k for k, b in enumerate(blocks) if b["type"] == "paragraph"]
    keep = paras[max(1, len(paras) // 2)]
    kept = [dict(b) for b in blocks[: keep + 1]]
    if kept[-1]["type"] == "heading":
        kept.pop()
    last = kept[-1]["text"]
    parts = sentences(last)
    if len(parts) >= 2:
        kept[-1]["text"] = "".join(parts[: (len(parts) + 1) // 2])
    else:
        comma = last.find("，", len(last) // 3)
        if 0 < comma < len(last) - 1:
            kept[-1]["text"] = last[: comma + 1]
    return kept


def build_story(rng: random.Random, index: int, article: dict, measure: int, jumps: bool) -> Story:
    kind = kind_of(article)
    authors = [a for a in article.get("authors") or [] if a.get("name")]
    title = article["title"]
    conv: dict = {}
    conv["headline"] = rng.choice(CONVENTIONS["headline"][:3])
    credit = draw_credit(rng, article, kind, jumps)
    if credit != "none":
        conv["credit"] = credit
    blocks = body_blocks(article.get("body") or [])
    if jumps:
        blocks = cut_for_jump(blocks)
        conv["jump"] = rng.choice(CONVENTIONS["jump"])
    dateline = dateline_of(authors) if credit == "dateline" else ""
    if dateline and blocks and blocks[0]["type"] == "paragraph":
        blocks[0] = {"type": "paragraph", "text": dateline + blocks[0]["text"]}
    elif dateline:
        blocks.insert(0, {"type": "paragraph", "text": dateline})
    byline = ""
    if credit in ("byline_line", "byline_on_title"):
        byline = credit_text(authors, "　")
    elif credit == "signature":
        byline = f"（{credit_text(authors)}）"
    marks: list[str] = []
    units: list[Unit] = []

    head = [article["kicker"]] if article.get("kicker") else []
    tlines = title_lines(rng, title, conv["headline"])
    if conv["headline"] == "alt_text":
        marks += [ALT_OPEN, ALT_CLOSE]
    if credit == "byline_on_title":
        tlines[-1] = tlines[-1] + "　　" + byline
    head += tlines
    if article.get("subtitle"):
        head.append(article["subtitle"])
    units.append(Unit("head", [(t, False) for t in head], article=index))
    if credit == "byline_line":
        units.append(Unit("byline", [(byline, False)], article=index))

    captions: list[dict] = []
    caption_unit = None
    cap = article.get("caption") or {}
    if cap.get("text") or cap.get("credit"):
        form = rng.choice(CONVENTIONS["caption"])
        conv["caption"] = form
        conv["caption_place"] = rng.choice(CONVENTIONS["caption_place"])
        text, who = cap.get("text", ""), cap.get("credit", "")
        if form == "tu_label":
            gold_cap = {"text": text, "credit": f"{who} 摄" if who else "", "label": "图："}
            printed = [f"图：{text}　{gold_cap['credit']}"]
        elif form == "shuoming":
            gold_cap = {"text": text, "credit": f"摄影：{who}" if who else "", "label": "【图片说明】"}
            printed = [f"【图片说明】{text}"] + ([gold_cap["credit"]] if who else [])
        else:
            gold_cap = {"text": text, "credit": f"{who} 供图" if who else "", "label": ""}
            printed = [f"▲{text}　{gold_cap['credit']}"]
            marks.append("▲")
        captions.append(gold_cap)
        lines = [ln for p in printed for ln in set_lines(p, measure, indent=0)]
        caption_unit = Unit("caption", lines, article=index, extra={"cms": printed})
        if conv["caption_place"] == "after_headline":
            units.append(caption_unit)

    heading_form = rng.choice(CONVENTIONS["subheading"])
    if any(b["type"] == "heading" for b in blocks):
        conv["subheading"] = heading_form
    last = blocks[-1] if blocks else None
    para_units: list[tuple[int, Unit]] = []
    for k, block in enumerate(blocks):
        text = block["text"]
        if block["type"] == "heading":
            before, after = HEADING_MARKS[heading_form]
            marks += [m for m in (before, after) if m]
            units.append(Unit("heading", [(before + text + after, False)], article=index))
            continue
        if credit == "signature" and block is last:
            text += byline
        unit = Unit("para", set_lines(text, measure), keep=False, article=index, extra={"cms": [text]})
        para_units.append((len(units), unit))
        units.append(unit)
    if blocks and blocks[-1]["type"] == "heading":
        blocks.pop()

    conv["wrap"] = "none"
    pull = ""
    if rng.random() < 0.5 and kind in LONG_KINDS:
        roomy = [(pos, u) for pos, u in para_units if len(u.lines) >= 5]
        quotes = [
            s
            for b in blocks
            if b["type"] == "paragraph"
            for s in sentences(b["text"])
            if 12 <= len(s) <= 40 and "：" not in s[:6] and not s.startswith("本报讯")
        ]
        if roomy and quotes:
            conv["wrap"] = "pull_quote"
            pos, unit = rng.choice(roomy)
            pull = rng.choice(quotes)
            start, count = 1, min(len(unit.lines) - 2, rng.randint(3, 6))
            halves = []
            for text, split in unit.lines[start : start + count]:
                cut = len(text) // 2
                while 1 < cut < len(text) - 1 and (text[cut] in CLOSING or text[cut - 1] in OPENING):
                    cut += 1
                halves += [(text[:cut].rstrip(), False), (text[cut:].lstrip(), split)]
            unit.lines[start : start + count] = halves
            pull_lines = set_lines(pull, max(6, measure // 2), indent=0)
            units.insert(pos + 1, Unit("pull", pull_lines, article=index, extra={"cms": [pull]}))

    if caption_unit is not None and conv["caption_place"] == "after_body":
        units.append(caption_unit)
    if article.get("table"):
        conv["table"] = rng.choice(CONVENTIONS["table"])
        gap = "　　" if conv["table"] == "rows_gap" else "\t"
        rows = ["数据速览"] + [f"{label}{gap}{value}" for label, value in article["table"]]
        units.append(Unit("furn", [(r, False) for r in rows], article=index, extra={"furniture": True}))
    if jumps:
        line = {"paren": "（转第2版）", "xiazhuan": "下转第2版", "arrow": "▶转2版"}[conv["jump"]]
        units.append(Unit("furn", [(line, False)], article=index, extra={"furniture": True}))
    else:
        conv["tail"] = rng.choice(CONVENTIONS["tail"])
        if conv["tail"] != "none":
            note = {"qr_video": ["扫码看视频"], "qr_more": ["扫一扫", "阅读更多园区资讯"]}[conv["tail"]]
            units.append(Unit("furn", [(n, False) for n in note], article=index, extra={"furniture": True}))

    gold = gold_article(article, title, dateline, authors, byline, blocks, captions)
    if pull:
        gold["pull_quote"] = pull
    if jumps:
        gold["continued_to"] = 2
    gold["agate"] = conv
    for u in units:
        u.extra.setdefault("marks", [])
    units[0].extra["marks"] = marks
    return Story(gold, units, title)


def gold_article(article, title, dateline, authors, byline, blocks, captions) -> dict:
    lead_blocks = [dict(b) for b in blocks]
    if dateline and lead_blocks:
        lead_blocks[0]["text"] = lead_blocks[0]["text"].removeprefix(dateline)
    return {
        "id": article.get("id", ""),
        "park": article.get("park", ""),
        "kicker": article.get("kicker", "") or "",
        "title": title,
        "subtitle": article.get("subtitle", "") or "",
        "dateline": dateline,
        "authors": [a["name"] for a in authors],
        "byline": byline,
        "blocks": blocks,
        "captions": captions,
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary", ""),
        "lead_summary": lead_sentence(lead_blocks),
    }


def build_run(
    rng: random.Random, indexed: list[tuple[int, dict]], measure: int, mark: str
) -> tuple[list, Unit]:
    """Short items run together in one paragraph, each opened by `mark` and its title."""
    golds, text = [], ""
    for _, article in indexed:
        authors = [a for a in article.get("authors") or [] if a.get("name")]
        credit = rng.choice(("dateline", "signature")) if authors else "none"
        conv = {"headline": "run_in"} | ({"credit": credit} if authors else {})
        body = "".join(b["text"] for b in body_blocks(article.get("body") or []) if b["type"] == "paragraph")
        dateline = dateline_of(authors) if credit == "dateline" else ""
        byline = f"（{credit_text(authors)}）" if credit == "signature" else ""
        blocks = [{"type": "paragraph", "text": dateline + body}]
        gold = gold_article(article, article["title"], dateline, authors, byline, blocks, [])
        gold["agate"] = conv
        golds.append(gold)
        text += mark + article["title"].replace(" ", "") + "　" + dateline + body + byline
    unit = Unit("para", set_lines(text, measure), keep=False, article=indexed[0][0], extra={"cms": [text]})
    unit.extra["marks"] = [mark] * len(indexed)
    return golds, unit


# --- the page ---------------------------------------------------------------------------------


def pick_articles(rng: random.Random, articles: list[dict], briefs: str) -> list[dict]:
    pool = list(articles)
    rng.shuffle(pool)
    long_ones = [a for a in pool if kind_of(a) in LONG_KINDS]
    shorts = [a for a in pool if kind_of(a) == "short"]
    want = rng.randint(4, 7)
    lead = long_ones[:1] or pool[:1]
    chosen = list(lead)
    if briefs != "standalone":
        chosen += shorts[: rng.randint(2, 4)]
    rest = [a for a in pool if a not in chosen]
    chosen += rest[: max(0, want - len(chosen))]
    return chosen


def page_header(rng: random.Random) -> dict:
    day = datetime.date(2023, 1, 6) + datetime.timedelta(weeks=rng.randrange(104))
    date = f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"
    masthead = rng.choice(MASTHEADS)
    city = rng.choice(CITIES)
    return {
        "head": f"{city}晚报·{masthead}　{date}　第{rng.randint(3, 8)}版",
        "issue": f"第{rng.randint(120, 480)}期",
    }


def to_columns(units: list[Unit], ncols: int) -> list[list[tuple[Unit, int]]]:
    """Snake the units down at most `ncols` columns of one depth; a kept unit never breaks
    across columns."""
    total = sum(len(u.lines) for u in units)
    depth = max(8, -(-total // ncols))
    while True:
        cols: list[list[tuple[Unit, int]]] = [[]]
        used = 0
        for unit in units:
            n = len(unit.lines)
            if unit.keep and used and used + n > depth:
                cols.append([])
                used = 0
            for k in range(n):
                if used >= depth:
                    cols.append([])
                    used = 0
                cols[-1].append((unit, k))
                used += 1
        if len(cols) <= ncols:
            break
        depth += 2
    return cols


def ocr_confuse(rng: random.Random, text: str) -> str:
    return "".join(
        {"日": "口", "目": "日"}.get(ch, ch) if ch in "日目" and rng.random() < 0.6 else ch for ch in text
    )


def han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def glyph_runs(rng: random.Random, text: str) -> str:
    """pdf.js writes a space where one glyph run ends and the next begins: at a change of font
    between Han and half-width text, and after some full-width marks."""
    out = ""
    for k, ch in enumerate(text):
        prev = text[k - 1] if k else ""
        if prev and (prev.isascii() != ch.isascii()) and not prev.isspace() and not ch.isspace():
            out += " "
        elif prev and prev in "，。、；：" and rng.random() < 0.3:
            out += " "
        out += ch
    return out


def han_spaces(rng: random.Random, text: str) -> str:
    out = ""
    for k, ch in enumerate(text):
        if k and han(text[k - 1]) and han(ch) and rng.random() < 0.06:
            out += " "
        out += ch
    return out


def render_print(rng: random.Random, extractor: str, cols: list[list[tuple[Unit, int]]]) -> tuple[str, list]:
    """The printed page read column by column by one of the five PDF readers."""
    out: list[str] = []
    not_signs: list[str] = []
    rows: list[tuple[Unit, int, bool]] = []
    for col in cols:
        for j, (unit, k) in enumerate(col):
            nxt = col[j + 1][0] if j + 1 < len(col) else None
            rows.append((unit, k, nxt is not unit))
    if extractor == "preview":
        joined: list[str] = []
        for j, (unit, k, last) in enumerate(rows):
            text = unit.lines[k][0]
            continues = j and rows[j - 1][0] is unit and not rows[j - 1][2]
            if unit.kind in ("para", "pull", "caption") and continues:
                joined[-1] += text
            else:
                joined.append(text)
        return "\n".join(joined) + "\n", not_signs
    for unit, k, last in rows:
        text, split = unit.lines[k]
        if extractor == "documented":
            blank = not text[-1:].isascii() and not (unit.kind == "head" and not last)
            out.append(text + "\n" + ("\n" if blank else ""))
        elif extractor == "pdfjs":
            out.append(glyph_runs(rng, text) + "\n")
        elif extractor == "abbyy":
            if split:
                text += NOT_SIGN
                not_signs.append(NOT_SIGN)
            out.append(text + "\n" + ("\n" if last else ""))
        else:  # tesseract
            if not unit.extra.get("furniture"):
                text = han_spaces(rng, text)
            out.append(text + "\n" + ("\n" if last else ""))
    raw = "".join(out)
    if extractor == "tesseract":
        raw += "\f"
    return raw, not_signs


def render_cms(rng: random.Random, stories: list[list[Unit]], header: Unit) -> str:
    """The CMS export: the page's items in the order the desk entered them, a paragraph a line
    after two ideographic spaces, no running head or guide box."""
    out = [header.lines[0][0], ""]
    order = list(stories)
    rng.shuffle(order)
    for units in order:
        for unit in units:
            texts = unit.extra.get("cms") or [t for t, _ in unit.lines]
            out.extend("　　" + t if unit.kind == "para" else t for t in texts)
            out.append("")
    return "\n".join(out) + "\n"


def agate_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    rng = random.Random(seed)
    page = {name: rng.choice(values) for name, values in PAGE_CONVENTIONS.items()}
    extractor = rng.choices(list(EXTRACTOR_WEIGHTS), weights=list(EXTRACTOR_WEIGHTS.values()))[0]
    lo, hi = MEASURES[page["measure"]]
    measure = rng.randint(lo, hi)
    page["measure_ems"] = measure
    chosen = pick_articles(rng, articles, page["briefs"])

    shorts = [(k, a) for k, a in enumerate(chosen) if kind_of(a) == "short"]
    run_ids = {k for k, _ in shorts} if page["briefs"] != "standalone" and len(shorts) >= 2 else set()
    if not run_ids:
        page["briefs"] = "standalone"
    jump_id = None
    if page["jump"] == "jump_out":
        eligible = [
            k
            for k, a in enumerate(chosen)
            if k not in run_ids
            and kind_of(a) in LONG_KINDS
            and sum(1 for p in a.get("body") or [] if p.strip() and not p.startswith("## ")) >= 3
        ]
        jump_id = eligible[-1] if eligible else None
        if jump_id is None:
            page["jump"] = "none"

    golds: list[dict] = []
    stories: list[list[Unit]] = []  # one list of units per printed item, in page order
    titles: list[str] = []
    standalone = [k for k in range(len(chosen)) if k not in run_ids]
    run_at = rng.randint(1, max(1, len(standalone)))
    if jump_id is not None:  # the story that jumps ends the page
        standalone.remove(jump_id)
        standalone.append(jump_id)
        run_at = min(run_at, len(standalone) - 1)
    for pos, k in enumerate(standalone):
        if run_ids and pos == run_at:
            stories.append(run_story(rng, chosen, run_ids, measure, page, golds, titles))
        story = build_story(rng, k, chosen[k], measure, k == jump_id)
        golds.append(story.gold)
        titles.append(story.title)
        stories.append(story.units)
    if run_ids and run_at >= len(standalone):
        stories.append(run_story(rng, chosen, run_ids, measure, page, golds, titles))

    header = page_header(rng)
    furniture: list[str] = []
    marks = [m for units in stories for u in units for m in u.extra.get("marks", [])]
    head_line = header["head"]
    if extractor == "cms":
        head_text = head_line.split("　")[0] + "　" + header["issue"]
        raw = render_cms(rng, stories, Unit("furn", [(head_text, False)]))
        furniture.append(head_text)
        furniture += [t for units in stories for u in units if u.extra.get("furniture") for t, _ in u.lines]
    else:
        flow: list[Unit] = []
        if page["guide"] == "daodu":
            guide = ["本期导读"] + [f"·{t.replace(' ', '')}" for t in titles]
            flow.append(Unit("furn", [(g, False) for g in guide], extra={"furniture": True}))
        for units in stories:
            flow += units
        if page["footer"] == "staff":
            names = rng.sample(STAFF_NAMES, 3)
            staff = f"本版编辑：{names[0]}　美编：{names[1]}　校对：{names[2]}"
            flow.append(Unit("furn", [(staff, False)], extra={"furniture": True}))
        if extractor == "tesseract":
            for unit in flow:
                if unit.extra.get("furniture"):
                    unit.lines = [(ocr_confuse(rng, t), s) for t, s in unit.lines]
        cols = to_columns(flow, page["columns"])
        every = page["running_head"] == "every_column"
        for c, col in enumerate(cols):
            if c == 0 or every:
                text = ocr_confuse(rng, head_line) if extractor == "tesseract" else head_line
                col.insert(0, (Unit("furn", [(text, False)], extra={"furniture": True}), 0))
        page["columns_read"] = len(cols)
        raw, not_signs = render_print(rng, extractor, cols)
        marks += not_signs
        furniture += [u.lines[k][0] for col in cols for u, k in col if u.extra.get("furniture")]

    gold = {
        "page": "",
        "extractor": extractor,
        "habits": list(HABITS[extractor]),
        "agate_page": page,
        "notes": "Laid out by tests/agate.py. Body text is compared without whitespace; furniture lists "
        "the page lines that belong to no article (running heads, guide box, tables, QR notes, jump "
        "lines, staff line), marks the ornaments that belong to no text field.",
        "furniture": furniture,
        "marks": marks,
        "articles": golds,
    }
    return raw, gold


def run_story(rng, chosen, run_ids, measure, page, golds, titles) -> list[Unit]:
    banner = Unit(
        "furn", [(rng.choice(("园区快讯", "简讯速览", "园区短波")), False)], extra={"furniture": True}
    )
    indexed = [(k, chosen[k]) for k in sorted(run_ids)]
    run_golds, unit = build_run(rng, indexed, measure, BRIEF_MARKS[page["briefs"]])
    golds.extend(run_golds)
    titles.extend(a["title"] for _, a in indexed)
    return [banner, unit]
