"""A copy-fitting layouter: each story is cut and fitted to the column measure the page plan
gives it, and a PDF extractor reads the page back as text.

`copyfit_page(seed, articles)` draws one page of 2-6 stories from corpus articles (the
tests/corpus format) and returns the raw text with its gold annotation. Every convention drawn
is noted per article under `copyfit:` and the extractor under the page's `copyfit:`.

Conventions of the fitter:
- measures of 14-20 characters per story; a bold lead may run a wider measure;
- kinsoku: no line opens with closing punctuation or ends with an opening one, and runs of
  half-width characters (figures, Latin) are never split;
- headlines: alone above the story, between rule lines, or set with ideographic spaces between
  their characters; three-deck headlines (kicker / title / subtitle), a long title over two lines;
- datelines: 本报讯（记者 X 通讯员 Y）, a reporting line 本报记者 X 通讯员 Y 报道, or the
  reporters in parentheses after the last sentence; bylines 本报记者 X, ■ 本报记者 X, 文/图 X;
- subheadings: a bare line, a ◇-marked line, a numbered line (一、), or run in at the head of
  the paragraph in 〖〗 (the heading keeps its marks as printed);
- captions above or below the story, credited 'X 摄', 'X供图' or '图：X';
- furniture: the page's date, name and editor lines, a running header and 扫码阅读 lines
  repeated between stories, a boxed notice (启事, 更正) among the stories, jump lines
  （下转第N版） / （上接第N版）;
- extractor: the documented one (a blank line after every line except one ending half-width)
  or one that puts a blank line after every line, each with some habits: Kangxi-radical code
  points for common characters (NFKC undoes them), a form feed between page regions, trailing
  spaces, no-break spaces for the spaces it reads.
"""

from __future__ import annotations

import random
import re
import unicodedata

from tests.goldtext import lead_sentence

CLOSING = set("，。、；：？！”’）》〉」』】〗…%")
OPENING = set("“‘（《〈「『【〖")
HALF_WIDTH_RUN = re.compile(r"[0-9A-Za-z.%+\-/]+")
HEADLINE_STYLES = ("plain", "ruled", "ideographic_spaced")
SUBHEAD_STYLES = ("bare", "diamond", "numbered", "run_in")
DATELINE_STYLES = ("bracketed", "reporting_line", "closing_parentheses")
BYLINE_STYLES = ("reporter", "square", "text_and_photo")
CAPTION_PLACES = ("above", "below")
CREDIT_FORMS = ("{credit} 摄", "{credit}供图", "图：{credit}")
EXTRACTORS = ("documented", "blank_after_every_line")
HABITS = ("kangxi", "form_feed", "trailing_spaces", "no_break_spaces")
JUMPS = ("none", "to", "from")
NEWS_KINDS = ("news", "short", "photo")  # kinds whose reporters go into a dateline
RULE = "━━━━━━━━━━━━"
RUNNING_HEADER = "园区新闻·高新区"
READ_MORE = "扫码阅读全文"
NOTICES = (
    "征稿启事：本版常年刊登国家高新区创新发展的新闻和经验，欢迎各园区管委会和企业来稿。",
    "更正：本报上期本版《园区动态》一文中的企业名称有误，特此更正，并向读者致歉。",
)
NUMERALS = "一二三四五六七八九十"
KANGXI_FOR = ("一", "人", "大", "工", "高", "生", "用", "行", "金", "力", "入", "方", "日", "月")
WEEKDAYS = "一二三四五六日"


def kangxi_radicals() -> dict[str, str]:
    """Common characters and the Kangxi-radical code point that looks like each (NFKC maps back)."""
    radicals = {unicodedata.normalize("NFKC", chr(cp)): chr(cp) for cp in range(0x2F00, 0x2FD6)}
    return {ch: radicals[ch] for ch in KANGXI_FOR}


KANGXI = kangxi_radicals()


def tokens(text: str) -> list[str]:
    """Characters, with each run of half-width characters kept whole."""
    out: list[str] = []
    pos = 0
    for match in HALF_WIDTH_RUN.finditer(text):
        out += list(text[pos : match.start()])
        out.append(match.group())
        pos = match.end()
    return out + list(text[pos:])


def width(token: str) -> float:
    return len(token) / 2 if token.isascii() else 1.0


def fit_lines(text: str, measure: int, first_measure: int) -> list[str]:
    """Break text into column lines: the first line is shorter (its indent), closing punctuation
    stays on the line before, opening punctuation goes to the next line."""
    lines: list[list[str]] = [[]]
    used = 0.0
    for token in tokens(text):
        limit = first_measure if len(lines) == 1 else measure
        if lines[-1] and used + width(token) > limit and token not in CLOSING:
            carried = [lines[-1].pop()] if lines[-1][-1] in OPENING and len(lines[-1]) > 1 else []
            lines.append(carried)
            used = sum(width(t) for t in carried)
        lines[-1].append(token)
        used += width(token)
    joined = ("".join(line).strip(" ") for line in lines)
    return [line for line in joined if line]


def role_name(author: dict) -> str:
    return f"{author['role']} {author['name']}" if author.get("role") else author["name"]


class Story:
    """One article fitted to its measure: the printed lines and the gold describing them."""

    def __init__(self, rng: random.Random, article: dict, jump: str, jump_page: int) -> None:
        self.rng = rng
        self.article = article
        self.measure = rng.randint(14, 20)
        self.jump = jump
        self.jump_page = jump_page
        self.conventions: dict = {"measure": self.measure, "jump": jump}
        self.blocks: list[dict] = []
        self.captions: list[dict] = []
        self.dateline = ""
        self.byline = ""
        self.lines: list[str] = []

    def paragraphs(self) -> list[str]:
        """The body's items this page prints: all, the first part (jump to), or the tail (from)."""
        body = list(self.article["body"])
        cut = jump_cut(body)
        if self.jump == "to":
            return body[:cut]
        if self.jump == "from":
            return body[cut:]
        return body

    def headline_lines(self) -> list[str]:
        style = self.rng.choice(HEADLINE_STYLES)
        self.conventions["headline"] = style
        out = []
        if self.article.get("kicker"):
            out.append(self.article["kicker"])
        title = self.article["title"].replace(" ", "")
        if style == "ideographic_spaced":
            out.append("\u3000".join(title))
        else:
            two_lines = len(title) > self.measure + 2
            # the lines of one headline are read back with a single newline between them
            out.append(title[: len(title) // 2] + "\n" + title[len(title) // 2 :] if two_lines else title)
            self.conventions["title_lines"] = 2 if two_lines else 1
        if self.article.get("subtitle"):
            out.append(self.article["subtitle"])
        return [RULE, *out, RULE] if style == "ruled" else out

    def author_names(self, trailing: bool) -> list[dict]:
        return [a for a in self.article.get("authors", []) if bool(a.get("trailing")) == trailing]

    def news_dateline(self) -> tuple[str, str]:
        """The dateline printed before the first paragraph and the one after the last sentence."""
        reporters = self.author_names(trailing=False)
        style = self.rng.choice(DATELINE_STYLES) if reporters else "bracketed"
        self.conventions["dateline"] = style
        named = " ".join(role_name(a) for a in reporters)
        if style == "bracketed":
            self.dateline = f"本报讯（{named}）" if reporters else "本报讯"
            return self.dateline, ""
        if style == "reporting_line":
            self.dateline = f"本报{named} 报道"
            return self.dateline, ""
        self.dateline = f"（{named}）" if self.jump != "to" else ""
        return "", self.dateline

    def feature_byline(self) -> str:
        authors = self.author_names(trailing=False)
        if not authors:
            return ""
        caption = self.article.get("caption") or {}
        styles = [s for s in BYLINE_STYLES if s != "text_and_photo" or caption]
        style = self.rng.choice(styles)
        self.conventions["byline"] = style
        if style == "text_and_photo":
            self.byline = "文/图 " + " ".join(a["name"] for a in authors)
        else:
            self.byline = ("■ " if style == "square" else "") + " ".join(role_name(a) for a in authors)
        return self.byline

    def caption_lines(self) -> list[str]:
        caption = self.article["caption"]
        form = self.rng.choice(CREDIT_FORMS)
        self.conventions["credit"] = form.format(credit="X")
        credit = form.format(credit=caption["credit"]) if caption.get("credit") else ""
        # the credit keeps its label words as printed: the scorer compares credits without them
        self.captions.append({"text": caption.get("text", ""), "credit": credit})
        return fit_lines(
            " ".join(p for p in (caption.get("text", ""), credit) if p), self.measure, self.measure
        )

    def subheading_lines(self, text: str, number: int, following: str | None) -> tuple[list[str], bool]:
        """A subheading's printed lines; True when it ran into the following paragraph."""
        style = self.conventions.setdefault("subheadings", self.rng.choice(SUBHEAD_STYLES))
        printed = {"bare": text, "diamond": f"◇{text}", "numbered": f"{NUMERALS[number % 10]}、{text}"}
        printed["run_in"] = text  # a subheading with no paragraph after it cannot run in
        if style == "run_in" and following:
            heading = f"〖{text}〗"
            self.blocks += [{"type": "heading", "text": heading}, {"type": "paragraph", "text": following}]
            return fit_lines(heading + following, self.measure, self.measure - 2), True
        self.blocks.append({"type": "heading", "text": printed[style]})
        return [printed[style]], False

    def body_lines(self, opening: str, closing: str) -> list[str]:
        items = self.paragraphs()
        lead_wide = self.jump != "from" and self.article["kind"] not in NEWS_KINDS and self.rng.random() < 0.3
        self.conventions["wide_lead"] = lead_wide
        out: list[str] = []
        if opening and self.conventions.get("dateline") == "reporting_line":
            out.append(opening)
            opening = ""
        skip = False
        for index, item in enumerate(items):
            if skip:
                skip = False
                continue
            if item.startswith("## "):
                following = (
                    items[index + 1]
                    if index + 1 < len(items) and not items[index + 1].startswith("## ")
                    else None
                )
                headings = sum(b["type"] == "heading" for b in self.blocks)
                lines, skip = self.subheading_lines(item[3:], headings, following)
                out += lines
                continue
            last = index == len(items) - 1
            printed = (opening + item if not out and opening else item) + (closing if last else "")
            self.blocks.append({"type": "paragraph", "text": item})
            measure = self.measure + 8 if lead_wide and index == 0 else self.measure
            out += fit_lines(printed, measure, measure - 2)
        return out

    def trailing_author(self) -> str:
        names = [a["name"] for a in self.author_names(trailing=True)]
        self.conventions["trailing"] = " ".join(names) if self.jump != "to" else ""
        return self.conventions["trailing"]

    def lay_out(self) -> list[str]:
        article = self.article
        is_news = article["kind"] in NEWS_KINDS
        opening, closing = self.news_dateline() if is_news else ("", "")
        trailing = self.trailing_author()
        if trailing and self.jump != "to":
            closing = f"{closing} {trailing}" if closing else f" {trailing}"
        if self.jump == "to":
            closing = ""
        head: list[str] = []
        if self.jump == "from":
            head.append(f"（上接第{self.jump_page}版）")
            self.dateline, opening = "", ""
        else:
            head += self.headline_lines()
            if not is_news:
                head += [line for line in [self.feature_byline()] if line]
        caption_place = "none"
        caption: list[str] = []
        if article.get("caption") and self.jump != "from":
            caption_place = self.rng.choice(CAPTION_PLACES)
            caption = self.caption_lines()
        self.conventions["caption"] = caption_place
        body = self.body_lines(opening, closing)
        if self.jump == "to":
            body.append(f"（下转第{self.jump_page}版）")
        return (
            head
            + (caption if caption_place == "above" else [])
            + body
            + (caption if caption_place == "below" else [])
        )

    def printed_authors(self) -> list[str]:
        """The names the page prints: a cut-off dateline or trailing name is on another page."""
        named = self.author_names(trailing=False)
        at_start = self.conventions.get("dateline") != "closing_parentheses"
        printed_named = self.jump != ("from" if at_start else "to")
        if self.article["kind"] not in NEWS_KINDS:
            printed_named = self.jump != "from"
        names = [a["name"] for a in named] if printed_named else []
        return names + [name for name in self.conventions["trailing"].split() if name]

    def gold(self) -> dict:
        article = self.article
        from_page = self.jump == "from"
        return {
            "id": article["id"],
            "park": article["park"],
            "kicker": "" if from_page else article.get("kicker", ""),
            "title": "" if from_page else article["title"].replace(" ", ""),
            "subtitle": "" if from_page else article.get("subtitle", ""),
            "dateline": self.dateline,
            "authors": self.printed_authors(),
            "byline": self.byline,
            "blocks": self.blocks,
            "captions": self.captions,
            "topics": list(article.get("topics", [])),
            "summary": article.get("summary", ""),
            "lead_summary": lead_sentence(self.blocks),
            "copyfit": self.conventions,
        }


def jump_cut(body: list[str]) -> int:
    """Where a story is cut for a jump: about half way, never next to a subheading (0: nowhere)."""
    cuts = [
        k for k in range(1, len(body)) if not body[k - 1].startswith("## ") and not body[k].startswith("## ")
    ]
    return min(cuts, key=lambda k: abs(k - len(body) // 2), default=0)


def page_furniture(rng: random.Random) -> list[str]:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    editor = rng.choice(("责任编辑：阿依努尔", "责任编辑：钮一鸣", "责任编辑：才让卓玛"))
    return [f"2026年{month}月{day}日 星期{rng.choice(WEEKDAYS)}", "园区", editor]


def jump_plan(rng: random.Random, stories: list[dict]) -> list[str]:
    """At most one story continued to another page and one continued from one (the first)."""
    plan = ["none"] * len(stories)
    long_enough = [i for i, a in enumerate(stories) if jump_cut(a["body"])]
    if long_enough and rng.random() < 0.25:
        plan[rng.choice(long_enough)] = "to"
    if plan[0] == "none" and jump_cut(stories[0]["body"]) and rng.random() < 0.2:
        plan[0] = "from"
    return plan


def extract(rng: random.Random, regions: list[list[str]], extractor: str, habits: list[str]) -> str:
    """The text a PDF extractor writes for the page's regions of printed lines."""
    out: list[str] = []
    for number, region in enumerate(regions):
        if number and "form_feed" in habits:
            out.append("\f")
        for line in region:
            if "kangxi" in habits:
                line = "".join(KANGXI.get(ch, ch) if rng.random() < 0.5 else ch for ch in line)
            if "no_break_spaces" in habits:
                line = line.replace(" ", "\u00a0")
            if "trailing_spaces" in habits and rng.random() < 0.4:
                line += " " * rng.randint(1, 3)
            out.append(line)
            ends_half_width = line.rstrip()[-1:].isascii()
            if extractor == "blank_after_every_line" or not ends_half_width:
                out.append("")
    return "\n".join(out) + "\n"


def copyfit_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    rng = random.Random(seed)
    stories = rng.sample(articles, min(len(articles), rng.randint(2, 6)))
    jumps = jump_plan(rng, stories)
    furniture = page_furniture(rng)
    regions: list[list[str]] = [list(furniture)]
    gold_articles = []
    for article, jump in zip(stories, jumps):
        story = Story(rng, article, jump, rng.randint(2, 8))
        lines = story.lay_out()
        extra = [line for line, p in ((RUNNING_HEADER, 0.15), (READ_MORE, 0.15)) if rng.random() < p]
        regions.append(lines + extra)
        furniture += extra
        gold_articles.append(story.gold())
        furniture += [line for line in lines if line.startswith(("（下转", "（上接")) or line == RULE]
    notice = rng.random() < 0.2
    if notice:
        # a boxed notice set among the stories: page furniture, part of no article
        lines = fit_lines(rng.choice(NOTICES), 18, 18)
        regions.insert(rng.randint(2, len(regions)), lines)
        furniture += lines
    extractor = EXTRACTORS[0] if rng.random() < 0.8 else EXTRACTORS[1]
    habits = [habit for habit in HABITS if rng.random() < 0.3]
    raw = extract(rng, regions, extractor, habits)
    gold = {
        "notes": "Gold of a page fitted by the copy-fitting layouter. Texts are as printed, with "
        "the extractor's compatibility code points undone; datelines are kept out of the body.",
        "furniture": furniture,
        "copyfit": {"extractor": extractor, "habits": habits, "notice": notice},
        "articles": gold_articles,
    }
    return raw, gold
