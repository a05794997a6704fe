"""The twenty-second layouter: a make-up editor who friskets parts of the forme.

A page of three to five columns carries two to six stories, each set at its own measure, and an
extractor reads the page back in its own ways. What the hand draws:

per story (CONVENTIONS)
- measure: characters to a column line;
- deck: how kicker, title and subtitle stand (stacked, kicker and title on one line, the
  subtitle read before the title because it sits higher in the box);
- headline_place: the deck above the body, read after the story's first column, or read after
  the whole body (a headline set beside the story in a boxed panel);
- credit: 本报讯（记者 X）, a "记者 X 报道" line under the deck, a "文·图 X" line, a closing
  "（记者 X 报道）", or the bare names after the last sentence;
- indent: the first-line indent lost, kept as ideographic spaces, or kept as ASCII spaces;
- kinsoku: lines broken as a compositor would (no line opening with closing punctuation,
  figures kept whole) or cut at the measure as a naive setter would;
- justify: lines read back as set, or with the gaps of justified setting as spaces;
- subhead: subheadings plain, behind a ◆, or between middle dots;
- pull_quote: none, a sentence of the story repeated large in a box read mid-body, or read
  before the body;
- caption_place: captions after the body, before the deck, or gathered at the page foot;
- caption_credit: the credit after the caption text, on its own line, or as 图片来源：X;
- end_mark: none, a closing □, or （完）.

per page (PAGE_CONVENTIONS): columns, where the furniture stands, how the date line reads,
and whether a strap line runs over the page.

extractor (HABITS): one line spacing (a blank after each line but those ending half-width,
dense, or blanks only between text boxes), plus any of CRLF, a form feed at the end, Kangxi
look-alikes, full-width digits, half-width punctuation, ideographic spaces, tabs for runs of
spaces, trailing spaces.

Every character of the raw page lands in exactly one gold field: body blocks, deck, dateline,
byline, captions, or the page's furniture (pull quotes and end marks among it).
"""

from __future__ import annotations

import datetime
import random
import re

from tests.goldtext import lead_sentence

CONVENTIONS: dict[str, list] = {
    "measure": list(range(9, 22)),
    "deck": ["stacked", "one_line", "subtitle_first"],
    "headline_place": ["above", "after_first_column", "after_body"],
    "credit": ["dateline", "report_line", "wen_tu", "tail_report", "trailing_name"],
    "indent": ["lost", "ideographic", "ascii"],
    "kinsoku": ["strict", "naive"],
    "justify": ["as_set", "gaps"],
    "subhead": ["plain", "diamond", "dots"],
    "pull_quote": ["none", "mid_body", "before_body"],
    "caption_place": ["after_body", "before_deck", "page_foot"],
    "caption_credit": ["after_text", "own_line", "source_label"],
    "end_mark": ["none", "square", "wan"],
}

PAGE_CONVENTIONS: dict[str, list] = {
    "columns": [3, 4, 5],
    "furniture": ["header", "header_footer", "footer"],
    "date_form": ["weekday", "issue_number"],
    "strap": ["none", "strap"],
}

SPACINGS = ["blank_after_line", "dense", "box_breaks"]
EXTRAS = [
    "crlf",
    "form_feed",
    "kangxi",
    "fullwidth_digits",
    "halfwidth_punct",
    "ideographic_space",
    "tab_gaps",
    "trailing_spaces",
]
HABITS = SPACINGS + EXTRAS

KANGXI = str.maketrans("一人大工日月力文生方十口", "⼀⼈⼤⼯⽇⽉⼒⽂⽣⽅⼗⼝")
FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
HALFWIDTH_PUNCT = str.maketrans("，；：（）？！", ",;:()?!")
CLOSING = set("，。、；：？！”’）》」』…—%")
RUN = re.compile(r"[0-9A-Za-z.%+\-]")
PAGE_NAMES = ["园区", "高新区", "园区·创新", "国家高新区"]
EDITORS = ["艾尔肯", "闵秋禾", "仝晓岚", "扎西卓玛", "蒯志远", "娜仁花", "邝永泉", "朴美兰"]
STRAPS = ["聚焦国家高新区 服务创新发展", "园区动态 一线报道", "创新高地 产业引擎"]


def body_blocks(article: dict) -> list[dict]:
    blocks = []
    for item in article["body"]:
        heading = re.match(r"^#+\s*(.*)$", item)
        blocks.append(
            {"type": "heading", "text": heading.group(1)} if heading else {"type": "paragraph", "text": item}
        )
    return blocks


def article_captions(article: dict) -> list[dict]:
    captions = list(article.get("captions") or [])
    if article.get("caption"):
        captions.append(article["caption"])
    return [c for c in captions if (c.get("text") or c.get("credit"))]


def wrap(text: str, width: int, first: int, strict: bool) -> list[str]:
    """Column lines of a paragraph: the first `first` wide, the rest `width` wide."""
    lines, start, room = [], 0, first
    while start < len(text):
        end = min(len(text), start + max(room, 2))
        if strict and end < len(text):
            if RUN.match(text[end]) and RUN.match(text[end - 1]):
                back = end
                while back > start + 1 and RUN.match(text[back - 1]):
                    back -= 1
                if back > start + 1:
                    end = back
            while end < len(text) and text[end] in CLOSING and end - start < room + 2:
                end += 1
        lines.append(text[start:end])
        start, room = end, width
    return lines


def role_names(authors: list[dict], drop_paper: bool) -> str:
    parts = []
    for author in authors:
        role = author.get("role") or ""
        if drop_paper and role.startswith("本报"):
            role = role[2:]
        parts.append(f"{role} {author['name']}".strip())
    return " ".join(parts)


def gapped(rng: random.Random, line: str) -> str:
    """A justified line read back with the setter's gaps as spaces."""
    spots = [
        i
        for i in range(1, len(line))
        if "\u4e00" <= line[i - 1] <= "\u9fff" and "\u4e00" <= line[i] <= "\u9fff"
    ]
    for i in sorted(rng.sample(spots, min(len(spots), rng.randint(1, 2))), reverse=True):
        line = line[:i] + " " + line[i:]
    return line


class Story:
    """One story's printed pieces, as lists of (line, box) where box names the text box."""

    def __init__(self, rng: random.Random, article: dict, page_columns: int) -> None:
        self.rng = rng
        self.article = article
        self.drawn = {name: rng.choice(values) for name, values in CONVENTIONS.items()}
        self.furniture: list[str] = []
        self.foot: list[list[str]] = []
        self.column_height = {3: 46, 4: 40, 5: 34}[page_columns]

    def lines(self, text: str, first: int | None = None) -> list[str]:
        d = self.drawn
        width = d["measure"]
        out = wrap(text, width, width if first is None else first, d["kinsoku"] == "strict")
        if d["justify"] == "gaps":
            out = [
                gapped(self.rng, line) if len(line) >= width - 1 and self.rng.random() < 0.4 else line
                for line in out
            ]
        return out

    def lay_out(self) -> tuple[list[list[str]], dict]:
        d, a, rng = self.drawn, self.article, self.rng
        kicker, title, subtitle = a.get("kicker") or "", a["title"], a.get("subtitle") or ""
        authors = [au if isinstance(au, dict) else {"name": au, "role": ""} for au in a.get("authors") or []]
        credit = d["credit"] if authors else "none"
        blocks = body_blocks(a)
        dateline = byline = ""
        if credit == "dateline":
            dateline = f"本报讯（{role_names(authors, True)}）"
        elif credit == "report_line":
            byline = f"{role_names(authors, False)} 报道"
        elif credit == "wen_tu":
            byline = "文·图 " + " ".join(au["name"] for au in authors)
        elif credit == "tail_report":
            byline = f"（{role_names(authors, True)} 报道）"
        elif credit == "trailing_name":
            byline = " ".join(au["name"] for au in authors)

        # the deck
        if d["deck"] == "one_line" and kicker:
            deck = [f"{kicker}  {title}"]
        else:
            deck = [kicker, title] if kicker else [title]
        if subtitle:
            deck = [subtitle, *deck] if d["deck"] == "subtitle_first" else [*deck, subtitle]
        deck_box = [[line] for line in deck]
        if credit in ("report_line", "wen_tu"):
            deck_box.append([byline])

        # the body, paragraph by paragraph
        body: list[list[str]] = []
        width, dated = d["measure"], False
        for block in blocks:
            text = block["text"]
            if block["type"] == "heading":
                mark = {"plain": "{}", "diamond": "◆ {}", "dots": "· {} ·"}[d["subhead"]]
                self.furniture += {"plain": [], "diamond": ["◆"], "dots": ["··"]}[d["subhead"]]
                body.append([mark.format(text)])
                continue
            if dateline and not dated:
                text, dated = dateline + text, True
            if d["indent"] == "lost":
                para = self.lines(text, width - 2)
            else:
                pad = "\u3000\u3000" if d["indent"] == "ideographic" else "    "
                para = self.lines(text, width - 2)
                para[0] = pad + para[0]
            body.append(para)
        last = body[-1] if body else None
        if last is not None and credit in ("trailing_name", "tail_report"):
            tail = byline
            if credit == "trailing_name" and len(last[-1]) + len(tail) + 1 <= width:
                last[-1] = f"{last[-1]} {tail}"
            else:
                last.append(tail)
        if d["end_mark"] != "none" and last is not None:
            mark = "□" if d["end_mark"] == "square" else "（完）"
            last[-1] += mark
            self.furniture.append(mark)

        # a pull quote, repeated from the story in a box
        if d["pull_quote"] != "none":
            sentences = [
                s + "。"
                for b in blocks
                if b["type"] == "paragraph"
                for s in b["text"].split("。")
                if 10 <= len(s) <= 40
            ]
            if sentences:
                quote = rng.choice(sentences)
                box = wrap(quote, max(width - 3, 7), max(width - 3, 7), True)
                self.furniture.append("".join(box))
                at = len(body) // 2 if d["pull_quote"] == "mid_body" else 0
                body.insert(at, box)

        # captions
        captions = []
        cap_boxes = []
        for caption in article_captions(a):
            text, who = caption.get("text") or "", caption.get("credit") or ""
            if who:
                who = {"after_text": "{} 摄", "own_line": "{} 供图", "source_label": "图片来源：{}"}[
                    d["caption_credit"]
                ].format(who)
                if caption.get("by") == "unit" and d["caption_credit"] == "after_text":
                    who = who[:-2] + " 供图"
            captions.append({"text": text, "credit": who})
            if d["caption_credit"] == "own_line":
                cap_boxes.append(self.lines(text) + [who] if text else [who])
            else:
                cap_boxes.append(self.lines(f"{text} {who}".strip()))

        # reading order
        boxes: list[list[str]] = []
        if d["caption_place"] == "before_deck":
            boxes += cap_boxes
        if d["headline_place"] == "above":
            boxes += deck_box + body
        elif d["headline_place"] == "after_first_column":
            first, rest, count = [], list(body), 0
            while rest and count + len(rest[0]) <= self.column_height:
                count += len(rest[0])
                first.append(rest.pop(0))
            if not first and rest:
                cut = rest.pop(0)
                first = [cut[: self.column_height]]
                rest = [cut[self.column_height :], *rest]
            boxes += first + deck_box + rest
        else:
            boxes += body + deck_box
        if d["caption_place"] == "after_body":
            boxes += cap_boxes
        elif d["caption_place"] == "page_foot":
            self.foot = cap_boxes

        gold = {
            "id": a["id"],
            "park": a["park"],
            "kicker": kicker,
            "title": title,
            "subtitle": subtitle,
            "dateline": dateline,
            "authors": [au["name"] for au in authors],
            "byline": byline,
            "blocks": blocks,
            "captions": captions,
            "topics": list(a.get("topics") or []),
            "summary": a.get("summary", ""),
            "lead_summary": lead_sentence(blocks),
            "frisket": dict(d),
        }
        return boxes, gold


def page_date(rng: random.Random) -> datetime.date:
    return datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(730))


def furniture_lines(rng: random.Random, drawn: dict) -> tuple[list[list[str]], list[list[str]]]:
    day = page_date(rng)
    weekday = "一二三四五六日"[day.weekday()]
    date = f"{day.year}年{day.month}月{day.day}日 星期{weekday}"
    if drawn["date_form"] == "issue_number":
        date += f"  总第{rng.randint(2000, 9000)}期"
    number = rng.randint(2, 12)
    header = [[date, f"第{number}版", rng.choice(PAGE_NAMES)]]
    editor = [[f"责任编辑：{rng.choice(EDITORS)}  美术编辑：{rng.choice(EDITORS)}", str(number)]]
    if drawn["strap"] == "strap":
        header.append([rng.choice(STRAPS)])
    if drawn["furniture"] == "header":
        return header + editor, []
    if drawn["furniture"] == "header_footer":
        return header, editor
    return [], header + editor


def extract(rng: random.Random, boxes: list[list[str]], habits: list[str]) -> str:
    """The extractor writes the page's boxes back, line by line."""
    out: list[str] = []
    for box in boxes:
        for line in box:
            if "trailing_spaces" in habits and rng.random() < 0.2:
                line += " " * rng.randint(1, 3)
            out.append(line)
            if "blank_after_line" in habits and not re.search(r"[\x21-\x7e]\s*$", line):
                out.append("")
        if "box_breaks" in habits:
            out.append("")
    text = "\n".join(out).rstrip("\n") + "\n"
    if "kangxi" in habits:
        text = text.translate(KANGXI)
    if "fullwidth_digits" in habits:
        text = text.translate(FULLWIDTH_DIGITS)
    if "halfwidth_punct" in habits:
        text = text.translate(HALFWIDTH_PUNCT)
    if "tab_gaps" in habits:
        text = re.sub(r" {2,}", "\t", text)
    if "ideographic_space" in habits:
        text = text.replace(" ", "\u3000")
    if "form_feed" in habits:
        text += "\f"
    if "crlf" in habits:
        text = text.replace("\n", "\r\n")
    return text


def frisket_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """Lay 2-6 of the articles out on a page; return the raw text and its gold."""
    rng = random.Random(f"frisket:{seed}")
    drawn = {name: rng.choice(values) for name, values in PAGE_CONVENTIONS.items()}
    habits = [rng.choice(SPACINGS)] + [h for h in EXTRAS if rng.random() < 0.25]
    chosen = rng.sample(articles, min(len(articles), rng.randint(2, 6)))
    top, bottom = furniture_lines(rng, drawn)
    boxes: list[list[str]] = list(top)
    furniture = [line for box in top for line in box]
    gold_articles, foot = [], []
    for article in chosen:
        story = Story(rng, article, drawn["columns"])
        story_boxes, gold = story.lay_out()
        boxes += story_boxes
        furniture += story.furniture
        foot += story.foot
        gold_articles.append(gold)
    boxes += foot + bottom
    furniture += [line for box in bottom for line in box]
    raw = extract(rng, boxes, habits)
    gold = {
        "page": f"frisket-{seed}.txt",
        "notes": "Laid out by tests/frisket.py. Body text is whitespace-free in meaning: the scorer "
        "compares after NFKC and whitespace removal and strips a leading 本报讯 marker.",
        "articles": gold_articles,
        "furniture": furniture,
        "frisket": {**drawn, "habits": habits},
    }
    return raw, gold
