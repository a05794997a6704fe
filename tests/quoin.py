"""The quoin layouter: pages wedged up story by story and read back by a PDF extractor.

A compositor locks each story into the chase at its own column measure: a kicker or series
label, the title (on one line, broken in two at its natural pause, or between two rules), a
subtitle, then a dateline or a byline, the body with its subheadings, a photo caption above,
inside or below the story, sometimes a pull quote repeating a sentence of the body, and a
story's tail jumped to the foot of the page. Page furniture (running head, an editor's note
before the first story, the editor line between two stories) surrounds them. The extractor
then reads the page back one printed line at a time, in one of several habits.

`quoin_page(seed, articles)` returns the raw page text and its gold annotation; every article
and the page note under `quoin:` which conventions were drawn.
"""

from __future__ import annotations

import random
import re

from tests.goldtext import lead_sentence

ARTICLE_CONVENTIONS: dict[str, tuple[str, ...]] = {
    "headline": ("plain", "broken", "ruled", "series"),
    "dateline": ("paren", "reported", "closing", "bare", "none"),
    "byline": ("square", "roles", "slash", "after", "none"),
    "subheading": ("bare", "circled", "dot", "runin", "none"),
    "caption": ("above", "inside", "below", "none"),
    "credit": ("she", "gongtu", "own_line", "none"),
    "pullquote": ("repeat", "none"),
    "jump": ("tail", "none"),
}
PAGE_CONVENTIONS: dict[str, tuple[str, ...]] = {
    "extractor": ("documented", "joined_pairs", "repeated_line"),
    "spaced_numbers": ("yes", "no"),
    "editor_note": ("yes", "no"),
    "editor_line": ("between", "foot"),
}

SERIES_LABELS = ("【园区新观察】", "【聚焦高质量发展】", "【一线见闻】")
RULE = "━━━━━━━━━━"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
NEWS_ROLES = ("记者", "通讯员", "特约记者", "特约通讯员", "实习生")
NO_LINE_START = set("，。、；：？！）」』”’》〉%…—·")
NO_LINE_END = set("（「『“‘《〈")
HALF_WIDTH = re.compile(r"[A-Za-z0-9.%+\-/]")
EDITOR_NOTE = "编者按：高新区是创新驱动发展的排头兵。本版今起推出系列报道，记录各地园区的新做法、新成效。"
EDITORS = ("韩冰", "卓玛", "陶然", "阿不都", "邬静")


def quoin_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    rng = random.Random(seed)
    chosen = rng.sample(articles, min(len(articles), rng.randint(2, 6)))
    page = {
        "extractor": rng.choices(PAGE_CONVENTIONS["extractor"], weights=(6, 2, 2))[0],
        "spaced_numbers": rng.choice(("yes", "no")),
        "editor_note": rng.choice(("yes", "no")),
        "editor_line": rng.choice(("between", "foot")),
    }
    lines: list[tuple[str, str]] = running_head(rng)
    if page["editor_note"] == "yes":
        lines += wrap_paragraph(EDITOR_NOTE, 20, "body")
    golds, tails = [], []
    for number, article in enumerate(chosen):
        story, tail, gold = lock_up(rng, article, column=number + 1)
        lines += story
        tails += tail
        golds.append(gold)
        if number == 0 and page["editor_line"] == "between":
            lines += editor_line(rng)
    lines += tails
    if page["editor_line"] == "foot":
        lines += editor_line(rng)
    raw = extract(rng, lines, page)
    return raw, {"articles": golds, "quoin": page}


def running_head(rng: random.Random) -> list[tuple[str, str]]:
    day = rng.randint(1, 28)
    weekday = "一二三四五六日"[day % 7]
    return [
        ("高新区周刊", "furniture"),
        (f"2024年11月{day}日　星期{weekday}", "furniture"),
        (f"第{rng.randint(2, 8)}版", "furniture"),
    ]


def editor_line(rng: random.Random) -> list[tuple[str, str]]:
    first, second = rng.sample(EDITORS, 2)
    return [(f"责任编辑：{first}　校对：{second}", "furniture")]


def lock_up(rng: random.Random, article: dict, column: int) -> tuple[list, list, dict]:
    """One story's printed lines, its jumped tail's lines and its gold."""
    measure = rng.randint(14, 21)
    note = dict.fromkeys(ARTICLE_CONVENTIONS, "none")
    authors = [a for a in article.get("authors") or [] if str(a.get("name", "")).strip()]
    placed = [a for a in authors if not a.get("trailing")]
    trailing = [a for a in authors if a.get("trailing")]
    news_style = article.get("kind") in ("short", "news", "measures", "photo", None) and all(
        a.get("role") in NEWS_ROLES for a in placed
    )
    headline, kicker = headline_lines(rng, article, note)
    body = [str(p) for p in article["body"]]
    dateline, byline, closing = "", "", list(trailing)
    if news_style:
        dateline, body, closing = draw_dateline(rng, placed, body, note, closing)
    elif placed:
        note["byline"] = rng.choice(("square", "roles", "slash", "after"))
        byline = byline_text(note["byline"], placed)
    blocks = gold_blocks(body)
    printed = body_lines(rng, body, blocks, measure, note)
    if note["dateline"] == "reported":  # the writers it names are the authors: no body text
        blocks[0] = {**blocks[0], "text": "本报讯" + blocks[0]["text"][len(re.sub(r"\s+", "", dateline)) :]}
    if closing:
        closer = "（" + " ".join(credit_name(a, note) for a in closing) + "）"
        printed = with_closing_credit(printed, closer, measure)
    captions = list(article.get("captions") or ([article["caption"]] if article.get("caption") else []))
    printed = place_captions(rng, printed, captions, measure, note)
    printed = add_pull_quote(rng, printed, blocks, note)
    if byline and note["byline"] == "after":
        story = headline + printed + [(byline, "byline")]
    else:
        story = headline + ([(byline, "byline")] if byline else []) + printed
    story, tail = jump_tail(rng, story, note, column)
    gold = {
        "id": article["id"],
        "park": article["park"],
        "kicker": kicker,
        "title": article["title"],
        "subtitle": article.get("subtitle") or "",
        "dateline": dateline,
        "authors": [a["name"] for a in authors],
        "byline": byline,
        "blocks": blocks,
        "captions": [{"text": c.get("text") or "", "credit": c.get("credit") or ""} for c in captions],
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary", ""),
        "lead_summary": lead_sentence(blocks),
        "quoin": note,
    }
    return story, tail, gold


def headline_lines(rng: random.Random, article: dict, note: dict) -> tuple[list, str]:
    """The headline's lines (kicker, title, subtitle) and the kicker the gold holds."""
    kicker = article.get("kicker") or ""
    styles = ("plain", "broken", "ruled") if kicker else ARTICLE_CONVENTIONS["headline"]
    note["headline"] = rng.choice(styles)
    if note["headline"] == "series":
        kicker = rng.choice(SERIES_LABELS)
    title = article["title"]
    lines = [(kicker, "head")] if kicker else []
    if note["headline"] == "broken":
        lines += [(part, "head") for part in broken_title(title)]
    else:
        lines.append((title, "head"))
    if article.get("subtitle"):
        lines.append((article["subtitle"], "head"))
    if note["headline"] == "ruled":
        lines = [(RULE, "rule"), *lines, (RULE, "rule")]
    return lines, kicker


def broken_title(title: str) -> list[str]:
    """A title in two lines: at its space, else after a colon, a comma or a closing quote, else
    at its middle."""
    if " " in title.strip():
        first, _, second = title.strip().partition(" ")
        return [first, second]
    for mark in "：，”":
        cut = title.find(mark)
        if 0 < cut < len(title) - 1:
            return [title[: cut + 1], title[cut + 1 :]]
    middle = len(title) // 2
    return [title[:middle], title[middle:]] if len(title) > 3 else [title]


def draw_dateline(rng: random.Random, placed: list, body: list[str], note: dict, closing: list):
    """(dateline, body with the dateline opening it, authors printed at the end)."""
    first = body[0]
    opened = first.startswith("本报讯")
    rest = first[3:].lstrip() if opened else first
    if not placed:
        note["dateline"] = "bare" if opened or rng.random() < 0.5 else "none"
        dateline = "本报讯" if note["dateline"] == "bare" else ""
        return dateline, [dateline + rest, *body[1:]] if dateline else body, closing
    note["dateline"] = rng.choice(("paren", "reported", "closing"))
    credits = " ".join(f"{a.get('role')} {a['name']}" for a in placed)
    if note["dateline"] == "paren":
        dateline = f"本报讯（{credits}）"
    elif note["dateline"] == "reported":
        reverse = " ".join(f"{a.get('role')} {a['name']}" for a in reversed(placed))
        dateline = f"本报讯 {reverse} 报道"
    else:
        return ("本报讯" if opened else ""), body, placed + closing
    return dateline, [f"{dateline} {rest}", *body[1:]], closing


def with_closing_credit(lines: list, closer: str, measure: int) -> list:
    """The authors after the last sentence: on its line when they fit, else on a line of their own."""
    last = lines[-1][0]
    if len(last) + len(closer) <= measure:
        return [*lines[:-1], (last + closer, "last")]
    return [*lines, (closer, "last")]


def credit_name(author: dict, note: dict) -> str:
    role = author.get("role") or ""
    with_role = note["dateline"] == "closing" and role in NEWS_ROLES
    return f"{role} {author['name']}" if with_role else author["name"]


def byline_text(style: str, placed: list) -> str:
    names = "　".join(a["name"] for a in placed)
    with_roles = "　".join(f"{a.get('role') or ''} {a['name']}".strip() for a in placed)
    forms = {"square": f"□ {with_roles}", "roles": with_roles, "slash": f"文｜{names}", "after": with_roles}
    return forms[style]


def gold_blocks(body: list[str]) -> list[dict]:
    blocks = []
    for paragraph in body:
        if paragraph.startswith("## "):
            blocks.append({"type": "heading", "text": paragraph[3:].strip()})
        else:
            blocks.append({"type": "paragraph", "text": re.sub(r"\s+", "", paragraph)})
    return blocks


def body_lines(
    rng: random.Random, body: list[str], blocks: list[dict], measure: int, note: dict
) -> list[tuple[str, str]]:
    """Lines of the body: paragraphs set at the measure, subheadings in the story's style (a
    circled number becomes part of the subheading; a dot is an ornament)."""
    if any(b["type"] == "heading" for b in blocks):
        note["subheading"] = rng.choice(("bare", "circled", "dot", "runin"))
    style = note["subheading"]
    lines: list[tuple[str, str]] = []
    run_in, headings = "", 0
    for paragraph, block in zip(body, blocks, strict=True):
        text = block["text"]
        if block["type"] == "paragraph":
            text = paragraph.strip()
            lines += wrap_paragraph(run_in + text, measure, "body", indent=0 if run_in else 2)
            run_in = ""
        elif style == "circled":
            block["text"] = CIRCLED[headings % len(CIRCLED)] + text
            lines.append((block["text"], "head"))
        elif style == "runin":
            run_in = f"● {text}　"
        else:
            lines.append((("● " if style == "dot" else "") + text, "head"))
        headings += block["type"] == "heading"
    if run_in:
        lines.append((run_in.strip("　"), "head"))
    return lines


def wrap_paragraph(text: str, measure: int, kind: str, indent: int = 2) -> list[tuple[str, str]]:
    """A paragraph's printed lines: its first line indent-short, no closing mark opening a
    line and no opening mark closing one, half-width runs kept whole when they fit."""
    lines, start = [], 0
    width = measure - indent
    while start < len(text):
        end = min(len(text), start + width)
        end = outside_half_width_run(text, start, end)
        while end < len(text) and text[end] in NO_LINE_START:
            end += 1
        while end - 1 > start and text[end - 1] in NO_LINE_END:
            end -= 1
        lines.append((text[start:end], kind))
        start, width = end, measure
    if kind == "body" and lines:
        lines[-1] = (lines[-1][0], "last")
    return lines


def outside_half_width_run(text: str, start: int, end: int) -> int:
    """A line end moved back before a short half-width word or number it would split."""
    back = end

    def splits(at: int) -> bool:
        return start < at < len(text) and bool(HALF_WIDTH.match(text[at - 1]) and HALF_WIDTH.match(text[at]))

    while splits(back):
        back -= 1
    return back if start < back and end - back <= 8 else end


def place_captions(rng: random.Random, lines: list, captions: list[dict], measure: int, note: dict) -> list:
    if not captions:
        return lines
    note["caption"] = rng.choice(("above", "inside", "below"))
    note["credit"] = rng.choice(("she", "gongtu", "own_line"))
    printed = []
    for caption in captions:
        text, credit = caption.get("text") or "", caption.get("credit") or ""
        if note["credit"] == "own_line":
            printed += wrap_paragraph(text, measure, "caption", indent=0) + [
                (f"{credit} 摄", "caption")
            ] * bool(credit)
            continue
        credit_text = (f"{credit} 摄" if note["credit"] == "she" else f"（{credit}供图）") if credit else ""
        printed += wrap_paragraph(f"{text}　{credit_text}".strip("　"), measure, "caption", indent=0)
    if note["caption"] == "above":
        return printed + lines
    if note["caption"] == "below" or len(lines) < 3:
        note["caption"] = "below"
        return lines + printed
    cut = rng.randint(1, len(lines) - 1)
    return lines[:cut] + printed + lines[cut:]


def add_pull_quote(rng: random.Random, lines: list, blocks: list[dict], note: dict) -> list:
    """A sentence of the body set again in large type between two body lines (the gold keeps it
    once, where the body has it)."""
    sentences = [s + "。" for b in blocks if b["type"] == "paragraph" for s in b["text"].split("。")[1:-1]]
    quotable = [s for s in sentences if 12 <= len(s) <= 36]
    if not quotable or len(lines) < 6 or rng.random() < 0.6:
        return lines
    note["pullquote"] = "repeat"
    quote = rng.choice(quotable)
    cut = rng.randint(2, len(lines) - 2)
    return lines[:cut] + wrap_paragraph(quote, 12, "quote", indent=0) + lines[cut:]


def jump_tail(rng: random.Random, story: list, note: dict, column: int) -> tuple[list, list]:
    """Cut the story after a body line; its tail goes to the foot of the page under a jump line."""
    body_at = [k for k, (_, kind) in enumerate(story) if kind == "body"]
    if len(body_at) < 8 or rng.random() < 0.7:
        return story, []
    note["jump"] = "tail"
    cut = body_at[len(body_at) // 2]
    later = column + 3
    head = story[:cut] + [(f"（下转第{later}栏）", "jump")]
    return head, [(f"（上接第{column}栏）", "jump"), *story[cut:]]


def extract(rng: random.Random, lines: list[tuple[str, str]], page: dict) -> str:
    """The text an extractor writes for the page's printed lines."""
    texts = [spaced_numbers(text) if page["spaced_numbers"] == "yes" else text for text, _ in lines]
    kinds = [kind for _, kind in lines]
    if page["extractor"] == "joined_pairs":
        texts, kinds = joined_pairs(texts, kinds)
    elif page["extractor"] == "repeated_line":
        texts, kinds = repeated_lines(rng, texts, kinds)
    out = []
    for k, text in enumerate(texts):
        out.append(text)
        follows_head = kinds[k] == "head" and k + 1 < len(kinds) and kinds[k + 1] == "head"
        if not (follows_head or re.search(r"[\x21-\x7e]$", text)):
            out.append("")
    return "\n".join(out) + "\n"


def spaced_numbers(text: str) -> str:
    """Spaces the extractor puts between a half-width number and the ideographs beside it."""
    return re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff])", " ", text)


def joined_pairs(texts: list[str], kinds: list[str]) -> tuple[list[str], list[str]]:
    """Two consecutive lines of one paragraph written on one raw line, spaces between."""
    out_texts, out_kinds, k = [], [], 0
    while k < len(texts):
        if kinds[k] == "body" and k + 1 < len(texts) and kinds[k + 1] in ("body", "last"):
            out_texts.append(f"{texts[k]}   {texts[k + 1]}")
            out_kinds.append(kinds[k + 1])
            k += 2
        else:
            out_texts.append(texts[k])
            out_kinds.append(kinds[k])
            k += 1
    return out_texts, out_kinds


def repeated_lines(rng: random.Random, texts: list[str], kinds: list[str]) -> tuple[list[str], list[str]]:
    """At a column's foot the extractor writes the last line again at the next column's top."""
    out_texts, out_kinds = [], []
    every = rng.randint(18, 30)
    for k, (text, kind) in enumerate(zip(texts, kinds, strict=True)):
        out_texts.append(text)
        out_kinds.append(kind)
        mid_column = k + 1 < len(kinds) and kinds[k + 1] == "body"
        if kind == "body" and mid_column and k % every == 0 and len(text) > 8:
            out_texts.append(text)
            out_kinds.append(kind)
    return out_texts, out_kinds
