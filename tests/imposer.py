"""The sixth layouter: invented articles set into the raw text a PDF extractor writes for a
newspaper's park page, with the gold annotation of the page.

Conventions are drawn per page (number of columns, the order in which the extractor reads
columns, its line-break habit, the page furniture) and per article (column width, where the
headline sits and how it breaks, byline and caption forms, subheadings, paragraph indents,
digits, continuation on another page). Each gold article records under `imposer:` what it
drew, so that a parser's errors can be tallied per convention; the page's own draws are under
the page's `imposer:`.

Gold follows the parse contract: blocks hold the body without its dateline and without any
author credit; kicker, title and subtitle are the headline lines as printed (a two-part title
keeps the space between its parts; letter-spacing is not part of a headline, nor the dash
before a subtitle, which `printed:` keeps); a subheading is
its printed line, numbering and ornaments included; a caption is its text and its credit
without label words (图片来源：, 摄, 供图, 图片由…提供); page headers, editor and contact lines and
jump lines are furniture.
"""

from __future__ import annotations

import csv
import functools
import logging
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

CHOICES: dict[str, tuple[str, ...]] = {
    "headline": ("before", "after", "middle", "grouped", "spanning"),
    "headline_lines": ("1", "2", "3"),
    "headline_spacing": ("plain", "letter-spaced"),
    "headline_joins": ("single", "blank"),
    "subtitle": ("none", "plain", "dash"),
    "byline": (
        "dateline",
        "dateline-dated",
        "dateline-trailing",
        "top-benbao",
        "top-arrow",
        "top-wen",
        "end-paren",
        "end-line",
        "trailing",
        "commentator-top",
        "commentator-end",
        "none",
    ),
    "byline_spacing": ("none", "half", "full"),
    "top_credit": ("none", "with-headline", "with-body"),
    "credit_parens": ("none", "full", "half"),
    "caption": ("none", "source", "she", "benbao-she", "provided", "gongtu", "bare"),
    "caption_place": ("none", "end", "top", "after-headline", "inside"),
    "heading": ("none", "plain", "cn-number", "paren-number", "square", "bracket", "letter-spaced"),
    "indent": ("lost", "fullwidth", "halfwidth"),
    "digits": ("half", "full"),
    "number_spaces": ("none", "some", "all"),
    "stretched_lines": ("none", "some"),
    "jump": ("none", "out", "in"),
    "reading": ("in-order", "stacked", "reversed"),
}
PAGE_CHOICES: dict[str, tuple[str, ...]] = {
    "columns": ("2", "3", "4", "5", "6"),
    "reading": ("in-order", "stacked", "reversed"),
    "extractor": ("documented", "single-newline", "blank-always"),
    "header": ("none", "top", "bottom"),
    "editors": ("none", "top", "bottom", "side"),
    "contact": ("none", "bottom"),
    "grouped_headlines": ("none", "start", "middle", "end"),
}
WIDTHS = range(11, 27)
ZONES = Path(__file__).resolve().parent.parent / "data" / "hitech_zones.tsv"
NOTES = (
    "Gold annotation of a page set by tests/imposer.py. Blocks hold the body without its dateline "
    "and without author credits; optional_break marks a paragraph break the layout leaves "
    "uncertain; title_alternatives lists headlines also accepted as the title. `printed` keeps "
    "the headline and captions as printed (with a subtitle's dash and a caption's label words); "
    "`imposer` records the conventions each article and the page drew."
)

NO_LINE_START = set("，。、；：？！）》」』”’】…—%·")
NO_LINE_END = set("（《「『“‘【")
TOKEN = re.compile(r"[A-Za-z0-9.%+&]+-?|[０-９．％]+|.", re.S)
ASCII_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%+&-]*")
FULL_DIGITS = str.maketrans("0123456789%", "０１２３４５６７８９％")
CN_NUMBERS = "一二三四五六七八九十"
WEEKDAYS = "一二三四五六日"
PAGE_NAMES = ("园区", "高新区", "园区·创新", "高新区周刊", "国家高新区")
EDITORS = ("王磊", "李娜", "张华", "刘洋", "陈静", "杨帆", "赵敏", "黄勇", "周丽", "吴昊", "孙悦", "马骏")


def cells(text: str) -> float:
    """Printed width in full-width cells: a half-width character takes half a cell."""
    return sum(0.5 if ord(c) < 128 else 1 for c in text)


def half_width_end(line: str) -> bool:
    return bool(line) and ord(line[-1]) < 128


def wrap(text: str, first: float, rest: float) -> list[str]:
    """Break text into column lines as a compositor does: closing punctuation hangs at the line's
    end, opening punctuation never ends a line, a run of Latin letters or digits (half- or
    full-width) is not split except after a dash."""
    lines: list[str] = []
    line, room = "", first
    for tok in TOKEN.findall(text):
        if line and cells(line + tok) > room and tok not in NO_LINE_START:
            carry = ""
            while len(line) > 1 and line[-1] in NO_LINE_END:
                line, carry = line[:-1], line[-1] + carry
            lines.append(line.rstrip())
            line, room = carry, rest
            if tok.isspace():
                continue
        line += tok
    if line.strip():
        lines.append(line.rstrip())
    return lines


def letter_spaced(text: str) -> str:
    return " ".join(text.replace(" ", ""))


def stretched(line: str) -> str:
    """A line justified by spacing out its characters; an indent stays as it was."""
    body = line.lstrip()
    return line[: len(line) - len(body)] + letter_spaced(body)


Blocks = list[tuple[str, str]]  # ("paragraph" | "heading", text)


@dataclass
class Story:
    """A corpus article in the one shape the layouter uses, whatever corpus it came from."""

    id: str
    kind: str
    park: str
    parks: list[str]
    kicker: str
    title: str
    subtitle: str
    authors: list[tuple[str, str, bool]]  # name, role without 本报, printed after the body
    body: Blocks
    captions: list[tuple[str, str, str]]  # text, credit, "person" | "unit"
    topics: list[str]
    summary: str


def story(article: dict) -> Story:
    captions = list(article.get("captions") or [])
    if article.get("caption"):
        captions.append(article["caption"])
    body = []
    for para in article["body"]:
        heading = re.match(r"#+\s*", para)
        body.append(("heading", para[heading.end() :]) if heading else ("paragraph", para))
    return Story(
        id=article["id"],
        kind=article.get("kind", "news"),
        park=article.get("park") or "",
        parks=list(article.get("parks") or []),
        kicker=article.get("kicker") or "",
        title=article["title"],
        subtitle=article.get("subtitle") or "",
        authors=[
            (a["name"], (a.get("role") or "").removeprefix("本报"), bool(a.get("trailing")))
            for a in article.get("authors") or []
            if a.get("name")
        ],
        body=body,
        captions=[
            (c.get("text") or "", c.get("credit") or "", c.get("by") or credit_kind(c.get("credit") or ""))
            for c in captions
        ],
        topics=list(article.get("topics") or []),
        summary=article.get("summary") or "",
    )


def credit_kind(credit: str) -> str:
    """Corpora that do not say whether a photo's credit is a person: a unit names a place."""
    return "unit" if re.search(r"高新区|管委会|公司|中心|集团|园|局|委", credit) else "person"


@dataclass
class Chunk:
    """Lines the extractor writes together: a group (a headline, a wrapped subheading) has single
    newlines inside it; a column's lines are each followed as the extractor's habit says."""

    lines: list[str]
    group: bool = False


@dataclass
class Set:
    """An article set for the page: its pieces in the extractor's stream and its gold."""

    head: list[Chunk]
    top: list[Chunk]  # a photo above the headline
    pre: list[Chunk]  # byline, photo or jump line above the body
    segments: list[list[Chunk]]  # the body, one list per column it fills
    post: list[Chunk]  # author line, caption or jump line after the body
    gold: dict
    furniture: list[str] = field(default_factory=list)
    inside: list[Chunk] = field(default_factory=list)  # a photo set inside the body's columns


def draw(rng: random.Random, key: str, weights: dict[str, float] | None = None) -> str:
    values = CHOICES[key]
    return rng.choices(values, [(weights or {}).get(v, 1.0) for v in values])[0]


def style(rng: random.Random, s: Story) -> dict[str, str]:
    """The conventions one article draws; a draw the article cannot show is 'none'."""
    paragraphs = [t for k, t in s.body if k == "paragraph"]
    # Only a story long enough to be cut runs on to another page; a commentary never does.
    runs_on = len(paragraphs) >= 3 and s.kind not in ("photo", "short", "commentary")
    jump = draw(rng, "jump", {"none": 10.0}) if runs_on else "none"
    headline = draw(rng, "headline", {"before": 3.0, "after": 1.5})
    lines = draw(rng, "headline_lines", {"2": 2.0})
    return {
        "width": str(rng.choice(WIDTHS)),
        "headline": headline,
        "headline_lines": "1" if headline == "spanning" else lines,
        "headline_spacing": draw(rng, "headline_spacing", {"letter-spaced": 0.3}),
        "headline_joins": draw(rng, "headline_joins", {"single": 3.0}),
        "subtitle": rng.choice(("plain", "dash")) if s.subtitle else "none",
        "byline": byline_form(rng, s, jump),
        "caption": caption_form(rng, s),
        "caption_place": rng.choice(CHOICES["caption_place"][1:]) if s.captions else "none",
        "heading": draw(rng, "heading", {"none": 0.0}) if len(paragraphs) < len(s.body) else "none",
        "indent": draw(rng, "indent", {"lost": 3.0}),
        "digits": draw(rng, "digits", {"half": 3.0}),
        "number_spaces": draw(rng, "number_spaces", {"none": 2.0}),
        "stretched_lines": draw(rng, "stretched_lines", {"none": 3.0}),
        "jump": jump,
    }


def byline_form(rng: random.Random, s: Story, jump: str) -> str:
    """A form the article's authors allow: a commentary is signed by the paper's commentator, an
    author the corpus prints after the body stays there, a continued article keeps its credit on
    the page that holds the credit's end of it."""
    if s.kind == "commentary" or any(role == "评论员" for _, role, _ in s.authors):
        return rng.choice(("commentator-top", "commentator-end"))
    if not s.authors:
        return "none"
    forms = [f for f in CHOICES["byline"] if not f.startswith("commentator") and f != "none"]
    if any(trailing for *_, trailing in s.authors):
        forms = ["dateline-trailing", "trailing", "end-line"]
    if jump == "in":
        forms = [f for f in forms if not f.startswith("dateline")] or ["end-line"]
    if jump == "out":
        tops = ("dateline", "dateline-dated", "top-benbao", "top-arrow", "top-wen")
        forms = [f for f in forms if f in tops] or ["top-wen"]
    return rng.choice(forms)


def caption_form(rng: random.Random, s: Story) -> str:
    if not s.captions:
        return "none"
    if not any(text for text, _, _ in s.captions):
        return "bare"
    person = any(by == "person" for _, _, by in s.captions)
    return rng.choice(("source", "she", "benbao-she") if person else ("source", "provided", "gongtu"))


def role_name(role: str, name: str) -> str:
    return f"{role} {name}" if role else name


def credit_line(rng: random.Random, st: dict[str, str], s: Story, day: date) -> tuple[str, str, str]:
    """(dateline, byline, where the byline goes: top, end, append) as the article prints them."""
    form, people = st["byline"], s.authors
    names = " ".join(name for name, _, _ in people)
    roles = " ".join(role_name(role, name) for name, role, _ in people)
    if form == "dateline":
        return (f"本报讯（{roles}）" if people else "本报讯"), "", ""
    if form == "dateline-dated":
        # The paper's other dateline names the city and the day the story was filed.
        filed = day - timedelta(days=rng.randint(1, 3))
        return f"本报{city(s.park)}{filed.month}月{filed.day}日电（{roles}）", "", ""
    if form == "dateline-trailing":
        return "本报讯", names, "append"
    if form == "top-benbao":
        first, *rest = people
        lead = role_name(f"本报{first[1]}" if first[1] else "", first[0])
        return "", " ".join([lead] + [role_name(r, n) for n, r, _ in rest]), "top"
    if form == "top-arrow":
        marks = " ".join(n if r in ("", "通讯员") else f"本报{r} {n}" for n, r, _ in people)
        return "", f"{rng.choice('▶■◎□')} {marks}", "top"
    if form == "top-wen":
        return "", f"文/{names}", "top"
    if form == "end-paren":
        return "", f"（{roles}）", "append"
    if form == "trailing":
        return "", names, "append"
    if form == "end-line":
        return "", names, "end"
    if form.startswith("commentator"):
        signed = f"本报评论员 {names}" if people else "本报评论员"
        return "", signed, "top" if form == "commentator-top" else "end"
    return "", "", ""


@functools.cache
def cities() -> dict[str, str]:
    """Every name of a park (official, short, alias) to the city a dateline names: its city
    without 市, or for a prefecture the park's own place name."""
    out = {}
    with open(ZONES, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            for name in [row["official_name"], row["short_name"], *row["common_aliases"].split("|")]:
                town = row["city"] if row["city"].endswith("市") else row["short_name"].removesuffix("高新区")
                out[name] = town.removesuffix("市")
    return out


def city(park: str) -> str:
    return cities().get(park) or "北京"


Credits = tuple[str, str, str]  # dateline, byline and where the byline is printed


def varied_credit(
    rng: random.Random,
    st: dict[str, str],
    key: str,
    forms: tuple[str, str],
    change: Callable[[str], str],
    credits: Credits,
) -> Credits:
    """A credit printed the usual way (forms[0]) on most pages and the other way on one in four;
    a credit without the mark the variation changes records none."""
    dateline, byline, where = credits
    if change(dateline + byline) == dateline + byline:
        st[key] = "none"
        return credits
    st[key] = rng.choices(forms, [3, 1])[0]
    return (change(dateline), change(byline), where) if st[key] == forms[1] else credits


def spaced_credit(rng: random.Random, st: dict[str, str], credits: Credits) -> Credits:
    """Some papers set the gaps in a credit as full-width spaces, and the extractor keeps them."""
    return varied_credit(
        rng, st, "byline_spacing", ("half", "full"), lambda s: s.replace(" ", "\u3000"), credits
    )


def credit_parens(rng: random.Random, st: dict[str, str], credits: Credits) -> Credits:
    """A credit's parentheses as the extractor reads them: some fonts come out half-width."""
    half = str.maketrans("（）", "()")
    return varied_credit(rng, st, "credit_parens", ("full", "half"), lambda s: s.translate(half), credits)


def caption_text(form: str, text: str, credit: str, by: str) -> str:
    """A caption as printed: its text, then its credit in the form the article drew."""
    if not credit:  # some corpora leave a photo uncredited
        return text
    if not text:
        return {"person": f"本报记者 {credit} 摄", "unit": f"图片来源：{credit}"}[by]
    if form == "she":
        return f"{text}（{credit} 摄）" if by == "person" else f"{text}（{credit}供图）"
    if form == "benbao-she":
        return f"{text} 本报记者 {credit} 摄" if by == "person" else f"{text} 图片来源：{credit}"
    if form == "provided":
        return f"{text}（图片由{credit}提供）"
    if form == "gongtu":
        return f"{text} {credit}供图"
    return f"{text} 图片来源：{credit}"


def cn_number(i: int) -> str:
    return CN_NUMBERS[i - 1] if i <= 10 else "十" + CN_NUMBERS[(i - 11) % 10]


def heading_text(form: str, text: str, number: int) -> str:
    """A subheading as printed, with the numbering or ornament the form gives it."""
    return {
        "cn-number": f"{cn_number(number)}、{text}",
        "paren-number": f"（{cn_number(number)}）{text}",
        "square": f"■ {text}",
        "bracket": f"【{text}】",
    }.get(form, text)


def continued(rng: random.Random, body: Blocks, jump: str) -> tuple[Blocks, int]:
    """The part of the body this page holds when the article jumps to or from another page, and
    how many subheadings went before it; the cut falls inside a paragraph, as it does where a
    column runs out."""
    if jump == "none":
        return body, 0
    at = rng.choice([i for i, (kind, _) in enumerate(body) if kind == "paragraph" and i > 0])
    text = body[at][1]
    cut = rng.randint(len(text) // 3, max(len(text) // 3, 2 * len(text) // 3))
    while cut < len(text) - 1 and text[cut] in NO_LINE_START:
        cut += 1
    if jump == "out":
        return body[:at] + [("paragraph", text[:cut])], 0
    return [("paragraph", text[cut:])] + body[at + 1 :], sum(kind == "heading" for kind, _ in body[:at])


def spaced_numbers(rng: random.Random, line: str, habit: str) -> str:
    """The extractor's spaces around a run of digits or Latin letters ("2015 年的 22 名")."""
    if habit == "none":
        return line

    def han(at: int) -> bool:
        return 0 <= at < len(line) and "\u4e00" <= line[at] <= "\u9fff"

    def pad(m: re.Match) -> str:
        before = " " if han(m.start() - 1) and (habit == "all" or rng.random() < 0.5) else ""
        after = " " if han(m.end()) and (habit == "all" or rng.random() < 0.5) else ""
        return before + m.group() + after

    return ASCII_RUN.sub(pad, line)


def paragraph_lines(rng: random.Random, st: dict[str, str], text: str) -> list[str]:
    width = int(st["width"])
    indent = {"lost": "", "fullwidth": "\u3000\u3000", "halfwidth": "  "}[st["indent"]]
    first = width if st["indent"] == "fullwidth" else width - 2
    lines = wrap(indent + text if st["indent"] == "fullwidth" else text, first, width)
    if st["indent"] == "halfwidth":
        lines[0] = indent + lines[0]
    lines = [spaced_numbers(rng, line, st["number_spaces"]) for line in lines]
    if st["stretched_lines"] == "some":
        # A short line justified to the column's width comes out letter by letter.
        last = len(lines) - 1
        lines = [stretched(x) if i < last and rng.random() < 0.08 else x for i, x in enumerate(lines)]
    return lines


def looks_full(line: str, width: int) -> bool:
    return cells(re.sub(r"\s", "", line)) >= width - 1


def body(
    rng: random.Random, st: dict[str, str], blocks: Blocks, credits: tuple[str, str], number: int
) -> tuple[list[Chunk], list[dict]]:
    """The body's chunks, one per paragraph or subheading, and its gold blocks; the dateline opens
    the first paragraph and an author credit may close the last. Subheadings are numbered on from
    the number of those before the page's part."""
    dateline, appended = credits
    opening = dateline + ("" if dateline.endswith(("）", ")")) else " ") if dateline else ""
    last = max(i for i, (kind, _) in enumerate(blocks) if kind == "paragraph")
    first = min(i for i, (kind, _) in enumerate(blocks) if kind == "paragraph")
    chunks: list[Chunk] = []
    gold: list[dict] = []
    for i, (kind, text) in enumerate(blocks):
        if kind == "heading":
            number += 1
            chunk, block = heading(st, heading_text(st["heading"], text, number))
        else:
            text = text.translate(FULL_DIGITS) if st["digits"] == "full" else text
            shown = (opening if i == first else "") + text + (appended if i == last else "")
            chunk, block = Chunk(paragraph_lines(rng, st, shown)), {"type": "paragraph", "text": text}
            if uncertain_break(st, chunks):
                block["optional_break"] = True
        chunks.append(chunk)
        gold.append(block)
    return chunks, gold


def heading(st: dict[str, str], printed: str) -> tuple[Chunk, dict]:
    width = int(st["width"])
    if st["heading"] == "letter-spaced":
        lines = [letter_spaced(x) for x in wrap(printed, width // 2 + 1, width // 2 + 1)]
    else:
        lines = wrap(printed, width, width)
    return Chunk(lines, group=True), {"type": "heading", "text": printed}


def uncertain_break(st: dict[str, str], before: list[Chunk]) -> bool:
    """A break after a paragraph whose last line fills the column, when the indent is lost:
    nothing on the page shows it."""
    full = bool(before) and not before[-1].group and looks_full(before[-1].lines[-1], int(st["width"]))
    return full and st["indent"] == "lost"


def phrase_edges(text: str) -> list[int]:
    """Where an editor likes to break a headline: after a colon or comma, before a quote."""
    after = [i + 1 for i, c in enumerate(text) if c in "：，、；"]
    return after + [i for i, c in enumerate(text) if c in "“《"]


@functools.cache
def word_edges(text: str) -> list[int]:
    """Offsets between words: an editor does not break a headline inside one."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    edges, at = [], 0
    for word in jieba.cut(text, HMM=False):
        at += len(word)
        edges.append(at)
    return edges


def nearest(edges: list[int], even: int, after: int, end: int, reach: float) -> int:
    near = [e for e in edges if after < e < end and abs(e - even) <= reach]
    return min(near, key=lambda e: abs(e - even)) if near else 0


def broken(title: str, count: int) -> list[str]:
    """A headline broken over count lines: a two-part title breaks between its parts first."""
    if count == 1 or len(title) < 2 * count:
        return [title]
    parts = title.split(" ")
    if len(parts) == count:
        return parts
    if len(parts) == 2 and count == 3:
        longer = max(range(2), key=lambda k: len(parts[k]))
        halves = broken(parts[longer], 2)
        return halves + [parts[1]] if longer == 0 else [parts[0]] + halves
    flat = title.replace(" ", "")
    step = len(flat) / count
    phrases, words = phrase_edges(flat), word_edges(flat)
    cuts = [0]
    for k in range(1, count):
        even = round(step * k)
        cut = nearest(phrases, even, cuts[-1], len(flat), max(2, step / 3))
        cut = cut or nearest(words, even, cuts[-1], len(flat), step / 2) or even
        while cut < len(flat) - 1 and flat[cut] in NO_LINE_START:
            cut += 1
        while cut > cuts[-1] + 1 and flat[cut - 1] in NO_LINE_END:
            cut -= 1
        cuts.append(cut)
    cuts.append(len(flat))
    return [flat[a:b] for a, b in zip(cuts, cuts[1:]) if flat[a:b]]


def headline(st: dict[str, str], s: Story) -> tuple[list[Chunk], list[str]]:
    """The headline's chunks and its lines as printed (kicker, title, subtitle). A headline
    inside its columns is set large and breaks where they run out; a spanning one does not."""
    if st["headline"] != "spanning":
        fit = -(-len(s.title) * 3 // (2 * int(st["width"]) * int(st["columns"])))
        st["headline_lines"] = str(min(3, max(int(st["headline_lines"]), fit)))
    title_lines = broken(s.title, int(st["headline_lines"]))
    st["headline_lines"] = str(len(title_lines))
    if st["headline_spacing"] == "letter-spaced":
        title_lines = [letter_spaced(x) for x in title_lines]
    subtitle = ("——" if st["subtitle"] == "dash" else "") + s.subtitle if s.subtitle else ""
    pieces = [[s.kicker] if s.kicker else [], title_lines, [subtitle] if subtitle else []]
    printed = [s.kicker, s.title, subtitle]
    if st["headline_joins"] == "single":
        return [Chunk([x for p in pieces for x in p], group=True)], printed
    return [Chunk(p, group=True) for p in pieces if p], printed


def split_lines(chunks: list[Chunk], count: int) -> list[list[Chunk]]:
    """The body cut into count columns of about as many lines; a wrapped subheading stays whole."""
    units = [u for c in chunks for u in ([c] if c.group else [Chunk([x]) for x in c.lines])]
    total = sum(len(u.lines) for u in units)
    columns: list[list[Chunk]] = [[] for _ in range(count)]
    seen = 0
    for u in units:
        columns[min(count - 1, seen * count // max(1, total))].append(u)
        seen += len(u.lines)
    return [c for c in columns if c]


def caption_chunks(st: dict[str, str], s: Story, width: int) -> tuple[list[Chunk], list[str]]:
    printed = [caption_text(st["caption"], text, credit, by) for text, credit, by in s.captions]
    return [Chunk(wrap(p, width, width)) for p in printed], printed


def jump_text(rng: random.Random, jump: str, page_number: int) -> str:
    other = rng.choice([n for n in range(1, 13) if n != page_number])
    if jump == "out":
        return rng.choice(("（下转第{}版）", "（转第{}版）", "下转第{}版")).format(other)
    if jump == "in":
        return rng.choice(("（上接第{}版）", "（紧接第{}版）", "上接第{}版")).format(other)
    return ""


def set_article(rng: random.Random, article: dict, page: dict[str, str]) -> Set:
    s = story(article)
    st = style(rng, s)
    blocks, headings_before = continued(rng, s.body, st["jump"])
    credits = credit_line(rng, st, s, date.fromisoformat(page["day"]))
    dateline, byline, where = credit_parens(rng, st, spaced_credit(rng, st, credits))
    appended = {"append": byline if byline.startswith(("（", "(")) else " " + byline}.get(where, "")
    chunks, gold_blocks = body(rng, st, blocks, (dateline, appended), headings_before)
    lines = sum(len(c.lines) for c in chunks)
    segments = split_lines(chunks, rng.randint(1, max(1, min(int(page["columns"]), lines // 6))))
    st["columns"] = str(len(segments))
    st["reading"] = page["reading"] if len(segments) > 1 else "in-order"
    head, printed = headline(st, s)
    photo, captions = caption_chunks(st, s, int(st["width"]) * rng.randint(1, len(segments)))
    jump = jump_text(rng, st["jump"], int(page["number"]))
    gold = gold_article(s, st, dateline, byline, gold_blocks)
    gold["printed"] = {"headline": printed, "captions": captions}
    credit = [Chunk([byline])] if byline and where in ("top", "end") else []
    # A credit printed under the headline is read with it, wherever the headline is read.
    st["top_credit"] = rng.choice(("with-headline", "with-body")) if credit and where == "top" else "none"
    return placed(Set(head, [], [], segments, [], gold, [jump] if jump else []), photo, credit, where)


def placed(a: Set, photo: list[Chunk], credit: list[Chunk], where: str) -> Set:
    """The article with its photo, credit line and jump line where it drew them."""
    st = a.gold["imposer"]
    place = st["caption_place"]
    jump = [Chunk(a.furniture)] if a.furniture else []
    a.top = photo if place == "top" else []
    a.inside = photo if place == "inside" else []
    a.head = a.head + (credit if st["top_credit"] == "with-headline" else [])
    a.pre = (photo if place == "after-headline" else []) + (credit if st["top_credit"] == "with-body" else [])
    a.pre += jump if st["jump"] == "in" else []
    a.post = (credit if where == "end" else []) + (jump if st["jump"] == "out" else [])
    a.post += photo if place == "end" else []
    return a


def gold_article(s: Story, st: dict[str, str], dateline: str, byline: str, blocks: list[dict]) -> dict:
    paragraphs = [b["text"] for b in blocks if b["type"] == "paragraph"]
    lead = re.match(r".*?[。！？]", paragraphs[0]) if paragraphs else None
    gold = {
        "id": s.id,
        "park": s.park,
        "kicker": s.kicker,
        "title": s.title,
        "subtitle": s.subtitle,
        "dateline": dateline,
        "authors": [name for name, _, _ in s.authors],
        "byline": byline,
        "blocks": blocks,
        "captions": [{"text": text, "credit": credit} for text, credit, _ in s.captions],
        "topics": s.topics,
        "summary": s.summary,
        "lead_summary": lead.group() if lead else (paragraphs[0] if paragraphs else ""),
        "imposer": st,
    }
    if s.parks:
        gold["parks"] = s.parks
    if s.subtitle:
        # Nothing on the page tells a subtitle from a title printed in two lines.
        gold["title_alternatives"] = [s.subtitle]
    return gold


def columns(a: Set) -> list[list[Chunk]]:
    """The article's chunks in the columns the extractor reads, the headline where it sits."""
    st = a.gold["imposer"]
    cols = [list(c) for c in (a.segments[::-1] if st["reading"] == "reversed" else a.segments)]
    place = st["headline"]
    if place == "middle" and len(cols) == 1:
        half = max(1, len(cols[0]) // 2)
        cols[0] = cols[0][:half] + a.head + cols[0][half:]
    elif place == "middle":
        cols[1] = a.head + cols[1]
    if a.inside:
        middle = cols[len(cols) // 2]
        middle[len(middle) // 2 : len(middle) // 2] = a.inside
    cols[0] = a.top + (a.head if place in ("before", "spanning") else []) + a.pre + cols[0]
    cols[-1] = cols[-1] + a.post + (a.head if place == "after" else [])
    return cols


def stream(sets: list[Set], reading: str) -> list[list[Chunk]]:
    """Articles in the order the extractor meets them; stacked articles share page columns, so
    the extractor reads a column of the upper one, then the same column of the lower one."""
    out: list[list[Chunk]] = []
    k = 0
    while k < len(sets):
        if reading == "stacked" and k + 1 < len(sets):
            upper, lower = columns(sets[k]), columns(sets[k + 1])
            for i in range(max(len(upper), len(lower))):
                out += [c[i] for c in (upper, lower) if i < len(c)]
            k += 2
            continue
        out += columns(sets[k])
        k += 1
    return out


def render(chunks: list[Chunk], habit: str) -> str:
    """What the extractor writes. Its documented habit: a blank line after each line, except
    after a line ending in a half-width character and between the lines of a headline."""
    out = []
    for chunk in chunks:
        for i, line in enumerate(chunk.lines):
            inner = chunk.group and i < len(chunk.lines) - 1
            if habit == "single-newline" or (habit == "documented" and (inner or half_width_end(line))):
                out.append(line + "\n")
            else:
                out.append(line + "\n\n")
    return "".join(out)


# Most pages come through the extractor the project documents, a few through other habits; most
# pages are read in reading order.
PAGE_WEIGHTS = {"extractor": (6, 1, 1), "reading": (4, 2, 1)}


def page_draws(rng: random.Random) -> dict[str, str]:
    draws = {key: rng.choices(values, PAGE_WEIGHTS.get(key))[0] for key, values in PAGE_CHOICES.items()}
    draws["number"] = str(rng.randint(1, 12))
    draws["day"] = (date(2025, 1, 1) + timedelta(days=rng.randrange(730))).isoformat()
    return draws


def furniture(rng: random.Random, draws: dict[str, str]) -> dict[str, list[str]]:
    """Lines that are not article text, for the page's top, its bottom and its side (a line set
    down the page's edge, which the extractor reads somewhere among the columns)."""
    places: dict[str, list[str]] = {"none": [], "top": [], "bottom": [], "side": []}
    day = date.fromisoformat(draws["day"])
    number = int(draws["number"])
    header = [
        f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}",
        rng.choice(PAGE_NAMES),
        rng.choice((str(number), f"第{number}版", f"{number:02d}", f"第{cn_number(number)}版")),
    ]
    rng.shuffle(header)
    places[draws["header"]].extend(header)
    editors = rng.sample(EDITORS, 3)
    places[draws["editors"]].append(
        rng.choice(
            (
                f"责任编辑：{editors[0]} 美术编辑：{editors[1]} 校对：{editors[2]}",
                f"本版责编 {editors[0]}　版式 {editors[1]}",
                f"责任编辑 {editors[0]}",
            )
        )
    )
    if draws["contact"] == "bottom":
        phone = rng.randrange(1000)
        phones = (f"电话：010-58884{phone:03d}", f"新闻热线：(0871)6321{phone:04d}")
        places["bottom"].append(rng.choice(phones))
        places["bottom"].append(rng.choice(("邮箱：yuanqu@163.com", "投稿邮箱：gxqzk@126.com")))
    return places


def page_stream(rng: random.Random, sets: list[Set], draws: dict[str, str]) -> list[Chunk]:
    """The articles' chunks in reading order, with the gathered headlines where the page has them."""
    heads = [a.head for a in sets if a.gold["imposer"]["headline"] == "grouped"]
    rng.shuffle(heads)
    grouped = [c for head in heads for c in head]
    if not grouped:
        draws["grouped_headlines"] = "none"
    elif draws["grouped_headlines"] == "none":
        draws["grouped_headlines"] = "end"
    chunks = [c for col in stream(sets, draws["reading"]) for c in col]
    places = {"none": 0, "start": 0, "middle": rng.randrange(1, len(chunks)), "end": len(chunks)}
    at = places[draws["grouped_headlines"]]
    return chunks[:at] + grouped + chunks[at:]


def imposer_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """One page set from articles drawn from the corpus: its raw text and its gold."""
    rng = random.Random(f"imposer:{seed}")
    draws = page_draws(rng)
    chosen = rng.sample(articles, min(len(articles), rng.randint(3, 6)))
    sets = [set_article(rng, a, draws) for a in chosen]
    if draws["reading"] == "stacked" and len(sets) % 2:
        sets[-1].gold["imposer"]["reading"] = "in-order"
    chunks = page_stream(rng, sets, draws)
    lines = furniture(rng, draws)
    side = rng.randrange(1, len(chunks))
    chunks[side:side] = [Chunk([x]) for x in lines["side"]]
    top, bottom = [Chunk([x]) for x in lines["top"]], [Chunk([x]) for x in lines["bottom"]]
    raw = render(top + chunks + bottom, draws["extractor"])
    gold = {
        "page": "",
        "notes": NOTES,
        "furniture": [x for place in ("top", "side", "bottom") for x in lines[place]]
        + [jump for a in sets for jump in a.furniture],
        "imposer": {k: v for k, v in draws.items() if k in PAGE_CHOICES},
        "articles": [a.gold for a in sets],
    }
    return raw, gold
