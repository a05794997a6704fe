"""The thirty-fifth layouter, colophon: the 园区文摘 page of a weekly digest paper.

《高新文摘》 is an invented weekly that reprints park stories from city and provincial dailies,
news agencies, park websites and WeChat accounts, abridged by its own editors, beside a few
stories of its own. Its page differs from a daily's in what it prints around the stories:

- 3-5 columns of 12-17 ems, often of mixed widths on one page; a column name as a label above
  a headline (【园区速览】, 〖一线观察〗, ‖他山之石‖, or the bare name set in a box);
- SOURCE lines instead of, or beside, bylines: a closing （摘自《X日报》2024年3月5日，作者 Y）,
  （来源：X高新区管委会微信公众号）, （原载《X》…，有删节）; openers 据新华社电（记者 Y）,
  据《X日报》报道, 本报综合; 文/Y or □ 本报记者 Y at the head; 本报讯（记者 Y） for its own;
- an 编者按 or 【编者的话】 before the lead; 延伸阅读 / 链接 sidebars after a story;
- strips (一句话新闻; 数说园区 with a big figure alone on a line), a 读者来信 / 园区问答 corner, a
  cartoon (漫画) with its "X/作" credit, an ad for a park's 招商 fair;
- jump lines （下转第N版） / （上接第1版）; subheadings marked ◇, set in 【】 or numbered 一、;
- photo credits 图片来源：X, X 摄, X供图 or 资料图;
- furniture: the header (第1234期 · 园区文摘 · 责任编辑 X · 美术编辑 Y · date), 邮发代号 and 订阅
  lines, the 稿酬 notice for authors the paper could not reach, a page number.

How the page is annotated (gold), where the parse contract leaves a choice:
- column labels, jump lines, cartoons, ads, header and footer lines are furniture; so is the
  markup a reader adds (Markdown "#", HTML table tags, Mathpix's \\section*{…} and escapes);
- a dateline or opener (本报讯（…）, 据新华社电（…）, 据《X》报道, 本报综合) stays at the head of the
  first paragraph and is also the article's `dateline`; head and closing credit lines are its
  `byline` (joined by a space); `authors` are the names the page prints, no more;
- an 编者按 is the article's first paragraph; a sidebar is a heading (延伸阅读 / 链接) and a paragraph
  at the end of its article; a table is one paragraph per row, cells separated by spaces;
- a subheading keeps its printed mark (◇, 【】, 一、);
- a strip or a corner is an article of its own, titled with its name, without park or topics.

Readers (gold `extractor`), each with the habits of a real tool:
- documented: the sample page's reader (sources/2021-01/): a blank line after every line except one
  ending in a half-width character, headlines printed apart from their bodies (after the story or
  grouped after several), spaces around some numbers, now and then a letter-spaced line;
- azure_markdown: Azure AI Document Intelligence layout with outputContentFormat=markdown: lines
  of a paragraph kept, a blank line between paragraphs, the title role as "# ", section headings
  as "## ", <!-- PageHeader="…" -->, <!-- PageFooter="…" -->, <!-- PageNumber="…" -->, tables as
  HTML <table>, pictures as <figure> with <figcaption>;
- azure_read: the same service's read result written one line per line: no blank lines, a caption
  and its credit (set apart on the page) as two lines, every table cell a line of its own;
- apple_live_text: text copied with Live Text from a page photo: one line per line, no blank lines,
  full-width ，：；（）！？ read as half-width, table cells on lines of their own;
- mathpix: Mathpix's Markdown of the PDF: a paragraph on one line, blank lines between, headlines
  as \\section*{…}, subheadings as \\subsection*{…}, "%" escaped as "\\%", pictures as
  ![](https://cdn.mathpix.com/cropped/…), tables as \\begin{tabular}…\\end{tabular}.
"""

from __future__ import annotations

import csv
import random
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ZONES_TSV = Path(__file__).resolve().parent.parent / "data" / "hitech_zones.tsv"
PAPER = "高新文摘"
PAGE_NAME = "园区文摘"

EXTRACTOR_WEIGHTS: dict[str, float] = {
    "documented": 0.2,
    "azure_markdown": 0.2,
    "azure_read": 0.2,
    "apple_live_text": 0.2,
    "mathpix": 0.2,
}

HABITS: dict[str, tuple[str, ...]] = {
    "documented": ("blank_after_line", "headline_apart", "spaced_numbers", "letter_spaced_line"),
    "azure_markdown": (
        "md_title",
        "md_section_heading",
        "page_header_comment",
        "page_footer_comment",
        "page_number_comment",
        "html_table",
        "figure_tag",
        "paragraph_lines_kept",
    ),
    "azure_read": ("line_per_line", "no_blank_lines", "caption_credit_split", "cell_per_line"),
    "apple_live_text": ("line_per_line", "no_blank_lines", "halfwidth_punctuation", "cell_per_line"),
    "mathpix": (
        "paragraph_one_line",
        "section_star",
        "subsection_star",
        "percent_escaped",
        "mathpix_image",
        "tabular",
    ),
}

# What varies per article (gold `colophon:` of each article)
CONVENTIONS: dict[str, tuple] = {
    "credit": (
        "benbao",
        "wen_slash",
        "box_mark",
        "zhai_zi",
        "laiyuan_wechat",
        "laiyuan_web",
        "ju_agency",
        "ju_paper",
        "zonghe",
        "yuanzai",
    ),
    "column_label": ("none", "lenticular", "white_lenticular", "double_bar", "boxed"),
    "subhead_mark": ("plain", "diamond", "lenticular", "numbered"),
    "caption_credit": ("none", "tupian_laiyuan", "she_or_gongtu", "ziliaotu"),
    "editor_note": ("none", "bianzhean", "bianzhe_dehua"),
    "sidebar": ("none", "yanshen", "lianjie"),
    "continuation": ("none", "to", "from"),
    "width": tuple(range(12, 18)),
    "headline_place": ("above", "after_body", "grouped"),
}

# What varies per page (gold `colophon_page:`)
PAGE_CONVENTIONS: dict[str, tuple] = {
    "columns": (3, 4, 5),
    "mixed_widths": (False, True),
    "strip": ("none", "yijuhua", "shushuo"),
    "corner": ("none", "duzhe_laixin", "wenda"),
    "cartoon": (False, True),
    "ad": (False, True),
    "header": ("one_line", "two_lines"),
    "page_number": ("top", "bottom"),
}

LABEL_FORMS = {"lenticular": "【{}】", "white_lenticular": "〖{}〗", "double_bar": "‖{}‖", "boxed": "{}"}
COLUMN_NAMES = {
    "short": ("园区速览", "一线快讯", "园区简讯"),
    "news": ("一线观察", "园区动态", "他山之石"),
    "feature": ("深度", "他山之石", "创新前沿"),
    "interview": ("对话", "园区人物"),
    "measures": ("政策解读", "园区新政"),
    "commentary": ("园区评论", "观点"),
    "photo": ("图说园区", "镜头"),
}
AGENCIES = ("新华社", "中新社")
OPENERS = ("benbao", "ju_agency", "ju_paper", "zonghe")
SIGNED_KINDS = ("interview", "commentary")
WECHAT_OR_WEB = {"laiyuan_wechat": "管委会微信公众号", "laiyuan_web": "管委会网站"}
CHINESE_NUMERALS = "一二三四五六七八九十"
EDITORS = ("郤明川", "禤嘉欣", "昝云舒", "逯志平", "笪晓岚", "宓思源", "厍建国", "兀立新")
CARTOONISTS = ("皇甫小禾", "呼延青", "闻人一苇", "东方朔月", "夏侯安")
CARTOON_TITLES = ("“店小二”上门来", "链上结新果", "中试这座桥", "一张蓝图干到底", "数据多跑路")
READERS = ("河北读者 唐先生", "江苏读者 鞠女士", "吉林读者 全先生", "山东读者 訾女士", "广西读者 农先生")
INDUSTRIES = ("数字经济", "人工智能", "集成电路", "生物医药", "新材料", "新能源", "智能制造", "绿色低碳")
HALF_WIDTH = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})
CLOSING = set("，。、；：？！”’）》」』】…,.;:?!)")
FIGURE = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?:家|亿元|万元|吨|万吨|项|个|人|架|台|辆|亩|万亩|片|%)")


# ---------------------------------------------------------------- the page as printed


@dataclass
class Block:
    """One thing printed on the page, in reading order, before a reader turns it into text."""

    kind: str  # para, title, heading, table, caption, image, furniture, label, jump, credit
    text: str = ""
    width: int = 15
    rows: list[list[str]] = field(default_factory=list)
    credit: str = ""  # a caption's credit, printed after its text
    role: str = ""  # furniture: header, footer, page_number, other
    indent: int = 2


@dataclass
class Laid:
    """One article as set on the page: its blocks and its gold."""

    headline: list[Block]
    body: list[Block]
    gold: dict
    place: str = "above"


# ---------------------------------------------------------------- small helpers


def load_zones() -> dict[str, dict]:
    with open(ZONES_TSV, encoding="utf-8") as f:
        return {row["official_name"]: row for row in csv.DictReader(f, delimiter="\t")}


ZONES = load_zones()


def short_name(park: str) -> str:
    return ZONES.get(park, {}).get("short_name") or park or "园区"


def city_paper(park: str) -> str:
    """The city daily a park's story is reprinted from: 《唐山日报》, 《延边日报》."""
    city = ZONES.get(park, {}).get("city", "") or "本市"
    stem = city[:2] if "自治" in city else city.removesuffix("市")
    return f"《{stem}日报》"


def province_paper(park: str) -> str:
    province = ZONES.get(park, {}).get("province", "") or "本省"
    stem = province[:2] if "自治区" in province else province.removesuffix("省").removesuffix("市")
    return f"《{stem}日报》"


def ems(text: str) -> float:
    """Width in ems: a half-width character takes half a column em."""
    return sum(0.5 if ord(c) < 0x100 else 1.0 for c in text)


def half_width(c: str) -> bool:
    return ord(c) < 0x100 and not c.isspace()


def wrap(text: str, width: int, indent: int = 0) -> list[str]:
    """Column lines of a text; closing punctuation hangs on the line before (禁则), as typeset."""
    lines, line, room = [], "", width - indent
    for c in text:
        in_number = bool(line) and line[-1].isascii() and line[-1].isalnum() and c.isascii() and c.isalnum()
        if ems(line) + ems(c) > room and line and c not in CLOSING and not in_number:
            lines.append(line)
            line, room = "", width
        line += c
    if line:
        lines.append(line)
    return lines


def nows(text: str) -> str:
    """A text as the scorer compares it: NFKC, no whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def names_with_roles(authors: list[dict]) -> str:
    """记者 A B 通讯员 C: names grouped under their roles, in order of first appearance."""
    groups: dict[str, list[str]] = {}
    for author in authors:
        groups.setdefault(author.get("role") or "记者", []).append(author["name"])
    return " ".join(f"{role} {' '.join(names)}" for role, names in groups.items())


def date_text(rng: random.Random) -> tuple[int, int, int]:
    return rng.choice((2024, 2025)), rng.randint(1, 12), rng.randint(1, 28)


# ---------------------------------------------------------------- credits


@dataclass
class Credit:
    form: str
    opener: str = ""  # run in at the head of the first paragraph
    head: str = ""  # a line before the text
    tail: str = ""  # a line after the text
    names: list[str] = field(default_factory=list)


def choose_credit(rng: random.Random, article: dict, own: bool) -> str:
    forms = list(CONVENTIONS["credit"])
    if article.get("kind") in SIGNED_KINDS:  # an interview or a commentary is reprinted under its author
        forms = [form for form in forms if form not in OPENERS]
    if not article.get("dateline") and "benbao" in forms:
        forms.remove("benbao")
    if own and "benbao" in forms:
        return "benbao"
    return rng.choice(forms)


def make_credit(rng: random.Random, form: str, article: dict) -> Credit:
    """The credit a digest prints for a story of its own or one it reprints."""
    authors = article.get("authors") or []
    names = [a["name"] for a in authors]
    park = article.get("park", "")
    year, month, day = date_text(rng)
    if form == "benbao":
        inside = f"（{names_with_roles(authors)}）" if authors else ""
        return Credit(form, opener=f"{article.get('dateline') or '本报讯'}{inside}", names=names)
    if form == "ju_agency":
        inside = f"（{names_with_roles(authors)}）" if names else ""
        return Credit(form, opener=f"据{rng.choice(AGENCIES)}电{inside}", names=names)
    if form == "ju_paper":
        return Credit(form, opener=f"据{rng.choice((city_paper(park), province_paper(park)))}报道")
    if form == "zonghe":
        return Credit(form, opener="本报综合")
    if form in ("wen_slash", "box_mark") and names:
        if form == "wen_slash":
            return Credit(form, head=f"文/{' '.join(names)}", names=names)
        mark = rng.choice("□◎")
        return Credit(form, head=f"{mark} {names_with_roles(authors)}", names=names)
    if form == "zhai_zi":
        by = f"，作者 {' '.join(names)}" if names else ""
        paper = rng.choice((city_paper(park), province_paper(park), "《科技日报》"))
        return Credit(form, tail=f"（摘自{paper}{year}年{month}月{day}日{by}）", names=names)
    if form == "yuanzai":
        head = f"文/{' '.join(names)}" if names else ""
        tail = f"（原载{city_paper(park)}{year}年{month}月{day}日，有删节）"
        return Credit(form, head=head, tail=tail, names=names if head else [])
    source = WECHAT_OR_WEB.get(form, "管委会网站")
    return Credit(
        form if form in WECHAT_OR_WEB else "laiyuan_web", tail=f"（来源：{short_name(park)}{source}）"
    )


# ---------------------------------------------------------------- one article


def body_items(article: dict) -> list[tuple[str, object]]:
    """The body as printed: paragraphs, subheadings and the table after its paragraph."""
    items: list[tuple[str, object]] = []
    table = article.get("table") or {}
    paragraphs = 0
    for line in article.get("body") or []:
        if line.startswith("## "):
            items.append(("heading", line[3:].strip()))
            continue
        items.append(("para", line))
        paragraphs += 1
        if table and paragraphs == table.get("after"):
            items.append(("table", table["rows"]))
    if table and ("table", table["rows"]) not in items:
        items.append(("table", table["rows"]))
    return items


def marked(heading: str, mark: str, number: int) -> str:
    """A subheading with the page's mark, unless the corpus already printed one."""
    if re.match(r"^[【〖◇]|^[一二三四五六七八九十]+、", heading):
        return heading
    if mark == "diamond":
        return f"◇{heading}"
    if mark == "lenticular":
        return f"【{heading}】"
    if mark == "numbered":
        return f"{CHINESE_NUMERALS[min(number, 10) - 1]}、{heading}"
    return heading


def continuation(rng: random.Random, items: list) -> tuple[str, list, int]:
    """Cut a story that jumps: the part printed here, and where the rest is."""
    paras = [k for k, (kind, _) in enumerate(items) if kind == "para"]
    choice = rng.choice(("none", "none", "to", "from")) if len(paras) >= 3 else "none"
    if choice == "to":
        cut = paras[rng.randint(1, len(paras) - 2)]
        return "to", items[:cut], rng.choice((4, 5, 6, 8))
    if choice == "from":
        cut = paras[rng.randint(1, len(paras) - 2)]
        return "from", items[cut:], 1
    return "none", items, 0


def editor_note(rng: random.Random, article: dict) -> tuple[str, str]:
    short = short_name(article.get("park", ""))
    topic = (article.get("topics") or ["创新发展"])[0]
    form = rng.choice(("bianzhean", "bianzhe_dehua"))
    words = f"{short}在{topic}方面的探索，为各地园区提供了可资借鉴的经验。本期摘编相关报道，以飨读者。"
    return form, ("编者按：" if form == "bianzhean" else "【编者的话】") + words


def sidebar(rng: random.Random, article: dict) -> tuple[str, str, str]:
    zone = ZONES.get(article.get("park", ""), {})
    short = short_name(article.get("park", ""))
    industries = [t for t in article.get("topics") or [] if t in INDUSTRIES] or ["高新技术产业"]
    topics = "、".join(industries[:2])
    form = rng.choice(("yanshen", "lianjie"))
    text = (
        f"{short}位于{zone.get('province', '')}{zone.get('city', '')}，是国家级高新技术产业开发区。"
        f"近年来，园区把{topics}作为重点方向，培育了一批科技型企业。"
    )
    return form, ("延伸阅读" if form == "yanshen" else "链接"), text


def caption_parts(rng: random.Random, caption: dict, park: str) -> tuple[str, str, str, str]:
    """(form, text, label, credit) of a caption as printed."""
    text, credit = caption.get("text", ""), caption.get("credit") or ""
    if "摄" in credit:
        return "she_or_gongtu", text, "", credit
    form = rng.choice(("tupian_laiyuan", "she_or_gongtu", "ziliaotu"))
    source = credit or f"{short_name(park)}管委会"
    if form == "tupian_laiyuan":
        return form, text, "图片来源：", source
    if form == "she_or_gongtu":
        return form, text, "", f"{source}供图"
    return form, text, "", "资料图"


def lay_article(rng: random.Random, article: dict, width: int, lead: bool, extractor: str) -> Laid:
    """Set one corpus article in a column of `width` ems; return its blocks and its gold."""
    conv: dict = dict.fromkeys(CONVENTIONS, "none") | {"width": width, "headline_place": "above"}
    items = body_items(article)
    conv["continuation"], items, page = continuation(rng, items) if not lead else ("none", items, 0)
    own = rng.random() < 0.3
    credit = make_credit(rng, choose_credit(rng, article, own), article)
    conv["credit"] = credit.form
    if conv["continuation"] == "from":  # the opener and head credit were printed with the start
        credit.opener, credit.head = "", ""
        credit.names = credit.names if credit.tail and "作者" in credit.tail else []
    if conv["continuation"] == "to":  # the closing credit is on the page the story jumps to
        credit.tail = ""
        credit.names = credit.names if credit.opener or credit.head else []
    conv["subhead_mark"] = rng.choice(CONVENTIONS["subhead_mark"])
    label = rng.choice(CONVENTIONS["column_label"])
    conv["column_label"] = label

    headline: list[Block] = []
    if label != "none":
        name = rng.choice(COLUMN_NAMES.get(article.get("kind", ""), ("园区速览",)))
        headline.append(Block("label", LABEL_FORMS[label].format(name)))
    for key in ("kicker", "title", "subtitle"):
        if article.get(key):
            headline.append(Block(key if key == "title" else "title", article[key], width))
            headline[-1].role = key
    body: list[Block] = []
    blocks: list[dict] = []
    if conv["continuation"] == "from":
        body.append(Block("jump", "（上接第1版）"))
    if credit.head:
        body.append(Block("credit", credit.head))
    if lead and rng.random() < 0.7:
        conv["editor_note"], note = editor_note(rng, article)
        body.append(Block("para", note, width))
        blocks.append({"type": "paragraph", "text": note})
    first_para, heading_number = True, 0
    for kind, value in items:
        if kind == "heading":
            heading_number += 1
            text = marked(str(value), conv["subhead_mark"], heading_number)
            body.append(Block("heading", text, width))
            blocks.append({"type": "heading", "text": text})
        elif kind == "table":
            rows = [list(map(str, row)) for row in value]  # type: ignore[arg-type]
            body.append(Block("table", rows=rows, width=width))
            blocks.extend({"type": "paragraph", "text": " ".join(row)} for row in rows)
        else:
            text = str(value)
            if first_para and credit.opener:
                joiner = "" if credit.opener.endswith("）") else " "
                text = f"{credit.opener}{joiner}{text}"
            first_para = False
            body.append(Block("para", text, width))
            blocks.append({"type": "paragraph", "text": text})
    if credit.tail:
        body.append(Block("credit", credit.tail))
    if conv["continuation"] == "to":
        body.append(Block("jump", f"（下转第{page}版）"))
    captions = []
    if article.get("captions"):
        body.append(Block("image"))
        for caption in article["captions"]:
            form, text, cap_label, cap_credit = caption_parts(rng, caption, article.get("park", ""))
            conv["caption_credit"] = form
            body.append(Block("caption", text, width, credit=f"{cap_label}{cap_credit}"))
            gold_caption = {"text": text, "credit": cap_credit}
            if cap_label:
                gold_caption["label"] = cap_label
            captions.append(gold_caption)
    if conv["continuation"] != "to" and rng.random() < 0.2:
        conv["sidebar"], name, text = sidebar(rng, article)
        body += [Block("heading", name, width), Block("para", text, width)]
        blocks += [{"type": "heading", "text": name}, {"type": "paragraph", "text": text}]
    if extractor == "documented":
        conv["headline_place"] = rng.choice(("above", "after_body", "grouped"))
    gold = gold_article(article, credit, blocks, captions, conv)
    if conv["continuation"] == "to":
        gold["continued_to"] = page
    if conv["continuation"] == "from":
        gold["continued_from"] = page
    return Laid(headline, body, gold, conv["headline_place"])


def gold_article(article: dict, credit: Credit, blocks: list[dict], captions: list[dict], conv: dict) -> dict:
    # the lead baseline: the first sentence of the story's own first paragraph, without opener or note
    first = next((line for line in article.get("body") or [] if not line.startswith("## ")), "")
    lead = re.split(r"(?<=[。！？])", first)[0]
    return {
        "id": article.get("id", ""),
        "park": article.get("park", ""),
        "kicker": article.get("kicker", ""),
        "title": article.get("title", ""),
        "subtitle": article.get("subtitle", ""),
        "dateline": credit.opener,
        "authors": list(credit.names),
        "byline": " ".join(part for part in (credit.head, credit.tail) if part),
        "blocks": blocks,
        "captions": captions,
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary", ""),
        "lead_summary": lead,
        "colophon": conv,
    }


# ---------------------------------------------------------------- strips, corners, furniture


def strip_article(rng: random.Random, kind: str, spare: list[dict], width: int) -> Laid | None:
    """一句话新闻 (a sentence per story) or 数说园区 (a figure alone, then what it counts)."""
    items = []
    for article in spare:
        short = short_name(article.get("park", ""))
        if kind == "yijuhua" and article.get("summary"):
            sentence = re.split(r"(?<=。)", article["summary"])[0].removeprefix(short)
            items.append(("para", f"{short}：{sentence.lstrip('，')}"))
        if kind == "shushuo":
            found = figure_of(article)
            if found:
                items.append(found | {"short": short})  # type: ignore[arg-type]
        if len(items) == 4:
            break
    if len(items) < 2:
        return None
    title = "一句话新闻" if kind == "yijuhua" else "数说园区"
    body, blocks = [], []
    for item in items:
        if kind == "yijuhua":
            text = str(item[1])  # type: ignore[index]
            body.append(Block("para", text, width, indent=0))
            blocks.append({"type": "paragraph", "text": text})
        else:
            clause = str(item["clause"]).removeprefix(str(item["short"]))  # type: ignore[index]
            figure, said = item["figure"], f"{item['short']}：{clause}"  # type: ignore[index]
            body += [Block("figure", figure), Block("para", said, width, indent=0)]
            blocks.append({"type": "paragraph", "text": f"{figure} {said}"})
    gold = parkless_gold(f"strip-{kind}", title, blocks, {"strip": kind})
    return Laid([Block("title", title, width)], body, gold)


def parkless_gold(article_id: str, title: str, blocks: list[dict], convention: dict) -> dict:
    """The gold of a strip or a corner: an article of its own, titled by its name, no park."""
    return {
        "id": article_id,
        "park": "",
        "kicker": "",
        "title": title,
        "subtitle": "",
        "dateline": "",
        "authors": [],
        "byline": "",
        "blocks": blocks,
        "captions": [],
        "topics": [],
        "summary": "",
        "colophon": convention,
    }


def figure_of(article: dict) -> dict | None:
    """A figure and the clause that says what it counts, from a story's body."""
    for line in article.get("body") or []:
        for clause in re.split(r"[，。；]", line):
            match = FIGURE.search(clause)
            if match and match.start() >= 4 and len(clause) <= 30:
                return {"figure": match.group(), "clause": clause}
    return None


def corner_article(rng: random.Random, kind: str, spare: list[dict], width: int) -> Laid | None:
    """A reader's question about a park answered from a story the page does not carry."""
    article = next((a for a in spare if a.get("summary")), None)
    if article is None:
        return None
    short = short_name(article.get("park", ""))
    topic = (article.get("topics") or ["科技创新"])[0]
    reader = rng.choice(READERS)
    question = f"{reader}问：听说{short}在{topic}方面有新进展，能否介绍一下？"
    answer = f"答：{article['summary']}"
    title = "读者来信" if kind == "duzhe_laixin" else "园区问答"
    blocks = [{"type": "paragraph", "text": question}, {"type": "paragraph", "text": answer}]
    gold = parkless_gold(f"corner-{kind}", title, blocks, {"corner": kind})
    body = [Block("para", question, width), Block("para", answer, width)]
    return Laid([Block("title", title, width)], body, gold)


def header_blocks(rng: random.Random, form: str, date: tuple[int, int, int], page: int) -> list[Block]:
    year, month, day = date
    issue = rng.randint(1100, 1899)
    editor, artist = rng.sample(EDITORS, 2)
    when = f"{year}年{month}月{day}日"
    if form == "one_line":
        line = f"第{issue}期 · {PAGE_NAME} · 责任编辑 {editor} · 美术编辑 {artist} · {when}"
        return [Block("furniture", line, role="header")]
    return [
        Block("furniture", f"{PAPER} {when} 第{issue}期", role="header"),
        Block("furniture", f"{PAGE_NAME} 责任编辑：{editor} 美术编辑：{artist}", role="header"),
    ]


def footer_blocks(rng: random.Random) -> list[Block]:
    lines = [
        f"邮发代号：{rng.randint(1, 82)}-{rng.randint(10, 399)}",
        f"订阅热线：010-{rng.randint(6000, 8999)}{rng.randint(1000, 9999)} 全国各地邮局均可订阅",
        "本版部分稿件因无法联系作者，请作者与本报联系稿酬事宜。",
    ]
    rng.shuffle(lines)
    return [Block("furniture", line, role="footer") for line in lines]


def cartoon_blocks(rng: random.Random) -> list[Block]:
    return [
        Block("furniture", f"漫画：{rng.choice(CARTOON_TITLES)}", role="other"),
        Block("furniture", f"{rng.choice(CARTOONISTS)}/作", role="other"),
    ]


def ad_blocks(rng: random.Random, park: str) -> list[Block]:
    zone = ZONES.get(park, {})
    month, day = rng.randint(3, 11), rng.randint(1, 28)
    return [
        Block("furniture", f"{short_name(park)}{rng.choice((2025, 2026))}年招商推介会", role="other"),
        Block("furniture", f"时间：{month}月{day}日 地点：{zone.get('city', '')}国际会展中心", role="other"),
        Block(
            "furniture", f"咨询电话：0{rng.randint(310, 990)}-{rng.randint(80000000, 89999999)}", role="other"
        ),
    ]


# ---------------------------------------------------------------- readers


@dataclass
class Reading:
    """What a reader wrote: lines of raw text, and the gold furniture (as printed) with markup."""

    lines: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)

    def mark(self, *markup: str) -> None:
        self.furniture.extend(m for m in markup if nows(m))


def spaced_numbers(line: str) -> str:
    """ "2015 年的 22 名": a space on either side of a number (2.6, 85%, 5G) set among Chinese."""
    return re.sub(r"(?<=[\u4e00-\u9fff])(?=[0-9])|(?<=[0-9A-Za-z%])(?=[\u4e00-\u9fff])", " ", line)


def letter_spaced(line: str) -> str:
    """A justified line whose characters the reader wrote with a space between each."""
    return " ".join(line.replace(" ", ""))


def documented(blocks: list[Block], rng: random.Random) -> Reading:
    """The sample's reader: a blank line after each line, none after one ending half-width; the
    lines of a two-line headline with a single newline between them."""
    out = Reading()
    spacing = rng.random() < 0.5
    emitted: list[tuple[str, bool]] = []  # (line, whether a blank line may follow)
    for block in blocks:
        if block.kind in ("furniture", "label", "jump"):
            out.furniture.append(block.text)
            emitted.append((block.text, True))
        elif block.kind == "figure":
            emitted.append((block.text, True))
        elif block.kind == "title":
            lines = wrap(block.text, 2 * block.width)
            emitted += [(line, k == len(lines) - 1) for k, line in enumerate(lines)]
        elif block.kind in ("para", "heading", "credit"):
            lines = wrap(block.text, block.width, block.indent if block.kind == "para" else 0)
            if spacing:
                lines = [spaced_numbers(line) for line in lines]
            if len(lines) > 2 and rng.random() < 0.1:
                lines[1] = letter_spaced(lines[1])
            emitted += [(line, True) for line in lines]
        elif block.kind == "table":
            emitted += [("  ".join(row), True) for row in block.rows]
        elif block.kind == "caption":
            emitted.append((f" {block.text} {block.credit}".rstrip(), True))
    for line, blank in emitted:
        out.lines.append(line)
        if blank and not (line and half_width(line[-1])):
            out.lines.append("")
    return out


def azure_markdown(blocks: list[Block], rng: random.Random) -> Reading:
    out, titled = Reading(), False
    for block in blocks:
        if block.kind == "furniture" and block.role in ("header", "footer", "page_number"):
            kind = {"header": "PageHeader", "footer": "PageFooter", "page_number": "PageNumber"}[block.role]
            line = f'<!-- {kind}="{block.text}" -->'
            out.furniture.append(line)
            out.lines += [line, ""]
        elif block.kind in ("furniture", "label", "jump", "figure"):
            if block.kind != "figure":
                out.furniture.append(block.text)
            out.lines += [block.text, ""]
        elif block.kind == "title" or block.kind == "heading":
            hashes = "#" if block.kind == "title" and not titled else "##"
            titled = titled or block.kind == "title"
            if block.kind == "title" and block.role in ("kicker", "subtitle"):
                out.lines += [block.text, ""]
                continue
            out.mark(hashes)
            out.lines += ["", f"{hashes} {block.text}", ""]
        elif block.kind in ("para", "credit"):
            out.lines += wrap(block.text, block.width, block.indent if block.kind == "para" else 0) + [""]
        elif block.kind == "table":
            out.lines += ["", "<table>"]
            out.mark("<table>", "</table>")
            for k, row in enumerate(block.rows):
                cell = "th" if k == 0 else "td"
                out.lines.append("<tr>" + "".join(f"<{cell}>{c}</{cell}>" for c in row) + "</tr>")
                out.mark("<tr></tr>", f"<{cell}></{cell}>" * len(row))
            out.lines += ["</table>", ""]
        elif block.kind == "caption":  # each picture a figure of its own, its caption inside
            caption = f"{block.text} {block.credit}".strip()
            out.lines += ["<figure>", f"<figcaption>{caption}</figcaption>", "</figure>", ""]
            out.mark("<figure>", "<figcaption></figcaption>", "</figure>")
    return out


def line_reader(blocks: list[Block], rng: random.Random, punctuation: bool, split_credit: bool) -> Reading:
    """Azure read or Apple Live Text: one line per printed line, no blank lines."""
    out = Reading()
    convert = (lambda s: s.translate(HALF_WIDTH)) if punctuation else (lambda s: s)
    for block in blocks:
        if block.kind in ("furniture", "label", "jump", "figure"):
            if block.kind != "figure":
                out.furniture.append(convert(block.text))
            out.lines.append(convert(block.text))
        elif block.kind == "title":
            out.lines.append(convert(block.text))
        elif block.kind in ("para", "heading", "credit"):
            indent = block.indent if block.kind == "para" else 0
            out.lines += [convert(line) for line in wrap(block.text, block.width, indent)]
        elif block.kind == "table":
            out.lines += [convert(cell) for row in block.rows for cell in row]
        elif block.kind == "caption":
            if split_credit and block.credit:
                out.lines += [convert(block.text), convert(block.credit)]
            else:
                out.lines.append(convert(f"{block.text} {block.credit}".strip()))
    return out


def azure_read(blocks: list[Block], rng: random.Random) -> Reading:
    return line_reader(blocks, rng, punctuation=False, split_credit=True)


def apple_live_text(blocks: list[Block], rng: random.Random) -> Reading:
    return line_reader(blocks, rng, punctuation=True, split_credit=False)


def mathpix_escape(text: str, out: Reading) -> str:
    out.mark("\\" * text.count("%"))
    return text.replace("%", "\\%")


def mathpix_image_url(rng: random.Random) -> str:
    """A picture as Mathpix writes it: a link to the crop of the page it cut out."""
    name = f"2025_{rng.randint(1, 12):02d}_{rng.randint(1, 28):02d}_{rng.getrandbits(80):020x}g-1.jpg"
    size = f"height={rng.randint(300, 600)}&width={rng.randint(400, 800)}"
    corner = f"top_left_y={rng.randint(100, 1800)}&top_left_x={rng.randint(80, 1200)}"
    return f"![](https://cdn.mathpix.com/cropped/{name}?{size}&{corner})"


def mathpix(blocks: list[Block], rng: random.Random) -> Reading:
    out = Reading()
    for block in blocks:
        if block.kind in ("furniture", "label", "jump"):
            out.furniture.append(block.text)
            out.lines += [block.text, ""]
        elif block.kind == "figure":  # a strip's big figure is text of its article: escaped like it
            out.lines += [mathpix_escape(block.text, out), ""]
        elif block.kind == "title" and block.role not in ("kicker", "subtitle"):
            out.mark("\\section*{}")
            out.lines += [f"\\section*{{{mathpix_escape(block.text, out)}}}", ""]
        elif block.kind == "heading":
            out.mark("\\subsection*{}")
            out.lines += [f"\\subsection*{{{mathpix_escape(block.text, out)}}}", ""]
        elif block.kind in ("title", "para", "credit"):
            out.lines += [mathpix_escape(block.text, out), ""]
        elif block.kind == "table":
            spec = "|" + "l|" * len(block.rows[0])
            out.lines.append(f"\\begin{{tabular}}{{{spec}}}")
            out.mark(f"\\begin{{tabular}}{{{spec}}}", "\\end{tabular}")
            for row in block.rows:
                out.lines.append("\\hline " + " & ".join(mathpix_escape(c, out) for c in row) + " \\\\")
                out.mark("\\hline", "&" * (len(row) - 1), "\\\\")
            out.lines += ["\\hline", "\\end{tabular}", ""]
            out.mark("\\hline")
        elif block.kind == "image":
            url = mathpix_image_url(rng)
            out.mark(url)
            out.lines += [url, ""]
        elif block.kind == "caption":
            out.lines += [mathpix_escape(f"{block.text} {block.credit}".strip(), out), ""]
    return out


READERS_BY_NAME: dict[str, Callable[[list[Block], random.Random], Reading]] = {
    "documented": documented,
    "azure_markdown": azure_markdown,
    "azure_read": azure_read,
    "apple_live_text": apple_live_text,
    "mathpix": mathpix,
}


# ---------------------------------------------------------------- the page


def reading_order(laid: list[Laid], rng: random.Random) -> list[Block]:
    """Blocks in the order the reader meets them: headlines above, after their story, or grouped."""
    blocks: list[Block] = []
    grouped: list[Block] = []
    for piece in laid:
        if piece.place == "above":
            blocks += piece.headline + piece.body
        elif piece.place == "after_body":
            blocks += piece.body + piece.headline
        else:
            blocks += piece.body
            grouped += piece.headline
    return blocks + grouped


def page_conventions(rng: random.Random) -> dict:
    return {
        "columns": rng.choice(PAGE_CONVENTIONS["columns"]),
        "mixed_widths": rng.random() < 0.6,
        "strip": rng.choice(PAGE_CONVENTIONS["strip"]),
        "corner": rng.choice(PAGE_CONVENTIONS["corner"]),
        "cartoon": rng.random() < 0.4,
        "ad": rng.random() < 0.4,
        "header": rng.choice(PAGE_CONVENTIONS["header"]),
        "page_number": rng.choice(PAGE_CONVENTIONS["page_number"]),
    }


def column_widths(rng: random.Random, page: dict) -> list[int]:
    if page["mixed_widths"]:
        return [rng.randint(12, 17) for _ in range(page["columns"])]
    return [rng.randint(12, 17)] * page["columns"]


def pick_extractor(rng: random.Random) -> str:
    names = list(EXTRACTOR_WEIGHTS)
    return rng.choices(names, weights=[EXTRACTOR_WEIGHTS[n] for n in names])[0]


def colophon_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """One 园区文摘 page set from `articles` (any corpus of the shared shape): (raw text, gold)."""
    rng = random.Random(f"colophon:{seed}")
    extractor = pick_extractor(rng)
    page = page_conventions(rng)
    widths = column_widths(rng, page)
    usable = [a for a in articles if isinstance(a, dict) and (a.get("body") or [])]
    count = min(len(usable), rng.randint(page["columns"], page["columns"] + 3))
    chosen = rng.sample(usable, count)
    spare = [a for a in usable if a not in chosen]
    rng.shuffle(spare)
    laid = [lay_article(rng, a, widths[k % len(widths)], k == 0, extractor) for k, a in enumerate(chosen)]
    extras = [
        strip_article(rng, page["strip"], spare, min(widths)) if page["strip"] != "none" else None,
        corner_article(rng, page["corner"], spare[4:] or spare, max(widths))
        if page["corner"] != "none"
        else None,
    ]
    for extra in extras:
        if extra is not None:
            laid.insert(rng.randint(1, len(laid)), extra)
    page["strip"] = page["strip"] if extras[0] else "none"
    page["corner"] = page["corner"] if extras[1] else "none"
    blocks = page_blocks(rng, page, laid, chosen)
    reading = READERS_BY_NAME[extractor](blocks, rng)
    raw = "\n".join(reading.lines).strip("\n") + "\n"
    gold = {
        "notes": "Gold of a page set by the colophon layouter (a weekly digest's 园区文摘 page). "
        "Body text is compared without whitespace after NFKC; column labels, jump lines, cartoons, ads, "
        "header, footer and the reader's markup are furniture.",
        "extractor": extractor,
        "colophon_page": page | {"widths": widths, "habits": list(HABITS[extractor])},
        "articles": [piece.gold for piece in laid],
        "furniture": reading.furniture,
        "unassigned": [],
    }
    return raw, gold


def page_blocks(rng: random.Random, page: dict, laid: list[Laid], chosen: list[dict]) -> list[Block]:
    """Header, the stories (with cartoon and ad among them), footer and page number."""
    date = date_text(rng)
    number = rng.choice((3, 4, 5, 6, 7))
    top = header_blocks(rng, page["header"], date, number)
    number_block = Block(
        "furniture", str(number) if rng.random() < 0.5 else f"第{number}版", role="page_number"
    )
    stories = reading_order(laid, rng)
    inserts: list[list[Block]] = []
    if page["cartoon"]:
        inserts.append(cartoon_blocks(rng))
    if page["ad"]:
        park = rng.choice(list(ZONES))
        inserts.append(ad_blocks(rng, park))
    for insert in inserts:
        at = stories_boundary(rng, stories)
        stories[at:at] = insert
    bottom = footer_blocks(rng)
    if page["page_number"] == "top":
        return [number_block] + top + stories + bottom
    return top + stories + bottom + [number_block]


def stories_boundary(rng: random.Random, blocks: list[Block]) -> int:
    """A place between two stories (before a label or a headline), or the end."""
    starts = [
        k
        for k, b in enumerate(blocks)
        if k > 0
        and (b.kind == "label" or (b.kind == "title" and blocks[k - 1].kind not in ("label", "title")))
    ]
    return rng.choice(starts) if starts else len(blocks)


# ---------------------------------------------------------------- what the tests share


def printed_text(gold: dict) -> str:
    """Every character the gold says the page prints, once: articles, furniture, unassigned."""
    parts: list[str] = list(gold.get("furniture") or []) + list(gold.get("unassigned") or [])
    for article in gold["articles"]:
        parts += [article.get(k) or "" for k in ("kicker", "title", "subtitle", "byline")]
        parts += [block["text"] for block in article.get("blocks") or []]
        for caption in article.get("captions") or []:
            parts += [caption.get("label", ""), caption.get("text", ""), caption.get("credit", "")]
    return "".join(parts)


def conserved(raw: str, gold: dict) -> tuple[str, str]:
    """(characters of the page the gold lacks, characters the gold has beyond the page)."""
    from collections import Counter

    page, annotated = Counter(nows(raw)), Counter(nows(printed_text(gold)))
    missing, extra = page - annotated, annotated - page
    return "".join(sorted(missing.elements())), "".join(sorted(extra.elements()))


def conventions_seen(golds: Iterable[dict]) -> dict[str, set]:
    seen: dict[str, set] = {}
    for gold in golds:
        for article in gold["articles"]:
            for key, value in (article.get("colophon") or {}).items():
                seen.setdefault(key, set()).add(value)
    return seen
