import itertools

import pytest
from rawpage import column, raw_page

from digest.language import names
from digest.models import Article, Block, RawPage
from digest.parse import flow, parse_page
from digest.parse.article import (
    _opens_text,
    _preface_first,
    _split_bold_run_in,
    _split_marked_run_in,
    broken_at_middle,
)
from digest.parse.credits import join_cut_byline_names
from digest.parse.cut import cut_flow, rejoin_broken_columns
from digest.parse.flow import Segment
from digest.parse.habits import join_run_in_labels
from digest.parse.handout import claim_strayed_titles, hand_on_gathered_lines, promote_missed_title
from digest.parse.items import BODY, BYLINE, HEADLINE, Item, closes_with_note
from digest.parse.layout import layout
from digest.parse.lines import Line
from digest.parse.segment import _split_column_labels, _split_heading_marks, _split_title_ornaments

HEFEI = column(
    "本报讯（记者 张三 通讯员 李四）近日，合肥高新区举行集成电路产业发展大会，签约项目二十余个，总投资超过三百亿元。",  # noqa: E501
    "合肥高新区管委会负责人表示，园区将继续围绕芯片设计、制造和封装测试补链强链，打造具有影响力的产业集群。",
)
XIAN = column(
    "本报讯 近日，西安高新区发布硬科技企业发展报告，园区硬科技企业数量三年增长一倍，研发投入持续加大。",
    "报告显示，西安高新区光子、航空航天和新材料等产业快速成长，一批企业登陆科创板。",
)
NANNING = column(
    "新年伊始，南宁高新区的生产车间里一派繁忙景象，多条生产线满负荷运转，订单已经排到了三个月以后。",
    "南宁高新区经济发展局负责人介绍，园区去年新增规上工业企业三十余家，工业总产值稳步增长。",
)
CHANGSHA = column(
    "走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。",
    "长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业实现数字化转型。",
)


def parse(*parts) -> list:
    return parse_page(RawPage("t.txt", raw_page(*parts))).articles


def by_body(articles, word):
    return next(a for a in articles if word in a.body_text)


def test_headlines_printed_in_a_cluster_go_to_the_article_they_describe():
    articles = parse(
        *HEFEI,
        "王成龙",
        *XIAN,
        "赵鹏",
        ("西安高新区硬科技企业", "三年数量翻番"),
        ("合肥高新区集成电路大会", "签约超三百亿元"),
    )
    assert by_body(articles, "合肥").title == "合肥高新区集成电路大会 签约超三百亿元"
    assert by_body(articles, "西安").title == "西安高新区硬科技企业 三年数量翻番"


def test_dateline_authors_keep_their_roles():
    article = parse(*HEFEI, ("合肥高新区集成电路大会", "签约超三百亿元"))[0]
    assert article.dateline.replace(" ", "") == "本报讯（记者张三通讯员李四）"
    assert [(a.name, a.role) for a in article.authors] == [("张三", "记者"), ("李四", "通讯员")]
    assert not article.blocks[0].text.startswith("本报讯")


def test_byline_in_a_headline_cluster_goes_to_the_feature_without_authors():
    articles = parse(
        *NANNING,
        "▶ 林露虹 本报特约通讯员 李幼君",
        *CHANGSHA,
        "南宁高新区：开年生产忙",
        "长沙高新区：智能制造提速",
        "▶ 曾辉 耿明强",
    )
    assert [a.name for a in by_body(articles, "南宁").authors] == ["林露虹", "李幼君"]
    assert [a.name for a in by_body(articles, "长沙").authors] == ["曾辉", "耿明强"]


@pytest.mark.parametrize(
    "texts_before, texts_after",
    [((*NANNING,), (*CHANGSHA,)), ((), (*NANNING, *CHANGSHA))],
)
def test_a_byline_between_two_headlines_goes_to_the_one_above_it(texts_before, texts_after):
    """A byline is printed under its headline, not over another's."""
    articles = parse(
        *texts_before, "南宁高新区：开年生产忙", "▶ 本报记者 林露虹", "长沙高新区：智能制造提速", *texts_after
    )
    assert [a.name for a in by_body(articles, "南宁").authors] == ["林露虹"]
    assert by_body(articles, "长沙").authors == []


def test_a_byline_between_a_news_title_and_a_feature_goes_to_the_feature():
    news = column(
        "本报讯 桂林高新区近日完成辖区餐饮单位智慧监管升级，顾客扫码即可查看后厨操作画面。",
        "桂林高新区有关负责人表示，下一步将把学校食堂和中央厨房纳入平台。",
    )
    feature = column(
        "过去提起印染厂，人们想到的往往是刺鼻的气味。如今走进绍兴高新区的一家印染企业，车间干净整洁。",
        "绍兴高新区推动企业建设中水回用系统，园区印染企业的中水回用率平均达到五成以上。",
    )
    articles = parse(
        *news, "桂林高新区餐饮店明厨亮灶", "▶ 韦莉超 本报通讯员 向涛晨", *feature, "印染业的绿色新衣"
    )
    assert [a.name for a in by_body(articles, "绍兴").authors] == ["韦莉超", "向涛晨"]
    assert by_body(articles, "桂林").authors == []


@pytest.mark.parametrize(
    "stacked",
    [
        ("本报记者 林露虹", "本报通讯员 李幼君"),
        ("本报记者 林露虹", "通讯员 李幼君"),
        ("记者 林露虹", "实习生 李幼君"),
    ],
)
def test_a_byline_stacked_one_name_a_line_under_a_headline_stays_whole(stacked):
    """Each line of a byline stacked under a feature's headline names one of its reporters: the
    upper line is no byline of the unnamed feature below."""
    articles = parse(
        *XIAN, ("南宁高新区：开年生产忙",), *stacked, *NANNING, ("长沙高新区：智能制造提速",), *CHANGSHA
    )
    assert [a.name for a in by_body(articles, "南宁").authors] == ["林露虹", "李幼君"]
    assert by_body(articles, "长沙").authors == []


def test_caption_goes_to_the_article_its_credit_names():
    articles = parse(
        *HEFEI,
        "王成龙",
        *XIAN,
        "赵鹏",
        "西安高新区发布报告",
        "合肥高新区大会签约",
        "大会现场。 图片来源：合肥高新区",
    )
    assert [c.credit for c in by_body(articles, "合肥").captions] == ["合肥高新区"]
    assert by_body(articles, "合肥").captions[0].text == "大会现场。"


def test_subheading_inside_an_article_becomes_a_heading_block():
    body = column("走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。")
    more = column("长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业实现数字化转型。")
    article = parse(*body, ("数字化转型", "按下快进键"), *more, "长沙高新区：智能制造提速")[0]
    assert [b.type for b in article.blocks] == ["paragraph", "heading", "paragraph"]
    assert article.blocks[1].text == "数字化转型按下快进键"


def _story_with_marked_subheading(mark: str):
    body = column("走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。")
    more = column("长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业实现数字化转型。")
    heading = (f"{mark}数字化转型", "按下快进键")
    return parse_page(RawPage("t.txt", raw_page(*body, heading, *more, "长沙高新区：智能制造提速")))


@pytest.mark.parametrize("bar", ["▍", "▎ ", "█"])
def test_the_bar_drawn_before_a_subheading_is_decoration_not_heading(bar):
    page = _story_with_marked_subheading(bar)
    assert [(b.type, b.text) for b in page.articles[0].blocks][1] == ("heading", "数字化转型按下快进键")
    assert bar.strip() in page.furniture


@pytest.mark.parametrize("mark", ["▌", "▌ "])
def test_the_half_block_typed_before_a_subheading_stays_in_it(mark):
    page = _story_with_marked_subheading(mark)
    assert [(b.type, b.text) for b in page.articles[0].blocks][1] == ("heading", "▌数字化转型按下快进键")
    assert "▌" not in page.furniture


def test_a_lone_headline_between_two_parks_ends_an_article():
    articles = parse(*NANNING, ("长沙高新区智能制造", "按下快进键"), *CHANGSHA, "南宁高新区：开年生产忙")
    assert len(articles) == 2
    assert by_body(articles, "长沙").title == "长沙高新区智能制造 按下快进键"


def test_back_to_back_features_are_split_by_a_spare_headline():
    articles = parse(*NANNING, *CHANGSHA, "南宁高新区：开年生产忙", "长沙高新区：智能制造提速")
    assert len(articles) == 2
    assert by_body(articles, "长沙").title == "长沙高新区：智能制造提速"
    assert "长沙" not in by_body(articles, "南宁").body_text


def test_back_to_back_features_part_where_a_lead_names_the_next_park():
    """The first feature's last paragraphs name no park ("据介绍，园区…"): the second begins at
    the paragraph whose opening names its park, not at the first break after a park's name."""
    nanning = column(
        "新年伊始，南宁高新区的生产车间里一派繁忙景象，多条生产线满负荷运转，订单已经排到了三个月以后。",
        "据介绍，园区去年新增规上工业企业三十余家，工业总产值稳步增长，一批新项目正在加紧建设。",
        "园区还设立了产业基金，支持企业开展新技术研发和设备更新，帮助企业扩大生产规模。",
    )
    changsha = column(
        "日前，长沙高新区出台支持智能制造的若干措施，从设备更新、工业互联网和人才培养等方面推出八条措施。",
        "措施提出，对企业购置智能制造设备给予补贴，并支持企业建设数字化车间和智能工厂。",
    )
    articles = parse(*nanning, *changsha, "南宁高新区：开年生产忙", "长沙高新区：智能制造提速")
    assert by_body(articles, "长沙").body_text.startswith("日前，长沙高新区")
    assert by_body(articles, "南宁").body_text.endswith("扩大生产规模。")


@pytest.mark.parametrize(
    "closing",
    [
        "园区有关负责人表示，新政策预计每年可惠及各类人才五千余人，园区将持续跟踪落实情况。",
        "记者：下一步，园区有哪些打算？",
        "据介绍，这批项目全部投产后，预计年产值可达五十亿元，新增就业岗位两千余个。",
    ],
)
def test_a_closing_paragraph_naming_no_park_stays_with_the_article_above(closing):
    """Back-to-back features parted by a spare headline, the second's lead naming its park only
    well into its first sentence: the first's last paragraph, naming no park, is still its own."""
    nanning = column(
        "新年伊始，南宁高新区的生产车间里一派繁忙景象，多条生产线满负荷运转，订单已经排到了三个月以后。",
        closing,
    )
    changsha = column(
        "走进一家做工业机器人的企业的总装车间，机械臂正在有序作业。这是长沙高新区智能制造产业的一个缩影。",
        "据介绍，长沙高新区去年智能制造产业产值增长两成，一批企业建成了数字化车间和智能工厂。",
    )
    articles = parse(*nanning, *changsha, "南宁高新区：开年生产忙", "长沙高新区：智能制造提速")
    assert by_body(articles, "南宁").body_text.endswith(closing)
    assert by_body(articles, "长沙").body_text.startswith("走进一家")


@pytest.mark.parametrize("bullet", ["●", "● "])
def test_the_bullet_before_a_subheading_set_apart_is_decoration_not_heading(bullet):
    body = column("走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。")
    more = column("长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业实现数字化转型。")
    title = "长沙高新区：智能制造提速"
    page = parse_page(RawPage("t.txt", raw_page(title, *body, f"{bullet}数字化转型", *more)))
    assert ("heading", "数字化转型") in [(b.type, b.text) for b in page.articles[0].blocks]
    assert "●" in page.furniture


@pytest.mark.parametrize("framed", ["· 数字化转型 ·", "·数字化转型·", "•\u3000数字化转型\u3000•"])
def test_the_dots_framing_a_subheading_are_decoration_not_heading(framed):
    """Dots on both sides of a subheading frame it as short rules would: no word of it."""
    body = column("走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。")
    more = column("长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业实现数字化转型。")
    page = parse_page(RawPage("t.txt", raw_page("长沙高新区：智能制造提速", *body, framed, *more)))
    assert ("heading", "数字化转型") in [(b.type, b.text) for b in page.articles[0].blocks]
    assert framed[0] + framed[-1] in page.furniture


@pytest.mark.parametrize("heading", ["·数字化转型", "对话阿依古丽·买买提", "数字·智能·绿色", "◆数字化转型"])
def test_a_dot_on_one_side_of_a_subheading_or_between_its_words_stays(heading):
    """A dot before a heading alone, a name's dot or dots between words frame nothing."""
    article = Article("a", blocks=[Block("heading", heading), Block("paragraph", "· 园区企业 ·")])
    assert _split_heading_marks(article) == []
    assert [b.text for b in article.blocks] == [heading, "· 园区企业 ·"]


@pytest.mark.parametrize("mark", ["● {}", "■{}", "◆{}", "【{}】"])
def test_a_subheading_marked_as_the_one_above_goes_on_with_the_text_whatever_park_it_names(mark):
    """Marked alike (bulleted, ornamented or in lenticular brackets), the second subheading goes on
    with the sections of the text above it, though the paragraph under it turns to another park."""
    body = column("走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。")
    more = column("长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业实现数字化转型。")
    other = column("株洲高新区的轨道交通企业也来到这里，与园区企业共建联合实验室，共同攻关关键零部件。")
    title = "长沙高新区：智能制造提速"
    first, second = mark.format("数字化转型"), mark.format("跨区协作")
    page = parse_page(RawPage("t.txt", raw_page(title, *body, first, *more, second, *other)))
    assert len(page.articles) == 1
    assert [b.type for b in page.articles[0].blocks].count("heading") == 2


@pytest.mark.parametrize("rubric", ["■产业观察", "■专访", "■一线调查"])
def test_a_marked_genre_over_a_title_opens_the_next_story_not_a_section_of_the_one_above(rubric):
    """Marked as the subheadings above it, the name of a kind of article is the rubric of the
    next story printed under them, not a section of the text they head."""
    body = column("走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。")
    more = column("长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业实现数字化转型。")
    other = column("株洲高新区的轨道交通企业加快技术攻关，与高校共建联合实验室，共同攻关关键零部件。")
    page = parse_page(
        RawPage(
            "t.txt",
            raw_page(
                "长沙高新区：智能制造提速",
                *body,
                "■数字化转型",
                *more,
                (rubric, "株洲高新区：轨道交通再提速"),
                *other,
            ),
        )
    )
    assert len(page.articles) == 2
    assert [b.text for b in page.articles[0].blocks if b.type == "heading"] == ["■数字化转型"]


@pytest.mark.parametrize("bullet", ["●", "● "])
def test_the_bullet_before_a_subheading_run_in_is_decoration_not_heading(bullet):
    body = column("走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。")
    text = "长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业数字化转型。"
    title = "长沙高新区：智能制造提速"
    page = parse_page(RawPage("t.txt", raw_page(title, *body, *column(f"{bullet}技术攻关\u3000{text}"))))
    assert [(b.type, b.text) for b in page.articles[0].blocks[1:]] == [
        ("heading", "技术攻关"),
        ("paragraph", text),
    ]
    assert "●" in page.furniture


CHANGSHA_FEATURE = column(
    "清晨，长沙高新区的智能制造产业园里，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。",
    "长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业实现数字化转型。",
)


@pytest.mark.parametrize("heading", ["〖数字化转型〗", "〖工业互联网平台建设提速〗"])
def test_a_subheading_run_in_at_a_paragraphs_head_in_white_brackets_is_a_heading_block(heading):
    body = column("走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。")
    more = column(heading + "长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业数字化转型。")
    article = parse("长沙高新区：智能制造提速", *body, *more)[0]
    assert [(b.type, b.text[:3]) for b in article.blocks] == [
        ("paragraph", "走进长"),
        ("heading", heading[:3]),
        ("paragraph", "长沙高"),
    ]
    assert article.blocks[1].text == heading


@pytest.mark.parametrize(
    "heading",
    [
        "■技术攻关突破关键环节",  # the space mid-line
        "■从单打独斗到抱团发展壮大",  # the space at the line's end, dropped by the extractor
        "【研发平台撑起创新高度】",
    ],
)
def test_a_subheading_run_in_after_a_mark_and_an_em_space_is_a_heading_block(heading):
    body = column("走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。")
    text = "长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业数字化转型。"
    article = parse("长沙高新区：智能制造提速", *body, *column(f"{heading}\u3000{text}"))[0]
    assert [(b.type, b.text) for b in article.blocks[1:]] == [("heading", heading), ("paragraph", text)]


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        ("从单打独斗到链条协同", "园区梳理上下游企业83家，绘制产业链图谱，开展精准招商。"),
        ("大兆瓦机组加快迭代", "近年来，风电机组朝着大型化方向快速发展，企业组建了三百余人的研发团队。"),
    ],
)
def test_a_bold_subheading_run_in_before_an_em_space_is_a_heading_block(heading, text):
    """A bold head run into its paragraph, the change of font written back as an ideographic
    space, heads a section of the text: its words are a heading, the text after them a paragraph."""
    body = column("走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。")
    article = parse("长沙高新区：智能制造提速", *body, *column(f"{heading}\u3000{text}", indent=0))[0]
    assert [(b.type, b.text) for b in article.blocks[1:]] == [("heading", heading), ("paragraph", text)]


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        ("一间共享实验室省下千万元", "量子器件研发离不开稀释制冷机、单光子探测器等昂贵设备。"),
        ("龙头企业带来“磁场效应”", "面板工厂投产五年来，吸引了四十多家上下游企业在周边落户。"),
    ],
)
def test_a_bold_subheading_run_in_before_a_plain_space_is_a_heading_block(heading, text):
    """A reader may write the change of font after a bold run-in head as a plain word space: the
    head over a section's text is a heading all the same."""
    body = column("走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。")
    article = parse("长沙高新区：智能制造提速", *body, *column(f"{heading} {text}", indent=0))[0]
    assert [(b.type, b.text) for b in article.blocks[1:]] == [("heading", heading), ("paragraph", text)]


@pytest.mark.parametrize(
    "opening",
    [
        "首席记者 王成龙说，园区正加快推进工业互联网平台建设。",  # a credit's role
        "据新华社电 长沙高新区相关负责人说，园区正加快推进平台建设。",  # a wire's dateline
        "园区去年共投资 20亿元，建成工业互联网平台三个。",  # a figure spaced off
        "重卡跑起来 场景用起来。",  # a slogan's two phrases: no text runs on past a clause after them
    ],
)
def test_a_plain_space_after_words_that_head_no_section_is_no_run_in_heading(opening):
    assert _split_bold_run_in(opening, under_text=True) == ("", opening)


def test_a_bold_head_before_a_plain_space_is_split_off_its_text():
    text = "一间共享实验室省下千万元 量子器件研发离不开稀释制冷机、单光子探测器等设备。"
    assert _split_bold_run_in(text, under_text=True) == (text[:12], text[13:])


def test_a_plain_space_in_the_first_line_under_a_heading_is_no_run_in_heading():
    """Under a heading or a box's label the text opens its section already: a space in its first
    line is the line's own (a stray gap inside a name), never a second head."""
    body = column("走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。")
    box = column("许昌高新技术产业 开发区是经国务院批准设立的国家级高新技术产业开发区。", indent=0)
    article = parse("长沙高新区：智能制造提速", *body, "链接", *box)[0]
    assert [b.type for b in article.blocks] == ["paragraph", "heading", "paragraph"]


@pytest.mark.parametrize(
    "opening",
    [
        "本报讯\u3000近日，长沙高新区相关负责人说，",  # a dateline's space
        "长沙高新区相关负责人说，园区\u3000正加快",  # a clause before the space: text
        "记者：\u3000园区正加快推进工业互联网平台",  # a speaker's turn
        "园区\u3000正加快推进工业互联网平台建设，",  # too few words for a heading
        "园区将配套建设\u3000废\u3000铝回收分拣中心，",  # a line justified by gaps written out
    ],
)
def test_an_em_space_after_words_that_are_no_heading_runs_in_nothing(opening):
    body = column("走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。")
    text = opening + "帮助企业数字化转型。"
    article = parse("长沙高新区：智能制造提速", *body, *column(text, indent=0))[0]
    assert all(b.type == "paragraph" for b in article.blocks)


def test_a_briefs_title_run_into_its_first_paragraph_is_no_subheading():
    """At the head of an article's first paragraph the words before the space are its title's."""
    text = "园区加快推进工业互联网平台建设，帮助企业数字化转型。"
    article = parse("长沙高新区：智能制造提速", *column(f"数字化转型提速\u3000{text}", indent=0))[0]
    assert all(b.type == "paragraph" for b in article.blocks)


@pytest.mark.parametrize(
    ("lines", "head"),
    [
        (["■从单打独斗到抱团发展壮大", "园区负责人说，", "园区加快建设。"], "■从单打独斗到抱团发展壮大"),
        (["■从“一棵参”到“一条", "链”", "人参是通化最有名的“金字", "招牌”。过去当地人参以原", "料外销。"], ""),
    ],
)
def test_a_marked_line_filling_its_column_runs_in_unless_a_quote_goes_on_below(lines, head):
    """A marked head that fills its line, the space after it dropped at the line's end, runs in;
    one that leaves a quote open is wrapped, and set apart over its text."""
    assert _split_marked_run_in("\n".join(lines))[0] == head


def test_a_subheading_naming_the_park_of_an_article_begun_above_it_stays_inside_that_article():
    more = column("此外，长沙高新区还与高校共建实训基地，每年为园区企业输送数字化人才五百余人。")
    articles = parse(
        *XIAN,
        *CHANGSHA_FEATURE,
        "长沙高新区育人才",
        *more,
        "西安高新区硬科技企业三年数量翻番",
        "长沙高新区：智能制造提速",
    )
    assert len(articles) == 2
    assert "长沙" not in by_body(articles, "西安").body_text
    changsha = by_body(articles, "长沙")
    assert changsha.title == "长沙高新区：智能制造提速"
    assert [b.type for b in changsha.blocks] == ["paragraph", "paragraph", "heading", "paragraph"]


def test_a_title_naming_no_park_printed_between_two_features_about_other_parks_parts_them():
    articles = parse(*NANNING, "开年生产忙", *CHANGSHA_FEATURE, ("智能制造调查", "长沙高新区：机器人上岗"))
    assert len(articles) == 2
    assert "长沙" not in by_body(articles, "南宁").body_text
    assert by_body(articles, "南宁").title == "开年生产忙"


XIAN_BRIEF = "本报讯 日前，西安高新区发布硬科技企业发展报告，园区硬科技企业数量三年增长一倍，研发投入加大。"
NATIONAL_BRIEF = "记者从有关部门获悉，今年前三季度，全国国家高新区营业收入同比增长，增速快于全国平均水平。"
LANZHOU_NEWS = "近日，兰州高新区与白银高新区的科技资源共享平台实现互联互通，两地的大型科研仪器向企业开放。"
LANZHOU_YEAR = "今年以来，兰州高新区联合白银高新区建成科技资源共享平台，两地科研仪器和中试基地向企业开放。"


@pytest.mark.parametrize(
    "above, title, lead",
    [
        (XIAN_BRIEF, "两地共享科技资源平台", LANZHOU_NEWS),
        (XIAN_BRIEF, "两地共享科技资源平台", LANZHOU_YEAR),
        (NATIONAL_BRIEF, ("兰州高新区", "建成科技资源共享平台"), LANZHOU_YEAR),
    ],
)
def test_a_title_over_a_lead_naming_another_park_opens_the_next_article(above, title, lead):
    """A brief's title printed between two briefs, each naming its park once: the lead under it
    names a park the text above never names (and the title names it, where the text above names
    none)."""
    below = column(lead, "平台运行一个月来，两地企业跨园区预约仪器四百多次，节省设备购置费用两千多万元。")
    articles = parse("营收数据发布", *column(above), title, *below)
    assert len(articles) == 2
    assert "兰州" not in articles[0].body_text
    assert by_body(articles, "兰州").title.replace(" ", "") == "".join(title)


def test_a_subheading_over_the_lead_of_a_text_read_on_after_a_jump_line_stays_inside_it():
    """Text read on after an article's jump line may be a column of an article begun elsewhere:
    the parks it names need not be its own, and a subheading over a section naming its park
    at once is no title."""
    carried = column("次对接活动，促成在孵企业与龙头企业合作项目五十余个。园区还与郑州高新区的孵化载体合作。")
    section = column("新乡高新区设立了两千万元种子基金，对入选的大学生创业项目给予股权投资，帮助团队起步。")
    jumped = ("西安高新区硬科技企业三年数量翻番", *XIAN, "（下转第3版）")
    articles = parse(*jumped, *carried, "小额资金解燃眉之急", *section)
    assert [b.type for b in by_body(articles, "新乡").blocks] == ["paragraph", "heading", "paragraph"]


NANNING_15 = column(
    "新年伊始，南宁高新区的生产车间里一派繁忙景象，多条生产线满负荷运转，订单已经排到了三个月以后，工人们分三班轮流上岗。",
    "南宁高新区经济发展局负责人介绍，园区去年新增规上工业企业三十余家，工业总产值稳步增长，今年将继续加大招商引资力度。",
    width=15,
)
CHANGSHA_19 = column(
    "走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备，一派繁忙景象。",
    "长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业实现数字化转型，力争三年内实现规上企业全覆盖。",
    width=19,
)


def test_back_to_back_articles_in_columns_of_other_widths_are_two():
    articles = parse(*NANNING_15, *CHANGSHA_19)
    assert len(articles) == 2
    assert "长沙" not in by_body(articles, "南宁").body_text
    assert [len(a.blocks) for a in articles] == [2, 2]


def test_a_title_over_text_of_another_column_width_opens_the_next_article():
    articles = parse(*NANNING_15, "机器人上岗记", *CHANGSHA_19, "南宁高新区：开年生产忙")
    assert len(articles) == 2
    assert by_body(articles, "长沙").title == "机器人上岗记"
    assert all(block.type == "paragraph" for a in articles for block in a.blocks)


@pytest.mark.parametrize("above, below", [(18, 15), (19, 16), (15, 18)])
def test_a_short_lead_under_a_headline_is_measured_against_its_own_column(above, below):
    """The title of the article above, printed after it, stands between two columns of other
    widths: the break after the short lead below it is measured against the lead's own lines,
    not against the article above the title."""
    nanning = column(
        "新年伊始，南宁高新区的生产车间里一派繁忙景象，多条生产线满负荷运转，订单已经排到了三个月以后，工人们分三班轮流上岗。",
        "南宁高新区经济发展局负责人介绍，园区去年新增规上工业企业三十余家，工业总产值稳步增长，今年将继续加大招商引资力度。",
        width=above,
    )
    changsha = column(
        "日前，长沙高新区机器人产业园开园。",
        "长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业实现数字化转型，力争三年内实现规上企业全覆盖。",
        "据介绍，园区还将设立智能制造专项资金，支持企业开展设备更新和技术改造，培育一批智能工厂和数字化车间。",
        width=below,
    )
    articles = parse(*nanning, "南宁高新区：开年生产忙", *changsha, "长沙高新区：机器人上岗")
    assert len(articles) == 2
    assert by_body(articles, "长沙").body_text.startswith("日前，长沙高新区")
    assert by_body(articles, "长沙").title == "长沙高新区：机器人上岗"


NANNING_19 = column(
    "新年伊始，南宁高新区的生产车间里一派繁忙景象，多条生产线满负荷运转，订单已经排到了三个月以后，工人们分三班轮流上岗。",
    "南宁高新区经济发展局负责人介绍，园区去年新增规上工业企业三十余家，工业总产值稳步增长，今年将继续加大招商引资力度。",
    width=19,
)
CHANGSHA_17 = column(
    "长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业实现数字化转型，力争三年内实现规上企业全覆盖。",
    width=17,
)


@pytest.mark.parametrize(
    "lead",
    [
        (
            "近日，长沙高新区印发《智能制造",
            "“十条”实施方案》，将“一企一策”服务",
            "覆盖的企业由十五家扩大到四十余家，",
            "园区企业办事会有哪些变化？记者日前",
            "采访了园区有关负责人。",
        ),
        (
            "近日，长沙高新区印发《智能制造",
            "“十条”实施方案，将服务覆盖的企业",
            "由十五家扩大到四十余家。“一企一策”服",
            "务扩围后，企业办事会有哪些变化？记",
            "者日前采访了园区有关负责人。",
        ),
    ],
)
def test_a_lead_with_one_line_of_squeezed_punctuation_still_opens_a_narrower_column(lead):
    """A 17-em article right after a 19-em one: one line of the lead holds four quotes and
    brackets set at half width and runs as wide as the column above, but most of its lines fill
    the narrower column, where the next article begins."""
    assert sorted(len(line) for line in lead[1:4]) == [17, 17, 19]
    articles = parse(*NANNING_19, *lead, *CHANGSHA_17)
    assert len(articles) == 2
    assert by_body(articles, "长沙").body_text.startswith("近日，长沙高新区")


NANNING_16 = column(
    "新年伊始，南宁高新区的生产车间里一派繁忙景象，多条生产线满负荷运转，订单已经排到了三个月以后，工人们分三班轮流上岗。",
    "南宁高新区经济发展局负责人介绍，园区去年新增规上工业企业三十余家，工业总产值稳步增长，今年将继续加大招商引资力度。",
    width=16,
)
CHANGSHA_20 = column(
    "走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备，一派繁忙景象。",
    "长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业实现数字化转型，力争三年内实现规上企业全覆盖。",
    "据介绍，园区还将设立智能制造专项资金，支持企业开展设备更新和技术改造，培育一批智能工厂和数字化车间。",
    width=20,
)


@pytest.mark.parametrize(
    "paragraph, width, owner",
    [
        ("园区有关负责人表示，新政策预计每年可惠及各类人才五千余人。", 16, "南宁"),
        ("据悉，今年以来园区企业获得各类贷款四十二亿元，同比增长近三成。", 16, "南宁"),
        ("“以前办一个项目审批，前前后后要跑十几个部门，现在我们只管专心搞生产。”", 20, "长沙"),
    ],
)
def test_a_paragraph_naming_no_park_at_a_column_change_goes_with_the_column_it_is_set_in(
    paragraph, width, owner
):
    """Two articles back to back in columns of 16 and 20 ems, a short paragraph naming no park
    between them: set in the narrow column, it closes the article above; set in the wide one (a
    quote opening a feature), it opens the article below."""
    articles = parse(*NANNING_16, *column(paragraph, width=width), *CHANGSHA_20)
    assert len(articles) == 2
    assert paragraph in by_body(articles, owner).body_text


@pytest.mark.parametrize("width", [16, 17])
def test_a_continued_part_naming_no_park_ends_where_the_column_changes_to_a_feature(width):
    """The part of an article continued from another page need not name its park again: where
    the column changes under it to text about a park, the next article begins."""
    part = column(
        "此外，园区还为每个新落户项目配备一名帮办员，从立项、规划到施工许可提供全流程免费代办服务。",
        "园区有关负责人表示，下一步将继续优化审批流程，让企业办事更省心、更舒心。",
        width=width,
    )
    articles = parse("（上接第2版）", *part, *CHANGSHA_20, "长沙高新区：智能制造提速")
    assert len(articles) == 2
    assert "长沙" not in by_body(articles, "帮办员").body_text
    assert by_body(articles, "长沙").body_text.startswith("走进长沙高新区")


SHIJIAZHUANG = column(
    "今年以来，石家庄高新区企业通过专利、商标等知识产权质押获得银行贷款十五亿元，同比增长四成以上。",
    "为打消银行顾虑，园区还引入保险机构推出知识产权质押融资保证保险，贷款一旦出现损失，由各方按比例分担。",
    "石家庄高新区还与中关村的知识产权服务机构合作，设立专利运营工作站，帮助企业开展专利导航和高价值专利培育。",
)
TAIZHOU = column(
    "在泰州医药高新区，一家创新药企业的一批用于二期临床试验的抗体药物刚刚完成灌装，即将发往各地医院。",
    "泰州医药高新区又被称为“中国医药城”，目前已集聚国内外药企一千余家，形成了完整的医药产业链。",
)


def test_a_paragraph_opening_with_the_park_above_stays_in_the_article_above():
    """ "石家庄高新区还与中关村…" opens a paragraph (a full line follows): it names the park of
    the text above it, not of the feature below, so the next article begins further down."""
    taizhou_more = column("在注册申报环节，园区与药品审评部门合作设立审评服务工作站，帮助企业少走弯路。")
    articles = parse(
        *SHIJIAZHUANG,
        *TAIZHOU,
        "注册申报少走弯路",
        *taizhou_more,
        "石家庄高新区知识产权质押融资突破十五亿元",
        "泰州医药高新区为创新药按下“快进键”",
    )
    assert by_body(articles, "石家庄").body_text.endswith("高价值专利培育。")
    assert by_body(articles, "泰州").body_text.startswith("在泰州医药高新区")


@pytest.mark.parametrize("above, below", [(15, 19), (16, 20)])
def test_a_title_printed_under_its_article_over_a_wider_one_goes_to_the_article_above(above, below):
    """The line under the title lost its indent in its own, wider column, though it is wider
    than the column above: the title is printed over the next article's text, not its opening."""
    dalian = column(
        "在大连高新区一家软件企业的交付中心，上百名工程师正为日本和韩国客户开发管理软件。",
        "近年来，园区企业积极拥抱云计算，把传统的本地部署软件改造成订阅产品，按年收费，客户首年投入降低了六成，续约率却提高到了九成以上。",
        "为推动企业数字化转型，园区设立了软件产业发展专项资金，对企业研发云产品、开拓国际市场给予补贴，每年组织企业参加海外展会和对接活动。",
        "“大连的软件企业懂制造、懂外语、懂国际规则，这是我们的独特优势。”大连高新区有关负责人表示，园区将推动软件业向高端化发展。",
        width=above,
    )
    chengdu = column(
        "日前，成都高新区举行数字经济重点项目集中签约活动，十八个项目现场签约，涵盖工业互联网、数字文创等领域。",
        "此次签约项目中，既有总部型、研发型项目，也有一批成长性较好的专精特新企业。其中，一家头部云服务企业将在园区设立西南区域总部和算力中心，预计投用后可提供大量就业岗位。",
        width=below,
    )
    articles = parse(*dalian, "大连高新区软件企业出海又上云", *chengdu, "成都高新区集中签约数字经济项目")
    assert len(articles) == 2
    assert by_body(articles, "大连").title == "大连高新区软件企业出海又上云"
    assert by_body(articles, "成都").body_text.startswith("日前，成都高新区")


def _quoted(line: str, *words: str) -> str:
    """The line with these words set in quotes that the line's squeezed punctuation made room for."""
    for word in words:
        line = line.replace(word, f"“{word}”", 1)
    return line


_PLAIN = column(
    "本报讯 说起景德镇，人们首先想到的是瓷器。但在景德镇高新区，另一张名片越来越亮眼。"
    "近年来，园区依托整机企业，大力引进和培育航空零部件、复合材料、航空电子等配套企业，推动航空产业从一棵树成长为一片林。过去有一只碗，"
    "现在又多了一架飞机，当地干部常这样形容。目前，园区航空产业企业已达到七十二家，年产值稳步增长。",
    width=20,
)
JINGDEZHEN_ABOVE = (
    *_PLAIN[:3],
    _quoted(_PLAIN[3], "航空零部件"),
    _quoted(_PLAIN[4], "一棵树", "一片林"),
    _quoted(_PLAIN[5], "一只碗", "一架飞机"),
    *_PLAIN[6:],
)
JINGDEZHEN_BELOW = column(
    "一架直升机有上万个零部件，配套需求巨大。过去，整机企业所需的零部件很大一部分要从外地采购，交货周期长、协调成本高。",
    "三年来，园区通过以商招商、产业链招商等方式，引进航空零部件和配套项目三十八个，整机企业的本地配套率提高到一半以上。",
    width=20,
)


def test_a_subheading_under_lines_with_squeezed_quotes_stays_inside_its_article():
    """Two lines full of quotes run an em or two over their column: most lines above and below
    the subheading fill the same width, so the column does not change there."""
    articles = parse(*JINGDEZHEN_ABOVE, "零部件就近配套", *JINGDEZHEN_BELOW, ("瓷都飞出直升机产业链",))
    assert len(articles) == 1
    assert [b.type for b in articles[0].blocks] == ["paragraph", "heading", "paragraph", "paragraph"]


@pytest.mark.parametrize("above, below", [(16, 19), (17, 20), (15, 18)])
def test_a_short_last_paragraph_keeps_its_column_where_the_next_article_follows(above, below):
    """The lines just below the break before a short last paragraph already run into the next,
    wider or narrower, article: the paragraph's own lines fill the column above, so the next
    article begins after it."""
    chuxiong = column(
        "日前，楚雄高新区联合当地四家药企、两所高校和一家医院组建彝药创新联合体，围绕经典方剂开展二次开发和临床评价，首批确定八个重点研发品种。",
        "联合体将共建彝药质量标准实验室和中试平台，园区每年安排专项资金支持成员单位联合申报新药。",
        width=above,
    )
    quanzhou = column(
        "对很多制造企业来说，核心工艺和客户资料就是命根子，而这些往往不以专利形式保护，只能作为商业秘密。去年以来，泉州高新区设立知识产权保护工作站，率先开展商业秘密保护试点。",
        "泉州高新区有关负责人表示，工作站已为园区一百四十余家企业提供服务，帮助企业建立保密制度。",
        width=below,
    )
    articles = parse(
        *chuxiong, *quanzhou, "楚雄高新区成立彝药创新联合体", "泉州高新区：商业秘密保护从事后维权到事前防范"
    )
    assert len(articles) == 2
    assert by_body(articles, "楚雄").body_text.endswith("联合申报新药。")
    assert by_body(articles, "泉州").body_text.startswith("对很多制造企业来说")


def test_paragraphs_are_found_from_the_lost_indent():
    article = parse(*HEFEI, "王成龙", "合肥高新区集成电路大会")[0]
    assert len(article.blocks) == 2


@pytest.mark.parametrize("width", [15, 17, 20])
def test_paragraphs_at_other_column_widths(width):
    article = parse(
        *column(
            "本报讯 近日，合肥高新区举行集成电路产业发展大会，签约项目二十余个，总投资超过三百亿元。",
            "合肥高新区管委会负责人表示，园区将继续补链强链。",
            "据悉，园区已集聚集成电路企业三百余家，形成较为完整的产业链条。",
            width=width,
        ),
        "合肥高新区集成电路大会",
    )[0]
    assert len(article.blocks) == 3


def test_continued_article_has_no_title_of_its_own():
    articles = parse(
        "（上接第1版）",
        *column("园区企业纷纷表示，合肥高新区的政策支持力度大、服务效率高，对未来发展充满信心。"),
        *XIAN,
        "西安高新区硬科技企业三年数量翻番",
    )
    assert by_body(articles, "信心").title == ""
    assert by_body(articles, "西安").title == "西安高新区硬科技企业三年数量翻番"


XIAN_TITLE_SHORT = "西安高新区硬科技企业三年数量翻番"
TAIL_SECTIONS = (
    column("园区与高校共建的中试基地，去年完成中试项目三十余项，其中多项已实现产业化。"),
    column("目前，园区相关企业已有六十余家，去年产值突破一百亿元，本地配套率逐年提高。"),
)


@pytest.mark.parametrize("first", ["研发平台托底", "\u3000\u3000研发平台托底", "一、研发平台托底"])
def test_a_tail_continued_from_another_page_may_open_with_a_subheading(first):
    """A story's tail under its jump line picks up where its text broke off on the page before:
    mid-paragraph, at a paragraph, or at a section, whose subheading is then its first line."""
    articles = parse(
        "（上接第4版）", first, *TAIL_SECTIONS[0], "链上企业抱团", *TAIL_SECTIONS[1], *XIAN, XIAN_TITLE_SHORT
    )
    tail = by_body(articles, "中试")
    assert [block.type for block in tail.blocks] == ["heading", "paragraph", "heading", "paragraph"]
    assert tail.blocks[0].text == first.strip()
    assert tail.title == ""


def test_the_line_under_a_tails_opening_subheading_opens_its_paragraph():
    """Set to the column less its indent under the subheading a tail opens with, the next line
    opens that section's text: it is no second headline stacked on the first."""
    section = "示范区已有14家农业企业在中亚设立分支机构，去年农业技术服务出口额达2.1亿元。"
    below = column("示范区牵头制定的节水灌溉技术规程已被两个国家采纳为行业标准。", width=17)
    above = column(section, width=17)
    articles = parse("（上接第2版）", "企业跟着技术走", *above, "标准一起定", *below, *XIAN)
    tail = by_body(articles, "中亚")
    assert tail.blocks[:2] == [Block("heading", "企业跟着技术走"), Block("paragraph", section)]


@pytest.mark.parametrize("jump", ["（上接第3栏）", "（上接第2版）"])
@pytest.mark.parametrize(
    "first", ["狮子山高新区推动铜产业由冶炼向精深", "园区推动铜产业由冶炼向精深加工延伸"]
)  # noqa: E501
def test_a_tails_full_first_line_goes_on_with_its_text(jump, first):
    """A tail picks up its text where it broke off: a first line as wide as its column, though it
    holds no clause, goes on with the sentence; only a line well short of it may be a subheading."""
    went_on = "加工延伸，已形成铜箔、铜板带、电子线材等产品体系。去年园区铜基新材料产业产值达680亿元。"
    rest = column(went_on, indent=0)
    articles = parse(jump, first, *rest, *XIAN, XIAN_TITLE_SHORT)
    tail = by_body(articles, "铜箔")
    assert [block.type for block in tail.blocks] == ["paragraph"]
    assert tail.body_text.startswith(first)


def test_a_title_printed_over_the_continued_line_is_the_continued_texts():
    articles = parse(
        *XIAN,
        "西安高新区硬科技企业三年数量翻番",
        "合肥高新区集成电路大会",
        "（上接第1版）",
        *column("园区企业纷纷表示，这里的政策支持力度大、服务效率高，对未来发展充满信心。"),
    )
    assert by_body(articles, "信心").title == "合肥高新区集成电路大会"
    assert by_body(articles, "西安").title == "西安高新区硬科技企业三年数量翻番"


CONTINUED = column("园区企业纷纷表示，这里的政策支持力度大、服务效率高，对未来发展充满信心。")
NANNING_TITLED = [*NANNING, "南宁高新区：开年生产忙"]


@pytest.mark.parametrize(
    "page",
    [
        # under the continued part's last line, right above another article's first
        ["（上接第1版）", *CONTINUED, "文/马晓梅 赵永刚", *NANNING_TITLED],
        # under the title reprinted over the continued part, another article naming no one above
        [*NANNING_TITLED, "合肥高新区集成电路大会", "▶ 本报记者 马晓梅 赵永刚", "（上接第1版）", *CONTINUED],
    ],
)
def test_a_byline_printed_right_at_a_continued_part_is_its(page):
    """A continued article's byline is printed with its beginning as a rule, but one printed
    right at the part continued here names its authors all the same."""
    articles = parse(*page)
    assert [a.name for a in by_body(articles, "信心").authors] == ["马晓梅", "赵永刚"]
    assert by_body(articles, "南宁").authors == []


def test_jump_to_another_page_ends_the_article():
    articles = parse(
        *NANNING, "（下转第3版）", *CHANGSHA, "南宁高新区：开年生产忙", "长沙高新区：智能制造提速"
    )
    assert len(articles) == 2


@pytest.mark.parametrize("cut", [3, 5])  # at a line ending a sentence, or mid-word
def test_a_tail_printed_lower_on_the_page_rejoins_its_story(cut):
    """A tail under （上接第N栏）, after another story, goes on with the text its story broke off
    with （下转第N栏）: the story is whole again, its jump lines the page's furniture."""
    page = parse_page(
        RawPage(
            "t.txt",
            raw_page(
                "南宁高新区：开年生产忙",
                *NANNING[:cut],
                "（下转第4栏）",
                "长沙高新区：智能制造提速",
                *CHANGSHA,
                "（上接第1栏）",
                *NANNING[cut:],
            ),
        )
    )
    assert len(page.articles) == 2
    nanning = by_body(page.articles, "南宁")
    assert nanning.body_text == "".join(NANNING) and nanning.title == "南宁高新区：开年生产忙"
    assert (nanning.continues_on, nanning.continued_from) == (0, 0)  # no other page to join it with
    assert {"（下转第4栏）", "（上接第1栏）"} <= set(page.furniture)


@pytest.mark.parametrize(("onward", "back"), [("（转右栏）", "（接左栏）"), ("（转下栏）", "（接上栏）")])
@pytest.mark.parametrize("label", [(), ("编后",)])  # the tail may open on its closing box's label
def test_a_tail_under_a_column_named_by_its_side_rejoins_its_story(onward, back, label):
    """ "（转右栏）" sends the story on to the next column, "（接左栏）" brings its tail back after
    another story: the story is whole again, the next story keeps all its text, and the marks
    are the page's furniture, no headline's words."""
    page = parse_page(
        RawPage(
            "t.txt",
            raw_page(
                "南宁高新区：开年生产忙",
                *NANNING[:4],  # its first paragraph
                onward,
                "长沙高新区：智能制造提速",
                *CHANGSHA,
                back,
                *label,
                *NANNING[4:],
            ),
        )
    )
    assert len(page.articles) == 2
    nanning, changsha = by_body(page.articles, "南宁"), by_body(page.articles, "长沙")
    assert "".join(b.text for b in nanning.blocks if b.type == "paragraph") == "".join(NANNING)
    assert [b.text for b in nanning.blocks if b.type == "heading"] == list(label)
    assert nanning.title == "南宁高新区：开年生产忙"
    assert changsha.body_text == "".join(CHANGSHA) and changsha.title == "长沙高新区：智能制造提速"
    assert {onward, back} <= set(page.furniture)


@pytest.mark.parametrize(
    ("over_jump", "heading"),
    [
        ("规上企业增多", True),  # a subheading at the column's foot, its section carried on below
        ("## 规上企业增多", True),  # as a Markdown export marks it
        ("规上企业增多，", False),  # a clause: the text broken off there
    ],
)
def test_a_subheading_printed_over_a_jump_heads_the_text_carried_on(over_jump, heading):
    """The page broke the story under a subheading: it heads the section its tail carries on, no
    line of that section's first paragraph."""
    page = parse_page(
        RawPage(
            "t.txt",
            raw_page(
                "# 南宁高新区：开年生产忙" if over_jump.startswith("#") else "南宁高新区：开年生产忙",
                *NANNING[:4],
                over_jump,
                "（转下栏）",
                "长沙高新区：智能制造提速",
                *CHANGSHA,
                "（接上栏）",
                *NANNING[4:],
            ),
        )
    )
    nanning = by_body(page.articles, "南宁")
    assert [b.text for b in nanning.blocks if b.type == "heading"] == (["规上企业增多"] if heading else [])
    assert nanning.blocks[-1].text.startswith("南宁高新区经济发展局") is heading


NANNING_LEAD, NANNING_CLOSE = (
    "新年伊始，南宁高新区的生产车间里一派繁忙景象，多条生产线满负荷运转，订单已经排到了三个月以后。",
    "南宁高新区经济发展局负责人介绍，园区去年新增规上工业企业三十余家，工业总产值稳步增长。",
)
CHANGSHA_LEAD, CHANGSHA_CLOSE = (
    "走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。",
    "长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业实现数字化转型。",
)
CHANGSHA_MORE = "长沙高新区还将举办智能制造对接会，邀请产业链上下游企业参加。"
# naming no park, though its words are the first story's: nothing tells whose it is for sure
NANNING_ECHO = "车间主任说，多条生产线满负荷运转，新年订单已经排到了三个月以后。"


@pytest.mark.parametrize(
    ("after", "close_width", "credited", "returned"),
    [
        (NANNING_CLOSE, 16, False, True),  # in the first story's column, on its subject
        (NANNING_ECHO, 16, False, False),
        ((), 16, False, True),  # the closing box's label over it
        (NANNING_CLOSE, 13, False, False),  # in the column of the story it follows
        (CHANGSHA_CLOSE, 16, False, False),  # on the subject of the story it follows
        (NANNING_CLOSE, 16, True, False),  # the first story closed by its author
    ],
)
def test_a_closing_paragraph_printed_after_the_next_story_goes_back_to_its_own(
    after, close_width, credited, returned
):
    """A story's last paragraph may be printed after the next story with no jump line: set in its
    own story's column and naming its park, it goes back; the story it follows keeps the rest."""
    label = () if after else ("编后",)
    closing = column(after or NANNING_CLOSE, width=close_width)
    articles = parse(
        "南宁高新区：开年生产忙",
        *column(NANNING_LEAD, width=16),
        *(("（本报记者 黄海）",) if credited else ()),
        "长沙高新区：智能制造提速",
        *column(CHANGSHA_LEAD, CHANGSHA_CLOSE if after == NANNING_CLOSE else CHANGSHA_MORE, width=13),
        *label,
        *closing,
    )
    nanning = next(a for a in articles if a.title == "南宁高新区：开年生产忙")
    changsha = next(a for a in articles if a.title == "长沙高新区：智能制造提速")
    closing_text = "".join(closing)
    assert (closing_text in nanning.body_text) is returned
    assert CHANGSHA_LEAD in changsha.body_text and (not returned or closing_text not in changsha.body_text)


@pytest.mark.parametrize(
    ("own", "host", "label", "returned"),
    [
        ((), "编后", "记者手记", True),  # the story it follows closed on its own coda already
        ((), "**编后**", "〖编后〗", True),  # wrapped in a subheading's marks
        ((), (), "编后", False),  # the story it follows has none: its own coda
        ("记者手记", "编后", "编后", False),  # the story before has its coda too
        ((), "链接", "链接", False),  # a box, which a story may carry two of, closes no story
    ],
)
def test_a_second_coda_under_a_story_closes_the_story_before(own, host, label, returned):
    """A story has one coda (编后, 记者手记): a second one printed after the next story's own,
    naming no park, is the last section of the story before, which had none."""
    articles = parse(
        "南宁高新区：开年生产忙",
        *column(NANNING_LEAD, width=16),
        *filter(None, [own]),
        *(column(NANNING_CLOSE, width=16) if own else ()),
        "长沙高新区：智能制造提速",
        *column(CHANGSHA_LEAD, width=13),
        *filter(None, [host]),
        *column(CHANGSHA_CLOSE, width=13),
        label,
        *column(NANNING_ECHO, width=13),
    )
    nanning = next(a for a in articles if a.title == "南宁高新区：开年生产忙")
    changsha = next(a for a in articles if a.title == "长沙高新区：智能制造提速")
    assert (NANNING_ECHO in nanning.body_text) is returned
    assert (NANNING_ECHO in changsha.body_text) is not returned and CHANGSHA_CLOSE in changsha.body_text


def test_a_closing_box_after_a_jump_line_is_not_the_jumping_story_s():
    """A story that goes on in the next column ("（转右栏）") is closed here: the box printed after
    its jump line ("编后" and its text) closes the story printed before it, in that story's
    column; the jumping story's tail still comes back under "（接左栏）"."""
    articles = parse(
        "南宁高新区：开年生产忙",
        *column(NANNING_LEAD, width=16),
        "长沙高新区：智能制造提速",
        *column(CHANGSHA_LEAD, width=13),
        "（转右栏）",
        "编后",
        *column(NANNING_CLOSE, width=16),
        "（接左栏）",
        *column(CHANGSHA_CLOSE, width=13),
    )
    nanning = next(a for a in articles if a.title == "南宁高新区：开年生产忙")
    changsha = next(a for a in articles if a.title == "长沙高新区：智能制造提速")
    assert [b.text for b in nanning.blocks] == [NANNING_LEAD, "编后", NANNING_CLOSE]
    assert [b.text for b in changsha.blocks] == [CHANGSHA_LEAD, CHANGSHA_CLOSE]


@pytest.mark.parametrize(
    "nanning_to, changsha_to, printed_first",
    [(4, 5, "南宁"), (6, 5, "长沙")],  # the tails in the order of their stories, or crossed
)
def test_each_tail_rejoins_the_story_that_jumped_to_its_column(nanning_to, changsha_to, printed_first):
    """Tails are printed in the order of the columns they stand in: the first goes to the story
    that jumped to the first of those columns, whichever story was printed first."""
    tails = {"南宁": ("（上接第1栏）", *NANNING[5:]), "长沙": ("（上接第2栏）", *CHANGSHA[5:])}
    printed_last = "长沙" if printed_first == "南宁" else "南宁"
    articles = parse(
        "南宁高新区：开年生产忙",
        *NANNING[:5],
        f"（下转第{nanning_to}栏）",
        "长沙高新区：智能制造提速",
        *CHANGSHA[:5],
        f"（下转第{changsha_to}栏）",
        *tails[printed_first],
        *tails[printed_last],
    )
    assert len(articles) == 2
    assert by_body(articles, "南宁").body_text == "".join(NANNING)
    assert by_body(articles, "长沙").body_text == "".join(CHANGSHA)


@pytest.mark.parametrize(
    "line, text, credit, label",
    [
        ("大会现场。 图片来源：合肥高新区", "大会现场。", "合肥高新区", "图片来源："),
        ("图片来源：合肥高新区", "", "合肥高新区", "图片来源："),
        ("新建成的研发中心 本报记者 张三 摄", "新建成的研发中心", "张三", "本报记者 摄"),
        ("新建成的研发中心。 本报记者张三 摄", "新建成的研发中心。", "张三", "本报记者 摄"),
        ("大会现场。 图片由合肥高新区提供", "大会现场。", "合肥高新区", "图片由提供"),
        ("大会现场。（图片由合肥高新区管委会提供）", "大会现场。", "合肥高新区管委会", "图片由提供"),
        ("大会现场。(图片由合肥高新区提供)", "大会现场。", "合肥高新区", "图片由提供"),
        ("大会现场。 本报记者 古丽娜尔·艾力摄", "大会现场。", "古丽娜尔·艾力", "本报记者 摄"),
        ("大会现场（热依拉·艾力 摄）", "大会现场", "热依拉·艾力", "（ 摄）"),
        ("新建成的研发中心（张三 摄）", "新建成的研发中心", "张三", "（ 摄）"),
        ("大会现场。 合肥高新区供图", "大会现场。", "合肥高新区", "供图"),
        ("大会现场。 黄河三角洲农高区 摄", "大会现场。", "黄河三角洲农高区", "摄"),
        ("大会现场（合肥高新区管委会 摄）", "大会现场", "合肥高新区管委会", "（ 摄）"),
        ("合肥高新区管委会供图", "", "合肥高新区管委会", "供图"),
        ("大会现场（受访者供图）", "大会现场", "受访者", "（供图）"),
        ("大会现场。 图片：合肥高新区", "大会现场。", "合肥高新区", "图片："),
        ("大会现场 图/本报记者 张三", "大会现场", "本报记者 张三", "图/"),
    ],
)
def test_caption_text_credit_and_label(line, text, credit, label):
    caption = parse(*HEFEI, "合肥高新区集成电路大会", line)[0].captions[0]
    assert (caption.text, caption.credit, caption.label.replace(" ", "")) == (
        text,
        credit,
        label.replace(" ", ""),
    )


def test_a_body_line_broken_after_provide_picture_is_no_caption():
    lead = "本报讯 近日，合肥高新区为企业和科研院所及高校均免费地提供图纸审查和专利检索等服务。"
    lines = column(lead, "合肥高新区管委会负责人表示，园区将继续优化服务。")
    assert lines[1].endswith("提供图")
    article = parse(*lines, "合肥高新区优化企业服务")[0]
    assert article.captions == []
    assert "提供图纸" in article.body_text


@pytest.mark.parametrize(
    "dateline, people",
    [
        ("本报讯（记者 张三）", [("张三", "记者")]),
        ("本报北京1月12日电（记者 张三 通讯员 李四）", [("张三", "记者"), ("李四", "通讯员")]),
    ],
)
def test_dateline_forms(dateline, people):
    article = parse(
        *column(dateline + "近日，合肥高新区举行集成电路产业发展大会，签约项目二十余个。"),
        "合肥高新区集成电路大会",
    )[0]
    assert article.dateline.replace(" ", "") == dateline.replace(" ", "")
    assert [(a.name, a.role) for a in article.authors] == people


@pytest.mark.parametrize(
    "lines, title",
    [
        (("苏州高新区：", "孵化器里的“加速度”"), "苏州高新区：孵化器里的“加速度”"),
        (("福州高新区“科技贷”", "风险池撬动贷款超20亿元"), "福州高新区“科技贷”风险池撬动贷款超20亿元"),
        (("银川高新区建成首个", "“零碳”标准厂房"), "银川高新区建成首个“零碳”标准厂房"),
        (("合肥高新区新材料产业", "链条加快延伸"), "合肥高新区新材料产业链条加快延伸"),
        (("哈尔滨高新区石墨", "烯导热膜实现量产"), "哈尔滨高新区石墨烯导热膜实现量产"),
        (("南京高新", "区推出人才新政"), "南京高新区推出人才新政"),
        (("深圳高新区开放100个", "人工智能应用场景"), "深圳高新区开放100个人工智能应用场景"),
        (("合肥高新区总投资超", "300亿元项目签约"), "合肥高新区总投资超300亿元项目签约"),
        (("松山湖Micro", "LED新型显示项目开工"), "松山湖Micro LED新型显示项目开工"),
        (("合肥高新区集成电路大会", "签约超三百亿元"), "合肥高新区集成电路大会 签约超三百亿元"),
        (("合肥高新区：让集成电路企业在", "家门口找到配套"), "合肥高新区：让集成电路企业在家门口找到配套"),
        (("“做材料要", "耐得住寂寞”"), "“做材料要耐得住寂寞”"),
        (("合肥高新区机器人走进冰城", "的重工车间"), "合肥高新区机器人走进冰城的重工车间"),
        (("盐城高新区建海上", "风电运维装备产业园"), "盐城高新区建海上风电运维装备产业园"),
        (("苏州高新区车企建成", "数字化总装车间"), "苏州高新区车企建成数字化总装车间"),  # 成数: a word
        (("《合肥高新区集成电路", "产业发展规划》发布"), "《合肥高新区集成电路产业发展规划》发布"),
        # a park and its verb alone need the object under them; a thing before its verb is whole
        (("辽阳高新区设立", "新材料种子基金"), "辽阳高新区设立新材料种子基金"),
        (("合肥高新区与芜湖高新区共建", "集成电路产业园"), "合肥高新区与芜湖高新区共建集成电路产业园"),
        (("合肥高新区人才新政发布", "园区企业迎来新机遇"), "合肥高新区人才新政发布 园区企业迎来新机遇"),
    ],
)
def test_headline_lines_join_without_stray_spaces(lines, title):
    """A space stays only between the two phrases of a two-part headline (or two Latin words),
    never beside full-width punctuation or quotes, a digit, or inside a word."""
    article = parse(*HEFEI, lines)[0]
    assert article.title == title


@pytest.mark.parametrize("trailing", ["own line", "after the last sentence"])
@pytest.mark.parametrize("second_byline", [True, False])
def test_a_byline_after_a_trailing_author_stays_with_that_article(trailing, second_byline):
    """A feature ends with its trailing author, then a ▶ byline, then another article's headline
    group: the byline is the first feature's, and no byline below moves up by one."""
    first = list(NANNING)
    if trailing == "own line":
        first.append("王明")
    else:
        first[-1] += "。 王明"
    cluster = [("长沙高新区：智能制造提速",)] + (["▶ 曾辉 耿明强"] if second_byline else [])
    articles = parse(*first, "▶ 李华 本报特约通讯员 赵强", *cluster, *CHANGSHA, "南宁高新区：开年生产忙")
    assert {a.name for a in by_body(articles, "南宁").authors} == {"王明", "李华", "赵强"}
    second = [a.name for a in by_body(articles, "长沙").authors]
    assert second == (["曾辉", "耿明强"] if second_byline else [])


@pytest.mark.parametrize("step", ["_headline_score", "_distance"])
def test_handing_out_grows_linearly_with_the_page(monkeypatch, step):
    """A headline, byline or caption is only weighed against the articles printed near it: a
    page twice as long costs twice the comparisons, not four times."""
    from digest.parse import handout

    sample = open("sources/2021-01/park-page-2021-01.txt", encoding="utf-8").read()
    calls = {"n": 0}
    original = getattr(handout, step)

    def counted(*args, **kwargs):
        calls["n"] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(handout, step, counted)
    counts = []
    for copies in (8, 16):
        calls["n"] = 0
        parse_page(RawPage("t.txt", "\n\n".join([sample] * copies)))
        counts.append(calls["n"])
    assert counts[1] < 2.6 * counts[0]


@pytest.mark.parametrize(
    "kicker, title",
    [
        ("走进麓谷", "一台泵车的“智能蝶变”"),
        ("麓谷观察", "一台泵车的“智能蝶变”"),
        ("走进麓谷", "流水线上的机器人工匠"),
    ],
)
def test_a_short_label_over_a_wider_headline_is_its_kicker(kicker, title):
    """A column's or series' name printed over the title is the kicker, even where it names
    the park and the title does not."""
    article = parse(*NANNING, "南宁高新区：开年生产忙", kicker, (title[:6], title[6:]), *CHANGSHA)[-1]
    assert (article.kicker, article.title) == (kicker, title)


@pytest.mark.parametrize(
    "group, roles",
    [
        # a kicker is narrower than the title under it, whatever park it names
        (["走进长沙高新区", "一台泵车的“智能蝶变”"], ("走进长沙高新区", "一台泵车的“智能蝶变”", "")),
        # a line opening with a dash is a subtitle, even naming the park and printed wider
        (
            ["印染业的“绿色新衣”", "——长沙高新区推动传统产业低碳转型纪实"],
            ("", "印染业的“绿色新衣”", "——长沙高新区推动传统产业低碳转型纪实"),
        ),
        # of a kicker and a title as wide, the lower is the title
        (
            ["走进长沙高新区", "老厂房的新“药方”", "——长沙高新区产业转型见闻"],
            ("走进长沙高新区", "老厂房的新“药方”", "——长沙高新区产业转型见闻"),
        ),
        # a line naming the genre is no title, printed wider and without its dash
        (
            ["“做材料要耐得住寂寞”", "访长沙高新区一家负极材料企业创始人"],
            ("", "“做材料要耐得住寂寞”", "访长沙高新区一家负极材料企业创始人"),
        ),
        (
            ["瓷都“飞”出直升机", "长沙高新区航空产业发展纪实"],
            ("", "瓷都“飞”出直升机", "长沙高新区航空产业发展纪实"),
        ),
        # a subtitle without a dash is narrower than the title above it
        (["长沙高新区：智能制造提速", "机器人上岗"], ("", "长沙高新区：智能制造提速", "机器人上岗")),
    ],
)
def test_headline_roles_from_dash_genre_width_and_order(group, roles):
    article = parse(*group, *CHANGSHA)[-1]
    assert (article.kicker, article.title, article.subtitle) == roles


@pytest.mark.parametrize(
    "lines, roles",
    [
        (["淮安高新区多措并举", "推动化工企业绿色转型"], ("", "淮安高新区多措并举 推动化工企业绿色转型")),
        (["三明高新区企业获", "林业碳汇质押贷款"], ("", "三明高新区企业获 林业碳汇质押贷款")),
        # a series' name comes to a park after a verb: a kicker
        (["走进三明高新区", "林业碳汇质押贷款落地"], ("走进三明高新区", "林业碳汇质押贷款落地")),
    ],
)
def test_a_phrase_opening_with_a_park_over_the_title_is_its_first_part(lines, roles):
    """A kicker names a column or a series, never the park the title is about."""
    from digest.parse.article import _headline_roles

    group = [Item(HEADLINE, [Line(k, text)], text) for k, text in enumerate(lines, 1)]
    assert _headline_roles(group)[:2] == roles


@pytest.mark.parametrize(
    "lines, roles",
    [
        # a whole clause (a park, a verb and its object) over a clause with a subject of its own,
        # wider than it: the subtitle telling more, not the title the park is the subject of
        (
            ["南通高新区建成船舶数字孪生公共服务平台", "船舶设计企业研发周期由半年缩短至两个月"],
            ("", "南通高新区建成船舶数字孪生公共服务平台", "船舶设计企业研发周期由半年缩短至两个月"),
        ),
        (
            ["【园区速览】", "三明高新区建成林业碳汇交易服务平台", "林农碳汇贷款审批时间由十天缩短至三天"],
            ("【园区速览】", "三明高新区建成林业碳汇交易服务平台", "林农碳汇贷款审批时间由十天缩短至三天"),
        ),
        # not a park's phrase over the verb it goes on with, nor a park's thing over what it did
        (["淮安高新区多措并举", "推动化工企业绿色转型"], ("", "淮安高新区多措并举 推动化工企业绿色转型", "")),
        (
            ["长沙高新区多措并举出台新政", "打造钛产业高地吸引企业纷纷落户"],
            ("", "长沙高新区多措并举出台新政 打造钛产业高地吸引企业纷纷落户", ""),
        ),
        (
            ["许昌高新区发制品企业", "直播带货出海订单同比增长三成以上"],
            ("", "许昌高新区发制品企业 直播带货出海订单同比增长三成以上", ""),
        ),
    ],
)
def test_a_wider_clause_of_its_own_under_a_whole_title_is_its_subtitle(lines, roles):
    from digest.parse.article import _headline_roles

    group = [Item(HEADLINE, [Line(2 * k, text)], text) for k, text in enumerate(lines, 1)]
    assert _headline_roles(group) == roles


@pytest.mark.parametrize(
    "deck, subtitle",
    [
        # a narrow column breaks an interview's subtitle after the park: its lines go on
        ("访衡阳高新区\n一家核仪表企\n业总工程师揭\n振华", "访衡阳高新区一家核仪表企业总工程师揭振华"),
        ("——访贵阳高新区\n数据交易服务\n商负责人", "——访贵阳高新区数据交易服务商负责人"),
    ],
)
def test_a_subtitle_broken_after_its_opening_line_is_whole(deck, subtitle):
    from digest.parse.article import _headline_roles

    blocks = ["人物", "小小传感器守\n护核电安全", deck]
    group = [
        Item(HEADLINE, [Line(10 * k + n, line) for n, line in enumerate(text.split("\n"))], text)
        for k, text in enumerate(blocks, 1)
    ]
    assert _headline_roles(group) == ("人物", "小小传感器守护核电安全", subtitle)


def test_a_subtitle_as_wide_as_the_title_it_was_read_before_stays_apart():
    """Two lines as wide, the subtitle read first: no narrow column broke it, the title is whole."""
    from digest.parse.article import _headline_roles

    lines = ["访拉萨高新区有关负责人", "让高原特色产品走得更远"]
    group = [Item(HEADLINE, [Line(n, line) for n, line in enumerate(lines, 1)], "\n".join(lines))]
    assert _headline_roles(group) == ("", lines[1], lines[0])


@pytest.mark.parametrize(
    "lines", [["访谈", "合肥高新区：集成电路大会召开"], ["解读", "“十四五”园区规划怎么干"]]
)
def test_a_word_over_a_title_is_its_kicker_still(lines):
    from digest.parse.article import _headline_roles

    group = [Item(HEADLINE, [Line(2 * k, text)], text) for k, text in enumerate(lines, 1)]
    assert _headline_roles(group)[1] == lines[1]


@pytest.mark.parametrize(
    "lines, roles",
    [
        (
            ["长沙高新区氢燃料发动机 下线千台", "关键零部件国产化率达到95%"],
            ("", "长沙高新区氢燃料发动机 下线千台", "关键零部件国产化率达到95%"),
        ),
        # the break splits a word, or the title's line ends on a preposition: it runs on
        (
            ["长沙高新区出台十条措施 支持钨和稀土企", "业创新"],
            ("", "长沙高新区出台十条措施 支持钨和稀土企业创新", ""),
        ),
        (
            ["长沙高新区出台十条措施 支持园区企业在", "海外设立研发中心"],
            ("", "长沙高新区出台十条措施 支持园区企业在海外设立研发中心", ""),
        ),
        # the subject and what of it, parted by a colon, are as whole
        (
            ["长沙高新区：让废旧电池“重获新生”", "年回收处理能力达到15万吨"],
            ("", "长沙高新区：让废旧电池“重获新生”", "年回收处理能力达到15万吨"),
        ),
        (["长沙高新区：钨和稀土", "企业抱团出海"], ("", "长沙高新区：钨和稀土 企业抱团出海", "")),
        (
            ["长沙高新区：政务服务做“加法”", "企业办事做“减法”"],
            ("", "长沙高新区：政务服务做“加法”企业办事做“减法”", ""),
        ),
        (
            ["长沙高新区：政务服务做“加法”", "企业办事", "做“减法”"],
            ("", "长沙高新区：政务服务做“加法”企业办事做“减法”", ""),
        ),
        (["长沙高新区：支持钨和稀土企", "业创新"], ("", "长沙高新区：支持钨和稀土企业创新", "")),
    ],
)
def test_a_line_under_a_whole_two_part_title_is_its_subtitle(lines, roles):
    """A two-part title parts its two phrases with a space, or its subject from what of it with a
    colon; a phrase under both is its subtitle."""
    from digest.parse.article import _headline_roles

    group = Item(HEADLINE, [Line(k, line) for k, line in enumerate(lines, 1)], "\n".join(lines))
    assert _headline_roles([group]) == roles


@pytest.mark.parametrize(
    "lines, roles",
    [
        # a title broken at its middle inside a word, under a kicker wider than its first half
        (
            ["向海图强", "海洋仪", "器的国产化之路", "——青岛高新区海洋仪器仪表产业发展纪实"],
            ("向海图强", "海洋仪器的国产化之路", "——青岛高新区海洋仪器仪表产业发展纪实"),
        ),
        (["园区时评", "把企业的“小", "事”当成园区的大事"], ("园区时评", "把企业的“小事”当成园区的大事", "")),
        # not caught: a title spaced out letter by letter is one part across its lines
        (["鲜 花 插 上", "“ 科 技", "翅 膀 ”"], ("", "鲜花插上“科技翅膀”", "")),
        # not caught: a title's subject over its predicate runs on, broken or not
        (["长沙高新区", "推出五项举措降低企", "业用算成本"], ("", "长沙高新区 推出五项举措降低企业用算成本", "")),  # noqa: E501
    ],
)
def test_a_line_over_a_title_broken_inside_a_word_is_measured_against_the_whole_title(lines, roles):
    """A title broken at its middle is one line set in two: the line over it is a part of its own
    (a kicker) where it is narrow beside the whole title, however short the title's first half."""
    from digest.parse.article import _headline_roles

    group = Item(HEADLINE, [Line(k, line) for k, line in enumerate(lines, 1)], "\n".join(lines))
    assert _headline_roles([group]) == roles


@pytest.mark.parametrize(
    "lines, roles",
    [
        (
            ["把“银”做成新材料", "对话长沙高新区企业家王明"],
            ("", "把“银”做成新材料", "对话长沙高新区企业家王明"),
        ),
        (
            ["做材料要耐得住寂寞", "专访长沙高新区企业家王明"],
            ("", "做材料要耐得住寂寞", "专访长沙高新区企业家王明"),
        ),
        # the reporter names himself first, the line wider than the title: a subtitle still
        (
            ["新政策为材料企业打开新空间", "记者对话长沙高新区一家材料企业负责人"],
            ("", "新政策为材料企业打开新空间", "记者对话长沙高新区一家材料企业负责人"),
        ),
        (
            ["新政策为材料企业打开新空间", "本报记者专访长沙高新区一家材料企业负责人"],
            ("", "新政策为材料企业打开新空间", "本报记者专访长沙高新区一家材料企业负责人"),
        ),
        # a title the reporter's inquiry opens, no interview: a title still
        (
            ["把“银”做成新材料", "记者调查：长沙高新区材料企业"],
            ("把“银”做成新材料", "记者调查：长沙高新区材料企业", ""),
        ),
        # over the title, "对话…" names a column of interviews: a kicker still
        (
            ["对话园区掌门人", "长沙高新区：把“银”做成新材料"],
            ("对话园区掌门人", "长沙高新区：把“银”做成新材料", ""),
        ),
        # a word that merely opens with the letters ("对话框") under a title broken mid-phrase
        (["长沙高新区智能客服上线", "对话"], ("", "长沙高新区智能客服上线对话", "")),
    ],
)
def test_an_interview_named_under_its_title_is_its_subtitle(lines, roles):
    """ "对话…", "专访…" under a title says whom the reporter spoke with: the subtitle."""
    from digest.parse.article import _headline_roles

    group = Item(HEADLINE, [Line(k, line) for k, line in enumerate(lines, 1)], "\n".join(lines))
    assert _headline_roles([group]) == roles


@pytest.mark.parametrize(
    "lines, roles",
    [
        # read after the title, the subject alone with its colon: the kicker printed over it
        (["量子精密测量产品走出实验室", "合肥高新区："], ("合肥高新区：", "量子精密测量产品走出实验室", "")),
        # over the title as read, the title's subject, its first part
        (["合肥高新区：", "量子精密测量产品走出实验室"], ("", "合肥高新区：量子精密测量产品走出实验室", "")),
        # a dash opens a subtitle, whatever it ends on
        (
            ["量子精密测量产品走出实验室", "——合肥高新区："],
            ("", "量子精密测量产品走出实验室", "——合肥高新区："),
        ),
    ],
)
def test_a_subject_and_its_colon_read_after_the_title_is_its_kicker(lines, roles):
    """A subject printed over the title with its colon alone ("合肥高新区：") is read after the
    title by some extractors: it names what the title tells of, no end of a title or subtitle."""
    from digest.parse.article import _headline_roles

    group = Item(HEADLINE, [Line(k, line) for k, line in enumerate(lines, 1)], "\n".join(lines))
    assert _headline_roles([group]) == roles


@pytest.mark.parametrize(
    "lines, roles",
    [
        (
            ["长沙高新区极寒机器人走出实验室", "零下40摄氏度可连续作业8小时"],
            ("", "长沙高新区极寒机器人走出实验室", "零下40摄氏度可连续作业8小时"),
        ),
        (
            ["长沙高新区陶瓷产线", "迎来“机器人工人”", "施釉、分拣、包装环节基本实现无人化"],
            ("", "长沙高新区陶瓷产线 迎来“机器人工人”", "施釉、分拣、包装环节基本实现无人化"),
        ),
        # a title's second phrase may have a subject of its own: the two are no longer than a title
        (
            ["长沙高新区校企共建产业学院", "订单培养技能人才"],
            ("", "长沙高新区校企共建产业学院 订单培养技能人才", ""),
        ),
        # a line opening on its verb goes on with the title's subject
        (
            ["长沙高新区多措并举出台新政", "打造钛产业高地"],
            ("", "长沙高新区多措并举出台新政 打造钛产业高地", ""),
        ),
        # a title that names what it did to nothing yet runs on
        (["长沙高新区极寒", "机器人走出实验室"], ("", "长沙高新区极寒 机器人走出实验室", "")),
        # a thing and the verb that closes on it say who did what: whole
        (
            ["紫竹高新区芯片", "设计人才公寓启用", "首批可入住青年人才600余人"],
            ("", "紫竹高新区芯片 设计人才公寓启用", "首批可入住青年人才600余人"),
        ),
        # no verb closes it: a phrase that goes on
        (
            ["紫竹高新区芯片", "设计人才公寓", "首批可入住青年人才600余人"],
            ("", "紫竹高新区芯片 设计人才公寓 首批可入住青年人才600余人", ""),
        ),
    ],
)
def test_a_clause_with_its_own_subject_under_a_whole_title_is_its_subtitle(lines, roles):
    """A title that says who did what to what is whole: a clause under it with a subject of its
    own tells more, the subtitle."""
    from digest.parse.article import _headline_roles

    group = Item(HEADLINE, [Line(k, line) for k, line in enumerate(lines, 1)], "\n".join(lines))
    assert _headline_roles([group]) == roles


@pytest.mark.parametrize(
    "lines",
    [
        ["承接北京外溢", "要“接得住”更要“留得下”"],
        ["绿色转型", "要算长远账"],
        ["产业升级", "更要“向新求质”"],
        ["承 接 北 京 外 溢", "要“接得住”更要“留得下”"],  # its first phrase spread over the measure
    ],
)
def test_a_comment_opening_on_a_modal_verb_goes_on_from_its_topic_above(lines):
    """ "X 要Y": the phrase under its topic says what the topic needs, one title with it."""
    from digest.parse.article import _headline_roles

    group = Item(HEADLINE, [Line(k, line) for k, line in enumerate(lines, 1)], "\n".join(lines))
    kicker, title, subtitle = _headline_roles([group])
    assert (kicker, title.replace(" ", ""), subtitle) == ("", "".join(lines).replace(" ", ""), "")


TITLE_LINES = ["合肥高新", "区量子芯", "片项目投", "产"]  # a narrow column's title
TITLE = "合肥高新区量子芯片项目投产"


def _blocks_of_lines(*blocks: list[str], gap: int = 1) -> list[Item]:
    """Headline blocks printed one after the other, `gap` line numbers from one to the next."""
    items, number = [], 1
    for block in blocks:
        lines = [Line(number + k, text) for k, text in enumerate(block)]
        items.append(Item(HEADLINE, lines, "\n".join(block)))
        number += len(block) - 1 + gap
    return items


@pytest.mark.parametrize(
    "blocks, roles",
    [
        # a narrow column's group read as blocks cut anywhere: one block, its kicker over the title
        ((["科创前沿", "合肥高新"], TITLE_LINES[1:]), ("科创前沿", TITLE)),
        # a rubric broken after its joining dot goes on into the line under it
        ((["产业链·", "新能源"], TITLE_LINES), ("产业链·新能源", TITLE)),
        ((["产业链·"], ["新能源", *TITLE_LINES]), ("产业链·新能源", TITLE)),
        # a rubric of two short words ends with its second: the title starts under it
        ((["产业链·", "信创"], ["合肥高新", "区集成电", "路产业园开园"]), ("产业链·信创", "合肥高新区集成电路产业园开园")),  # noqa: E501
        # a name broken after its dot runs on into the title
        ((["买买提·", "吐尔", "逊：扎根", "园区十年"],), ("", "买买提·吐尔逊：扎根园区十年")),
        # a word over a title that opens on its park, however short, is its kicker
        ((["新赛道"], TITLE_LINES), ("新赛道", TITLE)),
        # a narrow title alone is one title, its lines run on with no space, even between phrases
        ((TITLE_LINES,), ("", TITLE)),
        ((["合肥高新区", "出台十条措", "施支持芯片", "企业扩产"],), ("", "合肥高新区出台十条措施支持芯片企业扩产")),  # noqa: E501
        # a short word over a title that opens on no park is its first part
        ((["瓷都"], ["“飞”出新", "天地"]), ("", "瓷都“飞”出新天地")),
        # a name broken after its dot runs on, the subtitle's still
        (([TITLE], ["——访艾尔肯·", "吐拉洪"]), ("", TITLE)),
    ],
)
def test_a_headline_group_in_a_narrow_column_of_its_own_is_read_as_one_block(blocks, roles):
    """Set beside its story in a column of a few ems, a group breaks every part anywhere."""
    from digest.parse.article import _headline_roles

    assert _headline_roles(_blocks_of_lines(*blocks))[:2] == roles


@pytest.mark.parametrize(
    "lines, roles",
    [
        (["老工业基地", "也是“新”", "高地"], ("", "老工业基地也是“新”高地")),
        (["县域经济", "正是“强”", "引擎"], ("", "县域经济正是“强”引擎")),
        # no copula waiting for a subject: the line over a punchy title is its kicker
        (["园区观察", "“新”赛道怎么跑"], ("园区观察", "“新”赛道怎么跑")),
    ],
)
def test_a_title_opening_on_an_adverb_and_its_copula_goes_on_from_its_subject_above(lines, roles):
    """ "X 也是Y": the copula says more of the subject printed over it, one title with it."""
    from digest.parse.article import _headline_roles

    group = Item(HEADLINE, [Line(k, line) for k, line in enumerate(lines, 1)], "\n".join(lines))
    assert _headline_roles([group])[:2] == roles


@pytest.mark.parametrize("credit", ["本报评论员", "（记者 王芳）"])
def test_a_credit_under_a_narrow_headline_group_is_none_of_its_lines(credit):
    """A writer's credit set right under a narrow column's group, as short as its lines, is a
    byline: the group's title ends over it."""
    from digest.parse.article import _headline_roles

    roles = _headline_roles(_blocks_of_lines(["评论", "合肥高新", "区量子芯", "片项目投产"], [credit]))
    assert roles[:2] == ("评论", TITLE)
    assert credit not in roles[1]


def test_wide_blocks_printed_line_under_line_stay_apart():
    """Only narrow lines are joined: a wide title under its kicker's block keeps its parts."""
    from digest.parse.article import _narrow_blocks_joined

    blocks = _blocks_of_lines(["科创前沿"], [TITLE], ["——首条产线年产芯片十万片"])
    assert _narrow_blocks_joined(blocks) == blocks
    apart = _blocks_of_lines(["科创前沿", TITLE_LINES[0]], TITLE_LINES[1:], gap=2)
    assert _narrow_blocks_joined(apart) == apart  # a blank line between: two blocks


def _segment_headed(*heads: str) -> Segment:
    text = "近日，园区一期建成，首批企业入驻。"
    body = Item(BODY, [Line(20, text)], text)
    headlines = [Item(HEADLINE, [Line(k, head)], head) for k, head in enumerate(heads, 1)]
    return Segment(parts=[body], headlines=headlines, paragraphs=[flow.Paragraph([body])])


@pytest.mark.parametrize(
    "head",
    ["图表：园区服务内容一览", "表1：2024年园区主要指标", "图表 2：重点企业产值"],
)
def test_a_chart_title_read_with_the_headline_is_the_story_caption_not_its_title(head):
    """A chart's or table's title opens on its label: wherever read, over or under the deck."""
    from digest.parse.article import build_article

    for heads in ((head, "尼龙新材料产业园一期建成"), ("尼龙新材料产业园一期建成", head)):
        article = build_article(_segment_headed(*heads))
        assert (article.kicker, article.title, article.subtitle) == ("", "尼龙新材料产业园一期建成", "")
        assert [caption.text for caption in article.captions] == [head]


def test_a_writer_credit_read_with_the_headline_is_the_story_byline_not_its_title():
    from digest.parse.article import build_article

    credit = "作者：龙绍华（平顶山高新区经发局）"
    article = build_article(_segment_headed("尼龙新材料产业园一期建成", credit))
    assert (article.title, article.byline) == ("尼龙新材料产业园一期建成", credit)


@pytest.mark.parametrize(
    "head",
    # a title naming a chart or a table in its words, no label before a colon; a colon after the
    # subject, no chart's label
    ["图表里的园区经济", "表彰大会在长沙高新区举行", "图说园区：车间忙生产", "作者的话"],
)
def test_a_title_naming_a_chart_or_an_author_in_its_words_stays_the_title(head):
    from digest.parse.article import build_article

    article = build_article(_segment_headed(head))
    assert (article.title, article.captions, article.byline) == (head, [], "")


@pytest.mark.parametrize("kicker", ["走进通化医药高新区", "走进长沙高新区", "走进麓谷"])
def test_a_series_name_coming_to_a_park_printed_tight_over_a_short_title_is_its_kicker(kicker):
    """ "走进X": where a series goes, over a title it outnumbers in characters, in one block."""
    from digest.parse.article import _headline_roles

    lines = [kicker, "老药厂的新“药方”", "——园区推动中药产业转型升级见闻"]
    group = [Item(HEADLINE, [Line(k + 1, text) for k, text in enumerate(lines)], "\n".join(lines))]
    assert _headline_roles(group) == (kicker, "老药厂的新“药方”", "——园区推动中药产业转型升级见闻")


@pytest.mark.parametrize(
    "kicker", ["走进东北老工业基地", "走进长三角产业集群", "走近一线科研团队", "探访“中国药谷”"]
)
def test_a_series_name_visiting_any_place_printed_tight_over_its_title_is_its_kicker(kicker):
    """ "走进X": a series is named for its visit whatever the place, no park among them, over a
    title of fewer characters."""
    from digest.parse.article import _headline_roles

    lines = [kicker, "一根碳纤维的“长跑”", "——高新区碳纤维产业链延伸见闻"]
    group = [Item(HEADLINE, [Line(k + 1, text) for k, text in enumerate(lines)], "\n".join(lines))]
    assert _headline_roles(group) == (kicker, "一根碳纤维的“长跑”", "——高新区碳纤维产业链延伸见闻")


@pytest.mark.parametrize(
    "kicker, title",
    [
        ("【园区新观察】", "白酒酿造用上智能机器人"),
        ("【聚焦高质量发展】", "长沙高新区青稞精深加工实验室成立"),
        ("【一线见闻】", "“陶瓷设计”有了版权快速通道"),
    ],
)
def test_a_series_name_in_lenticular_brackets_over_a_title_is_its_kicker(kicker, title):
    """The brackets set a series' name apart from the title printed tight under it."""
    from digest.parse.article import _headline_roles

    group = [Item(HEADLINE, [Line(1, kicker), Line(2, title)], f"{kicker}\n{title}")]
    assert _headline_roles(group) == (kicker, title, "")


@pytest.mark.parametrize(
    "lines, roles",
    [
        (
            ["老工业基地焕新    鞍山高新区AI质检走进钢铁车间"],
            ("老工业基地焕新", "鞍山高新区AI质检走进钢铁车间", ""),
        ),
        # a kicker wider than its title is the kicker still: it comes first
        (
            ["《机器人产业发展三年行动计划》发布  芜湖高新区将建AI+机器人创新高地"],
            ("《机器人产业发展三年行动计划》发布", "芜湖高新区将建AI+机器人创新高地", ""),
        ),
        # a kicker naming the park, its colon closing it, is no subject of the title beside it
        (
            ["三明高新区：   四项举措推动园区绿色低碳转型"],
            ("三明高新区：", "四项举措推动园区绿色低碳转型", ""),
        ),
        (
            ["高端装备里的“关节”\u3000\u3000洛阳高新区轴承产业的突围之路"],
            ("高端装备里的“关节”", "洛阳高新区轴承产业的突围之路", ""),
        ),
        (
            ["图片新闻  株洲高新区新型储能列车下线", "——首列下线"],
            ("图片新闻", "株洲高新区新型储能列车下线", "——首列下线"),
        ),
        # an extractor writes the run of spaces as a tab
        (["三明高新区：\t四项举措推动绿色转型"], ("三明高新区：", "四项举措推动绿色转型", "")),
        # a kicker in two phrases of its own, or naming a series' visit, quotes and all
        (["老字号 新活力  柳州螺蛳粉走出“地摊”路"], ("老字号新活力", "柳州螺蛳粉走出“地摊”路", "")),
        (["探访“中国药谷”\t一粒胶囊背后的“全链条”"], ("探访“中国药谷”", "一粒胶囊背后的“全链条”", "")),
        # a park's bare name before the gap names the park the story is about
        (["湛江高新区  多措并举打造石化新材料基地"], ("湛江高新区", "多措并举打造石化新材料基地", "")),
        # not: one space parts a title's two phrases, or an em, written as two spaces or one
        # ideographic, where the phrase after it does not open on a park; a dash after the gap
        # opens the subtitle; a title spaced out letter by letter holds no phrase
        (
            ["长沙高新区出台十条措施 支持钨和稀土企业创新"],
            ("", "长沙高新区出台十条措施 支持钨和稀土企业创新", ""),
        ),
        (["湛江高新区海洋生物  检测平台获国家认可"], ("", "湛江高新区海洋生物 检测平台获国家认可", "")),
        (["临江高新区氢气压缩机\u3000实现国产化替代"], ("", "临江高新区氢气压缩机 实现国产化替代", "")),
        (["在济宁高新区\u3000年轻人留下来了"], ("", "在济宁高新区 年轻人留下来了", "")),
        (["在济宁高新区  年轻人留下来了"], ("", "在济宁高新区 年轻人留下来了", "")),
        (["在济宁高新区\t年轻人留下来了"], ("", "在济宁高新区 年轻人留下来了", "")),
        # a dateline and its first words, two columns read across, hold no kicker
        (["本报讯 近日，　　　本报枣庄11月19日"], ("", "本报讯近日，本报枣庄11月19日", "")),
        (
            ["老药厂的新“药方”  ——园区推动中药产业转型升级见闻"],
            ("", "老药厂的新“药方”", "——园区推动中药产业转型升级见闻"),
        ),
        (["科  技  创  新"], ("", "科技创新", "")),
    ],
)
def test_a_kicker_written_on_its_titles_line_a_wide_gap_after_it_comes_first(lines, roles):
    """A kicker set beside its title is read on one line with it, a run of spaces between."""
    from digest.parse.article import _headline_roles

    group = [Item(HEADLINE, [Line(k + 1, text) for k, text in enumerate(lines)], "\n".join(lines))]
    assert _headline_roles(group) == roles


GAP = "\u3000\u3000"  # two ems: the gap between the parts of a deck set on one baseline


@pytest.mark.parametrize(
    "lines, roles",
    [
        # all three parts: printed in a stacked deck's order, the title between, whatever widths
        (
            [f"省里领导在调研时强调{GAP}坚持创新驱动 做强智能制造{GAP}推动开发区在高质量发展中挑大梁"],
            ("省里领导在调研时强调", "坚持创新驱动 做强智能制造", "推动开发区在高质量发展中挑大梁"),
        ),
        # two parts: a title and the subtitle after it, no title running on across the gap
        (
            [f"把家乡特产卖向海外{GAP}访长沙高新区跨境电商产业园负责人"],
            ("", "把家乡特产卖向海外", "访长沙高新区跨境电商产业园负责人"),
        ),
        (
            [f"长沙高新区千吨级碳纤维生产线投产{GAP}产品可用于风电叶片和压力容器"],
            ("", "长沙高新区千吨级碳纤维生产线投产", "产品可用于风电叶片和压力容器"),
        ),
        # a report's genre naming the park after the gap: the subtitle, though it opens on the park
        (
            [f"老工业基地长出软件“新苗”{GAP}长沙高新区培育工业软件产业见闻"],
            ("", "老工业基地长出软件“新苗”", "长沙高新区培育工业软件产业见闻"),
        ),
        # a column's name before the gap: the kicker; the deck read under the column's logo lines
        ([f"回音壁{GAP}小微企业如何申请“创新券”？"], ("回音壁", "小微企业如何申请“创新券”？", "")),
        (
            ["基层一线", "蹲点日记", f"探访细胞治疗产业集聚区{GAP}一支“活药”的长沙旅程"],
            ("基层一线 蹲点日记 探访细胞治疗产业集聚区", "一支“活药”的长沙旅程", ""),
        ),
        # not: one em parts a two-part title's phrases; a gap after a comma parts two columns read across
        ([f"在济宁高新区\u3000年轻人留下来了{GAP}"], ("", "在济宁高新区 年轻人留下来了", "")),
        ([f"园区企业订单增长，{GAP}本报枣庄11月19日"], ("", "园区企业订单增长，本报枣庄11月19日", "")),
    ],
)
def test_a_deck_set_on_one_baseline_parts_at_its_wide_gaps(lines, roles):
    """A deck's kicker, title and subtitle set on one baseline, two ems apart, are its three parts."""
    from digest.parse.article import _headline_roles

    group = [Item(HEADLINE, [Line(k + 1, text) for k, text in enumerate(lines)], "\n".join(lines))]
    assert _headline_roles(group) == roles


@pytest.mark.parametrize("kicker", ["园区负责人访谈", "企业家专访", "对话园区企业家"])
def test_a_line_naming_a_column_of_interviews_over_a_title_is_its_kicker(kicker):
    """A column of interviews is named by its genre, over a title a narrow measure breaks."""
    from digest.parse.article import _headline_roles

    lines = [kicker, "让资源型城市", "走出转型新路"]
    group = [Item(HEADLINE, [Line(k + 1, text) for k, text in enumerate(lines)], "\n".join(lines))]
    assert _headline_roles(group)[:2] == (kicker, "让资源型城市 走出转型新路")


@pytest.mark.parametrize(
    "lines, roles",
    [
        (
            ["数据中心集群探访", "长沙高新区：山洞里", "的“算力工厂”", "园区算力规模三年增长五倍"],
            ("数据中心集群探访", "长沙高新区：山洞里的“算力工厂”", "园区算力规模三年增长五倍"),
        ),
        # a quotation split by the break above the short line: the measure was full
        (
            ["长沙高新区：山洞里的“算力工", "厂”", "园区算力规模三年增长五倍"],
            ("", "长沙高新区：山洞里的“算力工厂”", "园区算力规模三年增长五倍"),
        ),
        # a title broken between its phrases may leave any of them short, the next no wider
        (["抚州高新区", "数字经济", "“五个一”行动开局"], ("", "抚州高新区 数字经济“五个一”行动开局", "")),
        (["短评", "让科技成果", "在园区", "“落地生根”"], ("短评", "让科技成果在园区“落地生根”", "")),
        (
            ["长沙高新区茶机装备", "从“小作坊”", "走向智能制造"],
            ("", "长沙高新区茶机装备 从“小作坊”走向智能制造", ""),
        ),
        (
            ["对话园区企业家", "让焊接机器人", "走进冰城", "的重工车间"],
            ("对话园区企业家", "让焊接机器人 走进冰城的重工车间", ""),
        ),
        (["长沙高新区：", "从卤水到", "电池的产业跃升"], ("", "长沙高新区：从卤水到电池的产业跃升", "")),
        (["长沙高新区：“稀土+”", "链条越拉越长"], ("", "长沙高新区：“稀土+”链条越拉越长", "")),
    ],
)
def test_a_title_broken_at_its_measure_ends_on_its_short_line(lines, roles):
    """A title broken where its measure is full fills every line but its last: the line under
    that short one is its subtitle, dash or not."""
    from digest.parse.article import _headline_roles

    group = Item(HEADLINE, [Line(k, line) for k, line in enumerate(lines, 1)], "\n".join(lines))
    assert _headline_roles([group]) == roles


@pytest.mark.parametrize(
    "lines, roles",
    [
        (
            ["长沙高新区氢燃料发动机", "下 线 千 台", "关键零部件国产化率达到95%"],
            ("", "长沙高新区氢燃料发动机下线千台", "关键零部件国产化率达到95%"),
        ),
        (["长沙高新区：让陶瓷走进航", "空 发 动 机"], ("", "长沙高新区：让陶瓷走进航空发动机", "")),
        (["长沙高新区：“稀土+”链条", "越 拉 越 长"], ("", "长沙高新区：“稀土+”链条越拉越长", "")),
        # a spaced-out line over an unspaced one, or of more characters, is a part of its own
        (["政 策 问 答", "长沙高新区人才新政“新”在哪里"], ("政策问答", "长沙高新区人才新政“新”在哪里", "")),
        # so is one naming a genre, one under the title's short last line, and a spaced title's
        # first line, followed by more of it or closing on its subject's colon
        (["长沙高新区：让陶瓷走进航", "空 发 动 机"], ("", "长沙高新区：让陶瓷走进航空发动机", "")),
        (["长沙高新区：“稀土+”链条", "越 拉 越 长"], ("", "长沙高新区：“稀土+”链条越拉越长", "")),
        (
            ["和丽军：把地图“搬”进城市治理", "创 业 者 说"],
            ("", "和丽军：把地图“搬”进城市治理", "创业者说"),
        ),
        # (a column's name: the kicker, wherever it is read)
        (
            ["长沙高新区锂电产业“补链”之后再“强链”", "产 业 观 察"],
            ("产业观察", "长沙高新区锂电产业“补链”之后再“强链”", ""),
        ),
        (
            ["和丽军：把地图“搬”", "进城市治理", "创 业 者 说"],
            ("", "和丽军：把地图“搬”进城市治理", "创业者说"),
        ),
        (
            ["稀土之都的“新材料”答卷", "稀 土 高 新 区 延 链 补 链", "从 “ 卖 原 料 ” 走 向"],
            ("稀土之都的“新材料”答卷", "稀土高新区延链补链从“卖原料”走向", ""),
        ),
        (
            ["盐湖资源的“绿色提取”之路", "长 沙 高 新 区 ：", "从 卤 水 到", "电 池 的 产 业 跃 升"],
            ("盐湖资源的“绿色提取”之路", "长沙高新区：从卤水到电池的产业跃升", ""),
        ),
    ],
)
def test_a_short_last_line_spread_across_the_measure_goes_on_with_the_title(lines, roles):
    """A title's short last line spread over its measure ends the title: a line under it is the
    subtitle."""
    from digest.parse.article import _headline_roles

    group = Item(HEADLINE, [Line(k, line) for k, line in enumerate(lines, 1)], "\n".join(lines))
    assert _headline_roles([group]) == roles


@pytest.mark.parametrize(
    "line, roles",
    [
        (
            "数据中心集群探访 长沙高新区：山洞里的“算力工厂” ——园区算力规模三年增长五倍",
            ("数据中心集群探访", "长沙高新区：山洞里的“算力工厂”", "——园区算力规模三年增长五倍"),
        ),
        (
            "政 策 问 答 长沙高新区人才新政“新”在哪里 ——园区人才工作负责人答记者问",
            ("政策问答", "长沙高新区人才新政“新”在哪里", "——园区人才工作负责人答记者问"),
        ),
        ("园区观察 让“小巨人”在园区长成大树", ("园区观察", "让“小巨人”在园区长成大树", "")),
        # a title of two phrases stays whole; its subtitle goes after the gap before the dash
        (
            "长沙高新区氢燃料发动机 下线千台 ——关键零部件国产化率达到95%",
            ("", "长沙高新区氢燃料发动机 下线千台", "——关键零部件国产化率达到95%"),
        ),
        ("承接产业转移 要“接得住”更要“留得下”", ("", "承接产业转移 要“接得住”更要“留得下”", "")),
        # a spaced-out title "X：Y" opens on no rubric
        ("韦 振 宇 ： 让 无 人 驾 驶 先 在 园 区", ("", "韦振宇：让无人驾驶先在园区", "")),
        # a line of labels holds no rubric: its first label has a colon of its own
        ("责任编辑：李晓雯 美编：孙浩", ("", "责任编辑：李晓雯 美编：孙浩", "")),
        # a spaced-out title spaces its figures off too: no rubric before them
        ("楚 雄 高 新 区 企 业 获 发 明 专 利 授 权 12 项", ("", "楚雄高新区企业获发明专利授权12项", "")),
    ],
)
def test_a_headline_group_joined_on_one_line_parts_at_its_gaps(line, roles):
    """An extractor may write kicker, title and subtitle on one line, parted by gaps."""
    from digest.parse.article import _headline_roles

    assert _headline_roles([Item(HEADLINE, [Line(1, line)], line)]) == roles


@pytest.mark.parametrize(
    "subtitle",
    [
        "一座瓷都的航空产业发展纪实",
        "——园区人才工作负责人答记者问",
        "访长沙高新区一家企业负责人",
        "——一座老工业园区的转型之路",
    ],
)
def test_a_subtitle_printed_before_its_kicker_and_title_is_a_subtitle_still(subtitle):
    from digest.parse.article import _headline_roles
    from digest.parse.items import HEADLINE, Item
    from digest.parse.lines import Line

    lines = [subtitle, "制造业高质量发展", "瓷都“飞”出直升机产业链"]
    group = [Item(HEADLINE, [Line(n, text)], text) for n, text in enumerate(lines, 1)]
    assert _headline_roles(group) == ("制造业高质量发展", "瓷都“飞”出直升机产业链", subtitle)


@pytest.mark.parametrize(
    "group, roles",
    [
        # a punchy title (quotes, "X：Y") over a plainer subtitle set wider, without dash or genre
        (
            ["西安高新区打出降碳“组合拳”", "园区推进绿色低碳循环发展的六项具体举措"],
            ("", "西安高新区打出降碳“组合拳”", "园区推进绿色低碳循环发展的六项具体举措"),
        ),
        (
            ["西安高新区：老厂区变身新产业园", "渭河岸边一座化工园区的绿色转型之路"],
            ("", "西安高新区：老厂区变身新产业园", "渭河岸边一座化工园区的绿色转型之路"),
        ),
        # the same title whichever of the two the extractor writes first
        (
            ["园区推进绿色低碳循环发展的六项具体举措", "西安高新区打出降碳“组合拳”"],
            ("园区推进绿色低碳循环发展的六项具体举措", "西安高新区打出降碳“组合拳”", ""),
        ),
    ],
)
def test_a_dashless_subtitle_set_wider_than_its_title_stays_the_subtitle(group, roles):
    article = parse(*group, *XIAN)[-1]
    assert (article.kicker, article.title, article.subtitle) == roles


@pytest.mark.parametrize(
    "texts, title",
    [
        (["江门高新区打出降碳“组合拳”", "园区推进绿色低碳发展的六项举措"], "江门高新区打出降碳“组合拳”"),
        (["园区推进绿色低碳发展的六项举措", "江门高新区打出降碳“组合拳”"], "江门高新区打出降碳“组合拳”"),
        (["走进通化医药高新区", "老药厂的新“药方”"], "老药厂的新“药方”"),
        (
            ["西部（重庆）科学城大科学装置集群加速成形", "重庆高新区建设科技创新中心核心区"],
            "西部（重庆）科学城大科学装置集群加速成形",
        ),
        # two colons are a line of labels ("责任编辑：… 美编：…"), not a title's "X：Y"
        (["责任编辑：李晓雯 美编：孙浩", "长沙高新区智能制造产业提速发展"], "长沙高新区智能制造产业提速发展"),
        # body lines taken for headlines read as prose, quotes or not
        (
            [
                "长沙高新区签约生物医药项目 总投资35亿元",
                "长沙高新区相关负责人表示，园区",
                "将为项目提供“全程代办”服务，确保",
            ],
            "长沙高新区签约生物医药项目 总投资35亿元",
        ),
    ],
)
def test_the_title_is_the_punchy_line_of_its_group(texts, title):
    """Quotes or a single "X：Y" mark the main title against kicker and subtitle lines that
    carry neither, whatever their widths and order; a line with sentence punctuation is prose."""
    from digest.parse.article import _headline_roles
    from digest.parse.items import HEADLINE, Item
    from digest.parse.lines import Line

    items = [Item(HEADLINE, [Line(k + 1, text)], text) for k, text in enumerate(texts)]
    assert _headline_roles(items)[1] == title


@pytest.mark.parametrize(
    "texts, roles",
    [
        # a word cut in two: the halves of a headline set across two columns
        (["净月高新区影视基地迎", "来拍摄旺季"], ("", "净月高新区影视基地迎来拍摄旺季", "")),
        (["常德高新区首批专利执", "行保险落地"], ("", "常德高新区首批专利执行保险落地", "")),
        # an ordinal and its measure word: the thing it counts follows
        (["承德高新区发布首份", "产业专利导航报告"], ("", "承德高新区发布首份产业专利导航报告", "")),
        (["益阳高新区游艇产业园首艘", "电动游艇下水"], ("", "益阳高新区游艇产业园首艘电动游艇下水", "")),
        # a quotation left open, a modal verb opening the second half
        (["狮子山高新区首个“零", "碳”标准厂房投用"], ("", "狮子山高新区首个“零碳”标准厂房投用", "")),
        (["留住人才", "要靠“烟火气”"], ("", "留住人才 要靠“烟火气”", "")),
        # the cut before the title: its first half is no kicker
        (
            ["科技金融面对面", "科技支行如", "何给轻资产企业“画像”", "——访温州高新区一家科技支行行长郑晓岚"],
            ("科技金融面对面", "科技支行如何给轻资产企业“画像”", "——访温州高新区一家科技支行行长郑晓岚"),
        ),
        # two words meeting at the cut, or a rare word jieba finds across it: the pieces part
        (["鞍山高新区：钢城“长”出智能产业", "园区时讯"], ("", "鞍山高新区：钢城“长”出智能产业", "园区时讯")),
        (
            ["楚雄高新区彝药企业获发明专利授权12项", "下转5版"],
            ("", "楚雄高新区彝药企业获发明专利授权12项", "下转5版"),
        ),
        # a subtitle's dash is a part of its own
        (
            ["榆林高新区：煤城“氢”装上阵", "——“煤头化尾”向“绿氢耦合”转型一线观察"],
            ("", "榆林高新区：煤城“氢”装上阵", "——“煤头化尾”向“绿氢耦合”转型一线观察"),
        ),
    ],
)
def test_a_headline_cut_inside_a_phrase_is_one_title(texts, roles):
    """An extractor reads a headline set across two columns as two lines, cut anywhere; a cut
    no kicker, title or subtitle could end on joins the pieces on both sides into the title."""
    from digest.parse.article import _headline_roles
    from digest.parse.items import HEADLINE, Item
    from digest.parse.lines import Line

    items = [Item(HEADLINE, [Line(k + 1, text)], text) for k, text in enumerate(texts)]
    assert _headline_roles(items) == roles


@pytest.mark.parametrize(
    "texts, roles",
    [
        (["滁州高新区光伏玻璃项目", "提前两个月点火"], ("", "滁州高新区光伏玻璃项目 提前两个月点火", "")),
        (["许昌高新区发制品企业", "直播带货出海"], ("", "许昌高新区发制品企业 直播带货出海", "")),
        (["齐齐哈尔高新区重型铸件", "绿色工厂投产"], ("", "齐齐哈尔高新区重型铸件 绿色工厂投产", "")),
        # a phrase naming a park of its own, a long one, or a line of credits is no predicate
        (["滁州高新区光伏玻璃项目", "滁州高新区再扩产"], ("", "滁州高新区光伏玻璃项目", "滁州高新区再扩产")),
        (
            ["潍坊高新区氢燃料发动机下线千台", "关键零部件国产化率达到95%"],
            ("", "潍坊高新区氢燃料发动机下线千台", "关键零部件国产化率达到95%"),
        ),
        (["许昌高新区发制品企业", "编辑/黎晓"], ("", "许昌高新区发制品企业", "编辑/黎晓")),
        (["北海高新区新型显示模组产量", "下转8版"], ("", "北海高新区新型显示模组产量", "下转8版")),
        (["大庆高新区油田软件企业", "国家高新区"], ("", "大庆高新区油田软件企业", "国家高新区")),
        # a title in two parts, or marked by quotes, is whole
        # (a column's name under it is its kicker, read after it)
        (
            ["新余高新区锂电产业“补链”之后再“强链”", "产业观察"],
            ("产业观察", "新余高新区锂电产业“补链”之后再“强链”", ""),
        ),
    ],
)
def test_a_subject_and_its_predicate_set_apart_are_one_title(texts, roles):
    """A headline across two columns may be cut after its subject: a park and things of it with
    no verb, then a short phrase naming no park that says what they did, are one title."""
    from digest.parse.article import _headline_roles
    from digest.parse.items import HEADLINE, Item
    from digest.parse.lines import Line

    items = [Item(HEADLINE, [Line(k + 1, text)], text) for k, text in enumerate(texts)]
    assert _headline_roles(items) == roles


def test_a_byline_right_above_an_article_closed_by_a_trailing_author_is_that_articles():
    """Byline above the body, trailing author below it, headline after: both name the article,
    though the byline is also printed beside the article before's headline."""
    articles = parse(
        *NANNING, "南宁高新区：开年生产忙", "本报记者 宋佳", *CHANGSHA, "林静", "长沙高新区：智能制造提速"
    )
    assert {a.name for a in by_body(articles, "长沙").authors} == {"宋佳", "林静"}
    assert by_body(articles, "南宁").authors == []


@pytest.mark.parametrize(
    "credit, nanning",
    [
        ("文·图 宋佳", ["宋佳"]),
        ("文·图/宋佳", ["宋佳"]),
        # a byline naming no photos may be set over the text it opens, as above
        ("文/宋佳", []),
        ("本报记者 宋佳 报道", []),
    ],
)
def test_a_text_and_photos_credit_under_a_title_read_after_its_text_is_that_titles_story(credit, nanning):
    """A story set with its deck beside its text is read text first, then its title and the
    credit under it, over the photos: "文·图 X" is that story's, not the next text's read after
    it."""
    articles = parse(
        *NANNING, "南宁高新区：开年生产忙", credit, *CHANGSHA, "林静", "长沙高新区：智能制造提速"
    )
    assert [a.name for a in by_body(articles, "南宁").authors] == nanning


DATED_NANNING = column(
    "本报讯 新年伊始，南宁高新区的生产车间里一派繁忙景象，多条生产线满负荷运转，订单已经排到了三个月以后。",
    "南宁高新区经济发展局负责人介绍，园区去年新增规上工业企业三十余家，工业总产值稳步增长。",
)
DATED_CHANGSHA = column(
    "本报讯 走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。",
    "长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业实现数字化转型。",
)


@pytest.mark.parametrize(
    "credit",
    ["本报记者 宋佳", "■ 全媒体记者 宋佳", "文/宋佳", "策划：王明 文/图：宋佳", "【融媒体记者 宋佳】"],
)
def test_a_heading_byline_under_a_title_read_after_its_text_is_that_titles_story_on_a_page_set_so(credit):
    """A page that prints each story's headline after its text prints each story's byline under
    its headline: the text under the credit has its own headline and byline after it, so the
    credit is the story's above, not the next text's."""
    articles = parse(
        *DATED_NANNING,
        "南宁高新区：开年生产忙",
        credit,
        *DATED_CHANGSHA,
        "长沙高新区：智能制造提速",
        "本报记者 林静",
    )
    assert [a.name for a in by_body(articles, "南宁").authors] == ["宋佳"]
    assert [a.name for a in by_body(articles, "长沙").authors] == ["林静"]


@pytest.mark.parametrize("credit", ["本报记者 宋佳", "■ 全媒体记者 宋佳"])
def test_a_heading_byline_under_a_title_read_after_its_text_opens_a_text_titled_without_a_byline(credit):
    """Where the text under the credit prints no byline under its own headline, the credit is
    set over the text it opens."""
    articles = parse(*NANNING, "南宁高新区：开年生产忙", credit, *CHANGSHA, "长沙高新区：智能制造提速")
    assert by_body(articles, "南宁").authors == []
    assert [a.name for a in by_body(articles, "长沙").authors] == ["宋佳"]


def test_a_byline_after_an_article_naming_no_one_stays_there_before_one_with_a_trailing_author():
    articles = parse(
        *NANNING,
        "▶ 林露虹 本报特约通讯员 李幼君",
        *CHANGSHA,
        "林静",
        "南宁高新区：开年生产忙",
        "长沙高新区：智能制造提速",
    )
    assert [a.name for a in by_body(articles, "南宁").authors] == ["林露虹", "李幼君"]
    assert [a.name for a in by_body(articles, "长沙").authors] == ["林静"]


CHANGSHA_REST = column(
    "清晨八点，长沙高新区的智能制造产业园里，机器人正在流水线上有序作业。",
    "长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业实现数字化转型。",
)


@pytest.mark.parametrize(
    "opening",
    [
        ("本报讯（记者 古丽娜尔 通讯", "员 林静）"),  # the parenthesis runs on to the next line
        ("本 报 讯 （ 记 者 古 丽 娜 尔 通 讯 员 林 静 ）",),  # a letter-spaced first line
    ],
)
def test_a_byline_between_a_trailing_author_and_a_dateline_naming_its_authors_is_the_first_articles(opening):
    """Both articles name their authors already; the byline printed between them closes the
    first (…。 王明, then ▶ 李华), however the second's dateline is broken or spaced."""
    articles = parse(
        *NANNING[:-1],
        NANNING[-1] + " 王明",
        "▶ 李华",
        *opening[:-1],
        opening[-1] + CHANGSHA_REST[0],
        *CHANGSHA_REST[1:],
        "南宁高新区：开年生产忙",
        "长沙高新区：智能制造提速",
    )
    assert {a.name for a in by_body(articles, "南宁").authors} == {"王明", "李华"}
    assert {a.name for a in by_body(articles, "长沙").authors} == {"古丽娜尔", "林静"}


def test_a_byline_between_a_bare_dateline_item_and_a_feature_closed_by_its_author_is_the_features():
    """A news item opening with a bare 本报讯 names no one, yet takes no byline: the byline
    printed between its end and the feature's first line is the feature's."""
    articles = parse(
        *XIAN,
        "通讯员 何平",
        *CHANGSHA[:-1],
        CHANGSHA[-1] + " 王娟",
        "西安高新区硬科技企业三年数量翻番",
        "长沙高新区：智能制造提速",
    )
    assert {a.name for a in by_body(articles, "长沙").authors} == {"何平", "王娟"}
    assert by_body(articles, "西安").authors == []


@pytest.mark.parametrize(
    "first, park, people, xian_closed_by",
    [
        (HEFEI, "合肥", {"张三", "李四"}, []),  # the first names its reporters in its dateline
        ((*HEFEI, "（记者 王明）"), "合肥", {"张三", "李四", "王明"}, []),  # and in brackets at its end
        ((*NANNING, "（本报记者 王明）"), "南宁", {"王明"}, []),  # a feature closed by its credit
        (HEFEI, "合肥", {"张三", "李四"}, ["王娟"]),  # the second has a trailing author too
    ],
)
def test_a_byline_right_above_a_bare_dateline_opens_that_news_item(first, park, people, xian_closed_by):
    """A news item may print its reporters on a line of their own above its bare 本报讯: the
    byline between another article's end and that dateline is the news item's."""
    articles = parse(
        *first,
        "本报记者 宋佳",
        *XIAN,
        *xian_closed_by,
        "合肥高新区集成电路大会签约",
        "西安高新区硬科技企业三年数量翻番",
    )
    assert {a.name for a in by_body(articles, "西安").authors} == {"宋佳", *xian_closed_by}
    assert {a.name for a in by_body(articles, park).authors} == people


@pytest.mark.parametrize(
    "first, park, people",
    [
        (HEFEI, "合肥", {"张三", "李四"}),  # a news item naming its reporters in its dateline
        ((*NANNING, "（本报记者 王明）"), "南宁", {"王明"}),  # a feature closed by its credit
        ((*NANNING, "王明"), "南宁", {"王明"}),  # by a name alone
        ((*NANNING, "（王明）", "责任编辑：刘芳"), "南宁", {"王明"}),  # the editor's line under it
    ],
)
@pytest.mark.parametrize(
    "byline",
    [("本报记者 宋佳　本报通讯员 何平",), ("本报记者 宋佳", "本报通讯员 何平")],  # a row, or stacked
)
def test_a_byline_over_a_headline_under_a_credited_story_opens_the_story_below(first, park, people, byline):
    """A feature's byline may be set at the head of the column, over its headlines, right under
    the end of the story before: once that story names its writers, the byline is the feature's."""
    articles = parse("合肥高新区集成电路大会签约", *first, *byline, "长沙高新区：智能制造提速", *CHANGSHA)
    assert {a.name for a in by_body(articles, "长沙").authors} == {"宋佳", "何平"}
    assert {a.name for a in by_body(articles, park).authors} == people


@pytest.mark.parametrize(
    "first, park, people",
    [
        (HEFEI, "合肥", {"张三", "李四"}),  # a news item naming its reporters in its dateline
        ((*NANNING, "王明"), "南宁", {"王明"}),  # a feature closed by a name alone
    ],
)
@pytest.mark.parametrize(
    "byline, writers",
    [
        ("■本报记者 宋佳 本报通讯员 何平", {"宋佳", "何平"}),  # a mark before the role
        ("文/宋佳 何平", {"宋佳", "何平"}),  # what the names wrote: the text under them
    ],
)
def test_a_marked_or_credited_byline_over_a_headline_under_a_credited_story_opens_the_story_below(
    first, park, people, byline, writers
):
    """Set over a feature's headlines as a byline heading it is, a mark then the role, or 文/
    then the names: once the story above names its writers, the byline is the feature's."""
    articles = parse("合肥高新区集成电路大会签约", *first, byline, "长沙高新区：智能制造提速", *CHANGSHA)
    assert {a.name for a in by_body(articles, "长沙").authors} == writers
    assert {a.name for a in by_body(articles, park).authors} == people


def test_a_credited_byline_over_a_headline_stays_above_where_the_story_below_has_its_own():
    """ "文/宋佳" under a credited story, then a headline and the byline of the story under it:
    that story names its writer under its headline, and the credit closes the story above."""
    headline = "长沙高新区：智能制造提速"
    articles = parse("合肥高新区集成电路大会签约", *HEFEI, "文/宋佳", headline, "本报记者 何平", *CHANGSHA)
    assert {a.name for a in by_body(articles, "长沙").authors} == {"何平"}
    assert {a.name for a in by_body(articles, "合肥").authors} == {"张三", "李四", "宋佳"}


@pytest.mark.parametrize(
    "credit, people",
    [("▶ 李华 本报特约通讯员 赵强", {"李华", "赵强"}), ("▶ 本报记者 丁若冰", {"丁若冰"})],
)
def test_a_closing_credit_under_a_credited_story_stays_its_second_credit(credit, people):
    """ "▶ 李华 本报特约通讯员 赵强": a name first, or ▶ before the role, set as a credit closing a
    story is, though a headline follows: the story above's second credit."""
    articles = parse(*NANNING, "王明", credit, "长沙高新区：智能制造提速", *CHANGSHA)
    assert {a.name for a in by_body(articles, "南宁").authors} == {"王明"} | people


@pytest.mark.parametrize("caption", [(), ("图片来源：南宁高新区",)])
def test_a_byline_over_the_headline_of_the_story_above_stays_with_that_story(caption):
    """A story may print its headline after its text: a byline between that text's trailing
    author and its headline is the story's second credit, not the next story's byline."""
    headlines = ("南宁高新区开年生产忙", "长沙高新区：智能制造提速")
    articles = parse(*NANNING, "王明", "本报记者 宋佳", *caption, *headlines, *CHANGSHA)
    assert {a.name for a in by_body(articles, "南宁").authors} == {"王明", "宋佳"}
    assert by_body(articles, "长沙").authors == []


@pytest.mark.parametrize("head", [[], ["2024年3月21日　星期四"]])  # under the page's running head
def test_names_stacked_over_a_headline_at_the_page_head_are_the_story_below(head):
    """A byline stacked one name a line at the head of the page, over a feature's headline:
    nothing stands above it to close, so each name is the feature's."""
    articles = parse(
        *head,
        "本报记者 宋佳",
        "本报通讯员 何平",
        "长沙高新区：智能制造提速",
        *CHANGSHA,
        "（本报记者 王明）",
        "南宁高新区：开年生产忙",
        *NANNING,
    )
    assert {a.name for a in by_body(articles, "长沙").authors} == {"宋佳", "何平", "王明"}


def test_a_byline_over_the_headline_of_a_news_item_naming_its_reporters_is_not_that_items():
    """The news item under the headline names its reporters in its dateline: the byline over
    its headline is no byline of it, but the closing one of the story above."""
    articles = parse(
        "合肥高新区集成电路大会签约",
        *HEFEI,
        "本报评论员 宋佳",
        "长沙高新区：智能制造提速",
        "本报讯（记者 古丽娜尔 通讯",
        "员 林静）" + CHANGSHA_REST[0],
        *CHANGSHA_REST[1:],
    )
    assert {a.name for a in by_body(articles, "长沙").authors} == {"古丽娜尔", "林静"}
    assert {a.name for a in by_body(articles, "合肥").authors} == {"张三", "李四", "宋佳"}


@pytest.mark.parametrize("xian_closed_by", [[], ["（王娟）"]])
def test_a_byline_under_a_trailing_name_alone_is_that_articles_second_credit(xian_closed_by):
    """A name alone closing a text may have a second credit under it ("吴晓东" then "通讯员 李华"),
    though a bare 本报讯 follows: only a credit in brackets closes an article's credits."""
    articles = parse(
        *NANNING,
        "王明",
        "特约通讯员 宋佳",
        *XIAN,
        *xian_closed_by,
        "南宁高新区：开年生产忙",
        "西安高新区硬科技企业三年数量翻番",
    )
    assert {a.name for a in by_body(articles, "南宁").authors} == {"王明", "宋佳"}


@pytest.mark.parametrize("caption", [[], ["图片来源：南宁高新区"]])
def test_a_byline_under_a_headline_stays_its_articles_over_a_bare_dateline(caption):
    """A byline printed under a headline is that headline's article's, though a news item's
    bare 本报讯 follows it: only one printed right under a text opens the news item."""
    articles = parse(
        *HEFEI,
        "合肥高新区集成电路大会签约",
        "南宁高新区：开年生产忙",
        "本报记者 宋佳",
        *caption,
        *XIAN,
        *NANNING,
        "西安高新区硬科技企业三年数量翻番",
    )
    assert [a.name for a in by_body(articles, "南宁").authors] == ["宋佳"]
    assert by_body(articles, "西安").authors == []


@pytest.mark.parametrize("byline", ["■ 本报记者 宋佳", "宋佳 本报通讯员 何平"])
def test_a_byline_under_the_last_of_gathered_headlines_is_not_the_dated_text_below_it(byline):
    """Headlines gathered one under another over the page's texts: the byline under the last
    one is that headline's; the text below opens with a dateline naming its own writers, and
    takes no second byline from the group."""
    xian = column(
        "本报讯（记者 赵六）近日，西安高新区发布硬科技企业发展报告，园区硬科技企业数量三年增长一倍。",
        "报告显示，西安高新区光子、航空航天和新材料等产业快速成长，一批企业登陆科创板。",
    )
    nanning = column(
        "本报讯（记者 王五）近日，南宁高新区的生产车间里一派繁忙景象，多条生产线满负荷运转。",
        "南宁高新区经济发展局负责人介绍，园区去年新增规上工业企业三十余家，工业总产值稳步增长。",
    )
    articles = parse(
        "合肥高新区集成电路大会签约",
        "西安高新区硬科技企业三年数量翻番",
        "南宁高新区：开年生产忙",
        byline,
        *HEFEI,
        *xian,
        *nanning,
    )
    assert [a.name for a in by_body(articles, "合肥").authors] == ["张三", "李四"]


@pytest.mark.parametrize(
    "byline, people", [("本报记者 宋佳", {"宋佳"}), ("▶ 宋佳 本报特约通讯员 何平", {"宋佳", "何平"})]
)
def test_a_byline_above_a_caption_closes_the_text_before_it_not_the_bare_dateline_after(byline, people):
    """An article's own byline stands before its caption: the one printed between a feature's
    end and a caption is the feature's, though a bare 本报讯 follows the caption and another
    byline stands between the feature's headline and its text."""
    articles = parse(
        *CHANGSHA,
        "长沙高新区：智能制造提速",
        "南宁高新区：开年生产忙",
        "▶ 曾辉 耿明强",
        *NANNING,
        byline,
        "开年订单排到三个月后。 图片来源：南宁高新区",
        *XIAN[:-1],
        XIAN[-1] + " 王娟",
        "西安高新区硬科技企业三年数量翻番",
    )
    assert {a.name for a in by_body(articles, "南宁").authors} == people
    assert [a.name for a in by_body(articles, "西安").authors] == ["王娟"]


@pytest.mark.parametrize("between", [[], ["图片来源：长沙高新区"]])
def test_names_alone_after_a_bare_dateline_item_are_its_authors(between):
    """ "钱文 丁一" after a 本报讯 item's last sentence, then the next feature's headline: the
    item's trailing authors, not the feature's byline."""
    articles = parse(
        *XIAN, "钱文 丁一", *between, "长沙高新区：智能制造提速", *CHANGSHA, "西安高新区硬科技企业"
    )
    assert {a.name for a in by_body(articles, "西安").authors} == {"钱文", "丁一"}
    assert by_body(articles, "长沙").authors == []


@pytest.mark.parametrize("caption", [True, False])
def test_a_byline_after_a_caption_that_follows_a_trailing_author_opens_the_next_article(caption):
    """An article's own byline stands before its caption: "王明", a caption, then "▶ 李华" and
    the next article's text is that article's byline. With no caption between, the byline
    after the trailing author closes the first article, as on the sample page."""
    articles = parse(
        *NANNING[:-1],
        NANNING[-1] + " 王明",
        *(["图片来源：南宁高新区"] if caption else []),
        "▶ 李华",
        *CHANGSHA[:-1],
        CHANGSHA[-1] + " 林静",
        "南宁高新区：开年生产忙",
        "长沙高新区：智能制造提速",
    )
    first, second = ({"王明"}, {"李华", "林静"}) if caption else ({"王明", "李华"}, {"林静"})
    assert {a.name for a in by_body(articles, "南宁").authors} == first
    assert {a.name for a in by_body(articles, "长沙").authors} == second


@pytest.mark.parametrize(
    "following, breaks",
    [
        # the next line closes its own paragraph: short for that, not for a lost indent
        (("企业技术总监刘振宇说。",), False),
        # the next line lost its indent, and the paragraph goes on
        (("合肥高新区管委会负责人表示，", "园区将继续补链强链，打造具有影响", "力的产业集群。"), True),
        # a paragraph of one line that lost its indent
        (("园区将继续补链强链打造集群。",), True),
        # a number set off by a quarter em each side fills the column: no indent was lost
        (("园区已集聚企业 30 余家，形成产业", "链条。"), False),
        # but a line shorter still lost its indent, number or none
        (("园区已集聚企业 30 余家，形成", "产业链条。"), True),
    ],
)
def test_a_break_after_a_full_line_closing_a_sentence_is_told_by_the_next_lines_indent(following, breaks):
    """After a full line ending 。 only the next line tells a paragraph break: one two
    characters short lost its indent (a half-width run in it is spaced off the Chinese text, so
    set wider than its characters); one much shorter that closes a sentence ends its own."""
    lead = (
        "本报讯 近日，合肥高新区举行",
        "集成电路产业发展大会，签约项目二",
        "十余个，总投资超过三百亿元以上。",
    )
    after = column("据悉，园区已集聚集成电路企业三百余家，形成较为完整的产业链条，年产值超千亿元。")
    article = parse(*lead, *following, *after, "合肥高新区集成电路大会")[0]
    texts = [block.text for block in article.blocks]
    assert texts[0].endswith("以上。") is breaks


@pytest.mark.parametrize(
    "next_line, breaks",
    [
        ("两年前，他带着团队从新竹来到厦门", True),  # lost its indent: a paragraph begins
        ("两年前，他带着团队从新竹来到厦门创业", False),  # as wide as the column: none begins
        # as wide, but its punctuation may have been set at half width to fit in more
        ("两年前，“他”带着团队从新竹来到厦门", True),
    ],
)
def test_a_short_line_closing_a_sentence_ends_a_paragraph_unless_the_next_lost_no_indent(next_line, breaks):
    """ "32岁的台湾青年陈彦廷是受益者之一。" is short, yet a paragraph's first line when the
    line after it runs the column's full width."""
    lead = column(
        "本报讯 近日，合肥高新区举行集成电路产业发展大会，签约项目二十余个，总投资超过三百亿。", width=18
    )
    after = column(
        "在台湾时团队就一直在做芯片设计，来到园区以后拿到了天使基金的投资，产品很快量产，"
        "今年的订单已经排到了年底，团队也从最初的五个人扩大到了六十多人。",
        width=18,
    )
    article = parse(
        *lead, "32岁的台湾青年小陈是受益者之一。", next_line, *after[1:], "合肥高新区集成电路大会"
    )[0]
    assert any(block.text.endswith("受益者之一。") for block in article.blocks) is breaks


def test_a_short_last_line_of_a_longer_paragraph_ends_it_whatever_follows():
    """Only a paragraph's first line can close a sentence short by its indent and go on: the
    short line after another line of its paragraph ends that paragraph."""
    lead = (
        "本报讯 近日，合肥高新区举行集成",
        "电路产业发展大会，签约项目二十余个，",
        "总投资超过三百亿元，其中",
    )
    lines = (*lead, "32岁的台湾青年小陈是受益者之一。", "两年前，他带着团队从新竹来到厦门创业")
    article = parse(*lines, "合肥高新区")[0]
    assert article.blocks[0].text.endswith("受益者之一。")


BAOJI = column(
    "在宝鸡高新区的一家钛材企业里，薄如蝉翼的钛箔正从轧机上缓缓送出，将被用于氢燃料电池双极板。",
    "宝鸡被誉为“中国钛谷”，钛材产量占全国一半以上。企业负责人说，现在卖的是材料，更是零件。",
    "有关负责人表示，将推动钛产业向高端化、精深化发展，打造具有全球影响力的钛材料产业基地。",
)
ORDOS = column(
    "本报讯 日前，鄂尔多斯高新区风光制氢一体化项目正式投产，年产绿氢一点二万吨，主要供应当地化工企业。"
)


def test_a_title_broken_inside_a_word_is_matched_by_that_word():
    """ "“中" / "国钛谷”的新材料突围": the body's 中国钛谷 is found across the title's line
    break, so the title stays with its kicker's article, not the short item printed after it."""
    articles = parse(
        "▶ 本报通讯员 杨蕾",
        *BAOJI,
        "冯楠",
        "钛箔生产线。 许可欣 摄",
        "走进宝鸡高新区",
        ("“中", "国钛谷”的新材料突围"),
        "鄂尔多斯高新区风光制氢项目投产",
        *ORDOS,
    )
    assert (by_body(articles, "钛箔").kicker, by_body(articles, "钛箔").title) == (
        "走进宝鸡高新区",
        "“中国钛谷”的新材料突围",
    )
    assert by_body(articles, "绿氢").title == "鄂尔多斯高新区风光制氢项目投产"


MAKER = column(
    "在长沙高新区，一家成立仅七年的负极材料企业已跻身行业前列，制造业高质量发展的路子越走越宽。",
    "企业创始人说，做制造业要耐得住寂寞，园区推动制造业高质量发展，给了企业底气。",
)


def test_a_kicker_printed_over_its_title_stays_there_though_another_body_shares_its_words():
    """A series' name over a title printed after its body is that article's kicker, not a line
    of the feature printed elsewhere whose text happens to use its words."""
    articles = parse(
        "“做材料要耐得住寂寞”",
        "——访长沙高新区一家负极材料企业创始人",
        *MAKER,
        *HEFEI,
        "制造业高质量发展",
        "合肥高新区：集成电路大会签约超三百亿元",
    )
    maker, hefei = by_body(articles, "负极材料"), by_body(articles, "合肥")
    assert (maker.title, maker.subtitle) == ("“做材料要耐得住寂寞”", "——访长沙高新区一家负极材料企业创始人")
    assert (hefei.kicker, hefei.title) == ("制造业高质量发展", "合肥高新区：集成电路大会签约超三百亿元")


QINGHAI = column(
    "本报讯（记者 马德明）海拔两千二百多米的西宁，冬季干燥寒冷，",
    "但青海高新区一家锂电材料企业的研发室里气氛热烈。",
)


def test_a_title_under_a_kicker_naming_the_park_goes_where_the_kicker_goes():
    """ "走进宝鸡高新区" over "“中国钛谷”的新材料突围": the kicker fits its article best, and the
    title with it, not the article below whose own title, printed at the top, shares no words."""
    articles = parse(
        "高原上的“人才引力场”",
        "合肥高新区集成电路大会签约超三百亿元",
        *HEFEI,
        "▶ 本报通讯员 杨蕾",
        *BAOJI,
        "冯楠",
        "走进宝鸡高新区",
        "“中国钛谷”的新材料突围",
        *QINGHAI,
    )
    baoji = by_body(articles, "钛箔")
    assert (baoji.kicker, baoji.title) == ("走进宝鸡高新区", "“中国钛谷”的新材料突围")
    assert by_body(articles, "西宁").title == "高原上的“人才引力场”"


def test_a_dash_subtitle_goes_with_the_title_above_it_not_alone_to_the_article_it_names():
    feature = column(
        "马建军创办的负极材料企业落户石嘴山高新区已经十二年，产品供应国内多家电池企业。",
        "马建军说，做材料要耐得住寂寞，他的目标是让石嘴山生产的负极材料装进全世界的电池里。",
    )
    item = column(
        "本报讯 日前，拉萨高新区众创空间第三批十五个创业团队签约入驻，"
        "项目涉及藏药材深加工和藏文软件开发等领域。"
    )
    item = (*item[:-1], item[-1] + " 扎西次仁")
    articles = parse(
        *feature,
        "企业家访谈",
        "“做材料要耐得住寂寞”",
        "——访石嘴山高新区一家负极材料企业创始人马建军",
        "图片：石嘴山高新区",
        *item,
        "拉萨高新区众创空间迎来第三批创业团队",
        "德阳高新区六项举措推动重大装备项目落地",
        *column(
            "本报讯（记者 苏郎甲楚 通讯员 林涛）近日，德阳高新区召开重大项目推进会，"
            "推出六项举措加快重大装备项目签约落地和开工建设。",
            "这六项举措，一是实行“链长”负责制，围绕清洁能源装备、航空与燃机、"
            "智能制造装备三条产业链分别组建招商专班。",
            width=20,
        ),
    )
    interview = by_body(articles, "马建军")
    assert interview.title == "“做材料要耐得住寂寞”"
    assert interview.subtitle.startswith("——访石嘴山高新区")


GANZHOU = column(
    "在赣州高新区一家永磁电机企业的装配线上，一块块钕铁硼磁体被嵌进电机转子，发往各地的新能源汽车工厂。",
    "园区相关负责人介绍，从分离冶炼到磁材、电机，一条完整的产业链已在这里成形。",
    width=18,
)
HUAINAN = column(
    "淮南是一座因煤而兴的城市。如今在淮南高新区，一批大数据和云计算企业落地生根。",
    "孙立新说，企业在园区建起数据中心，为长三角的客户提供算力服务。",
    width=17,
)
INTERVIEW_GROUPS = (
    ("产业链调查", "稀土之乡的“磁”力何来", "——赣州高新区稀土永磁产业链调查"),
    ("对话园区负责人", "让好项目在家门口落地", "——访淮南高新区一家大数据企业负责人孙立新"),
)


@pytest.mark.parametrize("groups", [INTERVIEW_GROUPS, INTERVIEW_GROUPS[::-1]])
def test_a_headline_group_goes_whole_to_the_article_its_lines_fit_together(groups):
    """Kicker, title and subtitle printed together are one article's, gathered with another's:
    the subtitle naming the park and the person carries its title and kicker with it, though
    the title's own words fit no text and the kicker's fit another."""
    articles = parse(*GANZHOU, "吴迪", *HUAINAN, "王明", *[line for group in groups for line in group])
    ganzhou, huainan = by_body(articles, "钕铁硼"), by_body(articles, "算力")
    assert (ganzhou.kicker, ganzhou.title) == ("产业链调查", "稀土之乡的“磁”力何来")
    assert (huainan.kicker, huainan.title, huainan.subtitle) == (
        "对话园区负责人",
        "让好项目在家门口落地",
        "——访淮南高新区一家大数据企业负责人孙立新",
    )


@pytest.mark.parametrize(
    "score, best, misfit",
    [(-1.0, 1.8, True), (0.0, 0.9, True), (0.0, 0.4, False), (0.1, 1.8, False), (-1.0, -0.5, False)],
)
def test_a_group_goes_to_no_text_none_of_its_words_fit_while_another_fits_it_well(score, best, misfit):
    """The one text left without a headline does not take a group that fits another text well
    and none of its own words (its title was read into its body; the other text is two)."""
    from digest.parse.handout import _misfit

    assert _misfit(score, best) is misfit


def _headline(text: str):
    from digest.parse.items import HEADLINE, Item
    from digest.parse.lines import Line

    return Item(HEADLINE, [Line(1, text)], text)


@pytest.mark.parametrize(
    "upper, lower, upper_fit, one",
    [
        ("对话园区负责人", "让好项目在家门口落地", {0: 0.5, 1: 0.5}, True),  # a column's name: its kicker
        ("产业链调查", "稀土之乡的“磁”力何来", {0: 0.0, 1: 0.4}, True),  # fits the title's own best
        ("稀土之乡的“磁”力何来", "——赣州高新区稀土永磁产业链调查", {0: 0.0, 1: 0.9}, True),  # a subtitle
        ("老纺织厂里长出新产业", "合肥高新区集成电路大会签约超三百亿元", {0: 0.9, 1: 0.1}, False),  # a title
        ("“中国钛谷”的突围", "合肥高新区集成电路大会签约超三百亿元", {0: 0.0, 1: 0.0}, False),  # punchy
        ("合肥高新区集成电路大会签约超三百亿元", "走进宝鸡高新区", {0: 0.0, 1: 0.0}, False),  # wider
        ("走进宝鸡高新区", "——访西安高新区一家企业负责人", {0: 0.0, 1: 0.0}, False),  # other parks
        # subtitles printed without their dash: a report's genre on a park, an interview's 访…
        ("稀土之乡的“磁”力何来", "赣州高新区稀土永磁产业链调查", {0: 0.9, 1: 0.0}, True),
        ("老厂房里的新动能", "株洲高新区推进老工业区改造见闻", {0: 0.9, 1: 0.0}, True),
        ("“小芯片”撬动大产业", "访无锡高新区一家封测企业负责人", {0: 0.9, 1: 0.0}, True),
        ("“中国钛谷”的突围", "园区产业链观察", {0: 0.0, 1: 0.0}, False),  # a column's name: the next kicker
        # a whole headline group written on one line, its parts parted by gaps
        ("“黄光”芯片攻关路", "■融合观察 无锡高新区：封测提速 ——无锡封测见闻", {0: 0.9, 1: 0.0}, False),
    ],
)
def test_headlines_printed_one_over_the_other_are_one_group(upper, lower, upper_fit, one):
    """A subtitle under its title, dash or not, a plain line set narrower over the line under it
    (its kicker, unless its words fit another article in particular), and never lines naming
    other parks."""
    from digest.parse.handout import _one_group

    assert _one_group(_headline(upper), _headline(lower), upper_fit, {0: 0.1, 1: 0.8}) is one


JINGDEZHEN = column(
    "说起景德镇，人们首先想到的是瓷器。但在景德镇高新区，另一张名片越来越亮眼，那就是直升机。",
    "园区一家航空零部件企业的数控车间里，十几台五轴加工中心正在加工直升机旋翼系统的零件。",
)
QUANZHOU = column(
    "记者：泉州高新区的企业在知识产权保护上有哪些常见误区？",
    "洪丽芬：最常见的误区是重专利、轻保密，认为只有申请了专利才算数，出了问题再去补救已经晚了。",
)


@pytest.mark.parametrize("kicker", [(), ("制造业高质量发展",)])
def test_a_subtitle_printed_alone_leaves_its_article_to_the_title_printed_elsewhere(kicker):
    """An interview's title printed in another article's headline group, its subtitle alone over
    its text: the article takes its title, and the subtitle goes with it, not the other way."""
    articles = parse(
        *kicker,
        "瓷都“飞”出直升机产业链",
        "商业秘密保护 从“事后维权”到“事前防范”",
        "▶ 本报记者 麦麦提·吐尔逊",
        *JINGDEZHEN,
        "吴迪",
        "——访泉州高新区知识产权保护工作站负责人洪丽芬",
        *QUANZHOU,
    )
    jingdezhen, quanzhou = by_body(articles, "直升机"), by_body(articles, "洪丽芬")
    assert jingdezhen.title == "瓷都“飞”出直升机产业链"
    assert (quanzhou.title, quanzhou.subtitle) == (
        "商业秘密保护 从“事后维权”到“事前防范”",
        "——访泉州高新区知识产权保护工作站负责人洪丽芬",
    )


@pytest.mark.parametrize("kicker", [(), ("制造业高质量发展",)])
def test_a_title_left_over_joins_no_group_that_has_a_marked_title_of_its_own(kicker):
    """An interview continued from another page takes a title only that its words fit well; one
    printed after another article's marked title is not that article's second title, but the
    continued text's, which some of its words fit."""
    articles = parse(
        *kicker,
        "瓷都“飞”出直升机产业链",
        "商业秘密保护 从“事后维权”到“事前防范”",
        "▶ 本报记者 麦麦提·吐尔逊",
        *JINGDEZHEN,
        "吴迪",
        "（上接第9版）",
        *QUANZHOU,
    )
    jingdezhen, quanzhou = by_body(articles, "直升机"), by_body(articles, "洪丽芬")
    assert jingdezhen.title == "瓷都“飞”出直升机产业链"
    assert quanzhou.title == "商业秘密保护 从“事后维权”到“事前防范”"


ZAOZHUANG = column(
    "近日，枣庄高新区出台深化产教融合的十条措施，提出三年内培养锂电和装备制造领域技能人才两万名，企业出设备、出师傅，"
    "院校出场地、出老师，共建产业学院，推行入学即入职的订单式培养。",
    "枣庄高新区有关负责人说，园区对每个产业学院给予最高三百万元的建设补助，学生入学时就和企业签订就业协议。",
)


@pytest.mark.parametrize("cut", [4, 5])
@pytest.mark.parametrize(
    "head",
    [
        (("政 策 解 读", "枣庄高新区产教融合新政落地", "园区有关负责人答记者问"),),
        (("枣庄高新区产教融合", "新政落地"), "本报记者 段丽萍"),
    ],
)
def test_a_headline_read_after_the_first_column_mid_sentence_parts_no_text(cut, head):
    """A headline across several columns, read after the first where it breaks off mid-sentence:
    the text on both sides is one article's, and the headline is its title."""
    articles = parse(*HEFEI, "王成龙", *ZAOZHUANG[:cut], *head, *ZAOZHUANG[cut:])
    article = by_body(articles, "枣庄")
    assert len(articles) == 2 and "新政落地" in article.title
    assert [block.type for block in article.blocks] == ["paragraph", "paragraph"]


def _indented(*paragraphs: str, width: int = 18) -> list[str]:
    """Paragraphs set in a column with each first line written after its indent's spaces."""
    lines: list[str] = []
    for paragraph in paragraphs:
        first, *rest = column(paragraph, width=width)
        lines += ["  " + first, *rest]
    return lines


@pytest.mark.parametrize(
    "broken, going_on",
    [
        ("农业科技合作也带动了杨凌企业“走", "出去”。园区的节水灌溉设备、农机和种子企业，已在中亚设立网点。"),
        ("杨凌示范区还与中亚国家的高校共建", "了联合实验室，围绕盐碱地改良、智慧农业等开展研究。"),
    ],
)
def test_a_headline_read_after_an_indented_first_line_mid_sentence_parts_no_text(broken, going_on):
    """A paragraph's first line written with its indent fills the column less the indent: a
    headline read after it, where that line breaks off mid-sentence, cuts into the paragraph."""
    above = _indented("近日，杨凌示范区与哈萨克斯坦一所农业大学共建的旱作农业示范园迎来小麦收获。")
    below = [going_on[k : k + 18] for k in range(0, len(going_on), 18)]
    head = (("杨凌示范区旱作", "农业技术落地中亚"), "文/本报记者 阿依古丽")
    articles = parse(*above, "  " + broken, *head, *below)
    assert len(articles) == 1 and "农业技术落地中亚" in articles[0].title
    assert articles[0].blocks[-1].text == broken + going_on


WENZHOU_BROKEN = (
    "近日，温州高新区出台知识产权保护措施，一是建立快速维权通道，二是完善商业秘密保护制度，三是开展培训，"
    "针对企业负责人和研发人员讲解保护要点，帮助企业建立保密制度，园区还将组织律师事务所为企业提供法律咨询"
    "服务，对有需要的企业上门开展保密体检，对重点企业的核心技术人员开展专题培训，园区知识产权服务中心还将"
)


@pytest.mark.parametrize("indent, segments", [("  ", 2), ("", 1)])
def test_a_line_after_a_byline_written_with_its_indent_opens_another_text(indent, segments):
    """After a byline the text above breaks off mid-sentence; the line below goes on with it
    unless the extractor wrote the indent that opens a paragraph before it."""
    above = [WENZHOU_BROKEN[k : k + 18] for k in range(0, 18 * 8, 18)]
    below = (indent + "科技型中小企业普遍缺少厂房、土地等", "抵押物，融资难一直是企业发展中的老大难", "题。")
    cut, _ = cut_flow(layout(RawPage("t.txt", raw_page(*above, "■ 庄雅琳 胡杰", *below))))
    assert len(cut) == segments


LIUZHOU = column(
    "日前，柳州高新区与株洲高新区签订轨道交通装备产业合作协议。根据协议，双方将在整车配套、"
    "关键零部件研发和海外市场开拓等方面开展合作。",
    "株洲高新区是我国重要的轨道交通装备产业基地，聚集了一批整车和核心部件企业；柳州高新区则在"
    "汽车零部件、钢材加工方面基础雄厚。",
    "业内人士认为，轨道交通装备产业链条长、配套企业多，单靠一个园区很难做全做强，两地合作有利于补链强链。",
)


@pytest.mark.parametrize(
    "head, title",
    [
        (("柳州株洲两地", "高新区携手发展", "轨道交通装备"), "柳州株洲两地高新区携手发展轨道交通装备"),
        ("两地携手发展", ""),
        (("（一）柳州株洲两地", "携手发展轨道交通"), ""),  # a numbered section's subheading, wrapped
    ],
)
def test_an_article_without_a_headline_takes_one_of_several_lines_printed_inside_it(head, title):
    """A headline group set across the columns is read where the first column ends, between
    paragraphs; a subheading there is one line, and stays a heading, as one numbering its
    section does over two."""
    articles = parse(*LIUZHOU[:5], head, *LIUZHOU[5:])
    assert len(articles) == 1 and articles[0].title.replace(" ", "") == title
    assert ("heading" in [block.type for block in articles[0].blocks]) == (not title)


RECYCLING = (
    "本报讯 近日，丰城高新区赣锋循环",
    "科技有限公司年处理五万吨废旧锂电",
    ("丰城高新区锂电池回", "收 项 目 投 产"),
    "元，采用全湿法冶金工艺，锂、钴、镍",
    "回收率分别达到九成以上。项目达产",
    "后，预计年产值可达三十五亿元，带",
    "动就业六百余人，补齐园区新能源产",
    "业链的回收利用环节。",
)


@pytest.mark.parametrize(
    "above, below",
    [
        ("科技有限公司年处理五万吨废旧锂电", "池回收项目投产，投资 12.6 亿"),  # a word cut across it
        ("科技有限公司年处理五万吨废旧锂电池", "回 收 项 目 投 产 ， 投 资 12.6 亿"),  # spread out
        ("科技有限公司年处理废旧锂电池的“回收", "再生”项目投产，投资 12.6 亿"),  # a quotation
        ("科技公司处理 12.6 万吨废旧锂电", "池回收项目投产，投资 12.6 亿"),  # digits set wide
        ("科技有限公司年处理五万吨废旧电池，", "2023 年项目投产，投资 12.6 亿元"),  # digits set wide
    ],
)
def test_a_headline_the_sentence_runs_across_is_no_part_of_the_text(above, below):
    """A headline group printed inside its article's column, after a line that breaks off its
    sentence at the column's edge (its digits may be set wider than they are written), before
    one that goes on with it (finishing the word or the quotation left open above, or spread out
    to fill the column, however narrow its digits leave it): no subheading, the text runs on."""
    lines = (*RECYCLING[:1], above, RECYCLING[2], below, *RECYCLING[3:])
    segments, loose = cut_flow(layout(RawPage("t.txt", raw_page(*lines))))
    assert [item.text for item in loose if item.kind == HEADLINE] == ["丰城高新区锂电池回\n收 项 目 投 产"]
    assert len(segments) == 1 and HEADLINE not in [part.kind for part in segments[0].parts]


def test_a_headline_under_the_datelines_line_that_the_sentence_runs_across_is_no_part_of_the_text():
    """The line opening with the dateline opens its paragraph: short of the column by the indent
    it lost, it breaks off its sentence at the column's edge."""
    lines = (
        "本报讯 近日，丰城高新区赣锋循",
        RECYCLING[2],
        "环科技有限公司年处理五万吨废旧锂",
        *RECYCLING[3:],
    )
    segments, loose = cut_flow(layout(RawPage("t.txt", raw_page(*lines))))
    assert [item.text for item in loose if item.kind == HEADLINE] == ["丰城高新区锂电池回\n收 项 目 投 产"]
    assert len(segments) == 1 and HEADLINE not in [part.kind for part in segments[0].parts]


def test_lines_of_text_taken_for_a_headline_that_the_text_runs_through_stay_in_the_text():
    """A headline takes up no word of the text around it: lines printed together that finish the
    word the line above broke off ("…襄阳高新" / "区已有…") and break off one the line below
    finishes ("…数字化转" / "型项目…") are the text's own, wherever its sentence goes on."""
    group = ("区已有十家汽车零部件企业完成智", "能化改造和数字化转")
    lines = (
        "本报讯 今年以来，湖北襄阳高新",
        group,
        "型项目，完成技改投资约十九亿元，",
        "企业平均生产效率提高近三成，运营",
        "成本降低一成五，产品良品率明显提",
        "升。园区计划年内再推动二十家企业",
        "完成改造。",
    )
    _, loose = cut_flow(layout(RawPage("t.txt", raw_page(*lines))))
    assert "\n".join(group) not in [item.text for item in loose]


def test_a_line_read_as_a_headline_that_the_text_runs_through_is_a_line_of_the_text():
    """ "…该企" / "业紫外LED芯片产品主" / "要用于…": the text runs on into the line and out of it."""
    lines = (
        "本报讯 近日，长治高新区一家光电企",
        "业的生产车间内，工人们正在调试紫外",
        "芯片封装设备。该企",
        "业紫外LED芯片产品主",
        "要用于杀菌消毒和固化设备，目前订单",
        "已排至明年一季度。",
    )
    items = [Item(BODY, [Line(n, text)], text) for n, text in enumerate(lines, 1)]
    items[3].kind = HEADLINE  # short, and holding no clause
    segments, loose = cut_flow(items)
    assert not loose and [part.kind for part in segments[0].parts] == [BODY] * len(lines)


def test_a_byline_inside_the_bracket_a_dateline_opened_is_no_byline_set_across_the_text():
    """ "本报讯（记者 X" / "通讯员 Y" / "Z） 在…": the dateline's credit broken over lines, not a
    byline set across the columns with the text going on past it: one text, its credit whole."""
    lines = (
        "本报讯（记者 向红梅",
        "通讯员 田志刚 实习生 覃",
        "晓雨） 在宜昌高新区一家",
        "磷化工企业的厂区，原本堆",
        "放磷石膏的渣场已经变成了",
        "光伏电站。企业负责人介绍，",
        "新建的生产线每年可消纳磷",
        "石膏五十万吨。",
    )
    segments, _ = cut_flow(layout(RawPage("t.txt", raw_page(*lines))))
    assert len(segments) == 1 and [part.text for part in segments[0].parts] == list(lines)


BENXI_LEAD = column(
    "提起本溪，很多人首先想到的是钢铁和煤炭。如今，在本溪高新区，一座以生物医药为主导产业的药谷正在崛起，园区集聚医药企业一百九十余家。",
    "从钢城到药都，本溪高新区走过了十几年。这条路是怎么走出来的？记者近日走进园区，寻找答案。",
    width=24,
)
BENXI_BODY = column(
    "园区现在的核心区，十几年前还是一片荒坡。本溪高新区管委会副主任回忆，当时园区只有几家小型制药厂，招商时答不上产业基础。",
    "本溪的底气，来自山里的药材。本溪地处长白山余脉，境内有中药材资源八百余种，人参、细辛、五味子等道地药材闻名全国。",
)


@pytest.mark.parametrize("subheading", ["【从一片荒坡起步】", ("从一片荒坡起步",)])
def test_a_subheading_under_a_lead_set_wider_than_the_body_stays_in_its_article(subheading):
    """A feature's lead may be set wider than its body: where the column narrows under a
    subheading, the text going on about the lead's park is the same article."""
    articles = parse(("老工业基地的新产业", "本溪“药谷”：从钢城到药都"), *BENXI_LEAD, subheading, *BENXI_BODY)
    assert len(articles) == 1
    assert [block.type for block in articles[0].blocks][2] == "heading"


@pytest.mark.parametrize("indent", ["\u3000\u3000", "\u3000", "  "])
def test_an_indent_the_extractor_kept_opens_a_paragraph_however_full_the_lines(indent):
    """Kept indents tell the paragraphs where no line is short: here each paragraph fills its last
    line and the next one's first (set without the indent's width) is as wide as the column."""
    first = "近日，合肥高新区举行集成电路产业发展大会，签约项目二十余个，总投资超过三百亿元。"
    second = "合肥高新区管委会负责人表示，园区将继续围绕芯片设计补链强链，打造有影响力的集群。"
    third = "据介绍，大会期间还发布了园区集成电路产业发展白皮书和一批应用场景，吸引众多企业。"
    paragraphs = (first, second, third)
    lines = [(indent if k == 0 else "") + text[k : k + 20] for text in paragraphs for k in (0, 20)]
    articles = parse(("合肥高新区集成电路大会", "签约超三百亿元"), *lines)
    assert [block.text[:4] for block in articles[0].blocks] == ["近日，合", "合肥高新", "据介绍，"]


@pytest.mark.parametrize("indent", ["\u3000\u3000", "  "])
def test_where_the_extractor_kept_indents_a_short_line_closing_a_sentence_ends_no_paragraph(indent):
    """A line cut short before a Latin word too long for it closes a sentence mid-paragraph."""
    lines = [
        indent + "近日，合肥高新区举行集成电路产业发展大会，签约",
        "项目二十余个，总投资超过三百亿元，涉及芯片设计",
        "和封装测试。",
        indent + "合肥高新区管委会负责人表示，园区将继续围绕芯片",
        "设计补链强链。",
        "MicroLED等新型显示项目也将在年内陆续开工建设。",
    ]
    articles = parse(("合肥高新区集成电路大会", "签约超三百亿元"), *lines)
    assert [block.text[:4] for block in articles[0].blocks] == ["近日，合", "合肥高新"]


@pytest.mark.parametrize(
    "lines, roles",
    [
        # a letter-spaced rubric, however long, over an unspaced title
        (
            ["老 工 业 基 地 的 新 产 业", "本溪“药谷”：从钢城到药都"],
            ("老工业基地的新产业", "本溪“药谷”：从钢城到药都", ""),
        ),
        # a rubric naming its column's genre
        (
            ["新材料产业观察", "新余高新区锂电产业“补链”之后再“强链”"],
            ("新材料产业观察", "新余高新区锂电产业“补链”之后再“强链”", ""),
        ),
        # a subtitle with a dash, or naming an interview without one
        (
            ["一根碳纤维的“突围”之路", "——连云港高新区高性能纤维产业见闻"],
            ("", "一根碳纤维的“突围”之路", "——连云港高新区高性能纤维产业见闻"),
        ),
        (
            ["政 策 解 读", "枣庄高新区产教融合新政 怎么落地", "园区有关负责人答记者问"],
            ("政策解读", "枣庄高新区产教融合新政 怎么落地", "园区有关负责人答记者问"),
        ),
        (
            ["马福林：封测产业从“跟跑”到“并跑”", "访江阴高新区管委会主任马福林"],
            ("", "马福林：封测产业从“跟跑”到“并跑”", "访江阴高新区管委会主任马福林"),
        ),
        (
            ["德阳高新区绘就“一区三园”蓝图", "解读《德阳高新区三年行动计划》"],
            ("", "德阳高新区绘就“一区三园”蓝图", "解读《德阳高新区三年行动计划》"),
        ),
        # an official reading the policy, a subtitle without its dash
        (
            ["宜宾高新区出台十条措施支持锂电企业扩产", "园区有关负责人详解新政亮点"],
            ("", "宜宾高新区出台十条措施支持锂电企业扩产", "园区有关负责人详解新政亮点"),
        ),
        (
            ["一台盾构机里的“厘米之争”", "株洲高新区装备企业技术负责人谈攻关"],
            ("", "一台盾构机里的“厘米之争”", "株洲高新区装备企业技术负责人谈攻关"),
        ),
        # a letter-spaced title broken over lines may leave two characters on one: one title
        (["红 枣", "深 加 工", "线 上 忙"], ("", "红枣深加工线上忙", "")),
        (["电 子 信 息", "企 业", "赶 订 单"], ("", "电子信息企业赶订单", "")),
        # a subtitle broken inside its title mark stays one subtitle
        (
            ["“一业一证”再扩围", "——佛山高新区负责人就《深化“一业", "一证”改革方案》答记者问"],
            ("", "“一业一证”再扩围", "——佛山高新区负责人就《深化“一业一证”改革方案》答记者问"),
        ),
    ],
)
def test_a_headline_block_printed_line_under_line_parts_kicker_title_and_subtitle(lines, roles):
    """Kicker, title and subtitle set one under another without a blank line between them come
    as one block: a rubric over the title and a dashed or genre line under it part from it."""
    from digest.parse.article import _headline_roles
    from digest.parse.items import HEADLINE, Item
    from digest.parse.lines import Line

    text = "\n".join(lines)
    block = Item(HEADLINE, [Line(k + 1, line) for k, line in enumerate(lines)], text)
    assert _headline_roles([block]) == roles


CONTINUED = column("园区企业纷纷表示，这里的集成电路政策支持力度大、服务效率高，对未来发展充满信心。")
XIAN_TITLE = "西安高新区硬科技企业三年数量翻番"
OTHER_PARK = "合肥高新区量子大会签约超三百亿元"
FEW_WORDS = "集成电路“强链”新动能何来"  # fits the continued text, too little to claim it at first


@pytest.mark.parametrize(
    "parts, title",
    [
        # printed apart at the head of the page, over a news item titled below its text
        ((OTHER_PARK, *XIAN, XIAN_TITLE, "（上接第1版）", *CONTINUED), OTHER_PARK),
        # printed under the continued part, over a title naming another park: not its kicker
        (("（上接第1版）", *CONTINUED, OTHER_PARK, XIAN_TITLE, *XIAN), OTHER_PARK),
        # printed under the continued part, over the next article's title, its words the text's
        (("（上接第1版）", *CONTINUED, FEW_WORDS, XIAN_TITLE, *XIAN), FEW_WORDS),
        # printed over a kicker naming no park, of a group naming another
        ((OTHER_PARK, "园区观察", XIAN_TITLE, *XIAN, "（上接第1版）", *CONTINUED), OTHER_PARK),
    ],
)
def test_a_spare_title_goes_to_the_continued_text_left_without_one(parts, title):
    articles = parse(*parts)
    xian = by_body(articles, "西安")
    assert by_body(articles, "信心").title == title
    assert xian.title == XIAN_TITLE and title not in xian.kicker + xian.subtitle


def _interview(answerer: str, asker: str = "记者") -> tuple[str, ...]:
    return column(
        f"{asker}：成果转化离不开人和钱，研究院在这方面有什么做法？",
        f"{answerer}：人的方面，我们实行“双聘”制度，高校教师可以在研究院兼职，也可以带着成果离岗"
        "创业。我们还组建了一支专职工程师队伍，很多人有企业研发经历，懂工艺、懂市场。",
        f"{asker}：下一步有什么打算？",
        f"{answerer}：一是把成本再降下来，二是拓展应用场景，从园区走向港口、矿区和机场，三是参与标准制定。",
    )


@pytest.mark.parametrize(
    "above, below, articles",
    [
        (_interview("黎嘉欣"), _interview("韦振宇"), 2),
        (_interview("答", asker="问"), _interview("韦振宇"), 2),
        (_interview("黎嘉欣"), _interview("黎嘉欣"), 1),  # a subheading inside one interview
    ],
)
def test_a_headline_between_two_interviewees_parts_two_interviews(above, below, articles):
    parsed = parse("（上接第1版）", *above, "让实验室“样品”变成市场“产品”", *below)
    assert len(parsed) == articles


@pytest.mark.parametrize("trailing", ["own line", "after the last sentence"])
def test_a_byline_between_a_closed_article_and_one_with_its_own_goes_to_the_closed_one(trailing):
    """A byline printed after an article's trailing author and right over another text's first
    line, that text's own byline printed after its end: the first article's second credit, not
    that of a news item further off that names no one."""
    first = list(NANNING)
    if trailing == "own line":
        first.append("王明")
    else:
        first[-1] += "。 王明"
    articles = parse(
        XIAN_TITLE,
        *XIAN,
        "南宁高新区：开年生产忙",
        *first,
        "▶ 本报特约通讯员 赵强",
        *CHANGSHA,
        "本报记者 曾辉",
        "长沙高新区：智能制造提速",
    )
    assert {a.name for a in by_body(articles, "南宁").authors} == {"王明", "赵强"}
    assert [a.name for a in by_body(articles, "长沙").authors] == ["曾辉"]


def test_a_byline_between_an_article_with_its_own_and_a_closed_one_opens_the_closed_one():
    """A byline printed after an article whose own byline stands under its title, and right over
    the first line of one closed by its trailing author: the second article's second credit."""
    second = list(CHANGSHA)
    second[-1] += "。 郭晓梅"
    articles = parse(
        XIAN_TITLE,
        *XIAN,
        "南宁高新区：开年生产忙",
        "▶ 本报记者 曾辉",
        *NANNING,
        "▶ 本报记者 其木格",
        *second,
        "长沙高新区：智能制造提速",
    )
    assert [a.name for a in by_body(articles, "南宁").authors] == ["曾辉"]
    assert {a.name for a in by_body(articles, "长沙").authors} == {"其木格", "郭晓梅"}


@pytest.mark.parametrize(
    "subtitle",
    [("——访合肥高新区", "集成电路企业负责人王成龙"), ("——访合肥高新区一家集", "成电路企业负责人王成龙")],
)
def test_a_subtitle_broken_over_two_lines_before_its_title_stays_one_subtitle(subtitle):
    """A line opening with a dash opens a subtitle that runs on into the next line, though it
    names an interview as a kicker may name its column."""
    article = parse(subtitle, "王成龙：让芯片产业链在园区里成形", *HEFEI)[0]
    assert (article.kicker, article.title) == ("", "王成龙：让芯片产业链在园区里成形")
    assert article.subtitle.replace(" ", "") == "".join(subtitle)


PHOTO_ITEM = column("近日，在襄阳高新区一家汽车企业的总装车间，新能源汽车正在下线，产品销往全国。")


@pytest.mark.parametrize(
    "caption",
    [("图为工人在总装车间进行整车检测。", "张三 摄"), ("图为工人在总装车间进行整", "车检测。（张三 摄）")],
)
def test_a_headline_printed_against_a_photo_caption_is_no_subheading(caption):
    """A photo item's text, then its headline and the photo's caption, then the next article:
    the headline is displayed with the photo, not run in the text as a subheading is."""
    articles = parse(*PHOTO_ITEM, "新能源汽车下线忙", *caption, *NANNING)
    photo = by_body(articles, "襄阳")
    assert "南宁" not in photo.body_text
    assert all(block.type == "paragraph" for a in articles for block in a.blocks)


@pytest.mark.parametrize(
    "caption", [("图为工人在总装车间进行整车检测。", "张三 摄"), ("图为工人在总装车间检测。（张三 摄）",)]
)
def test_a_photo_caption_after_a_short_texts_last_sentence_closes_a_photo_item(caption):
    """A photo item's text runs on into its caption; the text read after it is another's."""
    articles = parse(("新能源汽车下线忙", "襄阳高新区产销两旺"), *PHOTO_ITEM, *caption, *NANNING)
    assert "南宁" not in by_body(articles, "襄阳").body_text


@pytest.mark.parametrize(
    "rest",
    [
        "投产后，企业新能源汽车年产能将突破十万辆，配套企业也将陆续落户园区。",
        "襄阳高新区表示，将继续支持企业扩大产能，年内再建一条新能源汽车生产线。",
    ],
)
def test_a_photo_caption_under_a_short_lead_is_read_around_where_the_text_goes_on(rest):
    """A story's photo set between its lead and the rest of its text: the text after the caption
    opens no article and names no other park, so it is the same story's, not another's."""
    caption = ("图为工人在总装车间进行整车检测。", "张三 摄")
    articles = parse("襄阳高新区新能源汽车下线", *PHOTO_ITEM, *caption, *column(rest))
    assert len(articles) == 1 and rest[-8:] in articles[0].body_text


def test_a_photo_caption_between_two_paragraphs_of_a_long_text_is_read_around():
    """An article's photo, printed between its columns, where one happens to end a sentence."""
    more = column(
        "大会期间，合肥高新区还发布了集成电路产业扶持政策，对流片、设备购置和人才引进给予补贴。",
        "政策明确，对首次流片的企业按费用的三成给予补助，单个企业每年最高五百万元。",
    )
    rest = column("合肥高新区集成电路企业已超过三百家，形成了设计、制造、封测和装备材料的完整产业链。")
    articles = parse(("合肥高新区集成电路大会",), *HEFEI, *more, "图为大会现场。", "张三 摄", *rest)
    assert len(articles) == 1 and "封测和装备材料" in articles[0].body_text


WIDE_LEAD = column(
    "本报讯 近日，襄阳高新区新建的人才公寓交付使用，新增房源八百套，面向园区企业的青年科研人员出租，租金为市场价的六成。",  # noqa: E501
    width=22,
)


@pytest.mark.parametrize(
    "last_lines",
    [
        ("首批已有47家企业的520名员工", "办理入住，园区将根据企业需求再", "筹集房源400套。"),
        ("企业今年计划生产采棉机", "300台，产品已获得多个订单。"),
    ],
)
def test_a_short_last_paragraph_under_a_wide_lead_is_no_subheading(last_lines):
    """A lead set wider than its column, then the story's last lines in the column: the first of
    them, short of the lead's width and closing no sentence, opens a paragraph; no subheading
    heads a line or two that close the story."""
    articles = parse("襄阳高新区新增人才公寓八百套", *WIDE_LEAD, *last_lines)
    assert len(articles) == 1
    assert [block.type for block in articles[0].blocks] == ["paragraph", "paragraph"]
    assert articles[0].blocks[1].text == "".join(last_lines)


def test_a_short_last_paragraph_under_a_wide_lead_ends_where_the_next_storys_title_is_read_as_text():
    """The story's last lines run up to the next story's title, read as text over that story's
    text in another column: the line over them opens the last paragraph, and the title the
    next story."""
    lead = column(
        "本报讯 近日，石河子高新区企业研制的六行智能采棉机下线。采棉机搭载北斗导航和产量监测系统，每小时可采收棉花十五亩。",  # noqa: E501
        width=20,
    )
    last = ("企业今年计划生产采棉机", "300台，产品已获得兵团多", "个团场订单。")
    other = column(
        "日前，青海高新区盐湖提锂吸附剂中试线通过验收。中试线采用新型铝系吸附剂，锂收率达到八成以上，吸附剂使用寿命超过一千次循环。",  # noqa: E501
        "项目团队表示，下一步将建设千吨级示范线。",
        width=24,
        indent=0,
    )
    articles = parse("石河子高新区智能采棉机下线", *lead, *last, "青海高新区盐湖提锂中试线通过验收", *other)
    assert "团场订单" in by_body(articles, "石河子").body_text
    assert "团场订单" not in by_body(articles, "青海").body_text


@pytest.mark.parametrize("title", ["贵阳高新区数据交易额突破10亿元", "贵阳高新区数据交易额突破十亿元"])
def test_a_story_goes_on_in_its_column_under_a_wide_lead_up_to_a_title_read_as_text(title):
    """A lead set wide, the story's last paragraph in its narrower column, then the editor's
    line and the next story's title, read as text, over that story's text in the same column: the
    column changes under the lead, but the text there names no other park; the next story
    begins at its title."""
    lead = column(
        "本报讯 近日，石河子高新区企业研制的六行智能采棉机下线。采棉机搭载北斗导航和产量监测系统，每小时可采收棉花十五亩。",  # noqa: E501
        width=24,
    )
    last = column("企业今年计划生产采棉机三百台，产品已获得兵团多个团场订单。", width=18)
    other = column(
        "记者从贵阳高新区获悉，今年前三季度，园区企业通过数据交易平台完成数据产品交易一千余笔，交易额突破十亿元。",  # noqa: E501
        "贵阳高新区相关负责人说，园区将建设更多数据资产登记服务站。",
        width=18,
    )
    editor = "责任编辑：冉小燕  版式：邬金花"
    articles = parse("石河子高新区智能采棉机下线", *lead, *last, editor, title, *other)
    assert "团场订单" in by_body(articles, "石河子").body_text
    assert "团场订单" not in by_body(articles, "贵阳").body_text


def test_an_interview_goes_on_with_its_turns_where_the_column_changes_below_them():
    """The width changes at the next article's text, measured from a turn just above it: the
    turns (问：, 答：) stay the interview's, and the next article opens after them."""
    interview = column(
        "科技型中小企业普遍缺少厂房、土地等抵押物，温州高新区一家科技支行探索用数据给企业画像。记者日前专访了支行行长。",
        "问：科技支行和普通支行有什么不同？",
        "答：我们和园区一起开发了一套科技企业评价模型，从知识产权、研发投入、人才结构、订单情况等维度给企业画像。",
        "问：下一步有什么打算？",
        "答：我们计划未来三年再为园区科技企业提供百亿元信贷支持，重点支持初创期和成长期企业，也希望风险补偿资金池扩大。",
        width=24,
    )
    other = column(
        "晚上十点，常熟高新区一家汽车零部件企业的冲压车间里灯光已经熄灭，但生产并没有停下来。机械臂在黑暗中有节奏地抓取。",
        "常熟高新区相关负责人介绍，园区已有一百多家企业完成智能化改造，建成省级以上智能工厂和智能车间四十一个。",
        width=18,
    )
    articles = parse(("科技支行如何给轻资产企业画像",), *interview, *other)
    assert "风险补偿资金池" in by_body(articles, "温州").body_text
    assert by_body(articles, "常熟").body_text.startswith("晚上十点")


@pytest.mark.parametrize(
    "lines, roles",
    [
        # a short phrase over a line much wider, that had room for its first word: another part
        (["园区快讯", "长沙高新区成立储能产业联盟"], ("园区快讯", "长沙高新区成立储能产业联盟", "")),
        (
            ["一块电池的“长跑”", "长沙高新区储能企业技术负责人谈创新"],
            ("", "一块电池的“长跑”", "长沙高新区储能企业技术负责人谈创新"),
        ),
        # a line set otherwise than the lines under it: letter-spaced, or not
        (
            ["储能“出海”", "长 沙 高 新 区 储 能", "产 品 销 往 东 南 亚"],
            ("储能“出海”", "长沙高新区储能产品销往东南亚", ""),
        ),
        # a clause under a title is its subtitle
        (
            ["储能产业园落户长沙高新区", "总投资20亿元，达产后年产值50亿元"],
            ("", "储能产业园落户长沙高新区", "总投资20亿元，达产后年产值50亿元"),
        ),
        # a commentary's column mark names its genre
        (["短评", "让服务", "成为园区常态"], ("短评", "让服务成为园区常态", "")),
        (["快评", "营商环境好不好", "企业说了算"], ("快评", "营商环境好不好企业说了算", "")),
        # the title's own subject, a figure, or a word going on from the line above: one title
        (["长沙高新区", "首个零碳标准厂房投用"], ("", "长沙高新区首个零碳标准厂房投用", "")),
        (["长沙高新区：", "一块电池的“长跑”"], ("", "长沙高新区：一块电池的“长跑”", "")),
        (["年产30万吨", "新材料项目投产"], ("", "年产30万吨新材料项目投产", "")),
        (["知识产权保护", "从“事后维权”到“事前防范”"], ("", "知识产权保护从“事后维权”到“事前防范”", "")),
        (["一块电池", "的“长跑”之路"], ("", "一块电池的“长跑”之路", "")),
        # a whole phrase over a title marked as one, or one opening with a park that acts, is
        # its kicker, however wide a narrow column leaves the title's lines
        (
            ["科技金融面对面", "科技支行如何给轻", "资产企业“画像”", "——访高新区一家科技支行行长"],
            ("科技金融面对面", "科技支行如何给轻资产企业“画像”", "——访高新区一家科技支行行长"),
        ),
        (["园区快讯", "楚雄高新区成立", "彝药创新联合体"], ("园区快讯", "楚雄高新区成立彝药创新联合体", "")),
        # a title's subject, a park and what of it, broken over lines by a narrow column, goes on
        # into the wider line that says what it did
        (["抚州高新区", "数字经济", "“五个一”行动开局"], ("", "抚州高新区数字经济“五个一”行动开局", "")),
        (["荣昌高新区", "兽药产业", "集聚发展势头强劲"], ("", "荣昌高新区兽药产业集聚发展势头强劲", "")),
        (
            ["扬 州 高 新 区", "数 控 装 备 企 业", "牵 手 船 企 建 数 字 孪 生 车 间"],
            ("", "扬州高新区数控装备企业牵手船企建数字孪生车间", ""),
        ),
        # but a clause under it, or a line naming a park of its own, is its subtitle
        (
            ["储能产业园落户长沙高新区", "总投资20亿元，达产后年产值50亿元"],
            ("", "储能产业园落户长沙高新区", "总投资20亿元，达产后年产值50亿元"),
        ),
        (
            ["长沙高新区", "储能产业", "株洲高新区电池材料项目同日投产"],
            ("长沙高新区储能产业", "株洲高新区电池材料项目同日投产", ""),
        ),
        # under a whole title "X：Y", a line closing on a report's genre is its subtitle
        (
            ["乐山高新区：", "一粒硅料的“绿色旅程”", "乐山高新区打造清洁能源材料基地纪实"],
            ("", "乐山高新区：一粒硅料的“绿色旅程”", "乐山高新区打造清洁能源材料基地纪实"),
        ),
        # a coverb and its object alone lead on to their verb on the next line
        (
            ["科技成果转化访谈", "让实验室", "“样品”变成市场", "“产品”"],
            ("科技成果转化访谈", "让实验室“样品”变成市场“产品”", ""),
        ),
        # a title broken at its measure, its short last line spread out, goes on across the word cut
        (["柳州高新区新能源汽车产业", "链 再 延 伸"], ("", "柳州高新区新能源汽车产业链再延伸", "")),
        # a line that says more than the quoted words under it is the title's first half, and a
        # park at the end of the title is its object, not its subject
        (["鲜花插上", "“科技翅膀”"], ("", "鲜花插上“科技翅膀”", "")),
        (["储能产业园落户", "长沙高新区"], ("", "储能产业园落户长沙高新区", "")),
        (
            ["从“制造”到", "“智造”长沙高新区装备企业这样转身"],
            ("", "从“制造”到“智造”长沙高新区装备企业这样转身", ""),
        ),
    ],
)
def test_the_parts_of_a_headline_group_printed_line_under_line(lines, roles):
    from digest.parse.article import _headline_roles
    from digest.parse.items import HEADLINE, Item
    from digest.parse.lines import Line

    group = Item(HEADLINE, [Line(n, text) for n, text in enumerate(lines, 1)], "\n".join(lines))
    assert tuple("".join(role.split()) for role in _headline_roles([group])) == roles  # spaces aside


@pytest.mark.parametrize("label", ["【链接】", "■ 记者手记", "相关阅读", "名词解释"])
def test_a_sidebar_after_an_articles_author_stays_in_that_article(label):
    """A box printed with a feature, after the feature's closing author: its label is a heading
    of the feature and its text the feature's, not a new article (nor "相关阅读" an author)."""
    articles = parse(
        "长沙高新区智能制造产业园",
        *CHANGSHA,
        "（本报记者 王成龙）",
        label,
        *column("先进陶瓷：指采用高纯度、超细人工合成的无机化合物为原料，经精密控制工艺烧结而成的陶瓷。"),
        "合肥高新区集成电路大会",
        *HEFEI,
    )
    changsha = by_body(articles, "长沙高新区")
    assert len(articles) == 2
    assert ("heading", label.replace(" ", "")) in [(b.type, b.text) for b in changsha.blocks]
    assert "先进陶瓷" in changsha.body_text
    assert [a.name for a in changsha.authors] == ["王成龙"]


SIDEBAR_TEXT = column("采访中，记者多次听到一个词：配套。产业链上下游相互成就，正是园区产业越做越强的秘诀。")


@pytest.mark.parametrize(
    ("credit", "sidebar_byline"),
    [
        ("（本报记者 王成龙）", "□王成龙"),  # the box's byline on a line under its label
        ("", "□王成龙"),  # a story credited nowhere else
    ],
)
def test_a_sidebar_with_its_own_byline_closes_its_article(credit, sidebar_byline):
    """A box (记者手记) printed at an article's end may carry its writer's byline under its label:
    the box's text goes on in the article, the byline names one of its authors, and a headline
    after the signed box's text opens the next story, which need not open on a dateline."""
    articles = parse(
        "长沙高新区智能制造产业园",
        *CHANGSHA,
        *[line for line in (credit, "记者手记", sidebar_byline) if line],
        *SIDEBAR_TEXT,
        "南宁高新区工业产值稳步增长",
        *NANNING,
    )
    changsha = by_body(articles, "长沙高新区")
    assert len(articles) == 2
    assert ("heading", "记者手记") in [(b.type, b.text) for b in changsha.blocks]
    assert "秘诀" in changsha.body_text and "南宁" not in changsha.body_text
    assert [a.name for a in changsha.authors] == ["王成龙"]
    assert by_body(articles, "南宁高新区").title == "南宁高新区工业产值稳步增长"


def test_each_article_keeps_its_sidebar_under_a_label_printed_twice():
    """Two stories on the page with a box each under the same label: the label is no running
    head repeated on the page, but each box's heading."""
    articles = parse(
        "长沙高新区智能制造产业园",
        *CHANGSHA,
        "（本报记者 王成龙）",
        "记者手记",
        *SIDEBAR_TEXT,
        "南宁高新区工业产值稳步增长",
        *NANNING,
        "（本报记者 陆晓冬）",
        "记者手记",
        *column("车间里，工人们说订单排到了三个月后，这份忙碌是园区最好的成绩单。"),
    )
    assert len(articles) == 2
    for article in articles:
        assert ("heading", "记者手记") in [(b.type, b.text) for b in article.blocks]


COMMENT_TEXT = column("记者在采访中感到，园区把企业最急需的平台和场景放在前面，这种思路值得借鉴。")


@pytest.mark.parametrize("label", ["记者观察", "专家点评", "短评", "【专家观点】"])
def test_a_comment_inset_inside_a_story_stays_in_it(label):
    """A comment set inside a story between two of its paragraphs, under its label: the label is
    a heading of that story and its text the story's, and the text after the inset goes on in the
    story; printed in two stories, the label is no running head either."""
    articles = parse(
        "长沙高新区智能制造产业园",
        *CHANGSHA[:2],
        label,
        *COMMENT_TEXT,
        *CHANGSHA[2:],
        "南宁高新区工业产值稳步增长",
        *NANNING[:2],
        label,
        *COMMENT_TEXT,
        *NANNING[2:],
    )
    assert len(articles) == 2
    for article, closing in zip(articles, ("数字化转型", "稳步增长"), strict=True):
        assert ("heading", label) in [(b.type, b.text) for b in article.blocks]
        assert "值得借鉴" in article.body_text and closing in article.body_text


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("", "本报评论员 林书成"),  # the story above closed on its last sentence, the comment signed
        ("（本报记者 王成龙）", ""),  # the story above closed on its credit
        ("（本报记者 王成龙）", "本报评论员 林书成"),
    ],
)
def test_a_comment_label_over_a_title_is_the_logo_of_a_story_of_its_own(credit, byline):
    """A comment's label (短评) over a headline is the logo of a column of comment: the comment
    under its title is a story of its own, no inset of the story printed above it."""
    articles = parse(
        "合肥高新区集成电路大会",
        *HEFEI,
        *[credit] * bool(credit),
        "短评",
        "园区招商要算好“长远账”",
        *[byline] * bool(byline),
        *column("招商引资不能只比拼土地价格和补贴力度，更要看项目能否落地见效、长久扎根。"),
    )
    hefei = by_body(articles, "合肥高新区")
    assert len(articles) == 2
    assert "短评" not in [b.text for b in hefei.blocks] and "长远账" not in hefei.body_text
    assert by_body(articles, "招商引资").title == "园区招商要算好“长远账”"


def test_a_comment_box_after_a_storys_credit_stays_in_that_story():
    """A comment printed after the story's closing credit under its label, its text no title: the
    story's box, as a 链接 box printed there is."""
    articles = parse(
        "长沙高新区智能制造产业园",
        *CHANGSHA,
        "（本报记者 王成龙）",
        "专家点评",
        *COMMENT_TEXT,
        "合肥高新区集成电路大会",
        *HEFEI,
    )
    changsha = by_body(articles, "长沙高新区")
    assert len(articles) == 2
    assert ("heading", "专家点评") in [(b.type, b.text) for b in changsha.blocks]
    assert "值得借鉴" in changsha.body_text


def test_a_comment_label_past_a_credit_over_a_lead_is_no_box_of_the_story_above():
    """Past the credit closing a story, a comment's label over a lead on its park (its title
    printed elsewhere) is a column's logo over that story: no box of the story above."""
    articles = parse(
        "长沙高新区智能制造产业园",
        *CHANGSHA,
        "（本报记者 王成龙）",
        "记者观察",
        *column("黄冈高新区近日出台措施，推动园区建材企业绿色低碳转型，力争三年内单位产值能耗下降两成。"),
    )
    changsha = by_body(articles, "长沙高新区")
    assert "记者观察" not in [b.text for b in changsha.blocks] and "黄冈" not in changsha.body_text


@pytest.mark.parametrize(
    "title",
    [
        ("低空经济，珠海高新区怎么“飞”", "对话园区低空经济专班负责人"),  # a title and subtitle as text
        ("园区停车难，", "“错峰共享”来解题"),  # a title broken after its comma
    ],
)
def test_a_comment_label_over_a_title_written_as_text_parts_an_uncredited_story(title):
    """The story above closed on its last sentence and no credit: a comment's label over a title
    the reader wrote as text, over a dateline, is a column's logo and the story above ends at it."""
    articles = parse(
        "长沙高新区智能制造产业园",
        *CHANGSHA,
        "记者观察",
        *title,
        *column("本报讯（记者 王成龙）珠海高新区日前成立低空经济工作专班，记者就此采访了专班负责人。"),
    )
    changsha = by_body(articles, "长沙高新区")
    assert len(articles) == 2
    assert "记者观察" not in [b.text for b in changsha.blocks]
    assert not any(line in changsha.body_text for line in title)


KARAMAY_TAIL = (
    "克拉玛依高新区依托油田资源，",
    "近年来引导油田信息化团队走",
    "向市场， 培育工业软件企业3",
    "0余家。 园区设立了软件测试",
    "验证中心， 为企业产品提供真",
    "实数据环境下的测试服务， 并",
    "帮助企业申请软件著作权和首",
    "版次软件认定。",
)
MIANYANG_LEAD = (
    "说起绵阳， 很多人首先想到的",
    "是电视机。 如今， 在绵阳高新",
    "区， 显示产业早已不只是整机",
    "组装， 而是向面板、 模组和材",
    "料延伸， 一片片柔性屏从这里",
    "走向全国。",
)


@pytest.mark.parametrize("rule", ["════════", "～～～～～～～～", ""])
def test_a_comment_label_under_a_rule_is_a_columns_logo(rule):
    """A rule drawn between the story above and a comment's label parts them: the label is a
    column's logo over a feature whose title and subtitle the reader wrote as text and whose lead
    opens on no dateline. With no rule, nothing shows the label is not an inset of the story above
    whose text its lines go on."""
    page = "\n".join(
        ["克拉玛依高新区工业软件企业获评专精特新", *KARAMAY_TAIL, *[rule] * bool(rule), "记者观察",
         "从“一台电视”到“一片屏”", "绵阳高新区新型显示产业升级记", *MIANYANG_LEAD]
    )
    articles = parse_page(RawPage("page.txt", page)).articles
    karamay = by_body(articles, "克拉玛依高新区")
    assert ("记者观察" in [b.text for b in karamay.blocks]) is not bool(rule)
    assert ("一片屏" in karamay.body_text) is not bool(rule)


CHANGSHA_BOX = column("长沙高新区位于湖南省长沙市，是国家级高新技术产业开发区。")
NANNING_BOX = column("采访中，记者感受最深的是南宁高新区企业家身上的那股钻劲。")


@pytest.mark.parametrize(
    "boxes",
    [
        (("相关链接", *CHANGSHA_BOX),),
        (("相关链接", *CHANGSHA_BOX), ("记者手记", *NANNING_BOX)),  # each box of the page after its text
        (("记者手记", *NANNING_BOX), ("相关链接", *CHANGSHA_BOX)),
    ],
)
def test_a_box_read_after_the_pages_text_goes_back_to_the_story_it_names(boxes):
    """A reader writing the page's text boxes after its text frames: each box under its label
    reads as the last story's closing section; one naming a park that story names nowhere is the
    box of the story above that names it."""
    articles = parse(
        "长沙高新区智能制造产业园",
        *CHANGSHA,
        "南宁高新区工业产值稳步增长",
        *NANNING,
        "合肥高新区集成电路大会",
        *HEFEI,
        *[line for box in boxes for line in box],
    )
    for label, *_ in boxes:
        story = by_body(articles, {"相关链接": "走进长沙", "记者手记": "新年伊始"}[label])
        assert ("heading", label) in [(b.type, b.text) for b in story.blocks]
    assert "记者手记" not in by_body(articles, "合肥高新区").body_text
    assert "相关链接" not in by_body(articles, "合肥高新区").body_text


@pytest.mark.parametrize(
    "box",
    [
        # it names the story it follows, or no park
        ("相关链接", *column("合肥高新区位于安徽省合肥市，是国家级高新技术产业开发区。")),
        ("相关链接", *column("国家高新区是创新驱动发展的主阵地，是高质量发展的先行区。")),
    ],
)
def test_a_box_naming_the_story_it_follows_or_no_park_stays_there(box):
    articles = parse("长沙高新区智能制造产业园", *CHANGSHA, "合肥高新区集成电路大会", *HEFEI, *box)
    assert ("heading", "相关链接") in [(b.type, b.text) for b in by_body(articles, "合肥高新区").blocks]


BEIHAI = (
    "北海海口两地高新区签约",
    "  本报讯 日前，北海高新区与海",
    "口高新区签署合作协议，双方将共建",
    "北部湾电子信息产业协作区，在产业",
    "链配套和人才培养等方面开展合作。",
    "  两地还将轮流举办电子信息产",
)
READ_IN = (
    "　　十一月初，鄂尔多斯高新区一条",
    "长约八十公里的运煤专线上，百辆氢",
    "燃料电池重卡开始批量运营，每天往",
    "返于煤矿和铁路集运站之间。",
    "　　鄂尔多斯高新区已集聚燃料电池",
    "系统、储氢瓶和加氢装备企业十余家",
    "，形成了较完整的产业链条。",
    ("鄂尔多斯高新区百辆", "氢能重卡跑上运煤专线"),
    "▶ 本报记者 乌云其木格",
)
BEIHAI_REST = ("业对接会，组织企业互访，并共同开", "展电子信息领域的职业技能培训。")


@pytest.mark.parametrize(
    ("rest", "joined"),
    [
        (BEIHAI_REST, True),  # "产" / "业对接会": the break cut a word, the text goes on
        (("  北海一家企业的负责人表示，借助", "海口的政策，企业节省了近一周时间。"), False),  # a paragraph
        (("对接会，组织企业互访，并共同开", "展电子信息领域的职业技能培训。"), False),  # no word across
    ],
)
def test_a_text_broken_off_around_another_goes_on_below_it(rest, joined):
    """Read as one piece, an article broken off mid-sentence and the one set inside its columns;
    the first one's text goes on in the piece below."""
    page = raw_page(*BEIHAI[1:], *READ_IN[:-2], *rest)
    body = [item for item in layout(RawPage("t.txt", page)) if item.kind == "body"]
    cut = next(k for k, item in enumerate(body) if item.text in (rest[0], rest[0].strip()))
    above = Segment(parts=body[:cut], start=flow.DATELINE)
    below = Segment(parts=body[cut:], start=flow.BYLINE_MARK)
    segments = rejoin_broken_columns([above, below])
    texts = ["".join(part.text.strip() for part in seg.parts) for seg in segments]
    assert len(segments) == 2
    assert any("举办电子信息产业对接会" in text for text in texts) is joined
    assert not joined or texts[1].startswith("十一月初")


BEIHAI_LOST = column(
    "日前，北海高新区与海口高新区签署合作协议，双方将共建北部湾电子信息产业协作区，在产业链配套和人才培养等方面开展合作。",
    "两地还将共同编制产业协作规划，明确各自的主导产业和配套方向，"
    "双方并商定今后每一年在北海和海口轮流举办面向东盟市场的电子信息产",
)
READ_IN_LOST = column(
    "十一月初，鄂尔多斯高新区一条长约八十公里的运煤专线上，百辆氢燃料电池重卡开始批量运营，每天往返于煤矿和铁路集运站之间。",
    width=13,
)


@pytest.mark.parametrize(
    ("rest", "joined"),
    [
        (BEIHAI_REST, True),  # a full line, a word across the break: the text goes on
        (
            (
                "业对接会，组织企业互访，共同",
                "开展电子信息领域的职业技能培训，",
                "提升两地产业工人的技能水平。",
            ),
            False,
        ),  # short by an indent
        (("业对接会，鄂尔多斯高新区企业将组", "团参加电子信息领域的职业技能培训。"), False),  # another park's
        (("业对接会，海口高新区企业将统一组", "团参加电子信息领域的技能培训。"), True),  # a park it names
    ],
)
def test_a_text_that_lost_its_indents_goes_on_below_the_one_read_in(rest, joined):
    """Its indents lost, an article's column breaking off at a full line mid-sentence where its
    piece ends still goes on below the article read in after it, in a line as full."""
    body = [
        item
        for item in layout(RawPage("t.txt", raw_page(*BEIHAI_LOST, *READ_IN_LOST, *rest)))
        if item.kind == "body"
    ]
    read_in, below = len(BEIHAI_LOST), len(BEIHAI_LOST) + len(READ_IN_LOST)
    pieces = [
        Segment(parts=body[:read_in], start=flow.DATELINE, end=flow.HEADLINE_MARK),
        Segment(parts=body[read_in:below], start=flow.HEADLINE_MARK, end=flow.HEADLINE_MARK),
        Segment(parts=body[below:], start=flow.HEADLINE_MARK),
    ]
    texts = ["".join(part.text.strip() for part in seg.parts) for seg in rejoin_broken_columns(pieces)]
    assert any("电子信息产业对接会" in text for text in texts) is joined
    assert len(texts) == (2 if joined else 3)


BOXED_REST = ("对接会，组织企业互访，并共同开展", "电子信息领域的职业技能培训。")
NEXT_PARAGRAPH = ("  两地企业还将互派技术人员，共", "同开展新产品的研发。")


@pytest.mark.parametrize(
    ("rest", "joined"),
    [
        ((*BOXED_REST, *NEXT_PARAGRAPH), True),  # set flush where the text sets paragraphs in
        (BOXED_REST, False),  # nothing tells
        (("，组织企业互访，并共同开展电子信", "息领域的职业技能培训。"), True),  # no paragraph opens so
        (("  对接会组织企业互访，并共同开展", BOXED_REST[1], *NEXT_PARAGRAPH), False),  # set in: its own
    ],
)
def test_a_text_broken_off_at_a_box_goes_on_after_it_mid_paragraph(rest, joined):
    """A story's text breaks off mid-sentence at a box (another story, its own headline over it)
    and goes on below it with no word cut across the break: a line that opens on a clause mark,
    or, the text marking its paragraphs with an indent, one set flush, goes on with it."""
    page = raw_page(*BEIHAI[1:], *READ_IN[:-2], *rest)
    body = [item for item in layout(RawPage("t.txt", page)) if item.kind == "body"]
    read_in = next(k for k, item in enumerate(body) if "十一月初" in item.text)
    below = next(k for k, item in enumerate(body) if item.text.strip() == rest[0].strip())
    pieces = [
        Segment(parts=body[:read_in], start=flow.DATELINE, end=flow.HEADLINE_MARK),
        Segment(parts=body[read_in:below], start=flow.HEADLINE_MARK, end=flow.HEADLINE_MARK),
        Segment(parts=body[below:], start=flow.HEADLINE_MARK),
    ]
    texts = ["".join(part.text.strip() for part in seg.parts) for seg in rejoin_broken_columns(pieces)]
    assert len(texts) == (2 if joined else 3)
    assert texts[0].endswith("。") is joined


def test_an_editors_note_opens_an_article():
    articles = parse(
        *CHANGSHA,
        "枣庄高新区产教融合新政",
        "编者按：枣庄高新区出台产教融合十条",
        "措施，支持企业和院校共建产业学院。",
        *column(
            "近日，枣庄高新区出台《深化产教融合促进技能人才集聚的十条措施》，提出三年内共建产业学院十个。"
        ),
    )
    assert len(articles) == 2
    assert by_body(articles, "编者按").blocks[0].text.startswith("编者按：枣庄高新区")


def test_a_broken_off_text_goes_on_after_the_last_sentence_of_the_one_read_in():
    """No mark between the article read in and the rest of the broken one: the rest opens
    mid-paragraph after the other's last sentence, a word across the break."""
    page = raw_page(*BEIHAI[1:], *READ_IN[:-2], *BEIHAI_REST)
    body = [item for item in layout(RawPage("t.txt", page)) if item.kind == "body"]
    read_in = next(k for k, item in enumerate(body) if "十一月初" in item.text)
    above = Segment(parts=body[:read_in], start=flow.DATELINE, end=flow.HEADLINE_MARK)
    below = Segment(parts=body[read_in:], start=flow.HEADLINE_MARK)
    segments = rejoin_broken_columns([above, below])
    texts = ["".join(part.text.strip() for part in seg.parts) for seg in segments]
    assert len(texts) == 2 and "举办电子信息产业对接会" in texts[0]
    assert texts[1].startswith("十一月初") and "对接会" not in texts[1]


@pytest.mark.parametrize("mark", ["■", "■ ", "□"])
def test_the_square_before_a_brief_title_is_decoration_not_title(mark):
    title = "辽阳高新区设立新材料种子基金"
    page = parse_page(RawPage("t.txt", raw_page(*HEFEI, "王成龙", f"{mark}{title}", *XIAN)))
    assert by_body(page.articles, "西安").title == title
    assert mark.strip() in page.furniture


def _segment(*texts: str, first: int = 1) -> Segment:
    lines = [Line(first + k, text) for k, text in enumerate(texts)]
    return Segment([Item(HEADLINE if k == 1 else BODY, [line], line.text) for k, line in enumerate(lines)])


@pytest.mark.parametrize(
    "inner, claimed",
    [
        ("保定高新区出台八条措施 支持新能源企业开拓海外市场", True),
        ("宜昌高新区磷化工转型", False),  # the text around it names the park: its own subheading
        ("新能源材料项目落地", False),  # names no park: nothing tells whose it is
    ],
)
def test_a_headline_read_inside_another_article_goes_to_the_article_without_one_it_names(inner, claimed):
    yichang = _segment(
        "站在宜昌高新区白洋工业园的江堤上远眺，江面开阔。", inner, "宜昌高新区一边做减法，一边做加法。"
    )
    yichang.headlines.append(
        Item(HEADLINE, [Line(0, "宜昌高新区：磷化工变身新能源材料")], "宜昌高新区：磷化工变身新能源材料")
    )
    baoding = _segment(
        "日前，保定高新区出台支持新能源企业开拓海外市场的若干措施。", "保定高新区将组织企业参展。", first=20
    )
    claim_strayed_titles([yichang, baoding])
    assert (inner in [item.text for item in baoding.headlines]) == claimed
    assert len(yichang.parts) == (2 if claimed else 3)


@pytest.mark.parametrize(
    "lines, roles",
    [
        (["走进宝鸡高新区", "“中国钛谷”的新材料突围"], ("走进宝鸡高新区", "“中国钛谷”的新材料突围")),
        (["承德高新区发布", "首个“产业专利导航”报告"], ("", "承德高新区发布首个“产业专利导航”报告")),
    ],
)
def test_a_line_coming_to_a_park_after_a_verb_over_a_quoted_title_is_its_kicker(lines, roles):
    """A park opening the first line is the subject of a title broken after it; one the line
    comes to after a verb names where a series goes."""
    from digest.parse.article import _headline_roles

    group = [Item(HEADLINE, [Line(k + 1, text) for k, text in enumerate(lines)], "\n".join(lines))]
    assert _headline_roles(group)[:2] == roles


JILIN_REPRINT = column("据《吉林日报》报道，近日，通化医药高新区一家中药企业的提取车间完成智能化改造。")
ARAL = column("日前，阿克苏阿拉尔高新区一家食品企业的红枣精深加工项目投产，年可加工红枣3万吨。")


@pytest.mark.parametrize("byline", ["▶ 本报特约通讯员 艾克拜尔·吐尔洪", "本报记者 王明 通讯员 李华"])
def test_a_staff_byline_after_an_item_taken_from_another_paper_opens_the_next_article(byline):
    """An item taken from another paper ("据《吉林日报》报道，…") names that paper as its source:
    a byline of this paper's own staff printed after its end is the next article's."""
    articles = parse("中药生产线上的“智慧眼”", *JILIN_REPRINT, byline, *ARAL, "阿拉尔红枣精深加工项目投产")
    assert by_body(articles, "阿拉尔").byline == byline
    assert by_body(articles, "吉林日报").authors == []


NEIJIANG_REFLOWED = (
    "本报讯 今年以来，内江高新区推出六项举措优化政务服务，企业办事时间平均缩短四成。",
    "一是推行“一网通办”，园区两百多项政务服务事项实现网上办理。",
    "二是设立企业服务专员，为每家规上企业配备一名专员，实行帮办代办。",
    "三是推行“拿地即开工”，企业取得土地后当天即可领取施工许可。",
    "五是建立诉求“当日响应、三日办结”机制。",
    "园区政务服务中心负责人介绍，六项举措实施以来，企业开办时间压缩到半天，工程建设项目审批时间大幅缩短。",
)
LUZHOU_REFLOWED = (
    "本报讯 记者近日从泸州高新区获悉，园区酒类包装产业园今年前三季度产值首次突破百亿元大关。",
    "产业园集聚玻璃瓶、陶瓷瓶、包装盒和防伪标签企业六十多家，本地配套率超过八成。",
    "今年以来，园区引导企业建设智能工厂，玻璃瓶生产线的良品率提高到九成以上。",
    "园区还建成包装材料检测中心，企业送检周期从一周缩短到两天。",
    "一家陶瓷瓶企业负责人说，配套企业就在隔壁，订单交付比过去快了一半。",
    "下一步，泸州高新区将建设包装设计中心，推动产业向高端定制延伸。",
)


@pytest.mark.parametrize("count", [4, 5, 6])
def test_each_paragraph_an_extractor_reflowed_onto_one_line_stays_a_paragraph(count):
    """Some extractors write each paragraph as one long line, far past any column's measure,
    the lines of an article parted by single newlines: each such line closing a sentence ends
    its paragraph, however long the line under it."""
    neijiang = NEIJIANG_REFLOWED[:count]
    text = "".join(
        f"{title}\n\n" + "\n".join(paragraphs) + "\n\n"
        for title, paragraphs in (
            ("内江高新区六项举措优化政务服务", neijiang),
            ("泸州高新区酒类包装产业园产值破百亿", LUZHOU_REFLOWED),
        )
    )
    articles = parse_page(RawPage("t.txt", text)).articles
    assert [len(article.blocks) for article in articles] == [count, len(LUZHOU_REFLOWED)]
    assert [block.text for block in articles[0].blocks[1:]] == list(neijiang[1:])


TITANIUM_TITLE = "宝鸡高新区钛材料产业园二期开工"
TITANIUM_PARK = column(
    "本报讯（记者 王五）近日，宝鸡高新区钛材料产业园二期项目开工建设，项目总投资四十五亿元，将新建高端钛合金板材和管材生产线。",  # noqa: E501
    "宝鸡高新区钛产业基础雄厚，园区现有钛材加工企业五百余家，去年钛产业产值突破六百亿元，占全国钛材产量六成以上。",
)


@pytest.mark.parametrize("title", [TITANIUM_TITLE, " ".join(TITANIUM_TITLE)])
@pytest.mark.parametrize("depth", [2, 3, 4, 6])
def test_the_headline_of_a_dateline_text_read_after_the_first_lines_of_its_column_is_its_title(title, depth):
    """A text opening with its dateline, no headline over it: its headline box, set beside the
    first column, is read after that column's first lines (between two lines of one sentence,
    or where a paragraph ends), and restates what the lead said."""
    articles = parse(
        "合肥高新区集成电路产业发展大会举行", *HEFEI, *TITANIUM_PARK[:depth], title, *TITANIUM_PARK[depth:]
    )
    titanium = by_body(articles, "钛")
    assert [article.title for article in articles] == ["合肥高新区集成电路产业发展大会举行", TITANIUM_TITLE]
    assert "二期开工" not in titanium.body_text and titanium.body_text.endswith("占全国钛材产量六成以上。")


@pytest.mark.parametrize("label", ["相关链接", "延伸阅读", "记者手记"])
def test_a_boxs_label_read_under_a_headline_set_beside_the_text_is_no_line_of_that_headline(label):
    """The box printed under the story's headline box heads a box of its own: its label is no
    subtitle of the headline, but the heading of the box closing the story."""
    box = column("宝鸡高新区位于陕西省宝鸡市，是国家级高新技术产业开发区。")
    hefei = ("合肥高新区集成电路产业发展大会举行", *HEFEI)
    articles = parse(*hefei, *TITANIUM_PARK, TITANIUM_TITLE, label, *box)
    titanium = by_body(articles, "钛")
    assert (titanium.title, titanium.subtitle) == (TITANIUM_TITLE, "")
    assert ("heading", label) in [(b.type, b.text) for b in titanium.blocks]


@pytest.mark.parametrize("title", ["合肥高新区集成电路大会签约三百亿元", "合肥高新区：芯片产业链再扩容"])
@pytest.mark.parametrize("before", [(), tuple(XIAN) + ("西安高新区硬科技企业三年数量翻番",)])
def test_a_title_set_under_the_opening_lines_of_its_article_is_its_headline(title, before):
    lead, rest = HEFEI[: len(HEFEI) // 2], HEFEI[len(HEFEI) // 2 :]
    articles = parse(*before, *lead, title, *rest)
    hefei = by_body(articles, "合肥")
    assert hefei.title == title
    assert all(block.type == "paragraph" for block in hefei.blocks)


@pytest.mark.parametrize(
    "title, kicker, subtitle",
    [
        ("“艾草标准”从这里走向全国", "", "南阳高新区企业牵头制定艾制品行业标准"),
        ("古老藏药的现代生产线", "", "拉萨高新区藏药企业推进标准化生产"),
        ("“做材料要耐得住寂寞”", "企业家访谈", "——访石嘴山高新区一家负极材料企业创始人"),
    ],
)
def test_a_title_set_upright_is_the_whole_title_and_the_lines_beside_it_kicker_and_subtitle(
    title, kicker, subtitle
):
    """An upright box holds the whole title, read back two characters a line; the line over it
    is its kicker and the line under it its subtitle, though it opens with a park as a title does."""
    upright = tuple(title[i : i + 2] for i in range(0, len(title), 2))
    if title.endswith("”"):
        upright = (*upright[:-1], upright[-1][:-1], "”")  # the closing mark alone on the last line
    head = tuple(line for line in (kicker, *upright, subtitle) if line)
    body = column(
        "近日，南阳高新区企业仲景艾科技有限公司牵头起草的行业标准正式发布，对艾绒纯度、艾条燃烧时间和包装标识等作出统一规定。",
        "南阳是全国重要的艾草产地。园区现有艾制品企业150余家，年产值约40亿元，但长期存在产品规格不一等问题。",
    )
    [article] = parse(head, *body)
    assert (article.kicker, article.title, article.subtitle) == (kicker, title, subtitle)


@pytest.mark.parametrize(
    "kicker, title, subtitle",
    [
        ("", "古老藏药的现代生产线", "拉萨高新区藏药企业推进标准化生产"),
        ("向海图强", "海洋仪器的国产化之路", "——青岛高新区海洋仪器仪表产业发展纪实"),
        ("传统产业转型升级", "宜昌高新区磷化工企业转产电池材料", ""),
    ],
)
@pytest.mark.parametrize("alt", ["[图片：{}]", "[image: {}]"])
@pytest.mark.parametrize("credit", ["", "　　特约记者 金京淑　通讯员 关云翔"])
def test_a_title_set_as_an_image_is_the_whole_title_and_the_lines_beside_it_kicker_and_subtitle(
    kicker, title, subtitle, alt, credit
):
    """A title set as an image, read back from its alt text, is the whole title whatever is
    printed wider over or under it: the line over it is its kicker, the line under it its
    subtitle; a credit after a gap on its line is the byline."""
    head = tuple(line for line in (kicker, alt.format(title) + credit, subtitle) if line)
    body = column(
        "近日，南阳高新区企业仲景艾科技有限公司牵头起草的行业标准正式发布，对艾绒纯度、艾条燃烧时间和包装标识等作出统一规定。",
        "南阳是全国重要的艾草产地。园区现有艾制品企业150余家，年产值约40亿元，但长期存在产品规格不一等问题。",
    )
    [article] = parse(head, *body)
    assert (article.kicker, article.title, article.subtitle) == (kicker, title, subtitle)
    assert [author.name for author in article.authors] == (["金京淑", "关云翔"] if credit else [])


def test_a_title_set_as_an_image_ends_the_text_above():
    """A title set as an image heads an article, though the texts on both sides of it are about
    one park: no subheading is set so."""
    second = column(
        "近日，长沙高新区出台《关于进一步优化营商环境的十条措施》，聚焦融资、用地、用工等企业关切。",
        "长沙高新区相关负责人表示，十条措施将按季度评估落实情况，并向企业公开办理结果。",
    )
    articles = parse("长沙高新区智能制造提速", *CHANGSHA, "[图片：长沙高新区推出十条措施]", *second)
    assert [article.title for article in articles] == ["长沙高新区智能制造提速", "长沙高新区推出十条措施"]


XIANGTAN_FEATURE_SECTION = (
    "园区风电装备企业已有五十八家，整机企业本地配套率从五年前的四成提高到七成以上，"
    "供应商就在几公里外，库存周转天数缩短了一半。"
)


@pytest.mark.parametrize("lead_width, body_width", [(24, 18), (22, 16), (21, 19)])
@pytest.mark.parametrize("subheading", ["本地配套率超过七成", "▍本地配套率超过七成"])
def test_a_subheading_under_a_lead_set_wider_than_the_columns_stays_in_the_feature(
    lead_width, body_width, subheading
):
    """A feature's lead set across a wider measure than its columns: the subheading under it,
    naming no park of its own, goes on with the lead's story (its section says 园区)."""
    lead = column(
        "在湘潭高新区，一台风电机组从图纸到下线只需四十五天。支撑这一速度的，是园区内从主轴、齿轮箱到叶片的完整配套。",
        width=lead_width,
    )
    articles = parse(
        ("一台风机背后的产业链", "湘潭高新区风电装备集群加速成长"),
        "文/本报记者 侗云飞",
        *lead,
        subheading,
        *column(XIANGTAN_FEATURE_SECTION, width=body_width),
    )
    assert len(articles) == 1
    assert [block.type for block in articles[0].blocks] == ["paragraph", "heading", "paragraph"]


def test_a_title_naming_another_park_under_a_wider_brief_opens_the_next_article():
    """Under a one-paragraph text set wider, a title naming a park the text above does not
    name is the next article's, printed over its narrower column."""
    brief = column(
        "日前，荣昌高新区与三家动保企业签约建设兽用疫苗产业园，总投资二十亿元，将建设基因工程疫苗等生产线。",
        width=24,
    )
    articles = parse(
        "荣昌高新区兽用疫苗产业园签约",
        *brief,
        "长沙高新区：机器人上岗",
        *column("长沙高新区相关负责人说，园区正加快推进工业互联网平台建设。", width=17),
    )
    assert len(articles) == 2


@pytest.mark.parametrize("label", ["园区观察", "创新观察"])
def test_a_label_over_a_title_and_its_byline_under_a_wider_brief_is_no_subheading(label):
    """Under a one-paragraph brief set wide, a rubric label over a one-line title and the
    commentator's byline: no section of text follows the label, so the title is no line of the
    brief but the commentary's."""
    brief = column(
        "本报讯 记者从锦州高新区获悉，今年前三季度，园区光伏企业单晶硅片出货量同比增长六成，"
        "大尺寸硅片已批量供货，园区硅材料产业今年产值预计突破百亿元。",
        width=26,
    )
    commentary = column(
        "近年来，不少高新区出台了力度不小的人才政策，安家补贴、租房补贴、个税奖励一应俱全。",
        "留住人才，要让人才有事业可干。园区应当围绕主导产业建设创新平台，让年轻人看得到成长空间。",
        width=20,
    )
    articles = parse(
        "锦州高新区单晶硅片出货量同比增长六成",
        *brief,
        label,
        "留住人才，靠的不只是补贴",
        "本报评论员 郑雅文",
        *commentary,
    )
    assert "留住人才，靠的不只是补贴" not in by_body(articles, "锦州").body_text


@pytest.mark.parametrize("lead_width, body_width", [(25, 19), (23, 17)])
def test_the_text_above_a_later_subheading_is_measured_from_the_subheading_before_it(lead_width, body_width):
    """The second subheading of a feature with a wide lead: its section above stands in the
    same column as the one below, however wide the lead further up."""
    lead = column(
        "在湘潭高新区，一台风电机组从图纸到下线只需四十五天。支撑这一速度的，是园区内从主轴、齿轮箱到叶片、"
        "控制系统的完整配套，园区企业之间的协作已经形成了一条完整的产业链。",
        width=lead_width,
    )
    articles = parse(
        ("一台风机背后的产业链", "湘潭高新区风电装备集群加速成长"),
        "文/本报记者 侗云飞",
        *lead,
        "本地配套率超过七成",
        *column(
            "园区风电装备企业已有五十八家，整机企业本地配套率从五年前的四成提高到七成以上，库存周转天数缩短了一半。",
            width=body_width,
        ),
        "海上风电打开增量",
        *column(
            "去年园区企业交付海上风电机组一百一十二台，占整机产量的三分之一，并与岳阳港合作设立装船基地。",
            width=body_width,
        ),
    )
    assert len(articles) == 1
    assert [block.type for block in articles[0].blocks] == ["paragraph", "heading"] * 2 + ["paragraph"]


@pytest.mark.parametrize("label", ["园区观察", "创新观察"])
def test_a_section_too_short_to_measure_is_measured_with_the_text_above_it(label):
    """A feature closing on a box of one-line figures, then a commentary's label, title and
    byline in a narrower column: the box fills no line of the column, so the feature's own
    column above it is what the label stands under, and the title goes to the commentary."""
    feature = column(
        "西宁市城北区，青海高新区生物科技产业园内，一条沙棘黄酮提取生产线正在满负荷运转，提取物已经占到园区产值的七成以上。",
        width=22,
    )
    section = column(
        "产业要升级，研发先行。青海高新区联合科研院所共建高原生物资源创新平台，向园区企业开放共享大型仪器八十余台。",
        width=22,
    )
    commentary = column(
        "近年来，不少高新区出台了力度不小的人才政策，安家补贴、租房补贴、个税奖励一应俱全。",
        "留住人才，要让人才有事业可干。园区应当围绕主导产业建设创新平台，让年轻人看得到成长空间。",
        width=12,
    )
    articles = parse(
        "青海高新区生物医药产业链加速延伸",
        *feature,
        "研发平台补上“关键一环”",
        *section,
        "■数说",
        "156亿元：去年园区生物医药产业产值。",
        "23项：企业牵头或参与制定的标准。",
        label,
        "留住人才，靠的不只是补贴",
        "本报评论员 郑雅文",
        *commentary,
    )
    assert "留住人才，靠的不只是补贴" not in by_body(articles, "西宁").body_text


@pytest.mark.parametrize(
    "headline",
    [
        ("长沙", "高新", "区推", "出十", "条措", "施"),  # read back two characters a line
        ("长", "沙", "高", "新", "区", "推", "出", "十", "条", "措", "施"),  # or one
    ],
)
def test_a_title_set_upright_ends_the_text_above(headline):
    """A title set upright heads an article, though the texts on both sides of it are about
    one park: no subheading is set so."""
    second = column(
        "近日，长沙高新区出台《关于进一步优化营商环境的十条措施》，聚焦融资、用地、用工等企业关切。",
        "长沙高新区相关负责人表示，十条措施将按季度评估落实情况，并向企业公开办理结果。",
    )
    articles = parse("长沙高新区智能制造提速", *CHANGSHA, headline, *second)
    assert [article.title for article in articles] == ["长沙高新区智能制造提速", "长沙高新区推出十条措施"]


HEFEI_TITLE = "合肥高新区集成电路大会"
XIAN_NEWS_TITLE = "西安高新区硬科技企业三年翻番"
CUT_IN_WORD, XIAN_TAIL = "合肥高新区集成电", "路大会 西安高新区硬科技企业"


def _body(texts: tuple[str, ...], first: int) -> Segment:
    return Segment([Item(BODY, [Line(first + k, text)], text) for k, text in enumerate(texts)])


def _block(*texts: str) -> Item:
    return Item(HEADLINE, [Line(k, text) for k, text in enumerate(texts)], "\n".join(texts))


@pytest.mark.parametrize(
    "block, xian_after, titles",
    [
        # two stories' headlines printed tight: the lower one is the next story's
        ((HEFEI_TITLE, XIAN_NEWS_TITLE), True, [HEFEI_TITLE, XIAN_NEWS_TITLE]),
        # gathered headlines keep the stories' order: a line under the block's title is no
        # title of a story printed before it
        ((HEFEI_TITLE, XIAN_NEWS_TITLE), False, [f"{HEFEI_TITLE}\n{XIAN_NEWS_TITLE}", None]),
        # a title broken over two lines whose second line fits no other text stays whole
        ((HEFEI_TITLE, "签约超三百亿元"), True, [f"{HEFEI_TITLE}\n签约超三百亿元", None]),
        # nor is a title cut where its line breaks inside a word,
        ((CUT_IN_WORD, XIAN_TAIL), True, [f"{CUT_IN_WORD}\n{XIAN_TAIL}", None]),
        # or after a particle: "…大会的" / "西安…" is one phrase
        ((f"{HEFEI_TITLE}的", XIAN_NEWS_TITLE), True, [f"{HEFEI_TITLE}的\n{XIAN_NEWS_TITLE}", None]),
    ],
)
def test_gathered_headlines_joined_in_one_block_are_handed_one_to_each_story(block, xian_after, titles):
    hefei, xian = _body(HEFEI, 1), _body(XIAN, 50)
    hefei.headlines.append(_block(*block))
    hand_on_gathered_lines([hefei, xian] if xian_after else [xian, hefei])
    assert [seg.headlines[0].text if seg.headlines else None for seg in (hefei, xian)] == titles


CONGRESS = column("近日，合肥高新区举行集成电路产业发展大会，签约项目二十余个，总投资超过三百亿元。")


@pytest.mark.parametrize("credit", ["张三 摄", "摄影：张三", "图片来源：张三"])
def test_a_caption_goes_to_the_text_its_photographer_wrote(credit):
    """Printed right under one text's end, over a byline "文/图 X": X took the photo for the text below."""
    articles = parse(
        "合肥高新区集成电路大会开幕",
        *CONGRESS,
        f"技术人员在温室里查看蔬菜长势。 {credit}",
        "文/图 张三",
        *column("隆冬时节，园区一家农业科技企业的智能温室里，蔬菜长势喜人，亩产比传统大棚提高近一倍。"),
    )
    assert by_body(articles, "温室").captions and not by_body(articles, "合肥").captions


COTTON = "近日，石河子高新区一家农机企业生产的一批智能采棉机集中下线，每台日采收面积可达400亩。"
PHOTO_STORY = column(COTTON)


@pytest.mark.parametrize("credit", ["本报通讯员 叶嘎 关小云 摄", "本报记者 李明华 摄"])
@pytest.mark.parametrize("story_first", [True, False])
def test_a_photo_story_signed_by_its_photographer_under_its_text_has_that_byline(credit, story_first):
    """A title, a caption's few sentences and the photographers' credit under them: they reported
    the photo story, the credit is its byline and no caption's."""
    photo = ("智能采棉机集中下线", *PHOTO_STORY, credit)
    story = ("合肥高新区集成电路大会开幕", *HEFEI)
    article = by_body(parse(*photo, *story) if story_first else parse(*story, *photo), "采棉机")
    assert (article.byline, article.captions) == (credit, [])
    assert article.authors == names.byline_authors(credit)


@pytest.mark.parametrize(
    "photo",
    [
        # the credit over the text: the photo's, printed with it above the caption's words
        ("智能采棉机集中下线", "本报记者 李明华 摄", *PHOTO_STORY),
        # a caption's own words before the credit
        ("智能采棉机集中下线", *PHOTO_STORY, "技术人员在调试采棉机。 本报记者 李明华 摄"),
        # a story of its own, longer than a caption, closed by its photo's credit
        ("合肥高新区集成电路大会开幕", *column(COTTON, COTTON, COTTON, COTTON), "本报记者 李明华 摄"),
        # an organisation supplied the picture: no reporter
        ("智能采棉机集中下线", *PHOTO_STORY, "合肥高新区 供图"),
    ],
)
def test_a_photo_credit_not_signing_a_photo_story_stays_the_captions(photo):
    article = by_body(parse(*photo, "西安高新区发布硬科技企业发展报告", *XIAN), "采棉机")
    assert article.byline == "" and article.captions


@pytest.mark.parametrize("form", ["文/图 {}", "文／图 {}", "文 / 图 {}", "文｜图 {}"])
def test_a_photo_byline_printed_over_a_text_signs_that_text_not_the_one_above(form):
    """Headlines gathered at the page's head, each text under its byline: a photo byline between
    two texts (the writer took the photos too) is set over the text it signs, and opens it."""
    articles = parse(
        "合肥高新区集成电路大会开幕",
        "长沙高新区智能制造产业园投产",
        form.format("王立新"),
        *CONGRESS,
        form.format("赵春华"),
        *CHANGSHA,
    )
    assert [a.name for a in by_body(articles, "合肥").authors] == ["王立新"]
    assert [a.name for a in by_body(articles, "长沙").authors] == ["赵春华"]


HEFEI_FAIR = "合肥高新区集成电路大会签约"
TALENT_TITLE = "青年人才新政出台"
UPRIGHT_FAIR = "集成电路大会开幕"


INDENT_SPACES = "\u3000\u3000"


@pytest.mark.parametrize(
    "head, dateline, closing, indent, titles",
    [
        (
            (HEFEI_FAIR,),
            "本报讯（记者 张三）",
            "（记者 王五 通讯员 赵六）",
            INDENT_SPACES,
            [HEFEI_FAIR, TALENT_TITLE],
        ),
        (
            (HEFEI_FAIR,),
            "本报合肥10月15日电（记者 张三）",
            "（记者 王五）",
            INDENT_SPACES,
            [HEFEI_FAIR, TALENT_TITLE],
        ),
        (
            (HEFEI_FAIR, "本报记者 张三 通讯员 李四"),
            "",
            "（记者 王五）",
            INDENT_SPACES,
            [HEFEI_FAIR, TALENT_TITLE],
        ),
        # a title set upright beside the text, read back a character a line down to it
        (
            tuple(UPRIGHT_FAIR),
            "本报合肥10月15日电（记者 张三）",
            "（记者 王五）",
            INDENT_SPACES,
            [UPRIGHT_FAIR, TALENT_TITLE],
        ),
        # the dateline credits no one: the closing credit is its story's
        ((HEFEI_FAIR,), "本报讯 ", "（记者 王五）", INDENT_SPACES, [HEFEI_FAIR]),
        # no title over the story: its own title is printed after its lead
        ((), "本报讯（记者 张三）", "（记者 王五）", INDENT_SPACES, [None]),
        # no paragraph opens under the line: the text runs on through it
        ((HEFEI_FAIR,), "本报讯（记者 张三）", "（记者 王五）", "", [HEFEI_FAIR]),
        # rules printed over and under the title above: the lower one stands between it and its text
        (
            ("━━━━━━━━", HEFEI_FAIR, "━━━━━━━━"),
            "本报讯（记者 张三）",
            "（记者 王五）",
            INDENT_SPACES,
            [HEFEI_FAIR, TALENT_TITLE],
        ),
    ],
)
def test_a_headline_over_a_story_closed_by_a_credit_ends_a_story_credited_at_its_head(
    head, dateline, closing, indent, titles
):
    """A story credited at its head, in a byline or its dateline, names no one again at its
    end: a headline after its last sentence, over a paragraph of text closed by a credit, opens
    the story that credit closes."""
    first = column(
        f"{dateline}近日，合肥高新区举行集成电路产业发展大会，签约项目二十余个，总投资超过三百亿元。",
        "合肥高新区管委会负责人表示，园区将继续围绕芯片设计、制造和封装测试补链强链。",
    )
    second = column(
        "为吸引更多高校毕业生留在园区就业创业，合肥高新区近日推出青年人才新政。",
        f"新政对新引进的本科及以上毕业生给予每月最高一千五百元的租房补贴，期限三年。{closing}",
    )
    articles = parse(*head, *first, TALENT_TITLE, indent + second[0], *second[1:])
    if titles == [None]:  # one story, whatever its title is read to be
        assert len(articles) == 1
    else:
        assert [article.title for article in articles] == titles


@pytest.mark.parametrize(
    "park, titles",
    [
        ("长沙高新区", [HEFEI_FAIR, TALENT_TITLE]),
        # the same park below: a subheading's section goes on about its story's park
        ("合肥高新区", [HEFEI_FAIR]),
    ],
)
def test_a_headline_over_another_parks_text_ends_a_credited_story_whose_indents_were_lost(park, titles):
    """Where the extractor lost every indent, a closed sentence above the headline is all that
    shows a paragraph under it: the text below, about a park the story above never names, is the
    story its closing credit closes."""
    first = column(
        "本报讯（记者 张三）近日，合肥高新区举行集成电路产业发展大会，签约项目二十余个，总投资超过三百亿元。",
        "合肥高新区管委会负责人表示，园区将继续围绕芯片设计、制造和封装测试补链强链。",
    )
    second = column(
        f"为吸引更多高校毕业生留在园区就业创业，{park}近日推出青年人才新政。",
        "新政对新引进的本科及以上毕业生给予每月最高一千五百元的租房补贴，期限三年。（记者 王五）",
    )
    articles = parse(HEFEI_FAIR, *first, TALENT_TITLE, *second)
    assert [article.title for article in articles] == titles


RECYCLING_LEAD = (
    "走进大冶湖高新区格林循环产业园，一排排拆解线正在满负荷运转。近年来，园区把动力电池回收利用作为主攻方向。"
)
RECYCLING_SECTIONS = (
    ("从城市矿山中挖出宝藏", "园区企业负责人算了一笔账：一吨废旧电池中可提取镍、钴、锰等金属约两百公斤。"),
    ("以技术创新破解环保难题", "废水曾是企业最头疼的问题。园区联合高校攻关，开发出废水零排放工艺。"),
    ("链条延伸带动集群发展", "围绕龙头企业，园区已集聚上下游企业三十七家，去年产业产值达到一百八十六亿元。"),
)
SILVER_LEAD = "郴州素有中国银都之称。在郴州高新区，白银不再只是做首饰的原料，而是被做成光伏银浆等电子材料。"


@pytest.mark.parametrize("numbers", [("（一）", "（二）", "（三）"), ("一、", "二、", "三、")])
def test_a_subheading_numbered_on_from_those_above_stays_in_its_article(numbers):
    """The last section of a feature, set in another measure just before the next story's byline,
    is still numbered on from the sections above it: its subheading opens no story of its own."""
    measures = (14, 14, 17)
    sections = [
        line
        for number, (heading, text), width in zip(numbers, RECYCLING_SECTIONS, measures)
        for line in ("  " + number + heading, *_indented(text, width=width))
    ]
    first, second = _recycling_feature_over_a_brief(sections)
    assert [block.text for block in first.blocks if block.type == "heading"] == [
        number + heading for number, (heading, _) in zip(numbers, RECYCLING_SECTIONS)
    ]
    assert second.title == "郴州高新区：小银粒做出大文章" and second.byline == "本报通讯员 邝俊杰"


def _recycling_feature_over_a_brief(sections: list[str]) -> list[Article]:
    """A feature whose sections are given, its writer's byline after it, then a brief."""
    text = raw_page(
        "大冶湖高新区：让废旧电池重获新生",
        "本报记者 马福祥",
        *_indented(RECYCLING_LEAD, width=14),
        *sections,
        "本报通讯员 邝俊杰",
        "郴州高新区：小银粒做出大文章",
        *_indented(SILVER_LEAD, width=14),
    )
    return parse_page(RawPage("t.txt", text)).articles


FAIR_SECTIONS = ("一、芯片设计企业集聚", "二、封装测试能力提升")
TALENT_SECTIONS = ("一、租房补贴三年", "二、创业贷款免息")


def _numbered_story(sections: tuple[str, ...]) -> list[str]:
    """Text under numbered subheadings, every paragraph about the same park."""
    texts = (
        "合肥高新区集聚芯片设计企业三百余家，去年营业收入增长两成以上，园区将继续做大设计产业。",
        "合肥高新区建成封装测试公共平台，企业送外地测试的周期由三周缩短到五天，费用节约四成。",
    )
    lines: list[str] = []
    for section, text in zip(sections, texts):
        lines += [section, *column(text)]
    return lines


@pytest.mark.parametrize(
    "first_sections, headline, second_sections, titles",
    [
        # a headline without a number after the sections of the story above
        (FAIR_SECTIONS, TALENT_TITLE, (), [HEFEI_FAIR, TALENT_TITLE]),
        # a headline without a number over the text that leads to its own section 一
        ((), TALENT_TITLE, TALENT_SECTIONS, [HEFEI_FAIR, TALENT_TITLE]),
        # the story's next section, numbered as the ones above
        (FAIR_SECTIONS, "三、人才公寓交付", (), [HEFEI_FAIR]),
        # sections numbered and not above it: two articles' columns read in turn
        (("芯片设计企业集聚", "二、封装测试能力提升"), TALENT_TITLE, (), [HEFEI_FAIR]),
        # a section marked in brackets, not numbered, over the numbered ones
        ((), "【人才公寓交付】", TALENT_SECTIONS, [HEFEI_FAIR]),
    ],
)
def test_a_headline_unlike_numbered_sections_titles_another_story(
    first_sections, headline, second_sections, titles
):
    """An article's subheadings are set alike: a headline with no number, after numbered
    sections or over the text leading to a section 一, is another story's title."""
    first = column("合肥高新区举行集成电路产业发展大会，签约项目二十余个，总投资超过三百亿元。")
    second = column("合肥高新区近日推出青年人才新政，吸引更多高校毕业生留在园区就业创业。")
    articles = parse(
        HEFEI_FAIR,
        *first,
        *_numbered_story(first_sections),
        headline,
        INDENT_SPACES + second[0],
        *second[1:],
        *_numbered_story(second_sections),
    )
    assert [article.title for article in articles] == titles


@pytest.mark.parametrize(
    "lines, gap, roles",
    [
        (["园区企业主导制定两项", "国际标准"], 1, ("", "园区企业主导制定两项国际标准", "")),
        (["光谷造卫星年产能突破100", "颗"], 2, ("", "光谷造卫星年产能突破100颗", "")),
        # a phrase of its own under the title explains it: the subtitle
        (["园区企业主导制定两项", "国际标准正式发布"], 1, ("", "园区企业主导制定两项", "国际标准正式发布")),
        # a sentence's end read in under it is no word the title had no room for
        (["一家煤化工企业负责人", "说。"], 1, ("", "一家煤化工企业负责人", "说。")),
        # a word printed further down (a photo's credit, say) is no part of the title
        (["机器人“同台竞技”", "摄"], 6, ("", "机器人“同台竞技”", "摄")),
    ],
)
def test_a_word_or_two_right_under_a_title_is_its_last_line(lines, gap, roles):
    """Too short for a phrase that explains the title, the word printed straight under it is what
    the title's line had no room for."""
    from digest.parse.article import _headline_roles

    upper, lower = lines
    group = [Item(HEADLINE, [Line(1, upper)], upper), Item(HEADLINE, [Line(1 + gap, lower)], lower)]
    kicker, title, subtitle = _headline_roles(group)
    assert (kicker, title.replace(" ", ""), subtitle) == roles


ROBOT_CONTEST = column(
    "日前，合肥高新区第三届机器人应用大赛举行，来自园区的四十二支队伍带着自主研发的巡检、分拣和服务机器人同台竞技。"
)


@pytest.mark.parametrize(
    "caption", [("参赛队员调试分拣机器人。 张三 摄",), ("参赛队员调试分拣机器人。 张三", "摄")]
)
def test_a_headline_under_a_photo_its_reporter_took_heads_the_photos_story(caption):
    """A photo credited to the reporter who signs the text under the headline below it: the
    headline is displayed with the photo and its story, as an article's is."""
    articles = parse(
        ("（上接第2版）",), *HEFEI, *caption, "机器人“同台竞技”", *ROBOT_CONTEST, "（记者 张三）"
    )
    assert by_body(articles, "机器人应用大赛").title == "机器人“同台竞技”"


def test_a_subheading_under_a_photo_another_took_stays_in_its_text():
    """A photo inside a story, credited to someone other than its reporter: the line under it is
    the story's subheading as ever."""
    articles = parse(
        ("合肥高新区集成电路大会",),
        *HEFEI,
        "参赛队员调试分拣机器人。 李四 摄",
        "大赛同台竞技",
        *ROBOT_CONTEST,
        "（记者 张三）",
    )
    assert len(articles) == 1


GREENHOUSE = column("隆冬时节，园区一家农业科技企业的智能温室里，蔬菜长势喜人，亩产比传统大棚提高近一倍。")


@pytest.mark.parametrize("form", ["文/图 {}", "文／图 {}"])
def test_a_photo_byline_under_a_caption_signs_the_text_below_not_the_headline_above(form):
    """Headlines gathered at the page's head, the last story's photo and caption under them: the
    photo byline under the caption opens the text below it, not the story of the headline above."""
    articles = parse(
        "园区温室蔬菜喜获丰收",
        "长沙高新区智能制造产业园投产",
        "技术人员在温室里查看蔬菜长势。 王立新 摄",
        form.format("王立新"),
        *GREENHOUSE,
        "本报记者 赵春华",
        *CHANGSHA,
    )
    assert [a.name for a in by_body(articles, "温室").authors] == ["王立新"]
    assert [a.name for a in by_body(articles, "长沙").authors] == ["赵春华"]


@pytest.mark.parametrize("byline", ["本报记者 {}", "■本报记者 {}", "记者 {} 通讯员 李四"])
def test_bylines_set_over_texts_on_a_page_open_the_text_below_them(byline):
    """The first byline stands over the page's first text, under the headlines gathered at its
    head: the page sets its bylines over their texts, so one between two texts opens the lower."""
    articles = parse(
        "合肥高新区集成电路大会开幕",
        "长沙高新区智能制造产业园投产",
        "园区温室蔬菜喜获丰收",
        byline.format("王立新"),
        *CONGRESS,
        byline.format("赵春华"),
        *CHANGSHA,
        byline.format("钱国强"),
        *GREENHOUSE,
    )
    assert [a.authors[0].name for a in articles if a.authors] == ["王立新", "赵春华", "钱国强"]
    assert by_body(articles, "长沙").authors[0].name == "赵春华"


@pytest.mark.parametrize("form", ["本报记者 {}", "文/本报记者 {}", "▶ 本报记者 {}"])
@pytest.mark.parametrize("heads", [("合肥高新区集成电路大会开幕",), ()])
def test_a_byline_between_texts_closes_the_text_above_where_no_headlines_are_gathered(form, heads):
    """The first byline stands over the page's first text under its own headline alone (or none,
    run in), not under headlines gathered at the page's head: the page sets each story's byline
    as that story does, and one between two texts closes the text above."""
    articles = parse(
        *heads,
        "■ 本报通讯员 王立新",
        *CONGRESS,
        "长沙高新区智能制造产业园投产",
        *CHANGSHA,
        form.format("赵春华"),
        *GREENHOUSE,
    )
    assert [a.name for a in by_body(articles, "长沙").authors] == ["赵春华"]
    assert not by_body(articles, "温室").authors


def test_a_reported_credit_broken_over_lines_names_its_reporters():
    """本报讯 X 报道 set over three lines: the line opening with a role word is the credit's
    rest, not a byline, and the dateline names everyone in it."""
    articles = parse(
        "克拉玛依高新区算力中心二期上线",
        "本报讯 通讯员 宗政浩然",
        "记者 努尔古丽·艾买提 报",
        "道 近日，克拉玛依高新区云计",
        "算算力中心二期上线运行，新增",
        "标准机柜3000个，园区算力规模",
        "达到每秒1.5亿亿次浮点运算。",
    )
    assert [a.name for a in articles[0].authors] == ["宗政浩然", "努尔古丽·艾买提"]


SALINE = column("秋收时节，黄河三角洲农高区的耐盐碱大豆试验田里一片金黄，亩产达到了二百六十公斤。", width=20)
SEED_BANK = (
    "示范区联合科研院所建设盐碱地作物种质",
    "资源库，保存耐盐碱种质资源一万余份，今年",
    "选育出耐盐碱大豆、高粱新品种六个。",
)


@pytest.mark.parametrize(
    "above, head, first, in_text",
    [
        (SALINE, "①育种攻关", SEED_BANK[0], True),  # the paragraph's first line, short by its indent
        (SALINE, "①育种攻关", "示范区联合科研院所建设盐碱地作物种质资", True),  # or as wide as the column
        (SALINE, "①育种攻关", "耐盐碱种质资源库建成", False),  # a short line: a title over its lead
        (SALINE, "①育种攻关", "示范区联合科研院所建设的盐碱地作物种质资源库建成", False),  # wider
        (SALINE[:-1], "①育种攻关", SEED_BANK[0], False),  # after a sentence left open: read in there
        (SALINE, "育种攻关方面，示范区联合科研院所建设", SEED_BANK[0], False),  # under a line of text
    ],
)
def test_a_line_read_as_a_headline_under_a_subheading_and_filling_the_column_opens_its_paragraph(
    above, head, first, in_text
):
    """A subheading stands over the first line of its paragraph: a single line right under it,
    filling the column less the indent (but no wider) and going on into full text below, is that
    line, not a second headline line that would part the story there."""
    items = layout(RawPage("t.txt", raw_page(*above, head, first, *SEED_BANK[1:])))
    for item in items:
        if item.text in (head, first):
            item.kind = HEADLINE  # read as a headline pair, as a pull quote nearby can make it
    cut, _ = cut_flow(items)
    assert (first in [part.text for seg in cut for part in seg.parts]) == in_text


MARKED_TAIL_SECTIONS = (
    "基地与高校联合开设机器人工程班，学生在项目中学习，毕业生中有三成选择在基地创业或就业。",
    "基地联合创投机构设立天使基金，累计投资项目80余个，园区还为初创企业提供首台套保险补贴。",
)


@pytest.mark.parametrize(
    "first, second, width",
    [
        ("二 、 人 才 从 课 堂 来", "三 、 资 本 跟 着 项 目 走", 13),
        ("二 、 人 才 从 课 堂 来", "三 、 资 本 跟 着 项 目 走", 16),
        ("研 发 平 台 托 底", "链 上 企 业 抱 团", 18),
        ("　　二、人才从课堂来", "　　三、资本跟着项目走", 12),
    ],
)
def test_a_tail_keeps_the_subheadings_set_as_its_first(first, second, width):
    """A tail under its jump line opening with a marked subheading (letter-spaced, or numbered and
    indented as a narrow column's text is) goes on to its next section under one set alike: both
    are its subheadings, in one story, whatever the sections are about."""
    above, below = (column(section, width=width, indent=0) for section in MARKED_TAIL_SECTIONS)
    articles = parse("（上接第3版）", first, *above, second, *below, *XIAN, XIAN_TITLE_SHORT)
    tail = by_body(articles, "工程班")
    assert [block.type for block in tail.blocks] == ["heading", "paragraph", "heading", "paragraph"]
    assert "天使基金" in tail.body_text
    assert tail.title == ""


@pytest.mark.parametrize(
    "first, heading",
    [("2 . 场 景 开 放 牵 引", "2.场景开放牵引"), ("1 . 成 果 就 地 转 化", "1.成果就地转化")],
)
def test_a_spaced_out_section_number_keeps_its_mark(first, heading):
    """A subheading spaced out letter by letter is printed with its number and its mark as one."""
    above, below = (column(section, width=18, indent=0) for section in MARKED_TAIL_SECTIONS)
    articles = parse("（上接第3版）", first, *above, "3 . 基 金 全 程 陪 跑", *below, *XIAN, XIAN_TITLE_SHORT)
    tail = by_body(articles, "工程班")
    assert [block.text for block in tail.blocks if block.type == "heading"] == [heading, "3.基金全程陪跑"]


@pytest.mark.parametrize("measures", [(14, 14, 17), (14, 14, 14)])
def test_a_letter_spaced_subheading_set_as_those_above_stays_in_its_article(measures):
    """Subheadings set apart by their spacing alone ("链 条 延 伸 …"), the last over a section in
    another measure just before the next story's byline: set as the ones above, it goes on with
    their story's sections."""
    sections = [
        line
        for (heading, text), width in zip(RECYCLING_SECTIONS, measures)
        for line in (" ".join(heading), *_indented(text, width=width))
    ]
    first, second = _recycling_feature_over_a_brief(sections)
    assert [block.text for block in first.blocks if block.type == "heading"] == [
        heading for heading, _ in RECYCLING_SECTIONS
    ]
    assert second.title == "郴州高新区：小银粒做出大文章"


def test_a_short_section_under_a_letter_spaced_subheading_measures_no_column_change():
    """The first line of a section under a subheading is short by the indent it lost: a section
    of two or three lines, measured with it, seems set to another column than the one above, and
    would part a story's last section from it as another story."""
    articles = parse(
        "（上接第4版）",
        "企 业 跟 着 技 术 走",
        "示范区已有十四家农业企业在中亚",
        "设立分支机构，去年农业技术服务出口",
        "额达两亿元。",
        "标 准 一 起 定",
        "示范区牵头制定的节水灌溉技术规",
        "程已被两个国家采纳为行业标准。",
        "本报记者 南宫晓燕",
        "钒钛高新区四项举措育强钛材产业",
        *column("今年以来，攀枝花钒钛高新区围绕钛材精深加工，推出四项举措，引进钛合金棒材、板材项目四个。"),
    )
    tail = by_body(articles, "出口额")
    assert "采纳为行业标准" in tail.body_text
    headings = [block.text for block in tail.blocks if block.type == "heading"]
    assert headings == ["企业跟着技术走", "标准一起定"]


@pytest.mark.parametrize("later", ["3 . 基 金 全 程 陪 跑", "三、基金全程陪跑", "（三）基金全程陪跑"])
def test_a_headline_numbered_past_the_first_section_opens_no_story(later):
    """No story opens at its third section: a headline so numbered in a story's tail carried over
    from another page heads a section of that tail, though no section above it was found and the
    story below, set wider, changes the column under it."""
    articles = parse(
        "（上接第3版）",
        "2 . 场 景 开 放 牵 引",
        "园区向企业开放政务外网、电",
        "力调度等应用场景。量子加密政务",
        "专网已覆盖园区16个部门，为产",
        "品提供了首个大规模应用案例。",
        later,
        "园区设立20亿元量子产业基",
        "金，已投资企业23家。基金对早",
        "期项目“投早投小”，并联合银行",
        "提供投贷联动服务。",
        "兰州高新区医用同位素项目签约",
        "近日，兰州高新区与一家核技术企业签约医用同位",
        "素生产项目，总投资16亿元，将建设医用同位素生产",
        "线和放射性药物研发中心，建成后可满足西北地区核医",
        "学诊疗需求。",
        "（记者 马福祥）",
    )
    tail = by_body(articles, "政务外网")
    assert "投贷联动" in tail.body_text and not tail.title


@pytest.mark.parametrize("pointer", ["☆", "〉〉"])
def test_a_headline_opening_on_a_pointer_opens_no_story(pointer):
    """A pointer marks a subheading as a bullet does, never a story's title: a headline opening on
    one in a story's tail carried over from another page heads a section of that tail, though
    the story below, set wider, changes the column under it."""
    articles = parse(
        "（上接第3版）",
        "园区向企业开放政务外网、电",
        "力调度等应用场景。量子加密政务",
        "专网已覆盖园区16个部门，为产",
        "品提供了首个大规模应用案例。",
        f"{pointer}基金全程陪跑",
        "园区设立20亿元量子产业基",
        "金，已投资企业23家。基金对早",
        "期项目“投早投小”，并联合银行",
        "提供投贷联动服务。",
        "兰州高新区医用同位素项目签约",
        "近日，兰州高新区与一家核技术企业签约医用同位",
        "素生产项目，总投资16亿元，将建设医用同位素生产",
        "线和放射性药物研发中心，建成后可满足西北地区核医",
        "学诊疗需求。",
        "（记者 马福祥）",
    )
    tail = by_body(articles, "政务外网")
    assert "投贷联动" in tail.body_text and not tail.title


def test_a_letter_spaced_title_naming_a_park_after_spaced_subheadings_opens_a_story():
    """A title may be spaced out as the subheadings of the feature above it are: one naming a
    park is the next story's title, no section of the feature."""
    sections = [
        line
        for heading, text in RECYCLING_SECTIONS
        for line in (" ".join(heading), *_indented(text, width=14))
    ]
    title = " ".join("郴州高新区：小银粒做出大文章")
    articles = parse(
        "大冶湖高新区：让废旧电池重获新生",
        "本报记者 马福祥",
        *_indented(RECYCLING_LEAD, width=14),
        *sections,
        title,
        *_indented(SILVER_LEAD, width=17),
    )
    assert by_body(articles, "银都").title == "郴州高新区：小银粒做出大文章"


@pytest.mark.parametrize("dot", [".", "．", " . "])
def test_a_numbered_line_going_on_with_a_list_of_paragraphs_is_its_next_item(dot):
    """A list's items numbered in figures are paragraphs: the fourth, its first line breaking
    with no clause mark where the column does, is the list's next item under the third, no
    subheading."""
    articles = parse(
        "桂林高新区推出光电产业“七条”",
        "为做大做强光电信息产业，桂林高新区日",
        "前出台七条专项措施。",
        f"1{dot}对新落户的光电企业，按设备投资额",
        "的8%给予补助，最高1000万元。",
        f"2{dot}对企业建设的省级以上研发平台，一",
        "次性奖励200万元。",
        f"3{dot}设立3亿元光电产业基金，优先投向",
        "光学元件和激光器领域。",
        f"4{dot}为企业引进的高端人才提供人才公寓",
        "和子女入学保障。",
        "园区有关负责人表示，措施将重点支持光",
        "学镜头、光纤器件等细分领域，力争三年内光",
        "电产业产值翻一番。",
    )
    story = by_body(articles, "人才公寓")
    assert [block.type for block in story.blocks] == ["paragraph"] * 6


@pytest.mark.parametrize("title", ["郴州高新区：小银粒做出大文章", "郴州高新区白银产业链加速延伸"])
def test_a_letter_spaced_title_naming_another_park_after_a_story_opens_the_next(title):
    """A title spaced out letter by letter names its park as one set solid does: after a story
    about one park, over a lead about another, it opens that park's story, no section of the
    story above."""
    articles = parse(
        "衡阳高新区核技术应用产业园签约12个项目",
        "　　近日，衡阳高新区核技术应用产业园集",
        "中签约12个项目，总投资38亿元，涉及核医学",
        "影像设备、辐照加工和核辐射检测仪器等领域。",
        "　　目前，园区核技术应用相关企业已达27",
        "家，年产值超过40亿元。",
        " ".join(title),
        "　　郴州素有“中国银都”之称。在郴州高新",
        "区，白银不再只是做首饰的原料，而是被做成",
        "光伏银浆、导电银粉等高端电子材料。",
    )
    assert by_body(articles, "银都").title == title
    assert not [block for block in by_body(articles, "核医学").blocks if block.type == "heading"]


DAQING_LEAD = "近日，大庆高新区企业油智科技发布油气行业大模型“井语”，可辅助完成储层识别、故障诊断等工作。"
FUND_SECTION = "园区设立二十亿元量子产业基金，已投资企业二十三家，并联合银行提供投贷联动服务。"
TAIZHOU_LEAD = "今年以来，泰州医药高新区新增疫苗生产线三条，年产能提升到两亿剂，带动上下游企业集聚。"


@pytest.mark.parametrize(
    "title, lead, width",
    [
        ("大庆高新区发布油气行业大模型", DAQING_LEAD, 18),
        ("大庆高新区发布油气行业大模型", DAQING_LEAD, 21),
        ("泰州医药高新区疫苗产能再扩", TAIZHOU_LEAD, 18),
    ],
)
def test_a_title_naming_the_park_below_opens_the_story_after_a_tail(title, lead, width):
    """A tail continued from another page named its park there: where its text names none, a
    line after its closed sentence naming the park the text below is about is that story's title,
    set in the same column, and not the tail's text."""
    tail = column(FUND_SECTION, width=width)
    articles = parse("（上接第4版）", "3.基金全程陪跑", *tail, title, *column(lead, width=width))
    assert by_body(articles, "投贷联动").title == ""
    assert by_body(articles, lead[6:12]).title == title


NANNING_BRIEF = "近日，南宁高新区面向东盟的数字服务中心揭牌，中心提供跨境数据服务，首批入驻企业十八家。"


@pytest.mark.parametrize("width", [15, 17, 18])
@pytest.mark.parametrize("next_story", [False, True])
def test_the_line_under_a_tails_last_subheading_opens_its_paragraph(width, next_story):
    """A tail's last section under a plain subheading, of two lines, the first short by the indent
    it lost and the last closing its sentence: no column can be measured below the subheading, so
    the tail's own column above is the one its first line is set to. It opens the section's
    paragraph, and is no second headline stacked on the subheading."""
    first = "示范区已有14家农业企业在中亚设立分支机构，去年农业技术服务出口额达2.1亿元。"
    last = "示范区牵头制定的节水灌溉技术规程已被两个国家采纳为行业标准"[: 2 * width - 3] + "。"
    brief = ("南宁高新区数字中心揭牌", *column(NANNING_BRIEF, width=width)) if next_story else ()
    sections = (*column(first, width=width), "标准一起定", *column(last, width=width))
    articles = parse("（上接第2版）", "企业跟着技术走", *sections, *brief)
    section = by_body(articles, "采纳为")
    assert Block("paragraph", last) in section.blocks


def test_a_full_line_naming_the_tails_park_is_its_text():
    """A line of a tail's text as wide as its column, after a closed sentence, may name the park
    the text below is about: its story's own park, named where the story began. It is no title."""
    articles = parse(
        "（上接第6版）",
        "光焊接、激光清洗等整机和零",
        "部件企业三十二家，形成了从",
        "光学元件到整机的产业链。",
        "鞍山高新区推出“钢城英才”",
        "计划，对新引进的博士、硕士",
        "给予安家补贴。近三年，鞍山",
        "高新区累计引进各类人才一万",
        "余人，并建设人才公寓千套。",
    )
    tail = by_body(articles, "光焊接")
    assert "鞍山高新区推出" in tail.body_text and "人才公寓" in tail.body_text


KUNSHAN_LEAD = column(
    "在昆山高新区，一块新型显示面板从玻璃基板到终端模组，半径30公里内就能配齐九成以上的零部件。",
    width=18,
)
SUZHOU_FUND = column(
    "日前，苏州工业园区宣布设立规模50亿元的生物医药产业母基金，重点投向创新药和高端医疗器械。",
    width=18,
)


@pytest.mark.parametrize("subheading", ["龙头项目带来“一条链”", "创新平台补上“技术链”"])
def test_a_centred_subheading_over_a_jump_line_is_its_articles_last_line_here(subheading):
    """A subheading set centred over a section the page breaks off (下转) is the last line of its
    text printed here, no title of the story below: no title is set centred over a jump line."""
    articles = parse(
        "产业链观察",
        "一块屏幕的“昆山链”",
        *KUNSHAN_LEAD,
        f"\u3000\u3000{subheading}\u3000\u3000",
        "（下转第7版）",
        "苏州工业园区设立50亿元生物医药母基金",
        *SUZHOU_FUND,
    )
    feature = by_body(articles, "昆山高新区")
    assert (feature.blocks[-1].type, feature.blocks[-1].text) == ("heading", subheading)
    assert by_body(articles, "苏州工业园区").title == "苏州工业园区设立50亿元生物医药母基金"


@pytest.mark.parametrize("width", [17, 20])
@pytest.mark.parametrize(
    "last_subheading", ["人才跟上来", "【人才跟上来】", "\u3000\u3000人才跟上来\u3000\u3000"]
)
def test_a_feature_s_short_last_section_stays_in_the_feature(width: int, last_subheading: str):
    """A feature's last section of two lines under its subheading: the first, short by the indent
    it lost, is no narrower column, so the section is no new story."""
    articles = parse(
        "戈壁滩上的“追光者”",
        "本报记者 阿依古丽·吐尔逊\u3000通讯员 糜晓东",
        *column(
            "在新疆腹地，昌吉高新区正把光伏组件产业做成一条完整的链条。园区光伏企业已有四十余家，去年产值超过一百亿元。",
            width=width,
        ),
        "从一块硅片开始",
        *column("园区引进的硅片项目年产能达到二十吉瓦，并带动切割、清洗和检测企业陆续落户。", width=width),
        "把组件卖出去",
        *column("园区联合电力企业开放应用场景，一批沙漠电站和储能项目相继并网发电。", width=width),
        last_subheading,
        *column("园区与新疆大学等高校共建光伏学院，已培养技术人才九百余名。", width=width),
    )
    assert len(articles) == 1
    assert articles[0].body_text.endswith("已培养技术人才九百余名。")


@pytest.mark.parametrize(
    "notice",
    [
        ("更正：本报上周三本版《企业风采》一文", "中的企业负责人姓名有误，特此更正，并", "向读者致歉。"),
        ("征稿启事：本版长期征集各地园区科技", "创新的新闻和经验，欢迎园区管委会和", "企业投稿。"),
    ],
)
@pytest.mark.parametrize("story_width", [14, 24])
def test_a_notice_s_first_line_read_as_a_headline_under_a_story_opens_the_notice(notice, story_width):
    """A notice of a line or two under a story set to another width: its first line, read as a
    headline, is as wide as the lines below it, so it is no subheading of the story but the
    notice's."""
    articles = parse(
        "鹤壁高新区电子电器产业园首批项目投产",
        *column(
            "本报讯 近日，鹤壁高新区电子电器产业园首批八个项目集中投产，涵盖线束、连接器和智能家电，"
            "预计年产值超过三十亿元。",
            "园区有关负责人介绍，产业园规划面积两千亩，将重点引进汽车电子和智能终端配套企业，"
            "力争三年内集聚上下游企业一百家。",
            width=story_width,
        ),
        *notice,
    )
    assert len(articles) == 2


@pytest.mark.parametrize(
    "story_above",
    [
        ("南宁高新区：开年生产忙", *NANNING),  # a feature naming no one
        ("（上接第2版）", *NANNING),  # a story continued here, its byline on its first page
        ("（上接第2版）", *NANNING, "生产线满负荷运转。 南宁高新区 供图"),  # its photo's caption
    ],
)
@pytest.mark.parametrize("stacked", [("本报记者 宋佳", "本报通讯员 何平"), ("记者 宋佳", "通讯员 何平")])
def test_reporters_stacked_over_a_headline_under_an_uncredited_story_head_the_story_below(
    story_above, stacked
):
    """Reporters stacked one a line over a feature's headlines head that feature, though the
    story above them names no one: a credit closing a story is set in one line."""
    articles = parse(*story_above, *stacked, "长沙高新区：智能制造提速", *CHANGSHA)
    assert {a.name for a in by_body(articles, "长沙").authors} == {"宋佳", "何平"}
    assert by_body(articles, "南宁").authors == []


@pytest.mark.parametrize(
    "lines, roles",
    [
        (["公告", "青岛高新区人才公寓开放申请"], ("公告", "青岛高新区人才公寓开放申请", "")),
        (["启事", "园区创业大赛报名延期"], ("启事", "园区创业大赛报名延期", "")),
        # a label of two characters that names no kind of text is a word of the title
        (["瓷都", "“飞”出新材料"], ("", "瓷都“飞”出新材料", "")),
        # a notice named at the end of its title is the title
        (["关于人才公寓申请的公告"], ("", "关于人才公寓申请的公告", "")),
    ],
)
def test_a_notice_label_over_its_title_is_its_kicker(lines, roles):
    """ "公告" on a line of its own names what kind of text follows, no word of its title."""
    from digest.parse.article import _headline_roles

    group = Item(HEADLINE, [Line(k, line) for k, line in enumerate(lines, 1)], "\n".join(lines))
    assert _headline_roles([group]) == roles


GREENHOUSE = column("隆冬时节，园区一家农业科技企业的智能温室里，蔬菜长势喜人，亩产比传统大棚提高近一倍。")


@pytest.mark.parametrize(
    "caption, story",
    [
        ("技术人员在智能温室查看蔬菜长势。 李四 摄", "温室"),  # set before its story's headline
        ("集成电路大会签约现场。 李四 摄", "合肥"),  # set after its story's end
    ],
)
def test_a_caption_between_two_stories_goes_to_the_one_that_tells_what_it_shows(caption, story):
    """A photo may be set after its story's end or before the next story's headline: its caption
    names what the photo shows, which its own story tells."""
    articles = parse(
        "合肥高新区集成电路大会开幕", *CONGRESS, "王五", caption, "园区智能温室喜获丰收", *GREENHOUSE
    )
    assert [a for a in articles if a.captions] == [by_body(articles, story)]


def test_a_caption_of_a_few_words_any_story_tells_stays_where_it_is_printed():
    """ "项目建设现场": too few words to tell which story it shows, the caption goes to the one it
    is printed after, though the next story's text holds them all."""
    site = column("园区智能温室项目建设现场一片繁忙，蔬菜长势喜人，亩产比传统大棚提高近一倍。")
    articles = parse(
        "合肥高新区集成电路大会开幕",
        *CONGRESS,
        "王五",
        "项目建设现场。 李四 摄",
        "园区智能温室喜获丰收",
        *site,
    )
    assert [a for a in articles if a.captions] == [by_body(articles, "合肥")]


ZAOZHUANG_NOTE = ("编者按：枣庄高新区在产教融合方面的", "探索引人关注。本版今起推出系列报", "道，敬请关注。")
ZAOZHUANG_TEXT = column(
    "近日，枣庄高新区出台《深化产教融合促进技能人才集聚的十条措施》，提出三年内共建产业学院十个。"
)
ZAOZHUANG_DATELINE = column(
    "本报讯（记者 王立新）近日，枣庄高新区出台深化产教融合的十条措施，提出三年内共建产业学院十个。"
)


@pytest.mark.parametrize("byline", [(), ("本报记者 王立新",)])
@pytest.mark.parametrize("text", [ZAOZHUANG_TEXT, ZAOZHUANG_DATELINE])
def test_an_editors_note_printed_over_a_headline_is_the_first_paragraph_of_the_story_under_it(byline, text):
    """Between two stories, the note over a headline leads into the story below: no story of its
    own, no line of the one above, its text's first paragraph, before a dateline under it."""
    above = ("长沙高新区智能制造提速", *CHANGSHA)
    articles = parse(*above, *ZAOZHUANG_NOTE, "枣庄高新区产教融合新政", *byline, *text)
    assert [a.title for a in articles] == ["长沙高新区智能制造提速", "枣庄高新区产教融合新政"]
    story = articles[1]
    assert story.blocks[0].text == "".join(ZAOZHUANG_NOTE)
    assert story.blocks[1].text.startswith("近日，枣庄高新区出台")
    assert story.dateline == ("本报讯（记者 王立新）" if text is ZAOZHUANG_DATELINE else "")
    assert "编者按" not in articles[0].body_text


@pytest.mark.parametrize("byline", [(), ("本报记者 王立新",)])
def test_an_editors_note_under_its_headline_goes_on_into_the_dateline_of_its_story(byline):
    articles = parse(*CHANGSHA, "枣庄高新区产教融合新政", *byline, *ZAOZHUANG_NOTE, *ZAOZHUANG_DATELINE)
    story = by_body(articles, "编者按")
    assert story.title == "枣庄高新区产教融合新政"
    assert story.dateline == "本报讯（记者 王立新）"
    assert [block.text[:6] for block in story.blocks] == ["编者按：枣庄", "近日，枣庄高"]


def test_a_dateline_far_below_an_editors_note_opens_a_story_of_its_own():
    """Past the lines a note runs, a dateline opens another text, as anywhere."""
    text = column("枣庄高新区出台深化产教融合的十条措施，提出三年内共建产业学院十个。" * 4)
    brief = column("本报讯 近日，枣庄高新区举办技能大赛，两百余名选手同台竞技，三十人获评技术能手。")
    articles = parse("枣庄高新区产教融合新政", *ZAOZHUANG_NOTE, *text, *brief)
    assert len(articles) == 2
    assert articles[1].blocks[0].text.startswith("近日，枣庄高新区举办技能大赛")


CHANGSHA_NOTE = ("编者按：长沙高新区在智能制造方面的", "探索引人关注。本期专版聚焦园区，敬", "请关注。")


@pytest.mark.parametrize("below", [XIAN, ("西安高新区硬科技企业三年翻番", *XIAN)])
def test_an_editors_note_read_after_the_text_it_names_leads_that_story(below):
    """The note's box read after its story's text, before the next story's dateline or headline:
    it names the story above and none of the one below, so it leads the text above."""
    articles = parse("长沙高新区智能制造提速", *CHANGSHA, *CHANGSHA_NOTE, *below)
    changsha, xian = by_body(articles, "走进长沙"), by_body(articles, "西安高新区发布")
    assert changsha.blocks[0].text == "".join(CHANGSHA_NOTE)
    assert changsha.blocks[1].text.startswith("走进长沙高新区")
    assert "编者按" not in xian.body_text
    assert len(articles) == 2


@pytest.mark.parametrize(
    "note",
    [
        ZAOZHUANG_NOTE,  # it names the story below: its own, printed over it
        ("编者按：高新区是创新驱动发展的主阵", "地。本版今起推出系列报道，敬请关", "注。"),  # no park
    ],
)
def test_an_editors_note_naming_no_park_of_the_story_above_stays_where_it_was_read(note):
    articles = parse("长沙高新区智能制造提速", *CHANGSHA, *note, *ZAOZHUANG_DATELINE)
    assert "编者按" not in by_body(articles, "走进长沙").body_text


@pytest.mark.parametrize(
    ("note", "first"),
    [
        ("编者按：园区的探索引人关注，敬请关注。", True),
        ("编者的话：园区的探索引人关注，敬请关注。", True),
        ("编后：园区的探索说明，转型要从企业的真实需求出发。", False),  # an afterword closes its story
        ("编辑手记：转型要从企业的真实需求出发。", False),
    ],
)
def test_an_editors_preface_read_after_the_text_leads_it_and_an_afterword_stays(note, first):
    text = [Block("paragraph", "走进长沙高新区的智能制造产业园。"), Block("heading", "平台先行")]
    blocks = _preface_first([*text, Block("paragraph", note)])
    assert (blocks[0].text == note) is first
    assert [block for block in blocks if block.text != note] == text


def test_an_editors_note_under_a_headline_written_tight_is_no_line_of_it():
    """An extractor writing no blank lines prints the note right under the title: text still."""
    lines = ["长沙高新区智能制造提速", *CHANGSHA, "枣庄高新区产教融合新政", *ZAOZHUANG_NOTE, *ZAOZHUANG_TEXT]
    page = "\n".join(lines)
    articles = parse_page(RawPage("t.txt", page + "\n")).articles[1:]
    assert [a.title for a in articles] == ["枣庄高新区产教融合新政"]
    assert articles[0].blocks[0].text == "".join(ZAOZHUANG_NOTE)


NOTE = Block("paragraph", "编者按：枣庄高新区在产教融合方面的探索引人关注。")
SERIES = Block("paragraph", "本版今起推出系列报道，敬请关注。")


@pytest.mark.parametrize(
    ("blocks", "opens"),
    [
        ([], True),
        ([NOTE], True),
        ([NOTE, SERIES], True),  # the note broken in two where a sentence closed on a full line
        ([SERIES], False),  # a paragraph of the text
        ([NOTE, Block("heading", "产教融合")], False),  # the text is under way
        ([NOTE, SERIES, SERIES], False),  # more than a note runs
    ],
)
def test_a_dateline_opens_the_first_paragraph_or_the_one_under_an_editors_note(blocks, opens):
    assert _opens_text(blocks) is opens


MEASURES_LEAD = column("为降低中小企业研发成本，合肥高新区日前出台推进大型科研仪器开放共享的若干措施。")
MEASURES = (
    ("一是", "建立统一平台。园区将现有的大型仪器信息统一接入共享服务平台，企业可在线预约。"),
    ("二是", "实行双向补贴。企业使用共享仪器，按服务费的四成给予补贴，每家企业每年最高五十万元。"),
)


@pytest.mark.parametrize("indent", ["", "  ", "\u3000\u3000"])
def test_a_run_in_label_written_on_a_line_of_its_own_opens_the_paragraph_under_it(indent):
    """A list's bold label ("一是") read as a line of its own: the paragraph's first words, no
    name of a writer closing the text above, no story parted there."""
    measures = [part for label, text in MEASURES for part in (indent + label, *column(text, indent=0))]
    articles = parse("合肥高新区出台大型仪器共享新政", *MEASURES_LEAD, *measures)
    assert len(articles) == 1
    assert [block.text for block in articles[0].blocks[1:]] == [label + text for label, text in MEASURES]
    assert articles[0].authors == []


@pytest.mark.parametrize(
    "lines",
    [
        ["园区推出的措施中，最重要的", "首先", "是人才。"],  # the word ends a sentence's line
        ["园区推出三项措施。", "一是", "。"],  # no words of a paragraph under it
        ["园区推出三项措施。", "一是建立平台", "园区将仪器信息接入平台。"],  # the label runs in already
    ],
)
def test_a_word_of_a_list_inside_the_text_is_no_label_apart(lines):
    numbered = [Line(k + 1, text) for k, text in enumerate(lines)]
    assert [line.text for line in join_run_in_labels(numbered)] == lines


FEATURE_SECTION = column("园区每月举办一次对接会，请科研人员讲技术、请企业家讲需求，一批合作项目已经落地。")


def test_a_subheading_over_a_section_naming_no_park_stays_in_its_feature():
    """A feature's subheading, its section speaking of "园区", is no boundary because another
    story, about another park, begins further down under a title of its own."""
    articles = parse(
        "南宁高新区：开年生产忙",
        *NANNING,
        "对接会请来企业家",
        *FEATURE_SECTION,
        ("长沙高新区智能制造", "按下快进键"),
        *CHANGSHA,
    )
    nanning = by_body(articles, "南宁")
    assert nanning.title == "南宁高新区：开年生产忙"
    assert ("heading", "对接会请来企业家") in [(b.type, b.text) for b in nanning.blocks]
    assert by_body(articles, "长沙").title == "长沙高新区智能制造 按下快进键"


def test_a_lone_headline_over_a_lead_naming_another_park_still_ends_an_article():
    articles = parse("南宁高新区：开年生产忙", *NANNING, "智能制造按下快进键", *CHANGSHA)
    assert len(articles) == 2
    assert "长沙" not in by_body(articles, "南宁").body_text


NARROWER_SECTION = "请科研人员讲技术、请企业家讲需求，一批合作项目已经落地，双方合作开发的产品已实现量产。"
LAST_SECTION = "园区为科研人员创业提供从概念验证、中试熟化到融资上市的全链条服务，已孵化企业140余家。"


@pytest.mark.parametrize(
    ("lead_width", "section", "parted"),
    [
        (17, "园区每月举办一次对接会，" + NARROWER_SECTION, False),
        (17, "长沙高新区举办对接会，长沙高新区" + NARROWER_SECTION, True),  # another park's story
    ],
)
def test_a_subheading_where_the_column_narrows_goes_on_with_its_feature(lead_width, section, parted):
    """A feature's lines are set a little narrower under its subheadings (their lost indents, a
    line pushed on): a section naming no park, under one of several subheadings, is still the
    feature's. A story set in another column under its own title names its park."""
    lead = column(
        "新年伊始，南宁高新区的生产车间里一派繁忙景象，多条生产线满负荷运转，订单已经排到了"
        "三个月以后。南宁高新区经济发展局负责人介绍，园区去年新增规上工业企业三十余家。",
        "南宁高新区还设立了产业基金，支持企业开展新技术研发和设备更新，帮助企业扩大生产规模。",
        width=lead_width,
    )
    sections = (*column(section, width=15), "服务链条不断延伸", *column(LAST_SECTION, width=15))
    articles = parse("南宁高新区：开年生产忙", *lead, "对接会请来企业家", *sections)
    assert len(articles) == (2 if parted else 1)


@pytest.mark.parametrize(
    "lines, roles",
    [
        # a title broken at its middle, its lines as long as each other to a character
        (["园区走笔", "老电影城里长出", "数字影视新产业"], ("园区走笔", "老电影城里长出数字影视新产业")),
        (["特钢企业如何", "走好“专精”路"], ("", "特钢企业如何走好“专精”路")),
        # a kicker set as long as its title: a whole phrase, a series' name, a column's name
        (["无人机配送进园区", "标准走在产品前面"], ("无人机配送进园区", "标准走在产品前面")),
        (["湖南高新区巡礼", "电动游艇下水试航"], ("湖南高新区巡礼", "电动游艇下水试航")),
        (["走进长沙高新区", "流水线上机器人忙"], ("走进长沙高新区", "流水线上机器人忙")),
        (["园区观察", "企业算好账"], ("园区观察", "企业算好账")),
        # a kicker shorter than its title by more than a character
        (["园区走笔", "老电影城里长出"], ("园区走笔", "老电影城里长出")),
    ],
)
def test_a_title_broken_at_its_middle_is_one_title(lines, roles):
    """A title too long for its measure is broken near its middle, two lines alike in length: a
    kicker is set shorter than its title; the halves run on with no space between."""
    from digest.parse.article import _headline_roles

    group = [Item(HEADLINE, [Line(k, text)], text) for k, text in enumerate(lines, 1)]
    assert _headline_roles(group)[:2] == roles


@pytest.mark.parametrize(
    "head, titled",
    [
        (("合肥高新区集成电路产业再扩容", "记者 张三"), True),  # its title repeated, then its byline
        # a headline over the jump line alone may be another story's, printed in a cluster of them
        (("合肥高新区集成电路产业再扩容",), False),
        ((), False),  # a nameless tail: its headline is on the other page
    ],
)
@pytest.mark.parametrize("jump", ["（接第3版）", "（上接第3版）", "◀续第3版"])
def test_a_part_continued_under_its_own_headline_has_its_title_here(head, titled, jump):
    """A story's part continued from another page printed under its title and byline over its
    jump line is no nameless tail: its title is here, and so is its park's name."""
    part = column("园区企业纷纷表示，合肥高新区的政策支持力度大、服务效率高，对未来发展充满信心。")
    items = layout(RawPage("t.txt", raw_page(*head, jump, *part)))
    segments, _ = cut_flow(items)
    assert ("furniture", jump) in [(item.kind, item.text) for item in items]
    assert segments[0].continued is not titled
    if titled:
        assert parse(*head, jump, *part, *XIAN, XIAN_TITLE_SHORT)[0].title == head[0]


@pytest.mark.parametrize(
    "kicker, title",
    [
        ("高质量发展调研行", "智造新城拔节生长"),
        ("长江经济带采访行", "老码头的新航线"),
    ],
)
def test_a_reporters_tour_run_as_a_series_is_the_kicker_however_wide(kicker, title):
    """Reporters sent round the parks report under the tour's name ("…调研行", "…采访行"): a
    series' name, the kicker over each report's title, as wide as that title or wider."""
    article = parse(*NANNING, "南宁高新区：开年生产忙", (kicker, title), *CHANGSHA)[-1]
    assert (article.kicker, article.title) == (kicker, title)


@pytest.mark.parametrize("title", ["科技特派员与企业同行", "园区零碳实验室先行"])
def test_a_title_ending_on_going_names_no_tour(title):
    """A title may end on going ahead or along ("…先行", "…同行"): no tour's name."""
    article = parse(*NANNING, "南宁高新区：开年生产忙", title, *CHANGSHA)[-1]
    assert (article.kicker, article.title) == ("", title)


@pytest.mark.parametrize(
    "lines, roles",
    [
        # a park and a quoted name, no deed: the line as long under it goes on with the title
        (
            ["桂林高新区“数字山水”", "平台服务游客超百万人次"],
            ("", "桂林高新区“数字山水”平台服务游客超百万人次", ""),
        ),
        (
            ["合肥高新区“量子大街”", "园区企业营收增长三成"],
            ("", "合肥高新区“量子大街”园区企业营收增长三成", ""),
        ),
        # a quoted deed closes a title whole; a line naming a place of its own, opening on no
        # thing, saying no deed or far shorter, is a subtitle
        (["合肥高新区“加速跑”", "企业营收三年增长三成"], ("", "合肥高新区“加速跑”", "企业营收三年增长三成")),
        (["桂林高新区“数字山水”", "平台落户象山区两年"], ("", "桂林高新区“数字山水”", "平台落户象山区两年")),
        (["桂林高新区“数字山水”", "游客超过一百万人次"], ("", "桂林高新区“数字山水”", "游客超过一百万人次")),
        (["桂林高新区“数字山水”", "平台游客一百万人次"], ("", "桂林高新区“数字山水”", "平台游客一百万人次")),
        (["桂林高新区“数字山水”", "平台上线"], ("", "桂林高新区“数字山水”", "平台上线")),
    ],
)
def test_a_parks_quoted_name_broken_from_its_thing_runs_on(lines, roles):
    """A measure may break a title right after a quoted name its thing follows: a park and a
    name alone say nothing, so a line as long under it that opens on the thing and says what
    it did is the title's rest."""
    from digest.parse.article import _headline_roles

    group = [Item(HEADLINE, [Line(k, text)], text) for k, text in enumerate(lines, 1)]
    assert _headline_roles(group) == roles


@pytest.mark.parametrize(
    "lines, title",
    [
        # a title broken at its middle inside the name of its subject's thing runs on
        (("南通高新区船舶", "数字孪生平台上线"), "南通高新区船舶数字孪生平台上线"),
        (("三明高新区竹纤维", "复合材料实现量产"), "三明高新区竹纤维复合材料实现量产"),
        # broken before its verb, or after a deed, or into two parts of unequal length: two phrases
        (("长沙高新区陶瓷产线", "迎来新型机器人"), "长沙高新区陶瓷产线 迎来新型机器人"),
        (("淮安高新区多措并举", "推动化工企业绿色转型"), "淮安高新区多措并举 推动化工企业绿色转型"),
        (("许昌高新区发制品企业", "直播带货出海"), "许昌高新区发制品企业 直播带货出海"),
        # a word of one character cut off tells no thing's name
        (("长沙高新区极寒", "机器人走出实验室"), "长沙高新区极寒 机器人走出实验室"),
    ],
)
def test_a_title_broken_evenly_inside_its_subjects_name_runs_on(lines, title):
    article = parse(*NANNING, "南宁高新区：开年生产忙", lines, *CHANGSHA)[-1]
    assert (article.kicker, article.title) == ("", title)


_TWIN_ABOVE = (
    "2022年2月4日 星期四\u3000创新园区\u3000第3版",
    "长沙高新区智能制造提速",
    "  走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。",
    "  长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业实现数字化转型。",
    "  园区去年新增规上工业企业三十余家，工业总产值稳步增长，订单已经排到了三个月以后。",
    "  今年园区还将新建标准厂房二十万平方米，为企业扩产提供空间。",
    "记者 崔美善 特约通讯员 甯志远",
)
_TWIN_BELOW = (
    "  近日，南通高新区船舶与海工装备数字孪生平台上线运行，可对分段建造等环节进行三维仿真和进度管控。",
    "  试运行期间，一家船厂借助平台提前发现管系与结构干涉问题160余处，分段返工率下降了四成。",
    "  据了解，平台将以订阅方式向园区中小配套企业开放，南通高新区对首年使用费用给予50%补贴。",
    "  园区有关负责人表示，下一步将推动更多船舶配套企业上平台。",
)


@pytest.mark.parametrize(
    "upper, lower, title",
    [
        ("南通高新区船舶", "数字孪生平台上线", "南通高新区船舶数字孪生平台上线"),
        ("本溪高新区中药配", "方颗粒生产线获批", "本溪高新区中药配方颗粒生产线获批"),
        # a whole title over a paragraph's first line, its indent lost: the line is text
        ("南通高新区数字孪生平台上线", "近日投入试运行，", "南通高新区数字孪生平台上线"),
    ],
)
def test_a_title_broken_at_its_middle_read_as_text_is_the_title_whole(upper, lower, title):
    """Single spaced, a title's two lines read as a paragraph's: the upper one is taken for
    the title, and the lower, closing no sentence and as long as it to a character, with it."""
    text = "\n".join([*_TWIN_ABOVE, upper, lower, *_TWIN_BELOW]) + "\n"
    article = parse_page(RawPage("t.txt", text)).articles[-1]
    assert article.title == title


def test_a_title_broken_over_the_only_text_line_leaves_that_line_text():
    """Two lines and no headline: the upper taken for the title, the lower stays the text
    (taken as the title's lower half, the article would have no text and be lost)."""
    seg = Segment(
        [
            Item(BODY, [Line(n, text)], text, title_like=n == 1)
            for n, text in enumerate(("南通高新区船舶", "数字孪生平台上线"), 1)
        ]
    )
    promote_missed_title(seg)
    assert [part.text for part in seg.parts] == ["数字孪生平台上线"]


@pytest.mark.parametrize(
    "above, under, broken",
    [
        # a thing's name broken between its words, the upper half no deed: one title
        ("人参精深加工", "车间开足马力", True),
        ("南通高新区船舶", "数字孪生平台上线", True),
        ("老电影城里长出", "数字影视新产业", True),  # a verb waiting for its object
        # a kicker ending on no thing, or doing something, is a phrase of its own
        ("科技金融面对面", "企业融资有了新渠道", False),
        ("无人机配送进园区", "标准走在产品前面", False),
        ("长沙高新区极寒", "机器人走出实验室", False),  # a word of one character tells nothing
        ("人参精深加工", "车间开足马力生产忙到深夜", False),  # no middle
        # a park's name runs on across the break: no line of a deck ends inside a name
        ("低空经济，珠海", "高新区怎么“飞”", True),
        ("聚焦珠海高新区", "低空经济怎么“飞”", False),  # the name whole on its line
    ],
)
def test_a_title_broken_evenly_inside_a_things_name_is_one_title(above, under, broken):
    assert broken_at_middle(above, under) is broken


@pytest.mark.parametrize(
    "lines, roles",
    [
        (
            ["引题：稀土产业链延伸", "主标题：长沙高新区永磁电机产业园开工", "副题：总投资26亿元"],
            ("稀土产业链延伸", "长沙高新区永磁电机产业园开工", "总投资26亿元"),
        ),
        # the field tells the role, not the width: a long kicker over a short title
        (
            ["肩题：长沙高新区出台十条措施支持企业上云", "正题：上云有补贴"],
            ("长沙高新区出台十条措施支持企业上云", "上云有补贴", ""),
        ),
        # two fields written on one line, a half-width colon, a box's last words before the first
        (
            ["数说 主标题: 疫苗智能冷库投入运行 副标题：访长沙高新区负责人"],
            ("", "疫苗智能冷库投入运行", "访长沙高新区负责人"),
        ),
        # a field labelled again opens the next deck: the one over the text is the article's
        (
            ["主标题：上一篇的标题", "引题：乳业链条再延伸", "主标题：长沙高新区乳糖酶生产线试产"],
            ("乳业链条再延伸", "长沙高新区乳糖酶生产线试产", ""),
        ),
    ],
)
def test_a_deck_labelled_by_its_fields_takes_their_roles(lines, roles):
    """A content-management system prints each part of the deck after its field's label: the
    label is no word of the headline, and the field says which part it is."""
    from digest.parse.article import _headline_roles

    group = Item(HEADLINE, [Line(k, line) for k, line in enumerate(lines, 1)], "\n".join(lines))
    assert _headline_roles([group]) == roles


@pytest.mark.parametrize(
    "lines, title",
    [
        # a subject and its colon: no field's label ("难题", "主题" name no field of a deck)
        (["破解融资难题：长沙高新区设立风险池"], "破解融资难题：长沙高新区设立风险池"),
        (["活动主题：科技创新"], "活动主题：科技创新"),
    ],
)
def test_a_subject_and_its_colon_labels_no_field(lines, title):
    from digest.parse.article import _headline_roles

    group = Item(HEADLINE, [Line(k, line) for k, line in enumerate(lines, 1)], "\n".join(lines))
    assert _headline_roles([group])[1] == title


@pytest.mark.parametrize(
    "lines, roles",
    [
        # kicker｜title and title｜subtitle: the bar parts them as stacked lines are parted
        (
            ["智慧园区建设观察｜长沙高新区化工园区装上“安全大脑”"],
            ("智慧园区建设观察", "长沙高新区化工园区装上“安全大脑”", ""),
        ),
        (
            ["彩灯插上数字翅膀｜访长沙高新区一家灯组企业负责人"],
            ("", "彩灯插上数字翅膀", "访长沙高新区一家灯组企业负责人"),
        ),
        # an ASCII bar with spaces, and the stroke web editors type
        (
            ["长沙高新区出台十条措施 | 物联网企业“上云用数”有补贴"],
            ("长沙高新区出台十条措施", "物联网企业“上云用数”有补贴", ""),
        ),
        (
            ["稀土产业链延伸丨长沙高新区永磁电机产业园开工丨总投资26亿元"],
            ("稀土产业链延伸", "长沙高新区永磁电机产业园开工", "总投资26亿元"),
        ),
    ],
)
def test_a_deck_joined_by_bars_is_parted_at_them(lines, roles):
    """A system may print a deck on one line, its parts joined by a bar: the bar is no word of
    the headline, and no title runs on across it."""
    from digest.parse.article import _headline_roles

    group = Item(HEADLINE, [Line(k, line) for k, line in enumerate(lines, 1)], "\n".join(lines))
    assert _headline_roles([group]) == roles


@pytest.mark.parametrize(
    "lines, title",
    [
        (
            ["长沙高新区轨道交通装备出口创新高", "来源：科技周报　作者：王明　发布时间：2024-06-04"],
            "长沙高新区轨道交通装备出口创新高",
        ),
        (["长沙高新区芯粒设计联盟揭牌", "责任编辑：王明 美编：李华"], "长沙高新区芯粒设计联盟揭牌"),
        # one colon: a subject and what of it, a title still, under its kicker
        (["芯片产业观察", "长沙高新区：芯粒设计联盟揭牌"], "长沙高新区：芯粒设计联盟揭牌"),
    ],
)
def test_a_line_of_labels_by_the_deck_is_no_title(lines, title):
    """A line of labels and their values set by the deck (the system's source, author and date;
    the page's editors) is furniture, however wide: never the title."""
    from digest.parse.article import _headline_roles

    group = Item(HEADLINE, [Line(k, line) for k, line in enumerate(lines, 1)], "\n".join(lines))
    assert _headline_roles([group])[1] == title


@pytest.mark.parametrize(
    "blocks, roles",
    [
        (
            [["数说"], ["●总投资26亿元", "●投产后预计年产值超过50亿元"], ["长沙高新区永磁电机产业园开工"]],
            ("", "长沙高新区永磁电机产业园开工", ""),
        ),
        # the box written on one line, over a kicker and title
        (
            [["数读●总投资26亿元●年产值超过50亿元"], ["稀土产业链延伸"], ["长沙高新区永磁电机产业园开工"]],
            ("稀土产业链延伸", "长沙高新区永磁电机产业园开工", ""),
        ),
        # a box and nothing else: no title
        ([["数说"], ["●总投资26亿元"]], ("", "", "")),
        # a title that opens on the words: no box
        ([["数说长沙高新区这十年"]], ("", "数说长沙高新区这十年", "")),
    ],
)
def test_a_box_of_facts_over_the_story_is_no_part_of_its_deck(blocks, roles):
    """A box of facts in figures ("数说" over bulleted rows) printed over a story is read into its
    headline group: its label and rows are no kicker, title or subtitle."""
    from digest.parse.article import _headline_roles

    number = itertools.count(1)
    group = [
        Item(HEADLINE, [Line(next(number), line) for line in block], "\n".join(block)) for block in blocks
    ]
    assert _headline_roles(group) == roles


@pytest.mark.parametrize(
    "blocks, roles",
    [
        # a park's bare name over a title whole in two phrases: its kicker
        (
            [["长沙高新区"], ["五方面发力 支持轴承产业攻关"]],
            ("长沙高新区", "五方面发力 支持轴承产业攻关", ""),
        ),
        # over a title of one phrase it is the title's subject, set apart
        ([["长沙高新区"], ["五方面发力支持轴承产业攻关"]], ("", "长沙高新区 五方面发力支持轴承产业攻关", "")),
        # a park and what it did over the rest of its title: the title's first part still
        (
            [["长沙高新区多措并举"], ["推动化工企业绿色转型"]],
            ("", "长沙高新区多措并举 推动化工企业绿色转型", ""),
        ),
    ],
)
def test_a_parks_bare_name_over_a_whole_title_is_its_kicker(blocks, roles):
    from digest.parse.article import _headline_roles

    number = itertools.count(1, 2)
    group = [
        Item(HEADLINE, [Line(next(number), line) for line in block], "\n".join(block)) for block in blocks
    ]
    assert _headline_roles(group) == roles


@pytest.mark.parametrize(
    ("printed", "heading", "marks"),
    [
        ("**数字化转型**", "数字化转型", ["**", "**"]),
        ("〖数字化转型〗", "数字化转型", ["〖", "〗"]),
        ("〖 记者手记 〗", "记者手记", ["〖", "〗"]),
        ("**编后**", "编后", ["**", "**"]),
        ("［瞄准半导体材料］", "瞄准半导体材料", ["［", "］"]),
    ],
)
def test_the_marks_wrapping_a_subheading_on_its_own_line_are_decoration_not_heading(printed, heading, marks):
    """A CMS's bold written back as Markdown stars, white lenticular brackets, or an e-paper's
    full-width square brackets set a heading off as its type does: the words inside are the
    heading, the marks the page's decoration."""
    body = column("走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。")
    more = column("长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业数字化转型。")
    page = parse_page(RawPage("t.txt", raw_page("长沙高新区：智能制造提速", *body, printed, *more)))
    assert ("heading", heading) in [(b.type, b.text) for b in page.articles[0].blocks]
    assert all(page.furniture.count(mark) >= marks.count(mark) for mark in marks)


@pytest.mark.parametrize(
    "printed", ["**数字化转型〗", "〖数字化转型**", "**数字化**转型", "［数字化转型〗", "［数字化］转型"]
)
def test_marks_that_do_not_wrap_a_subheading_whole_stay_with_it(printed):
    """Marks unpaired, or closing before the heading's end, wrap nothing."""
    body = column("走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。")
    more = column("长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业数字化转型。")
    page = parse_page(RawPage("t.txt", raw_page("长沙高新区：智能制造提速", *body, printed, *more)))
    assert printed in [b.text for b in page.articles[0].blocks]


def test_two_subheadings_wrapped_one_under_the_other_are_two_headings():
    """A section's heading and a coda's label under it, each wrapped whole, are two headings."""
    body = column("走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。")
    more = column("长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业数字化转型。")
    page = parse_page(
        RawPage("t.txt", raw_page("长沙高新区：智能制造提速", *body, ("〖链条越拉越长〗", "〖编后〗"), *more))
    )
    headings = [b.text for b in page.articles[0].blocks if b.type == "heading"]
    assert headings == ["链条越拉越长", "编后"]


# An interview as a reflowing reader writes it: each paragraph on one line, every line closing
# a sentence, so that no line measures the column
REFLOWED_TURNS = (
    "记者：陶瓷膜是什么，主要用在哪里？",
    "笪振东：简单说，它是一种用陶瓷做成的“筛子”，耐高温、耐腐蚀，能把液体中的细小颗粒分离出来。",
    "记者：企业发展中最难的是什么？",
    "笪振东：最难的是从实验室样品到稳定量产，我们和园区的中试基地合作，花了两年时间把合格率提高到九成以上。",
)


@pytest.mark.parametrize("spacing", ["single", "blank"])
def test_each_line_of_a_reflowed_text_is_a_paragraph_of_its_own(spacing):
    """Where no line runs on to the next, the extractor wrote each paragraph on a line: a line as
    wide as the column it would be measured against, had there been one, ends its paragraph."""
    lines = ("“一张膜要做到世界前列”", *REFLOWED_TURNS)
    text = "\n".join(lines) + "\n" if spacing == "single" else raw_page(*lines)
    article = parse_page(RawPage("t.txt", text)).articles[0]
    assert [b.text for b in article.blocks] == list(REFLOWED_TURNS)


def test_a_column_whose_lines_run_on_is_measured_still():
    """A column's lines that run on measure it: a full line closing a sentence over a full line
    goes on in the same paragraph."""
    body = column("园区现有医药企业四百余家，规上企业一百二十家。去年产值突破五百亿元，同比增长一成。")
    article = parse("泰州医药高新区健康医药产业规模扩大", *body)[0]
    assert len(article.blocks) == 1


@pytest.mark.parametrize(
    "lines, roles",
    [
        (
            ["三问", "“冰雪装备也能走高端路线”", "访哈尔滨高新区一家冰雪装备企业负责人敖其尔"],
            ("三问", "“冰雪装备也能走高端路线”", "访哈尔滨高新区一家冰雪装备企业负责人敖其尔"),
        ),
        (["快问快答", "“园区要做企业的店小二”"], ("快问快答", "“园区要做企业的店小二”", "")),
        # a word that opens a title whose quotation does not close it runs on
        (["瓷都", "“飞”出新高度"], ("", "瓷都“飞”出新高度", "")),
        # a title's words broken before its quotation, the measure full: the line leads into it
        (
            ["哈尔滨高新区企业负责人喊出", "“冰雪装备走高端路线”"],
            ("", "哈尔滨高新区企业负责人喊出“冰雪装备走高端路线”", ""),
        ),
    ],
)
def test_a_phrase_over_a_title_quoted_whole_is_no_part_of_it(lines, roles):
    """A title that is a quotation whole from mark to mark needs no word over it: a phrase there
    is a column's logo (a kicker), and the quotation alone is the title."""
    from digest.parse.article import _headline_roles

    group = Item(HEADLINE, [Line(k, line) for k, line in enumerate(lines, 1)], "\n".join(lines))
    assert _headline_roles([group]) == roles


@pytest.mark.parametrize(
    "lines, roles",
    [
        (["读者热线", "从“一台电视”到“一片屏”"], ("读者热线", "从“一台电视”到“一片屏”", "")),
        (["记者观察", "从“一台电视”到“一片屏”"], ("记者观察", "从“一台电视”到“一片屏”", "")),
        # a phrase of the title's own that the line under goes on from
        (["知识产权保护", "从“事后维权”到“事前预防”"], ("", "知识产权保护 从“事后维权”到“事前预防”", "")),
        (["记者走进园区", "从“事后维权”到“事前预防”"], ("", "记者走进园区 从“事后维权”到“事前预防”", "")),
    ],
)
def test_a_column_named_for_whom_it_is_over_a_title_is_its_kicker(lines, roles):
    """ "读者热线", "记者观察": a column's logo names who writes it or whom it serves, a role
    and what they do, and is never a title's first words, whatever the title opens on."""
    from digest.parse.article import _headline_roles

    group = Item(HEADLINE, [Line(k, line) for k, line in enumerate(lines, 1)], "\n".join(lines))
    assert _headline_roles([group]) == roles


@pytest.mark.parametrize("note", ["（数据来源：长沙高新区管委会）", "注：文中企业数据均为规模以上统计口径。"])
@pytest.mark.parametrize("names", ["own_line", "run_on"])
def test_a_note_on_the_figures_under_the_closing_names_stays_with_its_story(note, names):
    """A note on where a story's figures came from, set under its last paragraph and the writer's
    name closing it, is the story's own last paragraph: no story of its own, no headline."""
    closing = (*CHANGSHA, "王明") if names == "own_line" else (*CHANGSHA[:-1], CHANGSHA[-1] + " 王明")
    articles = parse("长沙高新区智能制造提速", *closing, note, "合肥高新区集成电路大会开幕", *HEFEI)
    assert [article.title for article in articles] == ["长沙高新区智能制造提速", "合肥高新区集成电路大会开幕"]
    assert articles[0].blocks[-1].text == note


@pytest.mark.parametrize("writer", ["次仁卓玛", "岩温", "王明"])
def test_names_closing_a_story_over_a_note_broken_over_two_lines_are_its_writers(writer):
    """A name of any people, no listed surname opening it (次仁卓玛, 岩温), run on after the
    story's last sentence, is its writer though a note on the figures follows under it: the
    note closes the text as well, and its second line is the note's, no story of its own."""
    closing = (*CHANGSHA[:-1], CHANGSHA[-1] + " " + writer)
    note = ("注：文中企业数据均为规模以上企", "业统计口径。")
    articles = parse("长沙高新区智能制造提速", *closing, *note, "合肥高新区集成电路大会开幕", *HEFEI)
    assert [article.title for article in articles] == ["长沙高新区智能制造提速", "合肥高新区集成电路大会开幕"]
    assert [author.name for author in articles[0].authors] == [writer]
    assert articles[0].blocks[-1].text == "".join(note)


@pytest.mark.parametrize(
    "note", [("（数据来源：长沙高新区", "管委会）"), ("注：文中企业数据均为规模以", "上统计口径。")]
)
@pytest.mark.parametrize("headline", ["before", "after_first_paragraph"])
def test_a_note_on_the_figures_broken_over_column_lines_stays_whole_with_its_story(note, headline):
    """The note under a story's closing names, broken over two column lines: the line closing it
    goes on with it, whether the next story's headline comes next or its text (a reader in
    content-stream order writes a headline after its first paragraph)."""
    first, rest = column(HEFEI_LEAD), column(HEFEI_REST)
    late = [*first, "合肥高新区集成电路大会开幕", *rest]
    nxt = ["合肥高新区集成电路大会开幕", *first, *rest] if headline == "before" else late
    articles = parse("长沙高新区智能制造提速", *CHANGSHA[:-1], CHANGSHA[-1] + " 王明", *note, *nxt)
    assert articles[0].title == "长沙高新区智能制造提速"
    assert articles[0].blocks[-1].text == "".join(note)
    assert all(block.text != note[1] for article in articles for block in article.blocks)


def test_a_closed_note_takes_no_line_of_the_text_under_it():
    """A note closed on its line: the next story's first line, under it, is no part of it."""
    closing = (*CHANGSHA[:-1], CHANGSHA[-1] + " 王明", "（数据来源：长沙高新区管委会）")
    articles = parse("长沙高新区智能制造提速", *closing, *column(HEFEI_LEAD), "合肥高新区集成电路大会开幕")
    assert articles[0].blocks[-1].text == "（数据来源：长沙高新区管委会）"


@pytest.mark.parametrize("reflowed", [False, True])
def test_a_note_on_the_figures_under_the_last_paragraph_is_no_headline(reflowed):
    """A note on where the figures came from, set apart under a story's last sentence and read as a
    headline for its short line (no writer's name closing the story above it): the story's own."""
    body = ["".join(CHANGSHA)] if reflowed else CHANGSHA
    note = "（数据来源：长沙高新区管委会）"
    articles = parse("长沙高新区智能制造提速", *body, note, "合肥高新区集成电路大会开幕", *HEFEI)
    assert [article.title for article in articles] == ["长沙高新区智能制造提速", "合肥高新区集成电路大会开幕"]
    assert articles[0].blocks[-1].text == note


HEFEI_LEAD = "近日，合肥高新区举行集成电路产业发展大会，签约项目二十余个，总投资超过三百亿元。"
HEFEI_REST = "合肥高新区管委会负责人表示，园区将继续围绕芯片设计、制造和封装测试补链强链，打造产业集群。"


def _set_in(text: str, measure: int = 18) -> list[str]:
    """A paragraph's lines as an extractor writes them with no indent and no blank between."""
    return [text[k : k + measure] for k in range(0, len(text), measure)]


@pytest.mark.parametrize("note", ["（数据来源：长沙高新区管委会）", "（资料来源：长沙高新区统计局）"])
def test_a_note_on_the_figures_closes_its_story_over_the_next_title(note):
    """A note in brackets on where the figures came from closes no sentence, yet closes its story:
    the next story's title printed first under it is no line of its text, the note no title."""
    first = _set_in("近日，长沙高新区智能制造产业园新引进机器人项目12个，总投资超过40亿元。")
    second = _set_in("今年以来，合肥高新区集成电路产业新签约项目19个，总投资额142亿元。")
    lines = ["长沙高新区机器人产业加速集聚", "园区观察", "记者 王明 报道", *first, note]
    lines += ["合肥高新区集成电路产业加速补链", "连载｜创新高地行（二）", "记者 李华 报道", *second]
    articles = parse_page(RawPage("t.txt", "\n".join(lines) + "\n")).articles
    assert [(article.kicker, article.title) for article in articles] == [
        ("园区观察", "长沙高新区机器人产业加速集聚"),
        ("连载｜创新高地行（二）", "合肥高新区集成电路产业加速补链"),
    ]
    assert articles[0].blocks[-1].text == note


@pytest.mark.parametrize(
    "text, closes",
    [
        ("（数据来源：长沙高新区管委会）", True),
        ("（数据来源：长沙高新区管委会、", False),  # the note goes on in the next line
        ("（数据来源：园区管委会）近日，园区发布数据显示，", False),  # a paragraph opening on a note
        ("（长沙高新区管委会供稿）", False),  # a credit in brackets
    ],
)
def test_only_a_whole_note_on_the_figures_closes_its_story(text, closes):
    from digest.parse.marks import close_at_source_notes

    items = [Item(BODY, [Line(1, text)], text)]
    close_at_source_notes(items)
    assert items[0].ends_article == closes


@pytest.mark.parametrize(
    "line",
    [
        "（来源：长沙晚报）",  # the paper a story is reprinted from: its credit
        "注意：园区企业要加强安全生产。",
        "（数据来源：园区管委会）近日，园区发布数据显示，",  # a paragraph opening on a note
        "（数据来源：园区管委会\n合肥高新区集成电路大会开幕",  # an unclosed note is one column line
    ],
)
def test_a_line_that_is_no_note_on_the_figures_opens_no_note(line):
    assert not closes_with_note(line)


@pytest.mark.parametrize(
    "lines, roles",
    [
        # a series' instalment read after its title: circled, told, bracketed after the serial's word
        (
            ["长沙高新区电池回收项目投产", "走进国家高新区④"],
            ("走进国家高新区④", "长沙高新区电池回收项目投产", ""),
        ),
        (
            ["长沙高新区电池回收项目投产", "高质量发展看园区·系列报道之一"],
            ("高质量发展看园区·系列报道之一", "长沙高新区电池回收项目投产", ""),
        ),
        (
            ["长沙高新区电池回收项目投产", "连载｜创新高地行（六）"],
            ("连载｜创新高地行（六）", "长沙高新区电池回收项目投产", ""),
        ),
        # a column's name read after its title, and a subtitle between them
        (["长沙高新区电池回收项目投产", "园区观察"], ("园区观察", "长沙高新区电池回收项目投产", "")),
        (
            ["长沙高新区电池回收项目投产", "——园区推动循环经济见闻", "园区观察"],
            ("园区观察", "长沙高新区电池回收项目投产", "——园区推动循环经济见闻"),
        ),
        # over its title as printed, the same
        (
            ["走进国家高新区④", "长沙高新区电池回收项目投产"],
            ("走进国家高新区④", "长沙高新区电池回收项目投产", ""),
        ),
        # a micro-commentary's genre over its title, as a 短评's
        (["微评", "开放应用场景是最好的“招商广告”"], ("微评", "开放应用场景是最好的“招商广告”", "")),
        # a campaign's name in quotes over its title: quoted words, but the series' label
        (
            ["“高质量发展看园区”系列报道之三", "长沙高新区电池回收项目投产"],
            ("“高质量发展看园区”系列报道之三", "长沙高新区电池回收项目投产", ""),
        ),
        (
            ["“链上看变化”系列报道", "一束光点亮一条链", "——长春高新区光电产业发展纪实"],
            ("“链上看变化”系列报道", "一束光点亮一条链", "——长春高新区光电产业发展纪实"),
        ),
        # not caught: a word or two the title's line had no room for, a subtitle that ends on
        # 之三, a bar between a deck's parts
        (["园区企业主导制定两项", "国际标准"], ("", "园区企业主导制定两项国际标准", "")),
        (
            ["长沙高新区电池回收项目投产", "年回收量占全省之三成"],
            ("", "长沙高新区电池回收项目投产 年回收量占全省之三成", ""),
        ),
        (["产业链观察｜长沙高新区电池回收项目投产"], ("产业链观察", "长沙高新区电池回收项目投产", "")),
    ],
)
def test_a_series_or_column_label_in_the_deck_is_its_kicker(lines, roles):
    """An extractor may read a deck's label (a series' instalment, a column's name) after its
    title: it is the kicker wherever it is written, and its bar after the serial's word is its own."""
    from digest.parse.article import _headline_roles

    group = Item(HEADLINE, [Line(k, line) for k, line in enumerate(lines, 1)], "\n".join(lines))
    assert _headline_roles([group]) == roles


@pytest.mark.parametrize(
    "text, label",
    [
        ("走进国家高新区④", True),
        ("创新高地行·系列报道之二", True),
        ("连载｜走进国家高新区（八）", True),
        ("园区访谈", True),
        ("短评", True),
        ("园区十大工程之三", False),  # no series told
        ("共建成重点实验室②号楼", False),
        ("长沙高新区出台十条措施支持园区企业观察", False),  # too long for a column's name
        ("（一）", False),
        ("微评", False),  # alone it may head a one-sentence box: a genre only within a deck
        ("“高质量发展看园区”系列报道之三", True),  # a campaign's name in quotes, numbered
        ("“链上看变化”系列报道", True),  # or not
        ("“营商环境”系列评论之二", True),
        ("本报推出“链上看变化”系列报道", False),  # a sentence telling of the series
        ("“园区造”系列产品", False),  # products, no series of articles
        ("“链上看变化”系列报道 一束光点亮一条链", False),  # the title written on with it
    ],
)
def test_deck_label(text, label):
    from digest.parse.items import deck_label

    assert deck_label(text) is label


def test_a_title_broken_into_short_halves_is_no_kicker_over_a_wider_subtitle():
    """Two short lines, the upper left open on 的, are a title broken at its middle, not a column's
    name over the wide line under them; a column's name read after them is the kicker."""
    from digest.parse.article import _headline_roles

    texts = ["一颗光芯片的", "“出村”之路", "东湖高新区打通光子集成从实验室到产线的链条\n光谷观察"]
    group = [Item(HEADLINE, [Line(2 * k, text)], text) for k, text in enumerate(texts, 1)]
    assert _headline_roles(group) == (
        "光谷观察",
        "一颗光芯片的“出村”之路",
        "东湖高新区打通光子集成从实验室到产线的链条",
    )


@pytest.mark.parametrize(
    "lines, heading",
    [
        (["储能产业为何在江门集聚", "走进国家高新区④", "◥ 区位：紧邻大湾区市场"], "◥ 区位：紧邻大湾区市场"),
        (["松山湖畔的“硬科技”创业者", "◎一张桌子起步"], "◎一张桌子起步"),
        (["储能产业为何在江门集聚", "● 区位：紧邻大湾区市场"], "● 区位：紧邻大湾区市场"),
        # not caught: a box of figures' rows under its label, a list's marked lines, a deck alone
        (["数说", "●总投资26亿元"], ""),
        (["储能产业为何在江门集聚", "● 区位：紧邻大湾区市场", "● 土地：大项目有空间"], ""),
        (["储能产业为何在江门集聚", "走进国家高新区④"], ""),
        # nor a byline marked by a bullet, nor a square under a headline (a brief's title)
        (["储能产业为何在江门集聚", "● 本报记者"], ""),
        (["储能产业为何在江门集聚", "■私募基金创新园区建设提速"], ""),
    ],
)
def test_a_subheading_read_into_the_deck_opens_the_text(lines, heading):
    """A story's first subheading printed straight under its deck is read into the deck's block:
    its last line, opened by a subheading's ornament, the only one so marked."""
    from digest.parse.article import _first_subheading_apart

    group = Item(HEADLINE, [Line(k, line) for k, line in enumerate(lines, 1)], "\n".join(lines))
    deck, found = _first_subheading_apart([group])
    assert found == heading
    assert deck[0].text == "\n".join(lines[:-1] if heading else lines)


QUANTUM = column(
    "近年来，合肥高新区围绕量子计算、量子通信和量子精密测量三条赛道布局产业，集聚量子企业60余家。",
    "今年以来，园区企业的量子重力仪、量子电流传感器等8款产品完成定型，签订销售合同金额超过3亿元。",
)
LATE_FIRST = column(
    "日前，泉州高新区联合5家鞋服龙头企业和2所高校组建鞋服新材料联合实验室，聚焦生物基发泡材料和再生纤维开展攻关。"
)
LATE_REST = column(
    "泉州是全国重要的鞋服生产基地。实验室实行“企业出题、高校答题”的运行机制，研发成果由参与企业优先转化使用。"
)
LATE_TITLE, LATE_BYLINE = "泉州高新区组建鞋服新材料联合实验室", "通讯员 朴成浩 报道"


@pytest.mark.parametrize("close", ["更多园区资讯请关注本报客户端“园区”频道", "（相关报道见第4版）"])
def test_text_under_the_byline_of_a_headline_read_after_the_first_paragraph_goes_on_with_it(close):
    """A reader in content-stream order writes a story's headline and byline after its first
    paragraph: the text under the byline is the same story's, though a closing line of the story
    above was handed to it as a headline."""
    lines = ["合肥高新区量子产品走出实验室", "记者 巴特尔 报道", *QUANTUM, close, *LATE_FIRST]
    page = "\n".join([*lines, LATE_TITLE, LATE_BYLINE, *LATE_REST]) + "\n"
    late = parse_page(RawPage("t.txt", page)).articles[-1]
    assert late.title == LATE_TITLE
    assert [author.name for author in late.authors] == ["朴成浩"]
    assert [block.text[:5] for block in late.blocks] == ["日前，泉州", "泉州是全国"]


def test_a_brief_headed_after_its_text_keeps_the_next_story_headed_under_its_byline():
    """A brief's headline and byline after its one paragraph, then the next story's own headline
    and byline over its text (naming no park, a commentary's): the text is that story's."""
    comment = column(
        "人才短缺是不少西部园区面临的共同难题。单靠提高补贴标准，往往拼不过东部地区。",
        "园区要在子女入学、住房和职业发展上多下功夫，让回来的人留得下。",
    )
    next_head = ["西部园区引才 不妨多打“乡情牌”", "本报评论员 巴图孟和"]
    page = [*LATE_FIRST, LATE_TITLE, LATE_BYLINE, *next_head, *comment]
    articles = parse_page(RawPage("t.txt", "\n".join(page) + "\n")).articles
    assert [article.title for article in articles] == [LATE_TITLE, "西部园区引才 不妨多打“乡情牌”"]
    assert [[author.name for author in article.authors] for article in articles] == [["朴成浩"], ["巴图孟和"]]


def test_a_story_printed_in_order_keeps_its_own_text_under_its_byline():
    """A headline over its byline and text, after another story's text: two stories."""
    lines = ["合肥高新区量子产品走出实验室", "记者 巴特尔 报道", *QUANTUM, LATE_TITLE, LATE_BYLINE]
    articles = parse_page(RawPage("t.txt", "\n".join([*lines, *LATE_FIRST, *LATE_REST]) + "\n")).articles
    assert [article.title for article in articles] == ["合肥高新区量子产品走出实验室", LATE_TITLE]
    assert articles[0].blocks[-1].text.endswith("超过3亿元。")


def test_a_brief_headed_after_its_text_keeps_apart_the_next_story_under_its_byline():
    """Some pages print a brief's headline after its one paragraph, its byline under it: the text
    below, naming another park and headed after it in turn, is the next story."""
    brief = column(
        "近日，合肥高新区一家量子科技企业的量子磁力仪在城市燃气管网巡检中投入使用，灵敏度比传统磁力仪高出两个数量级。"
    )
    page = "\n".join(
        [*brief, "合肥高新区量子磁力仪投入使用", "记者 巴特尔 报道", *LATE_FIRST, *LATE_REST, LATE_TITLE]
    )
    articles = parse_page(RawPage("t.txt", page + "\n")).articles
    assert [block.text[:5] for block in articles[0].blocks] == ["近日，合肥"]


PUTIAN_LEAD = column(
    "本报讯（记者 冼思敏）本月初，莆田高新区鞋服产业设计中心揭牌运行。",
    "中心引进设计团队14个，配备3D打样、足型扫描和材料检测设备，面向园区中小鞋企提供设计服务。",
)
PUTIAN_REST = column("“以前做一双样鞋要跑好几趟广州，现在出门走几步就能改款。”一家鞋企负责人说。")
PUTIAN_DECK = "莆田高新区鞋服设计中心揭牌"


@pytest.mark.parametrize("logo", ["数字经济", "县域经济·园区", ("基层一线", "蹲点日记")])
def test_a_deck_beside_the_first_column_under_a_column_logo_is_the_title(logo):
    """A column's logo over a story opened by its dateline is no headline of it: the deck set
    beside the first column, read after the lead, restating it, is the story's title."""
    page = raw_page(*QUANTUM, "▲扫码看更多", logo, *PUTIAN_LEAD, PUTIAN_DECK, *PUTIAN_REST)
    story = parse_page(RawPage("t.txt", page)).articles[-1]
    assert story.title == PUTIAN_DECK
    assert all(PUTIAN_DECK not in block.text for block in story.blocks)


@pytest.mark.parametrize(
    ("over", "logo"),
    [
        ("数字经济", True),
        ("县域经济·园区", True),
        ("基层一线\n蹲点日记", True),
        ("新春走基层\n回音壁·问政", True),  # a campaign's logo over a column's
        ("莆田鞋服设计中心揭牌", False),  # a short title that says what the lead says
        ("鞋企家门口有了设计师工作室", False),  # a feature's title, longer than a logo
    ],
)
def test_a_rubric_over_the_text_is_a_few_words_not_saying_the_lead(over, logo):
    from digest.parse.cut import _under_rubric

    items = [Item(HEADLINE, [Line(1, over)], over), Item(BODY, [Line(2, PUTIAN_LEAD[0])], PUTIAN_LEAD[0])]
    assert _under_rubric(items, 1, "".join(PUTIAN_LEAD)) is logo


def test_no_rubric_over_a_byline():
    from digest.parse.cut import _under_rubric

    byline = "本报记者 冼思敏"
    items = [Item(BYLINE, [Line(1, byline)], byline), Item(BODY, [Line(2, PUTIAN_LEAD[0])], PUTIAN_LEAD[0])]
    assert not _under_rubric(items, 1, "".join(PUTIAN_LEAD))


LONGYAN_LEAD = column(
    "日前，龙岩高新区一家工程机械企业研发的30吨级电动挖掘机在试验场完成交付前测试。首批40台将发往福建、广东的矿山和港口。"
)
LONGYAN_REST = column(
    "近年来，龙岩高新区工程机械产业加快电动化转型，园区配套建设的换电站已在3个矿区投入使用。"
)


@pytest.mark.parametrize("note", ["▲扫码看更多", "（相关报道见第11版）", "扫码看视频"])
@pytest.mark.parametrize("editors", [(), ("编辑：仉建华　审核：訾宏",)])
def test_a_lead_under_a_page_note_past_the_editors_line_opens_the_next_story(note, editors):
    """A read-on prompt or a cross-reference under a story closes it, though its editors' line
    stands between: the lead read under them, before its deck, is the next story's."""
    page = raw_page(
        "合肥高新区量子产品走出实验室",
        "记者 巴特尔 报道",
        *QUANTUM,
        *editors,
        note,
        "县域经济·园区",
        *LONGYAN_LEAD,
        "新型电动挖掘机下线",
        "本报通讯员 黎海燕",
        *LONGYAN_REST,
    )
    first, story = parse_page(RawPage("t.txt", page)).articles[-2:]
    assert first.blocks[-1].text.endswith("超过3亿元。")
    assert [block.text[:5] for block in story.blocks] == ["日前，龙岩", "近年来，龙"]


def test_a_sentence_running_on_past_a_page_note_stays_with_its_story():
    """The text above the note breaks off mid-sentence: the story goes on under the note."""
    page = raw_page(
        "合肥高新区量子产品走出实验室",
        "记者 巴特尔 报道",
        "近年来，合肥高新区围绕量子计算、量子通信和",
        "编辑：仉建华　审核：訾宏",
        "▲扫码看更多",
        "量子精密测量三条赛道布局产业，集聚量子企业60余家。",
    )
    story = parse_page(RawPage("t.txt", page)).articles[0]
    assert story.blocks[-1].text.endswith("60余家。")


_LEAD = "近年来，园区把氢能作为转型的主攻方向，引进企业18家，去年产值达到52亿元。"
_TEXT = "园区一家企业的技术总监说，单台电解槽的产氢量已提升到每小时2000标准立方米。"


@pytest.mark.parametrize(
    "texts, headings",
    [
        (  # two short sentences heading sections: the story's subheadings
            [_LEAD, "从“卖煤”到“制氢”。", _TEXT, "重卡跑起来 场景用起来。", _TEXT],
            ["从“卖煤”到“制氢”。", "重卡跑起来 场景用起来。"],
        ),
        (
            [_LEAD, "人才和标准一起抓。", _TEXT, "产业基金陪伴企业成长。", _TEXT, "服务前移到园区。", _TEXT],
            3,
        ),
    ],
)
def test_short_sentences_heading_sections_are_subheadings(texts, headings):
    """A paper that sets its subheadings as bold sentences closed by a full stop sets them all so."""
    from digest.parse.article import _bold_leads_as_subheadings

    blocks = _bold_leads_as_subheadings([Block("paragraph", text) for text in texts])
    found = [block.text for block in blocks if block.type == "heading"]
    assert found == headings if isinstance(headings, list) else len(found) == headings


@pytest.mark.parametrize(
    "texts",
    [
        [_LEAD, "园区计划三年内培育零碳工厂10家。", _TEXT],  # one short sentence: a paragraph of the text
        [_LEAD, "项目进展顺利，已经投产。", _TEXT, "我们很有信心，他说。", _TEXT],  # clauses: prose
        [_LEAD, "这是为什么？", _TEXT, "答案在园区。", _TEXT, "谁在受益？", _TEXT],  # questions: prose
        [_LEAD, _TEXT, "生成了20多款方案。", "每年培养维修人员100余名。"],  # the story's close: no section
        [_LEAD, "首批企业入驻。", "第二批企业入驻。", _TEXT],  # two running: a list's items, no sections
    ],
)
def test_short_sentences_that_head_no_sections_stay_paragraphs(texts):
    from digest.parse.article import _bold_leads_as_subheadings

    blocks = [Block("paragraph", text) for text in texts]
    assert _bold_leads_as_subheadings(blocks) == blocks
@pytest.mark.parametrize(("piece", "moved"), [(CHANGSHA, False), (NANNING, True), ((), True)])
def test_a_box_stays_after_a_text_naming_no_park_a_piece_of_the_story_above(piece, moved):
    """A text naming no park may be a piece broken off the story above: the box closing it stays;
    after another park's story, or after no text at all, it goes back to the story it names."""
    from digest.parse.cut import return_boxes_read_last
    from digest.parse.flow import Paragraph

    def segment(*lines: str, heading: str = "") -> Segment:
        items = [Item(BODY, [Line(n, text)], text) for n, text in enumerate(lines, 1)]
        paragraphs = [Paragraph(list(items))] if items else []
        if heading:
            label = Item(HEADLINE, [Line(0, heading)], heading)
            box = [Item(BODY, [Line(0, text)], text) for text in CHANGSHA_BOX]
            paragraphs += [Paragraph([label], heading=True), Paragraph(box)]
            items += [label, *box]
        return Segment(parts=items, paragraphs=paragraphs)

    nameless = tuple(line.replace("南宁高新区", "园区").replace("长沙高新区", "园区") for line in piece)
    above, host = segment(*CHANGSHA), segment(*(nameless if piece is CHANGSHA else piece), heading="相关链接")
    return_boxes_read_last([above, host])
    assert any(p.heading for p in above.paragraphs) is moved
WHEAT = (
    "本报讯 时下，黄河三角洲农业高新技术产业示范区的耐盐碱小麦试",
    "盐碱地上麦浪翻滚",
    "验田迎来收获。示范区通过选育耐盐碱品种、改良土壤和节水灌溉，让过去的盐碱荒地长出了好庄稼。",
)


def test_a_head_read_inside_a_word_its_text_breaks_titles_that_text_which_runs_on_across_it():
    """Where each paragraph is written on one line no column shows where a line broke off at its
    edge: the word the text breaks across the head (试 / 验田) tells the text on both sides is one,
    and the head, read where it stands beside the first column, is its title."""
    (article,) = parse_page(RawPage("t.txt", "".join(line + "\n\n" for line in WHEAT))).articles
    assert article.title == "盐碱地上麦浪翻滚"
    assert [block.type for block in article.blocks] == ["paragraph"]
    assert "小麦试验田迎来收获" in article.blocks[0].text


@pytest.mark.parametrize(
    "above, below, across",
    [
        (WHEAT[0], WHEAT[2], True),
        (WHEAT[0] + "验田迎来收获。", "示范区通过选育耐盐碱品种。", False),  # a sentence closed above
        (WHEAT[0] + "验田", "迎来收获。示范区通过选育耐盐碱品种。", False),  # no word broken
        (WHEAT[0], "验田迎来收获。", True),
    ],
)
def test_only_a_word_broken_across_a_head_makes_one_text_of_paragraph_lines(above, below, across):
    from digest.parse.cut import _word_broken_across

    items = [Item(BODY, [Line(1, above)], above), Item(HEADLINE, [Line(2, WHEAT[1])], WHEAT[1])]
    items.append(Item(BODY, [Line(3, below)], below))
    assert _word_broken_across(items, 1, 0, 2) == across


@pytest.mark.parametrize(
    "texts, roles",
    [
        (
            ["鄂尔多斯高新区：在荒漠里种出氢能产业链", "库布其沙漠边缘的绿色转型"],
            ("", "鄂尔多斯高新区：在荒漠里种出氢能产业链", "库布其沙漠边缘的绿色转型"),
        ),
        (
            ["漳州高新区食品企业", "搭上“科技快车”", "产学研合作项目年内落地20个"],
            ("", "漳州高新区食品企业 搭上“科技快车”", "产学研合作项目年内落地20个"),
        ),
        # no longer than a title runs, the line under a colon's title may be its rest
        (["泉州高新区：钨和稀土", "企业抱团出海"], ("", "泉州高新区：钨和稀土 企业抱团出海", "")),
        # a couplet's other half closes on its quoted phrase as the title does
        (
            ["遵义高新区：政务服务做“加法”", "企业办事做“减法”"],
            ("", "遵义高新区：政务服务做“加法”企业办事做“减法”", ""),
        ),
        # a title not marked whole, however long, is left to the other tests
        (
            ["齐齐哈尔高新区重型装备企业焊接", "机器人上岗生产效率提高三成以上"],
            ("", "齐齐哈尔高新区重型装备企业焊接机器人上岗生产效率提高三成以上", ""),
        ),
    ],
)
def test_a_deck_line_under_a_title_marked_whole_that_no_title_could_also_hold_is_its_subtitle(texts, roles):
    """A title marked whole (its subject's colon, or its last phrase quoted) in a block of lines,
    over a phrase that with it would run longer than any title does: the phrase is the subtitle,
    printed without its dash, however the title broke over its lines."""
    from digest.parse.article import _headline_roles

    item = Item(HEADLINE, [Line(k + 1, text) for k, text in enumerate(texts)], "\n".join(texts))
    assert _headline_roles([item]) == roles



def _headlined(title: str) -> Segment:
    return Segment([], headlines=[Item(HEADLINE, [Line(1, title)], title)])


@pytest.mark.parametrize("mark", ["■", "◆", "▲", "●"])
def test_a_mark_before_a_briefs_title_is_no_word_of_it(mark):
    """A square, a diamond, a triangle or a bullet before a brief's title marks it on the page as
    a rule would: printed decoration, taken off onto the page's furniture."""
    segment = _headlined(f"{mark}莱芜高新区粉末冶金企业获评“小巨人”")
    assert _split_title_ornaments(segment) == [mark]
    assert segment.headlines[0].text == "莱芜高新区粉末冶金企业获评“小巨人”"


@pytest.mark.parametrize("title", ["▶合肥高新区大会开幕", "★合肥高新区大会开幕", "▲", "合肥高新区●大会"])
def test_a_pointer_a_star_or_a_lone_mark_is_no_titles_ornament(title):
    segment = _headlined(title)
    assert _split_title_ornaments(segment) == []
    assert segment.headlines[0].text == title


WUHU = column("本报讯 近日，芜湖高新区机器人产业园正式开园，首批入驻企业十家，全年产值有望突破五十亿元。")


@pytest.mark.parametrize(
    "note",
    [
        ("（摘自《唐山日报》2024年4月6日，作者 郗文博）",),
        ("（原载《廊坊日报》2024年4月24", "日，有删节）"),  # broken over two column lines
        ("（来源：青海高新区管委会微信公", "众号）"),
        ("(来源:张江高新区管委会网站)",),  # half-width, as a phone's reader writes it
    ],
)
def test_a_reprints_source_note_closes_its_story_as_its_credit(note):
    """A digest paper's note of where it reprinted a story from is the story's credit, no line of
    its text, and the story ends there: the story printed under it is another."""
    articles = parse("长沙高新区：智能制造提速", *CHANGSHA, *note, "芜湖高新区机器人产业园开园", *WUHU)
    assert len(articles) == 2
    assert articles[0].byline == "".join(note)
    assert not any(part in articles[0].body_text for part in note)
    assert articles[1].body_text.startswith("近日，芜湖")


def test_a_reprints_source_note_after_the_last_sentence_on_its_line_closes_the_story():
    last = "长沙高新区相关负责人说，园区正加快推进平台建设。（来源：长沙高新区管委会网站）"
    articles = parse("长沙高新区：智能制造提速", *CHANGSHA[:4], last, "芜湖高新区机器人产业园开园", *WUHU)
    assert articles[0].byline == "（来源：长沙高新区管委会网站）"
    assert articles[0].body_text.endswith("平台建设。")


def test_the_writer_a_reprints_source_note_names_is_the_storys_author():
    note = "（摘自《唐山日报》2024年4月6日，作者 郗文博）"
    articles = parse("长沙高新区：智能制造提速", *CHANGSHA, note, "芜湖高新区机器人产业园开园", *WUHU)
    assert [author.name for author in articles[0].authors] == ["郗文博"]


def test_a_bracket_opening_a_line_of_text_is_not_read_with_the_line_under_it_as_a_source_note():
    """A paragraph opening with 来源 in brackets goes on with its sentence: no note."""
    lines = column("（来源：园区统计）去年园区企业营收增长两成，创新平台新增十家，人才净流入五千人。")
    articles = parse("长沙高新区：智能制造提速", *CHANGSHA, *lines)
    assert "（来源：园区统计）" in articles[0].body_text


@pytest.mark.parametrize(
    "opening, kept",
    [
        ("据《安徽日报》报道 近日，芜湖高新区机器人产业园正式开园。", True),
        ("据新华社电（记者 巴特尔）近日，芜湖高新区机器人产业园正式开园。", True),
        ("据新华社电 近日，芜湖高新区机器人产业园正式开园。", False),
        ("本报综合 近日，芜湖高新区机器人产业园正式开园。", False),
    ],
)
def test_a_dateline_crediting_its_source_in_full_stays_in_the_text(opening, kept):
    """A paper's report or an agency's dispatch credited with its reporters opens the text as
    printed; the bare marks of a compiled item or a dispatch are its dateline alone."""
    text = column(opening + "首批入驻企业十家，全年产值有望突破五十亿元。")
    article = parse("芜湖高新区机器人产业园开园", *text)[0]
    dateline = opening.split("近日")[0].strip()
    assert article.dateline == dateline
    assert article.body_text.replace(" ", "").startswith(dateline.replace(" ", "")) == kept


@pytest.mark.parametrize(
    "byline, rest, name",
    [
        ("□ 记者 龙金花 特约通讯员 和丽", "军", "和丽军"),
        ("◎ 记者 次仁卓嘎 通讯员 扎西平", "措", "扎西平措"),
        ("◎ 记者 澹台明远 实习生 古丽米", "拉·艾买提", "古丽米拉·艾买提"),
    ],
)
def test_a_marked_bylines_last_name_cut_at_the_columns_edge_is_read_whole(byline, rest, name):
    article = parse("长沙高新区：智能制造提速", byline, rest, *CHANGSHA)[0]
    assert name in [author.name for author in article.authors]
    assert article.body_text.startswith("走进长沙")


@pytest.mark.parametrize(
    "byline, below",
    [
        ("□ 记者 龙金花", "链接"),  # a sidebar's label under a whole name: a word
        ("□ 记者 龙金花", "近日，园区"),  # text
        ("◎本报记者 次仁卓嘎", "产业观察"),  # the next story's kicker
        ("■ 本报记者 纳兰若溪", "短波"),
        ("● 努尔兰·哈森", "郑"),  # a transcribed name printed whole
        ("● 本报记者 马玉兰 本报通讯员 笪明辉", "为"),  # a surname and two characters: whole
    ],
)
def test_a_line_under_a_marked_byline_of_whole_names_is_not_joined_to_it(byline, below):
    lines = [byline, below]
    assert [line.text for line in join_cut_byline_names([Line(k, t) for k, t in enumerate(lines)])] == lines


def _headed(*lines: str) -> Segment:
    return Segment([], headlines=[Item(HEADLINE, [Line(k + 1, text)], text) for k, text in enumerate(lines)])


@pytest.mark.parametrize("label", ["〖园区动态〗", "〖一线观察〗", "‖他山之石‖", "‖深度‖"])
@pytest.mark.parametrize("joined", [False, True])
def test_a_column_label_among_a_storys_headlines_is_the_pages_furniture(label, joined):
    """A column's name in brackets or bars over a story's headline files the story under the
    column: the page's furniture, no kicker or title, read apart or as the headline's first line."""
    title = "龙岩高新区电动叉车批量出口东南亚"
    if joined:
        lines = [Line(1, label), Line(2, title)]
        segment = Segment([], headlines=[Item(HEADLINE, lines, f"{label}\n{title}")])
    else:
        segment = _headed(label, title)
    assert _split_column_labels(segment) == [label]
    assert [item.text for item in segment.headlines] == [title]


@pytest.mark.parametrize(
    "lines",
    [
        ("〖链接〗", "龙岩高新区简介"),  # a box's label
        ("〖编后〗", "龙岩高新区电动叉车批量出口东南亚"),  # a coda's
        ("〖导语〗", "龙岩高新区电动叉车批量出口东南亚"),  # a lead's
        ("‖园区动态‖",),  # the only headline: no story named by another
        ("〖出口提速，订单排到明年〗", "龙岩高新区电动叉车批量出口东南亚"),  # a clause in brackets
        ("园区动态", "龙岩高新区电动叉车批量出口东南亚"),  # no brackets: a kicker
        ("【一线见闻】", "龙岩高新区电动叉车批量出口东南亚"),  # a series' name: the story's kicker
    ],
)
def test_no_other_bracketed_line_nor_a_lone_label_is_a_column_label(lines):
    segment = _headed(*lines)
    assert _split_column_labels(segment) == []
    assert [item.text for item in segment.headlines] == list(lines)


SECOND_PHOTO = "机器人正在流水线上有序作业。 通讯员 李四 摄"  # its words the story's after the group


def test_captions_printed_one_after_another_go_to_one_story():
    articles = parse(
        ("南宁高新区：开年生产忙",),
        *NANNING,
        "生产车间一派繁忙。 本报记者 宋佳 摄",
        SECOND_PHOTO,
        ("长沙高新区：智能制造提速",),
        *CHANGSHA,
    )
    captions = [c.text for c in by_body(articles, "南宁").captions]
    assert captions == ["生产车间一派繁忙。", "机器人正在流水线上有序作业。"]
    assert by_body(articles, "长沙").captions == []


def test_captions_one_after_another_crediting_different_parks_go_each_to_its_own_story():
    """One closes the story above, the other opens the story below, its photo over it."""
    articles = parse(
        ("南宁高新区：开年生产忙",),
        *NANNING,
        "工人在车间内装配零件。（图片由南宁高新区提供）",
        "产业园里的自动化产线。 图片来源：长沙高新区",
        ("长沙高新区：智能制造提速",),
        *CHANGSHA,
    )
    assert [c.text for c in by_body(articles, "南宁").captions] == ["工人在车间内装配零件。"]
    assert [c.text for c in by_body(articles, "长沙").captions] == ["产业园里的自动化产线。"]


def test_a_caption_printed_apart_from_the_group_goes_its_own_way():
    articles = parse(
        ("南宁高新区：开年生产忙",),
        *NANNING,
        "生产车间一派繁忙。 本报记者 宋佳 摄",
        ("长沙高新区：智能制造提速",),
        *CHANGSHA,
        SECOND_PHOTO,
    )
    assert [c.text for c in by_body(articles, "长沙").captions] == ["机器人正在流水线上有序作业。"]


@pytest.mark.parametrize(
    "label, is_label",
    [
        ("“三个年”活动进行时", True),
        ("主题教育进行时", True),
        ("“双碳”在行动", True),
        ("“比学赶超”看园区", True),
        ("【优化营商环境】", True),
        ("【“三个年”活动进行时】", True),
        # a title quoting a campaign says what it did: no label
        ("“三个年”活动成效显著", False),
        ("“比学赶超”激发园区活力", False),
        ("泰安高新区出台十条措施", False),
        ("看园区如何转型", False),
        ("【】", False),
    ],
)
def test_a_campaigns_name_or_a_bracketed_series_name_is_a_decks_label(label, is_label):
    """A campaign under way ("…进行时", "…在行动") or seen where it is carried out ("“X”看园区"),
    and a series' name alone in lenticular brackets, tell no news: they label a deck."""
    from digest.parse.items import deck_label

    assert deck_label(label) is is_label


@pytest.mark.parametrize("kicker", ["“三个年”活动进行时", "“比学赶超”看园区", "【优化营商环境】"])
@pytest.mark.parametrize(
    "title_lines",
    [("光伏玻璃生产线满负荷运转",), ("大庆高新区", "寒地数据中心集群初具规模")],
)
def test_a_campaigns_name_over_a_title_is_its_kicker_not_its_title(kicker, title_lines):
    """A campaign's name is quoted, as a punchy title is, and jieba may find a word across it and
    the title ("进行时" / "光伏": 时光): it is the deck's kicker still, and a part of its own."""
    from digest.parse.article import _headline_roles

    group = [
        Item(HEADLINE, [Line(1, kicker)], kicker),
        Item(HEADLINE, [Line(3 + k, line) for k, line in enumerate(title_lines)], "\n".join(title_lines)),
    ]
    kicker_read, title, subtitle = _headline_roles(group)
    assert (kicker_read, title.replace(" ", ""), subtitle) == (kicker, "".join(title_lines), "")


@pytest.mark.parametrize(
    "upper, lower",
    [
        (["“小巨人”加速成长"], ["园区专精特新企业达百家"]),
        (["瓷都“飞”出直升机"], ["长沙高新区航空产业发展纪实"]),
    ],
)
def test_a_quoted_title_that_names_no_campaign_stays_the_title(upper, lower):
    """Only a campaign's name in its set forms is a label: a quoted title over a plain line stays
    the title."""
    from digest.parse.article import _headline_roles

    group = [Item(HEADLINE, [Line(1, upper[0])], upper[0]), Item(HEADLINE, [Line(3, lower[0])], lower[0])]
    assert _headline_roles(group)[1] == upper[0]
