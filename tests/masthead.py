"""The thirty-seventh layouter: an alliance's in-house newspaper (联盟通讯 / 园区报).

A regional alliance of high-tech zones prints a four-page tabloid marked 内部资料 免费交流 with a
准印证号; its page 2 or 3 (联盟动态 / 园区传真) carries news that member parks' publicity offices
send in. Stories are set in 3–5 columns of 11–16 ems, a few spanning two columns, with the house's
credits (（X高新区党群工作部 X）, 供稿：/撰稿：/审核：/编辑： lines, 通讯员 X 报道, 文/X 图/Y, ■X),
campaign kickers, ——subtitles, and the paper's own items: 党建 news, 公示 / 通知 notices, a 园区大事记
chronicle, 政策解读 Q&A, 企业名片 boxes, a 人物 profile with a pull quote, a 招聘 or 招商 box.

`masthead_page(seed, articles)` writes one page as one of five readers writes it, and its gold.
Decisions the parse contract leaves to a layouter are written into the gold's `notes`:
notices, chronicles, boxes and Q&A are articles (each prints a title and text of its own, and
furniture is only the page's recurring apparatus); a pull quote repeats its article's words and
is furniture; the house credit lines are the article's `byline`; 审核 / 编辑 staff are not authors.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
from collections import Counter
from dataclasses import dataclass, field

# What varies from article to article (gold: each article's `masthead:`).
CONVENTIONS: dict[str, tuple[str, ...]] = {
    # how the house credits the people who sent the story
    "credit": ("office_tail", "supplied_tail", "credit_lines", "reported_head", "wen_tu_head",
               "square_head", "dateline", "department_tail"),
    "headline": ("one_line", "two_lines"),
    "kicker": ("as_sent", "campaign", "none"),
    "span": ("one_column", "two_columns"),
    "caption_credit": ("bracket_she", "sheying", "gongtu"),
}
# What varies from page to page (gold: `masthead_page:`).
PAGE_CONVENTIONS: dict[str, tuple[str, ...]] = {
    "columns": ("3", "4", "5"),
    "section": ("联盟动态", "园区传真"),
    "header": ("running_head", "masthead_block"),
    "imprint": ("head", "foot"),
    "extras": ("party", "notice", "chronicle", "policy_qa", "company_card", "profile", "recruit", "invest"),
}
# Who turned the printed page into text (gold: `extractor`), and how often.
EXTRACTOR_WEIGHTS: dict[str, float] = {
    "documented": 0.2,  # the sample page's reader: its habits exactly
    "mineru_markdown": 0.2,  # MinerU's Markdown: headers and footers dropped, "# " titles, HTML tables
    "mineru_content_list": 0.15,  # MinerU's content_list.json: one JSON object a block, titles text_level 1
    "umi_paragraphs": 0.2,  # Umi-OCR, 排版解析 多栏-按自然段换行: one line a paragraph
    "umi_indent": 0.25,  # Umi-OCR, 单栏-保留缩进, a column at a time: printed lines, indents and spaces kept
}
# The habits of each reader, as documented for the tool (gold: `masthead_page: habits`).
HABITS: dict[str, tuple[str, ...]] = {
    "documented": ("blank_after_line", "indent_lost", "headline_apart", "two_line_headline",
                   "spaced_numbers", "inline_tail_credit", "caption_one_line"),
    # MinerU removes headers, footers and page numbers, writes every title as "# ", merges a
    # paragraph's lines, writes tables as HTML and images as ![](images/<sha256>.jpg)
    "mineru_markdown": ("furniture_dropped", "hash_titles", "merged_paragraphs", "html_table", "image_link"),
    # its content_list.json: a list of {"type", "text", "text_level", "page_idx"}, images with their
    # image_caption, tables with an HTML table_body; written with indent=4 and the Chinese unescaped
    "mineru_content_list": ("furniture_dropped", "json_blocks", "text_level", "image_caption", "table_body"),
    # Umi-OCR's 多栏-按自然段换行 joins a natural paragraph's lines and keeps columns apart
    "umi_paragraphs": ("paragraph_lines", "halfwidth_punctuation"),
    # Umi-OCR's 单栏-保留缩进 keeps each line's leading indent and the spaces inside it
    "umi_indent": ("printed_lines", "indent_kept", "inner_spaces_kept"),
}

ALLIANCES = (  # (paper, publisher, licence province)
    ("黄河流域高新区联盟通讯", "黄河流域高新区协同创新联盟秘书处", "鲁"),
    ("西部园区通讯", "西部高新区发展联盟", "陕"),
    ("长江中游高新区联盟通讯", "长江中游高新区合作联盟", "鄂"),
    ("北方高新区联盟简报", "东北老工业基地高新区联盟", "黑"),
    ("珠江园区报", "珠江—西江经济带高新区联盟", "粤"),
)
STAFF = ("郗晓光", "亓春燕", "逄立新", "甯静怡", "隗志强", "芮海波", "查文清", "訾明", "闵芳", "阚卫东")
DEPARTMENTS = ("党群工作部", "经发局", "科技创新局", "宣传办", "管委会办公室", "投资促进局")
CAMPAIGNS = ("【优化营商环境】", "“三个年”活动进行时", "【项目建设提速】", "【联盟动态】", "“比学赶超”看园区")
WEEKDAYS = "一二三四五六日"
BUSINESSES = ("工业传感器研发制造", "污水处理成套设备", "功率芯片设计", "生物药研发")
HALF = str.maketrans("，：；（）！？", ",:;()!?")


@dataclass
class Story:
    """One item as the page prints it, before a reader writes it out."""

    gold: dict
    kicker: str = ""
    title_lines: list[str] = field(default_factory=list)
    subtitle: str = ""  # printed after ——
    head_credit: str = ""
    blocks: list[tuple[str, object]] = field(default_factory=list)  # (paragraph|heading|table, text|rows)
    tail_credit: str = ""
    captions: list[tuple[str, str]] = field(default_factory=list)  # (text, credit as printed)
    pull_quote: str = ""
    width: int = 14


# ---------------------------------------------------------------- stories from the corpus


def short_name(park: str) -> str:
    """The name a park's own office signs with: 包头稀土高新区 for 包头稀土高新技术产业开发区."""
    for long, short in (("高新技术产业开发区", "高新区"), ("高技术产业开发区", "高新区"),
                        ("新技术开发区", "高新区"), ("农业高新技术产业示范区", "农高区")):
        if park.endswith(long):
            return park[: -len(long)] + short
    return park


def names(article: dict) -> list[str]:
    return [a["name"] for a in article.get("authors") or []]


def credit_style(rng: random.Random, article: dict) -> str:
    """A credit the article's fields allow: a dateline credit needs a dateline, names need names."""
    styles = list(CONVENTIONS["credit"])
    if not article.get("dateline"):
        styles.remove("dateline")
    if not names(article):
        styles = ["supplied_tail"]
    if not article.get("captions"):
        styles = [s for s in styles if s != "wen_tu_head"] or styles
    return rng.choice(styles)


def apply_credit(story: Story, style: str, article: dict, rng: random.Random) -> list[str]:
    """Print the article's credit in the house style; return the authors it names."""
    people, office = names(article), short_name(article["park"])
    joined = "、".join(people)
    first_role = (article.get("authors") or [{}])[0].get("role", "通讯员")
    if style == "office_tail":
        story.tail_credit = f"（{office}{DEPARTMENTS[0]} {joined}）"
    elif style == "department_tail":
        story.tail_credit = f"（{office}{rng.choice(DEPARTMENTS[1:])} {joined}）"
    elif style == "supplied_tail":
        story.tail_credit = f"（{office}管委会 供稿）"
        return []
    elif style == "credit_lines":
        story.tail_credit = f"供稿：{office}{rng.choice(DEPARTMENTS)}\n撰稿：{joined}"
        story.tail_credit += f"\n审核：{rng.choice(STAFF)}"
        story.tail_credit += f"\n编辑：{rng.choice(STAFF)}" if rng.random() < 0.5 else ""
    elif style == "reported_head":
        story.head_credit = f"{first_role} {joined} 报道"
    elif style == "wen_tu_head":
        photographer = caption_person(article)
        story.head_credit = f"文/{joined}" + (f" 图/{photographer}" if photographer else "")
    elif style == "square_head":
        story.head_credit = f"■{joined}"
    return people


def caption_person(article: dict) -> str:
    """The photographer a caption credits, when it names one (韩文礼 摄)."""
    for caption in article.get("captions") or []:
        credit = caption.get("credit") or ""
        if credit.endswith("摄"):
            return credit[:-1].strip()
    return ""


def dateline_text(article: dict, style: str) -> str:
    """The dateline as printed at the head of the first paragraph."""
    word = article.get("dateline") or ""
    if not word:
        return ""
    if style != "dateline":
        return word
    credits = "、".join(f"{a.get('role', '通讯员')} {a['name']}" for a in article["authors"])
    return f"{word}（{credits}）"


def title_lines(title: str, two: bool) -> list[str]:
    """A long title breaks in two at a space or after its colon, else near its middle."""
    if not two or len(title) < 12:
        return [title]
    # a two-part title breaks at its space (not one inside "Micro LED"), or after its colon or comma
    space = re.search(r"(?<![A-Za-z]) (?![A-Za-z])", title[3:-3])
    if space:
        at = space.start() + 3
        return [title[:at], title[at + 1:]]
    for mark in ("：", "，"):
        if mark in title[3:-3]:
            head, tail = title.split(mark, 1)
            return [head + mark, tail]
    # else after the park's name, as a desk breaks 泰安高新区 / 出台十条措施…, or near the middle
    for name in ("高新区", "农高区", "示范区", "开发区", "园区"):
        at = title.find(name)
        if at >= 1 and 4 <= at + len(name) <= len(title) - 4:
            return [title[:at + len(name)], title[at + len(name):]]
    middle = len(title) // 2
    return [title[:middle], title[middle:]]


def caption_credit(credit: str, style: str) -> str:
    """A caption credit in the page's style: （X 摄）, 摄影 X, X 供图."""
    person = credit[:-1].strip() if credit.endswith("摄") else ""
    if person and style == "sheying":
        return f"摄影 {person}"
    if person and style == "bracket_she":
        return f"（{person} 摄）"
    if person and style == "gongtu":
        return f"{person} 供图"
    return credit


def credit_parts(printed: str) -> dict:
    """A printed caption credit as the gold holds it: the bare name or source, as the sample's
    图片来源：厦门火炬高新区 gives 厦门火炬高新区, and the label words and brackets around it."""
    bare = re.sub(r"^[（(]|[)）]$", "", printed.strip())
    bare = re.sub(r"^(摄影|图片来源：)\s*|\s*(摄|供图)$", "", bare).strip()
    return {"credit": bare, "label": printed.replace(bare, "", 1).strip() if bare else printed}


def corpus_story(rng: random.Random, article: dict, index: int) -> Story:
    """Set one corpus article in the house style, with its gold."""
    style = credit_style(rng, article)
    conventions = {
        "credit": style,
        "headline": rng.choice(CONVENTIONS["headline"]),
        "kicker": "as_sent" if article.get("kicker") else rng.choice(("campaign", "none")),
        "span": rng.choice(CONVENTIONS["span"]),
        "caption_credit": rng.choice(CONVENTIONS["caption_credit"]),
    }
    kicker = article.get("kicker", "") if conventions["kicker"] == "as_sent" else ""
    if conventions["kicker"] == "campaign":
        kicker = rng.choice(CAMPAIGNS)
    story = Story(gold={}, kicker=kicker, subtitle=article.get("subtitle", ""))
    story.title_lines = title_lines(article["title"], conventions["headline"] == "two_lines")
    authors = apply_credit(story, style, article, rng)
    dateline = dateline_text(article, style)
    story.blocks = body_blocks(article, dateline)
    story.captions = [(c["text"], caption_credit(c.get("credit") or "", conventions["caption_credit"]))
                      for c in article.get("captions") or []]
    story.gold = {
        "id": f"{index:02d}-{article['id']}",
        "park": article["park"],
        "kind": article.get("kind", "news"),
        "dateline": dateline,
        "authors": authors,
        "topics": list(article.get("topics") or []),
        "summary": article.get("summary", ""),
        "masthead": conventions,
    }
    if "".join(story.title_lines) != article["title"]:
        # a two-part title broken at its space prints without it; the title as sent is right too
        story.gold["title_alternatives"] = [article["title"]]
    return story


def body_blocks(article: dict, dateline: str) -> list[tuple[str, object]]:
    """The body as printed: paragraphs, subheadings, and the table after paragraph `after`."""
    blocks: list[tuple[str, object]] = []
    table = dict(article.get("table") or {})
    if table:  # YAML reads a bare figure as a number; the page prints it as text
        table["rows"] = [[str(cell) for cell in row] for row in table.get("rows") or []]
    paragraphs_seen = 0
    for text in article["body"]:
        if text.startswith("## "):
            blocks.append(("heading", text[3:].strip()))
            continue
        blocks.append(("paragraph", text))
        paragraphs_seen += 1
        if table and paragraphs_seen == table.get("after"):
            blocks.append(("table", table["rows"]))
    if table and table.get("after", 0) > paragraphs_seen:
        blocks.append(("table", table["rows"]))
    if dateline and blocks and blocks[0][0] == "paragraph":
        # a bare 本报讯 stands apart from the sentence, as the sample prints it
        gap = " " if dateline == "本报讯" else ""
        blocks[0] = ("paragraph", f"{dateline}{gap}{blocks[0][1]}")
    return blocks


# ---------------------------------------------------------------- the paper's own items


def extra_story(kind: str, rng: random.Random, parks: list[str], date: tuple[int, int, int]) -> Story:
    """One of the in-house items the alliance's paper prints beside the parks' news."""
    park = rng.choice(parks)
    office = short_name(park)
    year, month, day = date
    story = Story(gold={"park": park, "kind": kind, "dateline": "", "authors": [], "topics": None})
    maker = EXTRA_MAKERS[kind]
    maker(story, rng, office, (year, month, day), parks)
    return story


def party_item(story: Story, rng: random.Random, office: str, date, parks) -> None:
    branch = rng.choice(("机关第一党支部", "企业服务中心党支部", "科创党支部"))
    story.title_lines = [f"{office}{branch}开展主题党日活动"]
    story.blocks = [
        ("paragraph", f"{date[1]}月{max(1, date[2] - 3)}日，{office}{branch}组织全体党员走进园区重点企业，"
                      "开展“党建引领促发展”主题党日活动，实地了解企业生产经营情况。"),
        ("paragraph", "活动中，党员们围绕企业反映的用工、融资等问题逐一记录，"
                      "形成问题清单并明确责任人和办结时限，推动党建工作与服务企业深度融合。"),
    ]
    story.tail_credit = f"（{office}党群工作部 供稿）"


def notice_item(story: Story, rng: random.Random, office: str, date, parks) -> None:
    year, month, day = date
    kind = rng.choice(("公示", "通知"))
    if kind == "公示":
        story.title_lines = [f"关于{year}年度{office}瞪羚企业拟认定名单的公示"]
        firms = rng.sample(("恒拓新材料", "汇川智控", "瀚海生物", "星途光电", "博锐储能", "青禾农业科技"), 3)
        story.blocks = [
            ("paragraph", f"经企业申报、专家评审，拟认定以下{len(firms)}家企业为{year}年度"
                          f"{office}瞪羚企业，现予以公示。"),
            *[("paragraph", f"{n}. {name}有限公司") for n, name in enumerate(firms, 1)],
            ("paragraph", f"公示期为{month}月{day}日至{month}月{day + 4 if day < 24 else day}日。如有异议，"
                          "请于公示期内以书面形式反映。联系电话：0" + str(rng.randrange(300, 999)) + "-"
                          + str(rng.randrange(5000000, 8999999))),
            ("paragraph", "特此公示。"),
            ("paragraph", f"{office}科技创新局"),
            ("paragraph", f"{year}年{month}月{day}日"),
        ]
    else:
        story.title_lines = [f"关于开展{year}年度园区企业统计培训的通知"]
        story.blocks = [
            ("paragraph", "各入园企业：为提高统计数据质量，定于"
                          f"{month}月{min(28, day + 6)}日在管委会三楼会议室举办企业统计业务培训，"
                          "请各企业统计人员准时参加。"),
            ("paragraph", "特此通知。"),
            ("paragraph", f"{office}经济发展局"),
            ("paragraph", f"{year}年{month}月{day}日"),
        ]


def chronicle_item(story: Story, rng: random.Random, office: str, date, parks) -> None:
    month = date[1]
    events = ("召开重点项目推进会", "与省属高校签署产学研合作协议", "举办企业家沙龙",
              "组织企业参加人才招聘会", "开展安全生产大检查", "迎接联盟年度观摩团")
    days = sorted(rng.sample(range(1, 29), 4))
    story.title_lines = ["园区大事记"]
    story.blocks = [("paragraph", f"{month}月{d}日 {short_name(rng.choice(parks))}{event}。")
                    for d, event in zip(days, rng.sample(events, 4), strict=True)]
    story.gold["park"] = park_of(story.blocks[0][1], parks)


def park_of(text: str, parks: list[str]) -> str:
    return next((p for p in parks if short_name(p) in text), parks[0])


def policy_qa_item(story: Story, rng: random.Random, office: str, date, parks) -> None:
    story.kicker = "政策解读"
    story.title_lines = [f"{office}科技型企业研发费用补助政策问答"]
    story.blocks = [
        ("paragraph", "问：哪些企业可以申请研发费用补助？"),
        ("paragraph", f"答：注册地和税收关系在{office}、上年度研发费用加计扣除额在100万元以上的"
                      "企业均可申请。"),
        ("paragraph", "问：补助标准是多少？"),
        ("paragraph", "答：按上年度研发费用增量的10%给予补助，单个企业最高不超过200万元。"),
    ]


def company_card_item(story: Story, rng: random.Random, office: str, date, parks) -> None:
    firm = rng.choice(("智联精工科技", "绿源环保装备", "华芯微电子", "北辰生物制药"))
    story.title_lines = ["企业名片"]
    story.blocks = [
        ("paragraph", f"企业名称：{firm}有限公司"),
        ("paragraph", f"所在园区：{office}"),
        ("paragraph", "主营业务：" + rng.choice(BUSINESSES)),
        ("paragraph", f"联系电话：0{rng.randrange(300, 999)}-{rng.randrange(5000000, 8999999)}"),
    ]


def profile_item(story: Story, rng: random.Random, office: str, date, parks) -> None:
    person = rng.choice(("阿不都热依木·艾力", "巴桑次仁", "乌兰托娅", "玉应罕", "木呷日哈"))
    quote = "把论文写在园区的生产线上，才是我们搞研发的底气。"
    story.kicker = "人物"
    story.title_lines = [f"{person}：扎根园区的“技术攻坚手”"]
    story.blocks = [
        ("paragraph", f"在{office}一家新材料企业的实验室里，{person}已经工作了十二年。"
                      "从一名普通技术员成长为研发中心主任，他带领团队攻克了多项关键工艺难题。"),
        ("paragraph", f"“{quote}”{person}说，团队研发的新工艺已在三条生产线上推广应用。"),
    ]
    story.pull_quote = f"“{quote}”"


def recruit_item(story: Story, rng: random.Random, office: str, date, parks) -> None:
    story.title_lines = ["招聘启事"]
    story.blocks = [
        ("paragraph", f"{office}人才服务中心现面向社会招聘工作人员3名。"),
        ("paragraph", "岗位：产业研究员、企业服务专员、综合文员"),
        ("paragraph", "要求：全日制本科及以上学历，年龄35周岁以下。"),
        ("paragraph", f"报名邮箱：hr{rng.randrange(10, 99)}@park-alliance.cn"),
    ]


def invest_item(story: Story, rng: random.Random, office: str, date, parks) -> None:
    story.title_lines = ["招商启事"]
    story.blocks = [
        ("paragraph", f"{office}现有标准厂房12万平方米、研发楼3栋，面向新材料、智能制造和生物医药企业招租。"),
        ("paragraph", "优惠政策：入驻前三年租金减半，重点项目“一事一议”。"),
        ("paragraph", f"招商热线：0{rng.randrange(300, 999)}-{rng.randrange(5000000, 8999999)}"),
    ]


EXTRA_MAKERS = {
    "party": party_item,
    "notice": notice_item,
    "chronicle": chronicle_item,
    "policy_qa": policy_qa_item,
    "company_card": company_card_item,
    "profile": profile_item,
    "recruit": recruit_item,
    "invest": invest_item,
}


# ---------------------------------------------------------------- furniture


def page_furniture(rng: random.Random, page: dict) -> tuple[list[str], list[str]]:
    """The page's head and foot lines."""
    paper, publisher, province = page["alliance"]
    year, month, day = page["date"]
    weekday = WEEKDAYS[datetime.date(year, month, day).weekday()]
    imprint = ["内部资料 免费交流", f"准印证号：{province}(K)第{rng.randrange(100, 999)}号"]
    if page["header"] == "masthead_block":
        head = [paper, f"第{page['issue']}期", f"主办：{publisher}", f"总编辑：{rng.choice(STAFF)}",
                f"{year}年{month}月{day}日 星期{weekday}"]
    else:
        head = [f"{paper} 第{page['issue']}期 {year}年{month}月{day}日 星期{weekday}"]
    # the page number stands at the outer edge: left of the section name on 2, right of it on 3
    number, section = page["number"], page["section"]
    head.append(f"{number} {section}" if number == 2 else f"{section} {number}")
    foot = [
        f"联盟秘书处地址：{rng.choice(('科技路', '创业大道', '高新二路'))}{rng.randrange(1, 300)}号 "
        f"电话：0{rng.randrange(300, 999)}-{rng.randrange(5000000, 8999999)} 邮箱：mishuchu@park-alliance.cn",
        f"本期编辑：{rng.choice(STAFF)} 校对：{rng.choice(STAFF)}",
        f"印刷单位：{rng.choice(('华彩', '新联', '恒信'))}印务有限公司 印数：{rng.randrange(10, 60) * 100}份",
    ]
    (head if page["imprint"] == "head" else foot).extend(imprint)
    return head, foot


# ---------------------------------------------------------------- the page


def choose_page(rng: random.Random) -> dict:
    number = rng.choice((2, 3))
    return {
        "alliance": rng.choice(ALLIANCES),
        "issue": rng.randrange(12, 160),
        "number": number,
        "columns": rng.choice(PAGE_CONVENTIONS["columns"]),
        "section": rng.choice(PAGE_CONVENTIONS["section"]),
        "header": rng.choice(PAGE_CONVENTIONS["header"]),
        "imprint": rng.choice(PAGE_CONVENTIONS["imprint"]),
        "extras": rng.sample(PAGE_CONVENTIONS["extras"], rng.randint(1, 3)),
        "date": (rng.randrange(2021, 2026), rng.randrange(1, 13), rng.randrange(1, 26)),
        "column_width": rng.randrange(11, 17),
    }


def masthead_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """One page of the in-house paper, as one reader wrote it out, and its gold."""
    rng = random.Random(f"masthead:{seed}")
    page = choose_page(rng)
    # a page of more columns holds more stories
    columns = int(page["columns"])
    picked = rng.sample(range(len(articles)), min(len(articles), rng.randint(columns - 1, columns + 1)))
    stories = [corpus_story(rng, articles[i], n) for n, i in enumerate(picked, 1)]
    parks = [s.gold["park"] for s in stories]
    for kind in page["extras"]:
        extra = extra_story(kind, rng, parks, page["date"])
        extra.gold["id"] = f"{len(stories) + 1:02d}-{kind}"
        extra.gold["masthead"] = {"item": kind}
        stories.insert(rng.randrange(len(stories) + 1), extra)
    for story in stories:
        spans = story.gold.get("masthead", {}).get("span") == "two_columns"
        story.width = page["column_width"] * (2 if spans else 1) + (1 if spans else 0)
    reader = rng.choices(list(EXTRACTOR_WEIGHTS), weights=list(EXTRACTOR_WEIGHTS.values()))[0]
    head, foot = page_furniture(rng, page)
    lines = READERS[reader](rng, stories, head, foot)
    raw = "".join(text for text, _ in lines)
    gold = page_gold(stories, lines, page, reader)
    return raw, gold


# ---------------------------------------------------------------- lines: (text, owner)
# A reader writes a list of (text, owner): owner is a story's index, "furniture" or "markup".


NO_LINE_START = "，。、；：？！）》”’】…%"


def wrap(text: str, width: int, first: int) -> list[str]:
    """Cut a paragraph into printed lines: the first `first` characters wide, the rest `width`.
    A line never opens with closing punctuation (避头尾): the mark hangs at the end of the line above."""
    out, start, size = [], 0, first
    while start < len(text):
        end = start + size
        while end < len(text) and text[end] in NO_LINE_START:
            end += 1
        out.append(text[start:end])
        start, size = end, width
    return out or [""]


def credit_lines(story: Story) -> list[str]:
    return [line for line in story.tail_credit.split("\n") if line]


def spaced_numbers(rng: random.Random, line: str) -> str:
    """The sample's spaces around numbers: "2015 年的 22 名"."""
    if rng.random() < 0.5:
        return line
    return re.sub(r"(?<=[^\d\s.%])(\d+)(?=[^\d.%])", r" \1 ", line).strip(" ") or line


def documented_reader(rng: random.Random, stories: list[Story], head: list[str], foot: list[str]) -> list:
    """The sample's habits: a blank line after every line not ending half-width, the indent lost,
    headlines printed apart (after their body or grouped at the foot), captions on one line."""
    out: list = []

    def put(text: str, owner, newline_only: bool = False) -> None:
        end = "\n" if newline_only or re.search(r"[0-9A-Za-z+\-]$", text) else "\n\n"
        out.append((text + end, owner))

    for line in head:
        put(line, "furniture")
    grouped: list[tuple[int, Story]] = []
    for k, story in enumerate(stories):
        place = rng.choice(("before", "after", "grouped"))
        if place == "before":
            documented_headline(put, story, k)
        documented_body(rng, put, story, k)
        if place == "after":
            documented_headline(put, story, k)
        if place == "grouped":
            grouped.append((k, story))
    for k, story in grouped:
        documented_headline(put, story, k)
    for line in foot:
        put(line, "furniture")
    return out


def documented_headline(put, story: Story, k: int) -> None:
    if story.kicker:
        put(story.kicker, k)
    for n, line in enumerate(story.title_lines):
        put(line, k, newline_only=n < len(story.title_lines) - 1)
    if story.subtitle:
        put("——" + story.subtitle, k)
    if story.pull_quote:
        put(story.pull_quote, "furniture")


def documented_body(rng: random.Random, put, story: Story, k: int) -> None:
    if story.head_credit:
        put(story.head_credit, k)
    tail = credit_lines(story)
    # a one-line credit runs on after the last sentence, as the sample's "…企业。 王成龙"
    inline_tail = len(tail) == 1 and bool(story.blocks) and story.blocks[-1][0] == "paragraph"
    for n, (kind, value) in enumerate(story.blocks):
        if kind == "table":
            for row in value:
                put("  ".join(row), k)
            continue
        text = str(value)
        if n == len(story.blocks) - 1 and inline_tail:
            text += " " + tail[0]
        lines = [text] if kind == "heading" else wrap(text, story.width, story.width - 2)
        for line in lines:
            put(spaced_numbers(rng, line), k)
    for line in [] if inline_tail else tail:
        put(line, k)
    for text, credit in story.captions:
        put(f" {text} {credit}".rstrip(), k)


def mineru_reader(rng: random.Random, stories: list[Story], head: list[str], foot: list[str]) -> list:
    """MinerU's Markdown: headers, footers and page numbers removed; titles and subheadings as "# ";
    a paragraph on one line with a blank line after; tables as HTML; an image as a link, then its caption."""
    out: list = []
    for k, story in enumerate(stories):
        if story.kicker:
            out.append((story.kicker + "\n\n", k))
        out += [("# ", "markup"), ("".join(story.title_lines) + "\n\n", k)]
        if story.subtitle:
            out.append(("——" + story.subtitle + "\n\n", k))
        if story.pull_quote:
            out.append((story.pull_quote + "\n\n", "furniture"))
        if story.head_credit:
            out.append((story.head_credit + "\n\n", k))
        for kind, value in story.blocks:
            if kind == "heading":
                out += [("# ", "markup"), (f"{value}\n\n", k)]
            elif kind == "table":
                out += html_table(value, k)
            else:
                out.append((f"{value}\n\n", k))
        for line in credit_lines(story):
            out.append((line + "\n\n", k))
        for text, credit in story.captions:
            digest = hashlib.sha256(f"{story.gold['id']}{text}".encode()).hexdigest()
            out += [(f"![](images/{digest}.jpg)\n\n", "markup"), (f"{text}{credit}\n\n", k)]
    return out


def content_list_reader(rng: random.Random, stories: list[Story], head: list[str], foot: list[str]) -> list:
    """MinerU's content_list.json: the page's blocks in reading order as JSON objects, headers and
    footers discarded; a title has "text_level": 1, an image its "image_caption", a table its HTML."""
    items: list[list] = []
    for k, story in enumerate(stories):
        if story.kicker:
            items.append(text_item(story.kicker, k))
        items.append(text_item("".join(story.title_lines), k, level=1))
        if story.subtitle:
            items.append(text_item("——" + story.subtitle, k))
        if story.pull_quote:
            items.append(text_item(story.pull_quote, "furniture"))
        if story.head_credit:
            items.append(text_item(story.head_credit, k))
        for kind, value in story.blocks:
            if kind == "table":
                items.append(table_item(value, k, story.gold["id"]))
            else:
                items.append(text_item(str(value), k, level=1 if kind == "heading" else 0))
        items += [text_item(line, k) for line in credit_lines(story)]
        for text, credit in story.captions:
            items.append(image_item(f"{text}{credit}", k, story.gold["id"]))
    out: list = [("[\n", "markup")]
    for n, item in enumerate(items):
        out += [("    {\n", "markup"), *item, ("    }" + (",\n" if n < len(items) - 1 else "\n"), "markup")]
    return out + [("]\n", "markup")]


def json_string(value: str, owner) -> list:
    """A JSON string as json.dumps(ensure_ascii=False) writes it: its quotes and escapes are markup."""
    out: list = [('"', "markup")]
    for char in value:
        escaped = json.dumps(char, ensure_ascii=False)[1:-1]
        out += [(escaped[:-1], "markup"), (char, owner)] if escaped != char else [(char, owner)]
    return out + [('"', "markup")]


def json_field(key: str, tokens: list, last: bool = False) -> list:
    return [(f'        "{key}": ', "markup"), *tokens, ("\n" if last else ",\n", "markup")]


def text_item(text: str, owner, level: int = 0) -> list:
    tokens = json_field("type", [('"text"', "markup")]) + json_field("text", json_string(text, owner))
    if level:
        tokens += json_field("text_level", [(str(level), "markup")])
    return tokens + json_field("page_idx", [("0", "markup")], last=True)


def image_item(caption: str, owner, key: str) -> list:
    path = f'"images/{hashlib.sha256((key + caption).encode()).hexdigest()}.jpg"'
    return (json_field("type", [('"image"', "markup")]) + json_field("img_path", [(path, "markup")])
            + json_field("image_caption", [("[", "markup"), *json_string(caption, owner), ("]", "markup")])
            + json_field("image_footnote", [("[]", "markup")])
            + json_field("page_idx", [("0", "markup")], last=True))


def table_item(rows: list[list[str]], owner, key: str) -> list:
    body = [(token.replace("\n", ""), who) for token, who in html_table(rows, owner)]
    path = f'"images/{hashlib.sha256((key + "".join(rows[0])).encode()).hexdigest()}.jpg"'
    return (json_field("type", [('"table"', "markup")]) + json_field("img_path", [(path, "markup")])
            + json_field("table_caption", [("[]", "markup")])
            + json_field("table_footnote", [("[]", "markup")])
            + json_field("table_body", [('"', "markup"), *body, ('"', "markup")])
            + json_field("page_idx", [("0", "markup")], last=True))


def html_table(rows: list[list[str]], k: int) -> list:
    out = [("<table>", "markup")]
    for row in rows:
        out.append(("<tr>", "markup"))
        for cell in row:
            out += [("<td>", "markup"), (cell, k), ("</td>", "markup")]
        out.append(("</tr>", "markup"))
    out.append(("</table>\n\n", "markup"))
    return out


def umi_paragraph_reader(rng: random.Random, stories: list[Story], head: list[str], foot: list[str]) -> list:
    """Umi-OCR, 多栏-按自然段换行: a natural paragraph's lines joined into one, no blank lines;
    the OCR engine now and then reads full-width punctuation as half-width."""

    def ocr(text: str) -> str:
        return text.translate(HALF) if rng.random() < 0.3 else text

    out: list = [(ocr(line) + "\n", "furniture") for line in head]
    for k, story in enumerate(stories):
        for line in headline_lines(story):
            out.append((ocr(line) + "\n", k))
        if story.pull_quote:
            out.append((story.pull_quote + "\n", "furniture"))
        if story.head_credit:
            out.append((ocr(story.head_credit) + "\n", k))
        for kind, value in story.blocks:
            if kind == "table":
                out += [(" ".join(row) + "\n", k) for row in value]
            else:
                out.append((ocr(str(value)) + "\n", k))
        out += [(ocr(line) + "\n", k) for line in credit_lines(story)]
        out += [(ocr(f"{text} {credit}".strip()) + "\n", k) for text, credit in story.captions]
    out += [(ocr(line) + "\n", "furniture") for line in foot]
    return out


def headline_lines(story: Story) -> list[str]:
    lines = [story.kicker] if story.kicker else []
    lines += story.title_lines
    return lines + (["——" + story.subtitle] if story.subtitle else [])


def umi_indent_reader(rng: random.Random, stories: list[Story], head: list[str], foot: list[str]) -> list:
    """Umi-OCR, 单栏-保留缩进, fed a column at a time: each printed line on its own, a paragraph's
    first line keeping its two-em indent, spaces inside a line kept (letter-spaced headings)."""
    indent = rng.choice(("\u3000\u3000", "    "))
    out: list = [(line + "\n", "furniture") for line in head]
    for k, story in enumerate(stories):
        out += [(letter_spaced(line) + "\n", k) for line in headline_lines(story)]
        if story.pull_quote:
            out.append((story.pull_quote + "\n", "furniture"))
        if story.head_credit:
            out.append((story.head_credit + "\n", k))
        for kind, value in story.blocks:
            if kind == "table":
                out += [("    ".join(row) + "\n", k) for row in value]
            elif kind == "heading":
                out.append((letter_spaced(str(value)) + "\n", k))
            else:
                lines = wrap(str(value), story.width, story.width - 2)
                out.append((indent + lines[0] + "\n", k))
                out += [(line + "\n", k) for line in lines[1:]]
        out += [(line + "\n", k) for line in credit_lines(story)]
        out += [(f"{text}  {credit}".rstrip() + "\n", k) for text, credit in story.captions]
    out += [(line + "\n", "furniture") for line in foot]
    return out


def letter_spaced(line: str) -> str:
    """A short display line is set letter-spaced, and the reader keeps its spaces: 园 区 大 事 记."""
    return " ".join(line) if len(line) <= 5 else line


READERS = {
    "documented": documented_reader,
    "mineru_markdown": mineru_reader,
    "mineru_content_list": content_list_reader,
    "umi_paragraphs": umi_paragraph_reader,
    "umi_indent": umi_indent_reader,
}


# ---------------------------------------------------------------- gold


def furniture_of(lines: list) -> list[str]:
    """The furniture lines, and a reader's markup with each run of it as one string."""
    out: list[str] = []
    previous = None
    for text, owner in lines:
        if owner == "markup" and previous == "markup":
            out[-1] = (out[-1] + " " + text.strip()).strip()
        elif owner in ("furniture", "markup"):
            out.append(text.strip())
        previous = owner
    return out


def page_gold(stories: list[Story], lines: list, page: dict, reader: str) -> dict:
    furniture = [text for text in furniture_of(lines) if text]
    return {
        "page": "",
        "notes": NOTES,
        "extractor": reader,
        "masthead_page": {
            "paper": page["alliance"][0],
            "page_number": page["number"],
            "columns": page["columns"],
            "column_width": page["column_width"],
            "section": page["section"],
            "header": page["header"],
            "imprint": page["imprint"],
            "extras": list(page["extras"]),
            "habits": list(HABITS[reader]),
        },
        "furniture": furniture,
        "unassigned": [],
        "articles": [story_gold(story) for story in stories],
    }


NOTES = (
    "Gold of a page set by tests/masthead.py. Body text is as printed; the scorer compares after NFKC "
    "with whitespace removed and strips a leading 本报讯 marker. The house credit lines "
    "(（X高新区党群工作部 X）, 供稿/撰稿/审核/编辑, 通讯员 X 报道, 文/X 图/Y, ■X) are the article's "
    "byline; only the writers are authors (审核 and 编辑 staff and 图/ photographers are not). "
    "Notices (公示/通知 with 特此公示, the office and the date as their last paragraphs), the "
    "园区大事记 chronicle, 政策解读 Q&A, 企业名片 and 招聘/招商 boxes are articles: each prints a "
    "title and text of its own, and furniture is only the page's recurring apparatus (head, foot, "
    "imprint, editors, printer) and a reader's markup. A pull quote repeats its article's words and "
    "is furniture. A table is one paragraph of its cells, its breaks optional. `marks` holds printed "
    "punctuation that is part of an article but of none of its fields (the —— before a subtitle). "
    "A caption's credit is the bare name or source, as the sample's; its `label` holds the label words "
    "and brackets printed around it (（ 摄）, 摄影, 供图)."
)


def story_gold(story: Story) -> dict:
    gold = dict(story.gold)
    blocks: list[dict] = []
    for n, (kind, value) in enumerate(story.blocks):
        if kind == "table":
            blocks.append({"type": "paragraph", "text": " ".join(" ".join(row) for row in value),
                           "table": True, "optional_break": True})
        else:
            blocks.append({"type": kind, "text": str(value)})
        if n and story.blocks[n - 1][0] == "table":
            blocks[-1]["optional_break"] = True
    gold.update({
        "kicker": story.kicker,
        "title": "".join(story.title_lines),
        "subtitle": story.subtitle,
        "byline": " ".join(filter(None, [story.head_credit, *credit_lines(story)])),
        "blocks": blocks,
        "captions": [{"text": text, **credit_parts(credit)} for text, credit in story.captions],
        "marks": "——" if story.subtitle else "",
    })
    first = next((b["text"] for b in blocks if b["type"] == "paragraph"), "")
    gold["lead_summary"] = re.sub(r"^本报讯(（[^）]*）)?\s*", "", first).split("。")[0] + "。"
    return gold


# ---------------------------------------------------------------- helpers for the tests


def printed_characters(gold: dict) -> Counter:
    """Every non-whitespace character the gold holds as printed (NFKC), for text conservation."""
    import unicodedata

    parts = list(gold.get("furniture", [])) + list(gold.get("unassigned", []))
    for article in gold["articles"]:
        parts += [article.get(k) or "" for k in ("kicker", "title", "subtitle", "byline", "marks")]
        parts += [b["text"] for b in article["blocks"]]
        parts += [c["text"] + (c.get("credit") or "") + (c.get("label") or "") for c in article["captions"]]
    return Counter(c for c in unicodedata.normalize("NFKC", "".join(parts)) if not c.isspace())


def raw_characters(raw: str) -> Counter:
    import unicodedata

    return Counter(c for c in unicodedata.normalize("NFKC", raw) if not c.isspace())


def perfect_prediction(gold: dict) -> dict:
    """What a parse that got everything right would print: the gold's own articles."""
    keys = ("kicker", "title", "subtitle", "dateline", "authors", "blocks", "captions", "park", "topics",
            "summary")
    return {"articles": [{k: article.get(k) for k in keys} for article in gold["articles"]]}
