"""The twenty-ninth layouter: a weekly 区域创新 special edition (专刊) of a national science
daily, set in Founder FIT by a trade paper's desk and read back by one of several extractors.

`kern_page(seed, articles)` lays two to six corpus articles out on one page and returns the raw
text with its gold annotation. Every drawn value is noted in the gold under `kern:`, per article
and per page. Nothing a reader prints is lost: box labels, rules, the edition's furniture and
the modules that are not stories (一图读懂, 企业风采, 征稿) go to `furniture`; the printed
headlines, credits, body, notes and captions to their article's fields.
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

from tests.goldtext import lead_sentence

# Per article: convention -> every value it takes
CONVENTIONS: dict[str, tuple] = {
    # the 导语 printed apart from the body: boxed under 核心提示, run in after a 【导语】 label,
    # or set in bold above the whole headline deck
    "lead": ("none", "core_tip", "daoyu_label", "above_deck"),
    # a series label printed over the title (only when the story has no kicker of its own)
    "serial": ("none", "circled", "zhi_n", "lianzai", "column"),
    # how the story's people are credited
    "credit": ("dateline", "dateline_spaced", "fazi", "role_after", "baodao", "zhibi", "tail_names"),
    # the order the deck is read back in
    "deck": ("kicker_first", "title_first"),
    # a two-part title kept on one line or broken at its space
    "title_break": ("one_line", "at_space"),
    # how in-story subheadings are marked
    "subhead": ("plain", "black_dot", "double_circle", "fish_tail"),
    # where a photo's caption sits
    "caption": ("none", "after_body", "above_deck", "after_first_paragraph"),
    # how a caption's credit is worded
    "credit_word": ("none", "she", "gongtu", "source"),
    # an interview's speaker labels
    "qa": ("none", "as_is", "host", "bracket"),
    # a note closing the story: data source, statistical scope, or a 链接 box
    "note": ("none", "source_paren", "caliber", "link_box", "background_box"),
    # a 人物简介 box under an interview whose answers are labelled with the speaker's name
    "profile": ("none", "box"),
    # a cross-reference printed under the story
    "related": ("none", "see_page", "see_app"),
    # the column width in ems
    "measure": tuple(range(12, 20)),
}

# Per page
PAGE_CONVENTIONS: dict[str, tuple] = {
    "extractor": (
        "founder_epaper",
        "pdftotext_raw",
        "mutool",
        "tika",
        "abbyy_txt",
        "tesseract",
        "foxit_copy",
        "screen_reader",
    ),
    "columns": (4, 5, 6),
    "furniture": ("top", "bottom", "split"),
    "module": ("none", "infographic", "advertorial", "call_for_papers"),
    "order": ("reading", "lead_last"),
    "indent": ("dropped", "ideographic", "nbsp", "spaces"),
}

# What an extractor does to the text it reads back
HABITS = (
    "column_lines",  # one line per printed column line
    "reflow",  # one line per paragraph
    "blank_after_line",  # an empty line after every line
    "han_spaces",  # a space between every two Han characters (OCR)
    "trailing_space",  # spaces left at the ends of lines
    "crlf",  # CR LF line ends
    "headline_late",  # a story's deck read after its first paragraph (content-stream order)
    "form_feed",  # a form feed between modules
    "module_gaps",  # three empty lines between modules
    "block_gaps",  # an empty line after every paragraph and subheading (text blocks)
    "justify_gaps",  # a space where a justified line was opened up between two characters
)

EXTRACTOR_HABITS = {
    "founder_epaper": ("reflow", ("module_gaps",)),
    "pdftotext_raw": ("column_lines", ("headline_late", "form_feed", "justify_gaps")),
    "mutool": ("column_lines", ("trailing_space", "module_gaps", "block_gaps")),
    "tika": ("column_lines", ("blank_after_line", "trailing_space", "block_gaps")),
    "abbyy_txt": ("reflow", ("crlf", "blank_after_line")),
    "tesseract": ("column_lines", ("han_spaces", "blank_after_line")),
    "foxit_copy": ("column_lines", ("crlf", "headline_late", "justify_gaps")),
    "screen_reader": ("reflow", ("han_spaces", "trailing_space")),
}

EDITIONS = ("区域创新", "园区", "高新区", "创新园区")
STAFF = ("俞佳禾", "仝晓岚", "阚一鸣", "盖若溪", "隗文涛", "郜思远", "甄雨桐", "宓海宁", "逯乐", "昝楠")
WEEKDAYS = "一二三四五六日"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
NUMERALS = "一二三四五六七八九十"
SERIES = ("高质量发展看园区", "创新高地行", "园区新质生产力观察", "走进国家高新区")
SUBHEAD_MARK = {"plain": "", "black_dot": "● ", "double_circle": "◎", "fish_tail": "◥ "}
ZONES = Path(__file__).resolve().parent.parent / "data" / "hitech_zones.tsv"


def _zones() -> dict[str, dict]:
    with open(ZONES, encoding="utf-8") as f:
        return {row["official_name"]: row for row in csv.DictReader(f, delimiter="\t")}


_ZONE_ROWS = _zones()


def _short(park: str) -> str:
    row = _ZONE_ROWS.get(park)
    return row["short_name"] if row else park


def _city(park: str) -> str:
    row = _ZONE_ROWS.get(park)
    return (row["city"] if row else "北京市").removesuffix("市")


def _width(ch: str) -> float:
    return 0.5 if ord(ch) < 128 else 1.0


CLOSING = "，。、；：？！”’）》」』…"  # hung in the margin rather than set at a line's start


def wrap(text: str, measure: int, first: int) -> list[str]:
    """Column lines of `measure` ems, the first `first` ems shorter (the indent); a closing mark
    that would open a line hangs at the end of the one before it, as FIT's kinsoku sets it."""
    lines, line, room = [], "", measure - first
    for ch in text:
        if sum(_width(c) for c in line) + _width(ch) > room and ch not in CLOSING:
            lines.append(line)
            line, room = "", measure
        line += ch
    if line:
        lines.append(line)
    return lines


def _credit_name(author: dict, dateline: bool = False) -> str:
    role = author.get("role") or ""
    role = role.removeprefix("本报") if dateline else role
    return f"{role} {author['name']}".strip() if role else author["name"]


def _credits(rng: random.Random, article: dict, credit: str) -> tuple[str, str, str]:
    """(dateline, byline, where the byline is printed: 'top' or 'tail')."""
    authors = article.get("authors") or []
    names = [a["name"] for a in authors]
    if not names:
        return "", "", "top"
    if credit == "dateline":
        return f"本报讯（{' '.join(_credit_name(a, True) for a in authors)}）", "", "top"
    if credit == "dateline_spaced":
        return f"本报讯 {' '.join(_credit_name(a, True) for a in authors)}", "", "top"
    if credit == "fazi":
        return "", f"{' '.join(_credit_name(a) for a in authors)} 发自{_city(article['park'])}", "top"
    if credit == "role_after":
        return (
            "",
            "　".join(f"{a['name']}（{a['role']}）" if a.get("role") else a["name"] for a in authors),
            "top",
        )
    if credit == "baodao":
        return "", f"{' '.join(_credit_name(a) for a in authors)} 报道", "top"
    if credit == "zhibi":
        return "", f"策划：{STAFF[rng.randrange(len(STAFF))]}｜执笔：{' '.join(names)}", "top"
    return "", " ".join(names), "tail"


def _draw(rng: random.Random, article: dict, page_no: int) -> dict:
    kinds = article.get("kind", "news")
    lead = rng.choice(CONVENTIONS["lead"]) if len(article["body"]) > 1 else "none"
    credits = CONVENTIONS["credit"]
    if lead != "none":
        credits = tuple(c for c in credits if not c.startswith("dateline"))
    caption = article.get("caption")
    return {
        "lead": lead,
        "serial": rng.choice(CONVENTIONS["serial"]) if not article.get("kicker") else "none",
        "credit": rng.choice(credits),
        "deck": rng.choice(CONVENTIONS["deck"]),
        "title_break": rng.choice(CONVENTIONS["title_break"]) if " " in article["title"] else "one_line",
        "subhead": rng.choice(CONVENTIONS["subhead"]),
        "caption": rng.choice(CONVENTIONS["caption"][1:]) if caption else "none",
        "credit_word": rng.choice(CONVENTIONS["credit_word"][1:])
        if caption and caption.get("credit")
        else "none",
        "qa": rng.choice(CONVENTIONS["qa"][1:]) if kinds == "interview" else "none",
        "profile": rng.choice(CONVENTIONS["profile"]) if _speaker(article) else "none",
        "note": rng.choice(CONVENTIONS["note"]),
        "related": rng.choice(CONVENTIONS["related"]),
        "measure": rng.choice(CONVENTIONS["measure"]),
        "series_number": rng.randrange(10),
        "page_no": page_no,
        "kind": kinds,
    }


def _serial_label(drawn: dict) -> str:
    n = drawn["series_number"]
    series = SERIES[n % len(SERIES)]
    return {
        "none": "",
        "circled": f"{series}{CIRCLED[n]}",
        "zhi_n": f"{series}·系列报道之{NUMERALS[n]}",
        "lianzai": f"连载｜{series}（{NUMERALS[n]}）",
        "column": {"commentary": "短评", "interview": "园区访谈"}.get(drawn["kind"], "园区观察"),
    }[drawn["serial"]]


def _qa(text: str, qa: str) -> str:
    m = re.match(r"^(问|答|记者|主持人)：", text)
    if not m or qa in ("none", "as_is"):
        return text
    rest = text[m.end() :]
    if qa == "host":  # a 园区访谈 as hosted: the asker is the 主持人, the answerer the 嘉宾
        return ("嘉宾：" if m.group(1) == "答" else "主持人：") + rest
    return f"【{m.group(1)}】{rest}"


def _speaker(article: dict) -> str:
    """The interviewee who answers under their own name (记者：/name turns), if any."""
    if article.get("kind") != "interview":
        return ""
    for text in article["body"]:
        m = re.match(r"^([^：，。]{2,8})：", text)
        if m and m.group(1) not in ("问", "答", "记者", "主持人"):
            return m.group(1)
    return ""


def _caption(article: dict, word: str) -> dict:
    caption = article["caption"]
    who = caption.get("credit") or ""
    credit = {"none": who, "she": f"{who} 摄", "gongtu": f"{who} 供图", "source": f"图片来源：{who}"}[word]
    return {"text": caption.get("text") or "", "credit": credit}


class _Story:
    """One story's printed pieces, in the order a reader meets them."""

    def __init__(self, rng: random.Random, article: dict, drawn: dict) -> None:
        self.article, self.drawn = article, drawn
        self.furniture: list[str] = []
        kicker = article.get("kicker") or _serial_label(drawn)
        self.dateline, self.byline, self.byline_at = _credits(rng, article, drawn["credit"])
        self.blocks: list[dict] = []
        for text in article["body"]:
            if text.startswith("## "):
                self.blocks.append(
                    {"type": "heading", "text": SUBHEAD_MARK[drawn["subhead"]] + text[3:].strip()}
                )
            else:
                self.blocks.append({"type": "paragraph", "text": _qa(text, drawn["qa"])})
        park = article["park"]
        story_blocks = len(self.blocks)
        if drawn["note"] == "source_paren":
            self.blocks.append({"type": "paragraph", "text": f"（数据来源：{_short(park)}管委会）"})
        elif drawn["note"] == "caliber":
            self.blocks.append({"type": "paragraph", "text": "注：文中企业数据均为规模以上企业统计口径。"})
        elif drawn["note"] == "link_box":
            self.blocks.append({"type": "heading", "text": "链接"})
            self.blocks.append(
                {
                    "type": "paragraph",
                    "text": f"{park}是经国务院批准设立的国家级高新技术产业开发区，简称{_short(park)}。",
                }
            )
        elif drawn["note"] == "background_box":
            self.blocks.append({"type": "heading", "text": "背景"})
            topic = (article.get("topics") or ["产业集群"])[0]
            self.blocks.append(
                {
                    "type": "paragraph",
                    "text": f"近年来，{_short(park)}把{topic}作为园区创新发展的重点方向之一。",
                }
            )
        speaker = _speaker(article)
        if drawn["profile"] == "box" and speaker:
            topic = (article.get("topics") or ["产业集群"])[0]
            self.blocks.append({"type": "heading", "text": "人物简介"})
            self.blocks.append(
                {
                    "type": "paragraph",
                    "text": f"{speaker}，{_short(park)}一家企业负责人，长期从事{topic}领域研发和经营管理。",
                }
            )
        self.notes = len(self.blocks) - story_blocks
        self.kicker, self.title, self.subtitle = kicker, article["title"], article.get("subtitle") or ""
        self.captions = [_caption(article, drawn["credit_word"])] if drawn["caption"] != "none" else []

    def deck(self) -> list[str]:
        title = self.title.split(" ", 1) if self.drawn["title_break"] == "at_space" else [self.title]
        kicker = [self.kicker] if self.kicker else []
        subtitle = [self.subtitle] if self.subtitle else []
        if self.drawn["deck"] == "title_first":
            return title + subtitle + kicker
        return kicker + title + subtitle

    def lines(self, habits: set, indent: str) -> list[str]:
        """The story's raw lines, as the extractor reads them back."""
        measure, drawn = self.drawn["measure"], self.drawn
        reflow = "reflow" in habits
        paragraphs: list[list[str]] = []
        for k, block in enumerate(self.blocks):
            text = block["text"]
            if k == 0 and self.dateline:
                text = self.dateline + ("　" if drawn["credit"] == "dateline_spaced" else "") + text
            if block["type"] == "heading":
                paragraphs.append([text])
                continue
            lead_in = indent if indent != "dropped" else ""
            if reflow:
                paragraphs.append([lead_in + text])
            else:
                rows = wrap(text, measure, 2)
                rows[0] = lead_in + rows[0]
                paragraphs.append(rows)
        if self.byline_at == "tail" and self.byline:
            last = max(
                i for i, b in enumerate(self.blocks) if b["type"] == "paragraph" and not self._is_note(i)
            )
            paragraphs[last][-1] += " " + self.byline
        if "block_gaps" in habits:
            for rows in paragraphs:
                rows.append("")
        lead: list[str] = []
        if drawn["lead"] == "core_tip":
            self.furniture.append("核心提示")
            lead = ["核心提示"] + paragraphs.pop(0)
        elif drawn["lead"] == "daoyu_label":
            self.furniture.append("【导语】")
            lead = paragraphs.pop(0)
            lead[0] = "【导语】" + lead[0].lstrip(" \u3000\u00a0")
        elif drawn["lead"] == "above_deck":
            lead = paragraphs.pop(0)
        byline = [self.byline] if self.byline and self.byline_at == "top" else []
        caption = []
        for c in self.captions:
            caption = [f"{c['text']}　{c['credit']}".strip("　")]
        body = [row for rows in paragraphs for row in rows]
        deck = self.deck()
        related = {
            "none": [],
            "see_page": [f"（相关报道见第{(drawn['page_no'] + 3) % 16 + 1}版）"],
            "see_app": ["更多园区资讯请关注本报客户端“园区”频道"],
        }[drawn["related"]]
        self.furniture += related
        late = "headline_late" in habits
        if drawn["lead"] == "above_deck" or (late and lead):
            head = lead + deck + byline
        else:
            head = deck + byline + lead
        if late and not lead and paragraphs:
            first = paragraphs[0]
            head, body = first + head, body[len(first) :]
        if drawn["caption"] == "above_deck":
            return caption + head + body + related
        if drawn["caption"] == "after_first_paragraph" and paragraphs:
            n = len(paragraphs[0]) if not (late and not lead) else 0
            return head + body[:n] + caption + body[n:] + related
        return head + body + caption + related

    def _is_note(self, index: int) -> bool:
        return index >= len(self.blocks) - self.notes

    def gold(self) -> dict:
        article = self.article
        authors = [a["name"] for a in article.get("authors") or []]
        return {
            "id": article["id"],
            "park": article["park"],
            "kicker": self.kicker,
            "title": self.title,
            "subtitle": self.subtitle,
            "dateline": self.dateline,
            "authors": authors,
            "byline": self.byline,
            "blocks": self.blocks,
            "captions": self.captions,
            "topics": list(article.get("topics") or []),
            "summary": article.get("summary", ""),
            "lead_summary": lead_sentence(self.blocks),
            "kern": {name: self.drawn[name] for name in CONVENTIONS},
        }


def _module(rng: random.Random, kind: str, park: str) -> list[str]:
    short = _short(park)
    if kind == "infographic":
        a, b, c = rng.randint(120, 980), rng.randint(3, 19), rng.randint(40, 400)
        return [
            "一图读懂",
            f"{short}前三季度“成绩单”",
            f"营业收入 {a}亿元",
            f"同比增长 {b}.{rng.randint(0, 9)}%",
            f"新增高新技术企业 {c}家",
            "数据来源：园区管委会",
        ]
    if kind == "advertorial":
        return [
            "企业风采",
            f"{short}某智能装备企业：十年深耕工业传感",
            "专注高精度压力传感器研发与制造",
            f"本版文字由{short}管委会提供",
        ]
    if kind == "call_for_papers":
        return ["征稿启事", "本专刊常年征集园区创新实践稿件，", "来稿请注明“专刊投稿”。"]
    return []


def kern_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    rng = random.Random(f"kern:{seed}")
    page = {name: rng.choice(values) for name, values in PAGE_CONVENTIONS.items()}
    base, extras = EXTRACTOR_HABITS[page["extractor"]]
    habits = {base} | {h for h in extras if rng.random() < 0.6}
    chosen = rng.sample(articles, min(len(articles), rng.randint(2, 6)))
    page_no = rng.randint(5, 16)
    stories = [_Story(rng, a, _draw(rng, a, page_no)) for a in chosen]
    indent = {"dropped": "", "ideographic": "\u3000\u3000", "nbsp": "\u00a0\u00a0", "spaces": "    "}[
        page["indent"]
    ]

    edition = EDITIONS[rng.randrange(len(EDITIONS))]
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    staff = rng.sample(STAFF, 3)
    header = [
        f"{edition}·专刊",
        f"第{rng.randint(101, 480)}期",
        f"2025年{month}月{day}日 星期{WEEKDAYS[rng.randrange(7)]}",
        f"{page_no:02d}",
    ]
    footer = [
        f"责任编辑 {staff[0]}　美术编辑 {staff[1]}　校对 {staff[2]}",
        "邮箱：quyu@kjrb.example.cn",
    ]
    module = _module(rng, page["module"], chosen[0]["park"])

    modules: list[list[str]] = [story.lines(habits, indent) for story in stories]
    if page["order"] == "lead_last":
        modules = modules[1:] + modules[:1]
    if module:
        modules.insert(rng.randint(1, len(modules)), module)
    top = header + footer if page["furniture"] == "top" else header if page["furniture"] == "split" else []
    bottom = (
        header + footer if page["furniture"] == "bottom" else footer if page["furniture"] == "split" else []
    )

    gap = "\n\n\n" if "module_gaps" in habits else ""
    gap += "\f" if "form_feed" in habits else ""
    blocks = [top] if top else []
    blocks += modules
    blocks += [bottom] if bottom else []
    lines_out: list[str] = []
    for k, lines in enumerate(blocks):
        if k and gap:
            lines_out.append(gap)
        lines_out += lines
    raw_lines = []
    for line in lines_out:
        if "han_spaces" in habits:
            line = re.sub(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", " ", line)
        if "justify_gaps" in habits and rng.random() < 0.2:
            gaps = [m.start() for m in re.finditer(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", line)]
            if gaps:
                at = rng.choice(gaps)
                line = line[:at] + " " + line[at:]
        if "trailing_space" in habits and rng.random() < 0.4:
            line += " " * rng.randint(1, 3)
        raw_lines.append(line)
    end = "\r\n" if "crlf" in habits else "\n"
    sep = end * 2 if "blank_after_line" in habits else end
    raw = sep.join(raw_lines) + end

    furniture = header + footer + module + [f for story in stories for f in story.furniture]
    gold = {
        "page": "",
        "notes": "Laid out by tests/kern.py: a 区域创新 special edition read back by "
        f"{page['extractor']}. Body text is as printed; furniture holds the edition's lines, box labels "
        "and the modules that are not stories.",
        "extractor": page["extractor"],
        "articles": [story.gold() for story in stories],
        "furniture": furniture,
        "kern": page | {"habits": sorted(habits)},
    }
    return raw, gold
