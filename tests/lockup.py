"""The lock-up layouter: park pages as a compositor locks up the forme, read back by a PDF extractor.

Each story's type is set in its own chase at its own measure (13-21 characters) with kinsoku (no
line opens with closing punctuation, none ends with an opening one) and figures kept whole. Its
headline decks (kicker, title, ——subtitle) stand before or after the story, letter-spaced, in
two lines, set down a narrow column a character or two a line, or gathered at the page head.
News carries a dateline (本报讯（记者 X）, 本报讯 记者X 报道, ■本报记者 X, 本报记者 X 报道
on a line of its own, or a closing （记者 X）); other stories a byline (文/X, 文/图 X, 本报记者
X). Trailing authors follow the last sentence in brackets or on a line. Subheadings are plain,
letter-spaced or indented; captions stand above or below with an X 摄 / 摄影：X / 图片来源：X
credit. A story may open with （上接第1版） or stop at （下转第8版）. The page has a date, page-name
and number head, maybe a running head between stories, a notice and the editor's line at the foot.

The extractor writes one printed line per line: the documented way (a blank line after each,
except after a half-width ending), densely, or with CRLF ends; sometimes with Kangxi-radical
look-alikes, trailing spaces or no-break spaces.

`lockup_page(seed, articles)` returns the raw page and its gold annotation; every article notes
the conventions it was drawn with under `lockup:`, and the page notes its extractor.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from tests.goldtext import lead_sentence

# Every value each convention can take: the tests check that all of them get drawn.
CONVENTIONS: dict[str, tuple[str, ...]] = {
    "headline": ("before", "after", "spaced", "two_lines", "vertical", "gathered", "none"),
    "dateline": ("bracket", "reported", "square", "staff_reported", "closing", "none"),
    "byline": ("slash", "photo_slash", "staff_line", "none"),
    "trailing": ("bracket", "bare_line", "none"),
    "subheading": ("plain", "spaced", "centred", "none"),
    "caption": ("above", "below", "none"),
    "credit": ("shot", "photographer", "source"),
    "indent": ("lost", "ideographic"),
    "jump": ("none", "continued_to", "continued_from"),
}
EXTRACTORS = ("documented", "dense", "crlf")
EXTRACTOR_HABITS = ("kangxi", "trailing_spaces", "no_break_space", "running_head_mid_stream")
# Page notices set at the foot, above the editor's line: page furniture, not a story
NOTICES = {
    "none": "",
    "qr": "扫码阅读园区新闻全文",
    "photo_credit": "本版图片除署名外均由各高新区管委会提供",
}
VERTICAL_TITLE_MAX = 12  # a title set down a narrow column is a short one

CLOSING = set("，。、；：？！”’）》」』】…—·%")
OPENING = set("“‘（《「『【")
NEWS_KINDS = {"news", "short", "measures"}
NEWS_ROLES = ("记者", "通讯员", "特约通讯员")
# Radical look-alikes some PDF fonts map ordinary ideographs to (NFKC undoes them)
KANGXI = {
    unicodedata.normalize("NFKC", chr(code)): chr(code)
    for code in range(0x2F00, 0x2FD6)
    if unicodedata.normalize("NFKC", chr(code)) in "一人大工高力子小"
}
WEEKDAYS = "一二三四五六日"
PAGE_NAMES = ("园区动态", "创新园区", "高新区传真", "园区经济")
EDITORS = ("责任编辑：乌兰", "责任编辑：阿依努尔", "责任编辑：钮立新 美术编辑：哈斯")


@dataclass
class Chase:
    """One story locked up: its headline lines, its body lines, its gold and its jump lines."""

    headline: list[str]
    body: list[str]
    gold: dict
    furniture: list[str]


class Story:
    """A story while it is being locked up: what it prints and what its gold gathers."""

    def __init__(self, article: dict, jump: str, notes: dict) -> None:
        self.article, self.jump, self.notes = article, jump, notes
        self.writers = [a for a in article.get("authors") or [] if a.get("name")]
        self.paragraphs, self.captions = story_text(article, jump)
        self.lines: list[str] = []
        self.furniture: list[str] = []
        self.authors: list[dict] = []
        self.bylines: list[str] = []
        self.blocks: list[dict] = []
        self.gold_captions: list[dict] = []


def story_text(article: dict, jump: str) -> tuple[list[str], list[dict]]:
    """The paragraphs this page prints and the captions: a jump prints the first half here, or
    the second half opening on a paragraph."""
    paragraphs = list(article.get("body") or [])
    captions = corpus_captions(article)
    half = max(1, len(paragraphs) // 2)
    if jump == "continued_to":
        return paragraphs[:half], captions
    if jump == "continued_from":
        rest = paragraphs[half:]
        while rest and rest[0].startswith("## "):
            rest = rest[1:]
        return rest, captions
    return paragraphs, captions


def cell_width(ch: str) -> float:
    return 0.5 if unicodedata.east_asian_width(ch) in "NaH" else 1.0


def set_lines(text: str, measure: int, first_short: int = 0) -> list[str]:
    """Break text at the measure, the first line `first_short` narrower, with kinsoku."""
    lines: list[str] = []
    line, width = "", 0.0
    for ch in text:
        limit = measure - (first_short if not lines else 0)
        if width + cell_width(ch) > limit and line and ch not in CLOSING:
            carried = ""
            while line and (line[-1] in OPENING or (is_figure(line[-1]) and is_figure(ch))):
                carried, line = line[-1] + carried, line[:-1]
            if line:
                lines.append(line.strip())
                line, width = carried, sum(cell_width(c) for c in carried)
            else:  # a figure wider than the measure overruns it rather than break
                line = carried
        line += ch
        width += cell_width(ch)
    if line.strip():
        lines.append(line.strip())
    return lines


def is_figure(ch: str) -> bool:
    """Digits and Latin letters: a compositor never breaks a figure or a word across lines."""
    return ch.isascii() and (ch.isalnum() or ch in ".%")


def read_down(title: str, per_line: int) -> list[str]:
    """A title set vertically, as an extractor reads it back: a character or two per line."""
    return [title[k : k + per_line] for k in range(0, len(title), per_line)]


def letter_spaced(text: str) -> str:
    return " ".join(text.replace(" ", ""))


def corpus_captions(article: dict) -> list[dict]:
    captions = list(article.get("captions") or [])
    if article.get("caption"):
        captions.append(article["caption"])
    return [c for c in captions if (c.get("text") or c.get("credit"))]


def credit_line(credit: str, form: str) -> str:
    return {"shot": f"{credit} 摄", "photographer": f"摄影：{credit}", "source": f"图片来源：{credit}"}[form]


class Locker:
    """Draws one page's conventions from its seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"lockup:{seed}")

    def pick(self, name: str, allowed: tuple[str, ...] | None = None) -> str:
        return self.rng.choice(allowed or CONVENTIONS[name])

    def lock_up(self, article: dict, jump: str) -> Chase:
        notes = {"jump": jump, "measure": self.rng.randint(13, 21), "indent": self.pick("indent")}
        story = Story(article, jump, notes)
        dateline = self.credit_lines(story)
        caption_lines = self.captions(story)
        if story.notes["caption"] == "above":
            story.lines[:0] = caption_lines
        self.body(story, dateline)
        self.trailing_authors(story)
        if story.notes["dateline"] == "closing":
            story.lines.append(dateline)
        if story.notes["caption"] == "below":
            story.lines += caption_lines
        if jump == "continued_to":
            story.lines.append("（下转第8版）")
            story.furniture.append("（下转第8版）")
        headline = [] if jump == "continued_from" else self.headline(article, story.notes)
        story.notes.setdefault("headline", "none")
        story.notes["dateline_in_body"] = story.notes["dateline"] == "bracket"
        gold = self.gold(article, jump, dateline, story.authors, story.bylines)
        gold.update(blocks=story.blocks, captions=story.gold_captions, lockup=story.notes)
        gold["lead_summary"] = lead_sentence(story.blocks)
        return Chase(headline, story.lines, gold, story.furniture)

    def credit_lines(self, story: Story) -> str:
        """Draw how the story credits its writers; print a byline or a dateline standing on a
        line of its own, and return the dateline (printed later, with the body or at the end)."""
        notes, leading = story.notes, [a for a in story.writers if not a.get("trailing")]
        notes.update(dateline="none", byline="none")
        if story.jump == "continued_from":
            story.lines.append("（上接第1版）")
            story.furniture.append("（上接第1版）")
            return ""
        if story.article.get("kind") in NEWS_KINDS and any(a.get("role") in NEWS_ROLES for a in leading):
            forms = tuple(form for form in CONVENTIONS["dateline"] if form != "none")
            notes["dateline"] = self.pick("dateline", forms)
            story.authors += leading
            dateline = self.dateline(notes["dateline"], leading)
            if notes["dateline"] in ("square", "staff_reported"):
                story.lines.append(dateline)
            return dateline
        if leading:
            photographer = leading[0]["name"] if len(leading) == 1 else None
            credited = any(c.get("credit") == photographer for c in story.captions)
            notes["byline"] = self.pick("byline", ("photo_slash",) if credited else ("slash", "staff_line"))
            story.bylines.append(self.byline(notes["byline"], leading))
            story.lines.append(story.bylines[-1])
            story.authors += leading
        return ""

    def captions(self, story: Story) -> list[str]:
        """The caption lines, credit run on after the text; the gold captions."""
        story.notes["caption"] = self.pick("caption", ("above", "below")) if story.captions else "none"
        story.notes["credit"] = self.pick("credit")
        lines: list[str] = []
        for caption in story.captions:
            text = caption.get("text") or ""
            credit = credit_line(caption["credit"], story.notes["credit"]) if caption.get("credit") else ""
            lines += set_lines(f"{text} {credit}".strip(), story.notes["measure"])
            story.gold_captions.append({"text": text, "credit": credit})
        return lines

    def body(self, story: Story, dateline: str) -> None:
        """Paragraphs at the measure (first line two short, its indent lost or kept as ideographic
        spaces) and subheadings; a run-in dateline opens the first paragraph."""
        notes = story.notes
        has_headings = any(p.startswith("## ") for p in story.paragraphs)
        styles = ("plain", "spaced", "centred") if has_headings else ("none",)
        notes["subheading"] = self.pick("subheading", styles)
        run_in = dateline if notes["dateline"] in ("bracket", "reported") else ""
        for paragraph in story.paragraphs:
            if paragraph.startswith("## "):
                heading = paragraph[3:].strip()
                story.lines.append(self.subheading(heading, notes["subheading"]))
                story.blocks.append({"type": "heading", "text": heading})
                continue
            text, kept = paragraph, paragraph
            if run_in:
                # the scorer strips a bracketed 本报讯 from the body, so the gold keeps that one
                bracket = notes["dateline"] == "bracket"
                text = f"{dateline}{paragraph}" if bracket else f"{dateline} {paragraph}"
                kept, run_in = (text if bracket else paragraph), ""
            story.blocks.append({"type": "paragraph", "text": kept})
            lines = set_lines(text, notes["measure"], first_short=2)
            if notes["indent"] == "ideographic":
                lines[0] = "\u3000\u3000" + lines[0]
            story.lines += lines

    def trailing_authors(self, story: Story) -> None:
        """Names after the last sentence, in brackets or on a line of their own; a story cut by
        a jump line prints them on the other page."""
        trailing = [a for a in story.writers if a.get("trailing")]
        printed = bool(trailing) and story.jump != "continued_to"
        story.notes["trailing"] = self.pick("trailing", ("bracket", "bare_line")) if printed else "none"
        if not printed:
            return
        names = " ".join(a["name"] for a in trailing)
        tail = f"（{names}）" if story.notes["trailing"] == "bracket" else names
        story.bylines.append(tail)
        story.authors += trailing
        if story.notes["trailing"] == "bracket" and story.lines:
            story.lines[-1] += tail
        else:
            story.lines.append(tail)

    def dateline(self, form: str, authors: list[dict]) -> str:
        credits = " ".join(f"{a['role']} {a['name']}" for a in authors)
        if form == "bracket":
            return f"本报讯（{credits}）"
        if form == "reported":
            return f"本报讯 {' '.join(a['role'] + a['name'] for a in authors)} 报道"
        if form == "square":
            return f"■本报{credits}"
        if form == "staff_reported":
            return " ".join(f"本报{a['role']} {a['name']}" for a in authors) + " 报道"
        return f"（{credits}）"

    def byline(self, form: str, authors: list[dict]) -> str:
        names = " ".join(a["name"] for a in authors)
        if form == "slash":
            return f"文/{names}"
        if form == "photo_slash":
            return f"文/图 {names}"
        return " ".join(f"{a.get('role') or '本报记者'} {a['name']}" for a in authors)

    def subheading(self, heading: str, style: str) -> str:
        if style == "spaced":
            return letter_spaced(heading)
        if style == "centred":
            return "\u3000\u3000" + heading
        return heading

    def headline(self, article: dict, notes: dict) -> list[str]:
        title = article["title"]
        placements = ("before", "before", "after", "spaced")
        placements += ("two_lines",) if " " in title else ()
        placements += ("vertical",) if len(title.replace(" ", "")) <= VERTICAL_TITLE_MAX else ()
        notes["headline"] = self.pick("headline", placements)
        if notes["headline"] == "spaced":
            title_lines = [letter_spaced(title)]
        elif notes["headline"] == "two_lines":
            title_lines = title.split(" ", 1)
        elif notes["headline"] == "vertical":
            title_lines = read_down(title.replace(" ", ""), self.rng.choice((1, 2)))
        else:
            title_lines = [title]
        return [d for d in (article.get("kicker"), *title_lines, article.get("subtitle")) if d]

    def gold(
        self, article: dict, jump: str, dateline: str, authors: list[dict], byline_texts: list[str]
    ) -> dict:
        headlined = jump != "continued_from"
        return {
            "id": article["id"],
            "park": article.get("park", ""),
            "kicker": article.get("kicker", "") if headlined else "",
            "title": article["title"] if headlined else "",
            "subtitle": article.get("subtitle", "") if headlined else "",
            "dateline": dateline,
            "authors": [{"name": a["name"], "role": a.get("role", "")} for a in authors],
            "byline": " ".join(byline_texts),
            "topics": list(article.get("topics") or []),
            "summary": article.get("summary", ""),
        }


def read_back(lines: list[str], extractor: str, habits: list[str], rng: random.Random) -> str:
    """The printed lines as the extractor writes them."""
    out = []
    for line in lines:
        if "kangxi" in habits:
            line = "".join(KANGXI.get(ch, ch) if rng.random() < 0.5 else ch for ch in line)
        if "no_break_space" in habits:
            line = line.replace(" ", "\u00a0")
        if "trailing_spaces" in habits and rng.random() < 0.4:
            line += " " * rng.randint(1, 3)
        out.append(line)
    if extractor == "dense":
        return "\n".join(out) + "\n"
    separator = "\r\n" if extractor == "crlf" else "\n"
    return "".join(line + separator * (1 if ends_half_width(line) else 2) for line in out)


def ends_half_width(line: str) -> bool:
    """After a line ending in a digit or a Latin letter the extractor writes no blank line."""
    visible = line.rstrip()
    return bool(visible) and cell_width(visible[-1]) < 1


def lockup_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    locker = Locker(seed)
    rng = locker.rng
    chosen = rng.sample(articles, min(len(articles), rng.randint(2, 6)))
    jumps = ["none"] * len(chosen)
    if len(chosen) > 1 and len(chosen[0].get("body") or []) >= 2 and rng.random() < 0.3:
        jumps[0] = "continued_from"
    if len(chosen[-1].get("body") or []) >= 2 and rng.random() < 0.3:
        jumps[-1] = "continued_to"
    chases = [locker.lock_up(a, j) for a, j in zip(chosen, jumps)]
    gathered = jumps[0] == "none" and rng.random() < 0.2
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    date_line = f"2026年{month}月{day}日 星期{rng.choice(WEEKDAYS)}"
    header = [date_line, rng.choice(PAGE_NAMES), str(rng.randint(2, 8))]
    running_head = f"科技园区报·{header[1]}"
    extractor = rng.choice(EXTRACTORS)
    habits = sorted(h for h in EXTRACTOR_HABITS if rng.random() < 0.3)
    lines = list(header)
    furniture = list(header)
    if gathered:
        for chase in chases:
            chase.gold["lockup"]["headline"] = "gathered"
            lines += chase.headline
    for number, chase in enumerate(chases):
        if number and "running_head_mid_stream" in habits:
            lines.append(running_head)
            furniture.append(running_head)
        placement = chase.gold["lockup"]["headline"]
        if placement == "after":
            lines += chase.body + chase.headline
        elif placement == "gathered":
            lines += chase.body
        else:
            lines += chase.headline + chase.body
        furniture += chase.furniture
    notice = rng.choice(sorted(NOTICES))
    editor = rng.choice(EDITORS)
    foot = [line for line in (NOTICES[notice], editor) if line]
    lines += foot
    furniture += foot
    raw = read_back(lines, extractor, habits, rng)
    gold = {
        "notes": "Gold of a page locked up by the lock-up layouter. Body text keeps a bracketed "
        "本报讯 dateline at the head of the first paragraph; other dateline forms stand apart.",
        "furniture": furniture,
        "unassigned": [],
        "articles": [chase.gold for chase in chases],
        "lockup": {"extractor": extractor, "habits": habits, "notice": notice},
    }
    return raw, gold
