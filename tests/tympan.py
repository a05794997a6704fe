"""The twenty-third layouter: a press operator's whole sheet, read back by an extractor.

`tympan_page(seed, articles)` lays 2-6 corpus articles out on a page of 2-5 columns and returns
the raw text an extractor writes from it and the gold annotation (the format of
tests/gold/park-page-2021-01.gold.yaml, plus `kicker`, `furniture` and what was drawn under
`tympan:`, per article and per page).

What this hand does that a plain page does not:
- stories set across two columns (a doubled measure) and boxed stories, the box printed with
  rule glyphs (a rule line above and below, or a full frame whose sides run down every line);
- a drop cap on the first paragraph, read as a line of its own, as a character set apart by
  spaces, or with the next lines set short around it;
- line breaking that keeps closing punctuation off a line's start by hanging it in the margin
  or by pushing a character down, or not at all;
- paragraph indents kept by the extractor as ideographic spaces, ASCII spaces or no-break
  spaces, or lost;
- bold run-in labels (问：, 答：, 记者：, a speaker's name, 一是 …) read on a line of their own or
  set apart by spaces;
- credits as 本报讯（…）, "● 本报记者 X", "本报记者 X 发自 city", "记者 X 报道", "采写：…", at the
  head of the story or at its foot;
- photo captions marked ↑, 上图： or 图①, credited "X 摄", "摄影：X", "X 供图", "图片来源：X";
- editor's notes (编者按) printed above the headline or under it;
- boxed stories read in their place or, as frames of their own, after the rest of the page;
- the printer's slug line (time stamp, page, C M Y K) and a subscription or news-hotline filler;
- extractors that write a line per printed line with blank lines between (the sample's habit),
  dense lines, or a paragraph per line (reflowed, as an export to text does), that map
  punctuation to its small-form or vertical-form look-alikes, and that end the page with a
  form feed.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from tests.goldtext import lead_sentence

CONVENTIONS: dict[str, tuple] = {
    "span": ("single", "double"),
    "box": ("none", "rules", "frame"),
    "drop_cap": ("none", "own_line", "gap", "narrow"),
    "kinsoku": ("naive", "hang", "push"),
    "indent": ("lost", "ideographic", "ascii", "nbsp"),
    "run_in": ("none", "inline", "own_line", "gap"),
    "byline_form": ("dateline", "bullet", "dispatch", "report", "gathered"),
    "byline_place": ("head", "foot"),
    "caption_mark": ("none", "plain", "arrow", "upper", "numbered"),
    "credit_form": ("none", "photo", "photographer", "supplied", "source"),
    "caption_place": ("none", "before", "after"),
    "editor_note": ("none", "above", "below"),
}
PAGE_CONVENTIONS: dict[str, tuple] = {
    "columns": (2, 3, 4, 5),
    "header_place": ("first", "last"),
    "slug_line": ("none", "top", "bottom"),
    "filler": ("none", "subscription", "hotline"),
    "box_order": ("in_place", "last"),
}
HABITS = ("sample", "dense", "reflow", "plain", "small_forms", "vertical_forms", "formfeed")

MEASURES = {2: (22, 26), 3: (17, 20), 4: (13, 16), 5: (11, 13)}
NO_LINE_START = set("，。、；：？！”’）》」』…")
SMALL_FORMS = str.maketrans("，、；：？！（）", "﹐﹑﹔﹕﹖﹗﹙﹚")
VERTICAL_FORMS = str.maketrans("，、。；：？！", "︐︑︒︔︓︖︕")
NUMBERS = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥"
WEEKDAYS = "一二三四五六日"
INDENTS = {"lost": "", "ideographic": "\u3000\u3000", "ascii": "  ", "nbsp": "\u00a0\u00a0"}
ZONES = Path(__file__).resolve().parent.parent / "data" / "hitech_zones.tsv"


def _zones() -> dict[str, dict]:
    with open(ZONES, encoding="utf-8") as f:
        return {row["official_name"]: row for row in csv.DictReader(f, delimiter="\t")}


ZONE_ROWS = _zones()


def _city(park: str) -> str:
    row = ZONE_ROWS.get(park)
    city = row["city"] if row else ""
    return city[:-1] if city.endswith("市") and len(city) > 2 else city or "园区"


def _short(park: str) -> str:
    row = ZONE_ROWS.get(park)
    return row["short_name"] if row else park


# --- line breaking ------------------------------------------------------------------------


def wrap(text: str, first: int, rest: int, kinsoku: str, short_lines: int = 0) -> list[str]:
    """Break a paragraph into printed lines: the first `first` wide, the `short_lines` after it
    two narrower, the others `rest`; closing punctuation kept off a line's start as drawn."""
    lines: list[str] = []
    i = 0
    while i < len(text):
        k = len(lines)
        width = first if k == 0 else rest - 2 if k <= short_lines else rest
        line = text[i : i + max(width, 2)]
        i += len(line)
        if i < len(text) and text[i] in NO_LINE_START and kinsoku != "naive":
            if kinsoku == "hang":
                line += text[i]
                i += 1
            elif len(line) > 2 and line[-1] not in NO_LINE_START:
                line = line[:-1]
                i -= 1
        lines.append(line)
    return lines or [""]


def _headline_lines(title: str, width: int) -> list[str]:
    """A headline wider than the story, set in lines of even length."""
    count = -(-len(title) // width)
    size = -(-len(title) // count)
    return [title[i : i + size] for i in range(0, len(title), size)]


# --- one article ----------------------------------------------------------------------------


def _pick(rng: random.Random, name: str, exclude: tuple = ("none",)) -> str:
    return rng.choice([v for v in CONVENTIONS[name] if v not in exclude])


def _role(role: str, own: bool) -> str:
    role = role or ""
    if own and role in ("记者", "通讯员"):
        return "本报" + role
    if not own and role.startswith("本报"):
        return role[2:]
    return role


def _credits(authors: list[dict], form: str, city: str) -> str:
    """The credit line as printed (datelines and bylines alike)."""
    own = form in ("bullet", "dispatch", "gathered")
    parts = " ".join(f"{_role(a.get('role', ''), own)} {a['name']}".strip() for a in authors)
    if form == "dateline":
        return f"本报讯（{parts}）"
    if form == "bullet":
        return f"● {parts}"
    if form == "dispatch":
        return f"{parts} 发自{city}"
    if form == "report":
        return f"{parts} 报道"
    return f"采写：{parts}"


def _credit_lines(credits: str, width: int) -> list[str]:
    """A credit line wider than the story, broken between its names."""
    lines: list[str] = []
    for word in credits.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


RUN_IN_LABELS = ("问：", "答：", "记者：")


def _run_in(text: str, kind: str) -> str:
    """The bold label a paragraph opens with (问：, a speaker's name and colon, 一是), or ""."""
    if kind == "interview":
        for label in RUN_IN_LABELS:
            if text.startswith(label):
                return label
        head, colon, _ = text.partition("：")
        if colon and 2 <= len(head) <= 8 and "，" not in head and "。" not in head:
            return head + colon
    if kind == "measures" and len(text) > 2 and text[0] in NUMBERS and text[1] == "是":
        return text[:2]
    return ""


def _editor_note(article: dict) -> str:
    short = _short(article["park"])
    topic = (article.get("topics") or ["创新发展"])[0]
    return f"编者按：{short}在{topic}方面的探索引人关注。本版今起推出“走进{short}”系列报道，敬请关注。"


def lay_article(
    rng: random.Random, article: dict, columns: int, number: int
) -> tuple[list[list[str]], dict, dict]:
    """The article's printed segments (each a list of lines), its gold and what was drawn."""
    low, high = MEASURES[columns]
    span = rng.choice(CONVENTIONS["span"]) if columns >= 3 else "single"
    measure = rng.randint(low, high)
    width = measure * 2 + 1 if span == "double" else measure
    kind = article.get("kind", "news")
    authors = article.get("authors") or []
    body = [p.strip() for p in article["body"] if p.strip()]
    paragraphs = [p for p in body if not p.startswith("## ")]
    labelled = [p for p in paragraphs if _run_in(p, kind)]
    caption = article.get("caption")
    drawn = {
        "span": span,
        "box": rng.choice(CONVENTIONS["box"]),
        "drop_cap": "none",
        "kinsoku": rng.choice(CONVENTIONS["kinsoku"]),
        "indent": rng.choice(CONVENTIONS["indent"]),
        "run_in": _pick(rng, "run_in") if labelled else "none",
        "byline_form": rng.choice(CONVENTIONS["byline_form"]) if authors else "bullet",
        "byline_place": rng.choice(CONVENTIONS["byline_place"]),
        "caption_mark": _pick(rng, "caption_mark") if caption else "none",
        "credit_form": "none",
        "caption_place": _pick(rng, "caption_place") if caption else "none",
        "editor_note": _pick(rng, "editor_note", ()) if kind in ("news", "feature") else "none",
        "measure": width,
    }
    if drawn["byline_form"] != "dateline":
        drawn["drop_cap"] = rng.choice(CONVENTIONS["drop_cap"])
    else:
        drawn["byline_place"] = "head"
    if caption:
        person = caption.get("credit", "") in {a["name"] for a in authors}
        forms = ("photo", "photographer") if person else ("supplied", "source")
        drawn["credit_form"] = rng.choice(forms)
    credit_line = _credits(authors, drawn["byline_form"], _city(article["park"])) if authors else ""
    segments: list[list[str]] = []
    gold_blocks: list[dict] = []
    heads: list[list[str]] = []
    note = _editor_note(article) if drawn["editor_note"] != "none" else ""
    note_lines = [wrap(note, width, width, drawn["kinsoku"])] if note else []
    if note:
        gold_blocks.append({"type": "paragraph", "text": note})
    if drawn["editor_note"] == "above":
        segments += note_lines
    if article.get("kicker"):
        heads.append([article["kicker"]])
    # a headline of two lines is written with a single newline between them
    heads.append(["\n".join(_headline_lines(article["title"], width))])
    if article.get("subtitle"):
        heads.append([article["subtitle"]])
    segments += heads
    dateline = credit_line if drawn["byline_form"] == "dateline" else ""
    byline = "" if dateline else credit_line
    if byline and drawn["byline_place"] == "head":
        segments.append(_credit_lines(byline, width))
    if drawn["editor_note"] == "below":
        segments += note_lines
    captions, caption_segment = [], []
    if caption:
        mark = {"plain": "", "arrow": "↑", "upper": "上图：", "numbered": f"图{CIRCLED[number % 6]} "}[
            drawn["caption_mark"]
        ]
        who = caption.get("credit", "")
        credit = {
            "photo": f"{who} 摄",
            "photographer": f"摄影：{who}",
            "supplied": f"{who} 供图",
            "source": f"图片来源：{who}",
        }[drawn["credit_form"]]
        text = mark + caption["text"]
        captions.append({"text": text.replace(" ", ""), "credit": credit})
        caption_segment = [line.rstrip() for line in wrap(f"{text} {credit}", width, width, "naive")]
    if drawn["caption_place"] == "before":
        segments.append(caption_segment)
    first = True
    for item in body:
        if item.startswith("## "):
            heading = item[3:].strip()
            gold_blocks.append({"type": "heading", "text": heading})
            segments.append([heading])
            continue
        gold_blocks.append({"type": "paragraph", "text": item})
        indent = INDENTS[drawn["indent"]]
        text, label, lead = item, _run_in(item, kind), []
        if drawn["run_in"] in ("own_line", "gap") and label:
            text = item[len(label) :]
            if drawn["run_in"] == "own_line":
                lead, indent = [indent + label], ""
            else:
                text = label + "  " + text
        short_lines = 0
        if first and dateline:
            text = dateline + text
        elif first and drawn["drop_cap"] != "none":
            cap, text, indent = text[0], text[1:], ""
            if drawn["drop_cap"] == "gap":
                text = cap + "   " + text
            else:
                lead = [*lead, cap]
                short_lines = 1 if drawn["drop_cap"] == "narrow" else 0
        first = False
        first_width = width - 2  # the indent, kept as spaces or lost
        lines = wrap(text, first_width, width, drawn["kinsoku"], short_lines)
        lines[0] = indent + lines[0]
        if lead:
            segments.append(lead)
        segments.append(lines)
    if byline and drawn["byline_place"] == "foot":
        segments.append([" " * max(0, width - len(line) - 1) + line for line in _credit_lines(byline, width)])
    if drawn["caption_place"] == "after":
        segments.append(caption_segment)
    gold = {
        "id": article["id"],
        "park": article["park"],
        "kicker": article.get("kicker") or "",
        "title": article["title"],
        "subtitle": article.get("subtitle") or "",
        "dateline": dateline,
        "authors": [a["name"] for a in authors],
        "byline": byline,
        "blocks": gold_blocks,
        "captions": captions,
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary", ""),
        "lead_summary": lead_sentence(gold_blocks),
    }
    return segments, gold, drawn


# --- the sheet ------------------------------------------------------------------------------


def _boxed(
    segments: list[list[str]], box: str, width: int, mode: str, furniture: list[str]
) -> list[list[str]]:
    """A boxed story's segments inside its rules: a rule line above and below, or a frame whose
    sides the extractor reads at both ends of every line (of every paragraph, when it reflows)."""
    if box == "none":
        return segments
    if box == "rules":
        rule = "—" * width
        furniture += [rule, rule]
        return [[rule], *segments, [rule]]
    top, bottom = "┌" + "─" * width + "┐", "└" + "─" * width + "┘"
    if mode == "reflow":
        segments = [["".join(segment)] for segment in segments]
    framed = [["│" + line + "│" for line in segment] for segment in segments]
    furniture += [top, "│" * (2 * sum(len(segment) for segment in segments)), bottom]
    return [[top], *framed, [bottom]]


def _ends_half_width(line: str) -> bool:
    stripped = line.rstrip()
    return bool(stripped) and ord(stripped[-1]) < 128 and not stripped[-1].isspace()


def _emit(segments: list[list[str]], mode: str) -> list[str]:
    """The lines an extractor writes for printed segments."""
    out: list[str] = []
    for segment in segments:
        if mode == "reflow":
            out += ["".join(segment), ""]
        elif mode == "dense":
            out += segment
        else:
            for line in segment:
                out.append(line)
                if not _ends_half_width(line):
                    out.append("")
    return out


def tympan_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """One page of 2-6 of the articles: the raw text and its gold."""
    rng = random.Random(f"tympan:{seed}")
    page = {name: rng.choice(values) for name, values in PAGE_CONVENTIONS.items()}
    mode = rng.choice(("sample", "dense", "reflow"))
    look = rng.choice(("plain", "small_forms", "vertical_forms"))
    habits = [mode, look] + (["formfeed"] if rng.random() < 0.3 else [])
    page["habits"] = habits
    count = min(len(articles), rng.randint(2, 6))
    chosen = rng.sample(articles, count)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    year = rng.choice((2021, 2022, 2023, 2024))
    edition = rng.randint(3, 12)
    header = [f"{year}年{month}月{day}日 星期{rng.choice(WEEKDAYS)}", "园区", f"第{edition}版"]
    furniture: list[str] = []
    lines: list[str] = []
    slug = (
        f"{year}-{month:02d}-{day:02d} {rng.randint(0, 4):02d}:{rng.randint(0, 59):02d} "
        f"{edition:02d}版 园区 C M Y K"
    )
    filler = {
        "none": "",
        "subscription": f"欢迎订阅 邮发代号 {rng.randint(1, 89)}-{rng.randint(10, 99)} "
        f"全年定价 {rng.choice((288, 360, 420))} 元",
        "hotline": f"新闻热线：010-{rng.randint(5000, 8999)}{rng.randint(1000, 9999)} "
        f"投稿邮箱：yuanqu{rng.randint(1, 9)}@hitech.cn",
    }[page["filler"]]
    if page["slug_line"] == "top":
        lines += _emit([[slug]], mode)
    if page["header_place"] == "first":
        lines += _emit([[h] for h in header], mode)
    gold_articles = []
    stories: list[tuple[bool, list[str]]] = []
    for number, article in enumerate(chosen):
        segments, gold, drawn = lay_article(rng, article, page["columns"], number)
        segments = [s for s in segments if s]
        segments = _boxed(segments, drawn["box"], drawn["measure"], mode, furniture)
        body = _emit(segments, mode)
        if look != "plain":
            table = SMALL_FORMS if look == "small_forms" else VERTICAL_FORMS
            body = [line.translate(table) for line in body]
        stories.append((drawn["box"] != "none", body))
        gold["tympan"] = drawn
        gold_articles.append(gold)
    # boxes are frames of their own, which some extractors read after the page's running text
    boxes_last = page["box_order"] == "last"
    lines += [line for boxed, body in stories if not (boxes_last and boxed) for line in body]
    lines += [line for boxed, body in stories if boxes_last and boxed for line in body]
    if filler:
        lines += _emit([[filler]], mode)
    if page["slug_line"] == "bottom":
        lines += _emit([[slug]], mode)
    if page["header_place"] == "last":
        lines += _emit([[h] for h in header], mode)
    furniture = header + furniture + [slug] * (page["slug_line"] != "none") + [filler] * bool(filler)
    raw = "\n".join(lines).rstrip("\n") + "\n" + ("\f" if "formfeed" in habits else "")
    gold = {
        "page": "",
        "notes": "Laid out by tests/tympan.py: what it drew is under tympan:, per article and per page.",
        "articles": gold_articles,
        "furniture": furniture,
        "tympan": page,
    }
    return raw, gold
