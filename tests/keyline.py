"""The keyline layouter: draws a park page's frames, places each story in its own column measure,
and writes the page back as a PDF extractor reads it, with a gold annotation of what a perfect
parse gives.

Every article is drawn with one value of each of its conventions (headline, byline, subheading,
caption, trailing author, jump); the page with one extractor habit and its furniture. The gold notes
them under `keyline:` so that a failing convention can be tallied.
"""

from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from tests.goldtext import lead_sentence

ZONES = Path(__file__).resolve().parent.parent / "data" / "hitech_zones.tsv"

# Kinsoku: a line never opens with a closing mark nor ends with an opening one
CLOSING = set("，。、；：？！）》」』”’…%・·")
OPENING = set("（《「『“‘")
HALF_WIDTH_RUN = re.compile(r"[0-9A-Za-z.+\-/%]+")
CJK_BESIDE_HALF = re.compile(r"(?<=[\u4e00-\u9fff])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])(?=[\u4e00-\u9fff])")

HEADLINES = ("plain", "split", "deck", "spaced", "vertical")
NEWS_BYLINES = ("dateline", "dated", "report_line", "end_paren")
FEATURE_BYLINES = ("line", "wen", "wentu", "end_paren")
HEADINGS = ("line", "bar")
CAPTIONS = ("above", "below")
TRAILERS = ("space", "paren")
JUMPS = ("none", "to_page", "from_page")
EXTRACTORS = ("documented", "cjk_digit_spaced", "fullwidth_ascii", "ideographic_indent", "stacked")
FULL_WIDTH = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F) if chr(c).isalnum()})
WEEKDAYS = "一二三四五六日"
EDITORS = ("阿依努尔", "朗杰", "包金花", "仡佬文", "盘小燕")


def park_cities() -> dict[str, str]:
    """Each park's city as a dateline names it (兰州, not 兰州市)."""
    with open(ZONES, encoding="utf-8") as f:
        return {
            row["official_name"]: row["city"].removesuffix("市") for row in csv.DictReader(f, delimiter="\t")
        }


CITIES = park_cities()


@dataclass
class Segment:
    """Lines printed together: a headline (its lines single-spaced) or body text."""

    style: str  # "head" | "text"
    lines: list[tuple[str, bool]]  # (line, whether it opens a paragraph)


@dataclass
class Story:
    segments: list[Segment] = field(default_factory=list)

    def head(self, *lines: str) -> None:
        self.segments.append(Segment("head", [(line, False) for line in lines]))

    def text(self, paragraph: str, width: int) -> None:
        lines = break_lines(paragraph, width)
        self.segments.append(Segment("text", [(line, i == 0) for i, line in enumerate(lines)]))


def tokens(text: str) -> list[str]:
    """Units a line may not split: a run of half-width characters, or one character."""
    out: list[str] = []
    position = 0
    for run in HALF_WIDTH_RUN.finditer(text):
        out += list(text[position : run.start()]) + [run.group()]
        position = run.end()
    return out + list(text[position:])


def break_lines(paragraph: str, width: int) -> list[str]:
    """The paragraph in lines of the measure, the first two shorter for its indent, with kinsoku:
    a closing mark hangs at the line's end, an opening mark moves down to the next line."""
    lines: list[str] = []
    current: list[str] = []
    used, room = 0.0, width - 2
    for token in tokens(paragraph):
        size = 1.0 if len(token) == 1 and not token.isascii() else len(token) / 2
        if current and used + size > room and token not in CLOSING:
            carried = [current.pop()] if current[-1] in OPENING and len(current) > 1 else []
            lines.append("".join(current).rstrip())
            current, used, room = carried, float(len(carried)), width
        if token == " " and not current:
            continue
        current.append(token)
        used += size
    return lines + (["".join(current)] if current else [])


def person(author: dict) -> str:
    return f"{author['role']} {author['name']}".strip()


def split_authors(article: dict) -> tuple[list[dict], list[dict]]:
    authors = article.get("authors") or []
    return [a for a in authors if not a.get("trailing")], [a for a in authors if a.get("trailing")]


def headline_lines(article: dict, style: str) -> tuple[list[str], str]:
    """The printed headline lines and the gold subtitle."""
    title = article["title"]
    subtitle = article.get("subtitle") or ""
    if style == "deck" and subtitle and not subtitle.startswith("——"):
        subtitle = "——" + subtitle
    if style == "split" and " " in title:
        title_lines = title.split(" ", 1)
    elif style == "spaced":
        title_lines = [" ".join(title.replace(" ", ""))]
    elif style == "vertical":
        chars = title.replace(" ", "")
        title_lines = [chars[i : i + 2] for i in range(0, len(chars), 2)]
    else:
        title_lines = [title]
    kicker = article.get("kicker") or ""
    return [line for line in [kicker, *title_lines, subtitle] if line], subtitle


def headline_style(rng: random.Random, article: dict) -> str:
    title = article["title"].replace(" ", "")
    usable = ["plain", "plain", "deck"] + (["split"] if " " in article["title"] else [])
    if len(title) <= 14:
        usable += ["spaced", "vertical"]
    return rng.choice(usable)


def byline_style(rng: random.Random, article: dict, front: list[dict], jump: str) -> str:
    """A byline form; one at the story's end only where the end is on this page."""
    if not front:
        return "none"
    forms = NEWS_BYLINES if article["kind"] == "news" else FEATURE_BYLINES
    if jump == "from_page":
        return "end_paren"
    if article["park"] not in CITIES:
        forms = tuple(form for form in forms if form != "dated")
    if not article.get("caption"):
        forms = tuple(form for form in forms if form != "wentu")
    return rng.choice([form for form in forms if jump == "none" or form != "end_paren"])


def byline_text(style: str, article: dict, front: list[dict], date: str) -> str:
    people = " ".join(person(a) for a in front)
    if style == "dateline":
        return f"本报讯（{people}）"
    if style == "dated":
        return f"本报{CITIES[article['park']]}{date}电（{people}）"
    if style == "report_line":
        return f"本报{people} 报道" if front[0]["role"] == "记者" else f"{people} 报道"
    if style == "end_paren":
        return f"（{people}）"
    if style == "wen":
        return "文/" + "　".join(person(a) for a in front)
    if style == "wentu":
        return "文/图 " + "　".join(person(a) for a in front)
    return "　".join(person(a) for a in front)


def printed_credit(caption: dict) -> str:
    return f"{caption['credit']} 供图"


def caption_line(caption: dict, style: str) -> str:
    """Above the photo the caption stands bare; below it, a triangle points up at the photo."""
    return ("▲" if style == "below" else "") + caption["text"] + "　" + printed_credit(caption)


def block_of(paragraph: str) -> dict:
    if paragraph.startswith("## "):
        return {"type": "heading", "text": paragraph[3:].strip()}
    return {"type": "paragraph", "text": paragraph}


def body_blocks(article: dict, rng: random.Random, tail: bool) -> tuple[list[dict], str]:
    """The blocks printed here: all, the first half of a story jumping on, or the second half of
    one continued from another page."""
    blocks = [block_of(p) for p in article["body"]]
    paragraphs = [i for i, b in enumerate(blocks) if b["type"] == "paragraph"]
    if tail:
        return blocks[paragraphs[len(paragraphs) // 2] :], "from_page"
    if len(paragraphs) >= 3 and rng.random() < 0.2:
        kept = blocks[: paragraphs[len(paragraphs) // 2]]
        while kept[-1]["type"] == "heading":
            kept.pop()
        return kept, "to_page"
    return blocks, "none"


def lay_article(rng: random.Random, article: dict, date: str, tail: bool = False) -> tuple[Story, dict]:
    """The article drawn in its measure, and its gold; a tail continued from another page opens
    with its jump line and has no headline."""
    width = rng.randint(14, 21)
    story = Story()
    notes: dict = {"measure": width}
    blocks, jump = body_blocks(article, rng, tail)
    notes["jump"] = jump
    style = "none" if tail else headline_style(rng, article)
    lines, subtitle = headline_lines(article, style) if not tail else ([], "")
    if tail:
        notes["jump_line"] = f"（上接第{rng.randint(1, 3)}版）"
        lines = [notes["jump_line"]]
    story.head(*lines)
    notes["headline"] = style
    front, trailing = split_authors(article)
    byline = byline_style(rng, article, front, jump)
    printed_byline = byline_text(byline, article, front, date) if front else ""
    notes["byline"] = byline
    if byline in ("report_line", "line", "wen", "wentu"):
        story.head(printed_byline)
    caption = article.get("caption")
    caption_style = rng.choice(CAPTIONS) if caption and not tail else "none"
    notes["caption"] = caption_style
    if caption_style == "above":
        story.head(caption_line(caption, caption_style))
    # a feature's lead is often set bold across a wider measure than its columns
    lead = "wide" if article["kind"] == "feature" and not tail and rng.random() < 0.5 else "column"
    notes["lead"] = lead
    heading_style = rng.choice(HEADINGS)
    notes["heading"] = heading_style if any(b["type"] == "heading" for b in blocks) else "none"
    trailer = rng.choice(TRAILERS) if trailing and jump != "to_page" else "none"
    notes["trailing"] = trailer
    last_paragraph = max(i for i, b in enumerate(blocks) if b["type"] == "paragraph")
    for i, block in enumerate(blocks):
        if block["type"] == "heading":
            story.head(("▍" if heading_style == "bar" else "") + block["text"])
            continue
        text = block["text"]
        if i == 0 and byline in ("dateline", "dated"):
            text = printed_byline + text
        if i == last_paragraph and jump != "to_page":
            text += end_of_story(byline, printed_byline, trailer, trailing)
        story.text(text, width + 6 if i == 0 and lead == "wide" else width)
    if jump == "to_page":
        notes["jump_line"] = f"（下转第{rng.randint(2, 8)}版）"
        story.head(notes["jump_line"])
    if caption_style == "below":
        story.head(caption_line(caption, caption_style))
    gold = {
        "id": article["id"],
        "park": article["park"],
        "kicker": "" if tail else article.get("kicker") or "",
        "title": "" if tail else article["title"],
        "subtitle": subtitle,
        "dateline": printed_byline if byline in ("dateline", "dated") else "",
        "authors": [a["name"] for a in front + (trailing if trailer != "none" else [])],
        "byline": printed_byline if byline not in ("dateline", "dated") else "",
        "blocks": blocks,
        "captions": [{"text": caption["text"], "credit": printed_credit(caption)}]
        if caption_style != "none"
        else [],
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary", ""),
        "lead_summary": lead_sentence(blocks),
        "keyline": notes,
    }
    return story, gold


def end_of_story(byline: str, printed_byline: str, trailer: str, trailing: list[dict]) -> str:
    """What follows the last sentence: a byline in brackets, trailing authors."""
    end = printed_byline if byline == "end_paren" else ""
    names = " ".join(a["name"] for a in trailing)
    if trailer == "space":
        end += " " + names
    elif trailer == "paren":
        end += f"（{names}）"
    return end


def write_segment(segment: Segment, extractor: str) -> str:
    """One segment as the extractor writes it."""
    blank_lined = extractor not in ("ideographic_indent", "stacked")
    if segment.style == "head":
        return "\n".join(line for line, _ in segment.lines) + ("\n\n" if blank_lined else "\n")
    if extractor in ("ideographic_indent", "stacked"):
        return "".join(("　　" if opens else "") + line + "\n" for line, opens in segment.lines)
    out = []
    for line, _ in segment.lines:
        if extractor == "cjk_digit_spaced":
            line = CJK_BESIDE_HALF.sub(" ", line)
        elif extractor == "fullwidth_ascii":
            line = line.translate(FULL_WIDTH)
        out.append(line + ("\n" if line[-1:].isascii() and line[-1:].isalnum() else "\n\n"))
    return "".join(out)


def write_page(stories: list[Story], furniture: dict, extractor: str) -> str:
    gap = "" if extractor == "stacked" else "\n"
    parts = [furniture["header"] + "\n" + gap]
    for number, story in enumerate(stories):
        if number == furniture["repeat_after"]:
            parts.append(furniture["running"] + "\n" + gap)
        after_segment = "" if extractor in ("documented", "cjk_digit_spaced") else gap
        parts += [write_segment(segment, extractor) + after_segment for segment in story.segments]
        parts.append(gap)
    parts.append("".join(line + "\n" + gap for line in closing_lines(furniture)))
    return re.sub(r"\n{3,}", "\n\n", "".join(parts))


def closing_lines(furniture: dict) -> list[str]:
    return [line for line in (furniture["source"], furniture["footer"]) if line]


def page_furniture(rng: random.Random, count: int) -> dict:
    """The page's header, its running header repeated mid-stream by some extractors, its footer,
    and a line crediting the zone that supplied the stories (or none)."""
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    page = rng.randint(2, 8)
    return {
        "header": f"2026年{month}月{day}日 星期{rng.choice(WEEKDAYS)}\n园区周刊\n第{page}版",
        "running": f"园区周刊 第{page}版",
        "footer": "责任编辑：{}　版式：{}".format(*rng.sample(EDITORS, 2)),
        "source": "本版稿件由各高新区管委会提供" if rng.random() < 0.3 else "",
        "repeat_after": rng.randint(1, count - 1) if count > 1 and rng.random() < 0.4 else -1,
    }


def keyline_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """A page of 2-6 of the articles and its gold."""
    rng = random.Random(seed)
    chosen = rng.sample(articles, min(len(articles), rng.randint(2, 6)))
    extractor = rng.choices(EXTRACTORS, weights=(5, 2, 1, 2, 1))[0]
    date = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    drawn = [lay_article(rng, article, date) for article in chosen]
    rest = [a for a in articles if a not in chosen and sum(not p.startswith("## ") for p in a["body"]) >= 2]
    if rest and rng.random() < 0.2:
        drawn.insert(0, lay_article(rng, rng.choice(rest), date, tail=True))
    furniture = page_furniture(rng, len(drawn))
    raw = write_page([story for story, _ in drawn], furniture, extractor)
    page_notes = {
        "extractor": extractor,
        "repeated_header": furniture["repeat_after"] >= 0,
        "source_line": bool(furniture["source"]),
    }
    printed = furniture["header"].split("\n") + closing_lines(furniture)
    printed += [furniture["running"]] if page_notes["repeated_header"] else []
    printed += [gold["keyline"]["jump_line"] for _, gold in drawn if "jump_line" in gold["keyline"]]
    return raw, {"articles": [gold for _, gold in drawn], "furniture": printed, "keyline": page_notes}
