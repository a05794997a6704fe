"""The eighteenth page layouter: a compositor wedges each story into the chase with reglets,
story by story, and a PDF extractor reads the page back.

Each story gets its own column measure; its headline group (kicker, title, subtitle) is set
above it, between rules, or above a lead set wider than the column; news carries a dateline
(本报讯（记者 X）, a 本报讯 X 记者 Y 报道 line, or a closing （记者 X）), features a byline (one
row, stacked, or signed after the body); captions sit above the headline, between two
paragraphs, between two lines of the first paragraph (read out of order) or below the story; a
story may jump to another page after a paragraph, and a page may open with the tail of a story
begun on another (上接第N版, no headline). The page has a header (lines, one tabbed line, or
repeated mid-stream) and an editor's footer at its end or mid-stream, and the extractor writes
it in one of several habits. The gold notes every choice under `reglet`.
"""

from __future__ import annotations

import random
import unicodedata

from tests.goldtext import lead_sentence

HEADLINES = ("above", "ruled", "wide_lead")
TITLE_BREAKS = ("one_line", "at_space", "at_measure", "after_punctuation", "spaced")
DATELINES = ("bracketed", "report_line", "closing")
BYLINES = ("row", "stacked", "signed")
HEADINGS = ("bare", "spaced", "indented")
CAPTIONS = ("above", "between", "inside_paragraph", "below")
CREDITS = ("shot", "shot_own_line", "labelled")
JUMPS = ("none", "to_page", "from_page")
EXTRACTORS = ("documented", "dense", "crlf", "kangxi", "trailing_spaces", "form_feed", "ideographic_indent")
HEADERS = ("lines", "tabbed", "repeated_mid_stream")
FOOTERS = ("end", "mid_stream")
OPENINGS = ("story", "continued_tail")

# Where the print has an ordinary ideograph, some extractors write a Kangxi-radical look-alike
KANGXI = str.maketrans(
    {
        unicodedata.normalize("NFKC", chr(code)): chr(code)
        for code in range(0x2F00, 0x2FD6)
        if unicodedata.normalize("NFKC", chr(code)) in "一高人大工日力"
    }
)
# A line never begins with these (kinsoku): they stay on the line before
NO_LINE_START = set("，。、；：？！）”’》」』％…—.,%")
RULE = "━━━━━━━━━━━━"
# A title may be printed on two lines after its first comma, colon or closing quote
TITLE_BREAK_MARKS = ("，", "：", "”")
WEEKDAYS = "一二三四五六日"
EDITORS = ("邬金花", "岑立群", "冉小燕", "鲜于文", "格桑卓嘎")


def reglet_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """The raw text of one page of 2-6 stories from `articles`, and its gold annotation."""
    rng = random.Random(seed)
    stories = rng.sample(articles, min(len(articles), rng.randint(2, 6)))
    page = {
        "extractor": rng.choice(EXTRACTORS[:1] * 4 + EXTRACTORS[1:]),
        "header": rng.choice(HEADERS),
        "footer": rng.choice(FOOTERS),
        "opening": rng.choice(OPENINGS),
    }
    long_stories = [a for a in stories if len(body_blocks(a)) >= 3]
    if page["opening"] == "continued_tail" and long_stories:
        stories.remove(long_stories[0])
        stories.insert(0, long_stories[0])
    else:
        page["opening"] = "story"
    header, footer = page_furniture(rng)
    furniture = list(header)
    printed_header = ["\t".join(header)] if page["header"] == "tabbed" else header
    pieces: list[list[tuple[str, str]]] = [[(line, "furniture") for line in printed_header]]
    gold_articles = []
    for number, article in enumerate(stories):
        lines, gold, extra = set_story(rng, article, number, tail=page["opening"] != "story" and not number)
        mid_stream = number == len(stories) // 2 and number
        if page["footer"] == "mid_stream" and mid_stream:
            pieces.append([(footer, "furniture")])
            furniture.append(footer)
        if page["header"] == "repeated_mid_stream" and mid_stream:
            # the running header of the next column, read into the stream
            pieces.append([("\t".join(header), "furniture")])
            furniture += header
        pieces.append(lines)
        furniture += extra
        gold_articles.append(gold)
    if page["footer"] == "end" or len(stories) < 2:
        pieces.append([(footer, "furniture")])
        furniture.append(footer)
    raw = extract(pieces, page["extractor"])
    return raw, {"articles": gold_articles, "furniture": furniture, "reglet": page}


def page_furniture(rng: random.Random) -> tuple[list[str], str]:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    header = [f"2024年{month}月{day}日 星期{rng.choice(WEEKDAYS)}", "园区周刊", f"第{rng.randint(5, 12)}版"]
    editor, designer = rng.sample(EDITORS, 2)
    footer = f"责任编辑：{editor}  版式：{designer}"
    return header, footer


Line = tuple[str, str]  # a printed line and its kind (head, body, heading, byline, caption, rule, furniture)


def set_story(
    rng: random.Random, article: dict, number: int, tail: bool = False
) -> tuple[list[Line], dict, list[str]]:
    """One story's printed lines, its gold article, and the furniture it adds. A tail is the end
    of a story begun on another page: no headline, no opening credit, only its closing one."""
    measure = rng.randint(13, 21)
    blocks = body_blocks(article)
    choice = {
        "measure": measure,
        "headline": rng.choice(HEADLINES),
        "title_break": rng.choice(TITLE_BREAKS),
        "heading": rng.choice(HEADINGS),
        "caption": rng.choice(CAPTIONS),
        "credit": rng.choice(CREDITS),
        "jump": "from_page" if tail else rng.choice(JUMPS[:2]) if len(blocks) >= 3 else "none",
    }
    authors = [a for a in article.get("authors") or [] if isinstance(a, dict) and a.get("name")]
    trailing = [a["name"] for a in authors if a.get("trailing")]
    # a story closing on a trailing author has its other credit where it opens
    credit_key, credit_forms = (
        ("dateline", DATELINES) if article.get("kind") == "news" else ("byline", BYLINES)
    )
    choice[credit_key] = rng.choice(credit_forms[:2] if trailing else credit_forms)
    credited = [a for a in authors if not a.get("trailing")]
    dateline, byline = credit_lines(credited, choice)
    opens_here, closes_here = not tail, choice["jump"] != "to_page"
    credit_at_end = choice.get("dateline") == "closing" or choice.get("byline") == "signed"
    if choice["jump"] == "to_page":
        blocks = without_closing_heading(blocks[: max(1, len(blocks) // 2)])
    elif tail:
        blocks = blocks[len(blocks) // 2 :]
    if not (opens_here and closes_here) and (credit_at_end != closes_here):
        # the credit is printed where the story opens (or ends): on the other page
        dateline, byline, credited = "", [], []
    captions = story_captions(article) if opens_here else []
    caption_lines = [line for c in captions for line in caption_print(c, choice["credit"])]

    lines: list[Line] = []
    furniture: list[str] = []
    if tail:
        furniture.append(f"（上接第{rng.randint(1, 4)}版）")
        lines.append((furniture[-1], "furniture"))
    else:
        if choice["caption"] == "above":
            lines += caption_lines
        rule = [(RULE, "rule")] if choice["headline"] == "ruled" else []
        furniture += [RULE] * 2 * len(rule)
        lines += rule + headline_lines(article, measure, choice["title_break"]) + rule
        if choice.get("byline") in ("row", "stacked"):
            lines += [(b, "byline") for b in byline]
        if choice.get("dateline") == "report_line" and dateline:
            lines.append((dateline, "byline"))
    for k, block in enumerate(blocks):
        if block["type"] == "heading":
            lines += heading_lines(block["text"], choice["heading"])
            continue
        text, last = block["text"], k == len(blocks) - 1
        if k == 0 and choice.get("dateline") == "bracketed" and dateline:
            text = dateline + text
        if last and closes_here:
            text += "".join(" " + name for name in trailing)
            text += dateline if choice.get("dateline") == "closing" else ""
        wide = k == 0 and opens_here and choice["headline"] == "wide_lead"
        printed = [(line, "body") for line in break_lines(text, measure + 6 if wide else measure)]
        if k == 0 and choice["caption"] == "inside_paragraph" and len(printed) > 1:
            printed[1:1], caption_lines = caption_lines, []
        lines += printed
        if k == 0 and choice["caption"] in ("between", "inside_paragraph") and len(blocks) > 1:
            lines += caption_lines
            caption_lines = []
    if choice["caption"] != "above":
        lines += caption_lines
    if choice.get("byline") == "signed" and byline:
        lines.append(("　　" + " ".join(byline), "byline"))
    if not closes_here:
        furniture.append(f"（下转第{rng.randint(2, 8)}版）")
        lines.append((furniture[-1], "furniture"))
    gold = {
        "id": f"{article.get('id', 'story')}-{number}",
        "park": article.get("park", ""),
        "kicker": (article.get("kicker") or "") if opens_here else "",
        "title": article.get("title", "") if opens_here else "",
        "subtitle": (article.get("subtitle") or "") if opens_here else "",
        "dateline": dateline,
        "authors": [a["name"] for a in credited] + (trailing if closes_here else []),
        "byline": " ".join(byline + (trailing if closes_here else [])),
        "blocks": blocks,
        "captions": captions,
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary", ""),
        "lead_summary": lead_sentence(blocks),
        "reglet": choice,
    }
    return lines, gold, furniture


def without_closing_heading(blocks: list[dict]) -> list[dict]:
    return blocks[:-1] if len(blocks) > 1 and blocks[-1]["type"] == "heading" else blocks


def body_blocks(article: dict) -> list[dict]:
    blocks = []
    for text in article.get("body") or []:
        text = str(text).strip()
        if text.startswith("## "):
            blocks.append({"type": "heading", "text": text[3:].strip()})
        elif text:
            blocks.append({"type": "paragraph", "text": text})
    return blocks


def story_captions(article: dict) -> list[dict]:
    found = article.get("captions")
    if found is None and article.get("caption"):
        found = [article["caption"]]
    captions = []
    for c in found or []:
        text, credit = (c.get("text") or "").strip(), (c.get("credit") or "").strip()
        if text or credit:
            captions.append({"text": text, "credit": credit})
    return captions


def caption_print(caption: dict, style: str) -> list[Line]:
    """A caption as printed, its credit shot by someone (X 摄, after the text or on a line of its
    own) or labelled (图片：X); the gold credit is the printed one."""
    credit = caption["credit"]
    if credit:
        credit = f"图片：{credit}" if style == "labelled" else f"{credit} 摄"
        caption["credit"] = credit
    if caption["text"] and credit and style != "shot_own_line":
        return [(f"{caption['text']} {credit}", "caption")]
    return [(part, "caption") for part in (caption["text"], credit) if part]


def headline_lines(article: dict, measure: int, title_break: str) -> list[tuple[str, str]]:
    title = article.get("title", "")
    if title_break == "at_space" and " " in title.strip():
        head, tail = title.strip().split(" ", 1)
        title_lines = [head, tail]
    elif title_break == "at_measure" and len(title) > measure:
        title_lines = [title[:measure].rstrip(), title[measure:].lstrip()]
    elif title_break == "after_punctuation" and any(mark in title[:-1] for mark in TITLE_BREAK_MARKS):
        cut = min(title.find(mark) for mark in TITLE_BREAK_MARKS if mark in title[:-1]) + 1
        title_lines = [title[:cut], title[cut:].lstrip()]
    elif title_break == "spaced" and len(title) <= 12:
        title_lines = [" ".join(title.replace(" ", ""))]
    else:
        title_lines = [title]
    lines = [(article["kicker"], "head")] if article.get("kicker") else []
    lines += [(t, "head") for t in title_lines if t]
    if article.get("subtitle"):
        lines.append((article["subtitle"], "head"))
    return lines


def credit_lines(authors: list[dict], choice: dict) -> tuple[str, list[str]]:
    """The story's dateline (news) or byline rows (features) naming its credited authors."""
    named = [f"{a.get('role') or ''} {a['name']}".strip() for a in authors]
    if "dateline" in choice:
        if choice["dateline"] == "bracketed":
            return (f"本报讯（{' '.join(named)}）" if named else "本报讯"), []
        if choice["dateline"] == "report_line":
            return ("本报讯 " + " ".join(named) + " 报道" if named else "本报讯"), []
        return (f"（{' '.join(named)}）" if named else ""), []
    if choice["byline"] == "row":
        return "", [" ".join(named)] if named else []
    return "", named


def heading_lines(text: str, style: str) -> list[tuple[str, str]]:
    if style == "spaced" and len(text) <= 10:
        return [(" ".join(text), "heading")]
    if style == "indented":
        return [("　　" + text, "heading")]
    return [(text, "heading")]


def break_lines(text: str, measure: int) -> list[str]:
    """A paragraph in column lines: the first two ems shorter (its indent lost), and no line
    starting with closing punctuation (it is pulled up onto the line before)."""
    lines, start, width = [], 0, measure - 2
    while start < len(text):
        end = min(len(text), start + width)
        while end < len(text) and text[end] in NO_LINE_START:
            end += 1
        lines.append(text[start:end].strip())
        start, width = end, measure
    return [line for line in lines if line]


def extract(pieces: list[list[tuple[str, str]]], extractor: str) -> str:
    """The page as the extractor writes it: one raw line per printed line."""
    out: list[str] = []
    for number, piece in enumerate(pieces):
        if extractor == "form_feed" and number > 1:
            out.append("\f")
        previous = ""
        for text, kind in piece:
            if extractor == "kangxi":
                text = text.translate(KANGXI)
            if extractor == "trailing_spaces" and kind == "body":
                text += "  "
            if extractor == "ideographic_indent" and kind == "body" and previous != "body":
                text = "　　" + text
            spaced = extractor not in ("dense", "ideographic_indent")
            joined = kind == previous == "head"
            if spaced and out and out[-1] != "" and not joined and not half_width_end(out[-1]):
                out.append("")
            out.append(text)
            previous = kind
        if extractor not in ("dense", "ideographic_indent"):
            out.append("")
    newline = "\r\n" if extractor == "crlf" else "\n"
    return newline.join(out).rstrip("\r\n") + newline


def half_width_end(line: str) -> bool:
    line = line.rstrip(" ")
    return bool(line) and line[-1].isascii()
