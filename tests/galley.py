"""The galley layouter: articles pulled as galleys, made up into a page, and read back by a PDF
extractor, with the gold annotation a perfect parse of the page would give.

    raw, gold = galley_page(seed, articles)

Each article's galley is set to its own column measure with kinsoku line breaking (no line starts
with closing punctuation, none ends with an opening one, half-width runs stay whole except after a
range dash). The make-up places its headline (before or after the body, inside the first column,
or gathered with the page's other headlines; short items under a banner of briefs), its credits
(datelines of several forms, bylines under the headline, at the top of the column or closing the
text, trailing names), captions (alone or as a photo strip read as one line), subheadings with
their ornaments, a pull quote repeating a sentence, a sidebar box, and jump lines for articles
continued to or from another page.
The page carries furniture (date line, page name, editor lines) at its top, its bottom, between
articles or inside an article's text. Then an extractor reads it back in one of several habits:
the documented one (a blank line after each line but one ending half-width, indents dropped),
dense lines, kept full-width indents, paragraphs reflowed into one line, lines split at a column
gap; with or without spaces around half-width runs, letter-spaced lines and full-width spaces.

Every convention drawn is noted in the gold: page-wide under `galley:`, per article under the
article's `galley:`. The gold's text fields hold what a perfect parse gives: ornaments, labels
(摄, 供图, 图片来源：), jump lines and furniture are not article text; a dateline is kept apart
from the first paragraph.
"""

from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tests.goldtext import lead_sentence

ZONES = Path(__file__).resolve().parent.parent / "data" / "hitech_zones.tsv"

# Every value each convention can take, page-wide and per article
PAGE_CONVENTIONS: dict[str, tuple[str, ...]] = {
    "extractor": ("documented", "dense", "indent-kept", "reflowed", "gap-split"),
    "numbers": ("tight", "spaced"),
    "justified": ("none", "letter-spaced"),
    "spaces": ("ascii", "ideographic"),
    "furniture": ("top", "split", "bottom", "between", "inside"),
    "headlines": ("inline", "gathered"),
    "briefs": ("none", "banner"),
}
ARTICLE_CONVENTIONS: dict[str, tuple[str, ...]] = {
    "headline": ("before", "after", "inside", "gathered", "brief"),
    "title_break": ("one", "two", "spanning"),
    "title_spacing": ("none", "spaced"),
    "kicker": ("none", "line", "bracketed"),
    "subtitle": ("none", "dash", "plain"),
    "dateline": ("none", "benbao-xun", "bare-xun", "benbao-dian", "date-xun", "wire-dian"),
    "byline": ("none", "roles", "slash", "square", "closing"),
    "byline_place": ("none", "under-headline", "column-top", "end"),
    "trailing": ("none", "space", "paren", "own-line"),
    "captions": ("none", "credit-paren", "source-label", "supplied", "slash", "strip"),
    "caption_place": ("none", "after-headline", "mid-body", "after-body"),
    "subheads": ("none", "plain", "square", "bracket", "diamond"),
    "sidebar": ("none", "bracket", "square"),
    "pull_quote": ("none", "plain", "quoted"),
    "jump": ("none", "to", "from"),
}
# Kinds whose credits open the text as a dateline; the others carry a byline
DATED_KINDS = {"news", "short", "photo", "measures"}
NO_LINE_START = "，。、；：？！”’）》」』】…—%"
NO_LINE_END = "“‘（《「『【"
HEADING_ORNAMENTS = {"plain": ("", ""), "square": ("■", ""), "bracket": ("【", "】"), "diamond": ("◆", "")}
WEEKDAYS = "一二三四五六日"
EDITORS = ("黎晓", "阚文", "包丽娟", "热依拉", "次仁", "查干", "钮彤", "虞然")


@dataclass
class Line:
    """One line as the extractor meets it."""

    text: str
    body: bool = False  # a line of a paragraph: the extractor may indent, join or split it
    para_start: bool = False  # first line of a paragraph (its indent was lost in extraction)
    tight: bool = False  # the next line belongs to the same headline: one newline between
    piece_end: bool = False  # last line of a block of lines (headline, column, caption)
    joins_next: bool = False  # the paragraph goes on in the next line


@cache
def city_of(park: str) -> str:
    with open(ZONES, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["official_name"] == park:
                return row["city"].removesuffix("市")
    return ""


def width_of(text: str) -> float:
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in text)


def tokens(text: str) -> list[str]:
    """Characters, with runs of half-width characters kept whole; a range dash ends its run, so
    a range may break after the dash ("1100万-" / "1500")."""
    out: list[str] = []
    for ch in text:
        if ord(ch) < 128 and ch != " " and out and ord(out[-1][-1]) < 128 and out[-1][-1] not in " -":
            out[-1] += ch
        else:
            out.append(ch)
    return out


def break_lines(text: str, width: int, first_width: int) -> list[str]:
    """Greedy kinsoku breaking: closing punctuation hangs on the line before, opening punctuation
    moves to the line after."""
    lines: list[str] = []
    line = ""
    limit = first_width
    for token in tokens(text):
        if line and width_of(line + token) > limit and token[0] not in NO_LINE_START:
            carried = ""
            while line and line[-1] in NO_LINE_END:
                line, carried = line[:-1], line[-1] + carried
            lines.append(line.rstrip())
            line, limit = carried + token.lstrip(), width
        else:
            line += token
    if line.strip():
        lines.append(line.rstrip())
    return [one for one in lines if one]


def text_lines(text: str, width: int, indent: bool, body: bool = True) -> list[Line]:
    """A paragraph (or caption) set to the measure; its first line is two characters shorter."""
    parts = break_lines(text, width, width - 2 if indent else width)
    lines = [
        Line(part, body=body, para_start=indent and k == 0, joins_next=body) for k, part in enumerate(parts)
    ]
    lines[-1].joins_next = False
    return lines


def headline_lines(text: str, width: int, spaced: bool, tight: bool = True) -> list[Line]:
    """A headline line or two: a long one breaks at its space or near its middle."""
    parts = [text]
    if width_of(text) > width:
        if " " in text:
            parts = text.split(" ", 1)
        else:
            middle = len(text) // 2
            parts = [text[:middle], text[middle:]]
    if spaced:
        parts = [" ".join(part.replace(" ", "")) for part in parts]
    lines = [Line(part, tight=tight) for part in parts]
    lines[-1].tight = False
    lines[-1].piece_end = True
    return lines


def ends_piece(lines: list[Line]) -> list[Line]:
    if lines:
        lines[-1].piece_end = True
        lines[-1].tight = False
    return lines


@dataclass
class Credits:
    dateline: str
    byline: str
    byline_place: str
    trailing: str  # printed after the last sentence
    trailing_form: str
    names: list[str]  # every name printed, in order


def role_groups(authors: list[dict]) -> str:
    """ "记者 A B 通讯员 C": names under their roles, a role named once for a run of names."""
    out: list[str] = []
    role = None
    for author in authors:
        if author.get("role", "") != role:
            role = author.get("role", "")
            out.append(f"{role} {author['name']}" if role else author["name"])
        else:
            out[-1] += f" {author['name']}"
    return " ".join(out)


def draw_credits(rng: random.Random, article: dict, jump: str) -> tuple[Credits, dict]:
    authors = article.get("authors") or []
    trailing = [a for a in authors if a.get("trailing")]
    named = [a for a in authors if not a.get("trailing")]
    drawn = {"dateline": "none", "byline": "none", "byline_place": "none", "trailing": "none"}
    dateline = byline = ""
    place = "none"
    if article.get("kind", "news") in DATED_KINDS:
        drawn["dateline"] = rng.choice(ARTICLE_CONVENTIONS["dateline"][1:] + ("none",))
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        city = city_of(article["park"]) or "北京"
        roles = f"（{role_groups(named)}）" if named else ""
        dateline = {
            "none": "",
            "benbao-xun": f"本报讯{roles}",
            "bare-xun": "本报讯",
            "benbao-dian": f"本报{city}{month}月{day}日电{roles}",
            "date-xun": f"本报{month}月{day}日讯{roles}",
            "wire-dian": f"新华社{city}{month}月{day}日电{roles}",
        }[drawn["dateline"]]
        if drawn["dateline"] == "bare-xun":
            trailing, named = authors, []
        elif drawn["dateline"] == "none" and named:
            byline, place = role_groups(named), "under-headline"
            drawn["byline"], drawn["byline_place"] = "roles", place
            named = []
    elif named:
        form = rng.choice(ARTICLE_CONVENTIONS["byline"][1:])
        names = " ".join(a["name"] for a in named)
        byline = {
            "roles": role_groups(named),
            "slash": f"文/{names}",
            "square": f"■ {role_groups(named)}",
            "closing": f"（{role_groups(named)}）",
        }[form]
        place = "end" if form == "closing" else rng.choice(("under-headline", "column-top"))
        drawn["byline"], drawn["byline_place"] = form, place
    if trailing:
        drawn["trailing"] = rng.choice(ARTICLE_CONVENTIONS["trailing"][1:])
    trailing_text = " ".join(a["name"] for a in trailing)
    if drawn["trailing"] == "paren":
        trailing_text = f"（{trailing_text}）"
    # A continued article prints its opening credits on one page and its closing ones on the other
    opening = [a["name"] for a in named] if dateline and named else []
    heading_names = [a["name"] for a in authors if a not in trailing] if byline else []
    if jump == "from":
        dateline, opening, drawn["dateline"] = "", [], "none"
        if place != "end":
            byline, heading_names = "", []
            drawn["byline"], drawn["byline_place"] = "none", "none"
    if jump == "to":
        trailing_text, trailing, drawn["trailing"] = "", [], "none"
        if place == "end":
            byline, heading_names = "", []
            drawn["byline"], drawn["byline_place"] = "none", "none"
    names = opening + heading_names + [a["name"] for a in trailing]
    credits = Credits(dateline, byline, place if byline else "none", trailing_text, drawn["trailing"], names)
    return credits, drawn


def gold_blocks(article: dict) -> list[dict]:
    blocks = [{"type": "paragraph", "text": article["editor_note"]}] if article.get("editor_note") else []
    for text in article["body"]:
        if text.startswith("## "):
            blocks.append({"type": "heading", "text": text[3:]})
        else:
            blocks.append({"type": "paragraph", "text": text})
    return blocks


def cut_for_jump(rng: random.Random, blocks: list[dict], jump: str) -> tuple[list[dict], bool]:
    """The part of the text this page prints: up to a cut (下转) or from it (上接). The cut falls
    inside a paragraph; returns the blocks and whether the first one goes on from another page."""
    if jump == "none":
        return blocks, False
    total = sum(len(b["text"]) for b in blocks)
    target = int(total * rng.uniform(0.35, 0.65))
    seen = 0
    for index, block in enumerate(blocks):
        if block["type"] == "paragraph" and seen + len(block["text"]) > target and len(block["text"]) > 8:
            offset = min(max(4, target - seen), len(block["text"]) - 4)
            while offset < len(block["text"]) - 1 and block["text"][offset] in NO_LINE_START:
                offset += 1  # the cut falls between lines, and no line starts with a closing mark
            head = dict(block, text=block["text"][:offset])
            tail = dict(block, text=block["text"][offset:])
            if jump == "to":
                return blocks[:index] + [head], False
            return [tail] + blocks[index + 1 :], True
        seen += len(block["text"])
    return blocks, False


def caption_text(form: str, caption: dict) -> str:
    text, credit = caption.get("text", ""), caption.get("credit", "")
    labelled = {
        "credit-paren": f"（{credit} 摄）",
        "source-label": f"图片来源：{credit}",
        "supplied": f"{credit}供图",
        "slash": f"图/{credit}",
        "strip": f"（{credit} 摄）",
    }[form]
    return f"{text} {labelled}".strip() if credit else text


def caption_lines(form: str, captions: list[dict], width: int) -> list[Line]:
    """Captions under their photos; a strip of photos side by side is read as one line."""
    if form == "strip":
        return [Line("   ".join(caption_text(form, c) for c in captions), piece_end=True)]
    lines: list[Line] = []
    for caption in captions:
        lines += ends_piece(text_lines(caption_text(form, caption), width + 2, indent=False, body=False))
    return lines


@dataclass
class Made:
    """An article made up: its headline lines, the rest in reading order, its gold."""

    head: list[Line]
    column: list[Line]
    gold: dict


def headline(rng: random.Random, article: dict, width: int, drawn: dict) -> list[Line]:
    title = article["title"]
    drawn["title_break"] = rng.choice(ARTICLE_CONVENTIONS["title_break"])
    drawn["title_spacing"] = "spaced" if len(title) <= 12 and rng.random() < 0.3 else "none"
    spaced = drawn["title_spacing"] == "spaced"
    if drawn["title_break"] == "spanning":
        # a headline across two columns, read back column by column as separate lines
        middle = rng.randint(len(title) // 3, 2 * len(title) // 3)
        parts = [title[:middle], title[middle:]]
        lines = [ln for part in parts for ln in headline_lines(part.strip(), 99, spaced, tight=False)]
    else:
        lines = headline_lines(title, 99 if drawn["title_break"] == "one" else width, spaced)
    kicker, subtitle = article.get("kicker", ""), article.get("subtitle", "")
    drawn["kicker"] = rng.choice(ARTICLE_CONVENTIONS["kicker"][1:]) if kicker else "none"
    drawn["subtitle"] = rng.choice(ARTICLE_CONVENTIONS["subtitle"][1:]) if subtitle else "none"
    if kicker:
        shown = f"【{kicker}】" if drawn["kicker"] == "bracketed" else kicker
        lines = [Line(shown, piece_end=True)] + lines
    if subtitle:
        lines += [Line(f"——{subtitle}" if drawn["subtitle"] == "dash" else subtitle, piece_end=True)]
    return lines


def body_lines(
    rng: random.Random, blocks: list[dict], width: int, continued: bool, credits: Credits
) -> tuple[list[Line], str]:
    ornament_form = rng.choice(ARTICLE_CONVENTIONS["subheads"][1:])
    lines: list[Line] = []
    for index, block in enumerate(blocks):
        if block["type"] == "heading":
            before, after = HEADING_ORNAMENTS[ornament_form]
            lines += headline_lines(f"{before}{block['text']}{after}", width - 2, spaced=False)
            continue
        text = block["text"]
        if index == 0 and credits.dateline:
            text = f"{credits.dateline}{text}"
        lines += text_lines(text, width, indent=not (index == 0 and continued))
    has_heads = any(b["type"] == "heading" for b in blocks)
    return ends_piece(lines), ornament_form if has_heads else "none"


def add_trailing(lines: list[Line], credits: Credits, width: int) -> None:
    if not credits.trailing:
        return
    last = lines[-1]
    if credits.trailing_form != "own-line" and width_of(last.text + credits.trailing) + 1 <= width:
        last.text += (" " if credits.trailing_form == "space" else "") + credits.trailing
    else:
        last.joins_next = False
        lines.append(Line(credits.trailing, piece_end=True))


def make_article(rng: random.Random, article: dict, allow_jump: bool) -> Made:
    width = rng.randint(13, 22)
    blocks = gold_blocks(article)
    paragraphs = sum(b["type"] == "paragraph" for b in blocks)
    jump = "none"
    if allow_jump and paragraphs >= 2 and sum(len(b["text"]) for b in blocks) > 350:
        jump = rng.choices(("none", "to", "from"), weights=(6, 1, 1))[0]
    credits, drawn = draw_credits(rng, article, jump)
    printed, continued = cut_for_jump(rng, blocks, jump)
    drawn = {"measure": width, "jump": jump} | drawn
    head = headline(rng, article, width, drawn)
    if credits.byline and credits.byline_place == "under-headline":
        head += [Line(credits.byline, piece_end=True)]
    column, drawn["subheads"] = body_lines(rng, printed, width, continued, credits)
    drawn["pull_quote"] = add_pull_quote(rng, column, printed, width)
    if credits.byline and credits.byline_place == "column-top":
        column = [Line(credits.byline, piece_end=True)] + column
    add_trailing(column, credits, width)
    if credits.byline and credits.byline_place == "end":
        column += [Line(credits.byline, piece_end=True)]
    sidebar = article.get("sidebar")
    drawn["sidebar"] = rng.choice(ARTICLE_CONVENTIONS["sidebar"][1:]) if sidebar and jump != "to" else "none"
    if drawn["sidebar"] != "none":
        label = f"【{sidebar['label']}】" if drawn["sidebar"] == "bracket" else f"■{sidebar['label']}"
        column += [Line(label, piece_end=True)]
        for text in sidebar["body"]:
            column += ends_piece(text_lines(text, width, indent=False))
        printed = printed + [{"type": "heading", "text": sidebar["label"]}]
        printed += [{"type": "paragraph", "text": text} for text in sidebar["body"]]
    listed = article.get("captions") or ([article["caption"]] if article.get("caption") else [])
    captions = [c for c in listed if c.get("text") or c.get("credit")]
    drawn["captions"], drawn["caption_place"] = "none", "none"
    if captions:
        forms = ARTICLE_CONVENTIONS["captions"][1:]
        drawn["captions"] = rng.choice(forms if len(captions) > 1 else forms[:-1])
        drawn["caption_place"] = rng.choice(ARTICLE_CONVENTIONS["caption_place"][1:])
        shown = caption_lines(drawn["captions"], captions, width)
        if drawn["caption_place"] == "after-headline":
            head += shown
        elif drawn["caption_place"] == "after-body":
            column += shown
        else:
            breaks = [
                k + 1 for k, ln in enumerate(column[:-1]) if ln.piece_end or (ln.body and not ln.joins_next)
            ]
            at = rng.choice(breaks) if breaks else len(column)
            column[at:at] = shown
    if jump == "to":
        column += [Line(f"（下转第{rng.randint(2, 8)}版）", piece_end=True)]
    if jump == "from":
        column = [Line(f"（上接第{rng.randint(1, 3)}版）", piece_end=True)] + column
    gold = {
        "id": article.get("id", ""),
        "park": article["park"],
        "kicker": article.get("kicker", ""),
        "title": article["title"],
        "subtitle": article.get("subtitle", ""),
        "dateline": credits.dateline,
        "authors": credits.names,
        "byline": credits.byline,
        "blocks": printed,
        "captions": [{"text": c.get("text", ""), "credit": c.get("credit", "")} for c in captions],
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary", ""),
        "lead_summary": lead_sentence(printed),
        "galley": drawn,
    }
    return Made(head, column, gold)


def add_pull_quote(rng: random.Random, column: list[Line], blocks: list[dict], width: int) -> str:
    """A sentence of the text repeated in display type between two paragraphs: a perfect parse
    keeps it out of the body, where the sentence already stands."""
    paragraphs = [b["text"] for b in blocks if b["type"] == "paragraph"]
    sentences = [
        s for text in paragraphs for s in re.findall(r"(?:^|(?<=[。！？]))[^。！？“”]{12,34}[。！？]", text)
    ]
    breaks = [
        k + 1 for k, ln in enumerate(column[:-1]) if ln.body and not ln.joins_next and column[k + 1].body
    ]
    if len(paragraphs) < 3 or not sentences or not breaks or rng.random() < 0.6:
        return "none"
    form = rng.choice(("plain", "quoted"))
    sentence = rng.choice(sentences)
    shown = f"“{sentence}”" if form == "quoted" else sentence
    lines = [Line(part, tight=True) for part in break_lines(shown, width - 4, width - 4)]
    at = rng.choice(breaks)
    column[at:at] = ends_piece(lines)
    return form


def furniture(rng: random.Random) -> tuple[list[Line], list[Line]]:
    """The page's head (date, page name, number) and its editor line."""
    year, month, day = 2026, rng.randint(1, 12), rng.randint(1, 28)
    date = f"{year}年{month}月{day}日 星期{rng.choice(WEEKDAYS)}"
    name = rng.choice(("园区", "高新区", "园区·创新", "区域创新"))
    header = [Line(date, piece_end=True), Line(name, piece_end=True)]
    if rng.random() < 0.5:
        header.insert(rng.randint(0, 2), Line(str(rng.randint(2, 16)), piece_end=True))
    first, second = rng.sample(EDITORS, 2)
    editor = rng.choice(
        (
            f"责任编辑 {first} 美术编辑 {second}",
            f"本版编辑：{first} 校对：{second}",
            f"编辑/{first} 版式/{second}",
        )
    )
    return header, [Line(editor, piece_end=True)]


def letter_space(rng: random.Random, text: str) -> str:
    """A justified line of few characters, read back with a space between every two."""
    all_wide = all(ord(ch) >= 128 and not ch.isspace() for ch in text)
    return " ".join(text) if all_wide and len(text) >= 8 and rng.random() < 0.05 else text


def space_numbers(rng: random.Random, text: str) -> str:
    """Spaces around half-width runs, as some extractors put them ("2015 年的 22 名")."""
    out = ""
    for k, ch in enumerate(text):
        if (
            k
            and (ord(ch) < 128) != (ord(text[k - 1]) < 128)
            and " " not in (ch, text[k - 1])
            and rng.random() < 0.6
        ):
            out += " "
        out += ch
    return out


def read_back(rng: random.Random, lines: list[Line], page: dict) -> str:
    """The text an extractor of the page's habit writes for the lines."""
    habit = page["extractor"]
    shown: list[Line] = []
    for line in lines:
        text = line.text
        if page["spaces"] == "ideographic":
            text = text.replace(" ", "\u3000")
        if line.body and page["justified"] == "letter-spaced":
            text = letter_space(rng, text)
        if page["numbers"] == "spaced":
            text = space_numbers(rng, text)
        if habit == "indent-kept" and line.para_start:
            text = "\u3000\u3000" + text
        if habit == "reflowed" and line.body and shown and shown[-1].joins_next:
            shown[-1] = Line(
                shown[-1].text + text, body=True, joins_next=line.joins_next, piece_end=line.piece_end
            )
            continue
        if habit == "gap-split" and line.body and len(text) > 10 and rng.random() < 0.12:
            cut = rng.randint(3, len(text) - 3)
            shown += [Line(text[:cut].rstrip()), Line(text[cut:].lstrip(), piece_end=line.piece_end)]
            continue
        shown.append(Line(text, tight=line.tight, piece_end=line.piece_end, joins_next=line.joins_next))
    out = ""
    for line in shown:
        if habit in ("documented", "gap-split"):
            half_width_end = ord(line.text[-1]) < 128
            out += line.text + ("\n" if line.tight or half_width_end else "\n\n")
        else:
            out += line.text + ("\n\n" if line.piece_end and not line.tight else "\n")
    return out


def draw_page(rng: random.Random) -> dict:
    extractor = "documented" if rng.random() < 0.55 else rng.choice(PAGE_CONVENTIONS["extractor"][1:])
    page = {"extractor": extractor}
    for key, values in PAGE_CONVENTIONS.items():
        if key != "extractor":
            page[key] = rng.choice(values)
    return page


def is_brief(article: dict) -> bool:
    return sum(len(text) for text in article["body"]) <= 300 and not article.get("sidebar")


def galley_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """The raw text of one page laid out from 2-6 of the articles, and its gold annotation."""
    rng = random.Random(f"galley:{seed}")
    page = draw_page(rng)
    chosen = rng.sample(articles, min(len(articles), rng.randint(2, 6)))
    made = [make_article(rng, article, allow_jump=True) for article in chosen]
    briefs = [m for m, a in zip(made, chosen) if is_brief(a) and m.gold["galley"]["jump"] == "none"]
    if page["briefs"] == "banner" and len(briefs) < 2:
        page["briefs"] = "none"
    if page["briefs"] == "none":
        briefs = []
    ordered = [m for m in made if m not in briefs] + briefs
    lines: list[Line] = []
    if page["headlines"] == "gathered":
        for m in ordered:
            if m not in briefs:
                lines += m.head
                m.gold["galley"]["headline"] = "gathered"
    header, editor = furniture(rng)
    for k, m in enumerate(ordered):
        if m is (briefs[0] if briefs else None):
            lines += [Line(rng.choice(("简讯", "园区快讯", "短波")), piece_end=True)]
        lines += place_article(rng, m, m in briefs, page["headlines"] == "gathered")
        if page["furniture"] == "between" and k == 0:
            lines += editor
    if page["furniture"] == "inside":
        inner = [k + 1 for k, ln in enumerate(lines[:-1]) if ln.body and ln.joins_next]
        at = rng.choice(inner) if inner else len(lines)
        lines[at:at] = editor
    if page["furniture"] in ("top", "split"):
        lines = header + (editor if page["furniture"] == "top" else []) + lines
    lines += {"split": editor, "bottom": header + editor}.get(page["furniture"], [])
    if page["furniture"] in ("between", "inside"):
        lines = header + lines
    raw = read_back(rng, lines, page)
    gold = {
        "page": "",
        "notes": "Laid out by the galley layouter; body text is whitespace-free as in every gold file.",
        "galley": page,
        "articles": [m.gold for m in made],
    }
    return raw, gold


def place_article(rng: random.Random, made: Made, brief: bool, gathered: bool) -> list[Line]:
    drawn = made.gold["galley"]
    if brief:
        drawn["headline"] = "brief"
        # a brief's headline is marked off from the one before it by a square
        made.head[0].text = "■" + made.head[0].text
        return made.head + made.column
    if gathered:
        return made.column
    drawn["headline"] = rng.choice(("before", "after", "inside"))
    if drawn["headline"] == "after":
        return made.column + made.head
    if drawn["headline"] == "inside":
        at = rng.randint(2, 6)
        if at < len(made.column) - 1 and made.column[at - 1].body:
            return made.column[:at] + made.head + made.column[at:]
        drawn["headline"] = "before"
    return made.head + made.column
