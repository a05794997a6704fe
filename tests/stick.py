"""The twentieth layouter: a compositor sets each line in a composing stick, empties the stick
into the galley, and a PDF extractor reads the made-up page back.

`stick_page(seed, articles)` lays 2-6 corpus articles out on one page and returns the raw text
with its gold annotation. Each story gets its own measure (11-22 ems), and lines break with
kinsoku: closing punctuation hangs on the line it follows, opening punctuation never ends a line,
a run of digits or Latin letters is never split. Every drawn convention is noted under `stick:`
in the gold (per article, and for the page: the extractor and its habits).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from tests.goldtext import lead_sentence

ZONES = Path(__file__).resolve().parent.parent / "data" / "hitech_zones.tsv"

# Every value each convention can take, for the tests' tally
CONVENTIONS: dict[str, tuple[str, ...]] = {
    "headline": ("plain", "ruled", "byline_first"),
    "title_form": ("none", "one_line", "split_at_space", "spaced", "two_per_line"),
    "kicker": ("none", "plain", "bracketed"),
    "subtitle": ("none", "dash", "bare"),
    "dateline": ("none", "xunbao", "xunbao_paren", "city_dian", "report_line", "closing"),
    "byline": ("none", "row", "boxed", "wen", "signed_after"),
    "trailing": ("none", "same_line", "own_line"),
    "heading": ("none", "bare", "numbered", "spaced", "bracketed"),
    "caption": ("none", "above_title", "between", "below"),
    "caption_label": ("none", "tuwei"),
    "credit": ("none", "same_line", "she_own_line", "own_line_source", "own_line_photographer"),
    "indent": ("lost", "ideographic"),
    "jump": ("none", "to", "from"),
}
PAGE_CONVENTIONS: dict[str, tuple[str, ...]] = {
    "extractor": ("documented", "dense", "crlf"),
    "header_repeat": ("none", "between_stories", "between_lines"),
    "columns": ("single", "tabbed_pair"),
}
HABITS = ("half_punct", "fullwidth", "kangxi", "digit_space", "trailing_space")

CLOSING = set("，。、；：？！）》”’」』…")
OPENING = set("（《“‘「『")
HALF_PUNCT = str.maketrans({"，": ",", "；": ";", "：": ":", "？": "?", "！": "!", "（": "(", "）": ")"})
NUMERALS = "一二三四五六七八九十"
WEEKDAYS = "一二三四五六日"
EDITORS = ("岑嘉禾", "邝雨桐", "阿不都热合曼", "尕藏卓玛", "仡丽君")
RULE = "━" * 12


def kangxi_lookalikes() -> dict[str, str]:
    """Ordinary ideograph -> the Kangxi radical a PDF font maps it to (NFKC undoes it)."""
    return {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0x2F00, 0x2FD6)}


KANGXI = kangxi_lookalikes()


def park_cities() -> dict[str, str]:
    rows = [line.split("\t") for line in ZONES.read_text(encoding="utf-8").splitlines()[1:]]
    return {row[0]: row[4].removesuffix("市") for row in rows if len(row) > 4}


CITIES = park_cities()


@dataclass
class Line:
    text: str
    joined: bool = False  # the next printed line follows with a single newline (headline lines)


@dataclass
class Story:
    golds: list[dict]  # one article, or two when two stories sit side by side
    lines: list[Line] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)


def jumps(story: Story) -> bool:
    return any(gold["stick"]["jump"] != "none" for gold in story.golds)


def merged_across(left: Story, right: Story) -> Story:
    """Two stories set in neighbouring columns, read across by the extractor: each raw line holds
    the left column's line and the right one's, parted by a tab."""
    lines = []
    for k in range(max(len(left.lines), len(right.lines))):
        pieces = [side.lines[k] if k < len(side.lines) else Line("") for side in (left, right)]
        text = pieces[0].text + ("\t" + pieces[1].text if pieces[1].text else "")
        lines.append(Line(text, joined=pieces[0].joined and pieces[1].joined))
    return Story(left.golds + right.golds, lines, left.furniture + right.furniture)


def width(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2000 else 1.0


def ems(text: str) -> float:
    return sum(width(c) for c in text)


def tokens(text: str) -> list[str]:
    """Characters, with each run of half-width characters (99.2%, 5G, AI) kept whole."""
    out: list[str] = []
    for ch in text:
        if out and half_width_mark(ch) and half_width_mark(out[-1][-1]):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def half_width_mark(ch: str) -> bool:
    return ch.isascii() and not ch.isspace()


def set_lines(text: str, measure: int, first: int) -> list[str]:
    """Break text into lines of `measure` ems (the first `first` ems), with kinsoku."""
    lines: list[str] = []
    line, room = "", first
    for token in tokens(text):
        size = sum(width(c) for c in token)
        if line and size > room and not (token in CLOSING and room > -1):
            carry = ""
            if line[-1] in OPENING:
                line, carry = line[:-1], line[-1]
            lines.append(line)
            line, room = carry, measure - sum(width(c) for c in carry)
        if token == " " and not line:  # a space the break falls on is not set
            continue
        line += token
        room -= size
    if line:
        lines.append(line)
    return lines


def spaced(text: str) -> str:
    return " ".join(text.replace(" ", ""))


def role_names(authors: list[dict]) -> str:
    return " ".join(f"{a['role']} {a['name']}".strip() for a in authors)


def headline_lines(article: dict, rng: random.Random, conv: dict) -> tuple[list[Line], dict]:
    """The kicker, title and subtitle as printed, and their gold fields."""
    gold = {"kicker": "", "title": article.get("title", ""), "subtitle": ""}
    lines: list[Line] = []
    kicker = article.get("kicker") or ""
    conv["kicker"] = (
        "none" if not kicker else ("plain" if kicker.endswith("：") else rng.choice(["plain", "bracketed"]))
    )
    if kicker:
        gold["kicker"] = f"【{kicker}】" if conv["kicker"] == "bracketed" else kicker
        lines.append(Line(gold["kicker"], joined=True))
    title = gold["title"]
    forms = (
        ["one_line", "spaced"]
        + (["split_at_space"] * 2 if " " in title else [])
        + (["two_per_line"] if len(title) <= 10 else [])
    )
    conv["title_form"] = rng.choice(forms)
    if conv["title_form"] == "split_at_space":
        lines += [Line(part, joined=True) for part in title.split(" ", 1)]
    elif conv["title_form"] == "spaced":
        lines.append(Line(spaced(title), joined=True))
    elif conv["title_form"] == "two_per_line":
        bare = title.replace(" ", "")
        lines += [Line(bare[i : i + 2], joined=True) for i in range(0, len(bare), 2)]
    else:
        lines.append(Line(title, joined=True))
    subtitle = article.get("subtitle") or ""
    conv["subtitle"] = rng.choice(["dash", "bare"]) if subtitle else "none"
    if subtitle:
        gold["subtitle"] = subtitle
        if conv["subtitle"] == "bare":  # set tight under the title, it may be read as the title's second line
            gold["title_alternatives"] = [gold["title"] + subtitle]
        lines.append(Line(("——" if conv["subtitle"] == "dash" else "") + subtitle, joined=True))
    lines[-1].joined = False
    return lines, gold


def dateline_text(article: dict, rng: random.Random, conv: dict, named: list[dict]) -> str:
    if article.get("kind") != "news":
        conv["dateline"] = "none"
        return ""
    if not named:
        conv["dateline"] = rng.choice(["none", "xunbao"])
        return "本报讯" if conv["dateline"] == "xunbao" else ""
    # a credit closing the story goes with its tail, so never on a story jumped to another page
    closing = ["closing"] if conv["jump"] != "to" else []
    conv["dateline"] = rng.choice(["xunbao_paren", "xunbao_paren", "city_dian", "report_line", *closing])
    credits = role_names(named)
    if conv["dateline"] == "city_dian":
        city = CITIES.get(article.get("park", ""), "")
        return f"本报{city}{rng.randint(1, 12)}月{rng.randint(1, 28)}日电（{credits}）"
    if conv["dateline"] == "report_line":
        return f"本报{'' if named[0]['role'] else '讯 '}{credits} 报道"
    if conv["dateline"] == "closing":
        return f"（{credits}）"
    return f"本报讯（{credits}）"


def byline_text(article: dict, rng: random.Random, conv: dict, named: list[dict]) -> str:
    if article.get("kind") == "news" or not named:
        conv["byline"] = "none"
        return ""
    signed = ["signed_after"] if conv["jump"] != "to" else []
    conv["byline"] = rng.choice(["row", "row", "boxed", "wen", *signed])
    if conv["byline"] == "wen":
        return "文/" + " ".join(a["name"] for a in named)
    if conv["byline"] == "boxed":
        return "■" + role_names(named)
    if conv["byline"] == "signed_after":
        return f"（{role_names(named)}）"
    return role_names(named)


def heading_text(text: str, number: int, form: str) -> str:
    if form == "numbered":
        return f"{NUMERALS[number % 10]}、{text}"
    if form == "bracketed":
        return f"【{text}】"
    return text


def caption_lines(
    article: dict, rng: random.Random, conv: dict, measure: int
) -> tuple[list[Line], dict | None]:
    caption = article.get("caption")
    if not caption:
        conv["caption"] = conv["credit"] = conv["caption_label"] = "none"
        return [], None
    text, credit = caption.get("text") or "", caption.get("credit") or ""
    conv["caption_label"] = rng.choice(["none", "tuwei"]) if text and not text.startswith("图") else "none"
    if conv["caption_label"] == "tuwei":
        text = f"图为{text}"  # the caption as printed under the photo, label and all
    conv["credit"] = (
        rng.choice(["same_line", "own_line_source", "own_line_photographer"]) if credit else "none"
    )
    printed = {
        "same_line": f"{credit} 摄",
        "own_line_source": f"图片来源：{credit}",
        "own_line_photographer": f"摄影：{credit}",
    }.get(conv["credit"], "")
    lines = set_lines(text, measure, measure)
    if conv["credit"] == "same_line" and (not lines or ems(f"{lines[-1]} {printed}") > measure):
        conv["credit"] = "she_own_line"  # "X 摄" is never broken, so it takes a line of its own
    if conv["credit"] == "same_line" and lines:
        lines[-1] += f" {printed}"
    elif printed:
        lines.append(printed)
    return [Line(s) for s in lines], {"text": text, "credit": printed}


def body_blocks(article: dict, rng: random.Random, conv: dict) -> list[dict]:
    body = [str(p) for p in article.get("body") or []]
    has_heads = any(p.startswith("## ") for p in body)
    conv["heading"] = rng.choice(["bare", "numbered", "spaced", "bracketed"]) if has_heads else "none"
    blocks, number = [], 0
    for p in body:
        if p.startswith("## "):
            blocks.append({"type": "heading", "text": heading_text(p[3:].strip(), number, conv["heading"])})
            number += 1
        elif p.strip():
            blocks.append({"type": "paragraph", "text": p.strip()})
    return blocks


def jumped(blocks: list[dict], rng: random.Random, conv: dict, allowed: set[str]) -> tuple[list[dict], str]:
    """The blocks printed on this page, and the jump line: a story continued to another page
    keeps its head, one continued from another page opens the page with its tail."""
    paragraphs = [k for k, b in enumerate(blocks) if b["type"] == "paragraph"]
    choices = ["none"] * 3 + [j for j in ("to", "from") if j in allowed and len(paragraphs) >= 2]
    conv["jump"] = rng.choice(choices)
    if conv["jump"] == "none":
        return blocks, ""
    cut = paragraphs[rng.randint(1, len(paragraphs) - 1)]
    if blocks[cut - 1]["type"] == "heading":  # a subheading goes with the paragraph it heads
        cut -= 1
    page = rng.randint(2, 8)
    if conv["jump"] == "to":
        return blocks[:cut], f"（下转第{page}版）"
    return blocks[cut:], f"（上接第{page}版）"


def set_story(article: dict, rng: random.Random, jumps: set[str]) -> Story:
    """One story: its printed lines in reading order, and its gold article."""
    conv: dict = {"measure": rng.randint(11, 22)}
    measure = conv["measure"]
    authors = [a for a in article.get("authors") or [] if isinstance(a, dict) and a.get("name")]
    named = [a for a in authors if not a.get("trailing")]
    trailing = [a["name"] for a in authors if a.get("trailing")]
    blocks, jump_line = jumped(body_blocks(article, rng, conv), rng, conv, jumps)
    conv["indent"] = rng.choice(["lost", "lost", "ideographic"])
    opening, closing = conv["jump"] != "from", conv["jump"] != "to"
    heads, gold = (
        headline_lines(article, rng, conv) if opening else ([], {"kicker": "", "title": "", "subtitle": ""})
    )
    dateline = dateline_text(article, rng, conv, named) if opening else ""
    byline = byline_text(article, rng, conv, named) if opening else ""
    if not opening:
        conv.update(kicker="none", title_form="none", subtitle="none", dateline="none", byline="none")
    caption, caption_gold = caption_lines(article, rng, conv, measure)
    conv["caption"] = rng.choice(["above_title", "between", "below"]) if caption else "none"
    conv["trailing"] = rng.choice(["same_line", "own_line"]) if trailing and closing else "none"
    conv["headline"] = rng.choice(
        ["plain", "ruled"] + (["byline_first"] if byline and conv["byline"] != "signed_after" else [])
    )
    if not opening:
        conv["headline"] = "plain"

    story = Story(golds=[])
    if jump_line and not opening:
        story.furniture.append(jump_line)
        story.lines.append(Line(jump_line))
    if conv["caption"] == "above_title":
        story.lines += caption
    if conv["headline"] == "byline_first":
        story.lines.append(Line(byline))
    if conv["headline"] == "ruled" and heads:
        story.furniture += [RULE, RULE]
        heads = [Line(RULE), *heads, Line(RULE)]
    story.lines += heads
    if byline and conv["byline"] in ("row", "boxed", "wen") and conv["headline"] != "byline_first":
        story.lines.append(Line(byline))
    if conv["dateline"] == "report_line":
        story.lines.append(Line(dateline))
    story.lines += body_lines(blocks, measure, conv, dateline, caption, trailing)
    if byline and conv["byline"] == "signed_after":
        story.lines.append(Line(byline))
    if conv["caption"] == "below":
        story.lines += caption
    if jump_line and opening:
        story.furniture.append(jump_line)
        story.lines.append(Line(jump_line))
    story.golds = [
        {
            "id": article.get("id", ""),
            "park": article.get("park", ""),
            **gold,
            "dateline": dateline,
            "authors": ([a["name"] for a in named] if opening else []) + (trailing if closing else []),
            "byline": " ".join(
                filter(None, [byline, " ".join(trailing) if conv["trailing"] != "none" else ""])
            ),
            "blocks": blocks,
            "captions": [caption_gold] if caption_gold else [],
            "topics": list(article.get("topics") or []),
            "summary": article.get("summary", ""),
            "lead_summary": lead_sentence(blocks),
            "stick": conv,
        }
    ]
    return story


def body_lines(
    blocks: list[dict], measure: int, conv: dict, dateline: str, caption: list[Line], trailing: list[str]
) -> list[Line]:
    lines: list[Line] = []
    paragraphs = [k for k, b in enumerate(blocks) if b["type"] == "paragraph"]
    between = (
        paragraphs[len(paragraphs) // 2] if conv["caption"] == "between" and len(paragraphs) > 1 else None
    )
    if conv["caption"] == "between" and between is None:
        lines += caption
    for k, block in enumerate(blocks):
        if k == between:
            lines += caption
        text = block["text"]
        if block["type"] == "heading":
            lines.append(Line(spaced(text) if conv["heading"] == "spaced" else text))
            continue
        if k == 0 and dateline and conv["dateline"] not in ("report_line", "closing"):
            text = f"{dateline} {text}"
        if k == paragraphs[-1]:
            if conv["dateline"] == "closing":
                text += dateline
            if conv["trailing"] == "same_line":
                text += " " + " ".join(trailing)
        indent = "　　" if conv["indent"] == "ideographic" else ""
        set_ = set_lines(indent + text, measure, measure if indent else measure - 2)
        lines += [Line(s) for s in set_]
    if conv["trailing"] == "own_line":
        lines.append(Line(" ".join(trailing)))
    return lines


def page_furniture(rng: random.Random) -> list[str]:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return [
        f"2026年{month}月{day}日 星期{rng.choice(WEEKDAYS)}",
        f"园区 第{rng.randint(2, 12)}版",
        f"责任编辑：{rng.choice(EDITORS)}",
    ]


def with_habits(line: str, habits: list[str], rng: random.Random) -> str:
    if "half_punct" in habits:
        line = line.translate(HALF_PUNCT)
    if "fullwidth" in habits:
        line = "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in line)
    if "kangxi" in habits:
        line = "".join(KANGXI.get(c, c) if rng.random() < 0.5 else c for c in line)
    if "digit_space" in habits:
        line = spaced_digits(line)
    if "trailing_space" in habits and rng.random() < 0.3:
        line += " "
    return line


def spaced_digits(line: str) -> str:
    """A space between a run of digits and an ideograph on either side, as extractors insert."""
    out = ""
    for k, ch in enumerate(line):
        if k and (ch.isdigit() != line[k - 1].isdigit()) and not ch.isspace() and not line[k - 1].isspace():
            other = line[k - 1] if ch.isdigit() else ch
            if unicodedata.category(other) == "Lo":
                out += " "
        out += ch
    return out


def extracted(lines: list[Line], extractor: str) -> str:
    """The page as the extractor writes it: documented pages leave a blank line after each
    printed line except after a half-width end or inside a headline; CRLF pages likewise."""
    newline = "\r\n" if extractor == "crlf" else "\n"
    out = []
    for line in lines:
        tight = (
            extractor == "dense"
            or line.joined
            or (line.text and ord(line.text.rstrip()[-1:] or "a") < 0x2000)
        )
        out.append(line.text + (newline if tight else newline * 2))
    return "".join(out)


def stick_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """A page of 2-6 stories from `articles`: its raw text and gold annotation."""
    rng = random.Random(seed)
    chosen = rng.sample(articles, min(len(articles), rng.randint(2, 6)))
    furniture = page_furniture(rng)
    stories = [
        set_story(a, rng, {"from"} if k == 0 else {"to"} if k == len(chosen) - 1 else set())
        for k, a in enumerate(chosen)
    ]
    page_conv = {
        "extractor": rng.choice(["documented"] * 3 + ["dense", "crlf"]),
        "habits": sorted(rng.sample(HABITS, rng.randint(0, 2))),
        "header_repeat": rng.choice(["none", "none", "between_stories", "between_lines"]),
        "columns": rng.choice(["single", "single", "single", "tabbed_pair"]),
    }
    pairs = [k for k in range(len(stories) - 1) if not jumps(stories[k]) and not jumps(stories[k + 1])]
    if page_conv["columns"] == "tabbed_pair" and pairs:
        page_conv["header_repeat"] = "none"
        k = rng.choice(pairs)
        stories[k : k + 2] = [merged_across(stories[k], stories[k + 1])]
    else:
        page_conv["columns"] = "single"
    lines = [Line(text) for text in furniture]
    repeated = furniture[0]
    for k, story in enumerate(stories):
        if page_conv["header_repeat"] == "between_stories" and k == len(stories) // 2 and k:
            lines.append(Line(repeated))
            furniture.append(repeated)
        story_lines = story.lines
        if page_conv["header_repeat"] == "between_lines" and k == len(stories) // 2 and len(story_lines) > 4:
            cut = len(story_lines) // 2
            story_lines = [*story_lines[:cut], Line(repeated), *story_lines[cut:]]
            furniture.append(repeated)
        lines += story_lines
        furniture += story.furniture
    if page_conv["header_repeat"] == "between_lines" and repeated not in furniture[1:]:
        page_conv["header_repeat"] = "none"
    raw = extracted(
        [Line(with_habits(line.text, page_conv["habits"], rng), line.joined) for line in lines],
        page_conv["extractor"],
    )
    gold = {
        "notes": "Laid out by tests/stick.py: the gold holds what a perfect parse of the page gives.",
        "furniture": furniture,
        "articles": [gold for story in stories for gold in story.golds],
        "stick": page_conv,
    }
    return raw, gold
