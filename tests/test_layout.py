import itertools
import re

import pytest
from rawpage import column, raw_page

from digest.language.text import display_width, opens_editor_note, opens_editor_preface, squeeze
from digest.models import Caption, RawPage
from digest.parse import across as across_module
from digest.parse import article as article_module
from digest.parse import marks, parse_page
from digest.parse.across import read_across
from digest.parse.article import split_caption
from digest.parse.captions import credit_only, is_caption
from digest.parse.credits import (
    join_broken_photo_credits,
    join_byline_parts,
    join_credits_cut_in_words,
    join_lenticular_credit_parts,
    join_marked_credit_lines,
    split_credits_off_titles,
)
from digest.parse.cut import _rejoin_cut_opening
from digest.parse.flow import Paragraph
from digest.parse.habits import (
    join_figures_apart,
    join_inset_halves,
    join_lead_in_frames,
    join_note_labels,
    put_back_lead_ins,
    read_drop_capitals,
    read_misread_days,
    split_glued_boxes,
    split_joined_block_lines,
    split_joined_pairs,
    take_off_glyph_run_spaces,
    take_off_margin,
    take_off_ocr_spaces,
    take_off_padding,
    take_off_screen_counters,
    take_off_split_run_marks,
    take_off_stop_spaces,
    take_off_stray_ocr_spaces,
)
from digest.parse.items import (
    BODY,
    BYLINE,
    CAPTION,
    CLAUSE_MARK,
    FURNITURE,
    HEADLINE,
    Item,
    counted_on,
    find_jump,
    jump_number,
    printed_groups,
    split_lines,
    table_rows,
)
from digest.parse.laid_out import cell_width, read_laid_out
from digest.parse.layout import _opens_short_of_column, _over_whole_paragraph, layout, restore_reversed_titles
from digest.parse.lines import Line
from digest.parse.marks import (
    BRIEF_MARKS,
    is_furniture_line,
    is_rule,
    keep_box_rows_in_text,
    split_run_on_briefs,
)

BODY_A = ("本报讯 近日，合肥高新区举行集成电路", "产业发展大会，签约项目二十余个，总投", "资超过三百亿元。")


def kinds(text: str) -> list[tuple[str, str]]:
    return [(item.kind, item.text) for item in layout(RawPage("t.txt", text))]


def kind_of(text: str, line: str) -> str:
    return next(kind for kind, item_text in kinds(text) if item_text == line)


@pytest.mark.parametrize(
    "line",
    [
        "2021-12-13 00:22 10版 园区 C M Y K",  # the printer's slug line
        "C M Y K",
        "2022年2月22日 星期二",
        "7",
        "第7版",
        "- 7 -",
        "责任编辑：张三 美编：李四",
        "本版编辑 王五",
        "中国高新技术产业导报",
        "中国高新技术产业导报 2021年5月9日 星期日",
        "（下转第3版）",
        "（上接第1版）",
        # a header line: the page's name and number around the date, in any order
        "园区 第 3 版 2021年2月22日\u3000星期一",
        "16 2021 年 8 月 23 日 星期一 园区新闻",
        "园区新闻 2024年11月11日 星期一 第14版",
        "园区 本版编辑：周志永 校对：郝杰欣 中国高新技术产业导报 - 8 -",
        "中国高新技术产业导报 本版编辑：雷海 校对：田瑞",
        "责任编辑 何军然 美编 胡悦 2024年10月27日 星期日 - 5 -",
        # the date written with dots or in Chinese numerals, among the page's name and number
        "2021.09.18 星期六",
        "二〇二三年一月十四日 星期六",
        "国 家 高 新 区  二〇二三年九月三十日 星期六  12",
        "12  高新区周刊  2021年1月28日 星期四",
        "责任编辑 阿依古丽·买买提  美术编辑 苏和",
        "版式设计 刘晓东",  # on a line of its own, as 责任编辑 X is
        "美术编辑 苏和",
        # contact lines
        "投稿邮箱：yuanqu@desk.example.cn",
        "电话：010-6851 2047",
        "本版邮箱：yuanqu9@desk.example.cn",
        "电话：(010)68531180\u3000E-mail:yq@hitechpaper.cn",
        "电话：010-68531180 传真：010-68531181",
        "投稿邮箱 gxq-news@example.cn",  # a space, not a colon, before an address
        # an editor named after a space, however long the name; the page's editor "本版责编"
        "版式设计 格桑卓玛",
        "校对 乌云其其格",
        "本版责编：沙马阿呷  版式：旦增曲珍",
        # the staff named after a slash, with or without a space between them
        "编辑/包丽娟\u3000版式 /黎晓",
        "编辑/热依拉版式/黎晓",
        # a date in figures alone, or before the page's name and number
        "2024.02.13",
        "2023.03.02  国家高新区  12",
        "2021.07.07  园区·高新区  第2版",
        # the page's number in Chinese numerals
        "第三版",
        "第十二版",
        "2023.03.02  国家高新区  第十二版",
        # a running head: the page's name and number, no date
        "园区 8",
        "园区·高新区 9",
        "科技园区周刊 12",
        "12 园区",
        # where the page's copy or photos came from
        "本版稿件由各高新区管委会提供",
        "本版文字均由合肥高新区管委会宣传处供稿",
        "本版图片由园区管委会提供",
        "本版图片除署名外均由各高新区管委会提供",  # all but the photos credited apart
        # a prompt to read on a screen, by a QR code
        "扫码阅读园区新闻全文",
        "扫描二维码观看视频",
        # one that says plainly what is seen, or a mark pointing at the code beside it
        "扫码看视频",
        "▲扫码看更多",
        "↑扫码看全文",
        # the prompt printed under the code's label
        "阅读更多园区资讯",
        "了解更多高新区新闻",
        # who planned the page, credited as the page's
        "本版策划：禤丽娟",
        "本版统筹：仉建华",
        "本版监制 阚明",
        # an e-paper archive's stamp: the paper, the date, the page's number and name
        "河北日报数字报  2011-04-13  第05版：开发区",
        "湖南日报  2014-07-23  第8版：县域·园区",
        "2021-04-25  第14版",
        # a running head: the paper's name and the page's
        "科技园区报·创新园区",
        # a weekly section's strip: its name, its issue and its staff, parted by spaces, dots or bars
        "园区周刊  第212期  主编 格桑卓玛  本版编辑 暴丽华  美编 逄立新  校对 隗志强",
        "园区周刊 · 第155期 · 主编 第五涛 · 本版编辑 阿依努尔 · 美编 暴丽华 · 校对 呼延芳",
        "科技园区 | 第96期 | 本版编辑 笪雪梅 | 美编 完颜蕾",
        "园区周刊 第88期主编岩罕本版编辑阿依努尔美编呼延芳校对查文斌",
        # a daily's supplement: the paper's name in title marks, the issue, its editor and its sponsor
        # named, the date, on one line or two, parted by dots or by gaps
        "《江城日报》· 科创周刊 · 第234期 · 主编 滕远舟 · 本期协办：嘉禾高新区管委会 · 2022年10月20日 星期日",
        "《江城日报》· 科创周刊  第99期  主编 滕远舟  本期协办：乌兰察布高新区管委会  2025年3月25日 星期五",
        "第35期 · 主编 滕远舟 · 本期协办：嘉禾高新区管委会 · 2022年7月26日 星期日",
        "第122期 主编 滕远舟 协办单位：嘉禾高新区管委会 2022年1月2日 星期六",
        "《江城日报》· 科创周刊",
        "江城日报·科创周刊",
        # the sponsor named alone, a reader having written each of the strip's parts on a line
        "本期协办：嘉禾高新区管委会",
        "本版协办单位：嘉禾高新区管委会",
        # a hotline named for what it takes, its number after it
        "专刊热线：0757-88127980  投稿邮箱：kczk6@example.cn",
        "读者热线：0731-84326789",
        "新闻热线：96811",
    ],
)
def test_page_furniture_is_recognised(line):
    assert kind_of(raw_page(*BODY_A, line), line) == "furniture"


@pytest.mark.parametrize(
    "line",
    [
        "园区周刊第100期出版发行",  # a title of the issue's own news: no staff named
        "园区周刊 第100期 主编寄语",  # the editor's column: no name after the role
        # an issue and its editor, but a sponsor named in a sentence, or no date and issue at all
        "第3期主编培训班由嘉禾高新区管委会协办，2023年5月1日开班",
        "本期协办单位名单公布",  # no colon before a sponsor's name
        "《江城日报》创刊七十周年",  # the paper's name in a title: no page's name after a dot
        "《江城日报》·读者来信摘登工作会议召开",
        "服务热线全天候响应企业诉求",  # a hotline in a title: no number after it
        "企业热线：有求必应",
    ],
)
def test_a_sections_name_and_issue_without_its_staff_is_no_strip(line):
    assert kind_of(raw_page(line, *BODY_A), line) != "furniture"


CONTENTS_TITLES = ("承德高新区冰雪装备检测中心揭牌", "江阴高新区化合物半导体产业园开园")
CONTENTS_STORIES = (
    CONTENTS_TITLES[0],
    "日前，承德高新区冰雪运动装",
    "备检测中心揭牌运行。",
    CONTENTS_TITLES[1],
    "本月中旬，江阴高新区化合物半",
    "导体产业园正式开园。",
)


@pytest.mark.parametrize("label", [(), ("本期导读",), ("今日看点",)])
@pytest.mark.parametrize("bullets", ["●●", "◇·", "■▶"])
@pytest.mark.parametrize("tight", [False, True])
def test_a_box_listing_titles_printed_again_below_is_furniture(label, bullets, tight):
    """A contents box lists the page's stories, each a bullet and a title printed over its story
    lower down: the box and its label are furniture, in a block of their own or printed tight
    over the first title."""
    box = (*label, *(f"{mark} {title}" for mark, title in zip(bullets, CONTENTS_TITLES)))
    parts = ((*box, CONTENTS_STORIES[0]), *CONTENTS_STORIES[1:]) if tight else (box, *CONTENTS_STORIES)
    found = kinds(raw_page(*parts))
    assert [text for kind, text in found if kind == FURNITURE] == list(box)
    assert [text for kind, text in found if kind == "headline"] == list(CONTENTS_TITLES)


@pytest.mark.parametrize(
    "second_title",
    [
        ("江阴高新区化合物", "半导体产业园开园"),  # the column wraps it
        ("[图片：江阴高新区化合物半导体产业园开园]",),  # read back from an image's alt text
        ("江阴高新区化合物半导体产业园开园　　记者 王明",),  # its byline on its line
        ("图片新闻　　江阴高新区化合物半导体产业园开园",),  # after the column beside it, across a gap
        ("◆江阴高新区化合物半导体产业园开园　本月中旬，",),  # run in before its text
        ("导体产业园正式开园。◆江阴高新区化合物半导体产业园开园　本",),  # run in after an item
    ],
)
def test_a_box_lists_titles_printed_again_however_their_lines_hold_them(second_title):
    box = ("本期导读", *(f"·{title}" for title in CONTENTS_TITLES))
    page = raw_page(box, *CONTENTS_STORIES[:3], second_title, *CONTENTS_STORIES[4:])
    found = kinds(page)
    assert [text for kind, text in found if kind == FURNITURE][: len(box)] == list(box)
    assert [text for kind, text in found if kind == HEADLINE][:1] == [CONTENTS_TITLES[0]]


@pytest.mark.parametrize(
    "box",
    [
        ("● 承德高新区冰雪装备检测中心揭牌",),  # one bulleted line is no list of the page's stories
        ("● 新增科技型企业120家", "● 技术合同成交额翻番"),  # a list of things, printed once
        # a box of the story's highlights, its words again inside the story's sentences
        ("● 冰雪运动装备检测中心揭牌", "● 化合物半导体产业园正式开园"),
    ],
)
def test_bulleted_lines_listing_no_titles_printed_again_are_no_contents_box(box):
    found = kinds(raw_page(*box, *CONTENTS_STORIES))
    assert not any(kind == FURNITURE for kind, _ in found)


@pytest.mark.parametrize(
    "name", ["园区", "高新区", "园区 CHINA HIGH-TECH INDUSTRY HERALD", "园 区", "区 域 创 新"]
)
def test_page_name_at_the_top_is_furniture(name):
    assert kind_of(raw_page(name, *BODY_A), name) == "furniture"


@pytest.mark.parametrize("top", [True, False])
def test_a_longer_page_name_between_two_furniture_lines_is_furniture(top):
    furniture = ("04", "国家高新区", "2022年10月10日 星期一")
    page = raw_page(*furniture, *BODY_A) if top else raw_page(*BODY_A, *furniture)
    assert kind_of(page, "国家高新区") == "furniture"


@pytest.mark.parametrize("label", ["链 接", "背 景", "背景", "人物简介"])
@pytest.mark.parametrize("at_foot", [False, True])
def test_a_boxs_label_spaced_out_or_short_is_no_page_name(label, at_foot):
    """A story's 链接 or 背景 box under its label, the label spaced out by a justified line or
    not, keeps it as the box's heading: a box's name is no page's name, even at the page's foot."""
    box = ("近年来，合肥高新区把集成电路作", "为园区创新发展的重点方向之一。")
    after = () if at_foot else ("西安高新区硬科技企业加速成长", *BODY_A * 2)
    assert kind_of(raw_page(*BODY_A * 3, label, *box, *after), label) == "headline"


@pytest.mark.parametrize("name", ["国家高新区", "园区新闻"])
def test_a_page_name_between_furniture_lines_mid_page_is_furniture(name):
    """A page's head read out between two columns: its name stands between its date and number
    lines, however far down the page."""
    furniture = ("2022年10月10日 星期一", name, "04")
    page = raw_page(*BODY_A * 4, *furniture, "改革进行时", "合肥高新区集成电路大会", *BODY_A * 4)
    assert kind_of(page, name) == "furniture"


HEAD = ("2024年11月8日　星期五", "第4版", "园区")
EDITORS = "责任编辑：张三　美术编辑：李四"


@pytest.mark.parametrize(
    "strap",
    [
        ("园区", "聚焦国家高新区 服务创新发展"),
        ("园区", "园区动态　一线报道"),
        ("园区", ("创新高地", "产业引擎")),  # its two phrases one over the other
        (("园区·创新", "创新高地 产业引擎"),),  # the name and the strap read as one block
    ],
)
@pytest.mark.parametrize("top", [True, False])
def test_a_strap_line_between_masthead_lines_is_furniture(strap, top):
    """A page's head may print a slogan under its name: between the name and the staff line, at
    the page's top or its foot, it is the masthead's, no headline over a story."""
    masthead = (*HEAD[:2], *strap, EDITORS)
    page = raw_page(*masthead, "合肥高新区集成电路大会", *BODY_A)
    if not top:
        page = raw_page("合肥高新区集成电路大会", *BODY_A, *masthead)
    slogan = strap[-1] if isinstance(strap[-1], tuple) else (strap[-1],)
    assert all(kind == FURNITURE for kind, text in kinds(page) if any(line in text for line in slogan))


@pytest.mark.parametrize(
    "between",
    [
        ("合肥高新区：集成电路大会召开，签约项目二十余个",),  # a clause: a headline or text
        ("改革进行时", "合肥高新区集成电路大会", "签约项目二十余个"),  # more lines than a strap
    ],
)
def test_lines_between_masthead_lines_that_no_strap_prints_are_no_furniture(between):
    page = raw_page(*HEAD, *between, EDITORS, *BODY_A)
    assert kind_of(page, between[0]) != FURNITURE


@pytest.mark.parametrize("name", ["高新区周刊", "科技园区周刊", "园区周刊"])
def test_a_longer_page_name_opening_the_page_over_its_date_line_is_furniture(name):
    """The running head's first line: a headline stands over its text, never over furniture alone."""
    page = raw_page(name, "2024年11月8日　星期五", "第4版", "合肥高新区集成电路大会", *BODY_A)
    assert kind_of(page, name) == "furniture"


@pytest.mark.parametrize("kicker", ["改革进行时", "特色产业观察", "走进长沙高新区"])
def test_a_column_label_at_the_top_is_no_page_name(kicker):
    assert kind_of(raw_page("7", kicker, "合肥高新区集成电路大会", *BODY_A), kicker) != "furniture"


PROFILE_DECK = ("小小传感器守\n护核电安全", "访衡阳高新区\n一家核仪表企\n业总工程师揭\n振华")


@pytest.mark.parametrize("kicker", ["人物", "访谈"])
def test_a_bare_word_mid_page_over_a_headline_group_is_its_kicker(kicker):
    """A short word over a story's title and its deck down the page heads that story: its kicker."""
    page = raw_page(*BODY_A * 4, kicker, *PROFILE_DECK, "本报记者 车阿玉", *BODY_A * 4)
    assert kind_of(page, kicker) == "headline"


@pytest.mark.parametrize(
    "after",
    [
        ("合肥高新区集成电路大会", *BODY_A * 4),  # a title alone: the name is no kicker of it
        (PROFILE_DECK[0], *BODY_A * 4),  # a wrapped title alone
        ("2022年10月10日 星期一", *PROFILE_DECK, *BODY_A * 4),  # furniture under it
    ],
)
def test_a_bare_word_mid_page_over_no_headline_group_is_furniture(after):
    page = raw_page(*BODY_A * 4, "园区", *after)
    assert kind_of(page, "园区") == "furniture"


@pytest.mark.parametrize("banner", ["专题·园区新动能", "专题｜聚焦科创园区", "专题：园区一线"])
def test_a_feature_banner_over_two_stories_is_furniture(banner):
    """ "专题" and its theme after a mark head a feature's stories, as a page's name does a page."""
    page = raw_page(banner, "合肥高新区集成电路大会", *BODY_A)
    assert kind_of(page, banner) == "furniture"


@pytest.mark.parametrize(
    "line",
    [
        "专题报道",  # no mark before a theme: a kicker
        "专题：园区如何破解融资难题？",  # a question: a title
        "专题研究园区发展新动能",  # a sentence's words
    ],
)
def test_a_line_opening_on_a_feature_word_is_no_banner(line):
    assert not is_furniture_line(line)


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("责任编辑阚一鸣\u3000美术编辑郜思远\u3000校对宓海宁", True),  # each role tight against its name
        ("责任编辑仝晓岚美术编辑俞佳禾校对逯乐", True),
        ("责 任编辑 隗文涛\u3000美术编辑 俞佳 禾\u3000校对 仝晓岚", True),  # a reader's stray spaces
        ("责任编辑 逯 乐\u3000美术编辑 隗文涛\u3000校对 昝楠", True),
        ("编辑部门负责人", False),
        ("校对工作由专人负责", False),
        ("编辑王明说", False),
        ("记者编辑王明", False),
        ("责任编辑阚一鸣\u3000美术编辑郜思远\u3000校对宓海宁 园区企业反映", False),  # text run on after it
    ],
)
def test_the_page_staff_named_tight_or_cut_by_stray_spaces_is_furniture(line, furniture):
    assert is_furniture_line(line) is furniture


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("审核：勾春燕", True),
        ("审核:晏紫", True),
        ("编辑：厍华 审核：勾春燕", True),
        ("终审 王明", True),
        # a sentence on reviewing, no credit
        ("审核通过后即可入驻", False),
        ("审核工作由园区负责", False),
    ],
)
def test_a_reposts_reviewer_credited_in_its_footer_is_furniture(line, furniture):
    assert is_furniture_line(line) is furniture


@pytest.mark.parametrize(
    "line, furniture",
    [
        # an in-house paper's standing and permit, at its head
        ("内部资料 免费交流", True),
        ("内部资料", True),
        ("准印证号：鄂(K)第770号", True),
        ("准印证号:粤(K)第598号", True),  # a colon an OCR read half-width
        ("内部资料准印证：（苏）第0123号", True),
        # its printer and print run, at its foot
        ("印刷单位：华彩印务有限公司 印数：5500份", True),
        ("印数：3600份", True),
        ("发送对象：各会员单位", True),
        # its issue's editor and proofreader, its editor in chief and its host
        ("本期编辑：隗志强 校对：訾明", True),
        ("总编辑：闵芳", True),
        ("主办：长江中游高新区合作联盟", True),
        # its office's address and numbers
        ("联盟秘书处地址：高新二路177号 电话：0444-8039577 邮箱：mishuchu@park-alliance.cn", True),
        ("编辑部地址：科技路12号 电话：0571-88886666", True),
        # text on printing, permits or hosts, and a box's contact rows: no imprint
        ("印刷和自动糊盒设备。", False),
        ("印刷", False),
        ("内部交流", False),
        ("准印证办理流程进一步简化，企业最快当天可以拿到", False),
        ("本期编辑部收到读者来信二十余封", False),
        ("主办方表示，活动将每年举办一次", False),
        ("报名邮箱：hr69@park-alliance.cn", False),
        ("招商地址：创业大道127号 电话：0709-7431995", False),
    ],
)
def test_an_in_house_papers_imprint_is_furniture(line, furniture):
    assert is_furniture_line(line) is furniture


def _masthead_page(name: str, under: str) -> str:
    story = "\n".join(
        [
            "白银高新区光伏银浆项目投产",
            "",
            "    本报讯 近日，白银高新区年产300吨光伏导电银浆项目建成投",
            "产。项目总投资4.2亿元，依托园区有色金属冶炼的银原料优势，实",
            "现了从银锭到电子浆料的就地深加工。",
        ]
    )
    return f"{name}\n{under}\n主办：长江中游高新区合作联盟\n2023年3月16日 星期四\n\n{story}\n"


@pytest.mark.parametrize(
    "name, under, furniture",
    [
        # the paper's name over its issue's number, whatever the paper is called
        ("长江中游高新区联盟通讯", "第60期", True),
        ("高新区工作简报", "第12期", True),
        # a line over no issue's number stays as it is read (a headline over its story)
        ("长江中游高新区联盟通讯", "", False),
    ],
)
def test_the_pages_first_line_over_the_issues_number_is_the_papers_name(name, under, furniture):
    page = parse_page(RawPage("p.txt", _masthead_page(name, under)))
    assert (name in page.furniture) is furniture


@pytest.mark.parametrize(
    "line", ["2023.03.02 发布新政", "电话：010-68531180，欢迎来电咨询", "阅读更多园区资讯，了解园区动态"]
)
def test_a_line_running_on_past_a_date_or_a_contact_is_no_furniture(line):
    assert kind_of(raw_page(*BODY_A, line, *BODY_A), line) != "furniture"


@pytest.mark.parametrize("date", ["2024.02.13", "2023.03.02  国家高新区  12", "园区 8", "园区·高新区 9"])
def test_a_masthead_date_printed_tight_over_a_title_is_no_part_of_it(date):
    """A line ending in a figure is followed by a single newline whatever comes under it."""
    title = "玉溪高新区：在高原上培育生物医药“新苗”"
    assert ("furniture", date) in kinds(raw_page(date, title, *BODY_A))
    assert kind_of(raw_page(date, title, *BODY_A), title) == "headline"


@pytest.mark.parametrize("name", ["园区·高新区", "园区·动态"])
def test_a_page_name_of_words_joined_by_an_interpunct_is_furniture(name):
    """ "园区·高新区" is shaped as a transliterated name ("阿依古丽·买买提") but joins common words."""
    assert kind_of(raw_page("2025年9月11日\u3000星期四", name, "— 8 —", *BODY_A), name) == "furniture"


@pytest.mark.parametrize(
    "name", ["园区新闻·高新区", "园区·高新区", "新闻·动态", "回音壁·问政", "县域经济·园区"]
)
@pytest.mark.parametrize("kicker", [(), ("政策解读",)])
def test_a_dotted_rubric_between_two_articles_mid_page_is_furniture(name, kicker):
    """A section's rubric printed where one article ends and the next one's headline begins:
    no kicker or title is two words joined by a middle dot."""
    page = raw_page(*BODY_A * 4, name, *kicker, "合肥高新区集成电路大会", *BODY_A * 4)
    assert kind_of(page, name) == "furniture"


@pytest.mark.parametrize(
    "line, names",
    [
        # a column's name: words of the dictionary, rare ones as well, joined by a middle dot
        ("回音壁·问政", False),
        ("县域经济·园区", False),
        ("园区·高新区", False),
        # a transliterated name: sounds, of which one at least is no word, or a name's part
        ("阿依古丽·买买提", True),
        ("买买提江·吐尔逊", True),
        ("叶尔兰·努尔哈力", True),
        ("古丽娜尔·艾力", True),
    ],
)
def test_a_dotted_run_of_dictionary_words_reads_as_no_name(line, names):
    from digest.parse.people import reads_as_any_names

    assert reads_as_any_names(line) is names


RULE = "━━━━━━━━━━━━"


@pytest.mark.parametrize("title", ["氢能产业要走稳“最后一公里”", "量子产业要迈过“应用关”"])
def test_a_line_over_names_alone_over_the_text_after_a_story_ended_is_a_headline(title):
    """Where the story above has ended (at a read-on prompt), a phrase closing no sentence over
    a line of names alone, the text below them, is a title over its author's name, however near
    the column's width: no paragraph's line runs on into a bare name."""
    body = column(
        "合肥高新区近日集中签约五个量子信息项目，覆盖芯片、测控和整机全链条。项目落地固然可喜，但产业真正的考验在于应用。",  # noqa: E501
        width=17,
    )
    page = raw_page(*BODY_A * 2, "扫码阅读全文", title, "仝立新", *body)
    assert kind_of(page, title) == "headline"


@pytest.mark.parametrize("title", ["氢能产业要走稳“最后一公里”", "量子产业要迈过“应用关”"])
def test_a_lone_line_between_two_rules_is_a_headline_and_names_under_it_its_byline(title):
    """Rules above and below set a headline off, whatever marks it holds; a line of names
    alone under the lower rule is its byline."""
    body = column(
        "合肥高新区近日集中签约五个量子信息项目，覆盖芯片、测控和整机全链条。项目落地固然可喜，但产业真正的考验在于应用。",  # noqa: E501
        width=17,
    )
    page = raw_page(*BODY_A * 2, RULE, title, RULE, "仝立新", *body)
    assert kind_of(page, title) == "headline"
    assert kind_of(page, "仝立新") == "byline"


@pytest.mark.parametrize("rule", [RULE, "——————————————"])
def test_a_title_as_wide_as_the_column_between_two_rules_after_a_credit_is_a_headline(rule):
    """A story closed by its reporters' credit, the next one's title set off by rules above and
    below, drawn in box strokes or in dashes run on longer than a sentence's dash: the title
    fills the column as a line of text would, and the rules still set it apart."""
    title = "苏州工业园区设立五十亿元生物医药母基金"
    above = column(
        "日前，焦作高新区首个集成电路封装测试项目开工建设，项目总投资十二亿元。园区为项目提供标准厂房代建服务，从签约到开工仅用了九十七天。",  # noqa: E501
        width=20,
        indent=0,
    )
    body = column(
        "日前，苏州工业园区宣布设立规模五十亿元的生物医药产业母基金，重点投向创新药、高端医疗器械和合成生物等领域的早期项目。",  # noqa: E501
        width=20,
        indent=0,
    )
    page = raw_page(*above, "（记者 阚立新）", rule, title, rule, *body)
    assert kind_of(page, title) == "headline"


@pytest.mark.parametrize(
    ("upper", "lower"),
    [("园区建成全省首个氢能产", "业园区"), ("园区新型储能电站年内投", "运")],
)
def test_two_lines_between_two_rules_the_lower_finishing_the_upper_are_one_headline(upper, lower):
    """Rules above and below set off a title wrapped at its measure: the lower line finishes a
    word the upper one cut, and is no rubric of its own."""
    body = column("记者从园区获悉，今年前三季度，园区企业完成交易额10.6亿元，同比增长1.4倍。", width=13)
    page = raw_page(*BODY_A * 2, RULE, upper, lower, RULE, *body)
    assert kind_of(page, f"{upper}\n{lower}") == "headline"


@pytest.mark.parametrize("name", ["回音壁·问政", "县域经济·园区", "园区新闻·高新区"])
def test_a_dotted_rubric_read_in_one_group_under_a_title_is_parted_from_it(name):
    """A story's title printed after its closed text, read in one group with the logo heading
    the next story's column: the logo is no line of the title."""
    title = "蚌埠高新区设立显示材料“工程师驿站”"
    page = raw_page(*BODY_A * 4, "（记者 阚立新）", (title, name), *BODY_A * 4)
    assert ("furniture", name) in kinds(page)
    assert ("headline", title) in kinds(page)


@pytest.mark.parametrize("name", ["阿依古丽·买买提", "古丽娜尔·艾力"])
def test_a_dotted_name_under_a_title_mid_page_is_no_rubric(name):
    page = raw_page(*BODY_A * 4, "（记者 阚立新）", ("蚌埠高新区设立显示材料“工程师驿站”", name), *BODY_A * 4)
    assert ("furniture", name) not in kinds(page)


@pytest.mark.parametrize("name", ["园区新闻·高新区", "园区·高新区"])
def test_the_text_closed_above_a_dotted_rubric_ends_there(name):
    """Printed between two stories, the rubric ends the one above whatever follows it (a notice
    box set among the stories, say)."""
    items = layout(RawPage("t.txt", raw_page(*BODY_A * 4, name, "扫码阅读全文", *BODY_A * 4)))
    at = next(k for k, item in enumerate(items) if item.text == name)
    assert items[at - 1].ends_article


PAGE_NOTES = ("科技园区报·高新区传真", "扫码阅读园区新闻全文", "本版图片除署名外均由园区提供")


@pytest.mark.parametrize("note", PAGE_NOTES)
def test_the_text_closed_above_a_page_note_printed_once_ends_there(note):
    """A note on the whole page printed between two stories (a running head, a read-on prompt, a
    credit for the page's photos) is no line of either: the one above ends before it, and the
    title below it stands alone."""
    title = "西安高新区硬科技企业加速成长"
    second = ("本报讯 近日，西安高新区发布数据，硬科技", "企业数量增长明显。")
    items = layout(RawPage("t.txt", raw_page(*BODY_A * 4, note, title, *second)))
    at = next(k for k, item in enumerate(items) if item.text == note)
    assert (items[at].kind, items[at - 1].ends_article) == ("furniture", True)
    assert ("headline", title) in [(item.kind, item.text) for item in items]


@pytest.mark.parametrize("title", ["扫码点餐进园区", "科技日报社记者走进西安高新区"])
def test_a_title_about_scanning_or_a_paper_is_no_page_note(title):
    assert not is_furniture_line(title)


@pytest.mark.parametrize("line", ["园区印刷企业引进CMYK", "印刷时分为四色，即C M Y K", "色彩模式：C M Y K"])
def test_text_on_process_colours_is_no_slug_line(line):
    assert not is_furniture_line(line)


@pytest.mark.parametrize("line", ["■ 辽阳高新区设立新材料种子基金", "■ 南通高新区推出人才安居新政"])
def test_a_marked_line_under_a_banner_is_a_brief_title(line):
    body = column("本月起，辽阳高新区设立规模一亿元的新材料种子基金，重点投向精细化学品领域。", width=13)
    assert kind_of(raw_page(*BODY_A, "园区简讯", line, *body), line) == "headline"


@pytest.mark.parametrize("name", ["高新园区", "园区新闻", "科技园区"])
def test_a_page_name_of_two_words_between_date_and_editor_lines_is_furniture(name):
    """ "高新园区" opens with a surname (高) but is two dictionary words, no person's name."""
    assert kind_of(raw_page("2019年8月25日　星期日", name, "责任编辑 黄蓉蓉", *BODY_A), name) == "furniture"


@pytest.mark.parametrize("name", ["园区周刊", "园区", "国家高新区"])
def test_a_page_name_printed_tight_between_date_and_page_number_is_furniture(name):
    """The masthead's lines printed together read as a group, its name as the group's display
    line; no headline stands between two furniture lines, with no text of its own under it."""
    page = raw_page(("2026年12月7日 星期六", name, "第5版"), "（上接第1版）", *BODY_A)
    assert kind_of(page, name) == "furniture"


def _vertical(title: str, per_line: int = 2) -> tuple[str, ...]:
    return tuple(title[i : i + per_line] for i in range(0, len(title), per_line))


@pytest.mark.parametrize(
    "title",
    [
        "焦作高新区推出十条惠企措施",
        "茂名高新区首座加氢站投运",
        "“艾草标准”从这里走向全国",
        "“做材料要耐得住寂寞”",  # its closing mark alone on the last line
    ],
)
@pytest.mark.parametrize("stacked", [True, False])
@pytest.mark.parametrize("per_line", [1, 2])
def test_a_title_set_vertically_is_read_back_as_one_line(title, stacked, per_line):
    """A title set in a narrow upright box is read back one or two characters a line, its
    quotation marks on lines of their own when one a line."""
    lines = _vertical(title, per_line)
    body = column(
        "近日，焦作高新区出台《关于进一步优化营商环境服务企业发展的十条措施》，聚焦融资、用地、用工等企业关切。"
        "一是设立5亿元应急转贷资金，企业转贷费率降至日万分之一，二是推行标准地与承诺制，工业项目拿地即开工。",
        "园区负责人表示，十条措施将按季度评估落实情况，并向企业公开办理结果，接受企业和社会各界的监督。",
    )
    page = "\n".join([*lines, *body]) + "\n" if stacked else raw_page(lines, *body)
    assert ("headline", title) in kinds(page)


@pytest.mark.parametrize("lines", [("王明", "李华"), ("7", "园区", "12")])
def test_two_short_lines_or_figures_are_no_vertical_title(lines):
    assert "".join(lines) not in [text for _, text in kinds(raw_page(lines, *BODY_A))]


def test_a_name_printed_apart_over_a_vertical_title_is_no_part_of_it():
    """The title's lines are joined alike; a blank line parts the author's name above them."""
    kinds_read = kinds(raw_page(*BODY_A, "厉娜", ("小零", "件里", "的大", "链条"), *BODY_A))
    assert ("headline", "小零件里的大链条") in kinds_read


@pytest.mark.parametrize(
    "note, forward",
    [
        ("（转第8版）", True),
        ("（转第12版）", True),
        ("（下转第3版）", True),
        ("（上接第1版）", False),
        ("（接第3版）", False),  # 接 alone in brackets brings the text from page N
        ("转第6版▶", True),  # unbracketed, an arrow pointing the way
        ("▶转2版", True),
        ("◀续第4版", False),
        ("◀续第 4 版", False),
    ],
)
def test_a_jump_line_with_turn_alone_sends_the_text_on(note, forward):
    """转 alone sends the text on to page N, as 下转 does; 续 after an arrow brings it from one."""
    lines = ("园区还举行了集成电路产业发展大会，", "签约项目二十余个。")
    items = layout(RawPage("t.txt", raw_page(*lines, note) if forward else raw_page(note, *lines)))
    body = [item for item in items if item.kind == "body"]
    assert ("furniture", note) in [(item.kind, item.text) for item in items]
    assert (body[-1].ends_article, body[0].starts_article) == (forward, not forward)


@pytest.mark.parametrize(
    "line, jump",
    [
        ("产业发展大会。（下转第3版）", "（下转第3版）"),
        ("（ 上 接 第 A2 版 ）", "（ 上 接 第 A2 版 ）"),
        ("详见下转第5版相关报道", "下转第5版"),
        ("第3版", None),  # a page named, and no jump to it
        ("产业发展大会。（下转第3期）", None),  # a jump names a page, not an issue
        ("签约项目二十余个。", None),
        # or, for a tail printed lower on the same page, the column it stands in
        ("（下转第 4 栏）", "（下转第 4 栏）"),
        ("产业发展大会。（上接第1栏）", "（上接第1栏）"),
        ("园区开设人才专栏。", None),
        # or by its side, with no number
        ("（转右栏）", "（转右栏）"),
        ("（接左栏）", "（接左栏）"),
        ("（转下栏）", "（转下栏）"),
        ("产业发展大会。（接上栏）", "（接上栏）"),
        ("园区在右栏目中公布名单。", None),
        ("（转右侧）", None),
        ("转第6版▶", "转第6版▶"),
        ("◀续第4版", "◀续第4版"),
        ("（接第7版）", "（接第7版）"),
        ("接第7版", None),  # no bracket and no arrow: words of a sentence
        ("转第6版", None),  # no bracket and no arrow: words of a sentence
        ("续写第3版新篇章", None),
        # alone on its line, a jump line needs no bracket; its page may be in Chinese numerals
        ("上接1版", "上接1版"),
        ("（紧接第一版）", "（紧接第一版）"),
        ("紧接第一版", "紧接第一版"),
        ("▶下转第7版", "▶下转第7版"),
        ("转07版", "转07版"),
        ("▶转2版", "▶转2版"),  # an arrow pointing on before 转 alone
        ("→转3版", "→转3版"),
        ("▶转型第3版", None),
        ("上接1版的报道", None),  # words of a sentence
        ("企业订单紧接第一版", None),
        ("他们转3版面设计", None),
        ("第一版", None),
    ],
)
def test_a_jump_names_the_page_it_goes_on_on(line, jump):
    found = find_jump(line)
    assert (found and found.group(0)) == jump


@pytest.mark.parametrize(
    ("note", "page"),
    [
        ("上接1版", 1),
        ("（紧接第一版）", 1),
        ("（上接第十版）", 10),
        ("（上接第十二版）", 12),
        ("（转第二十版）", 20),
        ("转07版", 7),
    ],
)
def test_a_jump_names_its_page_in_figures_or_in_chinese_numerals(note, page):
    assert jump_number(note) == page


TAIL_TEXT = column(
    "平顶山是全国重要的尼龙化工基地。近年来，平顶山高新区依托区内龙头企业精准招商，引导产业向终端制品延伸。",
    width=18,
)


@pytest.mark.parametrize("note", ["（上接第1版）", "上接1版", "（紧接第一版）"])
@pytest.mark.parametrize(
    ("title", "byline"),
    [
        # a title balanced over two lines, each written on a line of its own
        (("平顶山高新区尼龙", "新材料项目集中签约"), ("记者 阿依娜尔·哈布都",)),
        (("尼龙新材料项目集中签约",), ("记者 阿依娜尔·哈布都",)),
        (("平顶山高新区尼龙新材料项目集中签约",), ("本报记者 阿依娜尔·哈布都", "通讯员 李华")),
    ],
)
def test_a_tail_under_its_jump_line_may_carry_its_title_repeated(note, title, byline):
    """A story's tail printed under its jump line, its own title and byline: the title is the
    headline of the part carried on here, the text under them that part's first lines."""
    page = raw_page("合肥高新区集成电路产业发展大会举行", *BODY_A, note, *title, *byline, *TAIL_TEXT)
    article = parse_page(RawPage("t.txt", page)).articles[-1]
    assert article.title == "".join(title)
    assert article.blocks[0].text.startswith(TAIL_TEXT[0]) and article.continued_from == 1


@pytest.mark.parametrize("note", ["（上接第1版）", "上接1版"])
@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a title balanced over two lines, the text right under it
        (("平顶山高新区尼龙", "新材料项目集中签约"), TAIL_TEXT),
        # a title and its subtitle
        (("碳化硅老产业焕发新活力", "推动传统材料企业转型升级"), TAIL_TEXT),
        # a title on one line naming its park, over text set wider
        (
            ("内江高新区出台十条措施培育锂电产业",),
            column("措施明确，对新落户的锂电项目给予补助，最高五千万元。", width=28),
        ),
        # a title on one line as wide as the text's column
        (
            ("风电装备湘潭造的新高度",),
            column("过去，机组的大部分零部件需要从外地采购。园区围绕整机企业招商。", width=12),
        ),
    ],
)
def test_a_tail_under_its_jump_line_may_carry_its_title_with_no_byline(note, title, text):
    """A story's tail printed under its jump line and its title repeated, its credit closing
    it: the lines over the text are the part's headline, the text under them its first lines."""
    page = raw_page("合肥高新区集成电路产业发展大会举行", *BODY_A, note, *title, *text)
    article = parse_page(RawPage("t.txt", page)).articles[-1]
    assert article.kicker + article.title + article.subtitle == "".join(title)  # whatever its roles
    assert article.blocks[0].text.startswith(text[0]) and article.continued_from == 1


@pytest.mark.parametrize(
    "tail",
    [
        # a tail that picks up its sentence: its first line as wide as the column
        column("园区将为签约项目提供专员服务推动项目早开工早投产，力争年内全部落地。", width=16, indent=0),
        # or opens a section under its marked subheading
        (
            "二 、 场 景 开 放 牵 引",
            *column("园区向企业开放政务外网、电力调度等应用场景。", width=18, indent=0),
        ),
        # or under a plain one, well short of the text: no byline under it, no title's
        ("从单打独斗到链条协同", *column("园区梳理上下游企业83家，绘制产业链图谱，按缺补链。", width=18)),
        # its paragraph's last line under a line holding no clause: no title over it
        (
            "二是对在园区创业的大学生给予最高五十万",
            "元的免息贷款。",
            *column("三是建设青年人才驿站，为来汉求职的毕业生提供免费住宿。", width=19, indent=0),
        ),
        # its first lines in a narrow column holding no clause: the text runs on from them
        column("园区将为签约项目提供专员服务推动项目早开工早投产，力争年内全部落地。", width=8, indent=0),
    ],
)
def test_a_tail_that_picks_up_its_text_under_its_jump_line_has_no_title_of_its_own(tail):
    page = raw_page("合肥高新区集成电路产业发展大会举行", *BODY_A, "（上接第1版）", *tail)
    article = parse_page(RawPage("t.txt", page)).articles[-1]
    assert not article.title and article.continued_from == 1


@pytest.mark.parametrize(
    ("note", "column", "page"),
    [("（下转第 4 栏）", 4, 0), ("（下转第3版）", 0, 3)],
)
def test_a_jump_to_a_column_keeps_the_column_and_names_no_page(note, column, page):
    items = layout(RawPage("t.txt", raw_page(*BODY_A, note)))
    last = [item for item in items if item.kind == "body"][-1]
    assert last.ends_article and (last.continues_in_column, last.continues_on) == (column, page)


@pytest.mark.parametrize("note", ["（下转第 4 栏）", "（下转第3版）"])
def test_a_pull_quote_over_a_jump_line_leaves_the_line_above_it_ending_the_part(note):
    """The quote repeats a sentence of the text: the part printed here broke off above it."""
    text = column("园区企业加快数字化改造。产业链向下游延伸，也让园区的能耗管理面临新要求。园区建设平台。")
    quote = ("产业链向下游延伸，也", "让园区的能耗管理面临", "新要求。")
    items = layout(RawPage("t.txt", raw_page(*text, *quote, note)))
    body = [item for item in items if item.kind == "body"]
    assert body[-1].text == text[-1] and body[-1].ends_article
    assert (body[-1].continues_in_column, body[-1].continues_on) in {(4, 0), (0, 3)}


def test_jump_line_inside_a_body_line_is_cut_out():
    items = kinds(raw_page("本报讯 近日，合肥高新区举行集成电路", "产业发展大会。（下转第3版）"))
    assert ("furniture", "（下转第3版）") in items and ("body", "产业发展大会。") in items


@pytest.mark.parametrize(
    "line, kind",
    [
        ("▶ 林露虹 本报特约通讯员 李幼君", "byline"),
        ("本报记者 张三 通讯员 李四", "byline"),
        ("园区一角。 图片来源：合肥高新区", "caption"),
        ("图片来源：合肥高新区", "caption"),
        ("新建成的研发中心 本报记者 张三 摄", "caption"),
    ],
)
def test_bylines_and_captions(line, kind):
    assert kind_of(raw_page(*BODY_A, line), line) == kind


@pytest.mark.parametrize(
    "line, caption",
    [
        ("合肥高新区管委会 摄影", True),
        ("合肥高新区管委会 提供", True),
        ("本报记者 张三 摄影", True),
        ("他从小热爱摄影", False),  # a sentence's 摄影 and 提供 follow their words tight
        ("为园区企业提供", False),
        ("业平台，为良\u3000种繁育\u3000提供", False),  # a justified line's gaps part no credit
    ],
)
def test_a_credit_may_close_on_the_whole_word_of_taking_or_supplying_the_photo(line, caption):
    assert is_caption(line) is caption
    if caption:
        assert split_caption(line).credit in {"合肥高新区管委会", "张三"}


@pytest.mark.parametrize(
    "line, caption",
    [
        ("张三摄\u3000工人在车间分拣鲜人参。", ("工人在车间分拣鲜人参。", "张三", "摄")),
        ("本报记者 张三 摄\u3000工人在车间分拣鲜人参。", ("工人在车间分拣鲜人参。", "张三", "本报记者 摄")),
        ("古丽娜尔·艾力摄  工人在车间分拣鲜人参。", ("工人在车间分拣鲜人参。", "古丽娜尔·艾力", "摄")),
        ("合肥高新区供图\u3000园区一角。", ("园区一角。", "合肥高新区", "供图")),
    ],
)
def test_a_caption_printed_credit_first_on_its_line_is_a_caption(line, caption):
    """ "张三摄　…。": the photo's maker and the word of taking it, a gap, then the caption's text."""
    assert is_caption(line)
    found = split_caption(line)
    assert (found.text, found.credit, found.label) == caption
    assert kind_of(raw_page(*BODY_A, line, *BODY_A), line) == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "现场拍摄\u3000完成了新品的宣传片。",  # a sentence's verb of taking: no maker named whole
        "张三摄\u3000于园区\u3000研发中心。",  # a justified line's gaps spread its words
        "张三摄\u3000工人在车间分拣鲜人参",  # no sentence closes the line
    ],
)
def test_a_line_opening_on_a_word_of_taking_over_no_caption_text_is_no_caption(line):
    assert not is_caption(line)


@pytest.mark.parametrize(
    "credit, label, name",
    [("组图：张三 摄", "组图：", "张三 摄"), ("本报记者 张三 摄（组图）", "本报记者 摄（组图）", "张三")],
)
def test_a_photo_groups_credit_under_its_captions_text_is_one_caption(credit, label, name):
    """A group of photos credited as one ("组图：…", "…摄（组图）") on a line of its own under the
    caption's sentence: the credit of that caption."""
    items = kinds(raw_page(*BODY_A, "工人在车间分拣鲜人参。", credit, *BODY_A))
    assert ("caption", "工人在车间分拣鲜人参。 " + credit) in items
    found = split_caption("工人在车间分拣鲜人参。 " + credit)
    assert (found.text, found.credit, found.label) == ("工人在车间分拣鲜人参。", name, label)


def test_two_lines_printed_together_are_a_headline():
    text = raw_page(*BODY_A, ("合肥高新区集成电路大会", "签约项目超三百亿元"), *BODY_A)
    assert ("headline", "合肥高新区集成电路大会\n签约项目超三百亿元") in kinds(text)


@pytest.mark.parametrize(
    "lines, headlines",
    [
        (("深圳高新区开放100", "个人工智能应用场景"), ["深圳高新区开放100\n个人工智能应用场景"]),
        (("松山湖Micro", "LED新型显示项目开工"), ["松山湖Micro\nLED新型显示项目开工"]),
        (("紫竹高新区AI", "科研开放平台上线"), ["紫竹高新区AI\n科研开放平台上线"]),
        (
            ("仲恺高新区储能电池产能突破60GWh", "走进宝鸡高新区"),
            ["仲恺高新区储能电池产能突破60GWh", "走进宝鸡高新区"],
        ),
        # a number and its unit close a phrase: the line below is another headline
        (
            ("仲恺高新区储能电池产能突破60GWh", "两岸融合发展观察"),
            ["仲恺高新区储能电池产能突破60GWh", "两岸融合发展观察"],
        ),
        (("智算中心二期投运 新增算力2000P", "企业家访谈"), ["智算中心二期投运 新增算力2000P", "企业家访谈"]),
        (
            ("全产业链产值去年增长27%", "汕头高新区建成玩具跨境电商直播基地"),
            ["全产业链产值去年增长27%", "汕头高新区建成玩具跨境电商直播基地"],
        ),
    ],
)
def test_a_headline_line_ending_half_width_joins_the_next_unless_another_begins(lines, headlines):
    assert [
        text for kind, text in kinds(raw_page(*BODY_A, lines, *BODY_A)) if kind == "headline"
    ] == headlines


@pytest.mark.parametrize(
    "group, line",
    [(("走进园区企业", "一根碳纤维的“"), "突围”之路"), (("合肥高新区发布", "《集成电路"), "产业发展规划》")],
)
def test_a_headline_leaving_a_quotation_open_joins_the_next_line_across_a_blank_line(group, line):
    """A quotation or title mark left open runs on into the next line, however the extractor
    spaced the two."""
    headlines = [text for kind, text in kinds(raw_page(*BODY_A, group, line, *BODY_A)) if kind == "headline"]
    assert headlines == ["\n".join((*group, line))]


@pytest.mark.parametrize(
    "lines, headlines",
    [
        (("狮子山高新区锂电铜箔产", "能跃居全国前列"), ["狮子山高新区锂电铜箔产\n能跃居全国前列"]),
        (("衡阳高新区建成特", "高压变压器公共试验平台"), ["衡阳高新区建成特\n高压变压器公共试验平台"]),
        # broken between words: nothing shows the two lines are one headline
        (("渭南高新区3D打印产业园", "企业增至68家"), ["渭南高新区3D打印产业园", "企业增至68家"]),
        # an answer's opening, set short: text, not a headline broken in two
        (("黎嘉欣：港澳高", "校的基础研究"), ["黎嘉欣：港澳高", "校的基础研究"]),
        # two whole words read as one compound ("产业园区"): each line ends on a word
        (
            ("唐山高新区十条举措壮大机器人产业", "园区特色产业巡礼"),
            ["唐山高新区十条举措壮大机器人产业", "园区特色产业巡礼"],
        ),
        (("齐齐哈尔高", "新区重型铸件绿色工厂投产"), ["齐齐哈尔高\n新区重型铸件绿色工厂投产"]),
    ],
)
def test_a_headline_line_broken_inside_a_word_joins_the_next_across_a_blank_line(lines, headlines):
    """A headline set across columns may be written as two lines apart; a headline line ends on
    a whole word, so one cut inside a word goes on into the next."""
    assert [
        text for kind, text in kinds(raw_page(*BODY_A, *lines, *BODY_A)) if kind == "headline"
    ] == headlines


@pytest.mark.parametrize(
    "lines, headlines",
    [
        (("许昌高新区发制品企业", "直播带货出海"), ["许昌高新区发制品企业\n直播带货出海"]),
        (("随州高新区应急", "装备出口订单同比翻番"), ["随州高新区应急\n装备出口订单同比翻番"]),
        # its predicate printed over the subtitle in one block of lines
        (
            ("紫竹高新区芯片", "设计人才公寓启用\n首批可入住青年人才600余人"),
            ["紫竹高新区芯片\n设计人才公寓启用\n首批可入住青年人才600余人"],
        ),
        # a few characters over a title twice as wide are that title's kicker
        (
            ("安庆高新区化工新材料码头开港", "陇原新材料", "白银高新区稀土永磁项目开工"),
            ["安庆高新区化工新材料码头开港", "陇原新材料", "白银高新区稀土永磁项目开工"],
        ),
        # a title in two parts is whole, whatever the width of the space between them
        (
            ("延吉高新区跨境电商产业园开园\u3000首批28家企业入驻", "数字经济访谈"),
            ["延吉高新区跨境电商产业园开园\u3000首批28家企业入驻", "数字经济访谈"],
        ),
    ],
)
def test_a_headline_broken_after_its_subject_joins_what_the_subject_did(lines, headlines):
    """A headline set across columns may break between words: a park and things of it with no
    verb wait for the phrase printed apart under them that says what they did."""
    assert [
        text for kind, text in kinds(raw_page(*BODY_A, *lines, *BODY_A)) if kind == "headline"
    ] == headlines


def test_a_half_width_line_end_does_not_make_a_headline():
    text = raw_page("本报讯 近日，合肥高新区在 2021", "年举行集成电路大会，签约项目二十余个。")
    assert [k for k, _ in kinds(text)] == ["body", "body"]


def test_lone_title_between_an_article_end_and_a_dateline_is_a_headline():
    text = raw_page(
        *BODY_A,
        "西安高新区硬科技企业加速成长",
        "本报讯 近日，西安高新区发布数据，硬科技",
        "企业数量增长明显。",
    )
    assert kind_of(text, "西安高新区硬科技企业加速成长") == "headline"


@pytest.mark.parametrize(
    "title",
    ["芯片设计企业为何扎堆科学城？", "西安高新区硬科技企业加速成长", "“灯塔工厂”来了！"],
)
def test_a_title_spaced_out_with_ideographic_spaces_is_a_headline_whatever_it_ends_on(title):
    """A headline set with an ideographic space after every character, over a byline or a
    dateline, asking or exclaiming: no body line is set so."""
    spaced = "\u3000".join(title)
    body = ("近日，西安高新区发布数据，硬科技企业", "数量增长明显。")
    text = raw_page(*BODY_A, spaced, "本报记者 王明", *body)
    assert kind_of(text, spaced) == "headline"


@pytest.mark.parametrize("repeated", ["━━━━━━━━━━━━", "园区新闻·高新区", "扫码阅读全文"])
def test_a_line_printed_again_between_the_stories_is_page_furniture(repeated):
    """A rule, a running head or a "read on" prompt printed after each story is no story's text,
    nor an author's name, nor a title."""
    second = ("本报讯 近日，西安高新区发布数据，硬科技", "企业数量增长明显。")
    text = raw_page(*BODY_A, repeated, "西安高新区硬科技企业加速成长", *second, repeated)
    assert [kind for kind, line in kinds(text) if line == repeated] == ["furniture", "furniture"]


TWO_STORIES = ("西安高新区硬科技企业加速成长", "苏州工业园区生物医药订单破百亿")  # their headlines
WRAPPED_TWICE = {
    # a stock phrase two stories break alike, a word cut at the break
    "word_cut": (
        ("园区相关负责人表", "示，将加快建设中试平台。"),
        ("园区相关负责人表", "示，明年将再扩大产能。"),
    ),
    # a stock sentence two stories say alike, each copy over the same next line
    "same_passage": (
        ("园区正围绕新材料编制专项规划，", "明年将再推出一批应用", "场景和公共服务平台。"),
        ("园区正围绕生物医药编制专项规划，", "明年将再推出一批应用", "场景和公共服务平台。"),
    ),
}


@pytest.mark.parametrize("tails", WRAPPED_TWICE.values(), ids=WRAPPED_TWICE.keys())
def test_a_line_each_story_wraps_alike_stays_text(tails):
    """Two stories' columns may break a stock phrase at the same character: the line printed twice
    runs on into the text under it each time, a line of that text and no running head."""
    first = ("本报讯 近日，西安高新区发布数据，硬科技", "企业数量增长明显。", *tails[0])
    second = ("本报讯 日前，苏州工业园区生物医药企业", "新签订单超过百亿元。", *tails[1])
    text = raw_page(*BODY_A, TWO_STORIES[0], *first, TWO_STORIES[1], *second)
    assert [kind for kind, line in kinds(text) if line == tails[0][-2]] == ["body", "body"]


@pytest.mark.parametrize(
    "under",
    [
        ("部件本地配套率超六成", "示，将加快建设中试平台。"),  # one copy over a headline's rest: no text's
        ("示，将加快建设中试平台。", "部件本地配套率超六成"),
    ],
)
def test_a_repeated_line_not_every_copy_of_which_wraps_into_text_is_furniture(under):
    """A line one copy of which runs on into no text (a headline's rest under it) is read as
    repeated lines are: furniture."""
    repeated = "柳州高新区新能源汽车零"
    first = ("本报讯 近日，西安高新区发布数据，硬科技", "企业数量增长明显。", repeated, under[0])
    second = ("本报讯 日前，苏州工业园区生物医药企业", "新签订单超过百亿元。", repeated, under[1])
    text = raw_page(*BODY_A, TWO_STORIES[0], *first, TWO_STORIES[1], *second)
    assert [kind for kind, line in kinds(text) if line == repeated] == ["furniture", "furniture"]


def test_an_interview_question_printed_again_stays_text():
    """A question pulled out of an interview and printed again is no furniture."""
    question = "问：这次扩围新增了哪些行业？"
    answer = ("答：新增了软件和信息服务、检验检测等", "行业。")
    text = raw_page(*BODY_A, question, *answer, question, *answer)
    assert "furniture" not in [kind for kind, line in kinds(text) if line == question]


@pytest.mark.parametrize("question", ["芯片设计企业为何扎堆科学城？", "“首台套”为何难进市场？"])
@pytest.mark.parametrize("under", [("本报记者 王明",), ("——访西安高新区管委会主任", "本报记者 王明")])
def test_a_question_over_its_byline_or_subtitle_is_a_headline(question, under):
    body = ("近日，西安高新区发布数据，硬科技企业", "数量增长明显。")
    text = raw_page(*BODY_A, question, *under, *body)
    assert kind_of(text, question) == "headline"


@pytest.mark.parametrize(
    "under, kind",
    [
        (("——访西安高新区管委会主任", "本报记者 王明"), "headline"),  # a subtitle: its title may ask so
        (("本报记者 王明",), "body"),  # over a byline alone, a question in two phrases may be text
    ],
)
def test_a_question_of_two_phrases_over_a_subtitle_is_its_title(under, kind):
    question = "硬科技企业扎堆，园区能做什么？"
    body = ("近日，西安高新区发布数据，硬科技企业", "数量增长明显。")
    text = raw_page(*BODY_A, question, *under, *body)
    assert kind_of(text, question) == kind


FEATURE = (
    "在南昌高新区一家芯片企业展厅",
    "里，摆放着一盏看似普通的路灯。工",
    "作人员打开开关，柔和的暖黄色光线",
    "洒满房间，光效比传统钠灯高出一倍",
    "多。",
)


@pytest.mark.parametrize(
    "under_kicker, kind",
    [
        (("一颗黄光芯片走过的十年攻关之路", *FEATURE), "headline"),  # over an indented first line: a title
        (FEATURE, "body"),  # indented itself, over a full line: a first line under a subheading
    ],
)
def test_a_line_under_a_kicker_is_a_title_when_the_next_line_lost_its_indent(under_kicker, kind):
    text = raw_page(*BODY_A, "科技成果转化故事", *under_kicker)
    assert kind_of(text, under_kicker[0]) == kind


def test_a_dash_subtitle_wider_than_the_column_is_a_headline_with_the_title_above_it():
    above = column(
        "“蓝图已经绘就，关键在于落实。”玉溪高新区有关负责人表示，园区将对重点任务实行季度调度和年度"
        "考核，确保行动计划各项目标如期实现。",
        width=19,
    )
    below = column(
        "在南昌高新区一家芯片企业的展厅里，摆放着一盏看似普通的路灯。工作人员打开开关，柔和的暖黄色"
        "光线洒满房间。",
        width=19,
    )
    title, subtitle = "玉溪高新区绘就“一区三园”发展蓝图", "——解读《玉溪高新区高质量发展三年行动计划》"
    text = raw_page(*above, title, subtitle, " 玉溪高新区一角。 图片来源：玉溪高新区", *below)
    assert (kind_of(text, title), kind_of(text, subtitle)) == ("headline", "headline")


def test_a_phrase_after_a_closing_quote_that_ends_no_sentence_is_no_author():
    title = "桂林高新区餐饮店“明厨亮灶” 顾客扫码看后厨"
    text = raw_page(*BODY_A, title, "本报讯 桂林高新区近日完成辖区餐饮", "单位智慧监管升级。")
    assert "author" not in [kind for kind, _ in kinds(text)]


def test_a_dateline_parts_the_column_widths_of_two_articles():
    wide = column(
        "石家庄高新区企业通过专利、商标等知识产权质押获得银行贷款十五亿元，同比增长近五成，惠及企业两百余家。",
        "园区有关负责人表示，将推动质押融资从单一专利向专利组合拓展，让更多知产变成资产。",
        width=19,
    )
    narrow = column(
        "本报讯 桂林高新区近日完成辖区餐饮单位明厨亮灶智慧监管升级，六百八十家餐饮店的后厨视频接入"
        "智慧监管平台，顾客在店内扫码即可实时查看后厨操作画面，食品安全监管更加透明高效。",
        width=15,
    )
    last_paragraph = wide[-3]
    assert last_paragraph.startswith("园区")
    assert kind_of(raw_page(*wide, *narrow), last_paragraph) == "body"


def test_a_line_where_one_sentence_ends_and_another_begins_is_no_headline_however_wide():
    wide = "园区召开大会。会上，园区安排专项资金一千万元支持成员"  # set wider than its column
    text = raw_page(*BODY_A, wide, "单位联合申报新药和医疗器械注册。", "芜湖高新区机器人产业园")
    assert kind_of(text, wide) == "body"


@pytest.mark.parametrize(
    "line",
    [
        "科学城内，道路、管网、学校等配套设施同步推",  # wider than the column measured around it
        "目前，园区实行告知承诺制的涉企审批",
        "园区还将扩大试点；首批企业",  # short, as a headline would be
        "园区还将扩大试点;首批企业",  # punctuation read as ASCII
        "业的生产车间里,一",
    ],
)
def test_a_line_holding_a_comma_or_semicolon_is_no_headline(line):
    """A headline parts its phrases with a space, never with a comma or semicolon."""
    text = raw_page(*BODY_A, line, "进，一座“科学之城”正在拔地而起。", *BODY_A)
    assert kind_of(text, line) == "body"


@pytest.mark.parametrize(
    "text, clause",
    [
        ("产品销往欧洲,中东", True),
        ("需求很大;企业", True),
        ("园区企业达1,200家", False),
        ("良种繁育基地,12架植", True),  # a figure opening the next clause
        ("产值38.5亿元;2,300人", True),
        ("全年接待游客2,300,000人次", False),
    ],
)
def test_an_ascii_comma_marks_a_clause_but_not_in_a_number(text, clause):
    assert bool(CLAUSE_MARK.search(text)) == clause


CLOSED_16 = column(
    "新年伊始，园区生产车间里一派繁忙景象，多条生产线满负荷运转，订单排到了三个月以后，"
    "工人们分三班轮流上岗，园区去年新增规上工业企业三十余家，工业总产值稳步增长。"
)
NEXT_PARAGRAPH_16 = column(
    "人参是通化最有名的金字招牌，过去当地人参多以原料形式外销，深加工产品少，利润的大头"
    "被外地企业拿走，如今园区企业正在把一棵人参吃干榨尽，做成药品、食品和化妆品。"
)


@pytest.mark.parametrize("heading", ["从“一棵参”到“一条产业链”", "园区服务体系持续完善再上台阶"])
def test_a_line_between_a_closed_paragraph_and_an_indented_one_is_a_subheading(heading):
    """As wide as a paragraph's first line, but the line after it lost its own indent: this
    line opens no paragraph, and closing no sentence it ends none."""
    text = raw_page(*CLOSED_16, heading, *NEXT_PARAGRAPH_16)
    assert kind_of(text, heading) == "headline"


# Paragraphs set flush, without an indent: each first line as wide as the column
FLUSH_OPENING_16 = column(
    "新年伊始，园区生产车间里一派繁忙景象，多条生产线满负荷运转，订单排到了三个月以后。",
    "园区负责人介绍，去年新增规上工业企业三十余家，工业总产值稳步增长，创新能力明显提升，"
    "一批企业建成智能工厂和数字化车间。",
    indent=0,
)
FLUSH_CLOSING_16 = column(
    "人参是通化最有名的金字招牌，过去当地人参多以原料形式外销，深加工产品少，利润的大头"
    "被外地企业拿走，如今园区企业正在把一棵人参吃干榨尽。",
    "下一步，园区将继续引进精深加工企业，延伸产业链条，完善检验检测和仓储物流等配套，"
    "打造具有影响力的产业集群。",
    indent=0,
)


@pytest.mark.parametrize(
    "first, following",
    [
        ("园区一家稀土回收企业每年从废料中", ("回收稀土氧化物约六千吨，相当于开", "采数十万吨矿。")),
        ("内蒙古农业大学乳品生物技术与工程", ("教育部重点实验室入驻基地，为企业", "提供检测服务。")),
    ],
)
def test_a_full_line_after_a_paragraph_end_opens_a_paragraph_where_paragraphs_are_set_flush(first, following):
    """Where paragraphs are set flush, a line as wide as the column after a paragraph's end is
    the next paragraph's first, though no indent was lost."""
    text = raw_page(*FLUSH_OPENING_16, first, *following, *FLUSH_CLOSING_16)
    assert kind_of(text, first) == "body"


@pytest.mark.parametrize(
    "heading", ["一个整机项目带来一条产业链", "一、研发平台补齐产业链短板", "【研发平台补齐产业链短板】"]
)
def test_a_line_short_of_the_column_between_flush_paragraphs_is_a_subheading(heading):
    """As wide as an indented paragraph's first line, but paragraphs here are set flush: the
    line after it, full, opens the next paragraph, and this one, closing no sentence, ends none."""
    text = raw_page(*FLUSH_OPENING_16, heading, *FLUSH_CLOSING_16)
    assert kind_of(text, heading) == "headline"


# a paragraph's first line, short by its lost indent, with the comma closing it hung past the
# column's edge, and a full line after it with its own comma hung
HUNG_OPENING_16 = (
    "新乡是全国重要的电池产业基地，",
    "园区的孵化器大多围绕电池生物医药，",
    "装备制造等本地产业建设创业团队在",
    "这里能对接园区企业的真实需求。",
)


@pytest.mark.parametrize("heading", ["园区服务体系持续完善再上台阶", "一、从“给工位”到“给订单”"])
def test_a_subheading_stands_over_a_first_line_whose_closing_mark_hangs_past_the_column(heading):
    """The mark closing a line may hang one em past the column's edge: the line below the
    subheading is still a paragraph's first line, short by its lost indent."""
    text = raw_page(*CLOSED_16, heading, *HUNG_OPENING_16)
    assert kind_of(text, heading) == "headline"


@pytest.mark.parametrize("heading", ["一、从“跟跑”到“领跑”", "（四）从“跟跑”到“领跑”"])
def test_a_marked_subheading_stands_over_a_one_line_paragraph_whose_full_stop_hangs(heading):
    text = raw_page(*CLOSED_16, heading, "产业转型离不开技术支撑和人才。", *NEXT_PARAGRAPH_16)
    assert kind_of(text, heading) == "headline"


@pytest.mark.parametrize(
    "second",
    [
        ("等抵押物，融资难一直是“老大", "难”。温州高新区一家科技支行成立"),  # a closing quote pushed
        ("等 抵 押 物 融 资 难 一 直 是 老 大 难 题",),  # letter-spaced: spread out to fill it
        ("等抵押物2项融资难一直是老大",),  # a half-width character narrows it
    ],
)
def test_a_paragraph_first_line_before_a_line_short_for_another_reason_is_body(second):
    first = "科技型中小企业普遍缺少厂房土地"[:14]
    text = raw_page(*CLOSED_16, first, *second, *NEXT_PARAGRAPH_16[1:])
    assert kind_of(text, first) == "body"


@pytest.mark.parametrize(
    "line, following",
    [
        ("联合体将共建质量标准实验室和中试平", ("台。园区每年安排专项资金一千万元支持", "成员申报新药。")),
        ("园区将建设新能源汽车零部件检测中", ("心，为企业提供一站式检测认证服务。",)),
    ],
)
def test_a_full_line_whose_last_word_runs_on_into_the_next_is_body(line, following):
    """As wide as its column after a paragraph's end, so seemingly no paragraph's first line;
    but no headline ends inside a word that the next line finishes."""
    closed = column("近日，合肥高新区举行集成电路产业发展大会，签约项目二十余个，总投资三百亿元。", width=17)
    text = raw_page(*closed, line, *following)
    assert kind_of(text, line) == "body"


@pytest.mark.parametrize(
    "first, following",
    [
        (
            "一 杯 牛 奶 有 多 少 科 技 含 量 ？ 在 呼 和 浩 特 金",
            ("山高新区，这个问题可以从一株菌种、一头奶", "牛说起。"),
        ),
        ("走进园区一家乳企的研", ("发中心，货架上摆着上百种正在测试的新品：", "酸奶。")),
    ],
)
def test_a_line_whose_word_the_prose_below_ends_is_no_title(first, following):
    """Under the page's furniture a paragraph's first line, naming no clause, looks like a
    title; but it ends inside a word the prose under it finishes, as no title does."""
    text = raw_page("2026年12月7日 星期日", "编辑/热依拉 版式/虞然", first, *following)
    item = next(item for item in layout(RawPage("t.txt", text)) if item.text == first)
    assert (item.kind, item.title_like) == ("body", False)


@pytest.mark.parametrize(
    "first, following",
    [
        ("鄂尔多斯高新区负责人", ("介绍，园区正在推进风光制", "氢一体化项目，建成后可为重卡提供", "绿氢。")),
        ("园区有关负责人表示", ("下一步将继续推进", "氢能产业链招商，打造具有影响力的", "产业集群。")),
    ],
)
def test_a_line_written_with_its_indent_is_body_however_narrow_its_column(first, following):
    """Beside a photo the column narrows, and a paragraph's first line there, naming no clause,
    looks like a title; but the extractor kept its indent, which opens a paragraph alone."""
    lines = column("近日，一百辆氢燃料电池重卡在鄂尔多斯高新区投入运营，主要承担煤炭短途运输任务。")
    text = raw_page("  " + lines[0], *lines[1:], "  " + first, *following)
    item = next(item for item in layout(RawPage("t.txt", text)) if item.text == first)
    assert (item.kind, item.title_like) == ("body", False)


@pytest.mark.parametrize("pad", ["    ", "        ", "\u3000\u3000\u3000"])
def test_a_name_set_to_the_right_after_the_last_line_is_no_indented_paragraph(pad):
    """More spaces than an indent's set a trailing author to the right: it opens no paragraph,
    and the headlines after it stay headlines."""
    text = raw_page(
        *column("本报讯 日前，拉萨高新区众创空间第三批十五个创业团队签约入驻，负责人多是本地高校毕业生。"),
        pad + "扎西次仁",
        "产教融合新探索",
        "潍坊高新区：“校企双元”育工匠",
        "■本报记者 王海燕",
        *column("在潍坊高新区，职业院校和企业共建产业学院，学生入学即入职。"),
    )
    assert [kind_of(text, line) for line in ("扎西次仁", "产教融合新探索")] == ["author", "headline"]


HUAIAN_LEAD = (
    "今年以来，淮安高新区围绕盐化工和新材料产业绿色转型，推出一系列举措，"
    "园区单位工业增加值能耗同比下降百分之六。"
)


@pytest.mark.parametrize(
    "line, following",
    [("园区对十二家重点用能企", "业开展能效诊断，推动企"), ("园区为二十家企业搭", "建研发平台，帮助企业攻")],
)
def test_a_narrowed_line_whose_last_word_the_next_line_finishes_is_body(line, following):
    """Beside a photo the column narrows, and a paragraph's first line there looks short enough
    for a headline; but no headline ends inside a word that the next line finishes."""
    first, *rest = column(HUAIAN_LEAD)
    closed = "  一是实施节能降碳改造。"
    text = raw_page("  " + first, *rest, closed, line, following, "新材料，工业固废综合利用率提高到九成。")
    assert kind_of(text, line) == "body"


def test_paragraph_first_line_is_body():
    text = raw_page(*BODY_A, "下一步，合肥高新区将继续推进产业", "链招商，打造具有影响力的产业集群。")
    assert kind_of(text, "下一步，合肥高新区将继续推进产业") == "body"


@pytest.mark.parametrize(
    "last, author", [("资超过三百亿元。 王成龙", "王成龙"), ("资超过三百亿元。 曾辉 耿明强", "曾辉 耿明强")]
)
def test_trailing_author_is_split_off(last, author):
    items = kinds(raw_page(*BODY_A[:2], last))
    assert items[-2:] == [("body", "资超过三百亿元。"), ("author", author)]


@pytest.mark.parametrize(
    "words, below",
    [("平台上线", "以来，已处置各类预警信息一百六十"), ("公寓配套", "建设了共享厨房、健身房和创客空")],
)
def test_common_words_after_a_full_stop_open_the_next_sentence_no_trailing_author(words, below):
    """Two common words after a full stop ("平台" "上线"), though a surname opens them, begin the
    next sentence running on below: a name as long as two words is written with a surname of
    two characters or a name's part."""
    last = f"资超过三百亿元。 {words}"
    items = kinds(raw_page(*BODY_A[:2], last, below, "余条，进一步提升了服务水平。"))
    assert ("body", last) in items


@pytest.mark.parametrize(
    "words, below",
    [("冷库运营", "方介绍，与传统冷库相比，智能冷库的人"), ("冷库运营", "方表示，园区将再建两座冷库。")],
)
def test_a_rarer_word_and_a_common_one_after_a_full_stop_are_no_trailing_author(words, below):
    """ "冷库" is a word of the dictionary, though seldom met, and "运营" a common one: the surname
    opening them (冷) makes no name of two words, whatever follows."""
    last = f"资超过三百亿元。 {words}"
    items = kinds(raw_page(*BODY_A[:2], last, below, *NEXT_TEXT))
    assert ("body", last) in items


@pytest.mark.parametrize("words", ["只有沉下身子", "项目全部"])
def test_words_after_a_full_stop_over_the_texts_signed_last_line_are_no_trailing_author(words):
    """The line below closes a sentence and names the writer after it, before the next story's
    headline: that line is the text's last, and the words after this line's full stop begin
    its last sentence, no author's name."""
    last = f"资超过三百亿元。 {words}"
    below = "研究产业，才能真正成为企业信得过的合伙人。 昝文涛"
    items = kinds(raw_page(*BODY_A[:2], last, below, RULE, "徐州高新区工程机械企业上云率超过九成", RULE))
    assert ("body", last) in items


@pytest.mark.parametrize("names", ["马木提 热依拉·艾力", "热依拉·阿不都 吴敏"])
def test_trailing_names_with_a_middle_dot_are_split_off(names):
    items = kinds(raw_page(*BODY_A[:2], f"资超过三百亿元。 {names}"))
    assert items[-2:] == [("body", "资超过三百亿元。"), ("author", names)]


# A page whose extractor wrote each paragraph on one line (a markdown converter), headline first
PARAGRAPH_LINES = (
    "合肥高新区集成电路产业大会签约三百亿元",
    "",
    "近日，合肥高新区举行集成电路产业发展大会，签约项目二十余个，总投资超过三百亿元，涵盖设计、制造和封装测试等环节。",
    "",
)
LAST_PARAGRAPH = (
    "园区负责人介绍，今年以来园区新引进集成电路企业四十余家，产业规模同比增长两成以上。"
    "平台年内还将开放数据交易服务。"
)


@pytest.mark.parametrize("names", ["阿不都热合曼·吐尔逊", "王成龙", "次仁卓玛"])
def test_names_glued_to_a_paragraph_written_on_one_line_are_its_trailing_author(names):
    """The extractor joined the paragraph's lines and dropped the space before the author's names."""
    items = kinds("\n".join([*PARAGRAPH_LINES, LAST_PARAGRAPH + names]) + "\n")
    assert items[-2:] == [("body", LAST_PARAGRAPH), ("author", names)]


@pytest.mark.parametrize("names", ["阿不都热合曼·吐尔逊", "王成龙"])
def test_names_glued_to_a_paragraph_the_text_goes_on_after_are_no_trailing_author(names):
    """Another paragraph of text follows: the words after the full stop may open a sentence of
    the same story, whose headline the extractor may have written elsewhere."""
    following = "下一步，园区将继续推进产业链招商。"
    items = kinds("\n".join([*PARAGRAPH_LINES, LAST_PARAGRAPH + names, "", following]) + "\n")
    assert ("body", LAST_PARAGRAPH + names) in items


@pytest.mark.parametrize("words", ["王成龙", "平台上线", "项目全部"])
def test_names_glued_to_a_column_line_are_no_trailing_author(words):
    """A column's line may end on a sentence begun with a name; only a line longer than any
    column's is a paragraph joined, its space before the author dropped."""
    last = f"资超过三百亿元。{words}"
    assert kinds(raw_page(*BODY_A[:2], last))[-1] == ("body", last)


@pytest.mark.parametrize("words", ["平台上线", "项目全部"])
def test_words_glued_to_a_paragraph_written_on_one_line_that_are_no_names_stay_text(words):
    items = kinds("\n".join([*PARAGRAPH_LINES, LAST_PARAGRAPH + words]) + "\n")
    assert items[-1] == ("body", LAST_PARAGRAPH + words)


NEXT_TEXT = column("近日，芜湖高新区机器人产业园正式开园，首批入驻企业十家，涵盖工业机器人和核心零部件。")


@pytest.mark.parametrize(
    "lines, author",
    [
        (("资超过三百亿元。 暴思远（完）",), "暴思远"),  # no surname of the list
        (("资超过三百亿元。 拉毛措", "（完）"), "拉毛措"),
        (("资超过三百亿元。", "其木格 额尔敦□"), "其木格 额尔敦"),
    ],
)
def test_names_before_an_end_mark_are_the_author_though_a_text_follows(lines, author):
    """The end mark closes the text: names after its last sentence are its author's, not words
    opening a sentence that goes on in the text read next."""
    items = kinds(raw_page(*BODY_A[:2], *lines, *NEXT_TEXT))
    assert ("author", author) in items


@pytest.mark.parametrize("line", ["资超过三百亿元。 产业大会（完）", "资超过三百亿元。 会议召开□"])
def test_words_before_an_end_mark_that_are_no_names_are_no_author(line):
    items = kinds(raw_page(*BODY_A[:2], line, *NEXT_TEXT))
    assert not any(kind == "author" for kind, _ in items)


@pytest.mark.parametrize(
    "cut, rest, author",
    [
        ("徐丽", "华", "徐丽华"),  # one character left over: no name alone
        ("庄雅", "琳 胡杰", "庄雅琳 胡杰"),
        ("杨通　冉小", "琴", "杨通 冉小琴"),
        ("叶尔兰·", "哈森 罗丹", "叶尔兰·哈森 罗丹"),  # a dotted name's first part
        ("麦麦提·吐", "尔逊 古丽娜尔", "麦麦提·吐尔逊 古丽娜尔"),
        ("诸葛", "明轩", "诸葛明轩"),  # a double surname
        ("苏郎", "甲楚 林涛", "苏郎甲楚 林涛"),  # only together a name by the surname list
        ("马木提", "白雪", "马木提 白雪"),  # whole names run over
        ("诸葛明远", "陆晓冬", "诸葛明远 陆晓冬"),
    ],
)
def test_a_trailing_author_cut_at_the_column_edge_is_joined_with_the_rest_of_the_name(cut, rest, author):
    photo = "图为工人在对铜箔进行分切。 本报记者 王成龙 摄"
    items = kinds(raw_page(*BODY_A[:2], f"资超过三百亿元。 {cut}", rest, photo, *NEXT_TEXT))
    assert ("body", "资超过三百亿元。") in items and ("author", author) in items


@pytest.mark.parametrize(
    "names, below",
    [
        ("乌兰托娅 其其格", "园区特色产业巡礼"),
        ("王成龙", "园区观察"),
        ("石磊", "专访"),
        ("农丽萍", "园区·创新"),
        ("岩温", "背景"),  # a box's label opening the story's box under it
        ("王成龙", "链接"),
    ],
)
def test_a_whole_name_before_a_headline_is_not_joined_with_it(names, below):
    items = kinds(raw_page(*BODY_A[:2], f"资超过三百亿元。 {names}", below, "合肥高新区集成电路大会"))
    assert ("author", names) in items


@pytest.mark.parametrize("names", ["扎西次仁", "次仁卓玛 古丽娜尔", "阿依古丽·买买提"])
def test_names_ending_a_short_last_line_are_an_author_though_text_follows(names):
    """The next article's text may follow with no headline or dateline between: the short
    line ends its paragraph, so what follows its last sentence begins no sentence."""
    items = kinds(raw_page(*BODY_A, f"总投资三百亿元。 {names}", *NEXT_TEXT))
    assert ("author", names) in items and ("body", "总投资三百亿元。") in items


@pytest.mark.parametrize("start", ["园区还", "另一家企业", "我们把"])
def test_a_sentence_begun_on_a_full_line_is_no_author(start):
    full = "签约项目二十余个，总投资过百亿元"[: 15 - len(start)] + "。 " + start  # a full line
    items = kinds(raw_page(*BODY_A[:2], full, *NEXT_TEXT))
    assert "author" not in [k for k, _ in items]


@pytest.mark.parametrize("word, following", [("普通", "支行放贷，先看抵押物。"), ("白天", "园区一片忙碌。")])
def test_a_common_word_after_a_full_stop_that_text_follows_is_no_author(word, following):
    """A surname opens "普通" and "白天": common words, which after a full stop begin the next
    sentence as likely as they name its author, when text follows."""
    items = kinds(raw_page(*BODY_A[:2], f"资超过三百亿元。 {word}", following, *NEXT_TEXT))
    assert "author" not in [k for k, _ in items]


def test_sentence_start_after_a_full_stop_is_not_an_author():
    items = kinds(raw_page("本报讯 近日，合肥高新区举行大会。 据悉", "大会签约项目二十余个。"))
    assert "author" not in [k for k, _ in items]


def test_a_name_that_begins_a_word_of_the_next_line_is_no_author():
    items = kinds(
        raw_page(
            "本报讯 近日，合肥高新区举行大会，资金是",
            "企业最大的难题之一。 苏州",
            "高新区推动孵化器与投资机构合作，设立基金。",
        )
    )
    assert "author" not in [k for k, _ in items]


@pytest.mark.parametrize("names", ["王成龙", "努尔兰 王娟", "王明", "李华", "林静", "热依拉·艾力"])
def test_a_line_of_names_after_the_last_sentence_is_an_author(names):
    assert kind_of(raw_page(*BODY_A, names, "合肥高新区集成电路大会"), names) == "author"


def test_trailing_author_in_brackets_is_split_off():
    items = kinds(raw_page(*BODY_A[:2], "资超过三百亿元。（记者 王成龙）"))
    assert items[-2:] == [("body", "资超过三百亿元。"), ("author", "（记者 王成龙）")]


def test_picture_credit_without_a_colon_is_a_caption():
    assert (
        kind_of(raw_page(*BODY_A, "（本版图片由合肥高新区提供）"), "（本版图片由合肥高新区提供）")
        == "caption"
    )


@pytest.mark.parametrize("name", ["园区", "高新区", "关注", "园区新闻"])
def test_a_page_name_beside_furniture_after_the_last_sentence_stays_furniture(name):
    assert kind_of(raw_page(*BODY_A, name, "7"), name) == "furniture"


@pytest.mark.parametrize("name", ["次仁卓玛", "扎西次仁", "德吉央宗", "扎西顿珠"])
def test_a_name_with_no_listed_surname_after_the_last_sentence_is_an_author(name):
    assert kind_of(raw_page(*BODY_A, name, "合肥高新区集成电路大会"), name) == "author"


# Far enough from the page's top and bottom for a page name to be out of place
MID_PAGE = (
    "合肥高新区集成电路大会",
    *column(
        "本报讯 近日，合肥高新区举行集成电路产业发展大会，签约项目二十余个，"
        "总投资超过三百亿元，涵盖设计、制造和封测，园区集成电路产业规模有望再上台阶。"
    ),
)
NEXT_ARTICLE = (
    ("芜湖高新区机器人", "产业园正式开园"),
    *column(
        "本报讯 近日，芜湖高新区机器人产业园正式开园，首批入驻企业十家，"
        "涵盖工业机器人、服务机器人和核心零部件，全年产值有望突破五十亿元。"
    ),
)


def test_a_short_name_with_no_listed_surname_mid_page_is_an_author_not_the_page_name():
    assert kind_of(raw_page(*MID_PAGE, "其其格", *NEXT_ARTICLE), "其其格") == "author"


@pytest.mark.parametrize("name", ["其木格", "次仁卓玛"])
def test_a_name_with_no_listed_surname_near_the_page_bottom_is_an_author_not_the_page_name(name):
    """A page's name is a word the dictionary knows; a name after the last sentence of the
    page's last article is its author, however near the bottom."""
    assert kind_of(raw_page(*NEXT_ARTICLE, name, "图片来源：芜湖高新区"), name) == "author"


@pytest.mark.parametrize("names", ["其木格", "扎西次仁 次仁卓玛", "乌兰托娅 其其格", "扎西次仁 王娟"])
@pytest.mark.parametrize(
    "after",
    [
        # headlines printed after the article, of which the name line seemed the first
        (
            "兵团石河子高新区智能滴灌技术走出实验室",
            "印染业的“绿色新衣”",
            ("——绍兴高新区推", "动传统产业低碳转型纪实"),
        ),
        # the next article's text, its headline printed elsewhere
        column("近日，芜湖高新区机器人产业园正式开园，首批入驻企业十家，涵盖工业机器人和核心零部件。"),
    ],
)
def test_names_alone_after_the_last_sentence_are_an_author_whatever_follows(names, after):
    assert kind_of(raw_page(*MID_PAGE, names, *after, *NEXT_ARTICLE), names) == "author"


@pytest.mark.parametrize(
    "after, kind",
    [
        (("克拉玛依高新区智算中心二", "期投运 新增算力2000P"), "author"),  # nothing it could open
        (column("近日，芜湖高新区机器人产业园正式开园，首批入驻企业十家。"), "byline"),  # the next text's
    ],
)
def test_names_that_read_as_a_byline_after_the_last_sentence_are_an_author_unless_text_follows(after, kind):
    names = "麦麦提·吐尔逊 古丽娜尔"
    assert kind_of(raw_page(*MID_PAGE, names, *after, *NEXT_ARTICLE), names) == kind


@pytest.mark.parametrize("name", ["园区", "产业"])
def test_a_short_page_name_mid_page_after_the_last_sentence_stays_furniture(name):
    assert kind_of(raw_page(*MID_PAGE, name, *NEXT_ARTICLE), name) == "furniture"


@pytest.mark.parametrize("kicker", ["走进麓谷", "聚焦园区", "园区动态", "创新观察"])
def test_a_short_phrase_after_the_last_sentence_is_no_author(kicker):
    assert kind_of(raw_page(*BODY_A, kicker, "合肥高新区集成电路大会"), kicker) != "author"


# the briefs' first title, set under the head that gathers them
BRIEF = (
    "阜新高新区新型含氟材料中试成功",
    *column("本报讯（通讯员 叶尔兰）近日，阜新高新区一家企业的新材料中试成功。"),
)


# a theme's two words, the first a name's part (文明, 江海): no name of one surname and three sounds
@pytest.mark.parametrize("head", ["简讯", "高新速览", "文明实践", "江海奔流"])
def test_a_section_head_after_the_last_sentence_is_furniture_no_author(head):
    assert kind_of(raw_page(*MID_PAGE, head, *BRIEF), head) == "furniture"


@pytest.mark.parametrize("kicker, rest", [("产业链·新材", "料"), ("产业链·装", "备")])
@pytest.mark.parametrize("last", ["资超过三百亿元。", "资超过三百亿元。（向春梅）"])
def test_a_dotted_kicker_broken_inside_a_word_after_the_last_sentence_is_no_author(kicker, rest, last):
    """A series' name joined by a dot, its last word cut at the line's end: its parts read as a
    name's, but the next line finishes the word, which no name does."""
    found = kinds(raw_page(*BODY_A[:2], last, kicker, rest, "常州高新区石墨烯走向产品", *BRIEF))
    assert ("headline", f"{kicker}\n{rest}") in found


@pytest.mark.parametrize("names", ["努尔兰·哈森", "王成龙"])
def test_names_after_the_last_sentence_over_a_headline_are_an_author_still(names):
    found = kinds(raw_page(*BODY_A[:2], "资超过三百亿元。", names, "常州高新区石墨烯走向产品", *BRIEF))
    assert ("author", names) in found


def test_names_over_a_line_of_text_opening_on_a_word_they_end_in_are_an_author_still():
    """ "马福军" / "区推动锂电企业…": 军区 is a word across the joint, but the line under the
    names is text of its own, no word's rest."""
    text = column("区推动锂电企业与光伏企业签订绿电直供协议。")
    found = kinds(raw_page(*BODY_A[:2], "资超过三百亿元。", "马福军", *text))
    assert ("author", "马福军") in found


def test_a_subheading_broken_inside_a_word_after_the_last_sentence_is_no_furniture():
    text = column("对中小企业来说，算力贵是绕不开的难题。园区发放算力券，降低企业用算成本。")
    found = kinds(raw_page(*BODY_A, "一张券降", "低用算门槛", *text))
    assert not any(kind == "furniture" for kind, words in found if "一张券降" in words)


@pytest.mark.parametrize("kicker", ["新赛道", "大平台", "新动能"])
def test_a_word_and_its_qualifier_after_the_last_sentence_is_no_author(kicker):
    """A kicker over the next story's headline, a word and the adjective before it, read after
    the text's last sentence: no name of three, though no surname opens it either."""
    assert kind_of(raw_page(*MID_PAGE, kicker, *BRIEF), kicker) != "author"


@pytest.mark.parametrize(
    "names",
    [
        *("王成龙", "欧阳晓峰", "扎西顿珠", "阿衣古丽·买买提明", "次仁旺姆", "乌兰图雅", "漆雕安然"),
        *("其木格", "吐尔逊"),  # no adjective opening a word: the sounds of a name
    ],
)
def test_names_alone_over_a_brief_are_an_author_still(names):
    assert kind_of(raw_page(*MID_PAGE, names, *BRIEF), names) == "author"


TITLE = "本溪高新区中药配方颗粒生产线获批"
TEXT = column("近日，本溪高新区一家制药企业的中药配方颗粒生产线通过审查，获准生产五味子等186个品种。")


@pytest.mark.parametrize("gap", ["\u3000\u3000", "    "])
@pytest.mark.parametrize(
    "credit", ["记者 朴成浩", "●本报记者 朴成浩", "□通讯员 朴成浩", "\uf0d8记者 朴成浩 通讯员 马玉兰"]
)
def test_a_credit_on_the_titles_line_after_a_wide_gap_is_its_byline(gap, credit):
    found = kinds(raw_page(*BODY_A, TITLE + gap + credit, *TEXT))
    assert ("headline", TITLE) in found and ("byline", credit) in found


@pytest.mark.parametrize(
    "line",
    [
        "资超过三百亿元。    记者 朴成浩",  # a sentence closed: the text's trailing author
        "本报讯\u3000\u3000记者 朴成浩",  # a dateline's credit
        "记者 朴成浩\u3000\u3000通讯员 马玉兰",  # two credits of one byline
        "合肥高新区举行集成电路    产业发展大会",  # no credit after the gap
        "日电（记者 朴成浩 \u3000\u3000本报记者 吴培德",  # a bracket left open: two columns read across
    ],
)
def test_a_line_of_text_or_credits_parted_by_a_wide_gap_stays_whole(line):
    assert split_credits_off_titles([Line(1, line)]) == [Line(1, line)]


def test_the_subtitle_under_a_title_whose_credit_is_beside_it_stays_in_the_deck():
    subtitle = "访嘉兴秀洲高新区管委会负责人"
    text = column("近日，嘉兴秀洲高新区入选省级零碳园区试点。园区如何推进零碳建设？", width=17)
    title = "光伏园区的“零碳”账本\u3000\u3000记者 吴老保 通讯员 蔺晓蕾"
    found = kinds(raw_page(*BODY_A, title, subtitle, *text))
    assert ("headline", subtitle) in found


def test_a_titles_line_written_twice_with_its_credit_is_read_once():
    found = kinds(raw_page(*BODY_A, TITLE + "\u3000\u3000●记者 朴成浩", TITLE + "    ●记者 朴成浩", *TEXT))
    assert [kind for kind, text in found if "朴成浩" in text] == ["furniture", "byline"]
    assert ("headline", TITLE) in found


@pytest.mark.parametrize(
    "mark, byline",
    [
        ("□", "记者 麦丽开·阿布拉 通讯员 钭志远"),
        ("□", "本报记者 朴英姬"),
        ("■", "本报记者 玉香 通讯员 吉克曲布"),
    ],
)
def test_a_bylines_mark_on_a_line_of_its_own_opens_the_byline(mark, byline):
    found = kinds(raw_page(*BODY_A, TITLE, mark, byline, *TEXT))
    assert ("byline", f"{mark} {byline}") in found
    assert ("headline", TITLE) in found


@pytest.mark.parametrize(
    "name, role",
    [
        ("厍文博", "特约评论员"),
        ("朴英姬", "本报记者"),
        ("哈力木拉提·努尔兰", "本报特约评论员"),
        ("玉香 苏日娜", "本报记者"),
    ],
)
def test_a_signed_columns_name_over_its_writers_role_is_one_byline(name, role):
    found = kinds(raw_page(*BODY_A, TITLE, name, role, *TEXT))
    assert ("byline", f"{name} {role}") in found
    assert ("headline", TITLE) in found


@pytest.mark.parametrize(
    "lines",
    [
        ("…力争三年内产值翻一番。", "□", TITLE),  # the square closing a story, a title under it
        ("□", "近日，园区举行签约仪式。"),  # a square over text
        ("■", "园区快讯"),  # an ornament over a rubric
        ("本报记者", "朴英姬", "通讯员", "吉克曲布"),  # credits stacked a role a line
        ("本报记者 朴英姬", "通讯员"),  # a credit's own role over the next role
        ("园区观察", "特约评论员"),  # a rubric, no name, over a role
        ("近日，园区举行签约仪式。", "本报记者"),  # text over a role
    ],
)
def test_lines_that_are_not_one_bylines_parts_stay_as_written(lines):
    read = [Line(k + 1, text) for k, text in enumerate(lines)]
    assert join_byline_parts(read) == read


def test_a_tails_title_printed_again_over_its_byline_is_its_headline():
    title = "小县城也能长出“数字产业”"
    text = column("另一个原因是服务做得细。园区为企业提供“拎包入驻”的办公空间，把人才公寓建在产业园旁边。")
    found = kinds(raw_page("（上接第1版）", title, "厍文博 特约评论员", *text))
    assert ("headline", title) in found


INTERVIEW = (
    "本报讯 近日，记者就园区招商工作采访",
    "了泉州高新区有关负责人洪丽芬。",
)


@pytest.mark.parametrize(
    "turn, continued",
    [
        ("记者：商业秘密保护为什么需要专", "门的工作站？"),
        ("问：园区今年在招商方面有哪些新", "举措？"),
        ("洪丽芬：泉州的制造企业以民营企", "业为主，需要专门的服务。"),
        ("答：主要做了三件事。一是开展", "培训。"),
    ],
)
def test_an_interview_turn_is_body_not_a_title(turn, continued):
    """A speaker and a colon open a turn of the interview, though a title opens the same way."""
    text = raw_page(*INTERVIEW, turn, continued)
    assert kind_of(text, turn) == "body"


def test_a_park_and_a_colon_still_open_a_title():
    text = raw_page(
        *BODY_A, "苏州高新区：打造创新高地", "本报讯 近日，苏州高新区发布数据，硬科技", "企业数量增长明显。"
    )
    assert kind_of(text, "苏州高新区：打造创新高地") == "headline"


@pytest.mark.parametrize(
    "lead",
    [
        "企业负责人陈建国算了一笔账：这几年",
        "一家乳企负责人算了一笔账：使用国",
        "企业负责人陈建国算了一笔账：",
    ],
)
def test_a_clause_announcing_what_follows_with_a_colon_is_body_not_a_title(lead):
    """A title's colon follows its subject, a park or a person; a clause before a colon
    ("…算了一笔账：") announces the text that follows: a paragraph's first line."""
    rest = "企业在节能减排上投入了一亿六千万元，单位产品能耗下降三成二。"
    paragraph = column(lead + rest, width=len(lead) + 2)
    assert kind_of(raw_page(*BODY_A, *paragraph), lead) == "body"


def test_a_park_that_reads_like_a_name_and_a_colon_opens_a_title():
    """张江 reads like a person's name (张 is a surname), but it is a park: no interview turn."""
    title = "张江：从一粒药到一条链"
    text = raw_page(*BODY_A, title, "本报讯 近日，上海张江高新区发布数据，硬科技", "企业数量增长明显。")
    assert kind_of(text, title) == "headline"


WIDE_PARAGRAPH = "桂林高新区近日完成辖区餐饮单位智慧监管升级，六百八十家餐饮店的后厨视频接入智慧监管平台，顾客扫码即可查看后厨操作画面。"  # noqa: E501
NARROW_PARAGRAPH = "西安高新区近日发布硬科技企业发展报告，园区硬科技企业数量三年增长一倍，研发投入持续加大。"


def rotations(paragraph: str) -> tuple[str, ...]:
    """Three paragraphs of the same width and words, no line printed twice (as furniture is)."""
    return tuple(paragraph[k:] + paragraph[:k] for k in (0, 6, 12))


@pytest.mark.parametrize("narrow_first", [True, False])
def test_a_first_line_as_wide_as_the_column_below_it_less_the_indent_is_body(narrow_first):
    """Two articles back to back in columns of other widths: the second's first line is too wide
    (or too narrow) for the column above it, but it is the first line of the column below."""
    wide = column(*rotations(WIDE_PARAGRAPH * 2), width=22)
    narrow = column(*rotations(NARROW_PARAGRAPH), width=14)
    first, second = (narrow, wide) if narrow_first else (wide, narrow)
    assert kind_of(raw_page(*first, *second), second[0]) == "body"


def test_a_first_line_broken_early_inside_a_clause_is_body():
    """ "近日，上海紫竹高新区" / "“AI for Science”开放平台…": the quote did not fit the first line."""
    body = (
        "近日，上海紫竹高新区",
        "“AI for Science”开放平台正式",
        "上线。平台汇聚材料计算、蛋白质",
        "结构预测和分子动力学模拟等科学",
        "计算大模型和算法工具，接入约八",
        "百台服务器算力资源，面向园区企",
        "业和科研团队开放使用。",
    )
    narrow = column(*rotations(NARROW_PARAGRAPH), width=14)
    assert kind_of(raw_page(*narrow, "▶ 本报记者 汪若琳", *body), body[0]) == "body"


def test_a_line_after_one_ending_in_a_half_width_bracket_is_not_printed_with_it():
    """ "(上接第2版)" ends half-width, so the extractor writes a single newline after it: the
    body's first line below is no headline printed together with it."""
    body = (
        "为推动产业发展，洛阳高新区",
        "建设了机器人检测中心和应用示范",
        "中心，对本地企业购买首台套机器",
        "人给予最高三成的补贴。",
    )
    text = raw_page(*BODY_A) + "(上接第2版)\n" + raw_page(*body)
    assert kind_of(text, body[0]) == "body"


WIDE_OPENING = (
    "初冬时节，哈萨克斯坦南部的一片示范农场",
    "里，来自杨凌示范区的小麦新品种迎来了收获。",
    "测产结果显示，新品种每亩产量比当地主栽品种",
    "高出两成左右，抗旱性也更强。",
)
WIDE_MORE = "这是杨凌示范区推动农业科技走出去的一个缩影。近年来，杨凌依托农业科研院校的技术优势，在中亚、东南亚等地建设了多个农业技术示范园，推广旱作节水、设施农业和良种繁育等技术。"  # noqa: E501


@pytest.mark.parametrize("narrow_width", [13, 14, 15])
def test_a_full_line_after_a_closed_sentence_in_the_wider_column_below_a_narrow_one_is_body(narrow_width):
    """The column measured around the line takes in the narrower article above: the line is
    too wide for that, but as wide as the column below it, and runs on into the next line."""
    narrow = column(*rotations(NARROW_PARAGRAPH), width=narrow_width)
    text = raw_page(*narrow, *WIDE_OPENING, *column(WIDE_MORE, WIDE_MORE, width=21))
    assert [len(line) for line in WIDE_OPENING[1:3]] == [21, 21]
    assert kind_of(text, WIDE_OPENING[2]) == "body"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("本报讯（记者 张三）近日", True),
        ("本 报 讯 （ 记 者 杜 文 韬 通 讯 员", True),
        ("本 报 告 显 示 ， 园 区", False),
        ("据本报讯", False),
    ],
)
def test_a_line_opens_an_article_by_its_dateline_plain_or_letter_spaced(line, expected):
    text = raw_page(*BODY_A, line, "料中试基地建成投用，基地建筑面积", "两万多平方米。")
    item = next(item for item in layout(RawPage("t.txt", text)) if item.number == 2 * len(BODY_A) + 1)
    assert item.starts_article is expected


@pytest.mark.parametrize(
    "first", ["本 报 讯 日 前 ， 宁 波 高 新 区 新 材", "本 报 讯 （ 记 者 谭 志 勇 ） 记 者 日 前"]
)
def test_a_letter_spaced_dateline_opens_an_article(first):
    """A short first line the extractor spelled out letter by letter still opens with 本报讯."""
    text = raw_page(*BODY_A, first, "料中试基地建成投用，基地建筑面积", "两万多平方米。")
    items = layout(RawPage("t.txt", text))
    opening = next(item for item in items if item.text.startswith("本报讯") and item is not items[0])
    assert opening.kind == "body" and opening.starts_article


INTERVIEW_HEAD = (
    "▶ 本报记者 王海燕 本报通讯员 孟凡超",
    "数 字 经 济 访 谈",
    "孙立新：在煤城“种”下一片云",
    ("——访淮南高新区", "一家大数据企业负责人孙立新"),
    *column("淮南是一座因煤而兴的城市。如今在淮南高新区，一批大数据和云计算企业正在崛起。"),
)


def test_a_letter_spaced_kicker_over_a_headline_group_is_a_headline():
    assert kind_of(raw_page(*BODY_A, *INTERVIEW_HEAD), "数 字 经 济 访 谈") == "headline"
    assert kind_of(raw_page(*BODY_A, *INTERVIEW_HEAD), "孙立新：在煤城“种”下一片云") == "headline"


@pytest.mark.parametrize("spread", ["企 业 承 接 定 制 化 订 单 的 能 力", "园 区 包 装 企 业 完 成"])
def test_a_letter_spaced_line_inside_a_paragraph_stays_body(spread):
    page = raw_page(
        "本报讯 据测算，园区包装企业完成智能化",
        spread,
        "改造后，单位产品能耗下降12%，企业",
        "承接定制化订单的能力明显增强。",
    )
    assert kind_of(page, spread) == "body"


def test_a_full_line_under_a_first_line_that_closes_a_sentence_goes_on_with_its_paragraph():
    """A paragraph's first line, short only by its lost indent, may close a sentence and go on."""
    lines = column(
        "本报讯 近日，合肥高新区纺织产业园改造完成，把传统纺织产业的底子转化为新材料产业的优势。",
        "老厂区改造保留了纺织厂记忆。园区把原来的细纱车间改成了纺织工业展示馆，每年接待参观者三万多人次。",
    )
    full = next(line for line in lines if line.startswith("园区把"))
    assert kind_of(raw_page(*lines), full) == "body"


@pytest.mark.parametrize("title", ["商业秘密保护 从“事后维权”到“事前防范”", "老药厂的新“药方”"])
def test_a_line_over_a_subtitle_is_its_title_though_the_text_above_runs_on(title):
    """An article's last line ending on an author the layout does not take for one ("…投资。
    扎西次仁") seems to run on; the line under it is still the title of the subtitle below it."""
    page = raw_page(
        *BODY_A[:2],
        "资超过三百亿元。 扎西次仁",
        title,
        "——访泉州高新区知识产权保护工作站负责人洪丽芬",
        "对很多制造企业来说，核心工艺和客户",
        "资料就是“命根子”，而这些往往不以专利",
        "形式保护，只能作为商业秘密。",
    )
    assert kind_of(page, title) == "headline"


SHORT_WIDE_PARAGRAPHS = (
    "走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备，一派繁忙景象。",
    "长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业实现数字化转型，力争三年内实现规上企业全覆盖。",
    "据介绍，园区还将设立智能制造专项资金，支持企业开展设备更新和技术改造，培育一批智能工厂和数字化车间。",
)


@pytest.mark.parametrize("narrow_width, wide_width", [(15, 19), (14, 18), (16, 20), (15, 20)])
def test_lines_of_a_wider_column_after_a_narrow_one_are_measured_against_their_own(narrow_width, wide_width):
    """Two articles back to back with nothing between, the second in short paragraphs of a wider
    column: a window of lines around its first ones takes in the narrow article above, against
    which they are too wide, but they fill the column below them, which is theirs."""
    narrow = column(*rotations(NARROW_PARAGRAPH), width=narrow_width)
    wide = column(*SHORT_WIDE_PARAGRAPHS, width=wide_width)
    items = layout(RawPage("t.txt", raw_page(*narrow, *wide)))
    assert [item.kind for item in items] == ["body"] * (len(narrow) + len(wide))


@pytest.mark.parametrize(
    "lines, credit",
    [
        # on the last line, with two roles
        (("资超过三百亿元。（记者 王成龙 通讯员 李四 赵五）",), "（记者 王成龙 通讯员 李四 赵五）"),
        # on a line of its own
        (("资超过三百亿元。", "（本报记者 林雅婷 通讯员 郑志鹏）"), "（本报记者 林雅婷 通讯员 郑志鹏）"),
        # run over the next line, which ate the space at the break
        (("资超过三百亿元。（记者 孟和 通讯员", "包晓燕）"), "（记者 孟和 通讯员 包晓燕）"),
        (("资超过三百亿元。（通讯员", "欧阳晓岚、韦丽娟）"), "（通讯员 欧阳晓岚、韦丽娟）"),
        (("资超过三百亿元。（记者", "段丽萍 通讯员 热依拉·", "艾力）"), "（记者 段丽萍 通讯员 热依拉·艾力）"),
        (("资超过三百亿元。（佟雅", "琪）"), "（佟雅琪）"),  # names alone, no role word
        # several names alone, of any people's sounds
        (("资超过三百亿元。（澹台明轩、次仁卓玛）",), "（澹台明轩、次仁卓玛）"),
        (("资超过三百亿元。（次仁旺堆 尼玛拉姆）",), "（次仁旺堆 尼玛拉姆）"),
        # a trade paper's and a news agency's reporters
        (
            ("资超过三百亿元。（中国智造产业报", "记者 阿牛木呷 实习生 杜", "娜日斯）"),
            "（中国智造产业报记者 阿牛木呷 实习生 杜娜日斯）",
        ),
        (("资超过三百亿元。（新华社记者 王明）",), "（新华社记者 王明）"),
        # the paper's name in full filling four lines of a narrow column
        (
            ("资超过三百亿元。（华", "夏工业周报记者 阿", "牛木呷 实习生 杜娜", "日斯）"),
            "（华夏工业周报记者 阿牛木呷 实习生 杜娜日斯）",
        ),
        # a contributed piece's note of the body its writer works for, run over the next line
        (("资超过三百亿元。（作者单位：安顺", "高新区管委会）"), "（作者单位：安顺高新区管委会）"),
        # opened as a byline is, by a mark or by what the names wrote
        (("资超过三百亿元。", "（□ 本报记者 许文静 林国栋）"), "（□ 本报记者 许文静 林国栋）"),
        (("资超过三百亿元。", "（文/本报评论员 格桑旺堆）"), "（文/本报评论员 格桑旺堆）"),
        (("资超过三百亿元。", "（▶ 周和顺）"), "（▶ 周和顺）"),
    ],
)
def test_a_credit_in_brackets_after_the_last_sentence_is_the_author(lines, credit):
    items = kinds(raw_page(*BODY_A[:2], *lines, "合肥高新区集成电路大会"))
    assert ("author", credit) in items
    assert ("body", "资超过三百亿元。") in items


@pytest.mark.parametrize(
    "line",
    ["资超过三百亿元。（资料图片）", "资超过三百亿元。（高新区、开发区）", "资超过三百亿元。（图片 供图）"],
)
def test_a_bracket_closing_the_text_that_names_nobody_is_no_credit(line):
    """A note, a source or places in brackets after the last sentence: words, no names."""
    items = kinds(raw_page(*BODY_A[:2], line, "合肥高新区集成电路大会"))
    assert not any(kind == "author" for kind, _ in items)


@pytest.mark.parametrize(
    "lines, writer",
    [
        # after a space, or in brackets of its own, on the last line
        (("资超过三百亿元。（记者 韩雪） 刘洋",), "刘洋"),
        (("资超过三百亿元。（记者 禚文静）（赵磊）",), "（赵磊）"),
        # on a line of its own with the credit, which reads as a headline
        (("资超过三百亿元。", "（记者 韩雪）（刘洋）"), "（刘洋）"),
        # the credit run over the next line, the name in brackets too
        (("资超过三百亿元。（通讯员", "盘金花） 谭志勇"), "谭志勇"),
        (("资超过三百亿元。（记者 普文华）（沙马阿", "依）"), "（沙马阿依）"),
        # on the next line, alone, or cut at the line's end
        (("资超过三百亿元。（通讯员 盘金花）", "谭志勇"), "谭志勇"),
        # a name the dictionary holds as one word, its surname not of the list
        (("资超过三百亿元。（记者 亢立群）", "阿旺晋美"), "阿旺晋美"),
        (("资超过三百亿元。（记者 滕美华） 粟海", "波"), "粟海波"),
    ],
)
def test_the_writer_named_after_a_closing_credit_is_an_author_too(lines, writer):
    """ "…增长。（记者 韩雪） 刘洋": the reporters credited in brackets, then the one who wrote
    the text; both close it."""
    items = kinds(raw_page(*BODY_A[:2], *lines, "合肥高新区集成电路大会"))
    authors = [text for kind, text in items if kind == "author"]
    assert authors[-1] == writer and authors[0].startswith("（")
    assert ("body", "资超过三百亿元。") in items


@pytest.mark.parametrize("headline", ["向海而兴 需要定力", "园区建设 需要耐心资本", "万古长青"])
def test_a_headline_of_two_words_after_a_closing_credit_is_no_writer(headline):
    """A credit closes the text; a headline follows it as often as the writer's name does, and
    a name is no two words."""
    items = kinds(raw_page(*BODY_A[:2], "资超过三百亿元。（记者 韩雪）", headline, *FEATURE))
    assert ("headline", headline) in items


@pytest.mark.parametrize("headline", ["向海而兴 需要定力", "园区建设 需要耐心资本"])
@pytest.mark.parametrize("byline", ["文/冼明", "冼海明"])
def test_a_headline_over_a_byline_is_no_trailing_author_of_the_text_above(headline, byline):
    """A line that reads as names after a text's last sentence, with a byline under it that
    opens a text (its roles left out, or not): the byline stands under its headline."""
    items = kinds(raw_page(*BODY_A, headline, byline, *FEATURE))
    assert ("headline", headline) in items


@pytest.mark.parametrize(
    "line", ["资超过三百亿元。（记者 韩雪） 产业大会", "资超过三百亿元。（记者 韩雪）（完）"]
)
def test_words_after_a_closing_credit_that_are_no_names_stay_where_they_are(line):
    items = kinds(raw_page(*BODY_A[:2], line, "合肥高新区集成电路大会"))
    assert not any(kind == "author" and text in ("产业大会", "（完）") for kind, text in items)


@pytest.mark.parametrize(
    "credit",
    ["（▶ 本报记者 许文静 本报通讯员 林国栋）", "（文/本报评论员 格桑旺堆）", "（记者 古丽娜尔·托合提）"],
)
def test_a_closing_credit_set_tight_against_the_next_headline_closes_the_text_above(credit):
    """A credit in brackets printed together with the headline group under it: the text
    above's authors, no line of that headline."""
    headline = ("对话园区负责人", "让南疆棉花在家门口“纺”出高附加值")
    items = kinds(raw_page(*BODY_A, (credit, *headline), *BODY_A))
    assert ("author", credit) in items
    assert ("headline", "\n".join(headline)) in items


@pytest.mark.parametrize("names", ["格桑旺堆", "扎西次仁"])
def test_a_name_outside_the_surname_list_before_a_closing_credit_is_the_trailing_author(names):
    """ "…投资。 扎西次仁" then "（通讯员 X）": the credit under it ends the text, which the
    next line does not continue; the name after the last sentence is an author too."""
    last = f"资超过三百亿元，带动千人。 {names}"  # as wide as the column: no short line ending a paragraph
    items = kinds(raw_page(*BODY_A[:2], last, "（通讯员 次仁卓玛）", *FEATURE))
    assert [text for kind, text in items if kind == "author"] == [names, "（通讯员 次仁卓玛）"]


def test_names_alone_over_a_byline_are_the_trailing_author_still():
    """ "…企业。" / "刘洋" / "本报通讯员 王明" / "本报讯 …": the next text's headline is set
    elsewhere; a line of names alone is no headline."""
    items = kinds(raw_page(*BODY_A, "刘洋", "本报通讯员 王明", *FEATURE))
    assert ("author", "刘洋") in items


@pytest.mark.parametrize("after", [[], ["本版编辑：王明 校对：李华"]])
def test_a_bracketed_name_outside_the_surname_list_closing_the_page_is_the_author(after):
    items = kinds(raw_page(*BODY_A, "（格桑旺堆）", *after))
    assert ("author", "（格桑旺堆）") in items


@pytest.mark.parametrize(
    "author, credit",
    [
        ("邵建国", "（记者 热依拉·艾则孜）"),
        ("（邵建国）", "（特约通讯员 刀美兰）"),
        ("古丽娜尔·托合提", "（通讯员 贺强）"),
    ],
)
def test_a_credit_in_brackets_under_the_trailing_author_is_the_reporters(author, credit):
    """A news item whose dateline names no one credits its reporters in brackets at its end,
    under the trailing author who wrote it: both are its authors."""
    items = kinds(raw_page(*BODY_A, author, credit, "合肥高新区集成电路大会"))
    assert [text for kind, text in items if kind == "author"] == [author, credit]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("文/林雅婷 图/郑志鹏", True),  # the writer's credit first: no caption's
        ("文·图/格桑旺堆", True),
        ("文·图 格桑旺堆", True),  # "文·图" is no word of a sentence: a space may stand for the slash
        ("文·图 竺秋云 吉克阿依", True),
        ("文 格桑旺堆", False),  # 文 alone opens words of a sentence as well ("文 化产业…" set justified)
        ("图文 并茂", False),
        ("文/诸葛明远 陆晓冬", True),  # a compound surname reads as two words: no subheading opens 文/
        ("文/ 公孙明远", True),
        ("文｜钟一鸣", True),  # the upright bar some papers print for the slash
        ("文 | 闫振华　苏日娜", True),
        ("本报记者 饶丽琴 本报通讯员 龙德胜 报道", True),
        # a dateline's credit broken over two lines: its rest runs on into the text after 报道,
        # or breaks inside 报道 itself
        ("记者 罗布次仁 报道 在自贡", False),
        ("记者 努尔古丽·艾买提 报", False),
        ("■从卖纤维到卖制品", False),  # a mark before no name opens a subheading
        ("◆深圳研发、仲恺制造", False),  # things listed, though 仲 is a surname
        ("本报记者 佟丽娜、本报通讯员 金哲洙", True),
        ("本报记者 覃海燕 本报通讯员 乌兰图雅、岩　温", True),
        # who gathered, interviewed or wrote up the story, before a colon
        ("采写：本报记者 骆晓慧", True),
        ("整理：本报记者 乌兰托娅", True),
        ("文字：蒙丽娜", True),
        ("采访：企业负责人", False),  # a colon before no name
        # where the reporter filed from, closing the byline
        ("本报记者 孔德华 发自威海", True),
        ("蒙丽娜 发自泉州", True),  # the rest of a byline broken after its role
        # roles printed as labels, a colon before their names
        ("记者：甯晓云", True),
        ("记者：和丽华 通讯员：阿依达娜‧叶尔兰", True),
        # names parted by slashes alone, whatever their surnames
        ("次仁央宗／禚文博", True),
        ("和丽华／阿依达娜•叶尔兰", True),
        ("高新区／开发区", False),  # words the dictionary knows
        ("研发/制造", False),
    ],
)
def test_credit_lines_are_bylines(line, expected):
    # a marked line over a dateline may be read as a brief's title, its mark apart: no byline either way
    assert (("byline", line) in kinds(raw_page(line, *BODY_A))) is expected


@pytest.mark.parametrize("turn", ["记者：其其格", "记者：甯晓云"])
def test_a_role_label_opening_an_indented_line_opens_an_interviews_turn_not_a_credit(turn):
    """A credit line is set flush under its headline; an indented line opens a paragraph."""
    text = raw_page(*BODY_A, "　　" + turn, "　　" + BODY_A[0])
    assert kind_of(text, turn) != "byline"


@pytest.mark.parametrize(
    "lines, author",
    [
        (("资超过三百亿元。□",), ""),
        (("资超过三百亿元。 王成龙□",), "王成龙"),  # after the trailing author's name
        (("资超过三百亿元。 乌兰托娅 □",), "乌兰托娅"),
        (("资超过三百亿元。", "王成龙□"), "王成龙"),
        (("资超过三百亿元。（记者 王成龙 报道）□",), "（记者 王成龙 报道）"),  # after a closing credit
    ],
)
def test_a_square_closing_the_last_line_is_an_end_mark(lines, author):
    """Some papers print a square after an article's last word, where others print （完）: the
    article's end, no character of its text or its author's name."""
    items = kinds(raw_page(*BODY_A[:2], *lines, "合肥高新区集成电路大会"))
    assert ("furniture", "□") in items
    assert ("body", "资超过三百亿元。") in items
    assert not author or ("author", author) in items


@pytest.mark.parametrize(
    "line",
    [
        "资超过三百亿元，项目负责人张□",  # a character the font lacks, standing for it
        "资超过三百亿元。□□",
        "资超过三百亿元，产品代号□",
    ],
)
def test_a_square_standing_for_a_character_stays_in_the_text(line):
    items = kinds(raw_page(*BODY_A[:2], line, "介绍了相关情况。", "合肥高新区集成电路大会"))
    assert ("body", line) in items


@pytest.mark.parametrize(
    "lines, author", [(("资超过三百亿元。 蒋　涛",), "蒋涛"), (("资超过三百亿元。", "蒋　涛"), "蒋涛")]
)
def test_a_trailing_name_padded_to_three_characters_is_one_author(lines, author):
    assert ("author", author) in kinds(raw_page(*BODY_A[:2], *lines, "合肥高新区集成电路大会"))


@pytest.mark.parametrize(
    "line", ["园区将于2024.6.30 星期日前完成", "会议于2023.5.1 星期一召开，", "电话：请拨打热线咨询"]
)
def test_a_date_or_a_contact_running_on_in_a_sentence_is_no_furniture(line):
    assert kind_of(raw_page(*BODY_A[:2], line, "合肥高新区集成电路大会"), line) != "furniture"


@pytest.mark.parametrize(
    "lines, caption",
    [
        # the caption's text printed above its credit
        ((("研发中心一角。", "张三/摄"),), "研发中心一角。 张三/摄"),
        (("图为新建成的研发中心。", "本报记者 张三 摄"), "图为新建成的研发中心。 本报记者 张三 摄"),
        # a credit run over to the next line, printed together or not
        ((("图为新建成的研发中心。 合肥高新", "区供图"),), "图为新建成的研发中心。 合肥高新区供图"),
        (("图为新建成的研发中心。 合肥高新区供", "图"), "图为新建成的研发中心。 合肥高新区供图"),
        # a credit begun after the caption's sentence, run over to the next line
        (("研发中心一角。 图片", "来源：合肥高新区"), "研发中心一角。 图片来源：合肥高新区"),
        (("研发中心一角。（合肥", "高新区管委会供图）"), "研发中心一角。（合肥高新区管委会供图）"),
        # the organisation credited with the photo, its name cut at the line's end
        (("研发中心一角。 合肥高", "新区 摄"), "研发中心一角。 合肥高新区 摄"),
        (("研发中心一角。 合肥", "高新区 摄"), "研发中心一角。 合肥高新区 摄"),
        # a person who supplied the photo, the name cut at the line's end
        (("研发中心一角。 张晓", "燕供图"), "研发中心一角。 张晓燕供图"),
        (("研发中心一角。 张", "晓燕供图"), "研发中心一角。 张晓燕供图"),
        # set in its column and wrapped like the text, its credit wrapped too
        (
            ("图为技术人员在实验室查看种苗生", "长情况。（张三 摄）"),
            "图为技术人员在实验室查看种苗生长情况。（张三 摄）",
        ),
        (("图为工人在总装车间进行整车", "检测。", "张三 摄"), "图为工人在总装车间进行整车检测。 张三 摄"),
        (("图为工人在车间装配变压器。 本报记者", "张三 摄"), "图为工人在车间装配变压器。 本报记者张三 摄"),
        (("图为工人在车间装配变压器。（张三", "摄）"), "图为工人在车间装配变压器。（张三摄）"),
        (
            ("图为园区新建成的研发中心。 图片由合", "肥高新区提供"),
            "图为园区新建成的研发中心。 图片由合肥高新区提供",
        ),
        (
            ("图为企业技术人员在检查", "碳化硅晶锭。（图片由合", "肥高新区提供）"),
            "图为企业技术人员在检查碳化硅晶锭。（图片由合肥高新区提供）",
        ),
    ],
)
def test_a_caption_over_several_lines_is_one_caption(lines, caption):
    items = kinds(raw_page(*BODY_A, *lines, *BODY_A))
    assert [text for kind, text in items if kind == "caption"] == [caption]


@pytest.mark.parametrize(
    "credit", ["张三 摄", "本报记者 张三 摄", "张三供图", "合肥高新区 摄", "合肥高新区 供图"]
)
def test_a_trailing_author_above_a_photographers_credit_stays_the_author(credit):
    """No organisation's name runs over into the credit: the name after the last sentence is whole."""
    items = kinds(raw_page(*BODY_A[:2], "资超过三百亿元。 蒋涛", credit, *BODY_A))
    assert ("author", "蒋涛") in items


@pytest.mark.parametrize(
    "lines, caption",
    [
        (("园区一家企业的电芯生产线。 本报", "记者 张三 摄"), "园区一家企业的电芯生产线。 本报记者 张三 摄"),
        (("园区一家多晶硅企业的生产装", "置。（张三 摄）"), "园区一家多晶硅企业的生产装置。（张三 摄）"),
        (
            ("企业技术人员在检测配方颗粒。", "（图片由合肥高新区管委会提", "供）"),
            "企业技术人员在检测配方颗粒。 （图片由合肥高新区管委会提供）",
        ),
        # the word of taking or supplying the photo set apart after its maker: 摄影, 提供
        (("园区一家企业的电芯生产线。", "合肥高新区 摄影"), "园区一家企业的电芯生产线。 合肥高新区 摄影"),
        (("园区一家企业的电芯生产线。", "合肥高新区 提供"), "园区一家企业的电芯生产线。 合肥高新区 提供"),
    ],
)
def test_a_caption_of_one_sentence_wrapped_with_its_credit_is_one_caption(lines, caption):
    """No 图为 opens it: a sentence with no clause, its credit after it, wrapped like the text."""
    items = kinds(raw_page(*BODY_A, *lines, *BODY_A))
    assert [text for kind, text in items if kind == "caption"] == [caption]


@pytest.mark.parametrize("title", ["合肥高新区集成电路产业园项目正式开工建设", "集成电路产业园开工"])
def test_a_caption_wrapped_under_a_headline_is_one_caption(title):
    """A photo's caption printed under the story's headline, wrapped at the column's measure: the
    headline, set wider or narrower than the column, is no line of a text running on into it."""
    lines = ("合肥高新区集成电路产业园项目开工现", "场。", "图片来源：合肥高新区")
    items = kinds(raw_page(*BODY_A, title, *lines, *BODY_A))
    assert [text for kind, text in items if kind == "caption"] == [
        "合肥高新区集成电路产业园项目开工现场。 图片来源：合肥高新区"
    ]


def test_a_paragraphs_lines_of_unequal_width_run_on_into_no_caption():
    """A line set narrower than the one above for its digits, a word run over between them
    ("力" / "争"), goes on in the paragraph: a photo's credit under its last sentence takes no line
    of it."""
    lines = ("园区将重点引进领军人才和创新团队，力", "争到2025年人才总量突", "破3万人。")
    items = kinds(raw_page(*BODY_A[:2], *lines, "合肥高新区 供图", *BODY_A))
    assert ("body", "争到2025年人才总量突") in items


PHOTO = "图为工人在查看青砖茶压制情况。 图片来源：咸宁高新区"


@pytest.mark.parametrize(
    "above, caption",
    [
        ("青砖茶插上“数字翅膀”", PHOTO),
        ("合肥高新区打造集成电路基地纪实", PHOTO),
        ("张立新", PHOTO),
        # "上市" / "企业" make a word across the break, but the caption below is whole
        ("威海高新区一家企业科创板上市", "企业生产车间一角。 威海高新区供图"),
    ],
)
def test_a_whole_line_above_a_caption_is_not_part_of_it(above, caption):
    items = kinds(raw_page(*BODY_A, above, caption, *BODY_A))
    assert [text for kind, text in items if kind == "caption"] == [caption]


@pytest.mark.parametrize("above", ["稀土永磁电机下线", "风电整机下线", "青砖茶插上“数字翅膀”"])
def test_a_title_over_a_caption_opening_on_what_the_photo_shows_is_no_line_of_it(above):
    """ "图为" opens a caption: the line over it, though a word runs across the break ("…下线" /
    "图为…" reads "线图"), is the story's title, no wrapped line of the caption's sentence."""
    caption = "图为工人在检测刚下线的永磁电机。"
    items = kinds(raw_page(*BODY_A, above, caption, "乌日娜 摄", *BODY_A))
    assert [text for kind, text in items if kind == "caption"] == [f"{caption} 乌日娜 摄"]


@pytest.mark.parametrize(
    "lines, body, caption",
    [
        (
            ("产品销往全国二十多个省份。 图为技", "术人员在实验室查看种苗。（张三 摄）"),
            "产品销往全国二十多个省份。",
            "图为技术人员在实验室查看种苗。（张三 摄）",
        ),
        (
            ("产品销往全国二十多个省份。 图为工人", "在车间检测。 本报记者 张", "三 摄"),
            "产品销往全国二十多个省份。",
            "图为工人在车间检测。 本报记者 张三 摄",
        ),
        (
            ("产品销往全国二十多个省份。 图", "为工人在车间检测。（张三 摄）"),
            "产品销往全国二十多个省份。",
            "图为工人在车间检测。（张三 摄）",
        ),
    ],
)
def test_a_caption_run_on_after_the_last_sentence_leaves_the_text_before_it(lines, body, caption):
    """A photo item's caption set straight after its text's last sentence, on the same line."""
    items = kinds(raw_page(*BODY_A, *lines, *BODY_A))
    assert [text for kind, text in items if kind == "caption"] == [caption]
    assert ("body", body) in items


PHOTO_BLANKS = ("", "")  # a photo read back as blank lines, more than the page writes after a line
CLAUSE_CAPTION = ("合肥高新区集成电路产业园项目开工现", "场，工人正在安装设备。")


@pytest.mark.parametrize(
    "above, lines, credit",
    [
        # after a paragraph's close, at the text's measure, a clause in its sentence
        (BODY_A, CLAUSE_CAPTION, "图：合肥高新区管委会"),
        # narrower than the text, between two lines of a paragraph it breaks into
        (BODY_A[:2], ("园区一家企业的电芯", "生产线，工人在调试", "设备。"), "张三 摄影"),
        # its credit run on after its sentence
        (BODY_A, ("园区一家企业的电芯", "生产线，工人在调试", "设备。 张三 提供"), None),
    ],
)
def test_a_caption_under_a_photos_blank_lines_runs_from_them_to_its_credit(above, lines, credit):
    items = kinds(raw_page(*above, *PHOTO_BLANKS, *lines, *((credit,) if credit else ()), *BODY_A))
    caption = "".join(lines) + (f" {credit}" if credit else "")
    assert [text for kind, text in items if kind == "caption"] == [caption]


@pytest.mark.parametrize(
    "parts",
    [
        (*CLAUSE_CAPTION, "图：合肥高新区管委会"),  # no photo above: the story's last paragraph
        (*PHOTO_BLANKS, "合肥高新区集成电路", "产业园开工", "张三 摄影"),  # a headline, no sentence
        (*PHOTO_BLANKS, "园区新建成的研发中心投入使", "用。企业已入驻二十家。", "张三 摄影"),  # two sentences
        (*PHOTO_BLANKS, *CLAUSE_CAPTION, *PHOTO_BLANKS, "图：合肥高新区管委会"),  # a credit under a photo
    ],
)
def test_a_text_over_a_credit_is_no_caption_without_a_photo_above_it(parts):
    items = kinds(raw_page(*BODY_A, *parts, *BODY_A))
    closing = [part for part in parts if part][-2]  # the line over the credit
    assert not [text for kind, text in items if kind == "caption" and closing in text]


@pytest.mark.parametrize("page", ["王明 摄\n", "新华社供图"])
def test_a_page_of_one_credit_line_leaves_no_gap_to_measure_and_is_read(page):
    assert [text for _, text in kinds(page)] == [page.strip()]


@pytest.mark.parametrize("line", ["图为工人在车间检测设备", "他说：“图为证。”随后", "地图为企业"])
def test_a_wrapped_line_with_no_credit_after_it_is_no_caption(line):
    assert "caption" not in [kind for kind, _ in kinds(raw_page(*BODY_A, line, *BODY_A))]


def test_a_closing_author_above_a_bare_credit_stays_the_articles():
    """ "…奖励。（沙马阿依）" closes the text with its author, whatever caption follows."""
    items = kinds(raw_page(*BODY_A, "种给予最高三百万元奖励。（沙马阿依）", "图片来源：金山高新区", *BODY_A))
    assert ("caption", "图片来源：金山高新区") in items


FEATURE = column(
    "园区一家碳纤维企业的展厅里，陈列着一束束黑色的纤维。企业负责人说，十多年前国内碳纤维几乎全靠进口。",
    "纤维做出来了，怎样卖个好价钱呢？园区的思路是向下游延伸，先后引进预浸料、拉挤板材和复合材料制品企业，"
    "产品从风电叶片用到自行车车架和无人机机身。",
)


@pytest.mark.parametrize("line", ["■十年攻关“一根丝”", "◆补链：缺什么就招什么", "● 从卖纤维到卖制品"])
def test_an_ornament_before_no_names_opens_a_subheading_not_a_byline(line):
    page = raw_page(*FEATURE[:4], line, *FEATURE[4:])
    assert kind_of(page, line) == "headline"


@pytest.mark.parametrize(
    "line",
    [
        "■标准先行，古方有了“身份证”",
        "一、标准先行，古方有了“身份证”",
        "（二）链条延伸，药材种植带动增收",
        "【走出高原，藏药进入全国市场】",
    ],
)
def test_a_marked_subheading_may_pair_two_phrases_with_a_comma(line):
    page = raw_page(*FEATURE[:4], line, *FEATURE[4:])
    assert kind_of(page, line) == "headline"


@pytest.mark.parametrize(
    "line, below",
    [
        ("一、园区引进预浸料企业，产品用于", 5),  # a list item's sentence runs on into a full line
        ("标准先行，古方有了“身份证”", 4),  # no mark
        ("一、标准先行，古方有了身份证，销往全国", 4),  # a third phrase
    ],
)
def test_a_comma_line_running_on_or_unmarked_or_of_three_phrases_is_no_subheading(line, below):
    page = raw_page(*FEATURE[:4], line, *FEATURE[below:])
    assert kind_of(page, line) == "body"


@pytest.mark.parametrize("line", ["■本报记者 林雅婷", "◆ 努尔兰 王娟", "▶ 林露虹 本报特约通讯员 李幼君"])
def test_an_ornament_before_names_opens_a_byline(line):
    assert kind_of(raw_page(*FEATURE[:4], line, *FEATURE[4:]), line) == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "一、公共平台补齐企业研发短板",
        "（二）强链：向核心技术要竞争力",
        "②公共平台补齐企业研发短板",
        "③从“卖原料”到“卖零件”",
        "【园区公共平台补齐研发短板】",
        "从 一 片 荒 坡 起 步",
    ],
)
def test_a_numbered_bracketed_or_spaced_line_before_a_paragraph_opens_a_section(line):
    page = raw_page(*FEATURE[:4], line, *FEATURE[4:])
    assert kind_of(page, line) == "headline"


@pytest.mark.parametrize(
    "line",
    [
        "一、加大对园区企业研发投入的支",
        "②加大对园区企业研发投入的支",
        "❷加大对园区企业研发投入的支",
        "园 区 企 业 研 发 投 入 支",
    ],
)
def test_a_numbered_or_spaced_line_running_on_into_a_full_line_is_body(line):
    page = raw_page(*FEATURE[:4], line, "持力度，对新建研发中心给予补助。", *FEATURE[4:])
    assert kind_of(page, line) == "body"


@pytest.mark.parametrize(
    "spread, end",
    [
        ("记 者 ： 商 业 秘 密 保 护 为 什 么 需 要 专 门", "抓？"),
        ("园 区 企 业 研 发 投 入", "支持力度加大。"),
    ],
)
def test_a_spaced_line_over_its_paragraphs_short_last_line_is_body(spread, end):
    """Spread out to fill its line, with its paragraph's last words, much shorter, below it."""
    assert kind_of(raw_page(*FEATURE[:4], spread, end, *FEATURE[4:]), spread) == "body"


LEAD = (
    "科技型中小企业普遍缺少厂房、土地等抵押物，融资难一直是它们发展中的难题。"
    "温州高新区一家科技支行成立五年来，累计为园区科技企业发放贷款八十亿元。"
)


@pytest.mark.parametrize(
    "subtitle, width",
    [
        ("——访温州高新区一家科技支行行长郑晓岚", 20),
        ("——访温州高新区科技支行行长郑晓岚", 17),
        ("——温州高新区科技金融改革观察", 16),
    ],
)
def test_a_subtitle_no_wider_than_the_column_over_a_paragraph_start_is_a_headline(subtitle, width):
    """A line opening with a dash and closing no sentence, with a paragraph opening under it,
    ends no paragraph: a subtitle, though the title above it was read as body and it is no
    wider than the column below."""
    page = raw_page(
        *BODY_A, "科技金融面对面", "科技支行如何给轻资产企业“画像”", subtitle, *column(LEAD, width=width)
    )
    assert kind_of(page, subtitle) == "headline"
    assert kind_of(page, "科技支行如何给轻资产企业“画像”") == "headline"


HEADLINE_STACK = (
    "南通高新区推出人才安居“新六条”",
    "江门高新区打出降碳“组合拳”",
    "——园区推进绿色低碳发展的六项举措",
    "企业厂房屋顶的分布式光伏。 图片来源：江门高新区",
    "园区快讯",
    "楚雄高新区成立彝药创新联合体",
)
CHUXIONG = column(
    "本报讯（记者 普文华）日前，楚雄高新区联合当地4家药企、2所高校和1家医院组建彝药创新联合体。", width=18
)
NANTONG = (
    "为吸引更多人才来园区就业创业，南通高新区日前推出人才安居“新六条”：一是新建人才公寓一千二百套，"
    "年内交付首批六百套；二是对来园区工作的应届高校毕业生，两年内每月发放一千元租房补贴。",
    "园区有关负责人表示，“新六条”预计每年可惠及各类人才五千余人。",
)


@pytest.mark.parametrize("width", [18, 19, 20])
def test_a_stack_of_headlines_between_a_closed_paragraph_and_a_dateline_opens_with_a_headline(width):
    """Five lines that close no sentence before the next article opens, none filling the column,
    a caption among them: the first is a headline, which ends the text above."""
    page = raw_page(*column(*NANTONG, width=width), *HEADLINE_STACK, *CHUXIONG)
    assert kind_of(page, HEADLINE_STACK[0]) == "headline"


def test_a_paragraph_of_full_lines_broken_off_by_a_headline_stays_body():
    """A paragraph set full up to a headline printed across its columns goes on below it."""
    page = (
        "药上市周期。\n\n【公共平台补齐短板】\n\n"
        "  中国医药城建设了药物安全评价中心、生\n\n物药中试基地、医疗器械检验检测中心等公共\n\n"
        "平台，其中生物药中试基地配备２０００升规\n\n模的一次性生物反应器，可为企业生产临床试\n\n"
        "生物医药产业调查\n泰州医药高新区为创新药按下“快进键”\n\n"
        "验用样品。“自建一条符合规范的中试线至少\n\n要投入上亿元，还要两三年时间，租用平台半\n\n"
        "年就能拿到样品。”\n\n"
    )
    assert kind_of(page, "中国医药城建设了药物安全评价中心、生") == "body"


@pytest.mark.parametrize(
    "printed, kind",
    [("扎西次仁", "author"), ("    扎西次仁", "author"), ("    高峰", "author"), ("园区", "furniture")],
)
def test_a_name_after_the_last_sentence_over_the_page_foot_is_the_articles_author(printed, kind):
    """The article ending the page closes with its author's name, the page's foot under it: a
    name no word, or one set in from the column's edge; a page's name is a word set flush."""
    page = raw_page(*BODY_A, printed, "本版编辑：欧阳帆 美编：周媛")
    assert kind_of(page, printed.strip()) == kind


BOXED_HOST = (
    "　　日前，兰州高新区一家新材料企业建",
    "设的稀土功能材料项目投产。项目总投资",
    "9亿元，主要生产稀土抛光粉和稀土催化",
    "材料，年产能1.2万吨，产品可用于光学",
)
BOX_TEXT = (
    "　　三是培育应用场景，每年安排5000万",
    "元专项资金，支持超高清视频在安防监",
    "控、医疗影像和文化旅游等领域的示范应",
    "用。",
)
BOXED_HOST_REST = (
    "玻璃加工和机动车尾气净化。企业负责人",
    "表示，项目采用自主研发的连续化焙烧工",
    "艺，能耗比传统工艺降低25%。",
)
BOX_DATELINED = ("本报讯 三是培育应用场景，每年安排", *BOX_TEXT[1:])
BOX_FLUSH = tuple(line.strip() for line in BOX_TEXT)


@pytest.mark.parametrize(
    ("line", "box", "kind"),
    [
        ("仲恺高新区出台十二条", BOX_TEXT, "headline"),  # over the box's first line, set in
        ("仲恺高新区出台十二条", BOX_DATELINED, "headline"),  # over its dateline
        ("仲恺高新区出台十二条", BOX_FLUSH, "body"),  # set flush: the text may run on into it
        ("◀续第7版", BOX_TEXT, "furniture"),  # a jump line: the text's own note, no headline
        ("玻璃加工", BOX_TEXT, "body"),  # a word or two: as often left over from the line above
        ("玻璃加工和机动车尾气", BOX_TEXT, "body"),  # no title: no park opens it, no phrases parted
        ("支持超高清视频，", BOX_TEXT, "body"),  # a clause: a line of prose
        ("支持超高清视频。", BOX_TEXT, "body"),  # a paragraph's last line
    ],
)
def test_a_box_headline_read_where_the_text_around_it_breaks_off_is_a_headline(line, box, kind):
    """A story's text breaks off mid-sentence at a box set inside it (a sidebar with its own
    headline) and goes on after the box: the box's headline, short of the column, holding no
    clause and closing no sentence, reading as a title, over a paragraph's first line, is no
    line of the text, though the text above runs on."""
    page = raw_page(*BOXED_HOST, line, *box, *BOXED_HOST_REST)
    assert kind_of(page, line) == kind


@pytest.mark.parametrize("width", [12, 13])
@pytest.mark.parametrize("cut", [2, 3, 4])
def test_a_headline_set_across_columns_and_read_mid_sentence_is_no_body_line(width, cut):
    """A headline spanning the columns is read where the text of the first breaks off, even
    mid-sentence: wider than the text on both sides, it is no line of it; and the paragraph
    that began a few lines above it does not stop there, so its first line is no headline."""
    lines = column(
        "园区计划到明年底建成激光装备制造基地，产业规模突破一百五十亿元。",
        "园区营商环境建设局负责人说，园区将每季度对八项举措的落实情况开展评估，评估结果向社会公开，"
        "今年以来园区新登记市场主体一千多户，同比增长两成以上，企业开办时间压缩到半天以内。",
        width=width,
    )
    opening = next(k for k, line in enumerate(lines) if line.startswith("园区营商"))
    headline = "阜新高新区推出八项举措\u3000优化营商环境"
    text = raw_page(*lines[: opening + cut], headline, "记者 张三 通讯员 李四", *lines[opening + cut :])
    assert kind_of(text, headline) == "headline"
    assert kind_of(text, lines[opening]) == "body"


@pytest.mark.parametrize("line", ["记者：研究院具体是怎么“接”", "问：与以往的人才政", "答：新增的行业主"])
def test_an_interview_turn_opens_a_paragraph_not_a_subheading(line):
    page = raw_page(*FEATURE[:4], line, *FEATURE[4:])
    assert kind_of(page, line) == "body"


def test_a_name_and_colon_may_still_open_a_subheading():
    """A person's name with a colon titles an interview as often as it opens a turn of one."""
    page = raw_page(*FEATURE[:4], "■和丽军：把地图搬进城市治理", *FEATURE[4:])
    assert kind_of(page, "■和丽军：把地图搬进城市治理") == "headline"


@pytest.mark.parametrize("contact", ["本版邮箱：yuanqu9@desk.example.cn", "新闻热线：010-68512047"])
def test_a_contact_line_over_a_headline_stays_furniture(contact):
    """A line ending in a half-width character is followed by a single newline whatever comes
    next: the headline under it is no part of it."""
    title = "合肥高新区集成电路大会开幕"
    items = kinds(raw_page("2022年2月22日 星期二", (contact, title), *BODY_A))
    assert ("furniture", contact) in items and ("headline", title) in items


@pytest.mark.parametrize(
    ("lines", "head", "rest"),
    [
        # the head on the paragraph's opening line, its text after an ideographic space
        (
            ("  芜湖高新区机器人产业园二期开工\u3000日前，", "芜湖高新区机器人产业园二期项目开工。"),
            "芜湖高新区机器人产业园二期开工",
            "日前，",
        ),
        # the head wrapped: its last word opens the next line, before the dateline
        (
            (
                "  芜湖高新区机器人产业园二期开",
                "工 本报讯（记者 张伟）日前，",
                "芜湖高新区机器人产业园二期。",
            ),
            "芜湖高新区机器人产业园二期开\n工",
            "本报讯（记者 张伟）日前，",
        ),
        # the dateline run over to the next line
        (
            (
                "  芜湖高新区机器人产业园开工 本报",
                "讯（记者 张伟）日前，芜湖高新区机器",
                "人产业园二期项目开工。",
            ),
            "芜湖高新区机器人产业园开工",
            "本报",
        ),
    ],
)
def test_a_run_in_head_is_split_off_its_paragraph(lines, head, rest):
    items = kinds(raw_page(*lines))
    assert ("headline", head) in items
    assert items[items.index(("headline", head)) + 1] == ("body", rest)


@pytest.mark.parametrize(
    "line",
    [
        "  本报讯 日前，芜湖高新区机器人产业园",  # a dateline's space
        "  项目总投资 30 亿元，建成后年产值",  # a number set apart
        "  芜湖高新区 机器人产业园二期开工",  # a headline's two parts: no prose follows
        "  园区 今年以来，芜湖高新区机器人产",  # too short for a title
        "  小镇建有地理信息产业公共服 务平台，",  # a justified line's gap inside a word (服务)
        "  园区建有地理信息产业公共服 务平 台，",
    ],
)
def test_no_run_in_head_in_ordinary_lines(line):
    assert all(kind != "headline" for kind, _ in kinds(raw_page("费场地。", line, "总投资二十亿元。")))


@pytest.mark.parametrize(
    "lines",
    [
        # the rest of the line is spaced out too: the column is justified, its gaps written
        ("材企业与中心签订服务协议。", "中心还将开放部分 检测设 备，", "供高校和科研院所开展磁性材料研究。"),
        # a text line near it holds a gap between two words
        ("种平台建设，对新 建", "1000万元补助。", "二是鼓励品种 审定，", "对通过国家审定的耐盐碱新品种。"),
        ("积累了大量地震、测井数据。", "园区一家人工智能 企业负责人介绍,", "这些数据经过 脱敏和标 注后。"),
    ],
)
def test_no_run_in_head_in_a_column_justified_by_gaps(lines):
    assert all(kind != "headline" for kind, _ in kinds(raw_page(*lines)))


@pytest.mark.parametrize(
    ("lines", "head"),
    [
        # the text around it set tight: a brief's head, its gap its own
        (
            (
                "费场地。",
                "  芜湖高新区机器人产业园二期开工\u3000日前，",
                "芜湖高新区机器人产业园二期项目开工。",
            ),
            "芜湖高新区机器人产业园二期开工",
        ),
        # another brief's run-in head near it: that gap ends a head too
        (
            (
                "费场地。",
                "  芜湖高新区机器人产业园二期开工 日前，",
                "芜湖高新区机器人产业园二期项目开工。",
                "  苏州高新区纳米产业园二期投产 近日，",
                "苏州高新区纳米产业园二期项目投产。",
            ),
            "苏州高新区纳米产业园二期投产",
        ),
        # a credit's spaces in brackets, below it, are no justified line's gaps
        (
            (
                "费场地。",
                "  芜湖高新区机器人产业园二期开工 本报讯",
                "（记者 张伟）日前，芜湖高新区机器人产业园。",
            ),
            "芜湖高新区机器人产业园二期开工",
        ),
    ],
)
def test_a_run_in_head_beside_tight_text_is_split_off(lines, head):
    assert ("headline", head) in kinds(raw_page(*lines))


def test_a_headline_over_a_dateline_is_no_run_in_head():
    """A dateline's space after a headline's line: the headline is not run in."""
    title = "擘画高质量发展新蓝图"
    items = kinds(
        raw_page("▶ 曾辉 耿明强", title, "本报讯 近日，泰安高新区行政审批", "服务部举行综合许可发证仪式。")
    )
    assert ("body", "本报讯 近日，泰安高新区行政审批") in items and (
        "headline",
        title + "\n本报讯",
    ) not in items


# A story above the roundup, its last paragraph closed
STORY_ABOVE = ("园区今年新增科技型企业120家，", "高新技术企业总数突破千家。")


@pytest.mark.parametrize(
    ("lines", "day", "title", "opening"),
    [
        # a paragraph written as one line: the day, the title, an em space, the text
        (
            (
                "◎周三 克拉玛依高新区油气软件企业获评专精特新\u3000近日，克拉玛依高新区3家油气"
                "工业软件企业获评省级专精特新中小企业。",
            ),
            "◎周三",
            "克拉玛依高新区油气软件企业获评专精特新",
            "近日，克拉玛依高新区3家油气工业软件企业获评省级专精特新中小企业。",
        ),
        # the title wrapped in a narrow column, the text run on after the space
        (
            (
                "6月24日 中关村量子传感中试",
                "平台开放共享\u3000本报讯（记者 努",
                "尔兰·哈孜）日前，中关村量子传",
                "感中试平台开放。",
            ),
            "6月24日",
            "中关村量子传感中试平台开放共享",
            "本报讯（记者 努",
        ),
        # the space at the line's end: the text opens on the next line
        (
            (
                "5月5日 钛合金“巨无霸”锻件出炉\u3000",
                "日前，宝鸡高新区一家钛材企业成功",
                "锻造出大型钛合金环形锻件。",
            ),
            "5月5日",
            "钛合金“巨无霸”锻件出炉",
            "日前，宝鸡高新区一家钛材企业成功",
        ),
        # an OCR's stray space inside the day
        (
            ("◎周 一 光学镜头产线“上新”\u3000日前，福州", "高新区一家光学企业新建的车载镜头", "产线投产。"),
            "◎周 一",
            "光学镜头产线“上新”",
            "日前，福州",
        ),
        # the space lost with the next line's indent: the text opens on the paper's dateline
        (
            (
                "2日 仙桃高新区非织",
                "造布产品质量追溯平台上线",
                "晚报讯（记者 蒙春花）仙桃高新区",
                "非织造布产品质量追溯平台上线。",
            ),
            "2日",
            "仙桃高新区非织造布产品质量追溯平台上线",
            "晚报讯（记者 蒙春花）仙桃高新区",
        ),
    ],
)
def test_a_roundup_item_opens_on_its_day_and_its_title_run_in(lines, day, title, opening):
    """The day is the column's ornament, the words up to the em space the item's headline, the
    roundup's name over its first item the column's logo."""
    items = kinds("\n".join((*STORY_ABOVE, "一周园区", *lines)) + "\n")
    at = items.index(("furniture", day))
    assert items[at - 1] == ("furniture", "一周园区")
    assert items[at + 1 : at + 3] == [("headline", title), ("body", opening)]


@pytest.mark.parametrize(
    "line",
    [
        "3日 上午，园区举行新一批重点项目集中签约仪式，",  # a clause before any em space: a sentence
        "周三 园区举行新一批重点项目集中签约仪式，",  # a weekday unmarked opens no item
        "5月5日，园区举行新一批重点项目集中签约仪式，",  # no space after the date
    ],
)
def test_a_sentence_opening_on_a_day_opens_no_roundup_item(line):
    items = kinds("\n".join((*STORY_ABOVE, line, "共签约项目18个，总投资56亿元。")) + "\n")
    assert not any(kind == "headline" for kind, _ in items)
    assert ("furniture", line.split()[0]) not in items


@pytest.mark.parametrize("blank", [False, True])
def test_a_chronicles_dated_line_wrapped_onto_its_sentences_end_opens_no_roundup_item(blank):
    """A chronicle's line, its day and one sentence, wrapped by a narrow column: the line under
    the day's closes the sentence on its stop, no text opening under a title run in."""
    lines = ("11月9日 宁乡高新区举办", "企业家沙龙。", "11月10日 保定高新区召", "开重点项目推进会。")
    items = kinds(("\n\n" if blank else "\n").join((*STORY_ABOVE, "园区大事记", *lines)) + "\n")
    assert ("furniture", "11月9日") not in items
    assert ("headline", "宁乡高新区举办") not in items


@pytest.mark.parametrize("day", ["5月8日 星期一 晴", "9日 星期二 小雨", "5月10日 周三 多云", "3日 周四 阴"])
def test_a_diary_day_heading_with_its_weekday_opens_no_roundup_item(day):
    """The day's weekday after it: the date written out whole over a diary's entry, no item's
    title run in, though the entry's first line reaches a clause mark."""
    items = kinds("\n".join((*STORY_ABOVE, day, "上午八点半，服务站刚开门，企业就来了。")) + "\n")
    assert ("furniture", day.split()[0]) not in items
    assert not any(text.startswith(("星期", "周")) for _, text in items)


@pytest.mark.parametrize("number", ["1.", "2．", "Q1 ", "Q3"])
@pytest.mark.parametrize("asker", ["记者：", "问："])
def test_a_numbered_question_of_an_interview_is_a_turn_without_its_number(number, asker):
    """A short interview's numbered questions: the number is the layout's, no word of the question."""
    question = asker + "园区发展低空经济有什么基础？"
    items = kinds("\n".join((*STORY_ABOVE, number + question, "闵思远：园区已集聚无人机企业30多家。")) + "\n")
    assert ("body", question) in items
    assert not any(kind == "headline" for kind, _ in items)


@pytest.mark.parametrize("line", ["1.目标：到2025年园区产值突破千亿元，", "2.园区：新增企业120家，"])
def test_a_numbered_point_of_a_list_keeps_its_number(line):
    items = kinds("\n".join((*STORY_ABOVE, line, "建成国家级创新平台10个。")) + "\n")
    assert any(text.startswith(line) for _, text in items)


STORY_CLOSED = ("园区今年新增科技型企业120家，", "高新技术企业总数突破千家。")


@pytest.mark.parametrize("after", [("责任编辑：禚秋  美术编辑：邝敏",), ("2024年1月1日 星期一", "A08")])
def test_a_caption_printed_credit_first_after_its_story_is_one_caption(after):
    """A photographer's label and name, then the caption's one short sentence, under a story's
    closed text and over no text: the photo's caption."""
    items = kinds("\n".join((*STORY_CLOSED, "摄影：闫旭东", "工人操作设备转运钛合金锻件。", *after)) + "\n")
    assert ("caption", "工人操作设备转运钛合金锻件。 摄影：闫旭东") in items


@pytest.mark.parametrize(
    "under",
    [
        ("园区相关负责人表示，量子传感器件", "从样机走向产品最难的是测试验证。"),  # text under it: a story's
        ("责任编辑：禚秋  美术编辑：邝敏",),  # a clause in the sentence: no caption's
    ],
)
def test_a_sentence_under_a_credit_with_text_under_it_or_a_clause_is_no_caption(under):
    sentence = "工人操作设备转运钛合金锻件。" if len(under) > 1 else "工人操作设备，转运钛合金锻件。"
    items = kinds("\n".join((*STORY_CLOSED, "摄影：闫旭东", sentence, *under)) + "\n")
    assert not any(kind == "caption" and sentence in text for kind, text in items)


INTERRUPTED = column(
    "近日，三明高新区一家竹木新材料企业以两万吨林业碳汇预期收益权作质押，从当地一家银行获得贷款八百万元，"
    "用于建设竹基复合材料生产线。这是园区首笔林业碳汇质押贷款，企业从申请到放款只用了七个工作日。",
    width=19,
)


@pytest.mark.parametrize(
    "line, below, kind",
    [
        ("三明高新区企业获林业碳汇质押贷款", INTERRUPTED[3], "headline"),  # narrower than the column
        ("三明高新区企业获得林业碳汇质押贷款支持发展", INTERRUPTED[3], "headline"),  # wider, not spanning
        ("园区企业获得林业碳汇质押贷款", "２０００万元，用于建设竹基复合材料生产", "body"),  # a number
        # pushed down, and a bracket (below) kept whole
        ("园区检测平台获得国家认可委员会", "（CNAS）认可，可对水产品、海洋功能食品", "body"),
    ],
)
def test_a_line_off_the_column_between_two_full_lines_of_a_paragraph_is_a_headline(line, below, kind):
    """Every line of a paragraph but its last fills the column: one that does not, between two
    that do, with the sentence going on across it, is a headline printed inside the text."""
    text = raw_page(*INTERRUPTED[:3], line, below, *INTERRUPTED[4:])
    assert kind_of(text, line) == kind


STANDARD = (
    "近日，威海火炬高新区企业主导",
    "制定的两项输液器具国际标准正式发",
    "布，这是园区企业首次制定的“器械",
    "国际标准”。据介绍，两项标准分别",
    "规定了精密过滤输液器和避光输液器",
    "的技术要求，历时四年完成。",
)


@pytest.mark.parametrize(
    "at, line, kind",
    [
        (2, "威海火炬高新区企业制定国际标准", "headline"),  # "…正式发" / "布，…": a word cut
        (2, "威海火炬高新区企业 主导制定国际标准", "headline"),  # two phrases, as wide as the column
        (3, "威海火炬高新区企业制定国际标准", "headline"),  # "…“器械" / "国际标准”…": a quotation
        (1, "威海火炬高新区企业制定国际标准", "body"),  # "…主导" / "制定…": no word cut, no quote
    ],
)
def test_a_title_as_wide_as_the_column_between_two_lines_of_one_sentence_is_a_headline(at, line, kind):
    """The line above breaks off a word, or a quotation, that the line below finishes: the
    sentence runs on across a line that opens with a park and holds no clause, however full
    that runs, so that line is the article's headline printed inside its text."""
    text = raw_page(*STANDARD[:at], line, *STANDARD[at:])
    assert kind_of(text, line) == kind


CUT_AT_MEASURE = (
    "建成后年处理废铝3",
    "0万吨，生产汽车轻",
    "量化用再生 铝 合金锭",
    "，与使用原铝相比，",
    "每 吨 产品可减少碳排",
    "放约11吨。项目计",
    "划明 年一季度 开工，",
)
CUT_AT_MEASURE_BELOW = ("铝 回收分拣中 心，带", "动周边地区再生资源", "回收体 系建设。")


@pytest.mark.parametrize(
    ("line", "below", "kind"),
    [
        ("2027年 全面投产", "。园区将配套建设废", "body"),  # its sentence's stop pushed below it
        ("2027年全面投产", "，园区将配套建设废", "body"),
        ("2027年 全面投产", "园区将配套建设废", "headline"),  # a phrase on its own, no mark of it below
    ],
)
@pytest.mark.parametrize("spacing", ["\n", "\n\n"])
def test_a_line_whose_mark_opens_the_line_below_is_no_headline(line, below, kind, spacing):
    """A setter who breaks lines at the measure alone pushes a clause's or a sentence's mark to
    the head of the next line: the line above it runs on into it, though its justified gaps
    part its words as a title's phrases are parted."""
    text = spacing.join((*CUT_AT_MEASURE, line, below, *CUT_AT_MEASURE_BELOW)) + "\n"
    assert kind_of(text, line) == kind


def test_a_title_between_a_figure_and_its_measure_word_is_a_headline():
    """ "…合计 312" / "套，…": a figure broken off at the column's edge counts what the line below
    opens with, and the sentence runs on across the title printed between them."""
    title = "泰安高新区首批人才公寓交付使用"
    lines = (
        "近日，泰安高新区人才公寓交付",
        "使用。首批公寓共有两栋楼，合计 312",
        title,
        "套，配有家具家电，设共享厨房、健",
    )
    assert kind_of(raw_page(*lines, "身房和自习室。"), title) == "headline"


@pytest.mark.parametrize(
    "above, line, below",
    [
        # "…1000" / "万元…", "…1000" / "辆…": a figure counted
        ("全国张榜招贤，对揭榜成功者", "按项目投入给予最高1000", "万元支持，成果优先在园区企业"),
        ("全国张榜招贤，对揭榜成功者", "按项目投入给予最高1000", "辆新车，成果优先在园区企业"),
    ],
)
def test_a_short_line_ending_on_a_figure_the_text_below_counts_stays_body(above, line, below):
    """A line short of its column, holding no clause, is no headline where it ends on a figure
    the line below opens with the measure word of: the text runs on through it, its digits set
    wider than written."""
    lines = ("　　园区还推行“揭榜挂帅”机", "制，由企业提出技术需求，面向", above, line, below)
    text = raw_page(*lines, "转化。去年以来，园区发布榜单", "项目十二个，吸引了省内外二十")
    assert kind_of(text, line) == "body"


APPROXIMATE_COUNT = (
    "\t近日，长春高新区一座疫",
    "苗智能冷库投入运行。冷库容",
    "积1.6万立方米，采用自动",
    "化立体货架和机器人分拣，库",
    "内温度全程实时监控，每天可",
    "处理疫苗出入库订单3000",
)


APPROXIMATE_AT_END = (
    "近日，长春高新区一座疫苗智能冷库投",
    "入运行。冷库容积1.6万立方米",
    "，采用自动化立体货架和机器人分",
    "拣，库内温度全程实时监控，每天",
    "可处理疫苗出入库订单3000余",
    "单，服务东北地区多家疫苗生产企",
    "业。冷库运营方介绍，与传统冷库",
)


def test_a_line_broken_after_an_approximate_figure_stays_body():
    """ "…3000余" / "单，…": the figure made approximate waits for what it counts, the text
    running on through a line its digits leave short of the column."""
    first, *rest = APPROXIMATE_AT_END
    text = "\n\n".join(("疫苗智能冷库投入运行", "\u3000\u3000" + first, *rest)) + "\n"
    assert kind_of(text, APPROXIMATE_AT_END[4]) == "body"


@pytest.mark.parametrize(
    ("line", "below"),
    [
        (APPROXIMATE_COUNT[-1], "余单，服务东北地区多家疫苗"),
        (APPROXIMATE_COUNT[-1], "多家企业，服务东北地区疫苗"),
    ],
)
def test_a_line_ending_on_a_figure_the_text_below_makes_approximate_stays_body(line, below):
    """ "…3000" / "余单，…", "…100" / "多家…": 余 and 多 after a figure make it approximate, with
    its measure word or alone, and belong to it: the text runs on through a line its digits
    leave short of the column."""
    lines = ("疫苗智能冷库投入运行", *APPROXIMATE_COUNT[:-1], line, below, "生产企业。冷库运营方介绍，")
    text = "\n\n".join((*lines, "与传统冷库相比，智能冷库的", "人工成本降低六成，出入库差")) + "\n"
    assert kind_of(text, line) == "body"


@pytest.mark.parametrize(
    ("line", "following", "counted"),
    [
        ("订单3000", "余单，服务东北", True),
        ("订单3000", "余万元，服务", True),
        ("企业100", "多家，服务东北", True),
        ("企业100", "多，服务东北", True),
        ("开放100", "余杭区企业", False),  # a place's name opening with 余
        ("开放100", "多功能展厅", False),  # a word opening with 多
        ("开放100", "单，服务东北", False),
        ("订单3000余", "单，服务东北", True),  # the approximation with the figure, its count below
        ("企业100多", "家，服务东北", True),
        ("企业100多", "，服务东北", False),
        ("企业很多", "家，服务东北", False),  # no figure made approximate
    ],
)
def test_a_figure_is_counted_on_by_its_measure_word_or_its_approximation(line, following, counted):
    assert counted_on(line, following) is counted


NEW_POLICY = column(
    "园区近日出台人才安居新政，对新引进的博士给予每月三千元租房补贴，连续发放五年，并为企业高管子女入学提供便利。",
    width=16,
)


@pytest.mark.parametrize(
    "line, kind",
    [("王成龙", "byline"), ("次仁卓玛 其木格", "byline"), ("海外订单", "headline")],  # two words, not a name
)
def test_a_line_of_names_alone_between_a_headline_and_its_text_is_the_byline(line, kind):
    """No headline reads as names only: under a headline, over the text, they sign it."""
    text = raw_page(*BODY_A, ("南通高新区推出", "人才安居“新六条”"), line, *NEW_POLICY)
    assert kind_of(text, line) == kind


def test_a_running_head_by_the_page_furniture_inside_a_paragraph_is_no_headline():
    """The page's name, printed by its date and folio where the text runs across, is no headline
    printed inside the text, however short of the column."""
    lead = column(
        "石家庄高新区企业通过专利、商标等知识产权质押获得银行贷款十五亿元，同比增长近五成。", width=19
    )
    furniture = ("二〇二一年三月六日 星期六", "第 9 版")
    text = raw_page(*lead, *INTERRUPTED[:3], "高新区周刊", *furniture, *INTERRUPTED[3:])
    assert kind_of(text, "高新区周刊") != "headline"


INTERVIEW = column(
    "记者：企业的研发团队是怎么组建的？",
    "关玉梅：我们的核心团队来自哈尔滨工业大学，学校在焊接和机器人领域有很深的积累，园区帮我们和学校共建了联合实验室。",
)


@pytest.mark.parametrize(
    "kicker, kind",
    [
        ("对话园区企业家", "headline"),  # a column's name over the title printed inside the text
        ("尔", "body"),  # a character left over from the line above
        ("阿说木呷 陈晓梅", "byline"),  # names parted by a space: a byline's
        ("学家陈晓梅）", "body"),  # the tail of a bracket opened above
    ],
)
def test_a_short_line_over_a_headline_printed_inside_the_text_is_its_kicker(kicker, kind):
    """The headline group cuts the text mid-sentence: the line above breaks off full, the one
    below goes on with it, and a short line between is no line of that paragraph."""
    head, tail = INTERVIEW[:4], INTERVIEW[4:]
    text = raw_page(*head, kicker, ("让焊接机器人", "走进冰城的重工车间"), *tail)
    assert kind_of(text, kicker) == kind


@pytest.mark.parametrize(
    "above, kind",
    [
        ("尔滨工业大学，学校在焊接和机器人", True),  # a full line broken off mid-sentence
        ("停闪烁。这里承接了东部地", False),  # as narrow: the column narrowed around a photo
    ],
)
def test_a_line_as_narrow_as_the_one_above_it_is_no_kicker(above, kind):
    from digest.language.text import display_width
    from digest.parse.items import BODY, HEADLINE, Item
    from digest.parse.layout import _kicker_over_headline
    from digest.parse.lines import Line

    texts = [(BODY, above), (BODY, "区多家互联网企业的数据存"), (HEADLINE, "数据在山城“流动”起来")]
    items = [Item(k, [Line(2 * n + 1, text)], text) for n, (k, text) in enumerate(texts)]
    assert _kicker_over_headline(items, 1, display_width(texts[1][1]), 16.0) == kind


@pytest.mark.parametrize(
    ("lines", "head", "rest"),
    [
        # the title on one line, the dateline after the bracket
        (
            ("【遵义高新区茶叶深加工项目签约】本报讯（记者 杨光明）", "日前，遵义高新区与一家食品企业签约。"),
            "遵义高新区茶叶深加工项目签约",
            "本报讯（记者 杨光明）",
        ),
        # the title wrapped over two lines, plain text after it
        (
            ("【潜江高新区虾壳提取甲壳", "素项目投产】本月，潜江高新区", "一家企业的项目投产。"),
            "潜江高新区虾壳提取甲壳\n素项目投产",
            "本月，潜江高新区",
        ),
        # the line broken inside 本报讯: the dateline is kept whole
        (
            ("【遵义高新区茶叶深加工项目签约】本", "报讯（记者 杨光明）日前，遵义高新区与", "企业签约。"),
            "遵义高新区茶叶深加工项目签约",
            "本报讯（记者 杨光明）日前，遵义高新区与",
        ),
    ],
)
def test_a_bracketed_run_in_head_is_split_off_its_brief(lines, head, rest):
    items = kinds(raw_page(*lines))
    at = items.index(("headline", head))
    assert items[at + 1 : at + 3] == [("furniture", "【】"), ("body", rest)]


def test_a_bracketed_line_over_a_dateline_is_its_articles_title():
    title, dateline = "【南宁高新区数字产业孵化器开园】", "本报讯（记者 韦振宇）日前，南"
    items = kinds(raw_page("创历史新高。", title, dateline, "宁高新区孵化器开园。"))
    at = items.index(("headline", "南宁高新区数字产业孵化器开园"))
    assert items[at + 1 : at + 3] == [("furniture", "【】"), ("body", "本报讯（记者 韦振宇）日前，南")]


@pytest.mark.parametrize(
    "line",
    [
        "【种植：数据指导田间管理】",  # a subheading: nothing runs on after the bracket
        "【链接】玉溪高新区于2012年升级",  # a label, too short for a title
        "【记者手记】",
    ],
)
def test_no_bracketed_run_in_head_without_text_after_a_title(line):
    items = kinds(raw_page("园区还与宁夏大学合作建设。", line, "走访中，记者发现，老工业基地。"))
    assert ("furniture", "【】") not in items


@pytest.mark.parametrize(
    ("lines", "last", "author"),
    [
        (("合作社签订保底收购协议。（完）", "▶ 本报记者 杨光明"), "合作社签订保底收购协议。", None),
        (
            ("合作社签订保底收购协议。", "吴晓东 哈斯高娃（完）"),
            "合作社签订保底收购协议。",
            "吴晓东 哈斯高娃",
        ),  # noqa: E501
        (("合作社签订保底收购协议。", "（完）"), "合作社签订保底收购协议。", None),
    ],
)
def test_an_end_mark_is_no_text_and_closes_its_article(lines, last, author):
    items = layout(RawPage("t.txt", raw_page("遵义是贵州的茶叶主产区之一，企业将与茶叶", *lines)))
    assert [(item.kind, item.text) for item in items if item.kind == "furniture"] == [("furniture", "（完）")]
    assert next(item for item in items if item.text == last).ends_article
    assert author is None or ("author", author) in [(item.kind, item.text) for item in items]


@pytest.mark.parametrize(
    ("quote", "kind"),
    [
        (("“原料就在隔壁，运", "输成本和周期都大大", "降低。”"), "furniture"),  # the text's words again
        (("“交货时间可以提前和", "客户确定下来了”"), "furniture"),
        (("“原料在隔壁", "成本降低了”"), "headline"),  # words the text does not say
        # a sentence the text says without the quotes, or repeated plain with its own full stop
        (("“产业链向下游延伸，也", "让园区的能耗管理面临", "新要求。”"), "furniture"),
        (("产业链向下游延伸，也", "让园区的能耗管理面临", "新要求。"), "furniture"),
        (("产业链向下游延伸", "园区能耗管理面临新要求"), "headline"),  # no stop: a title's words
        (("产业链向上游延伸，也", "让园区面临新要求。"), "headline"),
        (("“让园区的能耗管理", "面临新要求”"), "headline"),  # a quoted title: a phrase the text says
    ],
)
def test_a_pull_quote_repeating_the_text_is_set_aside(quote, kind):
    text = raw_page(
        "产业链向下游延伸，也",
        quote,
        "让园区的能耗管理面临新要求。",
        "“原料就在隔壁，运输成本和周期都大大降低。”一家企业负责人说，",
        "“交货时间可以提前和客户确定下来了”。",
    )
    assert kind_of(text, "\n".join(quote)) == kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        (("记者：园区在引进企业", "方面有什么考虑？"), "furniture"),  # the interview's question again
        (("“记者：下一步，园区有", "哪些发展目标？”"), "furniture"),
        (("园区在引进企业方面", "有什么考虑？"), "headline"),  # a title may ask, in a phrase
    ],
)
def test_an_interview_question_repeating_the_text_is_set_aside(question, kind):
    text = raw_page(
        "晏春林：到2026年，园区产业产值要突破",
        "五百亿元。",
        question,
        "记者：园区在引进企业方面有什么考虑？",
        "晏春林：我们重点引进两类企业。",
        "记者：下一步，园区有哪些发展目标？",
        "晏春林：建成全国重要的产业基地。",
    )
    assert kind_of(text, "\n".join(question)) == kind


@pytest.mark.parametrize(
    "opening",
    [
        "编者按：枣庄高新区出台产教融合十条",
        "编者的话：枣庄高新区出台产教",
        "【编者的话】枣庄高新区出台产教",  # the label in brackets, no colon: no brief's bracketed title
        "【编者按】枣庄高新区出台产教融合",
    ],
)
def test_an_editors_note_opens_the_text_and_is_no_headline(opening):
    text = raw_page("枣庄高新区产教融合新政", opening, "措施，支持企业和院校共建产业学院", "订单式培养。")
    assert kind_of(text, opening) == "body"


@pytest.mark.parametrize(
    ("text", "note", "preface"),
    [
        ("编者按：枣庄高新区出台产教融合十条", True, True),
        ("【编者的话】枣庄高新区出台产教", True, True),
        ("【编者按】：枣庄高新区出台产教", True, True),
        ("【编后】枣庄高新区的做法值得借鉴", True, False),  # closes a story, introduces none
        ("编者的话题引发讨论", False, False),  # the words run on: no label set off
        ("【编者的话题】枣庄高新区", False, False),
        ("【园区观察】枣庄高新区出台产教", False, False),  # another bracketed label
        ("编辑：李明", False, False),
    ],
)
def test_an_editors_notes_label_is_set_off_by_a_colon_or_brackets(text, note, preface):
    assert (opens_editor_note(text), opens_editor_preface(text)) == (note, preface)


@pytest.mark.parametrize(
    ("after", "caption"),
    [
        ("量比过去减少了约三成，葡萄的品", True),  # "用水" / "量": the paragraph runs on around the photo
        ("园区还与宁夏大学合作建设资源圃。", False),  # nothing runs on: no photo broke in
    ],
)
def test_a_caption_set_inside_a_paragraph_is_one_caption(after, caption):
    text = raw_page(
        "企业技术人员说，根据监测数据精",
        "准灌溉和施肥，每亩葡萄园的用水",
        "酿酒师在智能酿造车间查看发酵数",
        "据。（马学军 摄）",
        after,
        "质也更加稳定。",
    )
    found = ("caption", "酿酒师在智能酿造车间查看发酵数据。（马学军 摄）") in kinds(text)
    assert found is caption


@pytest.mark.parametrize(
    ("credit_lines", "caption"),
    [
        (("酿酒师在车间查看发酵罐。　通讯员 马学军", "摄"), "酿酒师在车间查看发酵罐。　通讯员 马学军摄"),
        (("酿酒师在车间查看发酵罐。（通讯员 马学军", "摄）"), "酿酒师在车间查看发酵罐。（通讯员 马学军摄）"),
    ],
)
def test_a_caption_inside_a_paragraph_with_its_credit_run_over_is_one_caption(credit_lines, caption):
    """The credit's last word alone on the next line is no word the sentence's wrap cut."""
    text = raw_page(
        "本报讯（通讯员 马学军） 近日，在银",
        "川高新区一家葡萄酒庄的车间里，酿酒师们正在",
        *credit_lines,
        "检测新酒的酸度。该酒庄计划明年扩建。",
    )
    assert ("caption", caption) in kinds(text)


@pytest.mark.parametrize(
    "lines",
    [
        # the credit run on from the last sentence, its second line read as a caption's credit
        ("产值同比增长19%。（本报", "记者 巴特尔 本报通讯员 关丽娟 摄）", "图①：检测样品。（巴特尔 摄）"),
        # on its own under a caption that has its credit already
        ("产值同比增长19%。", "图①：检测样品。（巴特尔 摄）", "（本报记者 巴特尔 本报通讯员 关丽娟 摄）"),
        # between the last sentence and a caption with a credit of its own
        ("产值同比增长19%。", "本报记者 巴特尔 本报通讯员 关丽娟 摄", "图①：检测样品。 巴特尔 摄"),
    ],
)
def test_a_photo_items_reporters_credited_with_its_pictures_are_its_authors(lines):
    items = kinds(raw_page("进入12月，大庆高新区新材料产业园内的", *lines))
    assert any(kind == "author" and "本报记者 巴特尔 本报通讯员 关丽娟 摄" in text for kind, text in items)


def test_a_credit_under_its_captions_text_stays_the_captions():
    text = raw_page("产值同比增长19%。", "技术人员检测样品。", "本报记者 巴特尔 摄", "  园区建设研发中心。")
    assert all(kind != "author" for kind, _ in kinds(text))


INTERVIEW_LEAD = column("拉萨高新区地处青藏高原，近年来把数字经济作为主导产业之一，引进了一批数据中心。")


@pytest.mark.parametrize(
    "title, kind",
    [
        ("高原数字经济如何“弯道起步”？", "headline"),
        ("数字经济跑出“加速度”！", "headline"),
        ("数字经济如何起步，靠什么？", "headline"),  # two phrases: the subtitle's title asks in both
    ],
)
def test_a_title_that_asks_or_exclaims_between_its_kicker_and_subtitle_is_a_headline(title, kind):
    text = raw_page(*BODY_A, "园区一把手访谈", title, "——访拉萨高新区管委会主任旦增罗布", *INTERVIEW_LEAD)
    assert kind_of(text, title) == kind


@pytest.mark.parametrize(
    "line, kind",
    [
        ("随州高新区应急车辆 搭载荆门产储能电池上路", "headline"),
        ("应急车辆", "body"),  # too short for a title: a fragment of the line above as often
    ],
)
def test_a_phrase_over_a_byline_where_the_text_breaks_off_is_a_headline(line, kind):
    above = (
        "高新区聚集了专用汽车企业６０余家，产",
        "品涵盖应急救援、环卫、冷链等领域。荆",
        "门高新区近年来发展动力和储能电池产业，",
        "已形成较完整的产业链。两地相距约",
    )
    below = ("２００公里，企业之间的合作正越来越密", "切。", "\u3000\u3000专用汽车企业负责人说，移动储能电")
    text = raw_page(*above, line, "本报记者 覃丽萍 通讯员 胡德华", *below)
    assert kind_of(text, line) == kind


@pytest.mark.parametrize("line", ["（来源：《吉林日报》）", "来源：《北海日报》"])
def test_the_paper_an_article_is_reprinted_from_closes_it_as_its_credit(line):
    text = raw_page(*BODY_A, line, "西安高新区硬科技企业加速成长")
    assert kind_of(text, line) == "author"


@pytest.mark.parametrize(
    "line",
    [
        "来源：河北日报",  # where a news app reposted the story from
        "来源：新华社",
        "原标题：西安高新区硬科技企业加速成长",  # the title as first printed, repeated
        "原标题：园区强链，企业补链",  # a title may hold a comma
        "【报纸名称】新疆日报",  # a database's record of the printed page
        "【报纸日期】2015-10-17",
        "【版名】县域·园区",
        "【版号】14",
        "【作者单位】本报",
        "【日期】2015-10-17",
    ],
)
def test_a_reposted_or_archived_storys_record_header_is_furniture(line):
    assert marks.record_header(line)
    assert kind_of(raw_page("西安高新区硬科技企业加速成长", line, *BODY_A), line) == "furniture"


@pytest.mark.parametrize(
    "line",
    [
        "来源：《湖南日报》",  # a paper credited in its title marks: the story's byline
        "来源广泛的企业纷纷入驻园区，",  # the word opening a line of text
        "来源：园区管委会提供的数据显示，",  # a clause after the colon
        "来源：鄂尔多斯高新区管委会",  # no news outlet: who supplied a photo, its caption's credit run over
        "原标题",  # no title after the label
        "【链接】",  # a sidebar's label
        "【园区新观察】",  # a series' name
    ],
)
def test_no_record_header_without_its_labels_shape(line):
    assert not marks.record_header(line)


def test_a_repost_header_leaves_the_title_and_its_writers():
    page = raw_page(
        "来源：河北日报",
        "西安高新区硬科技企业加速成长",
        "原标题：西安高新区硬科技企业加速成长",
        "作者：其木格\u3000海日汗",
        *column("近日，西安高新区发布硬科技企业发展报告，园区硬科技企业数量三年翻了一番。", width=16),
    )
    parsed = parse_page(RawPage("t.txt", page))
    assert [(a.kicker, a.title) for a in parsed.articles] == [("", "西安高新区硬科技企业加速成长")]
    assert [author.name for author in parsed.articles[0].authors] == ["其木格", "海日汗"]
    assert {"来源：河北日报", "原标题：西安高新区硬科技企业加速成长"} <= set(parsed.furniture)


@pytest.mark.parametrize("writer", ["作者：杨阿妹（安顺高新区经发局）", "作者：杨阿妹"])
def test_a_contributed_pieces_writer_is_its_author_and_the_body_they_work_for_none(writer):
    """ "作者：X（X高新区经发局）" after a contributed piece's text: its byline, whose bracket names
    the body the writer works for, no author and no headline."""
    items = kinds(raw_page(*BODY_A[:3], writer, "合肥高新区集成电路大会"))
    assert ("byline", writer) in items
    parsed = parse_page(RawPage("t.txt", raw_page(*BODY_A[:3], writer)))
    assert [author.name for author in parsed.articles[0].authors] == ["杨阿妹"]


HEFEI_TEXT = column(
    "近日，合肥高新区举行量子信息产业发展大会，签约项目二十余个，总投资超过三百亿元。",
    "园区负责人表示，将加快建设量子信息产业集群。",
    width=16,
)


@pytest.mark.parametrize(
    ("deck", "restated", "parts"),
    [
        # a kicker and a subtitle set tight over and under the title, all as wide
        (
            ("省领导在合肥高新区调研时强调", "抢抓量子信息 发展新机遇", "推动园区在科技创新中走在前列"),
            "抢抓量子信息 发展新机遇",
            ("省领导在合肥高新区调研时强调", "抢抓量子信息 发展新机遇", "推动园区在科技创新中走在前列"),
        ),
        # the title and its subtitle written on one line, the subtitle first
        (
            "合肥高新区培育量子信息产业见闻\u3000\u3000量子产业的合肥答卷",
            "量子产业的合肥答卷",
            ("合肥高新区培育量子信息产业见闻", "量子产业的合肥答卷", ""),
        ),
    ],
)
def test_a_reposts_original_title_tells_which_line_of_its_deck_is_the_title(deck, restated, parts):
    page = raw_page(deck, f"原标题：{restated}", "作者：其木格", *HEFEI_TEXT)
    [article] = parse_page(RawPage("t.txt", page)).articles
    assert (article.kicker, article.title, article.subtitle) == parts


def test_a_restated_title_no_line_of_the_deck_prints_leaves_the_deck_as_read():
    """A news app may retitle a story: the title first printed is no line of its deck."""
    deck = ("省领导在合肥高新区调研时强调", "抢抓量子信息 发展新机遇", "推动园区在科技创新中走在前列")
    with_original = raw_page(deck, "原标题：合肥高新区量子产业再上台阶", "作者：其木格", *HEFEI_TEXT)
    without = raw_page(deck, "作者：其木格", *HEFEI_TEXT)
    read = [parse_page(RawPage("t.txt", page)).articles[0] for page in (with_original, without)]
    assert len({(a.kicker, a.title, a.subtitle) for a in read}) == 1


@pytest.mark.parametrize(
    ("kind", "text", "title"),
    [
        (BODY, "“量子计算机要走出实验室”", "“量子计算机要走出实验室”"),  # the title read as a line of text
        (HEADLINE, "对话一家量子企业创始人\n“量子计算机要走出实验室”", "“量子计算机要走出实验室”"),
        (BODY, "“量子计算机要走出实验室”，他说。", ""),  # a line of text holding the words and more
        (CAPTION, "“量子计算机要走出实验室”", ""),
    ],
)
def test_an_original_title_line_marks_the_headline_that_prints_it(kind, text, title):
    line = Item(kind, [Line(1, text)], text)
    original = Item(FURNITURE, [Line(2, "")], "原标题：“量子计算机要走出实验室”")
    marks.mark_restated_titles([line, original])
    assert line.restated_title == title
    assert line.kind == (HEADLINE if title else kind)


def test_a_lead_over_a_reposts_deck_and_record_header_goes_to_the_text_under_it():
    lead = column(
        "近日，芜湖高新区机器人产业园正式开园，首批入驻企业三十二家，涵盖整机、零部件和系统集成。"
        "园区今年计划再引进机器人企业二十家。",
        width=16,
    )
    rest = column(
        "芜湖高新区负责人介绍，产业园将重点引进工业机器人整机企业，配套建设检测认证中心。",
        "园区还设立了十亿元产业基金，支持企业研发新产品。",
        width=16,
    )
    deck = ("芜湖高新区机器人产业园开园", "原标题：芜湖高新区机器人产业园开园", "作者：其木格")
    parsed = parse_page(RawPage("t.txt", raw_page(*MID_PAGE, *lead, *deck, *rest)))
    assert [a.blocks[0].text[:9] for a in parsed.articles] == ["近日，合肥高新区举", "近日，芜湖高新区机"]


@pytest.mark.parametrize(
    "line", ["【作者】杨秀珍", "【作者】其木格；海日汗", "【作者】本报记者 阿依努尔·卡德尔"]
)
def test_a_records_author_field_is_a_byline(line):
    """A database's record prints its author's field as its other fields, the label in brackets."""
    found = kinds(raw_page("西安高新区硬科技企业加速成长", line, "【报纸名称】新疆日报", *BODY_A))
    assert ("byline", line) in found


@pytest.mark.parametrize(
    "line",
    [
        "【作者】园区今年新建研发平台十二个，投入资金三亿元",  # no names in the author's field
        "【研发平台撑起创新高度】\u3000园区新建平台12个",  # a brief's title in brackets, its text run on
        "【链接】",  # a box's label, no field of a record
    ],
)
def test_no_byline_nor_record_header_in_other_bracketed_lines(line):
    found = kinds(raw_page("西安高新区硬科技企业加速成长", line, *BODY_A))
    assert ("byline", line) not in found and ("furniture", line) not in found


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("来源：科技周报\u3000作者：禄建国\u3000发布时间：2024-10-15", "作者：禄建国"),
        (
            "来源：科技周报\u3000作者：阿依努尔·卡德尔\u3000皮建英\u3000发布时间：2024-06-04",
            "作者：阿依努尔·卡德尔\u3000皮建英",
        ),
        ("作者：宓佳琪 发布时间：2024-11-21 浏览次数：36", "作者：宓佳琪"),
        ("来源：园区报 | 作者：宓佳琪 | 发布时间：2024-11-21", "作者：宓佳琪"),  # fields apart by bars
    ],
)
def test_a_content_systems_metadata_line_is_the_byline_of_its_author_field(line, byline):
    text = raw_page("焦作高新区人才公寓交付使用", line, *BODY_A)
    found = kinds(text)
    assert ("byline", byline) in found
    assert not any(line in text or "发布时间" in text for kind, text in found if kind in ("headline", "body"))


@pytest.mark.parametrize(
    "line",
    [
        "来源：科技周报\u3000发布时间：2024-10-15",  # no author's field
        "作者：禄建国",  # a field alone: a byline of its own, read as bylines are
        "这本书的作者：禄建国\u3000发布时间：2024年",  # words before the first field: a sentence's
        "来源：\u3000作者：禄建国",  # a field with no value
    ],
)
def test_no_metadata_line_without_its_fields(line):
    assert marks.metadata_byline(line) == ""


@pytest.mark.parametrize("line", ["电话 请拨打园区服务热线", "地址在3号楼"])
def test_a_contact_word_before_text_is_no_contact_line(line):
    text = raw_page(*BODY_A, line)
    assert kind_of(text, line) != "furniture"


@pytest.mark.parametrize(
    ("quote", "kind"),
    [
        (("产业链向下游延伸，也", "让园区的能耗管理面临", "新要求。"), "furniture"),
        (("“产业链向下游延伸，", "也让园区的能耗管理", "面临新要求。”"), "furniture"),
        (("产业链向下游延伸，也让园区的能耗管理面临新要求。",), "furniture"),
        (("产业链向上游延伸，也", "让园区面临新要求。"), "body"),  # words the text does not say
    ],
)
def test_a_pull_quote_written_line_by_line_among_the_text_is_set_aside(quote, kind):
    first = column("园区企业加快数字化改造。产业链向下游延伸，也让园区的能耗管理面临新要求。")
    second = column("园区负责人介绍，今年将新建三个公共服务平台，帮助中小企业降低转型成本。")
    found = kinds(raw_page(*first, *quote, *second))
    assert [kind for kind, text in found if text in quote] == [kind] * len(quote)
    assert all(kind == "body" for kind, text in found if text in first + second)


STOCK_SENTENCE = ("产业链向下游延伸，也", "让园区的能耗管理面临", "新要求。")
STORAGE_LEAD = column("本报讯 近日，合肥高新区一家储能企业新建的电池产线投产，年产能达到十吉瓦时。", width=10)
STORAGE_REST = column("园区负责人介绍，今年将新建三个公共服务平台，帮助中小企业降低转型成本。", width=10)
SAYING_IT = "园区企业加快数字化改造。产业链向下游延伸，也让园区的能耗管理面临新要求。园区将建设能源管理平台。"
NEXT_STORY = (
    "苏州工业园区建设能源管理平台",
    *column(f"本报讯 日前，苏州工业园区发布数据。{SAYING_IT}", width=10),
)


@pytest.mark.parametrize(
    ("page", "kind"),
    [
        # between two sentences of its story, said again only past the next story's dateline
        ((*STORAGE_LEAD, *STOCK_SENTENCE, *STORAGE_REST, *NEXT_STORY), "body"),
        # said again by its own story's text: a pull quote
        ((*STORAGE_LEAD, *STOCK_SENTENCE, *STORAGE_REST, *column(SAYING_IT, width=10)), "furniture"),
        # no text of its story under it: a quote set over the story that says it
        ((*STORAGE_LEAD, *STORAGE_REST, *STOCK_SENTENCE, *NEXT_STORY), "furniture"),
    ],
)
def test_a_sentence_two_stories_say_is_each_storys_own(page, kind):
    """A pull quote repeats its own story: a stock sentence one story says between two of its
    sentences and another says too is no quote."""
    found = kinds(raw_page(*page))
    assert [kind for kind, text in found if text in STOCK_SENTENCE] == [kind] * len(STOCK_SENTENCE)


# Paragraphs as an extractor that reflows each onto one line writes them: no blank line after
# a paragraph's line, one after a subheading's
WHOLE_PARAGRAPHS = (
    "新年伊始，园区生产车间里一派繁忙景象，多条生产线满负荷运转，订单排到了三个月以后，"
    "工人们分三班轮流上岗，园区去年新增规上工业企业三十余家，工业总产值稳步增长。",
    "人参是通化最有名的金字招牌，过去当地人参多以原料形式外销，深加工产品少，利润的大头"
    "被外地企业拿走，如今园区企业正在把一棵人参吃干榨尽，做成药品、食品和化妆品。",
) * 3


@pytest.mark.parametrize("heading", ["新药研发提速", "■沉陷区上建起数据中心", "从“一棵参”到“一条链”"])
def test_a_phrase_between_paragraphs_written_whole_on_a_line_is_a_subheading(heading):
    """No column to measure it against: the paragraphs' lines run far past any printed one. A
    phrase after a closed sentence, holding no clause, over a paragraph is a subheading."""
    sections = ["\n".join(WHOLE_PARAGRAPHS)] * 2  # the heading printed once: a repeated line is furniture
    text = f"\n{heading}\n\n".join(sections) + "\n"
    assert kind_of(text, heading) == "headline"


# A feature written a paragraph to a line: its deck, its lead and its first subheading
WHOLE_FEATURE = (
    "从“一台电视”到“一片屏”",
    "晚报记者 吉克阿依 报道",
    "说起绵阳，很多人首先想到的是电视机。如今，在绵阳高新区，显示产业早已不只是整机组装，而是向面板、"
    "模组和材料延伸，一片片柔性屏从这里走向全国。",
    "面板项目带来“链式反应”",
)
WHOLE_LONG_PARAGRAPH = (
    "园区支持企业联合高校建设新型显示技术创新中心，围绕柔性封装、微型发光二极管等方向开展攻关，累计申请专利600余件。"
)


@pytest.mark.parametrize(
    "above, kind",
    [
        (WHOLE_LONG_PARAGRAPH, "headline"),
        # a column's short last line over it: the text may be set in a column, its lines measured
        ("累计申请专利600余件。", "body"),
    ],
)
def test_a_phrase_over_a_short_paragraph_written_whole_is_a_subheading(above, kind):
    """Where the paragraph above is written whole on its line, a phrase after its closed sentence
    over a short paragraph closed on its one line is a subheading, as over a long one."""
    heading = "人才培养跟上产业节奏"
    below = ("园区与本地职业院校合办显示技术订单班，毕业即可上岗。", "今年园区显示产业产值同比增长18%。")
    assert kind_of(raw_page(*WHOLE_FEATURE, above, heading, *below), heading) == kind


DIAGNOSIS = (
    "近日，大庆高新区企业研发的油田大",
    "模型在两个采油厂投入应用，单井故",
    "障诊断的平均处理时间大幅缩短，由",
    "2小时缩短到5分钟，巡检效率提高了",
    "三倍。",
)


@pytest.mark.parametrize(
    "line, kind",
    [
        ("大庆高新区油田大模型投用", "headline"),  # short: "…，由" / title / "2小时缩短到…"
        ("大庆高新区：大模型进油田", "headline"),
        ("大庆高新区油田公司研发中心专家的", "body"),  # as wide as the column: the coverb's object
    ],
)
def test_a_short_title_under_a_line_ending_on_a_coverb_is_a_headline(line, kind):
    """The line above breaks off on a coverb ("由") that the text below takes up ("2小时…"): a
    short line between, opening with a park and holding no clause, ends no paragraph (its
    sentence is still open), so it is a headline printed inside its article's column."""
    text = raw_page(*DIAGNOSIS[:3], line, *DIAGNOSIS[3:])
    assert kind_of(text, line) == kind


@pytest.mark.parametrize(
    "line, expected",
    [
        ("摄影：张三", True),  # a credit naming the taking of the photo (摄), no 图 in it
        ("本报记者 张三 摄", True),
        ("（长沙高新区供图）", True),
        ("图片来源：厦门火炬高新区", True),
        ("图/张三", True),
        ("图片由园区提供", True),
        ("园区企业发展势头良好，", False),
        ("摄像头产业链", False),
    ],
)
def test_a_credit_names_the_photo_or_its_taking(line, expected):
    assert is_caption(line) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("本报记者 张三 摄", True),
        ("（长沙高新区供图）", True),
        ("资料图片", True),
        ("图为园区一角。 张三 摄", False),  # a caption's text before its credit
        # a reader's whole page on one line (an OCR service's JSON) ending in a credit: no credit
        # alone, and asked without searching the line through
        ('{"words": "' + "园区企业发展势头良好，" * 4000 + '"} 本报记者 张三 摄', False),
    ],
)
def test_a_credit_alone_is_a_line_of_names_and_roles(text, expected):
    assert credit_only(text) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("把影视产业作为特色产业培育，推动传统拍摄", False),  # "拍摄" broken off at the line's end
        ("新建成本高、周期长。园区把几座闲置的老摄", False),  # "摄影棚" broken off
        ("园区一角。 张三 摄", True),  # set apart by a space
        ("图为车间。本报记者张三摄", True),  # after the sentence's close
        ("园区一角（张三摄）", True),  # in brackets
        ("本报记者 古丽娜尔·艾力摄", True),
    ],
)
def test_a_photos_maker_stands_apart_from_the_captions_words(line, expected):
    """A name run on tight from a clause before 摄 is a word of the text cut at the line's end."""
    assert is_caption(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("2021年1月15日 星期五", True),
        ("园区 第3版", True),
        ("科技日报", True),
        ("中国青年报", True),
        ("区智慧安全监管平台的报", False),  # a narrow column's line cut inside 报警
        ("责任编辑：张三，李四", True),  # the page's staff may be listed with a comma
        ("本版编辑：刘洋。", True),
        ("国内统一连续出版物号：CN11-0001，邮发代号1-1", True),
        ("园区企业发展势头良好，产值同比增长", False),
        ("审核通过的企业将获得补贴", False),
        ("2021年1月15日，园区举行签约仪式", False),  # a date opening a sentence of text
    ],
)
def test_furniture_with_or_without_a_clause_mark(line, expected):
    assert is_furniture_line(line) is expected


_LOOPED = "这批采棉机配备北斗导航和产量监测系统，每台日采收面积可达400亩。"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("[MISSING_PAGE_POST]", True),
        ("[MISSING_PAGE_FAIL:1]", True),
        ("[MISSING_PAGE_EMPTY:2]", True),
        ("[图片]", False),  # a picture's place, no converter's note
        ("[MISSING_PAGE_POST]之后园区还将举办", False),  # a note is a line of its own
        (_LOOPED * 3, True),
        (_LOOPED * 5 + _LOOPED[:9], True),  # the last copy cut off at the token limit
        (_LOOPED * 2, False),  # twice may be a pull quote beside its sentence
        ("加油！加油！加油！加油！加油！加油！加油！加油！", False),  # a slogan's short cry, printed so
        (_LOOPED + "园区相关负责人表示，将继续扩大规模。" + _LOOPED, False),
        (_LOOPED * 3 + "园区相关负责人表示，将继续扩大规模。", False),
    ],
)
def test_a_converters_note_or_loop_is_furniture(line, expected):
    assert is_furniture_line(line) is expected


@pytest.mark.parametrize("role", marks._PAGE_STAFF[3:-1].split("|"))
def test_every_staff_role_passes_the_character_asked_first(role):
    assert marks._may_name_staff(role)


@pytest.mark.parametrize(
    "line",
    [
        "国内统一连续出版物号：CN11-0001",
        "邮发代号1-1",
        "CN 11 - 0001",
        "总第 1234 期",
        "www.example.cn",
        "https://a.cn",
    ],
)
def test_every_registration_shape_passes_the_parts_asked_first(line):
    assert marks._may_hold_registration(line)
    assert is_furniture_line(line)


@pytest.mark.parametrize("title", ["向海图强 需要耐心资本", "金石为开 创新驱动发展", "向海图强 坚持长期投入"])
def test_a_title_of_two_phrases_is_no_line_of_names(title):
    """A phrase opening with a surname ("向海图强") beside one longer than a name and made of
    common words from end to end is a title's second phrase, no names run together."""
    text = "湛江高新区日前设立规模10亿元的海洋生物产业基金，首期投向海藻生物材料和水产疫苗项目。"
    page = raw_page(*BODY_A, "（下转第5版）", title, "文/冼海明", *column(text))
    assert kind_of(page, title) == "headline"


def test_a_vertical_title_asking_a_question_is_a_headline_on_a_single_spaced_page():
    """Its question mark closes no sentence of the text above: the upright box is a title's."""
    above = column("园区为新招员工提供三个月带薪岗前培训，并建设职工公寓和幼儿园，员工流失率由30%降至12%。")
    below = column(
        "黄石大冶湖高新区聚集了电子线路板企业70余家，被业内称为线路板之城。面对行业竞争加剧，园区如何谋划下一步？",
        "记者采访了管委会主任覃立新。园区线路板产业目前处在全国前列，产值连续三年保持两位数增长，配套企业不断集聚。",
    )
    title = "“线路板之城”如何再上台阶？"
    lines = [*above, *_vertical(title), "访黄石大冶湖高新区管委会主任覃立新", *below]
    assert ("headline", title) in kinds("\n".join(lines) + "\n")


@pytest.mark.parametrize("name", ["阿依古丽·买合木提", "阿卜杜热合曼·麦麦提"])
def test_a_turn_opening_with_a_long_dotted_name_is_body(name):
    """A Uyghur name, given name and father's name parted by a dot, runs past the length of a
    Han one: with its colon it still opens the answerer's turn, not a title."""
    lines = column(
        "本报讯 日前，张江人工智能岛举办大模型应用对接活动，园区三十余家企业参加。",
        "记者：模型做出来了，怎么找到用户？",
        f"{name}：我们每月举办一场“模型对接会”，由园区制造、金融和医疗企业提出需求，研发团队现场演示。",
    )
    turn = next(line for line in lines if line.startswith(name))
    assert kind_of(raw_page(*lines), turn) == "body"


SUPERCOMPUTING = (
    "一台超级计算机每天能为企业算出多少价值？在郑州高新区，这笔账越算越清楚。",
    "过去，超算中心的用户多是高校和科研院所。近年来，中心组建行业应用团队，为装备制造企业提供仿真服务。",
)


def _indented(lines: tuple[str, ...], paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """The lines with each paragraph's first line written after an ideographic indent."""
    firsts = {paragraph[:14] for paragraph in paragraphs}
    return tuple("\u3000\u3000" + line if line in firsts else line for line in lines)


@pytest.mark.parametrize("keeps_indents", [False, True])
def test_a_subheading_set_in_by_an_indent_is_a_headline(keeps_indents):
    """Centred in its column, a subheading is written after the spaces of a paragraph's indent;
    but it stops far short of the column without closing a sentence, as no first line does."""
    lead, section = (column(paragraph) for paragraph in SUPERCOMPUTING)
    if keeps_indents:
        lead, section = _indented(lead, SUPERCOMPUTING), _indented(section, SUPERCOMPUTING)
    text = raw_page(*lead, "\u3000\u3000从科研走向车间", *section)
    assert kind_of(text, "从科研走向车间") == "headline"


@pytest.mark.parametrize("indent", ["\u3000\u3000", "\u00a0\u00a0", "  "])
def test_a_numbered_subheading_indented_as_wide_as_a_first_line_is_a_headline(indent):
    """Some extractors write a subheading after the indent of the paragraph it heads; as wide as a
    first line, numbered, it leaves its sentence open where the next paragraph opens, as no
    paragraph of one line does."""
    lead, section = (column(paragraph) for paragraph in SUPERCOMPUTING)
    lead, section = _indented(lead, SUPERCOMPUTING), _indented(section, SUPERCOMPUTING)
    heading = "（二）从科研院所走向生产车间"
    lines = (*lead, "\u3000\u3000" + heading, *section)
    text = raw_page(*(line.replace("\u3000\u3000", indent) for line in lines))
    assert kind_of(text, heading) == "headline"


@pytest.mark.parametrize("indent", ["  ", "\u00a0\u00a0"])
def test_a_narrow_line_after_a_kept_indent_of_plain_or_no_break_spaces_is_body(indent):
    """An extractor may write a paragraph's indent in no-break spaces: it opens a paragraph as
    plain ones do, however narrow the line after it."""
    lines = column("近日，一百辆氢燃料电池重卡在鄂尔多斯高新区投入运营，主要承担煤炭短途运输任务。")
    first = "鄂尔多斯高新区负责人"
    following = ("介绍，园区正在推进风光制", "氢一体化项目，建成后可为重卡提供", "绿氢。")
    text = raw_page(indent + lines[0], *lines[1:], indent + first, *following)
    assert kind_of(text, first) == "body"


@pytest.mark.parametrize(
    "first, following",
    [
        ("园区去年新增科技型企业", ("1200家，其中高新技术企业三百多家，", "同比增长两成。")),
        ("园区企业自主研发的", ("MES系统已在二十多家工厂上线，生产", "效率提高三成。")),
    ],
)
def test_an_indented_first_line_short_of_its_column_for_what_follows_is_body(first, following):
    """A paragraph's first line may stop short where its setter kept a figure or a Latin word
    whole on the next line: written after its indent, it opens a paragraph."""
    lead = _indented(column(SUPERCOMPUTING[0]), SUPERCOMPUTING)
    text = raw_page(*lead, "\u3000\u3000" + first, *following)
    assert kind_of(text, first) == "body"


def _columns_indented(*paragraphs: str) -> tuple[str, ...]:
    """Paragraphs set in a column, each first line opening with the ideographic indent kept."""
    lines = [column(paragraph) for paragraph in paragraphs]
    return tuple(line for first, *rest in lines for line in ("\u3000\u3000" + first, *rest))


@pytest.mark.parametrize(
    "title",
    [
        ("光谷生物城新设孵", "化器开园"),  # a word runs on
        ("园区为企业建立“碳", "账户”"),  # a quotation runs on
        ("火炬高新区首批人才公", "寓交付使用"),
        ("光谷生物城新设孵化器3", "家"),  # a figure's measure word runs on
        ("光谷生物城新落地项目25", "个"),
    ],
)
@pytest.mark.parametrize("stacked", [True, False])
def test_a_title_wrapped_over_two_short_lines_between_two_texts_is_one_headline(title, stacked):
    """Between a closed text and the indented text it heads, a title wrapped over two lines
    stops short of the column twice without closing a sentence: one headline, though its word,
    quotation or figure's count runs on from the first line to the second."""
    above = _columns_indented(
        "园区还举行了集成电路产业发展大会，签约项目二十余个，总投资超过三百亿元，涵盖芯片设计和封装测试。",
        "园区负责人表示，将按季度评估落实情况。",
    )
    below = _columns_indented(
        "日前，光谷生物城第五孵化器开园，首批入驻的项目中，创新药项目十四个，医疗器械项目十一个。",
        "孵化器还设立天使基金，对通过概念验证的项目给予投资，帮助初创团队从样品走向临床。",
    )
    lines = [*above, *title, *below]
    page = "\n".join(lines) + "\n" if stacked else raw_page(*lines)
    assert ("headline", "\n".join(title)) in kinds(page)


@pytest.mark.parametrize(
    "title, indent, one",
    [
        # the tail as wide as the text's first line under it, set in by its indent
        (("新乡高新区电池隔膜产", "能扩至15亿平方米"), 2, True),
        (("海产品加工车间赶制年", "货订单港口繁忙"), 2, True),
        # the text's first line as wide as the column under the pair: the lower line opens the text
        (("新乡高新区电池隔膜产", "能扩至15亿平方米"), 0, False),
    ],
)
def test_a_title_tail_as_wide_as_the_opening_line_under_it_is_the_title(title, indent, one):
    """A title filling its measure leaves its tail on a second line, which may stop short of the
    column by no more than the indent of the text's first line under it: that line closes no
    sentence, so it is a paragraph's opening, and the tail over it, closing none either, is no
    paragraph of one line but the title's."""
    above = column("园区还举行了产业发展大会，签约项目二十余个，总投资超过三百亿元。", width=10)
    below = column(
        "近日，新乡高新区一家隔膜企业新建的生产线投产，产能扩大一倍。",
        "企业负责人介绍，明年将上马第二条自动化生产线，产能有望翻番。",
        width=10,
        indent=indent,
    )
    read = kinds(raw_page(*above, *title, *below))
    assert (("headline", "".join(title)) in read) is one


@pytest.mark.parametrize(
    "above, one",
    [
        ("图片新闻", True),  # a strip's label read as a line of text
        ("摄", True),  # the word a credit ends on, broken off onto a line of its own
        ("园区企业还组织员工加班", False),  # a line its measure filled runs on into the next
        ("湛江高新区", False),  # a park's name alone: the subject of the title under it
    ],
)
def test_a_title_wrapped_under_a_line_at_half_its_column_is_one_headline(above, one):
    """Text runs on only from a line its measure filled: under a line at half its column or
    less that holds no clause, a title wrapped over two lines is one headline, and its short
    tail is no page's name."""
    title = ("海产品加工车间赶制年", "货订单")
    lead = column("园区还举行了产业发展大会，签约项目二十余个，总投资超过三百亿元。", width=10)
    below = column(
        "连日来，湛江高新区一家水产加工企业的生产线满负荷运转，工人们赶制年货订单。",
        "企业负责人介绍，今年预制菜产品销量同比增长四成，明年将上马第二条生产线。",
        width=10,
    )
    read = kinds(raw_page(*lead, above, *title, *below))
    assert (("headline", "".join(title)) in read) is one
    assert ("furniture", title[1]) not in read or not one


@pytest.mark.parametrize("series", ["〖他山之石〗", "【他山之石】"])
def test_a_column_label_under_a_title_under_a_series_name_is_no_tail_of_the_title(series):
    """A series' name in lenticular brackets of either kind over a title leaves the title whole:
    the bracketed label under it (【对话】, the next story's column) is no last line of it."""
    title = "许昌高新区发制品企业用上“数字工厂”"
    lines = [
        *column("许昌高新区近年来推动发制品企业数字化转型，已有42家企业完成设备升级。", width=15),
        series,
        title,
        "【对话】",
        "盐湖提锂，让“白色资源”变成“绿色动力”",
        "对话青海高新区一家锂材料企业总工程师",
        "问：盐湖提锂难在哪里？",
        *column("答：青海的盐湖镁锂比很高，锂和镁像一对“双胞胎”，很难分开，我们用了六年时间。", width=15),
    ]
    texts = [text for _, text in kinds(raw_page(*lines))]
    assert title + "【对话】" not in texts


@pytest.mark.parametrize(
    "below, opening",
    [
        ("近日，新乡高新区", True),  # cut inside its sentence, two ems short of a column of ten
        ("连日来，湛江高新", True),
        ("本报讯（记者 杨秀花）", False),  # a lead-in set whole on its line
        ("近日，新乡高新区一家", False),  # as wide as the column
        ("产能有望翻番。", False),  # a paragraph's last line
        ("近日，新乡高", False),  # shorter than any indent
    ],
)
def test_a_line_short_of_its_column_by_an_indent_opens_a_paragraph(below, opening):
    assert _opens_short_of_column(Item(BODY, [Line(1, below)], below), 10.0) is opening


@pytest.mark.parametrize("name", ["禤晓岚", "王成龙"])
@pytest.mark.parametrize("per_line", [1, 2])
def test_names_printed_with_a_vertical_title_are_its_byline(name, per_line):
    """Names alone under a title set upright, printed with it, are the byline, no words of it."""
    title = "开放场景就是开放机会"
    body = column(
        "新技术、新产品最缺的往往不是资金，而是第一个用户。火炬高新区把智慧公交、会展中心等场景向企业开放。",
        "开放场景，考验的是管理者的胸怀。试用难免出错，只有建立容错机制，企业才敢把新产品拿出来。",
    )
    read = kinds(raw_page(*BODY_A, (*_vertical(title, per_line), name), *body))
    assert ("headline", title) in read and ("byline", name) in read


@pytest.mark.parametrize(
    "title, one",
    [
        (("从“一台电", "视”到“一片屏”"), True),  # a quotation runs on
        (("园区为企业建立“碳", "账户”，节约成本。"), False),  # a text's last lines close a sentence
    ],
)
def test_a_title_wrapped_over_two_short_lines_over_its_subtitle_is_one_headline(title, one):
    """Under a rule, a title wrapped over two lines right over its subtitle runs its quotation
    or word on from the first line to the second: one headline, though no text follows it."""
    above = _columns_indented(
        "园区还举行了集成电路产业发展大会，签约项目二十余个，总投资超过三百亿元，涵盖芯片设计和封装测试。",
        "园区负责人表示，将按季度评估落实情况。",
    )
    below = _columns_indented(
        "说起绵阳，很多人首先想到的是电视机。如今，在绵阳高新区，显示产业早已不只是整机组装，而是向面板延伸。",
        "柔性面板项目投产后，园区先后引进偏光片、驱动芯片封测和背板玻璃加工企业十八家。",
    )
    deck = (*title, "绵阳高新区新型显示产业升级记", "晚报记者 吉克阿依 报道")
    read = kinds(raw_page(*above, "════════", *deck, *below))
    assert (("headline", "\n".join(title)) in read) is one
    assert ("headline", "绵阳高新区新型显示产业升级记") in read


def test_two_short_titles_naming_two_parks_are_no_wrapped_title():
    """The title of the text above, printed after it, over the next one's: two headlines."""
    titles = ("镇江高新区中试基地启用", "阜新高新区推出举措")
    above = _columns_indented(
        "园区还举行了集成电路产业发展大会，签约项目二十余个，总投资超过三百亿元，涵盖芯片设计和封装测试。",
        "园区负责人表示，将按季度评估落实情况。",
    )
    below = _columns_indented(
        "日前，阜新高新区出台八项举措，聚焦企业办事中的堵点难点，推动涉企审批减环节、减材料、减时限。",
        "园区负责人表示，举措将按季度评估落实情况，并向企业公开办理结果。",
    )
    read = kinds(raw_page(*above, *titles, *below))
    assert ("headline", "\n".join(titles)) not in read


def test_a_dateline_under_a_short_title_is_no_line_of_it():
    title, dateline = "锦州高新区硅片出货增长", "本报讯（记者 孙立伟）"
    above = _columns_indented(
        "园区还举行了集成电路产业发展大会，签约项目二十余个，总投资超过三百亿元，涵盖芯片设计和封装测试。",
        "园区负责人表示，将按季度评估落实情况。",
    )
    below = _columns_indented(
        "今年前三季度，园区光伏企业单晶硅片出货量同比增长六成，园区企业自主研发的大尺寸硅片已批量供货。",
        "园区负责人表示，将继续支持企业扩大产能，并向企业公开办理结果。",
    )
    assert ("headline", f"{title}\n{dateline}") not in kinds(raw_page(*above, title, dateline, *below))


@pytest.mark.parametrize("subtitle", ["园区去年氢能产业产值增长五成", "氢能公交车已有百余辆投入运营"])
def test_a_line_under_a_headline_over_a_kept_indent_is_a_headline(subtitle):
    """Under a headline, a line closing no sentence over a line that opens with the indent the
    extractor kept is no text (the paragraph opens below it): the headline's subtitle."""
    above = _columns_indented("园区已建成加氢站六座，今年还将新建三座，基本实现重点区域加氢服务全覆盖。")
    first, *rest = column(
        "一辆氢燃料电池公交车加满氢气只需十分钟，可行驶四百公里。在东湖高新区，这样的公交车已有百余辆。",
        indent=0,
    )
    below = ("\u3000\u3000" + first, *rest)  # the indent set before a full line
    head = ("氢能产业观察", "光谷氢能“一条链”如何拉长")
    assert kind_of(raw_page(*above, head, subtitle, *below), subtitle) == "headline"


@pytest.mark.parametrize(
    "subtitle",
    ["郴州高新区白银产业转型发展调查", "访株洲高新区一家轨道交通企业负责人", "荆门高新区再生资源产业纪实"],
)
def test_a_line_under_a_headline_naming_a_reports_genre_is_its_subtitle(subtitle):
    """Under a headline, a line that opens as a subtitle does ("访…") or names the genre of a
    report on a park ("…调查", "…纪实") is the subtitle printed without its dash, though the
    paragraph under it lost its indent."""
    above = _columns_indented("园区已建成加氢站六座，今年还将新建三座，基本实现重点区域加氢服务全覆盖。")
    below = column(
        "一辆氢燃料电池公交车加满氢气只需十分钟，可行驶四百公里。在东湖高新区，这样的公交车已有百余辆。",
        indent=0,
    )
    head = ("产业转型观察", "老矿区里的“新赛道”")
    assert kind_of(raw_page(*above, head, subtitle, *below), subtitle) == "headline"


@pytest.mark.parametrize("title", ["老矿区如何跑出“新赛道”", "老 矿 区 如 何 跑 出 “ 新 赛 道 ”"])
@pytest.mark.parametrize("subtitle", ["访株洲高新区一家轨道交通企业负责人", "郴州高新区白银产业转型发展调查"])
def test_a_line_between_a_kicker_and_a_dashless_subtitle_is_their_title(title, subtitle):
    """Between a kicker and a line that reads as a subtitle though printed without its dash, a
    line holding no clause is the title, spaced out or not."""
    above = _columns_indented("园区已建成加氢站六座，今年还将新建三座，基本实现重点区域加氢服务全覆盖。")
    below = column(
        "一辆氢燃料电池公交车加满氢气只需十分钟，可行驶四百公里。在东湖高新区，这样的公交车已有百余辆。",
        indent=0,
    )
    page = raw_page(*above, "对话园区负责人", title, subtitle, *below)
    assert (kind_of(page, title), kind_of(page, subtitle)) == ("headline", "headline")


PHOTO_TEXT = column("近日，园区开通首条无人机配送航线，连接物流中心与六栋企业楼宇，每日可配送文件三百余件。")


@pytest.mark.parametrize(
    "lines, caption",
    [
        # wrapped at the text's measure, no word across the break, its credit run on
        (
            ("一架无人机在高新区一栋办公楼顶平", "台降落。 摄影：张三"),
            "一架无人机在高新区一栋办公楼顶平台降落。 摄影：张三",
        ),
        # a comma in its sentence, wrapped over three lines
        (
            ("园区企业研发的四足巡检机器人在变", "电站执行巡检任务，可识别设备温度", "异常。 李四 摄"),
            "园区企业研发的四足巡检机器人在变电站执行巡检任务，可识别设备温度异常。 李四 摄",
        ),
        # its credit cut short at the end of a full line
        (
            ("技术人员在智能温室查看蔬菜长势和", "温室的灌溉补光情况。 图片来源：", "王五"),
            "技术人员在智能温室查看蔬菜长势和温室的灌溉补光情况。 图片来源：王五",
        ),
        # a plain sentence on a line, its credit on a line of its own
        (("技术人员在温室里查看蔬菜长势。", "王五 摄"), "技术人员在温室里查看蔬菜长势。 王五 摄"),
    ],
)
def test_a_caption_is_read_up_from_its_credit_under_a_headline(lines, caption):
    """A photo item: its headline, its caption wrapped at the text's measure, its byline, its text."""
    items = kinds(raw_page("无人机配送进园区", *lines, "文/图 张三", *PHOTO_TEXT))
    assert [text for kind, text in items if kind == "caption"] == [caption]
    assert ("headline", "无人机配送进园区") in items


CAPTION_FIRST = ("园区一处锂电池材料项目施工现场，塔", "吊林立，工人们抢抓工期加紧施工。")
CAPTION_FIRST_TEXT = column(
    "近日，园区开通首条无人机配送航线，连接物流中心与六栋企业楼宇，每日配送文件三百余件。", width=17
)


@pytest.mark.parametrize("above", [(), ("2024年3月5日 星期二",), ("研发中心一角。 张三 摄",)])
def test_a_caption_with_clauses_over_its_credit_alone_before_a_headline_opens_its_photo_story(above):
    """A photo set over its story's headline: its caption, clauses and all, opens the page or
    follows another photo's caption, so it closes no text; its credit alone is under it."""
    items = kinds(raw_page(*above, *CAPTION_FIRST, "王五 摄", "无人机配送进园区", *CAPTION_FIRST_TEXT))
    assert ("caption", "".join(CAPTION_FIRST) + " 王五 摄") in items


@pytest.mark.parametrize(
    "first, second",
    [
        ("新下线的储能式有轨电车在", "厂区试验线上进行动态调试。"),  # a coverb waiting for its object
        ("技术人员把新一代电芯从", "生产线上取下送往检测。"),
    ],
)
def test_a_captions_first_line_left_on_a_coverb_wraps_on_into_its_sentence(first, second):
    """A photo set over its story's headline: its caption's first line ends on a coverb waiting
    for its object ("…在" / "厂区…"), as no headline's line ends, so it is the caption's too."""
    items = kinds(
        raw_page(*BODY_A, first, second, "图片来源：株洲高新区", "无人机配送进园区", *CAPTION_FIRST_TEXT)
    )
    assert ("caption", f"{first}{second} 图片来源：株洲高新区") in items


@pytest.mark.parametrize("title", ["储能式有轨电车下线", "园区企业新品发布"])
def test_a_headline_over_a_one_line_caption_stays_a_headline(title):
    items = kinds(
        raw_page(*BODY_A, title, "新下线的有轨电车进行动态调试。", "图片来源：株洲高新区", *PHOTO_TEXT)
    )
    assert ("headline", title) in items


@pytest.mark.parametrize(
    "sentence", ["工作人员在检查首批下线的电池级 碳酸锂。", "工 作 人员在检查首批下线的电池级碳酸锂。"]
)
def test_a_captions_sentence_spread_by_justification_gaps_is_read_up_from_its_credit(sentence):
    """The gaps justification leaves inside a caption's line part no words: its one sentence,
    over its credit on a line of its own, is the caption's all the same."""
    items = kinds(raw_page(*BODY_A, "盐湖提锂新材料下线", sentence, "拉毛措 供图", *PHOTO_TEXT))
    assert ("caption", f"{sentence} 拉毛措 供图") in items


def test_a_sentence_with_a_clause_spread_by_gaps_over_a_credit_alone_is_no_caption():
    items = kinds(
        raw_page(
            *BODY_A, "盐湖提锂新材料下线", "园区企业加紧生产， 工人们调试设备。", "拉毛措 供图", *PHOTO_TEXT
        )
    )
    assert not any(kind == "caption" and "工人们" in text for kind, text in items)


def test_a_credit_alone_under_a_storys_last_sentence_with_clauses_takes_no_caption():
    """Under a story's text, a credit alone is a photo with no caption of its own."""
    items = kinds(raw_page("无人机配送进园区", *CAPTION_FIRST_TEXT, *CAPTION_FIRST, "王五 摄", *BODY_A))
    assert not any(kind == "caption" and "塔吊" in text for kind, text in items)


# a photo story: the column's text before it, its headline, and its text after the captions
NARROW_TEXT = column("园区负责人介绍，今年以来园区累计引进项目三十余个，总投资超过一百亿元。", width=11)
NARROW_STORY = column("拉萨高新区一家食品企业利用低温烘焙技术，把青稞加工成即食麦片等20多种产品。", width=11)


@pytest.mark.parametrize(
    "lines",
    [
        (  # its credit run on after its last sentence
            "企业员工在生产线上包装青稞即食麦片。这条生产",
            "线去年投用，每小时可包装产品4000袋，产品销往",
            "全国20多个省份。 图/次仁央宗",
        ),
        (  # its credit on a line of its own
            "企业员工在生产线上包装青稞即食麦片。这条生产线",
            "去年投用，每小时可包装产品4000袋，产品销往全",
            "国20多个省份。",
            "晚报记者 次仁央宗 摄",
        ),
    ],
)
def test_a_long_caption_set_wider_than_its_column_is_one_caption(lines):
    """A photo story's caption names what the photo shows in a short sentence and tells more of it
    in the sentences after, set across the photo, wider than the column: one caption to its credit."""
    items = kinds(raw_page(*NARROW_TEXT, "青稞里的“高新”味道", *lines, *NARROW_STORY))
    caption = next(text for kind, text in items if kind == "caption")
    assert caption.startswith("企业员工在生产线上包装青稞即食麦片。这条生产线")


@pytest.mark.parametrize(
    "lines",
    [
        (  # its first sentence has a clause: a paragraph's, set at the column's measure of a wider story
            "园区企业加紧生产，工人们正在调试设备。这条生产",
            "线去年投用，每小时可包装产品4000袋，产品销往",
            "全国20多个省份。 图/次仁央宗",
        ),
        (  # a note of one sentence whole on its line, wider than the column, over a caption
            "注：文中企业数据均为规模以上企业统计口径。",
            "企业员工在生产线上包装青稞即食麦片。 图/次仁央宗",
        ),
        (  # lines as wide as the column's: the story's own text over a caption of one sentence
            "园区相关负责人说。这条生",
            "产线去年投用，每小时可包",
            "装产品4000袋。 图/次仁央宗",
        ),
    ],
)
def test_lines_over_a_caption_that_open_on_no_short_sentence_or_are_the_columns_stay_text(lines):
    items = kinds(raw_page(*NARROW_TEXT, "青稞里的“高新”味道", *lines, *NARROW_STORY))
    assert not any(kind == "caption" and lines[0] in text for kind, text in items)


@pytest.mark.parametrize("above", ["近日，园区一家食品企业的工人在", "近日，园区一家食品企业的工人正在"])
def test_a_long_caption_opens_on_no_line_the_line_above_runs_on_into(above):
    """A coverb left waiting for its object ("工人在" / "生产线上…"): the sentence runs on from the
    line above, so the short sentence the next line opens on is no caption's first, but the
    story's text's."""
    lines = (
        above,
        "生产线上包装青稞即食麦片。这条生产线去年",
        "投用，每小时可包装产品4000袋。",
        "（本报记者 次仁央宗供图）",
    )
    items = kinds(raw_page(*NARROW_TEXT, "青稞里的“高新”味道", *lines, *NARROW_STORY))
    assert not any(kind == "caption" and "包装青稞" in text for kind, text in items)


@pytest.mark.parametrize("above", ["数据，鞍山高新区集聚了工业软件和", "数据，鞍山高新区一家企业的工人在"])
def test_a_one_line_caption_set_inside_a_sentence_is_a_caption_still(above):
    """A photo set inside a column breaks the sentence off whatever word it waits on: its one
    line over its credit is the caption, and the text runs on under the credit."""
    lines = (
        "在鞍山高新区一家工业软件企业，",
        "工程师们正在调试一套钢铁生产智能",
        "排程系统。这套系统可以根据订单、",
        "设备和原料情况自动生成生产计划，",
        "依托钢铁产业积累的大量场景和",
        above,
        "鞍山高新区一家激光装备企业的生产车间。",
        "本报记者 孙立新 摄",
        "工业互联网企业60余家，产品从服",
        "务本地钢厂起步，已推广到全国多家",
        "冶金、化工企业。",
    )
    items = kinds(raw_page("钢城长出智能产业", *lines))
    assert ("caption", "鞍山高新区一家激光装备企业的生产车间。 本报记者 孙立新 摄") in items


@pytest.mark.parametrize(
    "lines",
    [
        # the paragraph a photo broke into runs on after its caption ("测" / "试")
        (
            "在园区一家稀土材料企业，研发人员正在测",
            "企业的磁钢生产线。 本报记者 张三 摄",
            "试新一代尾气净化催化剂。",
        ),
    ],
)
def test_a_paragraphs_lines_are_not_read_up_into_a_caption(lines):
    items = kinds(raw_page(*BODY_A, *lines, *BODY_A))
    assert not any(kind == "caption" and "研发人员" in text for kind, text in items)


@pytest.mark.parametrize("line", ["向海图强", "李明华"])
def test_a_line_under_a_credited_caption_is_no_trailing_author(line):
    """The caption and its credit closed the photo item: a name-like line after them opens anew."""
    items = kinds(
        raw_page(
            *BODY_A, "技术人员在温室里查看蔬菜长势。 张三 摄", line, "合肥高新区集成电路大会开幕", *BODY_A
        )
    )
    assert ("author", line) not in items


@pytest.mark.parametrize(
    "headline",
    ["长沙高新区智能制造产业园投产运营", "成都高新区软件园二期投运 新增工位"],
)
def test_a_headline_as_wide_as_the_column_is_not_read_up_into_the_caption_under_it(headline):
    """A caption whole on its line (its sentence and its credit) under a headline the column's
    width: no word runs across, so the headline is no wrapped line of the caption."""
    text = column("近日，长沙高新区智能制造产业园正式投产运营，首批入驻企业十二家，预计年产值超过五十亿元。")
    items = kinds(raw_page(*BODY_A, headline, "智能产线一角。 图片来源：长沙高新区", *text))
    assert ("caption", "智能产线一角。 图片来源：长沙高新区") in items


FOOT_TEXT = column("近日，长沙高新区智能制造产业园正式投产运营，首批入驻企业十二家，预计年产值超过五十亿元。")


@pytest.mark.parametrize(
    "lines",
    [
        ("工作人员在检查首批下线的电池级碳酸锂", "。 拉毛措 摄"),
        ("技术人员在杨凌示范区的智能温室查看蔬菜长势", "。 图片来源：王五"),
    ],
)
def test_a_caption_gathered_at_the_page_foot_wider_than_the_column_is_one_caption(lines):
    """Captions gathered at the page's foot are set across its columns, wider than the text
    above them: a sentence whose full stop the break left to the next line runs on into the
    credit's line all the same."""
    items = kinds(raw_page(*FOOT_TEXT, *lines, "责任编辑：朴美兰"))
    assert ("caption", lines[0] + lines[1]) in items


@pytest.mark.parametrize(
    "headline, caption",
    [
        ("长沙高新区智能制造产业园投产运营了", "智能产线一角。 图片来源：长沙高新区"),
        ("首批入驻企业十二家 年产值超五十亿元", "智能产线一角。 图片来源：长沙高新区"),
        # a compound read across the break ("上市" / "企业"), no word cut: the title ends whole
        ("威海火炬高新区一医用材料企业科创板上市", "企业生产车间一角。 图片：威海火炬高新区"),
    ],
)
def test_a_headline_wider_than_the_column_over_a_whole_caption_is_not_read_up_into_it(headline, caption):
    """A line wider than the column, its sentence not cut before its full stop, over a caption
    whole on its line: a headline set across columns, none of the caption."""
    items = kinds(raw_page(*FOOT_TEXT, headline, caption, *FOOT_TEXT))
    assert ("caption", caption) in items


@pytest.mark.parametrize("credit", [("（本报记者 张", "三 摄）"), ("（本报记者 李", "明 摄）")])
def test_a_photo_items_text_cut_mid_word_is_not_read_up_as_a_caption(credit):
    """A photo item's text signed by its photographer: its last lines run on from a line that
    cut a word ("…产品主" / "要用于…"), so they are the text's, not a caption's."""
    lines = (
        "近日，长治高新区一",
        "家光电企业的生产车间内，",
        "工人们正在紧张调试紫外",
        "LED 芯片封装设备。该企",
        "业紫外 LED 芯片产品主",
        "要用于杀菌消毒和固化设",
        "备，目前订单已排至明年",
        "一季度。" + credit[0],
        credit[1],
    )
    items = kinds(raw_page("光电产线忙赶单", *lines, *BODY_A))
    assert not any(kind == "caption" for kind, _ in items)


@pytest.mark.parametrize("name", ["李明华", "帅小兵"])
def test_names_alone_last_under_a_credited_caption_close_the_text_above(name):
    """Nothing to read under the caption: the photo floats beside the text's end, and the name
    under it is the text's writer."""
    items = kinds(raw_page(*BODY_A, "技术人员在温室里查看蔬菜长势。 张三 摄", name))
    assert ("author", name) in items


@pytest.mark.parametrize("subtitle", ["——厦门火炬高新区集成电路产业合作见闻", "——访园区一家芯片企业总经理"])
def test_a_subtitle_over_a_caption_is_not_read_up_into_it(subtitle):
    """A feature's dash-led subtitle, its photo's caption under it with the credit run over:
    the subtitle stays a headline."""
    items = kinds(
        raw_page(
            "海峡两岸“芯”连“芯”", subtitle, "封测企业的洁净车间。 图片来源：厦门火炬", "高新区", *PHOTO_TEXT
        )
    )
    assert not any(kind == "caption" and subtitle in text for kind, text in items)


@pytest.mark.parametrize("line", ["（本报记者 李明华）", "（本报记者 李明华 通讯员 王芳）"])
def test_the_reporters_credit_in_brackets_under_a_credited_caption_closes_the_text_above(line):
    """The bracketed form only ever closes a text: a photo's caption floating in between does not
    make it open the next one."""
    items = kinds(
        raw_page(
            *BODY_A, "技术人员在温室里查看蔬菜长势。 张三 摄", line, "合肥高新区集成电路大会开幕", *BODY_A
        )
    )
    assert ("author", line) in items


@pytest.mark.parametrize("title", ["营商环境要“拼服务”更要“拼效率”", "创新平台要“建得好”更要“用得好”"])
def test_a_line_over_a_kept_indent_where_the_measure_changes_is_a_headline(title):
    """A line closing no sentence between a story set to one measure and a text set to another,
    over the indent the extractor kept, is no text of either: a paragraph opens below it and
    the story above closed its own. It heads the text below (a commentary with no dateline)."""
    above = column(
        "园区还举行了集成电路产业发展大会，签约项目二十余个，总投资超过三百亿元，涵盖芯片设计、"
        "制造和封装测试等环节。园区负责人表示，将按季度评估落实情况，并向企业公开办理结果。",
        width=20,
    )
    first, *rest = column(
        "区位是园区的天然优势，但优势不会自动变成产业。园区近年的实践说明，开放要靠服务来托底，"
        "通关便利化、跨境结算和海外仓布局，每一项都需要反复磨合。",
        width=13,
    )
    below = ("\u3000\u3000" + first, *rest)  # the indent kept before a full line
    assert kind_of(raw_page(*above, title, *below), title) == "headline"


@pytest.mark.parametrize("indent", ["  ", "\u3000", "\u00a0\u00a0"])
def test_a_paragraph_indent_of_two_spaces_an_ideographic_or_two_no_break_spaces_is_kept(indent):
    """Extractors write a paragraph's kept indent as spaces, an ideographic space or no-break spaces."""
    (line,) = split_lines(indent + "近日，园区举行集成电路产业发展大会")
    assert line.indented and line.paragraph_indent


TABBED_PARAGRAPHS = (
    ("\t近日，园区举行集成电路产业", "发展大会，签约项目二十余个。"),
    ("\t园区负责人表示，将按季度评", "估落实情况。"),
    ("\t首批项目预计明年投产。",),
)


@pytest.mark.parametrize("spacing", ["\n", "\n\n"])
def test_a_tab_before_paragraphs_first_lines_is_their_indent(spacing):
    """Some extractors write a paragraph's indent as a tab, the first line's offset, the lines
    under it set flush."""
    page = "\n\n".join(spacing.join(paragraph) for paragraph in TABBED_PARAGRAPHS)
    opened = [line.paragraph_indent for line in split_lines(page)]
    assert opened == [True, False, True, False, True]


def test_a_tab_opening_a_line_on_a_page_that_parts_columns_by_tabs_is_no_indent():
    """Where the extractor writes tabs inside lines, between two columns read across, a tab
    opening a line stands for the left column left empty there, not for an indent."""
    across = "园区负责人表示，将按季度评\t近日，园区举行集成电路产业"
    page = "\n".join((across, *("\n".join(paragraph) for paragraph in TABBED_PARAGRAPHS)))
    assert not any(line.paragraph_indent for line in split_lines(page))


RIGHT_COLUMN_ALONE = (
    "近日，园区举行集成电路产业",
    "发展大会，签约项目二十余个",
    "园区负责人表示，将按季度评",
)


def test_tabs_before_a_right_columns_lines_beside_an_empty_left_one_are_no_indents():
    """ "\t…" line after line: the extractor read two columns across, the left one ended, and
    wrote the right one's lines after the tab that parted them: no paragraph opens on each."""
    page = "\n".join("\t" + line for line in RIGHT_COLUMN_ALONE)
    assert not any(line.paragraph_indent for line in split_lines(page))


SILVER = (
    "郴州素有银都之称。在郴州高新区，白银不再只是做首饰的原料，而是被做成光伏银浆等高端电子材料。",
    "十年前，园区的白银企业大多从事粗放冶炼，产品附加值低。近年来，园区引导企业加大研发投入。",
)


@pytest.mark.parametrize("indent", ["\u3000\u3000", "  ", "\u00a0\u00a0"])
@pytest.mark.parametrize("heading", ["（一）从粗放冶炼到精深加工", "一、从粗放冶炼走向精深加工"])
def test_a_subheading_written_with_the_indent_of_the_paragraph_under_it_is_a_headline(indent, heading):
    """Where the extractor writes every paragraph's indent, a subheading gets one too; as wide as
    a first line, it is still no paragraph's, for the next paragraph opens right under it."""
    lead, section = (column(paragraph, width=14) for paragraph in SILVER)
    text = raw_page(indent + lead[0], *lead[1:], indent + heading, indent + section[0], *section[1:])
    assert kind_of(text, heading) == "headline"


@pytest.mark.parametrize(
    "kicker, title",
    [
        ("【聚焦先进制造】", "威海火炬高新区企业制定国际标准"),
        ("【园区特色产业巡礼】", "威海火炬高新区：小输液器走向国际"),
    ],
)
@pytest.mark.parametrize("at", [1, 4])
def test_a_kicker_in_lenticular_brackets_inside_a_sentence_heads_the_title_under_it(kicker, title, at):
    """A line all in 【】 where the sentence above goes on is no line of that sentence: over a
    line that is a whole title by itself, it is the kicker of the title printed inside the text."""
    read = kinds(raw_page(*STANDARD[:at], kicker, title, *STANDARD[at:]))
    assert ("headline", kicker) in read and ("headline", title) in read


def test_a_kicker_in_lenticular_brackets_over_a_title_broken_off_is_left_to_the_text():
    """The title under the bracketed line breaks a word off into the next line ("…企业制" / "定…"):
    which of the lines below are the title's the rule leaves to the text around them."""
    kicker, title = "【聚焦先进制造】", ("威海火炬高新区企业制", "定国际标准")
    read = kinds(raw_page(*STANDARD[:1], kicker, *title, *STANDARD[1:]))
    assert ("headline", kicker) not in read


@pytest.mark.parametrize(
    "title_line, tail", [("芜湖高新区与职业院校共建产业", "学院"), ("芜湖高新区平板显示产业链加", "速补链")]
)
def test_the_short_last_line_of_a_wrapped_title_is_no_page_name(title_line, tail):
    """A title broken at its measure leaves a word or two for its last line: under a line that
    stops short of the column with no sentence closed, it is what that line had no room for."""
    page = raw_page(*MID_PAGE, title_line, tail, *NEXT_ARTICLE[1:])
    assert ("furniture", tail) not in kinds(page)


@pytest.mark.parametrize(
    "title_line, unit",
    [
        ("贵阳高新区数据交易额今年突破10", "亿元"),
        ("园区企业专利质押融资今年突破800", "万元"),
        ("园区集成电路产业规模突破300", "亿元"),
    ],
)
def test_the_measure_word_of_a_figure_a_full_title_line_ends_on_is_that_title_s(title_line, unit):
    """A figure is printed with what it counts, and only a full measure parts them: the measure
    word under a title's line ending on its figure is the title's last line, however wide the
    line above, never the page's name."""
    read = kinds(raw_page(*MID_PAGE, title_line, unit, *NEXT_ARTICLE[1:]))
    assert ("headline", title_line + unit) in [(kind, text.replace("\n", "")) for kind, text in read]


@pytest.mark.parametrize(
    "lines, tail",
    [
        (("合肥高新区工", "业互联网平台", "连接设备超百"), "万台"),
        (("芜湖高新区机", "器人产业园首", "批企业签约入"), "驻"),
    ],
)
def test_the_rest_of_a_word_a_headline_s_last_line_broke_is_no_page_name(lines, tail):
    """A bare word under a narrow column's headline whose last line broke inside that word is the
    word's rest, whatever is printed under it (a note to scan a code), never the page's name; the
    reader wrote no blank line between the page's groups."""
    page = "\n".join([*MID_PAGE, *lines, tail, "扫码阅读本版更多报道", *NEXT_ARTICLE[0], *NEXT_ARTICLE[1:]])
    assert ("headline", tail) in kinds(page + "\n")


def test_the_rest_of_a_full_title_line_over_its_subtitle_is_no_page_name():
    """A title as long as its measure leaves a bare word for the line under it: with the subtitle
    printed under that word, the word is the title's rest, never the page's name."""
    deck = ["高端访谈", "绿电硅材如何“链”上", "全球", "——访园区一家硅材料企业", "董事长"]
    page = "\n".join([*MID_PAGE, *deck, *NEXT_ARTICLE[1:]])
    assert ("furniture", "全球") not in kinds(page + "\n")


@pytest.mark.parametrize(
    "over, lines, tail, under",
    [
        (("产业链·", "专用车"), ("随州高新", "区专用汽", "车“换电”"), "提速", "——新能源专用车产量过半"),
        (("南阳高新区镜头出口增长",), ("拉萨高新区", "青稞精深加", "工产品上线"), "电商", NEXT_ARTICLE[1]),
    ],
)
def test_the_last_word_of_a_title_wrapped_at_a_narrow_measure_is_no_page_name(over, lines, tail, under):
    """A title wrapped at a narrow column's measure, its lines all as wide, leaves a word for its
    last line: over its text or subtitle that word is the title's rest, whatever runs into the
    title's first line (a kicker's second line, a headline gathered from another story)."""
    page = "\n".join([*MID_PAGE, *over, *lines, tail, under, *NEXT_ARTICLE[2:]])
    assert ("furniture", tail) not in kinds(page + "\n")


def test_the_last_word_of_a_title_wrapped_at_a_narrow_measure_over_the_next_head_is_no_page_name():
    """A photo's title printed under its caption in a narrow column ends on its short last line,
    the next story's headline right under it: the word is the title's rest."""
    title = ["图说园区", "航空零部件精", "密加工车间忙", "生产"]
    page = "\n".join([*MID_PAGE, *title, *NEXT_ARTICLE[0], *NEXT_ARTICLE[1:]])
    assert ("furniture", "生产") not in kinds(page + "\n")


@pytest.mark.parametrize("dotted", ["产业链·", "产 业 链 ·"])
def test_the_word_under_a_rubric_broken_at_its_joining_dot_is_no_page_name(dotted):
    """A narrow column breaks a kicker at its dot ("产业链·" / "新材料"): the word under the dot is
    the rubric's second word, never the page's name, whatever headline the dot's line was read with."""
    deck = ["传统产业也是“新”赛道", dotted, "新材料", "常州高新", "区石墨烯", "从“材料”", "走向“产", "品”"]
    page = "\n".join([*MID_PAGE, *deck, NEXT_ARTICLE[1], *NEXT_ARTICLE[2:]])
    assert ("furniture", "新材料") not in kinds(page + "\n")


@pytest.mark.parametrize(
    "above, under",
    [
        (("产业链·",), True),
        (("传统产业也是“新”赛道", "产业链·"), True),
        (("产业链",), False),
        (("园区·产业",), False),
    ],
)
def test_only_a_line_ending_on_a_joining_dot_leaves_its_rest_under_it(above, under):
    items = [Item(HEADLINE, text="\n".join(above)), Item(BODY, text="新材料")]
    assert marks._under_joining_dot(items, 1) is under


@pytest.mark.parametrize(
    "headline, word, wrapped",
    [
        ("随州高新\n区专用汽\n车“换电”", "提速", True),
        ("拉萨高新区\n青稞精深加\n工产品上线", "电商", True),
        ("随州高新区专用汽\n车换电", "提速", False),  # a last line short of the measure: the title ends there
        ("随州高新区专用汽车换电提速", "园区", False),  # one line: no measure it wrapped at
        ("随州高新\n区专用汽", "产业园区", False),  # as wide as the lines: no rest they left
    ],
)
def test_a_title_wrapped_at_its_measure_is_lines_all_as_wide_over_a_shorter_word(headline, word, wrapped):
    assert marks._wrapped_at_measure(headline, word) is wrapped


SOLAR_PLANT = (
    "　　日前，园区一家绿色硅材料企业通",
    "过第三方机构认证，成为园区首座零碳示范工",
    "厂，实现了生产环节碳排放的全部抵消。",
    "　　企业负责人介绍，工厂屋顶建成光伏电站",
    "１２兆瓦，年发电量约１４００万千瓦时；还",
    "原炉余热被回收用于厂区供暖和职工宿舍热水，",
)


@pytest.mark.parametrize("credit", ["图片来源：王五", "王五 摄"])
def test_a_paragraphs_first_line_narrower_by_its_indent_is_not_over_a_caption(credit):
    """A paragraph opening on an indent, narrower by it than its measure, runs on at a comma into
    the lines over a caption set inside it: the caption is its own line alone."""
    items = kinds(raw_page(*SOLAR_PLANT, f"厂区屋顶的光伏电站。 {credit}", "每年可节约标准煤８０００余吨。"))
    assert [text for kind, text in items if kind == "caption"] == [f"厂区屋顶的光伏电站。 {credit}"]


@pytest.mark.parametrize("at", [1, 2, 4])
def test_a_column_line_the_extractor_wrote_twice_running_is_read_once(at):
    """Crossing from one column to the next, an extractor may write the column's last line again:
    the copy is set aside as furniture, and the text reads on through the line once."""
    parse = parse_page(RawPage("t.txt", raw_page(*STANDARD[: at + 1], STANDARD[at], *STANDARD[at + 1 :])))
    assert [block.text for block in parse.articles[0].blocks] == ["".join(STANDARD)]
    assert STANDARD[at] in parse.furniture


@pytest.mark.parametrize("last", ["完成。", "成。", "四年完成。"])
def test_a_paragraphs_short_last_line_written_twice_running_is_read_once(last):
    """However short, a paragraph's last line closing its sentence is printed once: its copy at
    the next column's top is set aside."""
    lines = (*STANDARD[:-1], STANDARD[-1].removesuffix(last), last)
    parse = parse_page(RawPage("t.txt", raw_page(*lines, last)))
    assert [block.text for block in parse.articles[0].blocks] == ["".join(lines)]
    assert last in parse.furniture


@pytest.mark.parametrize("credit", ["本报记者 王五 摄", "（长沙高新区供图）", "（王五 摄）"])
def test_a_credit_printed_twice_running_is_kept_twice(credit):
    """Two photos set side by side may carry the same credit: both are printed, neither is a copy."""
    read = kinds(raw_page(*STANDARD, "园区企业生产的精密输液器。", credit, credit))
    assert ("furniture", credit) not in read


STANDARD_SET = column(
    "本报讯 近日，威海火炬高新区企业主导制定的两项输液器具国际标准正式发布，这是园区企业首次"
    "制定的器械国际标准。据介绍，两项标准分别规定了精密过滤输液器和避光输液器的技术要求，历时四年完成。"
)


def joined_in_pairs(lines: tuple[str, ...], gap: str) -> tuple[str, ...]:
    return tuple(gap.join(lines[k : k + 2]) for k in range(0, len(lines), 2))


@pytest.mark.parametrize("gap", ["   ", "     ", "\u3000\u3000\u3000"])
def test_two_column_lines_written_on_one_line_are_read_as_printed(gap):
    """An extractor that writes each two lines of a column on one, spaces between, is read as
    if it had written them one to a line."""
    read = kinds(raw_page("威海火炬高新区企业制定国际标准", *joined_in_pairs(STANDARD_SET, gap)))
    assert [text for kind, text in read if kind == "body"] == list(STANDARD_SET)


@pytest.mark.parametrize(
    "line",
    [
        "华虾生物的甲壳素生产线。 （潜江高新区 摄）   园区虾壳集中收储中心。 （韦妮 摄）",  # two captions
        "硅衬底技术还被拓展到 Micro   LED 显示和紫",  # Latin words letter-spaced
        "园区一角   风电场",  # no line of a column
        "威海火炬高新区标准发布   园区企业主导制定的两项输液器具国际标准正式发布，",  # a run-in head
    ],
)
def test_a_wide_gap_that_parts_no_two_column_lines_is_kept(line):
    page = raw_page("威海火炬高新区企业制定国际标准", *joined_in_pairs(STANDARD_SET, "   "), line)
    assert line in [item.text for item in split_joined_pairs(split_lines(page))]


def test_one_wide_gap_on_a_page_is_no_habit_of_its_extractor():
    page = raw_page("威海火炬高新区企业制定国际标准", *STANDARD_SET[:-2], "   ".join(STANDARD_SET[-2:]))
    assert "   ".join(STANDARD_SET[-2:]) in [item.text for item in split_joined_pairs(split_lines(page))]


EDITOR_NOTE_LINES = (
    "编者按：高新区是创新驱动发展的排头兵。",
    "本版今起推出系列报道，记录各地园区的新做",
    "法、新成效。",
)
RUNNING_HEAD = ("高新区周刊", "2024年11月8日　星期五", "第4版")
STORY_TEXT = ("提起合肥，很多人首先想到的是家电。如今，", "合肥高新区集成电路产业正在快速成长。")


@pytest.mark.parametrize("rule", [(), ("━━━━━━━━━━",)])
def test_an_editors_note_opening_the_page_over_a_headline_is_furniture(rule):
    """The note introduces the page's stories, closed before the first one's headline: no text of it."""
    page = raw_page(*RUNNING_HEAD, *EDITOR_NOTE_LINES, *rule, "合肥高新区集成电路大会", *BODY_A)
    assert all(kind_of(page, line) == "furniture" for line in EDITOR_NOTE_LINES)
    assert kind_of(page, BODY_A[0]) == "body"


STORY_NOTE_LINES = (
    "编者按：合肥高新区在集成电路方面的探",
    "索引人关注。本版今起推出系列报道，",
    "敬请关注。",
)


def test_an_editors_note_opening_the_page_over_its_storys_headline_is_that_storys_text():
    """A note that names the park the story under it names speaks of that story: its first
    paragraph, read under its headline."""
    page = raw_page(*RUNNING_HEAD, *STORY_NOTE_LINES, "合肥高新区集成电路大会", *BODY_A)
    items = [(kind, text) for kind, text in kinds(page) if kind != "furniture"]
    assert items[0] == ("headline", "合肥高新区集成电路大会")
    assert [text for _, text in items[1:4]] == list(STORY_NOTE_LINES)
    assert all(kind == "body" for kind, _ in items[1:])


@pytest.mark.parametrize(
    "page",
    [
        # leading straight into its story's text (up to a subheading), or under its story's headline
        raw_page(*RUNNING_HEAD, *EDITOR_NOTE_LINES, *STORY_TEXT),
        raw_page(*RUNNING_HEAD, *EDITOR_NOTE_LINES, *STORY_TEXT, "从家电到芯片", *BODY_A),
        raw_page(*RUNNING_HEAD, "合肥高新区集成电路大会", *EDITOR_NOTE_LINES, *STORY_TEXT),
    ],
)
def test_an_editors_note_of_a_story_stays_its_text(page):
    assert kind_of(page, EDITOR_NOTE_LINES[0]) == "body"


@pytest.mark.parametrize("byline", ["本报记者 钟一鸣", "文｜钟一鸣"])
def test_the_paragraph_under_a_titled_byline_runs_in_no_title(byline):
    """A brief may run its title into its first paragraph; a story whose title stands over its
    byline does not, whatever space its first line holds."""
    first = "龙岩高新区推行“服务专员”\u3000制度，为每家重点企业配备一名"
    text = column("服务专员，帮助企业解决用工、融资、审批等难题。这一做法值得点赞。", width=16, indent=0)
    items = kinds(raw_page(("短评", "服务企业要“多走一步”"), byline, first, *text))
    under_byline = [kind for kind, _ in items].index("byline") + 1  # the logo a line of its own or not
    assert items[under_byline] == ("body", first)


INVESTMENT = column(
    "园区企业加快数字化改造。今年以来，园区新开工亿元以上项目二十三个，完成固定资产投资增长百分之十八。"
    "园区负责人介绍，今年将新建三个公共服务平台，帮助中小企业降低转型成本。"
)
INVESTMENT_QUOTE = ("今年以来，园区新开工亿元", "以上项目二十三个，完成固", "定资产投资增长百分之十八。")


@pytest.mark.parametrize(
    ("at", "quote", "kind"),
    [
        # set in the middle of the very sentence it repeats, or of another one
        (1, INVESTMENT_QUOTE, "furniture"),
        (2, INVESTMENT_QUOTE, "furniture"),
        (3, INVESTMENT_QUOTE, "furniture"),
        (5, INVESTMENT_QUOTE, "furniture"),
        # only the close of a sentence: lines of the text, wherever they were read out
        (4, ("园区新开工亿元以上项目", "二十三个，完成固定资产", "投资增长百分之十八。"), "body"),
        (4, ("新开工亿元以上项目二十", "三个，完成固定资产投资", "增长百分之十八。"), "body"),
    ],
)
def test_a_pull_quote_set_inside_a_sentence_is_set_aside(at, quote, kind):
    """A sentence repeated in display type may stand between any two lines of the text, though
    its sentence runs on past it: a whole sentence the text says whole is a pull quote."""
    found = kinds(raw_page(*INVESTMENT[:at], *quote, *INVESTMENT[at:]))
    assert [found_kind for found_kind, text in found if text in quote] == [kind] * len(quote)
    assert all(found_kind == "body" for found_kind, text in found if text in INVESTMENT)


PLATFORMS = column(
    "园区企业加快数字化改造。", "园区负责人介绍，今年将新建三个公共服务平台，帮助中小企业降低转型成本。"
)  # noqa: E501
PLATFORMS_QUOTE = ("园区负责人介绍，今年将", "新建三个公共服务平台，", "帮助中小企业降低转型成本。")


@pytest.mark.parametrize(
    "lines",
    [
        (*PLATFORMS_QUOTE, *PLATFORMS),  # the quote before the sentence it repeats
        (*PLATFORMS[:1], *PLATFORMS_QUOTE, *PLATFORMS[1:]),
        (*PLATFORMS, *PLATFORMS_QUOTE),  # or after it
    ],
)
def test_of_two_copies_of_a_sentence_the_narrower_set_is_the_pull_quote(lines):
    """The text's own copy may stand on lines of its own as well: the quote is set to a narrower
    measure than its column."""
    found = kinds(raw_page(*lines))
    assert [kind for kind, text in found if text in PLATFORMS_QUOTE] == ["furniture"] * 3
    assert all(kind == "body" for kind, text in found if text in PLATFORMS)


COPPER_FOIL = column(
    "近日，园区一家铜基新材料企业的极薄锂电铜箔生产线开始试产。",
    "该生产线总投资十二亿元，产品主要供应动力电池企业。",
    width=11,
)


@pytest.mark.parametrize(
    ("quote", "repeated"),
    [
        # a sentence of the text set again at a narrow column's display measure runs to 6-7 lines
        (column("近日，园区一家铜基新材料企业的极薄锂电铜箔生产线开始试产。", width=6, indent=0), True),
        (column("该生产线总投资十二亿元，产品主要供应动力电池企业。", width=4, indent=0), True),
        # as many lines of a sentence the text does not say are no copy of it
        (column("园区今年以来新签约的铜基材料项目已有十二个，总投资八十亿元。", width=6, indent=0), False),
    ],
)
def test_a_pull_quote_set_narrow_runs_to_more_lines(quote, repeated):
    """A narrow column's quote is set narrower still: a sentence worth repeating then takes six or
    seven short lines, and is a pull quote all the same."""
    found = kinds(raw_page(*COPPER_FOIL[:3], *quote, *COPPER_FOIL[3:]))
    quoted = [found_kind == "furniture" for found_kind, text in found if text in quote]
    assert quoted == [repeated] * len(quote)


FOIL_LINE_QUOTE = ("该生产线总投资", "12亿元，设计年", "产能1.5万吨，", "产品主要供应动力", "电池企业。")
FOIL_LINE_STORY = (
    "　　近日，鹰潭高新区一",
    "家铜基新材料企业的",
    "4.5微米极薄锂电铜箔",
    "生产线开始试产。该生产",
    "线总投资12亿元，设计",
    "年产能1.5万吨，产品",
    "主要供应动力电池企业。",
)
INTERVIEW_DECK = ("“农机要懂新疆的地”", "对话昌吉高新区农机企业负责人")


@pytest.mark.parametrize(
    ("lines", "quote"),
    [
        # a story's deck read after its text, the next story's quote read under it in one group
        ((*INTERVIEW_DECK, *FOIL_LINE_QUOTE, *FOIL_LINE_STORY), FOIL_LINE_QUOTE),
        # a deck over text that says no sentence twice keeps its lines
        ((*INTERVIEW_DECK, *FOIL_LINE_STORY), ()),
    ],
)
def test_a_pull_quote_read_on_with_a_headline_is_set_aside(lines, quote):
    """A quote's short lines written straight under a headline read as the headline's: those
    from the line that opens a sentence the text says elsewhere to its close are the quote."""
    found = kinds("\n".join(("院所开展磁性材料基础研究。（完）", *lines)) + "\n")
    assert [kind for kind, text in found if text in quote] == ["furniture"] * len(quote)
    assert [text for kind, text in found if kind == "furniture"] == ["（完）", *quote]


FOIL_QUOTE_GROUPED = (
    "近日，鹰潭高新",
    "区一家铜基新材",
    ("料企业的４.５微", "米极薄锂电铜"),  # two lines written together
    "箔生产线开始试",
    "产。",
)


def test_a_pull_quote_parted_by_lines_read_as_a_headline_is_set_aside():
    """Two of a quote's lines written together read as a headline in the middle of its sentence:
    the sentence from its opening to its close, said by the text below, is the quote all the same."""
    story = column("近日，鹰潭高新区一家铜基新材料企业的４.５微米极薄锂电铜箔生产线开始试产。", width=9)
    found = kinds(raw_page("鹰潭高新区极薄铜箔生产线试产", *FOIL_QUOTE_GROUPED, *story))
    assert [kind for kind, _ in found[1:6]] == ["furniture"] * 5
    assert all(kind == "body" for kind, _ in found[6:])


STORAGE_PLANT = column(
    "为保障项目建设，园区成立工作专班，实行“一个项目、一名领导、一套班子”服务机制。",
    "目前，园区已集聚电池材料、电芯、模组、系统集成等企业37家，产业链去年产值突破百亿元。",
    width=16,
)


@pytest.mark.parametrize(
    ("under", "quote", "kind"),
    [
        # the close of the sentence the headline broke off, repeated whole by a quote
        (
            ("建成后年产新型储能电池8吉瓦时，", "可带动配套企业20余家落户。"),
            ("项目总投资12亿元，建成后年产", "新型储能电池8吉瓦时，可带动", "配套企业20余家落户。"),
            "body",
        ),
        (
            ("建成后年产新型储能电池8吉瓦时，", "可带动配套企业20余家落户。"),
            ("“项目总投资12亿元，建成后年", "产新型储能电池8吉瓦时，可带", "动配套企业20余家落户。”"),
            "body",
        ),
        # a whole sentence the text says again: a quote under the headline
        (
            ("为保障项目建设，园区成立工作专", "班，实行“一个项目、一名领导、一", "套班子”服务机制。"),
            (),
            "furniture",
        ),
    ],
)
def test_a_sentence_a_headline_breaks_off_closes_under_it_as_text(under, quote, kind):
    """A headline and its byline set into a column in the middle of a sentence part it: the
    lines under them close that sentence, no pull quote though a quote repeats its close. A
    sentence the text says whole again is a quote there as anywhere."""
    above = ("9月18日，园区新型储能电池项目正", "式开工，比原计划提前一个月。项目", "总投资12亿元，")
    headline = ("储能电池项目", "提前一个月开工")
    text = raw_page(*above, headline, "记者 钟一鸣", *under, *STORAGE_PLANT[:3], *quote, *STORAGE_PLANT[3:])
    assert [found for found, line in kinds(text) if line in under] == [kind] * len(under)


NEWS_SPREAD = "消息在年轻工程师的朋友圈里刷了屏。"
APARTMENTS = column(
    "园区在人才公寓旁开了一家便利店和一家社区食堂。",
    NEWS_SPREAD,
    "园区负责人介绍，今年还将新建两处人才公寓，为青年人才提供拎包入住的住房。",
    "引才既要有真金白银，也要有烟火气。",
    width=18,
    indent=0,
)


@pytest.mark.parametrize("quote", [f"“{NEWS_SPREAD}”", f"「{NEWS_SPREAD}」"])
@pytest.mark.parametrize("at", [4, len(APARTMENTS)])
def test_of_two_copies_of_a_sentence_on_a_line_each_the_later_is_the_pull_quote(quote, at):
    """A lone line shows no measure (a paragraph's last line stops where it may): of two copies
    each on a line of its own, the text says its sentence first and the quote repeats it."""
    found = kinds(raw_page(*APARTMENTS[:at], quote, *APARTMENTS[at:]))
    assert [kind for kind, text in found if text in (NEWS_SPREAD, quote)] == ["body", "furniture"]


LIVE_SALES = ("走进园区跨境电商直播基地，", "主播们正用英语、西班牙语", "介绍园区企业的产品。")


@pytest.mark.parametrize("dateline", ["本报讯", "本报讯（记者 王明）", "本报5月12日讯"])
def test_a_pull_quote_repeating_the_sentence_after_a_dateline_is_set_aside(dateline):
    """A quote repeats an article's first sentence without the dateline opening it."""
    lead = column(
        f"{dateline}走进园区跨境电商直播基地，主播们正用英语、西班牙语介绍园区企业的产品。"
        "今年以来，园区企业通过海外直播实现销售额九亿元。"
    )
    more = column("园区负责人介绍，今年还将新建两处直播基地，帮助更多企业拓展海外市场。")
    found = kinds(raw_page(*lead, *LIVE_SALES, *more))
    assert [kind for kind, line in found if line in LIVE_SALES] == ["furniture"] * len(LIVE_SALES)


HYDROGEN_QUESTION = ("问：目前园区氢能产业", "进展如何？")
HYDROGEN_ANSWER = column("答：园区已集聚制氢、储运、燃料电池等企业二十余家，今年新建加氢站两座。")


@pytest.mark.parametrize(
    ("quote", "kind"),
    [
        (("“问：目前园区氢能产", "业进展如何？”"), "furniture"),  # in quote marks its turn does without
        (("「问：目前园区氢能产", "业进展如何？」"), "furniture"),
        (("问：目前园区氢能产业", "进展如何？"), "body"),  # the turn printed again, as an extractor may
    ],
)
def test_a_question_repeated_in_quote_marks_is_a_pull_quote(quote, kind):
    text = raw_page(*BODY_A, *HYDROGEN_QUESTION, *HYDROGEN_ANSWER, *quote, *HYDROGEN_ANSWER)
    found = [found for found, line in kinds(text) if line in quote]
    assert found[-len(quote) :] == [kind] * len(quote)


INTERVIEW_TAIL = (
    "入大、改线难。我们推出了模",
    "块化协作机器人，一台售价不",
    "到10万元，三天就能完成部",
    "署。",
    "记者：园区给了哪些支持？",
)


@pytest.mark.parametrize(
    "turn, below",
    [
        ("图门吉日嘎拉：园区设立", ("了智能化改造补贴，企业购置", "机器人最高补贴30%。")),
        ("努尔兰别克：园区帮我们", ("对接了三家高校实验室，新品", "研发周期缩短了一半。")),
    ],
)
def test_a_turn_in_an_interview_is_text_whoever_answers(turn, below):
    """ "记者：…？" then "图门吉日嘎拉：…": among an interview's turns, a line opening with a few
    characters and a colon is the answer's first line, though the name is none the dictionary knows."""
    opening = "图门吉日嘎拉：主要是投"
    text = raw_page("（上接第2版）", opening, *INTERVIEW_TAIL, turn, *below, "本报记者 邝雨桐")
    assert kind_of(text, turn) == "body"
    assert kind_of(text, opening) == "body"


@pytest.mark.parametrize("title", ["问答钛产业：从“卖材料”到“卖部件”", "对话钛谷：从“卖材料”到“卖部件”"])
def test_a_title_with_a_colon_over_an_interview_is_a_headline(title):
    """Only a line right after a question is an answer's turn: a title over an interview's lead,
    its subject before a colon, is a headline still."""
    lead = column("宝鸡高新区被称为“中国钛谷”。围绕钛产业转型，记者采访了园区负责人。")
    turns = ("问：宝鸡钛产业现在的规模有多大？", "答：园区钛及钛合金企业有520家，去年产值突破600亿元。")
    assert kind_of(raw_page(title, *lead, *turns), title) == "headline"


QUANTUM_SECTIONS = (
    "园区向企业开放政务外网、电力调度等应用场景，量子加密政务专网已覆盖园区16个部门。",
    "园区设立20亿元量子产业基金，已投资企业23家，并联合银行提供投贷联动服务。",
)


@pytest.mark.parametrize(
    "first, second",
    [
        ("2 . 场 景 开 放 牵 引", "3 . 基 金 全 程 陪 跑"),
        ("二 、 场 景 开 放 牵 引", "三 、 基 金 全 程 陪 跑"),
    ],
)
def test_a_tails_marked_first_line_and_the_lines_set_alike_are_subheadings(first, second):
    """Under a jump line, a first line well short of its column and marked as papers mark a
    subheading opens a section of the tail; a line after a closed sentence marked the same way
    opens the next, however its number's mark is spaced."""
    above, below = (column(section, width=18, indent=0) for section in QUANTUM_SECTIONS)
    text = raw_page("（上接第3版）", first, *above, second, *below)
    assert kind_of(text, first) == "headline"
    assert kind_of(text, second) == "headline"


def test_a_spaced_out_line_with_a_clause_under_no_jump_line_stays_text():
    """Letter-spaced with a clause mark, a line set among the text (no tail's first line) is a
    body line spread to fill its column."""
    spread = "园 区 开 放 场 景 、 基 金"
    above, below = (column(section, width=18, indent=0) for section in QUANTUM_SECTIONS)
    text = raw_page(*above, spread, *below)
    assert kind_of(text, spread) == "body"


ROBOT_LEAD = column(
    "在松山湖机器人产业基地，年轻的创业团队正在调试一台四足机器人。基地成立十年来，已孵化硬科技企业一百余家，"
    "其中七家估值超过十亿元。从一张图纸到一台样机，再到批量生产，创业者在这里走完了全程。",
    width=20,
)
ROBOT_SUPPLY = column("基地周边五十公里内能找到几乎所有机器人零部件供应商，配套十分便利。", width=14)
ROBOT_SECTION = column("基地提供从设计、打样到小批量生产的全流程服务，创业团队最快两周可拿到样机。", width=14)


@pytest.mark.parametrize("spaced", ["二 、 人 才 从 课 堂 来", "3 . 基 金 全 程 陪 跑", "研 发 平 台 托 底"])
def test_a_letter_spaced_line_well_short_of_its_column_between_paragraphs_is_a_subheading(spaced):
    """Justified text is spread letter by letter to fill its column; a line spaced out though its
    characters fall well short of the column (its number's mark no clause) was spaced for display:
    between two paragraphs, over a section too short to measure its column by, it heads that section."""
    page = raw_page(*ROBOT_SUPPLY, spaced, *ROBOT_SECTION)
    assert kind_of(page, spaced) == "headline"


@pytest.mark.parametrize("spaced", ["一 、 样 机 到 产 品", "研 发 平 台 托 底"])
def test_the_line_under_a_subheading_after_a_wider_lead_opens_its_section(spaced):
    """A feature's lead may be set wider than its body: the first line of the section under a
    subheading, short of the lead's column, is its text, no title stacked under a kicker."""
    page = raw_page(*ROBOT_LEAD, spaced, *ROBOT_SECTION)
    assert kind_of(page, spaced) == "headline"
    assert kind_of(page, ROBOT_SECTION[0]) == "body"


_ABOVE_TITLE = column("园区还举行了集成电路产业发展大会，签约项目二十余个，总投资超过三百亿元。")
_UNDER_TITLE = column(
    "今年以来，园区企业加快开拓海外市场，前三季度出口额同比增长三成，产品销往东南亚和欧洲。",
    "园区海关服务站推行提前申报模式，出口货物通关时间压缩至四小时以内。",
)


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("宜昌高新区磷化工企业技改投资突破", "百亿元"),  # a bare word, no page's name
        ("潍坊高新区动力装备产业集群产值超", "两千亿元"),
        ("江门高新区照明企业海外订单总额超", "五亿元"),
    ],
)
@pytest.mark.parametrize("rule", ["", RULE, "——————————————"])
def test_a_title_filling_its_measure_and_the_short_rest_under_it_are_one_headline(upper, lower, rule):
    """A title longer than its measure fills its first line to the column's edge and leaves the
    rest short under it, ruled off or not: one headline, its lines joined with no gap, for the
    measure broke it wherever it ran out."""
    ruled = (rule,) if rule else ()
    page = raw_page(*_ABOVE_TITLE, *ruled, upper, lower, *ruled, *_UNDER_TITLE)
    assert ("headline", upper + lower) in kinds(page)


_BRIEF_ABOVE = column(
    "近日，莱芜高新区一家粉末冶金企业与省内三家农机整机厂签订供货协议。",
    "企业负责人介绍，明年将上马第二条自动化压制线。",
    width=10,
)
_BRIEF_UNDER = column(
    "近日，新乡高新区一家隔膜企业新建的湿法隔膜生产线投产，园区隔膜年产能进一步扩大。",
    "新生产线幅宽达到六米，车速提高约两成，产品已通过多家动力电池企业认证。",
    width=10,
)


@pytest.mark.parametrize(
    ("title", "above"),
    [
        (("新乡高新区电池隔膜产", "能扩至15亿平方米"), _BRIEF_ABOVE),  # the rest as wide as a set-in line
        (("■新乡高新区电池隔膜", "产能扩至15亿平方米", "正式投产"), _BRIEF_ABOVE),  # marked
        (("安康高新区富硒食品检", "测中心获国家认可"), ("简讯",)),  # under the column's banner
        (("■安康高新区富硒食品检", "测中心获国家认可委员", "会认可"), _BRIEF_ABOVE),  # three lines
        (("安康高新区富硒食品检", "测中心获国家认可委员", "会认可"), ("简讯",)),
    ],
)
def test_a_brief_s_title_wrapped_at_its_column_s_measure_is_one_headline(title, above):
    """A brief's title fills line after line of its narrow column and leaves its rest short under
    them, over a first line set in that runs on below: one headline, though its rest is as wide
    as a set-in first line (the set-in line under it tells them apart) or a bare word."""
    page = raw_page(*above, *title, *_BRIEF_UNDER)
    assert ("headline", "".join(title)) in kinds(page)


@pytest.mark.parametrize(
    "title",
    [
        ("海产品加工车间赶制年", "货订单"),  # the measure cut a word
        ("海产品加工车间赶制年货", "订单"),  # and left one alone
        ("海产品加工车间全力赶", "制年货订单"),
    ],
)
def test_a_title_wrapped_at_its_measure_under_a_strip_s_label_is_one_headline(title):
    """Under a strip's label (a bare phrase well short of the column), a photo story's title cut
    by its measure inside a word, or leaving a word alone on its last line, is one headline."""
    page = raw_page(*_BRIEF_ABOVE, "图片新闻", *title, *_BRIEF_UNDER)
    assert ("headline", "".join(title)) in kinds(page)


@pytest.mark.parametrize("row", ["订舱电话：028-65021177", "招商热线：0571-88886666"])
def test_a_contact_row_ending_an_advert_runs_on_into_no_headline_under_it(row):
    """An advert's last row ends on its number, whole: the label under it ("图片新闻"), written
    after a single newline as any line ending half-width is, is no line of the same headline."""
    page = raw_page(*_BRIEF_ABOVE, "广告", "蜀通物流", "园区直达 一票到底", row, "图片新闻",
                    "海产品加工车间赶制年", "货订单", *_BRIEF_UNDER)
    assert not any(row in text and "图片新闻" in text for _, text in kinds(page))


@pytest.mark.parametrize(
    "deck",
    [
        ("风光资源变身产业", "鄂尔多斯高新区种出氢能产业链", "沙漠边缘的绿色转型"),
        ("大科学装置加速成形", "重庆高新区科学城大科学装置集群", "加快建设科技创新中心"),
    ],
)
def test_a_title_as_wide_as_its_column_under_a_kicker_keeps_its_subtitle_apart(deck):
    """Under a kicker, a title filling its measure over a whole phrase is over its subtitle: no
    title wrapped at its measure, for the measure neither cut a word nor left one alone."""
    under = column(
        "在重庆高新区的西部科学城，一批大科学装置和重大创新平台正在加速建设，多个项目进入设备安装阶段。",
        "园区负责人表示，将围绕装置集群布局研发机构，推动成果就地转化。",
        width=15,
    )
    page = raw_page(*column("园区还举行了集成电路产业发展大会，签约项目二十余个。", width=15), *deck, *under)
    assert ("headline", "".join(deck[1:])) not in kinds(page)


@pytest.mark.parametrize(
    "lines",
    [
        ("新乡高新区电池隔膜产能", "记者从新乡高新区", "获悉园区锂电池隔膜年"),  # a set-in line running on
        ("新乡高新区电池隔膜产能", "扩至十五亿平方米", "获悉园区锂电池隔膜年"),  # over a full line
        ("园区锂电池隔膜年产能扩", "大到十五亿平方米。", "新生产线幅宽达"),  # a paragraph's closed end
        ("解读新乡高新区新政", "隔膜产能再扩", "新区动态", "本报讯（记者 张明）"),  # a deck over a dateline
    ],
)
def test_lines_short_of_a_brief_s_column_that_a_paragraph_may_hold_join_no_title(lines):
    """A full line over a set-in first line running on into a full one is a title over its text,
    a short line closing a sentence ends a paragraph, and a short line over a dateline is a
    headline of the deck: no title wrapped at its measure."""
    page = raw_page(*_BRIEF_ABOVE, *lines, *_BRIEF_UNDER[1:])
    assert ("headline", "".join(lines[:2])) not in kinds(page)
    assert ("headline", "".join(lines)) not in kinds(page)


@pytest.mark.parametrize("subtitle", ["——园区负责人解读新政", "园区产业发展纪实"])
def test_a_subtitle_under_a_title_filling_its_measure_is_no_rest_of_it(subtitle):
    """A title exactly as long as its measure is wide fills its line alone: a subtitle under it
    stays a line of its own."""
    page = raw_page(*_ABOVE_TITLE, "潍坊高新区动力装备产业集群产值超", subtitle, *_UNDER_TITLE)
    assert all(subtitle not in text or text == subtitle for _, text in kinds(page))


@pytest.mark.parametrize(("line", "rule"), [("━━━━━━━━━━━━", True), ("——————————————", True), ("——", False)])
def test_a_rule_over_a_headline_is_box_strokes_or_more_dashes_than_a_subtitle_opens_with(line, rule):
    """A rule over a headline sets it off from the text above, whose last line may reach its
    column's edge: printed in dashes, it is more of them than the two opening a subtitle."""
    assert is_rule(Item(FURNITURE, [], line)) is rule


@pytest.mark.parametrize(
    ("upper", "lower"),
    [("赤峰高新区乳业菌种资源库入库菌株总数超", "万株"), ("宜昌高新区磷化工企业技改投资同比增长", "三成")],
)
def test_a_word_or_two_under_a_title_line_and_over_the_text_is_the_title_s_rest(upper, lower):
    """Printed right under a title's line, with the text it heads opening right under them, a
    word or two is what the line had no room for: one headline with it."""
    above = column("园区与本地高校共建集成电路学院，已培养专业人才一千六百余名。", width=18)
    below = column(
        "本报讯（记者 巴特尔 通讯员 乌日娜）记者从园区获悉，园区菌种资源库入库菌株已达一万余株。",
        "菌种库由园区龙头企业与高校共同建设，已完成全基因组测序的菌株两千余株。",
        width=18,
    )
    page = raw_page(*above, upper, lower, *below)
    assert ("headline", upper + lower) in [(kind, text.replace("\n", "")) for kind, text in kinds(page)]


@pytest.mark.parametrize("rule", [RULE, "——————————————"])
def test_the_rest_of_a_word_a_ruled_title_line_broke_is_no_byline(rule):
    """Between the rules, a line finishing the word the title's line broke off ("…总额首" /
    "次破亿") is the title's rest, though it reads as a name: no byline stands inside the rules."""
    upper, lower = "江门高新区照明企业海外订单总额首", "次破亿"
    page = raw_page(*_ABOVE_TITLE, rule, upper, lower, rule, *_UNDER_TITLE)
    read = kinds(page)
    assert ("byline", lower) not in read
    assert ("headline", upper + lower) in [(kind, text.replace("\n", "")) for kind, text in read]


GRAPHENE_LEAD = column("走进武进高新区一家石墨烯企业的车间，一卷卷黑色薄膜正从生产线上缓缓卷出。", width=13)
GRAPHENE_SECTION = column("园区组织石墨烯企业与本地电动工具企业对接，推出首批次应用产品目录。", width=13)


@pytest.mark.parametrize("subheading", ["应用场景带动市场", "中试平台打通“最后一公里”", "人才是关键"])
def test_a_line_centred_between_ideographic_spaces_is_a_subheading(subheading):
    """A line written between ideographic spaces on both sides was set centred in its column: a
    subheading's display setting, which no line of text gets, however like a paragraph's first
    line its indent makes it look."""
    page = raw_page(*GRAPHENE_LEAD, f"\u3000\u3000{subheading}\u3000\u3000", *GRAPHENE_SECTION)
    assert kind_of(page, subheading) == "headline"


SERVICE_LEAD = (
    "向企业开放卫星影像",
    "数据库、高精度定位",
    "基准站网和算力资源，",
    "中小企业按需购买服",
    "务，不必自建机房。",
)
SERVICE_REST = ("３００家次，为企业节", "约投入约１.５亿元，", "园区今年还将扩容。")
SPACED_REST = ("３００家次，为 企业节", "约投入约１.５亿元，", "园区今年还将扩容。")  # justified by gaps


@pytest.mark.parametrize("line", ["平 台去年服务企 业近", "园区梳 理出高端聚烯、"])
def test_a_gap_inside_a_word_in_a_column_justified_by_gaps_is_no_title_separator(line):
    """A full line after a closed sentence, spaced where a word is whole ("平 台", "梳 理"), in
    a column whose lines are spaced so too: a justified line's gaps written out, not the space
    between a title's two phrases."""
    assert kind_of(raw_page(*SERVICE_LEAD, line, *SPACED_REST), line) == "body"


@pytest.mark.parametrize(
    ("title", "rest"),
    [
        ("新棉进厂 纺机飞转开", SPACED_REST),  # one space, no clause: two phrases
        ("平 台去年服务企 业近", SERVICE_REST),  # the text around it set tight: no justified column
    ],
)
def test_a_space_outside_a_column_justified_by_gaps_still_separates_a_title(title, rest):
    assert kind_of(raw_page(*SERVICE_LEAD, title, *rest), title) == "headline"


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        # a clause inside it: text, its indent kept and spaces written after its end
        ("近日，园区组织石墨烯企", "业与本地电动工具企业对接，推出首批次应用产品目录。"),
        # a word broken off with the next line (整机)
        ("镜片精度的提升带动了整", "机升级，园区企业研制的一批光学仪器打进了高端市场。"),
    ],
)
def test_a_paragraph_opening_with_spaces_after_its_end_is_no_centred_line(first, rest):
    """A paragraph's first line, its indent kept as ideographic spaces and spaces written after
    its end, reaches its column's edge past the indent: set flush, not centred."""
    page = raw_page(*GRAPHENE_LEAD, f"\u3000\u3000{first}\u3000\u3000\u3000", *column(rest, width=13))
    assert kind_of(page, first) == "body"


TAIYUAN_FEATURE = (
    "\u3000\u3000在煤炭大省山西，太原高新区正在",
    "培育一条新赛道——信息技术应用创新",
    "产业。园区信创企业已达180家，去年",
    "产值超过230亿元。",
    "\u3000\u3000从整机制造起步\u3000\u3000",
    "\u3000\u3000园区引进服务器整机项目，年产能",
    "达到50万台，并带动主板、电源和结构",
    "件企业落户。",
    "\u3000\u3000以应用促发展\u3000\u3000",
    "\u3000\u3000园区联合能源、交通等行业企业开",
    "放应用场景，一批煤矿调度、电网监控",
    "系统完成国产化替代。",
)


@pytest.mark.parametrize("title", ["老 工 业 城 市 的 “ 新 赛 道 ”", "信 创 产 业 跑 出 加 速 度"])
def test_a_letter_spaced_line_under_a_kicker_under_a_byline_is_a_headline(title):
    """Under a kicker standing where no text runs above it (a byline over it), a line spaced out
    letter by letter is its title spaced for display: no line of a text was spread to fill it."""
    byline = "本报记者 才让卓玛\u3000通讯员 郜宇"
    page = raw_page(byline, "转型发展一线", title, "太原高新区培育信创产业纪实", *TAIYUAN_FEATURE)
    assert kind_of(page, title) == "headline"


TAIYUAN_WIDE = (
    "在煤炭大省山西，太原高新区正在培育一",
    "条新赛道——信息技术应用创新产业。园区信",
    "创企业已达180家，去年产值超过230亿元。",
    "\u3000\u3000从整机制造起步\u3000\u3000",
    "园区引进服务器整机项目，年产能达到50",
    "万台，并带动主板、电源和结构件企业落户。",
    "\u3000\u3000以应用促发展\u3000\u3000",
    "园区联合能源、交通等行业企业开放应用场",
    "景，一批煤矿调度、电网监控系统完成国产",
    "化替代。",
)


def test_the_text_runs_on_at_its_measure_around_a_centred_subheading():
    """A subheading centred in its column parts no column: the lines on both sides of it measure
    the text's width, against which the subtitle over the text stops short."""
    byline = "本报记者 才让卓玛\u3000通讯员 郜宇"
    subtitle = "太原高新区培育信创产业纪实"
    page = raw_page(byline, "转型发展一线", "老工业城市的“新赛道”", subtitle, *TAIYUAN_WIDE)
    assert kind_of(page, subtitle) == "headline"


UNDER_A_CREDIT_FIRST = (
    "本报记者 何立新",
    "{title}",
    "{subtitle}",
    "日前， 宁波高新区出台支持储能产业扩产",
    "增效的十条措施。 园区有关负责人介绍， 措施",
    "主要包括以下几个方面。",
    "一是保障项目用地， 对储能扩产项目优先",
    "安排用地指标和能耗指标； 二是支持设备更新，",
    "对设备投资超过3000万元的技改项目按投资额",
    "的6%给予补助； 三是推动场景应用， 支持企业",
    "建设工商业储能和充换电站设施； 四是加强金",
    "责任编辑：张三　版式：李四",
    "融支持， 设立5亿元储能产业专项贷款。",
    "五是稳定用工， 园区人才服务中心为企业",
    "提供招聘和技能培训服务。",
)


_PILOT_LEAD = column(
    "走进园区一家导热膜企业的车间，一卷卷黑色薄膜正从生产线上缓缓卷出，已批量用于手机和电脑散热。",
    "园区建成中试平台，提供浆料制备、涂布和热处理等中试设备，企业按使用时长付费，三年服务企业七十余家。",
    width=13,
)


@pytest.mark.parametrize(
    "title, subtitle",
    [
        ("宁波高新区出台十条措施支持储能企业扩产增效", "——园区有关负责人解读政策要点"),
        ("嘉兴高新区出台九条措施支持光伏企业稳链扩产", "——园区负责人详解新政主要内容"),
    ],
)
def test_a_title_over_its_dash_subtitle_is_never_read_as_a_column_of_text_reversed(title, subtitle):
    """A title as wide as the column, over its subtitle, heading text whose later lines could
    balance as the first column of a story read right to left: the subtitle's dash says the
    two lines are a headline, so the story is read as printed, under its title."""
    text = "".join(line.format(title=title, subtitle=subtitle) + "\n\n" for line in UNDER_A_CREDIT_FIRST)
    articles = parse_page(RawPage("t.txt", text)).articles
    assert articles[0].title == title
    assert articles[0].blocks[0].text.startswith("日前，")


@pytest.mark.parametrize("weekday", ["星期四", "星期日", "周六"])
@pytest.mark.parametrize("dense", [False, True])
def test_a_weekday_on_its_own_line_of_a_header_in_lines_is_furniture(weekday, dense):
    """A header set in lines (the date, the weekday, the page's name, its number) puts the weekday
    on a line of its own: furniture like the date above it, no headline of the text below."""
    page = raw_page("2024年9月4日", weekday, "园区·创新", "第2版", *BODY_A)
    text = page.replace("\n\n", "\n") if dense else page
    assert kind_of(text, weekday) == "furniture"


@pytest.mark.parametrize(
    "section",
    [
        # a section of several lines: the two under its first fill the column alike
        "园区组织企业与本地电动工具、新能源汽车企业对接，推出首批次应用产品目录，对首次采购的企业给予补贴。",
        # a section of two lines: its first is short of the text's column around by the indent alone
        "园区企业参与制定相关国家标准和行业标准，检测中心获得资质认定。",
    ],
)
@pytest.mark.parametrize(
    "subheading",
    [
        "应用场景带动市场",
        "标准建设提升话语权",
        "（一）应用场景带动市场",
        "(二)标准建设提升话语权",
        "▌应用场景带动市场",
    ],
)
def test_a_short_line_over_a_first_line_short_by_its_indent_is_a_subheading_on_a_single_spaced_page(
    section, subheading
):
    """With no blank lines to tell which lines were printed together, a short line without a
    clause over a line shorter than the column by a paragraph's lost indent alone heads that
    paragraph: a title's second line is never the wider of the two, and the text it runs into
    would open as short."""
    lines = [*_PILOT_LEAD, subheading, *column(section, width=13), *_PILOT_LEAD]
    assert kind_of("\n".join(lines) + "\n", subheading) == "headline"


@pytest.mark.parametrize("line", ["（一）园区企业参与，", "▌园区企业参与，其中"])
def test_a_numbered_line_holding_a_clause_over_a_first_line_is_no_subheading(line):
    """A subheading is a bare phrase however it is numbered or marked: a line holding a clause's
    mark is text."""
    section = column("园区企业参与制定相关国家标准和行业标准，检测中心获得资质认定。", width=13)
    lines = [*_PILOT_LEAD, line, *section, *_PILOT_LEAD]
    assert kind_of("\n".join(lines) + "\n", line) != "headline"


# A paragraph set in a narrow column, a word broken at a line's end ("纺" / "织") and an opening
# quote pushed down to the next line, the line over it short by that quote
_NARROW_PARAGRAPH = (
    "\u3000\u3000园区相关负责人",
    "介绍，杭州高新区正",
    "推动平台企业与本地",
    "制造业“结对子”，",
    "围绕模具、电机和纺",
    "织等行业打造一批",
    "“小快轻准”的数字化",
    "解决方案，降低中小",
    "企业的上云门槛。",
)


def test_a_short_line_finishing_a_word_broken_off_a_full_line_of_text_is_text_on_a_single_spaced_page():
    """A line that finishes the word a full line of a sentence broke off at its end goes on with
    that text, however short: no headline's first line completes the text's word."""
    lead = column("近日，杭州高新区发布数据，园区培育的工业互联网平台累计连接工业设备超过100万台。", width=9)
    lines = [*lead, *_NARROW_PARAGRAPH, *lead]
    assert kind_of("\n".join(lines) + "\n", "织等行业打造一批") == "body"


def test_a_subtitle_broken_in_a_narrow_headline_column_stays_a_headline_on_a_single_spaced_page():
    """A subtitle set in a headline's own narrow column breaks inside its words as well, on lines
    far shorter than the text's column: its lines stay a headline's."""
    title = ("榆林高新区", "煤基新材料", "项目开工")
    heads = (*title, "——总投资", "85亿元，建", "成后年产高", "端聚烯烃40", "万吨")
    lines = [*_PILOT_LEAD, *heads, *_PILOT_LEAD]
    assert ("body", "成后年产高") not in kinds("\n".join(lines) + "\n")


_APPROVAL_TAIL = (
    "园区推行“预审批”模式，在",
    "土地出让前就组织企业开展设计方",
    "案预审和施工图审查，审批时间由",
    "原来的4个月压缩到最快1天。今",
    "年以来，已有14个项目实现“拿",
    "地即开工”。（记者 冉小英）",
)
_ORDER_TEXT = (
    "近日，常德高新区企业德源智",
    "能装备有限公司与东南亚一家食品",
    "企业签订智能包装生产线供货合同，",
    "金额达2800万元。这是该公司",
    "今年获得的第三笔千万级海外订单。",
)


@pytest.mark.parametrize(
    ("upper", "lower"),
    [("常德高新区智", "能装备企业获千万级订单"), ("常德高新区装", "备企业获千万级海外订单")],
)
def test_a_title_broken_short_inside_a_word_stays_one_headline_on_a_single_spaced_page(upper, lower):
    """A title broken inside a word ("智" / "能") is whole on neither line: its second line, as
    short as a paragraph's first, is still its rest, no text under a subheading."""
    lines = [*_APPROVAL_TAIL, upper, lower, *_ORDER_TEXT, *_PILOT_LEAD]
    assert kind_of("\n".join(lines) + "\n", f"{upper}\n{lower}") == "headline"


@pytest.mark.parametrize(
    ("upper", "lower", "under"),
    [
        ("常德高新区：", "智能装备企业获千万订单", ()),  # a park announcing its news
        ("智能制造面对面", "智能装备企业获千万订单", ("——访常德高新区一家装备企业负责人",)),  # a kicker
    ],
)
def test_a_short_line_running_on_into_a_title_is_no_subheading_on_a_single_spaced_page(upper, lower, under):
    """A line closing on a colon runs on into what it announces, and a line over a subtitle's
    dash is a title: the short line over either is the title's, though the line under it is as
    short as a paragraph's first."""
    lines = [*_APPROVAL_TAIL, upper, lower, *under, *_ORDER_TEXT, *_PILOT_LEAD]
    assert ("body", lower) not in kinds("\n".join(lines) + "\n")
    assert ("headline", upper) not in kinds("\n".join(lines) + "\n")


@pytest.mark.parametrize(
    ("heads", "groups"),
    [
        # a title broken after the colon that announces its news: a plain subtitle under it
        (
            ("湘潭高新区：", "风电装备“链”出新天地", "一台风机带动上百家配套企业"),
            ["湘潭高新区：\n风电装备“链”出新天地", "一台风机带动上百家配套企业"],
        ),
        # after its park's name alone
        (
            ("大庆高新区", "人工智能为老油田“把脉”", "智能巡检系统覆盖两千余口油井"),
            ["大庆高新区\n人工智能为老油田“把脉”", "智能巡检系统覆盖两千余口油井"],
        ),
        # inside a word: the next story's title under it
        (
            ("江阴高新区设立知识", "产权服务工作站", "新材料车间里的“绿色”变化"),
            ["江阴高新区设立知识\n产权服务工作站", "新材料车间里的“绿色”变化"],
        ),
        # after its park's name alone, the rest run over two lines of a narrow measure: it ends
        # at the second
        (
            ("玉溪高新区", "生物医药产业园", "新增12家企业", "新材料车间里的“绿色”变化"),
            ["玉溪高新区\n生物医药产业园\n新增12家企业", "新材料车间里的“绿色”变化"],
        ),
        (
            ("青海高新区：", "从卤水到", "电池的产业跃升", "盐湖提锂项目年产能达两万吨"),
            ["青海高新区：\n从卤水到\n电池的产业跃升", "盐湖提锂项目年产能达两万吨"],
        ),
    ],
)
def test_headlines_stacked_after_the_text_part_where_a_title_ends_on_a_single_spaced_page(heads, groups):
    """An extractor that writes the headlines after the text, one under another with no blank
    line, leaves no sign of where one ends: a title broken where it could not end is finished by
    its next line, and the line under it is a headline of its own (a subtitle, the next story's
    kicker or title)."""
    lines = [*_APPROVAL_TAIL, *_ORDER_TEXT, *_PILOT_LEAD, *heads]
    assert [text for kind, text in kinds("\n".join(lines) + "\n") if kind == "headline"] == groups


@pytest.mark.parametrize(
    ("heads", "under"),
    [
        (("光谷企业设立知识", "产权“一站式", "服务”窗口"), ()),  # each line broken where it cannot end
        (("对话光谷创新者", "让实验室的技术", "走进生产线"), ()),  # no line broken where it cannot end
        # a deck over its indented text, no headline stacked under it: its subtitle stays
        (
            ("湘潭高新区：", "风电装备“链”出新天地", "一台风机带动上百家配套企业"),
            (
                "\u3000\u3000这家整机企业每年采购的零部件中，有近一半来自湖南本地。",
                "\u3000\u3000园区已落地配套项目四十多个。",
            ),
        ),
    ],
)
def test_headline_lines_broken_where_nothing_ends_stay_one_on_a_single_spaced_page(heads, under):
    lines = [*_APPROVAL_TAIL, *_ORDER_TEXT, *_PILOT_LEAD, *heads, *under]
    assert ("headline", "\n".join(heads)) in kinds("\n".join(lines) + "\n")


_SITE_QUOTE = "园区对重点项目实行“拿地即开工”，项目从签约到开工平均用时缩短到4个月。"
_SITE_TEXT = (
    "记者从湛江高新区获悉，园区今年以来多措并举延伸石化产业链。" + _SITE_QUOTE + "园区还新建了公共管廊。"
)


@pytest.mark.parametrize("title", ["鹰潭高新区极薄铜箔生产线试产", "襄阳高新区车桥“灯塔工厂”投产"])
@pytest.mark.parametrize("width", [9, 10])
def test_a_quote_boxed_under_a_title_is_no_line_of_it_on_a_single_spaced_page(title, width):
    """A quote boxed under a title, set flush to a measure of its own: its first line runs as
    wide as the lines under it, its sentence going on across them, and what it says the text
    says as well. No title repeats its text: the title ends above the quote."""
    quote = column(_SITE_QUOTE, width=width, indent=0)
    lines = [*_APPROVAL_TAIL, title, *quote, *column(_SITE_TEXT, width=13), *_PILOT_LEAD]
    found = kinds("\n".join(lines) + "\n")
    assert ("headline", title) in found
    assert not any(kind == "headline" and quote[0] in text for kind, text in found)


@pytest.mark.parametrize(
    ("title", "under", "indent"),
    [
        # a subtitle's dash, the text under it set flush as wide
        ("鹰潭高新区极薄铜箔生产线试产", "——访园区有关负", 0),
        # a subtitle over a text whose first line keeps its indent
        ("鹰潭高新区极薄铜箔生产线试产", "园区企业技改投资", 2),
        # a subtitle as wide as the text set flush under it, which says its words nowhere
        ("鹰潭高新区极薄铜箔生产线试产", "园区企业技改投资", 0),
    ],
)
def test_a_subtitle_over_text_stays_its_titles_on_a_single_spaced_page(title, under, indent):
    """The line under a title stays the headline's where a subtitle's dash marks it, where the
    text under it opens on a line of its own width, or where no text says it again."""
    text = column(
        "近日，鹰潭高新区一家铜基新材料企业的极薄锂电铜箔生产线开始试产，设计年产能一万吨。",
        width=8,
        indent=indent,
    )
    lines = [*_APPROVAL_TAIL, title, under, *text, *_PILOT_LEAD]
    assert ("headline", f"{title}\n{under}") in kinds("\n".join(lines) + "\n")


@pytest.mark.parametrize(
    "dateline, run_over, rest",
    [
        ("　　本报乌鲁木齐讯（记者 阿", "依古丽·买买提 通讯员 热合曼", "·吐尔逊）近日，乌鲁木齐高新"),
        ("本报乌鲁木齐讯（记者 阿依", "古丽·买买提 通讯员 热合曼·吐", "尔逊）近日，乌鲁木齐高新区"),
        ("本报讯（", "本报记者 王成龙 通讯员 李华", "）近日，合肥高新区举行集成"),
        # nor a headline, set short of the column
        ("本报乌鲁木齐３月２８日电（记者 艾", "尔肯·吐尔逊 通讯员 古丽娜尔·阿不", "都）近日，乌鲁木齐高新区"),
    ],
)
def test_a_dateline_credit_run_over_a_line_of_names_goes_on_in_that_line(dateline, run_over, rest):
    """The names and roles inside a dateline's brackets read as a byline on a line of their own:
    the line is the dateline's all the same, the brackets left open above it."""
    page = raw_page("合肥高新区集成电路大会", dateline, run_over, rest, "电路产业发展大会，签约项目。")
    assert kind_of(page, run_over) == "body"


# a story's text in a column nine characters wide, its paragraphs' indent lost
NINE_WIDE_TEXT = ("近日，连云港高新区", "出台支持创新药研发", "的八条措施，从临床", "试验、审评服务、产")


@pytest.mark.parametrize(
    "dateline, names, run_over",
    [
        ("\u2007\u2007本报讯（记者 ", "阿衣古丽·买买提明", " 通讯员 於振兴）"),
        ("本报讯（通讯员", "王成龙 李华", "本报记者 赵强）"),
    ],
)
def test_a_dateline_credit_run_over_two_lines_goes_on_in_both(dateline, names, run_over):
    """A narrow column breaks a long name off its role: the credit the dateline opened goes on
    over two lines, the second no headline nor byline either."""
    page = "\n\n".join([dateline, names, run_over, *NINE_WIDE_TEXT]) + "\n"  # a blank after every line
    assert kind_of(page, run_over.strip()) == "body"


def test_a_credit_under_a_dateline_whose_brackets_closed_is_no_part_of_it():
    page = raw_page("合肥高新区集成电路大会", "本报讯（记者 王成龙）", "近日，合肥高新区举行", "通讯员 李华")
    assert kind_of(page, "通讯员 李华") != "body"


LEFT_STORY = (
    "咸阳高新区两家孵化器获评优秀",
    "本报讯（记者 喇建军） 在最新一轮国家级",
    "科技企业孵化器评价中，咸阳高新区两家孵化",
    "器获评优秀。两家孵化器累计孵化企业430家，",
    "毕业企业中有26家成长为国家高新技术企业。",
)
RIGHT_STORY = (
    "重庆高新区再添7家国家级绿色工厂",
    "日前，重庆高新区7家企业入选国",
    "家级绿色工厂名单，园区国家级绿",
    "色工厂总数达到19家。（记者 佘晓岚）",
)


def across(left: tuple[str, ...], right: tuple[str, ...]) -> list[str]:
    """Two columns read across: the left one's line, a tab, the right one's (nothing where it ran out)."""
    return [
        (left[k] if k < len(left) else "") + ("\t" + right[k] if k < len(right) else "")
        for k in range(max(len(left), len(right)))
    ]


def lines_of(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


# one interview set in two legs: the left leg opens on the byline and closes a question, the right
# one opens on the answer
LEFT_LEG = (
    "本报记者 其其格",
    "本报讯 记者从郑州高新区获悉，园区",
    "数据要素服务平台交易额突破20亿元。",
    "问：企业看重什么？",
)
TEXT_LEG = ("截至10月底，园区数据要素服务", *LEFT_LEG[1:])
RIGHT_LEG = (
    "答：一是数据确权，二是交易撮合，",
    "三是合规审查。园区已有7家企业完",
    "成数据资源入表，涉及金额约1.4亿",
    "元。（记者 其其格）",
)


@pytest.mark.parametrize(
    "above, left, order",
    [
        # a headline alone on its row over a byline: one story's two legs, the left one first
        ("郑州高新区数据要素交易额突破20亿元", LEFT_LEG, LEFT_LEG + RIGHT_LEG),
        # a subtitle with its dash stands over them as well
        ("——访郑州高新区数据交易平台负责人", LEFT_LEG, LEFT_LEG + RIGHT_LEG),
        # a box's last sentence closed over the pair: nothing above runs on into it
        ("园区还将新增两个数据服务网点。", LEFT_LEG, LEFT_LEG + RIGHT_LEG),
        # text running on over the pair: the right column may carry on the story above it
        ("园区还将新增两个数据服务网点，", LEFT_LEG, RIGHT_LEG + LEFT_LEG),
        # a cross-reference in brackets closes nothing
        ("（相关报道见第5版）", LEFT_LEG, RIGHT_LEG + LEFT_LEG),
        # an editor's label over the pair is no headline
        ("责任编辑：邝雨桐", LEFT_LEG, RIGHT_LEG + LEFT_LEG),
        # the left column opens on text, not a byline: no story is seen to open there
        ("郑州高新区数据要素交易额突破20亿元", TEXT_LEG, RIGHT_LEG + TEXT_LEG),
    ],
)
def test_two_legs_over_a_byline_under_a_headline_or_closed_sentence_read_left_first(above, left, order):
    text = raw_page(above, *across(left, RIGHT_LEG), "公告速览")
    assert lines_of(read_across(text)) == [above, *order, "公告速览"]


@pytest.mark.parametrize(
    "line, byline",
    [
        ("本报记者 其其格", True),
        ("■本报记者 乌兰托娅", True),
        ("华夏证券报·e公司记者 关佳怡", True),
        ("特约通讯员 向明月", True),
        ("记者从丰城高新区获悉，园区", False),  # a text's clause, opening on a role
        ("南宁高新区近年来持续深化面向", False),
        ("本报记者", False),  # a role alone names no one
    ],
)
def test_a_byline_is_a_role_and_names_without_a_clause(line, byline):
    assert across_module._byline(line) is byline


@pytest.mark.parametrize(
    "line, headline",
    [
        ("郑州高新区数据要素交易额突破20亿元", True),
        ("    让园区企业走出去的底气更足", True),
        ("责任编辑：邝雨桐", False),
        ("（相关报道见第5版）", False),
        ("产业产值同比增长58%。", False),
        ("交易额突破20亿元，较年初增长", False),
        ("南宁高新区\t答：主要是汇率", False),  # a row read across
        ("2025", False),
    ],
)
def test_a_headline_over_the_pair_holds_no_clause_label_or_credit(line, headline):
    assert across_module._headline(line) is headline


# the left leg's last lines, standing alone under the pair where the right leg, closing a sentence
# as the left one's last line does, ran out
LEFT_TAIL = ("答：平台撮合快，合规审查也省心，交易", "成本降了三成。")
RIGHT_LEG_CLOSED = (*RIGHT_LEG[:-1], "元。")


@pytest.mark.parametrize(
    "under, taken",
    [
        # the left leg goes on under the pair up to a headline: it is read before the right leg
        ((*LEFT_TAIL, "融资速递"), LEFT_TAIL),
        # up to a label, after a closed sentence
        ((*LEFT_TAIL, "编辑：阙思远 校对：芮雪松"), LEFT_TAIL),
        # a headline right under the pair: no tail
        (("融资速递", *LEFT_TAIL), ()),
    ],
)
def test_the_left_legs_tail_under_the_pair_is_read_before_the_right_leg(under, taken):
    above = "郑州高新区数据要素交易额突破20亿元"
    text = "\n".join([above, *across(LEFT_LEG, RIGHT_LEG_CLOSED), *under])  # no blank line between rows
    rest = list(under[len(taken) :])
    assert lines_of(read_across(text)) == [above, *LEFT_LEG, *taken, *RIGHT_LEG_CLOSED, *rest]


@pytest.mark.parametrize(
    "under, tail",
    [
        ([*LEFT_TAIL, "融资速递"], list(LEFT_TAIL)),
        # a line closing no sentence and holding no clause, after a line that closed its own
        (["检查产品。 图/吉克阿呷", "郴州高新区推出五项举措"], ["检查产品。 图/吉克阿呷"]),
        (["", "成数据资源入表，涉及金额"], []),  # a blank line parts it from the pair
        (["左栏文字，\t右栏文字，"], []),  # a row read across is no lone column's
    ],
)
def test_a_left_columns_tail_is_text_closing_what_it_opened(under, tail):
    assert across_module._left_column_tail(under) == tail


@pytest.mark.parametrize(
    "left, right, order",
    [
        # the left story runs on below the pair: the right one is written first, both whole
        (LEFT_STORY, RIGHT_STORY, RIGHT_STORY + LEFT_STORY),
        # the left story ran out within the pair: left, then right
        (LEFT_STORY[:3], RIGHT_STORY, LEFT_STORY[:3] + RIGHT_STORY),
    ],
)
def test_two_stories_read_across_are_written_one_after_the_other(left, right, order):
    text = raw_page(*across(left, right), "下一篇文章的标题")
    assert lines_of(read_across(text)) == [*order, "下一篇文章的标题"]


def test_one_storys_two_columns_read_across_are_read_left_then_right():
    """The right column opens on a full line carrying on the left column's last full line."""
    left = (
        "本报讯 近日，合肥高新区举行集成电路",
        "产业发展大会，签约项目二十余个，总投",
        "资超过三百亿元，涵盖芯片设计与制造、",
    )
    right = (
        "封装测试等环节。大会期间，园区发布",
        "了支持集成电路产业发展的十条措施，",
        "覆盖人才、资金和场景。",
    )
    assert lines_of(read_across(raw_page(*across(left, right)))) == [*left, *right]


@pytest.mark.parametrize(
    "lines",
    [
        ("2024年11月8日\t星期五\t第4版", *LEFT_STORY),  # a page header parted by tabs
        (*across(LEFT_STORY[:2], RIGHT_STORY[:2]), *LEFT_STORY[2:]),  # two lines: a strip of captions
    ],
)
def test_fewer_than_three_lines_read_across_are_kept(lines):
    text = raw_page(*lines)
    assert read_across(text) == text


INTERVIEW_LEFT = (
    "南宁高新区近年来持续深化面向东",
    "盟的科技合作和金融开放。园区如何帮",
    "助企业用好跨境金融工具？",
    "问：南宁高新区企业开拓东盟市场",
    "有哪些新特点？",
    "答：一是从卖产品转向建工厂，今",
    "年园区企业在东盟新设生产基地9个。",
)
INTERVIEW_RIGHT = (
    "答：主要是汇率风险和跨境结算效",
    "率。我们联合6家银行推出跨境人民币",
    "结算便利化服务，今年园区企业跨境人",
    "民币结算量同比增长67%，平均结算时",
    "间缩短到2小时以内。",
    "问：资本市场在其中能发挥什么作",
    "用？",
)


def on_a_grid(left: tuple[str, ...], right: tuple[str, ...], cell: int) -> list[str]:
    """Two columns laid out on a grid of cells (a full-width character two, a space one), the
    right one's lines from one cell on, however long the left line beside them."""
    return [
        a + " " * (cell - round(display_width(a) * 2) - a.count(" ")) + b if b else a
        for a, b in zip(left, right, strict=True)
    ]


@pytest.mark.parametrize("cell", [40, 48])
def test_columns_read_across_on_a_grid_of_cells_are_put_apart(cell):
    """Most left lines stop short (a paragraph's last line, an indent lost) and part from the right
    line by gaps of every width: the right column starting at one cell tells the columns."""
    page = "\n".join(on_a_grid(INTERVIEW_LEFT, INTERVIEW_RIGHT, cell)) + "\n"
    assert set(lines_of(read_across(page))) == {*INTERVIEW_LEFT, *INTERVIEW_RIGHT}


def test_a_short_run_on_a_grid_beside_a_byline_and_an_opening_is_put_apart():
    """The left column's few lines hold a byline and a paragraph's opening, no clause mark: each
    side's lines running on down it tell the columns."""
    left = ("鼎新财经日报记者 吉克曲布", "本报讯泸州高新区企", "业川泸包装(603815.SH)", "近日发布投资者关系")
    right = ("泸州高新区今年共推", "动47家企业实施数字化改", "造，安排技改资金1.2亿", "元。")
    page = "\n".join(on_a_grid(left, right, 40)) + "\n记录表称，公司完成数字\n"
    assert lines_of(read_across(page)) == [*right, *left, "记录表称，公司完成数字"]


def test_a_byline_spaced_apart_beside_a_column_on_a_grid_parts_where_the_column_starts():
    """The byline parts at more gaps than a line tells of: the cell the right column starts at
    still parts it."""
    left = ("本报记者 乌力吉 本报通讯员 万俟永康", *INTERVIEW_LEFT[:5])
    right = ("新材料产值", *INTERVIEW_RIGHT[:5])
    page = "\n".join(on_a_grid(left, right, 44)) + "\n"
    assert set(lines_of(read_across(page))) == {*left, *right}


@pytest.mark.parametrize(
    "rows",
    [
        # a table's cells, each column from one cell on: no running text on either side
        (("公司", "代码"), ("锐远科技", "920705"), ("泰科智能", "603082"), ("天科新材", "603124")),
        # names and their roles set in two columns
        (("本报记者", "关佳怡"), ("通讯员", "万俟永康"), ("实习生", "乌力吉"), ("编辑", "芮雪松")),
    ],
)
def test_rows_parted_at_one_cell_that_hold_no_running_text_are_kept(rows):
    page = "\n".join(on_a_grid(*zip(*rows, strict=True), cell=20)) + "\n"
    assert read_across(page) == page


JOINED_PARAGRAPH = (
    "本报讯日前，惠州仲恺",
    "高新区印发《支持企业利用",
    "资本市场高质量发展的若干",
    "措施》，从培育、奖励、服",
    "务等方面提出十条举措。",
)


@pytest.mark.parametrize(
    "lines",
    [
        JOINED_PARAGRAPH,
        JOINED_PARAGRAPH[1:],  # a paragraph's first line in full
        # a box's item
        ("◆按照规模和成长性将后备", "企业分为种子、苗圃、冲刺", "三个梯队，实行动态管理，", "三年见效。"),
    ],
)
def test_a_paragraph_joined_with_single_spaces_is_written_as_its_column_lines(lines):
    """A reader writing one element a block joins its column lines with a space: its inner pieces
    fill one measure."""
    page = "本版编辑 芮雪松\n\n{}\n\n风险提示：本版文章仅供参考。\n"
    assert split_joined_block_lines(page.format(" ".join(lines))) == page.format("\n".join(lines))


@pytest.mark.parametrize(
    "line",
    [
        "涨 26.7%，融资余额增加约 3.4亿元。",  # figures set apart: a word before them
        "本报记者 关佳怡 通讯员 万俟永康 发自惠州",  # a byline's names and roles
        "锐元科技 301621 回购 13.48亿元",  # a listing's row
        "公告速览 泰微数科：获得政府补助1269万元。 天光精工：控股股东拟减持不超过1%的公司股份。",
        " ".join(JOINED_PARAGRAPH[1:4]),  # three pieces: a title's parts or a figure may part as evenly
    ],
)
def test_a_line_parted_by_spaces_into_runs_of_other_widths_is_kept(line):
    page = f"本版编辑 芮雪松\n\n{line}\n\n风险提示：本版文章仅供参考。\n"
    assert split_joined_block_lines(page) == page


def test_rows_of_columns_read_across_at_single_spaces_are_kept():
    """Columns read across along single spaces write their rows one under another, no block alone."""
    rows = [" ".join(JOINED_PARAGRAPH[k : k + 4]) for k in range(2)]
    page = "\n".join(rows) + "\n"
    assert split_joined_block_lines(page) == page


def test_two_stories_read_across_parse_as_two_articles():
    articles = parse_page(RawPage("t.txt", raw_page(*across(LEFT_STORY, RIGHT_STORY)))).articles
    assert sorted(a.title for a in articles) == sorted([LEFT_STORY[0], RIGHT_STORY[0]])


@pytest.mark.parametrize(
    "broken",
    [
        ("本报乌鲁木齐8月19日电（记者 热依拉·", "阿不都） 近日，乌鲁木齐高新区中欧班列集"),
        ("本报讯（记者 阿依古丽·", "买合木提） 近日，园区首批跨境电商企业"),
    ],
)
def test_a_line_broken_after_a_names_dot_and_the_next_are_no_printed_group(broken):
    """The dot of a transliterated name is half-width: a single newline after it is the
    extractor's habit after a half-width end, so the two lines of text are no headline's."""
    text = column("结中心迎来装车高峰，装载光伏组件和工程机械的集装箱陆续发往中亚和欧洲。", width=20)
    page = raw_page(*_ABOVE_TITLE, "中欧班列集结中心迎来装车高峰", broken, *text)
    read = kinds(page)
    assert ("headline", "中欧班列集结中心迎来装车高峰") in read
    assert not any(kind == "headline" and broken[0] in item for kind, item in read)


@pytest.mark.parametrize("role", ["记者", "通讯员"])
def test_a_dateline_broken_inside_its_brackets_opens_each_story_it_credits(role):
    """Two stories whose credits break over their lines at the same place open on the same line
    ("本报讯（记者" / "X 通讯员 Y）…"): a story's opening, no furniture printed again."""
    first = (f"本报讯（{role}", "王明 通讯员 李华）近日，西安", "高新区发布数据，硬科技", "企业增长明显。")
    second = (f"本报讯（{role}", "赵丽）日前，合肥高新区举行集成电", "路产业发展大会，签约项目二十余个。")
    text = raw_page("西安高新区硬科技企业加速成长", *first, "合肥高新区集成电路大会签约项目", *second)
    articles = parse_page(RawPage("t.txt", text)).articles
    assert [[a.name for a in article.authors] for article in articles] == [["王明", "李华"], ["赵丽"]]


def test_a_line_printed_again_that_opens_no_story_is_still_furniture():
    repeated = "园区新闻·高新区"
    second = ("本报讯（记者 赵丽）日前，合肥高新区举", "行集成电路产业发展大会。")
    text = raw_page(*BODY_A, repeated, "合肥高新区集成电路大会签约项目", *second, repeated)
    assert [kind for kind, line in kinds(text) if line == repeated] == ["furniture", "furniture"]


STORY_ABOVE_BOX = (
    "西安高新区硬科技企业加速成长",
    "本报讯 近日，西安高新区发布数据，硬科技",
    "企业数量增长明显，产值同比增长两成。",
)
STORY_BELOW_BOX = (
    "合肥高新区集成电路大会签约项目",
    "本报讯 日前，合肥高新区举行集成电路产业",
    "发展大会，签约项目二十余个。",
)


def _blocks(text: str, title: str) -> list[tuple[str, str]]:
    article = next(a for a in parse_page(RawPage("t.txt", text)).articles if a.title == title)
    return [(block.type, block.text.replace(" ", "")) for block in article.blocks]


@pytest.mark.parametrize("gap", ["  ", "   ", "\u3000", "\u3000\u3000"])
@pytest.mark.parametrize("credit", [(), ("（记者 王明）",)])
def test_a_data_box_under_a_story_is_its_heading_and_rows(gap, credit):
    """A small table of figures read row by row, its cells apart by runs of spaces, under its
    label: the label a heading of the story, each row a paragraph, whatever headline follows
    and though the story's closing credit is read before it."""
    rows = (f"指标{gap}2024年{gap}增长", f"企业数量{gap}1200家{gap}21%", f"产值{gap}860亿元{gap}18%")
    box = ("主要指标", *rows)
    text = raw_page(*STORY_ABOVE_BOX, *credit, *box, *STORY_BELOW_BOX)
    assert _blocks(text, STORY_ABOVE_BOX[0])[1:] == [
        ("heading", "主要指标"),
        ("paragraph", "指标2024年增长"),
        ("paragraph", "企业数量1200家21%"),
        ("paragraph", "产值860亿元18%"),
    ]


BOX_ROWS = ("指标  2024年  增长", "企业数量  1200家  21%", "产值  860亿元  18%")


@pytest.mark.parametrize(
    "broken, wide",
    [
        ("料公共检测平台通过中国合", "格评定国家认可委员会（CNAS）"),
        ("料公共检测平台获得中国计", "量认证资质认定证书（CMA）"),
    ],
)
def test_a_line_wider_than_a_narrow_column_by_its_latin_goes_on_with_the_word_above(broken, wide):
    """In a narrow column a line holding an acronym in brackets runs wider than the lines around
    it; where it takes up the word the line above broke off ("…中国合" / "格评定…"), it is
    that paragraph's line, no headline interrupting it."""
    story = (
        "莆田高新区鞋材新材料检测平台通过国家认可",
        "本报讯（记者 东方晓岚）",
        "近日，莆田高新区鞋材新材",
        broken,
        wide,
        "认可，可开展鞋底耐磨、抗",
        "滑和回弹等86项检测。平台",
        "为区内200多家鞋企提供服",
        "务，企业送检周期由一周缩",
        "短到两天。",
    )
    (article,) = parse_page(RawPage("t.txt", raw_page(*story))).articles
    assert (article.title, article.subtitle) == (story[0], "")
    assert broken + wide in article.blocks[0].text


@pytest.mark.parametrize("gap", ["   ", "\u3000"])
@pytest.mark.parametrize("label", ["主要指标", "数据"])
def test_a_data_box_printed_as_one_group_is_no_headline(gap, label):
    """The extractor may write a box's label and rows, and the next story's headline, after
    single newlines, as it does a headline's lines: a row is a line of its own all the same, so
    the box stays the story's heading and rows, and the headline below is the next story's."""
    rows = (f"指标{gap}2024年{gap}增长", f"企业数量{gap}1200家{gap}21%", f"产值{gap}860亿元{gap}18%")
    text = raw_page(*STORY_ABOVE_BOX, (label, *rows, STORY_BELOW_BOX[0]), *STORY_BELOW_BOX[1:])
    assert _blocks(text, STORY_ABOVE_BOX[0])[1:] == [
        ("heading", label),
        ("paragraph", "指标2024年增长"),
        ("paragraph", "企业数量1200家21%"),
        ("paragraph", "产值860亿元18%"),
    ]
    assert _blocks(text, STORY_BELOW_BOX[0])[0][1].startswith("日前，合肥高新区")


@pytest.mark.parametrize("gap", ["   ", "\u3000"])
def test_a_headline_right_under_a_data_box_opens_the_next_story(gap):
    """On a page written without blank lines, the line right under a box's last row is no
    paragraph's going on, though the row ends on no full stop: each row is a paragraph of its own,
    and the line under them may be the next story's headline."""
    rows = (f"指标{gap}2024年{gap}增长", f"企业数量{gap}1200家{gap}21%", f"产值{gap}860亿元{gap}18%")
    above = (
        STORY_ABOVE_BOX[0],
        *column(
            "本报讯 近日，西安高新区发布数据，硬科技企业数量增长明显，产值同比增长两成。",
            "园区负责人表示，将继续加大对硬科技企业的支持力度，推动更多成果落地转化。",
            width=18,
        ),
    )
    below = (
        "合肥高新区集成电路大会签约项目二十余个",
        # no dateline under it, which would open a story under any line
        *column("记者从合肥高新区获悉，今年1—10月，园区集成电路产值同比增长19%。", width=18),
    )
    text = "\n".join((*above, "主要指标", *rows, *below)) + "\n"
    titles = [a.title for a in parse_page(RawPage("t.txt", text)).articles]
    assert titles == [above[0], below[0]]


@pytest.mark.parametrize(
    "printed",
    [
        ("主要指标", *BOX_ROWS[:-1], (BOX_ROWS[-1], STORY_BELOW_BOX[0])),  # its last row over the title
        (("主要指标", *BOX_ROWS, STORY_BELOW_BOX[0]),),  # the box and the title in one group
        (("主要指标", *BOX_ROWS), STORY_BELOW_BOX[0]),  # the box a group, the title alone under it
    ],
)
def test_a_data_box_written_with_no_blank_line_before_the_next_headline_stays_the_storys(printed):
    """An extractor that writes no blank line between two stories prints a story's data box
    together with the next story's headline: the box's label and rows are the story's text, the
    title under them opens the next story though no sentence closes the row above it."""
    text = raw_page(*STORY_ABOVE_BOX, *printed, *STORY_BELOW_BOX[1:])
    assert _blocks(text, STORY_ABOVE_BOX[0])[1:] == [
        ("heading", "主要指标"),
        *(("paragraph", row.replace(" ", "")) for row in BOX_ROWS),
    ]
    below = "日前，合肥高新区举行集成电路产业发展大会，签约项目二十余个。"
    assert _blocks(text, STORY_BELOW_BOX[0]) == [("paragraph", below)]


@pytest.mark.parametrize("gap", ["  ", "\u3000"])
def test_a_last_line_written_twice_running_is_the_storys_once(gap):
    """The extractor writes a column's last line again under it (here a data box's last row): the
    first is the story's own text, the copy under it furniture."""
    rows = [row.replace("  ", gap) for row in BOX_ROWS]
    text = raw_page(*STORY_ABOVE_BOX, "主要指标", *rows, rows[-1], *STORY_BELOW_BOX)
    assert [kind for kind, line in kinds(text) if line == rows[-1]] == ["body", "furniture"]


SPACED_ROWS = ("赛道 融资笔数 融资额", "人工智能芯片 9 19.6亿元", "商业航天 5 8.4 亿元", "合成生物 6 5.3亿元")


PAIRED_ROWS = ("阶段 奖励金额", "完成股改 100万元", "辅导备案 150 万元", "首发上市 200万元")
# a table of words: a product over its use, no figure in any row
WORD_ROWS = ("产品 主要用途", "陶瓷膜 工业废水处理", "氮化铝基板 功率器件散热", "陶瓷静电卡盘 半导体设备")
# a figure or Latin letters among a cell's words
MIXED_WORD_ROWS = ("产品 主要用途", "钛合金棒材 航空紧固件", "钛合金管材 深海装备", "钛粉 3D打印人工关节")


@pytest.mark.parametrize("rows", [SPACED_ROWS, PAIRED_ROWS, WORD_ROWS, MIXED_WORD_ROWS])
@pytest.mark.parametrize("single_spaced", [False, True])
@pytest.mark.parametrize("source", [(), ("数据来源：Wind",), ("资料来源：公司公告",)])
def test_a_table_parted_by_single_spaces_under_a_paragraph_is_the_storys_rows(rows, single_spaced, source):
    """A story's table whose cells the extractor parted by single spaces, as it parts words, set
    under a paragraph: rows of as many cells (a figure's measure word spaced off it kept with it),
    each under the head of the columns ending on a figure, are each a paragraph of the story's; a
    bare source line under them is the table's furniture."""
    lines = (*STORY_ABOVE_BOX, *rows, *source, *STORY_BELOW_BOX)
    text = "\n".join(lines) + "\n" if single_spaced else raw_page(*lines)
    assert _blocks(text, STORY_ABOVE_BOX[0])[1:] == [("paragraph", row.replace(" ", "")) for row in rows]
    for line in source:
        assert kind_of(text, line) == "furniture"


YEAR_ROWS = ("指标 2021年 2024年", "新材料产值 142亿元 398亿元", "占比 11% 24%")
# a head of two characters a cell, as a vertical title's lines are: the table read first
SHORT_HEAD_ROWS = ("项目 一期 二期", "年产能 3万片 18万片", "良率 72% 85%以上")


@pytest.mark.parametrize("rows", [SPACED_ROWS, YEAR_ROWS, PAIRED_ROWS, SHORT_HEAD_ROWS])
@pytest.mark.parametrize("single_spaced", [False, True])
@pytest.mark.parametrize("after", [(), ("数据来源：Wind",), ("（三）绿色约束倒逼创新",)])
def test_a_table_written_a_cell_a_line_under_a_paragraph_is_read_as_its_rows(rows, single_spaced, after):
    """An extractor that writes each of a table's cells as a block of its own writes it a cell a
    line: short lines of no clause running on from a paragraph's close, read back as many a row as
    makes each row under the head end on a figure, are the story's rows, whatever follows them."""
    cells = [cell for row in rows for cell in row.replace(" 万元", "万元").split(" ")]
    lines = (*STORY_ABOVE_BOX, *cells, *after, "园区将继续加大对企业的支持力度。", *STORY_BELOW_BOX)
    text = "\n".join(lines) + "\n" if single_spaced else raw_page(*lines)
    blocks = _blocks(text, STORY_ABOVE_BOX[0])[1:]
    assert blocks[: len(rows)] == [("paragraph", row.replace(" ", "")) for row in rows]


@pytest.mark.parametrize(
    "cells",
    [
        ("园区观察", "公司", "代码", "金额", "华达科技", "301313", "15亿元", "康远精工", "300336", "2亿元"),
        ("460亿元", "数字经济", "29.0%", "同比增长", "12家", "新增企业"),  # figures over their labels
        ("创新", "协调", "绿色", "开放", "共享", "发展"),  # words alone, no figure
    ],
)
def test_short_lines_that_make_no_table_of_figures_are_not_read_as_rows(cells):
    lines = (*STORY_ABOVE_BOX, *cells, *STORY_BELOW_BOX)
    pairs = {f"{upper} {lower}" for upper, lower in itertools.pairwise(cells)}
    assert not any(pair in item.text for item in layout(RawPage("t.txt", raw_page(*lines))) for pair in pairs)


@pytest.mark.parametrize(
    "rows",
    [
        SPACED_ROWS[:2],  # two rows: a headline's two lines of two phrases each as well
        PAIRED_ROWS[:3],  # three rows of two cells: lines of text spaced around their figures as well
        ("融资速递", *SPACED_ROWS),  # under a label of its own: a box of the desk's
        ("园区去年新增企业 120 家", "其中高新技术企业 35 家", "规上工业企业 18 家"),  # text
        ("新棉进厂 纺机飞转开", "订单排到 明年三月", "产值增长 三成"),  # a title's phrases, no figures
    ],
)
def test_lines_of_words_parted_by_single_spaces_are_no_story_table(rows):
    lines = (*STORY_ABOVE_BOX, *rows, *STORY_BELOW_BOX)
    assert not any(item.table_row for item in layout(RawPage("t.txt", raw_page(*lines))))


@pytest.mark.parametrize(
    "rows",
    [
        WORD_ROWS[:3],  # three rows of two cells: a title's lines of two phrases each as well
        ("产品 用途", "陶瓷膜 废水处理", "氮化铝基板 散热、绝缘", "陶瓷静电卡盘 半导体设备"),  # a mark
    ],
)
def test_rows_of_words_that_make_no_table_are_no_story_table(rows):
    """A table of words shows itself over four rows at least, every cell a word or a phrase."""
    lines = (*STORY_ABOVE_BOX, *rows, *STORY_BELOW_BOX)
    assert not any(item.table_row for item in layout(RawPage("t.txt", raw_page(*lines))))


def test_rows_of_words_under_no_paragraphs_close_are_no_story_table():
    """Lines of two phrases each under a headline, no closed sentence over them: a title's, or a
    box's, no story's table."""
    rows = ("新棉进厂 纺机飞转", "订单排到 明年三月", "产值增长 三成以上", "园区企业 满负荷生产")
    assert not table_rows(["园区经济", *rows])


@pytest.mark.parametrize(
    "kicker",
    ["园区观察  新材料产业", "本期聚焦\u3000\u3000链上企业"],  # apart by a gap, but no column of figures
)
def test_a_kicker_written_on_one_line_with_its_title_is_no_data_box(kicker):
    text = raw_page(*STORY_ABOVE_BOX, (kicker, STORY_BELOW_BOX[0]), *STORY_BELOW_BOX[1:])
    assert ("headline", f"{kicker}\n{STORY_BELOW_BOX[0]}") in kinds(text)


@pytest.mark.parametrize(
    "printed",
    [
        ("园区观察  产业链", "温州高新区激光产业加速成势"),  # a kicker with a gap, over its title
        ("2024年  第3期", "园区科技周刊"),  # one line with a figure: no run of rows
        ("一季度\u3000增长", "二季度\u3000回落", "三季度\u3000企稳"),  # rows without figures
    ],
)
def test_lines_spaced_like_rows_stay_one_printed_group(printed):
    """Lines with a wide gap in them are no data box's rows where no run of two rows or more,
    most of them with figures, reads so: they stay one printed group."""
    lines = [Line(k + 1, text, tight=True) for k, text in enumerate(printed)]
    assert printed_groups(lines) == [lines]


LEFT_SPACED = (
    "咸阳高新区两家孵化器获评优秀",
    "本报讯（记者 喇建军） 近日，咸阳高新区两家",
    "孵化器获评优秀。",
    "两家孵化器累计孵化企业430家，毕业企业",
    "中有26家成长为国家高新技术企业。",
)
RIGHT_STORY_ON = (
    *RIGHT_STORY[:-1],
    "色工厂总数达到19家。园区还",
    "将培育一批绿色供应链企业，",
    "推动节能降碳。（记者 佘晓岚）",
)


def across_by(left: tuple[str, ...], right: tuple[str, ...], gap: str, pad: bool = False) -> list[str]:
    """Two columns read across with a gap of spaces between their lines (nothing where one ran
    out); padded, the left line is filled out with spaces to where the right column starts."""
    width = max(map(len, left))
    return [
        (
            (left[k] if k < len(left) else "").ljust(width if pad else 0)
            + gap
            + (right[k] if k < len(right) else "")
        ).rstrip()
        for k in range(max(len(left), len(right)))
    ]


# a single space parts a byline's names and a title's two parts as well: it tells of two columns
# only where the left lines fill one measure or the right ones start at one place
GAPS = ["  ", "      ", "\u3000", "\u3000\u3000\u3000"]


@pytest.mark.parametrize(
    "left, right, order, gap",
    [(LEFT_SPACED, RIGHT_STORY, RIGHT_STORY + LEFT_SPACED, gap) for gap in GAPS]
    # the left story ran out within the pair: the right one's last lines open on the gap
    + [(LEFT_SPACED, RIGHT_STORY_ON, LEFT_SPACED + RIGHT_STORY_ON, gap) for gap in GAPS],
)
def test_two_stories_read_across_a_gap_of_spaces_are_written_one_after_the_other(left, right, order, gap):
    text = raw_page(*across_by(left, right, gap), "下一篇文章的标题")
    assert lines_of(read_across(text)) == [*order, "下一篇文章的标题"]


# two stories set to one measure, neither with a short line inside the run: only their words,
# cut by the breaks down each side, tell the columns apart from two lines of one written on one
LEFT_DOWN = column(
    "本报讯 近日，威海火炬高新区企业主导制定的两项输液器具国际标准正式发布，这是园区企业首次"
    "制定的器械国际标准。据介绍，两项标准分别规定了精密过滤输液器和避光输液器的技术要求，历时四年完成。",
    indent=0,
)
RIGHT_DOWN = column(
    "日前，重庆高新区7家企业入选国家级绿色工厂名单，园区国家级绿色工厂总数达到19家。园区还将培育"
    "一批绿色供应链企业，推动企业节能降碳，对完成改造的企业按投入给予最高百分之十五的补贴。",
    indent=0,
)


@pytest.mark.parametrize("gap", ["    ", "\u3000\u3000\u3000"])
def test_two_stories_of_one_measure_read_across_a_wide_gap_are_read_down_each_side(gap):
    text = raw_page(*across_by(LEFT_DOWN, RIGHT_DOWN, gap), "下一篇文章的标题")
    found = lines_of(read_across(text))
    assert "".join(LEFT_DOWN) in "".join(found) and "".join(RIGHT_DOWN) in "".join(found)


def side_by_side(left: tuple[str, ...], right: tuple[str, ...]) -> list[str]:
    """Two columns read across by an OCR: both lines at a wide gap, the longer one's last lines flush."""
    rows = [f"{a}    {b}" for a, b in zip(left, right)]
    return rows + list(left[len(right) :] or right[len(left) :])


@pytest.mark.parametrize(
    "left, right, order",
    [
        # the line under the pair carries on the right column's word ("推" / "进"): left, then right
        (LEFT_DOWN, RIGHT_DOWN[:5] + ("高百分之十五的补贴，园区还将继续推", "进绿色制造体系建设。"), "left"),
        # the left story closed on its credit, the right one's paragraph closed: its text runs on below
        (
            (*LEFT_DOWN, "（记者 佘晓岚）"),
            (*RIGHT_DOWN, "园区还将培育供应链企业。", "推动企业节能降碳。"),
            "left",
        ),
        # the line under the pair carries on the left column's word: right, then left
        (LEFT_DOWN + ("规定了精密过滤输液器和避光输液器",), RIGHT_DOWN, "right"),
    ],
)
def test_an_ocrs_two_columns_are_followed_by_the_one_the_line_under_them_carries_on(left, right, order):
    text = raw_page(*side_by_side(left, right), "下一篇文章的标题")
    expected = [*left, *right] if order == "left" else [*right, *left]
    assert lines_of(read_across(text)) == [*expected, "下一篇文章的标题"]


@pytest.mark.parametrize("gap", ["  ", "\u3000"])
def test_two_columns_a_layout_mode_pads_to_where_the_right_one_starts_are_read_apart(gap):
    text = raw_page(*across_by(LEFT_SPACED, RIGHT_STORY, gap, pad=True), "下一篇文章的标题")
    assert lines_of(read_across(text)) == [*RIGHT_STORY, *LEFT_SPACED, "下一篇文章的标题"]


@pytest.mark.parametrize("gap", ["  ", "\u3000"])
@pytest.mark.parametrize("cells", ["   ", "\u3000\u3000"])
def test_a_data_box_over_two_columns_read_across_is_no_line_of_theirs(gap, cells):
    """A data box's rows part at gaps too, at their cells, and may be written right over a pair
    of columns read across: they are no lines of the pair, which is read apart under them."""
    rows = (f"指标{cells}前三季度{cells}同比", f"产值{cells}128亿元{cells}16%", f"企业{cells}150家{cells}12%")
    box = ("数据", *rows)
    text = raw_page(*box, *across_by(LEFT_SPACED, RIGHT_STORY, gap), "下一篇文章的标题")
    assert lines_of(read_across(text)) == [*box, *RIGHT_STORY, *LEFT_SPACED, "下一篇文章的标题"]


@pytest.mark.parametrize(
    "rows",
    [
        ("项目数\t6个", "总投资\t46亿元", "规划面积\t3.5平方公里"),
        ("指标\t前三季度\t同比", "产值\t128亿元\t16%", "企业\t150家\t12%"),
    ],
)
def test_a_data_box_written_with_tabs_between_its_cells_is_no_two_columns(rows):
    """An extractor writes a tab for a table's column stop as it does between two columns read
    across: rows of short cells holding figures are the box's, written as they stand."""
    text = raw_page(*STORY_ABOVE_BOX, "数据", *rows, *STORY_BELOW_BOX)
    assert read_across(text) == text


def test_two_columns_read_across_with_tabs_are_read_apart_under_a_data_box_written_so():
    rows = ("项目数\t6个", "总投资\t46亿元", "规划面积\t3.5平方公里")
    text = raw_page("数据", *rows, *across(LEFT_STORY, RIGHT_STORY), "下一篇文章的标题")
    assert lines_of(read_across(text)) == ["数据", *rows, *RIGHT_STORY, *LEFT_STORY, "下一篇文章的标题"]


def test_the_right_columns_paragraph_indent_past_the_gap_stays_its_own():
    right = (RIGHT_STORY[0], "\u3000\u3000" + RIGHT_STORY[1], *RIGHT_STORY[2:])
    text = raw_page(*across_by(LEFT_STORY, right, "\u3000"))
    assert "\u3000\u3000" + RIGHT_STORY[1] in read_across(text).split("\n")


def test_a_left_piece_the_extractor_wrote_tight_to_the_next_line_is_followed_as_a_line_of_its_own():
    """Writing a blank line after each line but one ending half-width, the extractor goes by the
    right piece's end: a left piece of text over the next stays a line of its own."""
    right = (
        "重庆高新区再添7家国家级绿色工厂",
        "日前，重庆高新区7家企业入选国家级",
        "绿色工厂名单，总数达到19家。",
        "园区还将培育一批绿色供应链企业。",
    )
    text = raw_page(*across_by(LEFT_STORY[:4], right, "  "))
    assert "\n\n".join(LEFT_STORY[:4]) in read_across(text)


SPACED_AFTER_MARKS = (
    "日前， 宁波高新区出台支持储能产业扩产",
    "增效的十条措施。 园区有关负责人介绍， 措施",
    "一是保障项目用地， 对储能扩产项目优先",
    "安排用地指标和能耗指标； 二是支持设备更新，",
    "的6%给予补助； 三是推动场景应用， 支持企业",
)


@pytest.mark.parametrize(
    "lines",
    [
        ("一年来，园区  新增企业120家，", "产值  增长两成。"),  # clauses of a sentence
        ("企业数量  1200家",),  # one row is no table
        ("Micro   LED 显示", "芯片   研发"),  # no figures: words spaced out
    ],
)
def test_lines_with_wide_gaps_that_are_no_table_stay_text(lines):
    text = raw_page(*STORY_ABOVE_BOX, *lines, *STORY_BELOW_BOX)
    assert "heading" not in [kind for kind, _ in _blocks(text, STORY_ABOVE_BOX[0])]


@pytest.mark.parametrize(
    "lines",
    [
        joined_in_pairs(STANDARD_SET, "   "),  # two lines of one column on each raw line
        SPACED_AFTER_MARKS,  # a space after each full-width punctuation mark
        (
            "产能 6000 片晶圆。中试线向园区企业和高校开",
            "放，已有 14 个团队预约流片，首批产品将用于",
            "数据中心光模块。园区 3 家企业参与 2 项标准",
        ),
        (
            "彩 虹 光 电 人 力 资 源 部 负 责 人 介 绍 ，",
            "下 一 步 ， 咸 阳 高 新 区 将 把 模 式 推 广",
            "目 前 ， 咸 阳 高 新 区 显 示 面 板 产 业 从",
        ),
        (
            "指标  2022年  增长",
            "产值（亿元）  128  16.4%",
            "企业（家）  150  12%",
            "项目（个）  5  —",
        ),  # a data box
        ("老工业基地焕新  鞍山高新区AI质检走进钢铁车间", *LEFT_STORY[1:]),  # a kicker and its title
        ("2024年11月8日  星期五  第4版", "园  区  新  闻", *LEFT_STORY),  # a header, a letter-spaced title
        # a single space parting names and a title's two parts, at no one place
        (
            "为企业引进博士18名。（本报记者 侗云",
            "飞 通讯员 龙春花）",
            "荆州高新区 智能农机企业获亿元订单",
            "本报讯（记者 邝志勇）日前，荆州",
        ),
    ],
)
def test_lines_parting_at_gaps_of_spaces_that_part_no_two_columns_are_kept(lines):
    text = raw_page(*lines)
    assert read_across(text) == text


DROP_CAPITAL_TITLE = "珠海高新区海岛无人机配送航线开通"
DROP_CAPITAL_OPENING = "日，珠海高新区一家无人机企业开通了连接"
DROP_CAPITAL_RUN_ON = "陆地与两个海岛的无人机配送航线，单程飞行"


@pytest.mark.parametrize(
    "printed",
    [
        ("近", DROP_CAPITAL_OPENING),  # the capital on a line of its own
        (("近", DROP_CAPITAL_OPENING),),  # written with no blank line under it
        ("近   " + DROP_CAPITAL_OPENING,),  # a gap of spaces where the large letter stood
        ("近\u3000\u3000" + DROP_CAPITAL_OPENING,),
    ],
)
def test_a_drop_capital_is_read_back_into_the_first_line_it_opens(printed):
    lines = read_drop_capitals(split_lines(raw_page(DROP_CAPITAL_TITLE, *printed, DROP_CAPITAL_RUN_ON)))
    opened = "近" + DROP_CAPITAL_OPENING
    assert [line.text for line in lines] == [DROP_CAPITAL_TITLE, opened, DROP_CAPITAL_RUN_ON]
    assert lines[1].paragraph_indent  # it opens the story's first paragraph, as an indent does


@pytest.mark.parametrize("last_line", ["注。", "关注。"])
def test_a_drop_capital_under_a_paragraph_closed_on_a_short_line_is_read_back(last_line):
    """An editor's note over the story may close on a line of a character or two and its full
    stop: no line of an upright title, which closes no sentence."""
    page = raw_page(
        "编者按：本版今起推出系列报道，敬请关", last_line, "近", DROP_CAPITAL_OPENING, DROP_CAPITAL_RUN_ON
    )
    lines = [line.text for line in read_drop_capitals(split_lines(page))]
    assert lines[-2:] == ["近" + DROP_CAPITAL_OPENING, DROP_CAPITAL_RUN_ON]


# A preposition set as the capital opens the first clause with no word across it
PREPOSITION_OPENING = "降低中小企业研发成本，珠海高新区日前出台"


@pytest.mark.parametrize("capital", ["为", "用", "在"])
def test_a_preposition_set_as_a_drop_capital_is_read_back_into_its_clause(capital):
    page = raw_page(DROP_CAPITAL_TITLE, capital, PREPOSITION_OPENING, DROP_CAPITAL_RUN_ON)
    lines = read_drop_capitals(split_lines(page))
    opened = capital + PREPOSITION_OPENING
    assert [line.text for line in lines] == [DROP_CAPITAL_TITLE, opened, DROP_CAPITAL_RUN_ON]


@pytest.mark.parametrize(
    "printed",
    [
        ("王  伟",),  # a name padded to three characters
        ("王  伟  李  明  张国强",),  # a list of names, padded
        ("硬", "科", "技", DROP_CAPITAL_OPENING),  # an upright title, a character a line
        ("区", "。"),  # a character left over, a mark under it
        ("近", "日前"),  # a short line under it: no column's text
        ("近   Micro LED",),  # no ideograph goes on after the gap
        ("区", "——副标题说明新闻的要点所在", "  本报讯 园区一家企业开通了航线。"),  # over a subtitle
        ("园区一家企业新建的生产", "线", "路已经开通了连接陆地与海岛"),  # a word's last: "生产线"
        ("好", PREPOSITION_OPENING),  # no preposition, no word across: a line's leftover
        ("硬科", "近", DROP_CAPITAL_OPENING),  # an upright title's two characters, no sentence closed
    ],
)
def test_a_lone_character_or_a_gap_that_opens_no_text_is_no_drop_capital(printed):
    page = raw_page(DROP_CAPITAL_TITLE, *printed, DROP_CAPITAL_RUN_ON)
    lines = split_lines(page)
    assert [line.text for line in read_drop_capitals(lines)] == [line.text for line in lines]


NARROW_TEXT = column("近日，园区一家企业开通了连接陆地与海岛的无人机配送航线，单程飞行二十分钟。", width=11)


@pytest.mark.parametrize(
    "lines, byline",
    [
        (("本报记者", "阿卜杜拉·艾则孜"), "本报记者 阿卜杜拉·艾则孜"),  # a role waiting for its name
        (
            ("本报记者 阿卜杜拉·艾则孜 本报通讯员", "寇丽华 发自新乡"),
            "本报记者 阿卜杜拉·艾则孜 本报通讯员 寇丽华 发自新乡",
        ),
        (("本报通讯员 寇丽华", "发自新乡"), "本报通讯员 寇丽华 发自新乡"),  # where it was filed from
        (("采写：本报记者 乌兰托娅 本报通讯员", "闵志强"), "采写：本报记者 乌兰托娅 本报通讯员 闵志强"),
        # reporters and correspondents a line each, the credit closed by where it was filed from
        (("本报记者 马玉兰", "本报通讯员 笪明辉 发自合肥"), "本报记者 马玉兰 本报通讯员 笪明辉 发自合肥"),
        (("本报记者 马玉兰", "本报通讯员 笪明辉", "发自合肥"), "本报记者 马玉兰 本报通讯员 笪明辉 发自合肥"),
    ],
)
def test_a_byline_broken_over_a_narrow_column_is_one_byline(lines, byline):
    """A byline wider than a narrow column is broken between its words: a role alone on a line
    names the person on the next, and the place it was filed from closes it."""
    for page in (
        raw_page(("珠海高新区海岛无", "人机配送航线开通"), *lines, *NARROW_TEXT),
        raw_page(*NARROW_TEXT, *lines),
    ):
        assert ("byline", byline) in kinds(page)


@pytest.mark.parametrize(
    "lines",
    [
        ("园区邀请了本报记者", "阿卜杜拉·艾则孜"),  # a sentence's end ("…了本报记者"): no role alone
        ("近日，园区邀请", "本报记者", "阿卜杜拉·艾则孜"),  # inside a sentence the line above leaves open
        ("本报通讯员 寇丽华", "发自内心地说"),  # no place: a sentence's words
        # two stories' bylines printed together: each opens with its reporters
        ("本报记者 林雅婷 本报通讯员 郑志鹏", "本报记者 覃海燕 本报通讯员 乌兰图雅"),
        ("本报特约通讯员 向春燕", "本报记者 佟丽娜 本报通讯员 金哲洙"),
        ("▶ 本报记者 钟丽华", "本报特约通讯员 韦春燕"),  # a correspondent's own story below
    ],
)
def test_lines_of_text_are_no_broken_byline(lines):
    page = raw_page(*NARROW_TEXT[:-1], *lines, *NARROW_TEXT)
    assert ("byline", " ".join(lines[-2:])) not in kinds(page)


@pytest.mark.parametrize(
    "lines, byline",
    [
        # a role waits for its name, and the credit the column broke goes on with the next role
        (("■ 见习记者", "阿依古丽·吐尔逊", "通讯员 努尔兰"), "■ 见习记者 阿依古丽·吐尔逊 通讯员 努尔兰"),
        (("● 全媒体记者", "上官云舒"), "● 全媒体记者 上官云舒"),
        # the mark heads one credit
        (("■ 首席记者 郗明远", "通讯员 马晓梅"), "■ 首席记者 郗明远 通讯员 马晓梅"),
        # "文/图" opens the credit as a mark does
        (("文/图 本报记者", "闻人秋实 通讯员", "和丽军"), "文/图 本报记者 闻人秋实 通讯员 和丽军"),
        (("文/图 特约通讯员", "岩温 通讯员 玉香"), "文/图 特约通讯员 岩温 通讯员 玉香"),
        # a dotted name cut after its last part's first character goes on on the next line
        (("文/图：买买提江·艾", "则孜 苏布道"), "文/图：买买提江·艾 则孜 苏布道"),
    ],
)
def test_a_marked_credit_broken_under_its_title_is_one_byline(lines, byline):
    """Printed under its title in a narrow column, a credit's parts alone read as the title's
    lines: read whole, the credit is the story's byline and the title is left whole."""
    found = kinds(raw_page(TITLE, *lines, *NARROW_TEXT))
    assert ("byline", byline) in found
    assert ("headline", TITLE) in found


@pytest.mark.parametrize(
    "lines",
    [
        ("▶ 本报记者 钟丽华", "本报特约通讯员 韦春燕"),  # ▶ signs off the text above: whole on its line
        ("■ 本报记者 钟丽华", "近日，园区一家企业开通了航线。"),  # text under it
        ("文/图", "闻人秋实"),  # no role: a credit word alone waits for nothing
    ],
)
def test_lines_under_a_whole_marked_credit_are_not_its_parts(lines):
    found = kinds(raw_page(*NARROW_TEXT, *lines, *NARROW_TEXT))
    assert ("byline", " ".join(lines)) not in found


@pytest.mark.parametrize(
    "lines, byline",
    [
        (("【通讯员 雷晓燕】",), "通讯员 雷晓燕"),
        (("【本报评论员 诸葛明轩】",), "本报评论员 诸葛明轩"),
        (("【全媒体记者 向红梅通讯员 田晓峰】",), "全媒体记者 向红梅通讯员 田晓峰"),
        # broken over a narrow column's lines
        (("【特约通讯员", "笪永红】"), "特约通讯员 笪永红"),
        (("【融媒体记者", "玛依努尔·吐尔地", "通讯员 蓝海生】"), "融媒体记者 玛依努尔·吐尔地 通讯员 蓝海生"),
        (("【首席记者 司马晴川 通讯员", "覃海鹏】"), "首席记者 司马晴川 通讯员 覃海鹏"),
    ],
)
def test_a_credit_in_lenticular_brackets_under_its_title_is_its_byline(lines, byline):
    """A supplement sets its credit off in lenticular brackets under the title: a staff role opens
    it as it opens any byline; the credit, brackets and all, is the byline, the title stays whole."""
    for page in (raw_page(TITLE, *lines, *TEXT), raw_page((TITLE, *lines), *TEXT)):
        found = kinds(page)
        assert ("byline", f"【{byline}】") in found
        assert ("headline", TITLE) in found


@pytest.mark.parametrize(
    "lines",
    [
        ("【记者走基层】",),  # a column's name runs the role on into its words
        ("【记者观察】",),
        ("【链接】",),  # a box's label: no role
        ("【园区新观察】",),
        ("【记者", "近日走访园区企业发现，"),  # a line of text under the bracket: it closes nowhere
    ],
)
def test_lines_in_lenticular_brackets_that_credit_no_one_are_no_byline(lines):
    found = kinds(raw_page(*lines, TITLE, *TEXT))
    assert not any(kind == "byline" for kind, _ in found)


@pytest.mark.parametrize(
    "lines, byline",
    [
        (
            ("策划：宓佳怡", "统筹：訾思远", "文/图：谭光华 何嘉禾"),
            "策划：宓佳怡 统筹：訾思远 文/图：谭光华 何嘉禾",
        ),
        (("策划：宓佳怡 统筹：訾思远", "文/图：何嘉禾"), "策划：宓佳怡 统筹：訾思远 文/图：何嘉禾"),
        (("策划：宓佳怡", "执笔：谭光华"), "策划：宓佳怡 执笔：谭光华"),
        (("统筹：訾思远", "文/谭光华 图/何嘉禾"), "统筹：訾思远 文/谭光华 图/何嘉禾"),
    ],
)
def test_a_team_credit_broken_a_label_a_line_is_one_byline(lines, byline):
    """A feature's team credit sets its planners a label a line over its writers: one credit,
    the story's byline, no line of its title or its text."""
    found = kinds(raw_page(TITLE, *lines, *TEXT))
    assert ("byline", byline) in found
    assert ("headline", TITLE) in found


@pytest.mark.parametrize(
    "lines",
    [
        ("策划：宓佳怡", "近日，园区一家企业开通了航线。"),  # text under the staff's line
        ("策划：园区管委会", "统筹：市科技局 具体组织实施"),  # neither line credits a writer
    ],
)
def test_lines_under_a_staff_credit_that_credit_no_writer_stay_apart(lines):
    found = kinds(raw_page(TITLE, *lines, *TEXT))
    assert not any(text == " ".join(lines) for _, text in found)


POINT = column("建立统一平台。园区将现有的大型仪器信息统一接入共享服务平台。", width=12)


@pytest.mark.parametrize("count", ["一是", "二要", "三来"])
def test_the_count_of_a_point_on_its_own_line_opens_the_points_paragraph(count):
    """A list's point set with its count bold on a line of its own ("一是" over "建立统一平台。…")
    opens with it: no name signing the text above, no heading."""
    text = raw_page(*BODY_A, count, *POINT)
    assert ("body", count + POINT[0]) in kinds(text)


@pytest.mark.parametrize("line", ["王成龙", "一线"])  # a writer's name; no count of a point
def test_a_short_line_counting_no_point_opens_no_paragraph(line):
    assert ("body", line + POINT[0]) not in kinds(raw_page(*BODY_A, line, *POINT))


NARROW_TITLE = ("济南高新区算力", "网络连起产业链")
NARROW_COLUMN = (
    "算力调度中心，大屏幕上实时",
    "跳动着园区各数据中心的负载",
    "数据。这张覆盖园区的算力网",
    "络，正把分散的算力资源变成",
    "企业随用随取的“水电”。",
)


@pytest.mark.parametrize(
    ("printed", "kind"),
    [
        (("走   进济南高新区的",), "body"),  # a gap where the large letter stood
        (("走", "进济南高新区的"), "body"),  # the capital on a line of its own
        (("走进济南高新区的",), "headline"),  # no capital: a subtitle over the text
    ],
)
def test_a_short_line_a_drop_capital_opens_is_the_story_first_line_no_subtitle(printed, kind):
    """Beside a drop capital two lines high, a narrow column's first line is shorter still and
    reads as a subtitle; the capital shows it the first line of the story's text."""
    items = layout(RawPage("t.txt", raw_page(NARROW_TITLE, *printed, *NARROW_COLUMN)))
    opened = next(item for item in items if item.text.endswith("进济南高新区的"))
    assert opened.kind == kind


RAIL_BODY = column(
    "本报讯 近日，合肥高新区举行集成电路产业发展大会，签约项目二十余个，总投资超过三百亿元。",
    "园区负责人表示，将围绕设计、制造和封测环节继续招引项目。",
)
RAIL_TITLE = "合肥高新区集成电路大会签约二十余个项目"


@pytest.mark.parametrize("name", ["园区新闻", "园区", "高新区之窗"])
@pytest.mark.parametrize("place", ["top", "top_tight", "foot"])
def test_a_page_name_read_down_the_page_edge_is_furniture(name, place):
    """The page's name printed down a rail at the page's edge is read back a character a line,
    before the first story or after the last: furniture, no headline of the story beside it."""
    rail = tuple(name)
    page = {
        "top": raw_page(*rail, RAIL_TITLE, *RAIL_BODY),
        "top_tight": raw_page(rail, RAIL_TITLE, *RAIL_BODY),
        "foot": raw_page(RAIL_TITLE, *RAIL_BODY, *rail),
    }[place]
    items = layout(RawPage("t.txt", page))
    railed = [item for item in items if item.text.replace("\n", "") in name]
    assert railed and all(item.kind == FURNITURE for item in railed)
    assert ("headline", RAIL_TITLE) in [(item.kind, item.text) for item in items]


@pytest.mark.parametrize("name", ["园区新闻", "高新区之窗"])
def test_a_name_read_a_character_a_line_inside_the_page_is_no_rail(name):
    """Between two stories the characters read down are an upright title's, not the page's edge."""
    page = raw_page(*RAIL_BODY, tuple(name), RAIL_TITLE, *RAIL_BODY)
    assert FURNITURE not in [kind for kind, text in kinds(page) if text.replace("\n", "") == name]


WRAPPED_ABOVE = column(
    "走进贵阳高新区的算力调度中心，大屏幕上实时跳动着数据中心的负载曲线，园区企业只需在线提交需求。",
    width=14,
)


def _wrapped_subheading_page(below: str) -> str:
    title, wrapped = "贵阳高新区：让算力像水电一样用起来", ("一张网调度", "“散装”算力")
    return raw_page(title, *WRAPPED_ABOVE, *wrapped, *column(below, width=14))


def test_a_subheading_wrapped_over_two_balanced_lines_is_one():
    """Too long for its column, a subheading is wrapped over two lines of about one width, each a
    headline's line: between two paragraphs of one text, set to one measure, they are one."""
    below = "过去，园区周边的数据中心分属不同运营商，有的机柜闲置，有的一柜难求，去年平台上线后统一调度。"
    articles = parse_page(RawPage("t.txt", _wrapped_subheading_page(below))).articles
    assert len(articles) == 1
    assert [block.text for block in articles[0].blocks if block.type == "heading"] == ["一张网调度“散装”算力"]


def test_two_balanced_lines_over_a_text_turning_to_another_park_are_no_subheading():
    """The text under them turns to a park the text above never named: a story of its own under
    its title's two lines."""
    below = "近日，渭南高新区一家增材制造企业建成钛合金粉末生产线，年产能三百吨，产品用于航空航天零部件。"
    articles = parse_page(RawPage("t.txt", _wrapped_subheading_page(below))).articles
    assert all(block.type != "heading" for article in articles for block in article.blocks)


@pytest.mark.parametrize("lines", [("光谷观察", "一颗光芯片走出实验室的路"), ("产业链", "园区企业协同发展")])
def test_two_lines_of_unlike_width_are_no_wrapped_subheading(lines):
    """A kicker over a title, or a short label over a long line: no balanced break of one heading."""
    below = column("过去，园区周边的数据中心分属不同运营商，有的机柜闲置，有的一柜难求。", width=14)
    items = layout(RawPage("t.txt", raw_page(*WRAPPED_ABOVE, *lines, *below)))
    assert "\n".join(lines) not in [item.text for item in items]


PUSHED_ABOVE = column(
    "走进贵阳高新区的算力调度中心，大屏幕上实时跳动着数据中心的负载曲线，园区企业只需在线提交需求。", width=14
)


@pytest.mark.parametrize(
    ("second", "third", "kind"),
    [
        # a character pushed down with the comma no line opens with: the line is full but for it
        ("分属不同运营商，有的机柜闲", "置，有的一柜难求。去年，贵阳", "headline"),
        ("分属不同运营商，有的机柜闲", "置有的一柜难求。去年，贵阳高", "body"),  # nothing pushed down
        ("分属不同运营商，有的机", "柜闲置，有的一柜难求。去年，", "body"),  # short by more than one
    ],
)
def test_a_line_short_by_a_character_pushed_down_still_fills_a_narrow_column(second, third, kind):
    """A narrow column's line stops a character short where the next opens with that character and
    the closing mark pushed down with it: under a paragraph's first line short by its lost indent,
    it is full, and the line over that first line, closing no sentence, is a subheading."""
    rest = ("高新区牵头建设算力调度平台，", "把六个数据中心的机柜接入同一", "张网，统一发布、统一计价。")
    below = ("过去，园区周边的数据中心", second, third, *rest)
    page = raw_page("贵阳高新区：让算力像水电一样用起来", *PUSHED_ABOVE, "一张网调度“散装”算力", *below)
    assert kind_of(page, "一张网调度“散装”算力") == kind


INDENTED_ABOVE = ("机器人创业团队。这里被创业者们", "称为“第一站”：拿着一个想法进", "来，带着一家公司出去。")
LOST_INDENT_BELOW = (
    "孵化器内设有精密加工、电子",  # short by the indent the extractor lost
    "装配和整机测试三个公共车间。一",
    "名做农业采摘机器人的创业者说，",
    "过去找外协加工一个零件要等半个",
    "月，现在在楼下车间两天就能拿到。",
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("\u3000\u3000从一张图纸到一台样机", "headline"),  # set in towards the middle, well short
        ("\u3000\u3000孵化器负责人介绍，公共车", "body"),  # a first line to the column's edge
    ],
)
def test_a_line_set_in_by_an_indent_over_a_first_line_that_lost_its_own_is_measured_by_the_column(line, kind):
    """The line under it opens a paragraph, short of the column by the indent the extractor lost:
    it measures no narrower column, and the line set in over it stopping well short of the column
    without closing a sentence is a subheading, not a paragraph's first line."""
    page = raw_page(*INDENTED_ABOVE, line, *LOST_INDENT_BELOW)
    assert kind_of(page, line.strip()) == kind


def _written(pieces: tuple[str, ...], spacing: str) -> str:
    """The pieces as an extractor writes them: the documented habit (a blank line after each
    line, none after a half-width end) or single-spaced."""
    return raw_page(*pieces) if spacing == "documented" else "\n".join(pieces) + "\n"


@pytest.mark.parametrize("spacing", ["documented", "single"])
@pytest.mark.parametrize(
    ("pieces", "printed"),
    [
        (("中心设有", "3D", "打印打样、", "IP", "授权对接和检测"), "中心设有3D打印打样、IP授权对接和检测"),
        (("地竣工。基地总投资", "5.5", "亿元，建有三条产线"), "地竣工。基地总投资5.5亿元，建有三条产线"),
        (("准确率提高到", "99.2%", "，产品已进入多家企业"), "准确率提高到99.2%，产品已进入多家企业"),
        (("首批引进设计团队", "18", "个。中心负责人表示"), "首批引进设计团队18个。中心负责人表示"),  # a count
        (("项目一期规划产能", "10", "吉瓦时，主要生产用于"), "项目一期规划产能10吉瓦时，主要生产用于"),
        (("回收率可达9", "5%", "以上，并带动新增"), "回收率可达95%以上，并带动新增"),  # a figure wrapped
        (("园区企业建设的", "Micro", "LED", "中试线贯通"), "园区企业建设的Micro LED中试线贯通"),
        (("2025", "年9月1日 星期三"), "2025年9月1日 星期三"),  # a run that opens the line
        (("一轮流片动辄半年。", "2022", "年，东湖高新区联合高校"), "2022年，东湖高新区联合高校"),
    ],
)
def test_a_run_of_figures_written_apart_is_read_back_into_its_line(pieces, printed, spacing):
    """An extractor that breaks its lines where the font changes writes a run of figures or
    Latin letters on a line of its own, between the two halves of its printed line."""
    lines = join_figures_apart(split_lines(_written(pieces, spacing)))
    assert printed in [line.text for line in lines]
    assert not any(line.text == piece for line in lines for piece in pieces if piece.isascii())


@pytest.mark.parametrize("spacing", ["documented", "single"])
@pytest.mark.parametrize(
    "pieces",
    [
        ("图：蓝月娥", "6", "责任编辑：郏文涛"),  # the page's number over the staff line
        ("年产值超过二百亿元。", "12", "责任编辑：卓玛"),  # a sentence closed above it
        ("（记者 向春林 通讯员 纳忠贤）", "11", "园区新闻"),
        ("园区新闻", "12", "2025年9月1日 星期三"),  # among the page's furniture
        ("主要措施如下：", "1", "加快建设创新平台；"),  # a list's counts
        ("加快建设创新平台；", "2", "引进高端人才。"),
        ("园区一家企业建设的", "2024", "\u3000\u3000园区今年新增企业一百家。"),  # a paragraph opens under it
        ("园区一家企业建设的", "C M Y K"),  # no run of figures: a printer's slug
        ("责任编辑：张三", "2022.02.28", "园区新闻"),  # a date
        ("园区新闻", "9", "2022.02.28", "星期一"),  # the page's number over its date
        ("本报记者 陈思远", "9", "千年古镇的科技新路"),  # a word, no count, opens the title under it
    ],
)
def test_a_figure_line_outside_a_sentence_stays_apart(pieces, spacing):
    lines = split_lines(_written(pieces, spacing))
    assert [line.text for line in join_figures_apart(lines)] == [line.text for line in lines]


# A story's text in a column, over which a title set in two lines ends on a run of figures
STORY_TEXT = ("日前，仲恺高新区储能电池项目进入", "试产阶段，产能十吉瓦时。")


@pytest.mark.parametrize(
    "below",
    [
        "本报讯（记者 赖婉清）日前，仲恺",  # the story's first line
        "高 原 上 的 “ 人 才 引 力 场 ”",  # the next story's title, letter-spaced
        "生物药中试基地内景。",  # a photo's caption
        "绵阳高新区与成都高新区共建“飞地园区”",  # the next story's title
    ],
)
def test_a_run_of_figures_ending_a_title_stays_apart_from_the_line_below(below):
    """ "…产能突破" / "60GWh" / "本报讯（记者…": on a page that writes a blank line after its
    lines, the title's line written tight over the run is printed in one group with it; the line
    below, however its words run on, is printed apart (a run inside a paragraph is written after
    a blank line: the test above)."""
    page = raw_page(("仲恺高新区储能电池产能突破", "60GWh"), below, *STORY_TEXT)
    assert [line.text for line in join_figures_apart(split_lines(page))][:3] == [
        "仲恺高新区储能电池产能突破",
        "60GWh",
        below,
    ]


# An interview's turns, each a paragraph: the question a line of its own, short of the column
PADDED_TURNS = (
    "\u3000\u3000记者：接下来的重点是什么？",
    "\u3000\u3000逯建平：明年要上一条柔性超",
    "薄玻璃生产线，产品可以用在折叠",
    "屏手机上。园区已经帮我们预留了",
    "用地，正在做前期设计。",
    "\u3000\u3000记者：园区给了哪些支持？",
    "\u3000\u3000逯建平：园区帮我们对接了高",
    "校的实验室，还为新产线协调了电",
    "力增容，审批只用了两周时间。",
    "\u3000\u3000记者：企业今年的目标是什么？",
    "\u3000\u3000逯建平：营业收入突破三十亿",
    "元，柔性玻璃拿下第一批订单。",
)


def test_spaces_padding_every_line_of_a_page_tell_nothing_of_its_setting():
    """Padded after its end, a paragraph's indented first line has spaces on both sides, as a
    centred subheading has: on a page whose every line is padded, the padding is taken off."""
    page = raw_page(*(line + "\u3000\u3000" for line in ("把一块玻璃做到极致", *PADDED_TURNS)))
    lines = split_lines(take_off_padding(page))
    assert not any(line.centred for line in lines)
    assert [line.text for line in lines[1:]] == [line.lstrip("\u3000") for line in PADDED_TURNS]


def test_a_line_centred_on_a_page_of_unpadded_lines_keeps_its_spaces():
    subheading = "\u3000\u3000航线织成网\u3000\u3000"
    page = raw_page("把一块玻璃做到极致", *PADDED_TURNS[:5], subheading, *PADDED_TURNS[5:])
    assert take_off_padding(page) == page
    assert [line.text for line in split_lines(page) if line.centred] == ["航线织成网"]


# A story as a layout-keeping extractor writes it: every line behind the page's margin of four
# spaces, the headline and the credit set further in, the text's lines behind the margin alone
MARGIN_STORY = (
    "              风电装备“湘潭造”的新高度",
    "",
    "    在湘潭高新区一家风电装备企业",
    "    的总装车间，一台单机容量10兆瓦",
    "    的海上风电机组正在进行出厂前调试。",
    "    机舱高约8米，重量超过400吨，",
    "    “这是我们目前研制的最大机型。”",
    "    企业总工程师说。",
    "    近年来，风电机组朝着大型化方",
    "    向快速发展。企业组建了300余",
    "    人的研发团队，两年内推出陆上和",
    "    海上新机型5款。",
    "    \u3000\u3000园区有关负责人介绍，湘潭",
    "    高新区将继续推动风电装备产业向",
    "    海上风电延伸。",
    "                （本报记者 向明霞）",
)


@pytest.mark.parametrize("counter", [False, True])
def test_the_page_margin_a_layout_keeping_extractor_writes_is_no_indent(counter):
    """Every line written behind the page's margin would read as indented, a paragraph on every
    line of text: the margin is taken off, a line set further in is set flush, an indent kept
    inside the margin stays. A reader's screen counter, written flush, leaves the margin be."""
    story = [*MARGIN_STORY[:9], "— 1/2 —", *MARGIN_STORY[9:]] if counter else list(MARGIN_STORY)
    lines = split_lines(take_off_margin("\n".join(story)))
    assert [line.text for line in lines if line.indented] == ["园区有关负责人介绍，湘潭"]
    assert lines[0].text == "风电装备“湘潭造”的新高度" and not lines[-1].indented


@pytest.mark.parametrize(
    "page",
    [
        # the text's lines flush, the headline and the credit alone set in
        "\n".join(line[4:] if line.startswith("    ") and line[4] != " " else line for line in MARGIN_STORY),
        # two spaces before each paragraph's first line, the rest flush
        "\n".join(("  " if "\u3000" in line else "") + line.strip() for line in MARGIN_STORY),
        # a single space before every line, a gap an extractor puts here and there
        "\n".join(" " + line.strip() for line in MARGIN_STORY),
        # too few lines to tell a margin from a story set in a box
        "\n".join(MARGIN_STORY[:8]),
    ],
)
def test_no_margin_taken_off_a_page_that_shows_none(page):
    assert take_off_margin(page) == page


SPACED_STOPS = (
    "疫苗智能冷库投入运行",
    "本报记者韩冬青",
    "近日，长春高新区一座疫苗智能冷库投入",
    "运行。 冷库容积1.6万立方米，采用自动化",
    "立体货架和机器人分拣，库内温度全程实时监",
    "控，每天可处理疫苗出入库订单3000余单",
    "，服务东北地区多家疫苗生产企业。 冷库运营",
    "方介绍，与传统冷库相比，智能冷库的人工成",
    "本降低六成，出入库差错率接近于零，能耗降",
    "低约20%。 园区还将依托冷库建设生物制品",
    "区域分拨中心，为疫苗企业提供仓储、配送和",
    "追溯一体化服务。",
)


def test_a_space_written_after_every_stop_is_taken_off():
    """Some extractors write a space after each sentence's end that text follows on the line: a
    full-width stop holds its own space, so the words after it ("…企业。 冷库运营") are the
    sentence going on, no name set apart after the text."""
    page = raw_page(*SPACED_STOPS)
    assert take_off_stop_spaces(page) == page.replace("。 ", "。")
    assert ("body", "，服务东北地区多家疫苗生产企业。冷库运营") in kinds(page)


def test_a_space_after_a_stop_now_and_then_is_kept():
    """On a page that spaces none of its stops but one, the space may set a name apart after the
    text ("…企业。 韩冬青"): it stays."""
    lines = [line.replace("。 ", "。") for line in SPACED_STOPS]
    lines[6] = "，服务东北地区多家疫苗生产企业。 韩冬青"
    page = raw_page(*lines)
    assert take_off_stop_spaces(page) == page


def test_a_gap_wider_than_a_space_after_a_stop_is_kept():
    """On a page that spaces every stop, a wider gap after one is the page's own: it stays."""
    lines = list(SPACED_STOPS)
    lines[6] = "，服务东北地区多家疫苗生产企业。  韩冬青"
    assert "。  韩冬青" in take_off_stop_spaces(raw_page(*lines))


OCR_TEXT = column(
    "近年来，园区围绕量子计算、量子通信和量子精密测量三条赛道布局产业，集聚量子企业60余家。",
    "园区建设的产品测试验证平台，为企业提供环境适应性、电磁兼容和可靠性测试服务。",
)


def _ocr_spaced(line: str) -> str:
    """A line as OCR of Chinese print writes it: a space between every two Han characters."""
    return re.sub(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", " ", line)


def test_ocr_spaces_between_han_characters_are_taken_off():
    """OCR writes a space between every two Han characters of a page: they are the reader's, so
    the text is read as printed, a two-part title's one space with them."""
    page = raw_page(*(_ocr_spaced(line) for line in ("量子精密测量 产品走出实验室", *OCR_TEXT)))
    assert take_off_ocr_spaces(page) == raw_page("量子精密测量产品走出实验室", *OCR_TEXT)


@pytest.mark.parametrize(
    "line, kept",
    [
        ("营业收入 120亿元", "营业收入 120亿元"),  # a figure set apart
        ("责任编辑 逯乐　美术编辑 宓海宁", "责任编辑逯乐　美术编辑宓海宁"),  # an ideographic gap
        ("转变。  覃永恒", "转变。  覃永恒"),  # a wider gap after a mark
    ],
)
def test_ocr_spaces_beside_figures_marks_and_wide_gaps_stay(line, kept):
    page = raw_page(*(_ocr_spaced(text) for text in OCR_TEXT), _ocr_spaced(line))
    assert take_off_ocr_spaces(page).rstrip("\n").rsplit("\n", 1)[-1] == kept


@pytest.mark.parametrize(
    "spaced",
    [
        "稀 土 高 新 区 延 链 补 链",  # a headline spaced out letter by letter
        "政 策 问 答 武进高新区出台人才新政",  # a spaced-out rubric before its title
        "记者 达瓦 卓玛 通讯员 韦 振 宇",  # names spaced out by an earlier hand
        "泰安高新区“一业一证”改革 按下制度创新“快进键”",  # a two-part title's real space
    ],
)
def test_spaces_on_a_page_set_in_type_are_kept(spaced):
    """A page set in type holds Han characters side by side on nearly every line: a spaced-out
    headline, names or a title's real space among them are the page's own."""
    page = raw_page(spaced, *OCR_TEXT * 3)
    assert take_off_ocr_spaces(page) == page


STRAY_TEXT = column(
    "近年来，园区围绕量子计算、量子通信和量子精密测量三条赛道布局产业，集聚量子企业60余家。",
    "园区建设的产品测试验证平台，为企业提供环境适应性、电磁兼容和可靠性测试服务，去年服务企业两百余家。",
    "园区同时发布了研发贷产品，企业凭临床批件即可获得信用贷款，首批已有十余家企业获得授信。",
)


def _stray_spaced(line: str, every: int = 7) -> str:
    """A line as OCR of clean print may write it: a space between two Han characters now and then."""
    han = re.compile("[\u4e00-\u9fff]{2}")
    return "".join(
        ch + " " if k % every == every - 1 and han.fullmatch(ch + nxt) else ch
        for k, (ch, nxt) in enumerate(zip(line, line[1:] + "。"))
    )


@pytest.mark.parametrize("title", ["量子精密测量产品走出实验室", "园区新政出台"])
def test_stray_ocr_spaces_in_running_text_are_taken_off(title):
    """OCR of clean print writes a space between two Han characters here and there: on a page
    where many lines of running text hold one, they are the reader's, the headline's with them."""
    page = raw_page(_stray_spaced(title, 3), *(_stray_spaced(line) for line in STRAY_TEXT * 2))
    assert take_off_stray_ocr_spaces(page) == raw_page(title, *STRAY_TEXT * 2)


@pytest.mark.parametrize(
    "spaced",
    [
        "记者 达瓦 卓玛 通讯员 韦振宇",  # a byline's gaps
        "泰安高新区“一业一证”改革 按下制度创新“快进键”",  # a two-part title's real space
        "营业收入 120亿元",  # a figure set apart
    ],
)
def test_spaces_among_unspaced_running_text_are_kept(spaced):
    """Running text with no stray space: the spaces of a byline, a headline or a figure stay,
    however many of them the page holds."""
    page = raw_page(*[spaced] * 10, *STRAY_TEXT)
    assert take_off_stray_ocr_spaces(page) == page


@pytest.mark.parametrize(
    "names",
    ["眭文博 朴顺姬（完）", "次仁旺堆 格桑拉姆（完）", "文·图 努尔兰·哈布多拉", "韦秀娟 竺一鸣"],
)
def test_a_line_of_names_keeps_its_spaces_on_a_stray_spaced_page(names):
    """The spaces of a credit part one person from the next: no reader's, whatever the page's
    running text holds."""
    page = raw_page(*(_stray_spaced(line) for line in STRAY_TEXT * 2), names)
    assert take_off_stray_ocr_spaces(page).split("\n")[-3] == names


@pytest.mark.parametrize("spaced", ["园区 新政 出台", "药理 毒 理", "在南 京高新区", "记者 依木·艾海提"])
def test_a_stray_spaced_line_of_words_is_taken_off_still(spaced):
    """Words spaced apart by OCR, no names (a narrow column's words cut at the gap may read as
    names of any sounds): the reader's spaces, taken off."""
    page = raw_page(*(_stray_spaced(line) for line in STRAY_TEXT * 2), spaced)
    assert take_off_stray_ocr_spaces(page).split("\n")[-3] == spaced.replace(" ", "")


def test_few_stray_spaces_are_the_page_s_own():
    """A line or two of running text with a space between Han characters shows no reader's habit."""
    lines = list(STRAY_TEXT)
    lines[0] = _stray_spaced(lines[0])
    page = raw_page(*lines)
    assert take_off_stray_ocr_spaces(page) == page


GLYPH_RUN_TEXT = (
    "园区计划到 2026 年建成 3 个国家级平台， 引进人才，",
    "集聚企业 120 余家， 年产值超过 80 亿元。 去年，",
    "去年引进 AI 企业 15 家， 新增发明专利 300 件， 增长三成。",
)


def test_spaces_where_glyph_runs_change_are_taken_off():
    """pdf.js spaces every change between Han text and a figure or a Latin word, and some clause
    marks: on such a page the single spaces there are the reader's."""
    read = take_off_glyph_run_spaces("\n".join(GLYPH_RUN_TEXT) + "\n")
    assert read.split("\n")[:3] == [
        "园区计划到2026年建成3个国家级平台，引进人才，",
        "集聚企业120余家，年产值超过80亿元。去年，",
        "去年引进AI企业15家，新增发明专利300件，增长三成。",
    ]


def test_figures_set_apart_with_marks_unspaced_keep_their_spaces():
    """A paper that sets its figures apart ("2026 年") spaces no clause mark: no reader's habit."""
    page = "\n".join(line.replace("， ", "，").replace("。 ", "。") for line in GLYPH_RUN_TEXT) + "\n"
    assert take_off_glyph_run_spaces(page) == page


@pytest.mark.parametrize(
    "line",
    [
        "营业收入  120亿元",  # a table's wider gap
        "记者 张三 通讯员 李四",  # a credit's gaps between Han text
    ],
)
def test_wider_gaps_and_gaps_between_han_stay_on_a_glyph_run_page(line):
    read = take_off_glyph_run_spaces("\n".join(GLYPH_RUN_TEXT) + f"\n{line}\n")
    assert read.split("\n")[3] == line


def test_a_page_that_spaces_few_changes_keeps_its_spaces():
    """Most changes between Han text and figures unspaced: the few spaces are the page's own."""
    unspaced = ["园区集聚企业120余家，年产值超过80亿元，新增专利300件。"] * 6
    page = "\n".join([*GLYPH_RUN_TEXT, *unspaced]) + "\n"
    assert take_off_glyph_run_spaces(page) == page


@pytest.mark.parametrize(
    "line, read",
    [
        ("园区计划到20¬", "园区计划到20"),  # a figure run split
        ("位于咸阳高新区的8.5代TFT¬", "位于咸阳高新区的8.5代TFT"),  # a Latin run split
        ("园区计划到20¬  ", "园区计划到20"),  # spaces after the mark
    ],
)
def test_not_sign_at_a_split_run_is_taken_off(line, read):
    """ABBYY marks where a line's end split a figure or Latin run the next line finishes."""
    assert take_off_split_run_marks(f"{line}\n26年建成国家级平台。\n") == f"{read}\n26年建成国家级平台。\n"


@pytest.mark.parametrize(
    "line",
    [
        "¬ 逻辑非的符号",  # the sign opening a line
        "命题¬p为真",  # inside a line
        "园区计划¬",  # after a Han character: no run split
    ],
)
def test_not_sign_elsewhere_stays(line):
    page = raw_page(line)
    assert take_off_split_run_marks(page) == page


@pytest.mark.parametrize(
    "line, read",
    [
        ("江城晚报·园区周刊　2023年6月23口 星期五　第8版", "江城晚报·园区周刊　2023年6月23日 星期五　第8版"),
        ("2024年4月5口星期五", "2024年4月5日星期五"),
        ("会议定于5月12口。", "会议定于5月12日。"),
    ],
)
def test_a_day_read_as_kou_is_read_as_ri(line, read):
    assert read_misread_days(raw_page(line)) == raw_page(read)


@pytest.mark.parametrize(
    "line",
    [
        "6月1口岸开放，货物通关时间缩短一半。",  # a word opening on 口
        "截至5月底，园区共打口井12眼。",  # no day before it
        "人口增长",  # no date
    ],
)
def test_kou_elsewhere_stays(line):
    assert read_misread_days(raw_page(line)) == raw_page(line)


REVERSED_TITLE_TEXT = column(
    "近日，园区一批新项目集中签约落地，涉及新材料、高端装备和生物医药等领域，总投资超过八十亿元。",
    "园区有关负责人表示，将持续优化营商环境，做好项目服务保障。",
)


@pytest.mark.parametrize(
    "upper, lower",
    [
        ("宁波高新区新材料产", "业园项目正式开园"),  # a word broken across the lines
        ("绍兴高新区集成电", "路产业再添新动能"),
        ("常州高新区锂", "电材料项目签约"),  # a rare word ("锂电") broken under the park
        ("“数字工", "匠”炼成记"),  # a quotation broken across the lines
    ],
)
@pytest.mark.parametrize("together", [True, False])
def test_a_title_read_back_bottom_up_is_written_in_its_printed_order(upper, lower, together):
    head = [(lower, upper)] if together else [lower, upper]
    lines = restore_reversed_titles(split_lines(raw_page(*head, *REVERSED_TITLE_TEXT)))
    assert [line.text for line in lines[:2]] == [upper, lower]
    assert [line.text for line in lines[2:]] == list(REVERSED_TITLE_TEXT)


def test_a_title_read_back_bottom_up_is_the_articles_title():
    page = raw_page(("业园项目正式开园", "宁波高新区新材料产"), *REVERSED_TITLE_TEXT)
    assert parse_page(RawPage("t.txt", page)).articles[0].title == "宁波高新区新材料产业园项目正式开园"


@pytest.mark.parametrize(
    "upper, lower",
    [
        ("苏州高新区的", "智造新名片"),  # the upper half left open on 的
        ("常州高新区首台", "氢能环卫车上路"),  # on an ordinal
        ("无锡高新区创客", "的“第一桶金”"),  # the lower half opening on the 的 that ties it back
    ],
)
@pytest.mark.parametrize("together", [True, False])
def test_a_title_left_open_at_its_break_read_back_bottom_up_is_the_articles_title(upper, lower, together):
    head = [(lower, upper)] if together else [lower, upper]
    article = parse_page(RawPage("t.txt", raw_page(*head, *REVERSED_TITLE_TEXT))).articles[0]
    assert (article.kicker, article.title) == ("", upper + lower)


@pytest.mark.parametrize(
    "upper, lower",
    [
        ("无锡高新区医疗", "器械检测中心启用"),  # a park and a thing of it, no verb, over its deed
        ("合肥高新区量子", "通信实验室揭牌"),
    ],
)
@pytest.mark.parametrize("together", [True, False])
def test_a_parks_subject_read_under_its_deed_is_the_titles_upper_half(upper, lower, together):
    head = [(lower, upper)] if together else [lower, upper]
    article = parse_page(RawPage("t.txt", raw_page(*head, *REVERSED_TITLE_TEXT))).articles[0]
    assert (article.kicker, article.title.replace(" ", "")) == ("", upper + lower)


@pytest.mark.parametrize(
    "head, kicker, title",
    [
        ([("科创观察", "苏州高新区光子产业")], "科创观察", "苏州高新区光子产业"),  # a kicker names no deed
        ([("合肥高新区量子", "通信实验室揭牌")], "", "合肥高新区量子通信实验室揭牌"),  # printed order
        (["光伏组件项目投产", "常州高新区"], "", "光伏组件项目投产"),  # a park alone waits for no deed
    ],
)
def test_a_deed_over_a_line_that_waits_for_none_keeps_its_place(head, kicker, title):
    article = parse_page(RawPage("t.txt", raw_page(*head, *REVERSED_TITLE_TEXT))).articles[0]
    assert (article.kicker, article.title) == (kicker, title)


@pytest.mark.parametrize(
    "head, title",
    [
        ([("苏州高新区的", "智造新名片")], "苏州高新区的智造新名片"),  # printed order: the break runs on
        (["苏州高新区的", "智造新名片"], "苏州高新区的智造新名片"),
        ([("绿色工厂", "园区里的", "“零碳”样本")], "园区里的“零碳”样本"),  # a line left open runs on under it
    ],
)
def test_headline_lines_that_tell_no_bottom_up_reading_keep_their_order(head, title):
    page = raw_page(*head, *REVERSED_TITLE_TEXT)
    assert parse_page(RawPage("t.txt", page)).articles[0].title == title


@pytest.mark.parametrize(
    "lines",
    [
        ("宁波高新区新材料产", "业园项目正式开园"),  # a title in its printed order
        ("专精特新园区", "要把服务做细", "阚明哲"),  # a byline under a title opening on a modal
        ("培育新动能", "园区再出发"),  # two phrases, either order reads
        REVERSED_TITLE_TEXT[:2],  # a column's lines of text
    ],
)
def test_lines_that_read_on_as_written_are_left_in_their_order(lines):
    page = raw_page(*lines, *REVERSED_TITLE_TEXT)
    assert [line.text for line in restore_reversed_titles(split_lines(page))] == [
        line.text for line in split_lines(page)
    ]


@pytest.mark.parametrize("note", ["◀续第4版", "◀续第 6 版"])
def test_a_jump_line_under_a_headline_is_no_part_of_the_title(note):
    page = raw_page(("潍坊高新区氢能重卡下线", note), *REVERSED_TITLE_TEXT)
    article = parse_page(RawPage("t.txt", page)).articles[0]
    assert article.title == "潍坊高新区氢能重卡下线" and note not in article.subtitle


LEAD_INS = ["本报讯", "本报讯（记者 韦秀芬）", "本报讯（见习记者 帅文静 通讯员 李华）"]
LEAD_TITLE = ("江门高新区储能电池项目试产", "记者 韦秀芬")


@pytest.mark.parametrize("spacing", ["documented", "single"])
@pytest.mark.parametrize("lead", LEAD_INS)
@pytest.mark.parametrize(
    ("opening", "rest"),
    [
        ("\u3000\u3000日前，江门高新区一家新能源企", "业投资建设的储能电池项目进入试"),
        ("日前，江门高新区一家新能源企", "业投资建设的储能电池项目进入试"),  # its indent lost
        ("\u3000\u3000芯片设计离不开工具。深圳高新", "区一家企业的工具已进入多条产线。"),
    ],
)
def test_a_lead_in_written_after_its_paragraphs_first_line_opens_the_paragraph(opening, rest, lead, spacing):
    """The bold 本报讯 read by its own baseline, after the first line of the paragraph it opens:
    that line is the paragraph's, no subtitle, and the lead-in opens it."""
    text = _written((*LEAD_TITLE, opening, lead, rest, "产阶段。"), spacing)
    written = [line.text for line in put_back_lead_ins(split_lines(text))]
    assert written[2:5] == [lead, opening.strip(), rest]


@pytest.mark.parametrize("lead", LEAD_INS)
@pytest.mark.parametrize(
    "opening", ["\u3000\u3000日前，江门高新区一家新能源企", "日前，江门高新区一家新能源企"]
)
def test_a_paragraphs_first_line_over_its_lead_in_is_no_subtitle(opening, lead):
    rest = "业投资建设的储能电池项目进入试"
    article = parse_page(RawPage("t.txt", raw_page(*LEAD_TITLE, opening, lead, rest, "产阶段。"))).articles[0]
    assert article.title == LEAD_TITLE[0] and not article.subtitle
    assert article.blocks[0].text.startswith(opening.strip() + rest)


@pytest.mark.parametrize(
    "pieces",
    [
        (*LEAD_TITLE, "本报讯", "日前，江门高新区一家新能源企业"),  # printed on its own line: in place
        ("江门高新区储", "    能电池项目试产", "本报讯", "日前，江门高新区一家"),  # a title's line set in
        ("园区今年新增企业一百家，", "本报讯（记者 韦秀芬）日前，江门", "高新区一家新能源企业"),  # inline
        ("项目进入试产阶段，产能十吉瓦时。", "本报讯", "近日，园区一家企业"),  # a sentence closed over it
        ("\u3000\u3000日前，江门高新区一家新能源企业", "本报讯", "\u3000\u3000园区今年新增企业一百家。"),
        # another story's text over the line: a lead-in read out of its place, not after its opening
        (
            "园区今年新增企业一百家，产值",
            "\u3000\u3000日前，江门高新区一家新能源企",
            "本报讯",
            "业投资建设的储能电池项目进入试",
        ),
        (
            "稳外贸，江门高新区",
            "本报讯",
            "日前，江门高新区一家新能源企业投资",
        ),  # a title's clause, short of the column
    ],
)
def test_a_dateline_over_no_paragraph_it_breaks_stays_in_place(pieces):
    lines = split_lines("\n".join(pieces) + "\n")
    assert [line.text for line in put_back_lead_ins(lines)] == [line.text for line in lines]


# The first line holds two ems less than the full line under it: its indent
FRAMED_LEAD_INS = [
    ("本报讯", "记者近日从", "自贡高新区了解到，园区", "本报讯 记者近日从"),
    ("本报讯", "近日，宜", "昌高新区磷酸铁锂正极", "本报讯 近日，宜"),
    ("编者按：", "高新区是创", "新驱动发展的主阵地。本", "编者按：高新区是创"),
    ("本报讯（记者 韦秀芬）", "日", "前，江门高新区一家新能源企", "本报讯（记者 韦秀芬）日"),
]


@pytest.mark.parametrize(("lead", "rest", "full", "joined"), FRAMED_LEAD_INS)
def test_a_lead_in_written_as_a_frame_of_its_own_rejoins_its_first_line(lead, rest, full, joined):
    """A drawing program's import writes the bold run alone, the first line's rest under it: the
    two measure a first line against the full line under them."""
    lines = join_lead_in_frames(split_lines("\n".join((LEAD_TITLE[0], lead, rest, full, "产阶段。")) + "\n"))
    assert [line.text for line in lines] == [LEAD_TITLE[0], joined, full, "产阶段。"]


@pytest.mark.parametrize(
    "pieces",
    [
        # printed on its own line over a full first line: a column wider than the two
        (LEAD_TITLE[0], "本报讯", "日前，江门高新区一家", "新能源企业投资建设的储"),
        (LEAD_TITLE[0], "本报讯", "记者近日从", "了解到。"),  # the line under closes the paragraph
        (LEAD_TITLE[0], "本报讯", "“园区", "新能源企业投资"),  # no text's first character under it
        (LEAD_TITLE[0], "本报记者 韦秀芬", "近日，宜", "昌高新区磷酸铁"),  # a credit, no lead-in
        (LEAD_TITLE[0], "编者按", "高新区是创", "新驱动发展的主阵"),  # no label without its colon
    ],
)
def test_a_lead_in_alone_over_no_first_lines_rest_stays_apart(pieces):
    lines = split_lines("\n".join(pieces) + "\n")
    assert [line.text for line in join_lead_in_frames(lines)] == [line.text for line in lines]


# A story's text in a ten-em column, as a reader writing no blank line leaves it
CREDITED_TEXT = (
    "本报讯 记者近日从",
    "自贡高新区了解到，园区",
    "彩灯企业引入三维建模和",
    "数字仿真设计后，灯组设",
    "计周期从一个月缩短到一",
    "周，今年以来承接的海外",
    "订单同比增长六成。企业",
    "负责人介绍，设计师可在",
    "电脑上预览灯组效果。",
    "园区还将建设彩灯设计",
    "公共服务平台，帮助中小",
    "企业降低设计成本。",
)
CREDITED_TITLE = ("自贡高新区灯组企业数字化设计订单激增",)


@pytest.mark.parametrize(
    ("credit", "joined"),
    [
        (("【特约通讯员", "笪永红】"), "【特约通讯员 笪永红】"),
        (("【融媒体记者 庹志刚", "通讯员 马骏】"), "【融媒体记者 庹志刚 通讯员 马骏】"),
        (("文/图 本报记者", "闻人秋实 通讯员", "和丽军"), "文/图 本报记者 闻人秋实 通讯员 和丽军"),
        (("■ 首席记者 上官云舒",), "■ 首席记者 上官云舒"),
        (("【见习记者 谭光华 通讯员 何嘉禾】",), "【见习记者 谭光华 通讯员 何嘉禾】"),
    ],
)
@pytest.mark.parametrize("title", [CREDITED_TITLE, ("自贡高新区灯组企业", "数字化设计订单激增")])
def test_a_credit_written_under_its_title_with_no_blank_line_is_the_headlines_byline(credit, joined, title):
    """Textract's LINE blocks, Draw's frames: the credit under a title is written on the next line,
    a credit broken over a narrow column's lines on the lines after it: its lines one byline,
    the title's lines the headline."""
    items = layout(RawPage("t.txt", "\n".join((*title, *credit, *CREDITED_TEXT)) + "\n"))
    assert [item.text for item in items if item.kind == BYLINE] == [joined]
    assert "".join(item.text for item in items if item.kind == HEADLINE).replace("\n", "") == "".join(title)


@pytest.mark.parametrize(
    "under",
    [
        ("【记者手记】",),  # an afterword's heading, no credit
        ("■ 园区动态",),  # a bullet over no role
        ("文化产业园区",),  # no credit's mark
        ("记者节里的新面孔",),  # a role's word opening a noun
        ("◆记者专访了园区负责人",),  # a sentence after a list's mark
    ],
)
def test_a_line_under_a_title_opening_with_no_credits_roles_is_no_byline(under):
    items = layout(RawPage("t.txt", "\n".join((*CREDITED_TITLE, *under, *CREDITED_TEXT)) + "\n"))
    assert not [item.text for item in items if item.kind == BYLINE and under[0] in item.text]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["【特约通讯员", "笪永红】", "本报讯 记者"], 2),
        (["文/图 本报记者", "闻人秋实 通讯员", "和丽军", "本报讯 记者"], 3),
        (["【记者 杨正熙】", "通讯员 字春燕"], 1),  # closed on its line: the next is another's
        (["■ 首席记者 上官云舒", "园区今年新增企业一百家，"], 1),
        (["【融媒体记者 庹志刚", "园区今年新增企业一百家，"], 1),  # no names under it
    ],
)
def test_a_credit_runs_on_while_its_bracket_is_open_or_a_role_waits_for_its_name(lines, joined):
    numbered = [Line(k + 1, text) for k, text in enumerate(lines)]
    read = join_marked_credit_lines(join_lenticular_credit_parts(numbered))
    assert read[0].text == " ".join(lines[:joined])


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["记者 夏侯明轩 通", "讯员 盘金梅 报道"], "记者 夏侯明轩 通讯员 盘金梅 报道"),  # a role cut
        (["本报记者 燕飞 本报", "通讯员 纳海涛"], "本报记者 燕飞 本报通讯员 纳海涛"),
        (["本报记者 端木清和 本", "报通讯员 乌力吉巴雅", "尔"], "本报记者 端木清和 本报通讯员 乌力吉巴雅尔"),
        (["本报记者 欧阳婉", "清 特约通讯员 符", "国强"], "本报记者 欧阳婉清 特约通讯员 符国强"),  # names cut
        (["本报记者 古丽娜尔·艾", "力 本报通讯员 王平"], "本报记者 古丽娜尔·艾力 本报通讯员 王平"),
        (["本报通讯员 叶嘎 关", "小云 摄"], "本报通讯员 叶嘎 关小云 摄"),  # a photo's credit
        (["本报通讯员 恒丽", "娟 摄"], "本报通讯员 恒丽娟 摄"),
    ],
)
def test_a_credit_cut_inside_a_word_at_a_columns_edge_is_one_line_the_word_whole(lines, joined):
    """A narrow column breaks a credit wherever its measure runs out, inside a role word or a name:
    the parts are one credit, the word whole."""
    read = join_credits_cut_in_words([Line(k + 1, text) for k, text in enumerate(lines)])
    assert [line.text for line in read] == [joined]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["本报通讯员 叶嘎 关小云", "摄"], "本报通讯员 叶嘎 关小云 摄"),
        (["本报通讯员 叶嘎 关", "小云 摄"], "本报通讯员 叶嘎 关小云 摄"),  # a name cut by the column
        (["本报通讯员 恒丽", "娟 摄"], "本报通讯员 恒丽娟 摄"),
        # the name after its role
        (["本报记者 李明华 本报通讯员", "王芳 摄"], "本报记者 李明华 本报通讯员 王芳 摄"),
    ],
)
def test_a_photographers_credit_broken_before_its_word_of_taking_is_one_line(lines, joined):
    numbered = [Line(2 * k + 1, text) for k, text in enumerate(lines)]  # a blank line between
    assert [line.text for line in join_broken_photo_credits(numbered)] == [joined]


@pytest.mark.parametrize(
    "lines",
    [
        ["本报通讯员 叶嘎", "关小云 摄"],  # whole names either side of the break: a gap
        ["记者 鞠海燕 实习生", "扎克 报道"],  # a role closing the line waits for its name after a gap
        ["本报记者 吕明", "通讯员 盘金梅"],  # the next role
        ["本报记者 王明华", "报道"],  # what closes the credit
        ["本报记者 笪明辉", "近"],  # a drop capital under a whole name
        ["本报记者 王明华", "园区今年新增企业一百家"],  # a line of text
        ["本报记者 王明华", "日前在园区"],
        ["本报记者", "王明华"],  # a role alone waits for its name
        ["王明华 李", "四"],  # names with no role: no credit's line
        ["园区今年新增企业 本", "报通讯员"],  # a line of text over a role's rest
        ["本报评论员　乌云其其格", "短评"],  # a column's label under a name of many sounds
        ["本报记者 查志刚 摄", "本报讯 通讯员 谈一鸣"],  # a photo's credit closed, a dateline under it
        ["通讯员 其木格 报道", "本报讯 记者从园区获悉"],
        ["本报记者 马海军 本报通讯员 郜思远", "吉 林 高 新 区 碳 纤 维"],  # a letter-spaced title
    ],
)
def test_a_credit_broken_between_whole_words_is_left_to_the_passes_that_read_gaps(lines):
    read = join_credits_cut_in_words([Line(k + 1, text) for k, text in enumerate(lines)])
    assert [line.text for line in read] == lines


@pytest.mark.parametrize(
    "lines",
    [
        ["园区一家企业的电芯生产线。", "张三 摄"],  # no credit above: a caption's text
        ["新区一家农机企业生产的", "摄"],  # a line of text
        ["本报通讯员 叶嘎 关小云", "摄影作品展开幕"],  # a title opening on the word
        ["本报记者 李明华 摄", "本报通讯员 王芳 摄"],  # two whole credits
        ["本报通讯员 罗蕙兰", "罗蕙兰 摄"],  # a byline over a photo's credit, each name whole
        ["叶片。 本报通讯员 杨阿妹", "摄"],  # a caption's text before the credit: its lines read together
    ],
)
def test_lines_that_make_no_photographers_credit_stay_apart(lines):
    numbered = [Line(2 * k + 1, text) for k, text in enumerate(lines)]
    assert [line.text for line in join_broken_photo_credits(numbered)] == lines


def test_a_photographers_credit_written_as_one_group_is_left_to_the_caption_reading():
    """Lines written together, no blank line between, are one printed group, read whole already."""
    lines = ["图为工作人员在检测模组。 本报记者 郑志鹏", "摄"]
    numbered = [Line(k + 1, text) for k, text in enumerate(lines)]
    assert [line.text for line in join_broken_photo_credits(numbered)] == lines


@pytest.mark.parametrize("spacing", ["documented", "single"])
def test_a_figure_written_apart_under_a_lead_in_goes_with_the_line_below(spacing):
    """ "…投资" / "本报讯" / "45" / "亿元建设…": the figure counts the line below; the lead-in
    alone on its line holds no figure."""
    pieces = ("日前，江门高新区一家新能源企业投资", "本报讯", "45", "亿元建设的储能电池项目进入试产阶段。")
    lines = join_figures_apart(split_lines(_written(pieces, spacing)))
    assert [line.text for line in lines] == [pieces[0], "本报讯", "45亿元建设的储能电池项目进入试产阶段。"]


LEAD = column(
    "近日，本溪高新区一家制药企业的中药配方颗粒生产线通过省药品监管部门审查，获准生产一百八十六个品种。",
    "这是园区今年获批的第三条中药生产线。",
    width=18,
    indent=0,
)
NEXT_LEAD = column(
    "近日，连云港高新区出台支持创新药研发的八条措施，从临床试验、审评服务等方面加大支持力度。",
    width=15,
    indent=0,
)


@pytest.mark.parametrize("rule", ["━" * 12, "━" * 29, "─" * 10, "═" * 8])
@pytest.mark.parametrize("byline", [(), ("□记者 阿衣古丽·买买提明 通讯员 於振兴",)])
def test_a_rule_printed_once_over_a_title_is_no_title_nor_kicker(rule, byline):
    """A rule drawn across the column between two stories, of whatever length or weight and
    printed once, is the page's furniture: the next story's title is the line under it."""
    title = "连云港高新区八条措施支持创新药研发"
    page = raw_page("高新区周刊　第4版", *LEAD, rule, title, *byline, *NEXT_LEAD)
    assert kind_of(page, rule) == "furniture"
    article = parse_page(RawPage("t.txt", page)).articles[-1]
    assert (article.kicker, article.title) == ("", title)


@pytest.mark.parametrize("deck", [("老电影城里长出数字影视新产业", "长春净月高新区影视产业转型见闻")])
@pytest.mark.parametrize("rules", [("━" * 18, "━" * 12), ("━" * 14, "━" * 14)])
def test_rules_over_a_title_and_under_its_subtitle_are_no_words_of_them(deck, rules):
    """Rules printed over a story's deck and under it set the deck off: the title and the
    subtitle are what stands between them, without the rules."""
    body = column(
        "长春净月高新区把一座老电影制片厂的摄影棚改造成虚拟制片基地，今年已承接影视项目二十余部。", width=16
    )  # noqa: E501
    page = raw_page(*LEAD, rules[0], deck, rules[1], "本报记者 金顺子", *body)
    article = parse_page(RawPage("t.txt", page)).articles[-1]
    assert (article.title, article.subtitle) == deck


SECTIONS = (
    ("算清转型账", "转型首先要算账。园区组织专家逐户走访一百二十余家传统零部件企业，帮助企业梳理现有工艺。"),
    ("搭好对接桥", "园区每季度举办整车企业供需对接会，请整车企业采购部门直接到园区看厂。"),
)


@pytest.mark.parametrize("rule", ["─" * 10, "━" * 12])
def test_short_subheadings_each_between_two_rules_head_sections_of_one_story(rule):
    """Rules drawn above and below each of a story's subheadings, the same rule again and
    again: the subheadings head its sections, however short (no page's name), and the rules
    end no story, for the text under each goes on about the park the lead named."""
    lead = column(
        "常熟高新区一家汽车配件企业的电池包壳体生产线正满负荷运转，新能源零部件已占营业收入的六成。", width=13
    )  # noqa: E501
    sections = [line for heading, text in SECTIONS for line in (rule, heading, rule, *column(text, width=13))]
    page = raw_page("零部件小厂的“新能源转身”", "本报记者 佘婷婷", *lead, *sections)
    articles = parse_page(RawPage("t.txt", page)).articles
    assert len(articles) == 1
    assert [block.text for block in articles[0].blocks if block.type == "heading"] == [h for h, _ in SECTIONS]


@pytest.mark.parametrize(
    ("heading", "opening"),
    [
        (
            "知识产权质押融资突破12亿元",
            "今年前三季度，石家庄高新区企业知识产权质押融资额达12.3亿元，同比增长46%。",
        ),  # noqa: E501
        (
            "保定高新区开通首条氢能公交示范线",
            "近日，首条氢能公交示范线开通运营，二十辆氢燃料电池公交车投入使用。",
        ),  # noqa: E501
    ],
)
def test_a_line_between_repeated_rules_over_a_lead_naming_a_park_titles_the_next_story(heading, opening):
    """The same rules set off each title on the page: a ruled line naming a park, or over a
    first sentence that names the park it reports from, as a story's lead does, opens a story
    of its own, though it names the park the story above did."""
    above = column(
        "日前，石家庄高新区生物医药中试基地正式投入使用，首批已有十一家企业签订中试协议。", width=17
    )  # noqa: E501
    rule, title = "━" * 12, "石家庄高新区生物医药中试基地投用"
    page = raw_page(rule, title, rule, *above, rule, heading, rule, *column(opening, width=17))
    articles = parse_page(RawPage("t.txt", page)).articles
    assert [article.title for article in articles] == [title, heading]


@pytest.mark.parametrize("numbers", ["①②③", "❶❷❸", "➊➋➌", "➀➁➂"])
def test_a_section_numbered_past_the_first_in_a_circle_goes_on_with_its_story(numbers):
    """Circled numbers, outlined or white on black as a symbol font sets them, number a story's
    sections: no story opens at its third, whatever park that section's text names."""
    lead = column(
        "常熟高新区一家汽车配件企业的电池包壳体生产线正满负荷运转，新能源零部件已占营业收入的六成。", width=13
    )  # noqa: E501
    texts = (
        "转型首先要算账。园区组织专家逐户走访一百二十余家传统零部件企业，帮助企业梳理现有工艺。",
        "园区每季度举办整车企业供需对接会，请整车企业采购部门直接到园区看厂。",
        "苏州工业园区的职业院校为常熟企业开设电池包装配培训课程，累计培训技术工人三千余人次。",
    )
    headings = [number + words for number, words in zip(numbers, ("算清转型账", "搭好对接桥", "补上技术课"))]
    sections = [line for heading, text in zip(headings, texts) for line in (heading, *column(text, width=13))]
    page = raw_page("零部件小厂的“新能源转身”", "本报记者 佘婷婷", *lead, *sections)
    articles = parse_page(RawPage("t.txt", page)).articles
    assert [[block.text for block in a.blocks if block.type == "heading"] for a in articles] == [headings]


@pytest.mark.parametrize(("above", "stories"), [(True, 1), (False, 2)])
def test_a_subheading_ruled_off_as_the_one_above_heads_a_section_though_the_column_changes(above, stories):
    """A story's subheadings are set alike: one set off by rules above and below, as the one
    before it in the same text was, heads its next section, though the lines under it are
    measured narrower (figures and hanging marks make a column's lines uneven). Under a plain
    subheading, a ruled line over text set narrower stands between two stories."""
    rule = "─" * 10
    lead = column(
        "常熟高新区一家汽车配件企业的电池包壳体生产线正满负荷运转，新能源零部件已占营业收入的六成。", width=19
    )  # noqa: E501
    first = column(
        "园区每季度举办整车企业供需对接会，请整车企业采购部门直接到园区看厂。一年多来，已有四十三家本地企业进入新能源整车企业的供应商名录。",
        width=19,
    )  # noqa: E501
    second = column(
        "园区联合职业院校开设电池包装配、电机检测等培训课程，累计培训技术工人三千余人次；对企业购置新设备给予补贴。",
        width=16,
    )  # noqa: E501
    heading = (rule, "搭好对接桥", rule) if above else ("搭好对接桥",)
    deck = ("零部件小厂的“新能源转身”", "本报记者 佘婷婷")
    page = raw_page(*deck, *lead, *heading, *first, rule, "补上技术课", rule, *second)
    assert len(parse_page(RawPage("t.txt", page)).articles) == stories


SHADOWED_TITLE = "人参精深加工车间开足马力"
SHADOW_BODY = ("\u3000\u3000时下正值人参收获季，通化医药高新区", "多家人参加工企业开足马力生产。")


@pytest.mark.parametrize(
    "copy",
    [
        SHADOWED_TITLE,  # the shadow layer read straight under its line, in the same block
        SHADOWED_TITLE + "    ●记者 崔东日",  # a title's line holding its credit, spaced otherwise
    ],
)
def test_a_headline_line_read_again_by_its_shadow_layer_is_no_part_of_the_title(copy):
    """An outlined headline's shadow layer is its line read once more, straight under it: the
    copy is furniture, the title is printed once."""
    line = SHADOWED_TITLE if copy == SHADOWED_TITLE else SHADOWED_TITLE + "\u3000\u3000●记者 崔东日"
    text = raw_page(*BODY_A, (line, copy), *SHADOW_BODY)
    assert [kind for kind, item in kinds(text) if item == copy][-1:] == ["furniture"]
    assert sum(item.count(SHADOWED_TITLE) for kind, item in kinds(text) if kind == "headline") == 1


@pytest.mark.parametrize(
    "lines",
    [
        # a line holding a clause is text, whatever block it stands in
        ("园区企业负责人说，这是今年第三条", "园区企业负责人说，这是今年第三条"),
        ("好", "好"),  # too short to tell a copy from a word said twice
    ],
)
def test_lines_written_twice_in_one_block_stay_where_they_hold_text(lines):
    """A column's line written twice in one block holds a clause of its text: no shadow."""
    text = raw_page(*BODY_A, (*lines, "资超过三百亿元。"))
    assert "furniture" not in [kind for kind, item in kinds(text) if item in lines]


BAMBOO_TEXT = column(
    "三明高新区一家新材料企业日前实现竹纤维增强复合材料量产，产品可替代部分塑料和钢材，用于汽车内饰板、"
    "集装箱底板和户外地板。企业每年可消耗毛竹三万吨，带动周边农户增收。",
    width=14,
)


@pytest.mark.parametrize(
    "opening, expected",
    [
        # a paragraph's first lines written together, the last ending inside a word the text finishes
        (BAMBOO_TEXT[:2], "body"),
        # a headline closes its words: the text below opens anew
        (("三明高新区竹纤维", "复合材料实现量产"), "headline"),
        # lines set to a title's own measure, not the column's, are no text of it
        (("三明高新区竹纤维", "增强复合材料量"), "headline"),
    ],
)
def test_lines_read_as_a_headline_whose_word_the_text_below_finishes_are_text(opening, expected):
    text = raw_page("三明高新区新材料产业提速", opening, *BAMBOO_TEXT[2:])
    found = [kind for kind, item_text in kinds(text) if item_text in (*opening, "\n".join(opening))]
    assert found == ([expected] * len(opening) if expected == "body" else [expected])


MAGNESIUM_TEXT = column(
    "营口是我国重要的菱镁矿产地。过去，这里的镁产业多以出售矿石和初级耐火材料为主，产品附加值低。",
    width=12,
)


@pytest.mark.parametrize(
    "headline, opening",
    [
        # a subtitle set wider than the column, the text's first line written with it
        (("营口高新区推动镁产业向高端材料延伸", MAGNESIUM_TEXT[0]), MAGNESIUM_TEXT[0]),
        (
            ("碳化硅老产业焕发新活力", "石嘴山高新区推动传统材料企业转型升级", MAGNESIUM_TEXT[0]),
            MAGNESIUM_TEXT[0],
        ),
        # a subtitle the text does not run on from: the headline is whole
        (("营口高新区推动镁产业向高端材料延伸", "园区镁产业提质增效"), None),
        # a title broken inside a word over two lines in the column's measure: one title
        (("营口高新区推动镁", "产业向高端材料延伸"), None),
    ],
)
def test_a_texts_first_line_written_with_the_headline_over_it_is_text(headline, opening):
    """An extractor writing blocks may write the text's first line with the headline's: the
    line the text below finishes a word of, set as a paragraph's first in the column under a
    line of the headline's own wider measure, opens the text."""
    text = raw_page(*BODY_A, headline, *MAGNESIUM_TEXT[1:])
    found = kinds(text)
    heads = [item for kind, item in found if kind == "headline"]
    assert heads == ["\n".join(line for line in headline if line != opening)]
    if opening:
        assert ("body", opening) in found


@pytest.mark.parametrize(
    "heads, joined",
    [
        # a deck's labelled fields, each a line of its own, a blank line apart
        (["引题：稀土产业链延伸", "主标题：长沙高新区永磁电机产业园开工", "副题：总投资26亿元"], 1),
        (["主标题：氢内燃机的“长沙答卷”", "副标题：长沙高新区动力装备产业转型记"], 1),
        # a field labelled again, or one that goes over the field above: the next story's deck
        (["主标题：长沙高新区芯粒设计联盟揭牌", "主标题：疫苗智能冷库投入运行"], 2),
        (["副题：总投资26亿元", "引题：乳业链条再延伸"], 2),
        # a line no system labelled over a field: a banner or another story's line
        (["科创热土再出发", "主标题：疫苗智能冷库投入运行"], 2),
    ],
)
def test_a_decks_labelled_fields_are_one_headline(heads, joined):
    """A system's deck prints each field on a line of its own after its label: the fields that go
    under one another, on the next lines written, are one headline."""
    from digest.parse.items import HEADLINE
    from digest.parse.layout import _join_split_headlines

    items = [Item(HEADLINE, [Line(2 * k + 1, text)], text) for k, text in enumerate(heads)]
    items.append(
        Item("body", [Line(2 * len(heads) + 1, "　　近日，长沙高新区一家企业年产10万吨项目投产。")], "近日")
    )
    out = _join_split_headlines(items)
    assert len([item for item in out if item.kind == HEADLINE]) == joined


@pytest.mark.parametrize(
    "heads",
    [
        # a line no label opens over the field: not the deck's, nor the field under it
        [["（接左栏）", "引题：稀土产业链延伸"], ["主标题：长沙高新区永磁电机产业园开工"]],
    ],
)
def test_a_deck_joins_only_fields(heads):
    from digest.parse.items import HEADLINE
    from digest.parse.layout import _join_split_headlines

    number = itertools.count(1)
    items = [
        Item(HEADLINE, [Line(next(number), text) for text in block], "\n".join(block)) for block in heads
    ]
    assert len(_join_split_headlines(items)) == len(heads)


_TEXT_ABOVE = column("走进长沙高新区的智能制造产业园，机器人正在流水线上有序作业，工人们在一旁紧张调试设备。")
_TEXT_BELOW = column("长沙高新区相关负责人说，园区正加快推进工业互联网平台建设，帮助企业数字化转型。")


@pytest.mark.parametrize(
    ("upper", "lower"),
    [("链条越拉越长", "编后"), ("数字化转型", "记者手记"), ("从事后处置", "【链接】")],
)
def test_a_coda_or_box_label_under_a_subheading_is_no_line_of_it(upper, lower):
    """A coda's label (编后, 记者手记) or a box's under a story's last subheading heads what follows
    it: a heading of its own, never the subheading's second line."""
    raw = raw_page("长沙高新区：智能制造提速", *_TEXT_ABOVE, upper, lower, *_TEXT_BELOW)
    items = layout(RawPage("t.txt", raw))
    assert [item.text for item in items if item.kind == "headline"][1:] == [upper, lower]


@pytest.mark.parametrize(
    ("upper", "lower"), [("链条越拉越长", "编后工作"), ("深圳高新区开放100", "个人工智能应用场景")]
)
def test_a_headline_line_that_is_no_label_may_still_go_on_the_line_above(upper, lower):
    items = layout(RawPage("t.txt", raw_page(upper, lower, *_TEXT_BELOW)))
    assert [item.text for item in items if item.kind == "headline"] == [f"{upper}\n{lower}"]


_OTHER_TEXT = column("合肥高新区管委会负责人表示，园区将围绕芯片设计、制造和封装测试补链强链。")


@pytest.mark.parametrize("label", ["〖记者手记〗", "**编后**", "记者手记"])
def test_a_coda_label_printed_for_two_stories_is_no_furniture(label):
    """Two stories of a page may each close with a reporter's notebook: the label printed twice,
    bare or wrapped in the marks of a subheading, heads each one's coda."""
    first = ("长沙高新区：智能制造提速", *_TEXT_ABOVE, label, *_TEXT_BELOW)
    raw = raw_page(*first, "合肥高新区芯片大会", *_OTHER_TEXT, label, *_TEXT_BELOW)
    items = layout(RawPage("t.txt", raw))
    assert [item.kind for item in items if item.text == label] == ["headline", "headline"]


def test_a_wrapped_line_printed_again_and_again_that_is_no_label_is_furniture():
    first = ("〖园区新闻〗", "长沙高新区：智能制造提速", *_TEXT_ABOVE)
    raw = raw_page(*first, "〖园区新闻〗", "合肥高新区芯片大会", *_OTHER_TEXT)
    items = layout(RawPage("t.txt", raw))
    assert [item.kind for item in items if item.text == "〖园区新闻〗"] == ["furniture", "furniture"]


_CORRECTION = "更正：本报第288期第3版《5G让井下作业“少人化”》一文中，“6”应为“5”，特此更正。"


@pytest.mark.parametrize("width", [16, 40])
@pytest.mark.parametrize("where", ["top", "foot"])
def test_a_correction_of_an_earlier_issue_is_the_pages_furniture(width, where):
    """A correction set among the stories, from its label to the formula closing it, belongs to
    no story, however its lines wrap; the story beside it keeps its text."""
    correction = column(_CORRECTION, width=width, indent=0)
    story = ("长沙高新区：智能制造提速", *_TEXT_ABOVE, *_TEXT_BELOW)
    parts = (*correction, *story) if where == "top" else (*story, *correction)
    page = parse_page(RawPage("t.txt", raw_page(*parts)))
    assert "更正" not in "".join(article.body_text + article.title for article in page.articles)
    assert page.articles[0].body_text.endswith("数字化转型。")
    assert "".join(page.furniture).replace("\n", "").endswith("特此更正。")


_FACTS_ROWS = ("●总投资26亿元", "●投产后年产值超过50亿元", "●带动就业3000余人")


@pytest.mark.parametrize(
    "box",
    [
        ("数说", *_FACTS_ROWS),
        ("【数读】", *_FACTS_ROWS),
        (("数说", *_FACTS_ROWS),),  # the label and its rows written as one printed group
        ("数说" + "".join(_FACTS_ROWS),),  # or on one line
    ],
)
@pytest.mark.parametrize("where", ["middle", "foot"])
def test_a_box_of_facts_in_figures_is_the_pages_furniture(box, where):
    """A 数说 box, its label over rows of figures each after a bullet, printed under a story or
    between two, belongs to no story: the story above keeps its text, the next keeps its title."""
    story = ("长沙高新区：智能制造提速", *_TEXT_ABOVE, *_TEXT_BELOW)
    after = ("合肥高新区芯片大会开幕", *_OTHER_TEXT) if where == "middle" else ()
    page = parse_page(RawPage("t.txt", raw_page(*story, *box, *after)))
    blocks = [block for article in page.articles for block in article.blocks]
    assert not [block.text for block in blocks if "●" in block.text or block.type == "heading"]
    assert page.articles[0].body_text.endswith("数字化转型。")
    assert [article.title for article in page.articles][1:] == (["合肥高新区芯片大会开幕"] if after else [])


_BOX_TEXT_ABOVE = column("郴州高新区近日推出五项举措，实时监测重点企业用水和排水情况。", width=11)
_BOX_TEXT_BELOW = column("据测算，五项举措全部落地后，园区工业用水重复利用率可提高到92%。", width=11)


@pytest.mark.parametrize(
    "box",
    [
        ("小贴士", "①指标 现在 目标", "②工业用水重复利用率", "85% 92%", "③年节约新鲜水 600", "万吨"),
        ("数读", "●项目 一期 二期", "●年产能 5亿平方米 8亿平方米", "●生产线 6条 8条"),  # a header row
    ],
)
def test_a_tables_rows_under_a_box_label_inside_a_story_are_its_text(box):
    """A table boxed under its label in a story, its rows each after a number in a circle or a
    bullet, its first row the columns' heads: the rows are the story's text, its lines under them
    too; the label is the page's furniture."""
    found = kinds(raw_page("节水降本五项举措出台", *_BOX_TEXT_ABOVE, *box, *_BOX_TEXT_BELOW))
    assert [kind for kind, text in found if text in box[1:]] == ["body"] * len(box[1:])
    assert all(kind == "body" for kind, text in found if text in _BOX_TEXT_BELOW)
    assert (FURNITURE, box[0]) in found  # the box's label, no heading of the story's


def _typed_items(*typed: tuple[str, str]) -> list[Item]:
    return [Item(kind, [Line(k + 1, text)], text) for k, (kind, text) in enumerate(typed)]


@pytest.mark.parametrize(
    "typed",
    [
        # one row under the label: a box of a sentence, no table
        (("headline", "小贴士"), ("headline", "①节水改造补助"), ("body", "据测算，五项举措全部落地后。")),
        # the marked lines not right under the label: a title of its own between them
        (("headline", "小贴士"), ("headline", "节水补助"), ("headline", "①节水"), ("headline", "②水效")),
        # no box label over the marked lines: a headline's
        (("headline", "节水降本"), ("headline", "①节水改造"), ("headline", "②水效领跑")),
    ],
)
def test_lines_under_a_box_label_that_make_no_table_keep_their_kinds(typed):
    items = _typed_items(*typed)
    keep_box_rows_in_text(items)
    assert [item.kind for item in items] == [kind for kind, _ in typed]


@pytest.mark.parametrize("label", [("数说",), ()])
def test_a_box_of_facts_printed_in_one_group_with_the_title_under_it_leaves_the_title(label):
    """The last rows of a box over a story, written in one group with the story's title under
    them (the label on the line above, or read into the group too), are parted from the title."""
    raw = raw_page(*label, (*_FACTS_ROWS, "长沙高新区：智能制造提速"), *_TEXT_ABOVE)
    page = parse_page(RawPage("t.txt", raw))
    assert [article.title for article in page.articles] == ["长沙高新区：智能制造提速"]
    assert "●" not in page.articles[0].body_text


_GLANCE_ROWS = (("项目数", "6个"), ("总投资", "46亿元"), ("规划面积", "3.5平方公里"))


@pytest.mark.parametrize("gap", ["\u3000\u3000", "\t", "   "])
@pytest.mark.parametrize("label", ["数据速览", "【园区速览】"])
@pytest.mark.parametrize("spaced", [False, True])
def test_a_box_of_figures_at_a_glance_its_cells_apart_is_the_pages_furniture(gap, label, spaced):
    """A box labelled as a quick look at the figures, each row a label and its figure parted as a
    table's cells, is the 数说 box set as a table: no story's text nor its heading."""
    rows = [f"{name}{gap}{figure}" for name, figure in _GLANCE_ROWS]
    box = [label, *rows]
    lines = [part for line in box for part in (line, "")] if spaced else box
    story = ("长沙高新区：智能制造提速", *_TEXT_ABOVE, *_TEXT_BELOW)
    page = parse_page(RawPage("t.txt", raw_page(*story, *lines, "（转第2版）")))
    (article,) = page.articles
    assert article.body_text.endswith("数字化转型。")
    assert not [block.text for block in article.blocks if block.type == "heading"]
    assert article.title == story[0]


@pytest.mark.parametrize(
    "box",
    [
        # a story's data box under a name of its own is a table of its text
        ("5G建设一览", "全连接工厂\u3000\u300011家", "5G基站\u3000\u30001600余个"),
        # a glance's rows that are sentences, or a title on the word
        ("数据速览", "园区企业数量增长两成。", "产值同比增长三成。"),
        ("园区速览：十年建成创新高地",),
        # rows of three cells are a table's, no label's and its figure
        ("数据速览", "指标\u3000\u3000前三季度\u3000\u3000同比", "产值\u3000\u3000128亿元\u3000\u300016%"),
    ],
)
def test_a_data_box_of_the_text_or_sentences_under_a_glance_is_no_box_of_facts(box):
    raw = raw_page("长沙高新区：智能制造提速", *_TEXT_ABOVE, *box, *_TEXT_BELOW)
    items = layout(RawPage("t.txt", raw))
    rows = set(box[1:] or box)
    assert not [item.text for item in items if item.kind == FURNITURE and item.text in rows]


@pytest.mark.parametrize(
    "box",
    [
        ("数说", *column("156亿元：去年园区生物医药产业产值。", "23项：企业牵头制定的标准。")),
        ("数说", "●总投资26亿元，园区企业由此受益。"),
        ("数说长沙高新区这十年",),
    ],
)
def test_a_box_of_sentences_or_a_title_on_the_word_is_no_box_of_facts(box):
    """Rows that are sentences are the feature's own text, and a title opening on 数说 heads a
    story: neither is set apart."""
    raw = raw_page("长沙高新区：智能制造提速", *_TEXT_ABOVE, *box, *_TEXT_BELOW)
    items = layout(RawPage("t.txt", raw))
    assert not [item.text for item in items if item.kind == FURNITURE]


_CHARTS = {
    "figures_over_labels": ("数读", "46家", "平台接入园区", "99.99%", "氧化镁纯度", "1.2万吨", "年产能"),
    "labels_over_figures": ("数读园区", "平台接入园区", "46家", "氧化镁纯度", "99.99%"),
    "bar_callouts": ("图说数据", "园区企业 ▇▇▇ 46家", "产值增长 ▇ 18%", "转让金额达 ▇▇▇▇ 4600万元"),
    "screen_counter_inside": ("图说数据", "46家", "— 2/5 —", "平台接入园区", "18%", "产值增长"),
    # a graphic summing a park up, its own title under the label
    "one_picture_titled": ("一图读懂", "江门高新区前三季度“成绩单”", "营业收入 942亿元", "同比增长 17.7%"),
    "one_picture": ("一图看懂园区这一年", "新增高新技术企业 139家", "同比增长 17.7%"),
}
_CHART_SOURCES = ("资料来源：受访单位", "数据来源：园区管委会", "制图：本报美术编辑部")


def _page_with_box(box: tuple[str, ...], where: str) -> list[tuple[str, str]]:
    """Two stories with a box before the first's text ends, inside it, or at the page's foot."""
    title, other = ("长沙高新区：智能制造提速",), ("合肥高新区芯片大会开幕",)
    parts = {
        "before_title": (title, *_TEXT_ABOVE, *box, other, *_OTHER_TEXT),
        "inside_story": (title, *_TEXT_ABOVE, *box, *_TEXT_BELOW, other, *_OTHER_TEXT),
        "at_foot": (title, *_TEXT_ABOVE, other, *_OTHER_TEXT, *box),
    }[where]
    return kinds(raw_page(*parts))


@pytest.mark.parametrize(
    ("chart", "source"),
    # figures over their labels under 数读 and no source: a box set in type (open_facts_rows)
    [
        (chart, source)
        for chart in _CHARTS
        for source in [(), *((s,) for s in _CHART_SOURCES)]
        if source or chart != "figures_over_labels"
    ],
)
@pytest.mark.parametrize("where", ["before_title", "inside_story", "at_foot"])
def test_a_chart_of_figures_is_the_pages_furniture_wherever_read(chart, source, where):
    """A 数读 box or a bar chart, its label, its figures and their labels in either order, its
    source under it, is a graphic the extractor reads wherever it sits in the content stream:
    furniture, no title of the story under it, no text of the story it interrupts."""
    box = (*_CHARTS[chart], *source)

    found = _page_with_box(box, where)
    assert [text for kind, text in found if kind == FURNITURE and "—" not in text] == [
        line for line in box if "—" not in line
    ]
    # the text around it read as it is read with no chart there, the chart's lines in none of it
    assert [text for _, text in found if text not in box] == [text for _, text in _page_with_box((), where)]


_STRIPS = {
    "named": ("数字经济", "459亿元", "规上数字经济核心产业营业收入", "29.0%", "同比增长"),
    "unnamed": ("46家", "平台接入园区", "99.99%", "氧化镁纯度", "1.2万吨", "年产能"),
}


@pytest.mark.parametrize("strip", list(_STRIPS))
@pytest.mark.parametrize("where", ["before_title", "inside_story", "at_foot"])
def test_a_strip_of_figures_under_no_charts_label_is_the_pages_furniture(strip, where):
    """Figures set large, each alone on its line over its label, twice at least, under a name of
    a word or two or none: a graphic, though no chart's label word (数读, 图说) names it."""
    box = _STRIPS[strip]
    found = _page_with_box(box, where)
    assert [text for kind, text in found if kind == FURNITURE] == list(box)


_TITLED_CHARTS = {
    # labels over their figures, the title and the source run over to lines of their own
    "figures": (
        *("图表：长沙高新区环节一", "览", "工业硅", "20万吨", "多晶硅", "5万吨", "年产能"),
        *("数据来源：长沙高新区管", "委会"),
    ),
    # a table set as a graphic: two years' figures a row, the years under them
    "years": (
        *("图表：园区指标一览", "集群营业收入", "512亿元 622亿元", "2023年 2024年"),
        "数据来源：园区管委会",
    ),
    # words alone, a product over its use, a maker's credit closing it
    "words": ("图示：长沙高新区产品一览", "陶瓷膜", "工业废水处理", "主要用途", "制图：本报美术编辑部"),
    # a body whose name runs over at 会, after the 委 that closes a name of its own
    "cut_at_wei": ("图表：园区指标一览", "集群营业收入", "512亿元", "数据来源：长沙高新区管委", "会"),
}


@pytest.mark.parametrize("chart", list(_TITLED_CHARTS))
@pytest.mark.parametrize("where", ["before_title", "inside_story", "at_foot"])
def test_a_chart_under_its_label_and_title_down_to_its_source_is_a_caption(chart, where):
    """"图表：" and the chart's title on one line, its labels and figures, words or numbers alone on
    their lines, its source under them: a graphic captioned as a photo is, none of it a story's
    title or text, its lines gathered into one caption (the source's run-over joined to it)."""
    box = _TITLED_CHARTS[chart]
    found = _page_with_box(box, where)
    captions = [text for kind, text in found if kind == CAPTION]
    assert len(captions) == 1
    assert captions[0].replace(" ", "") == "".join(box).replace(" ", "")
    others = [text for kind, text in found if kind != CAPTION]
    assert not any(line in text for text in others for line in box[1:] if len(line) > 2)


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        (
            "图表：园区指标一览 营业收入 512亿元 数据来源：园区管委会",
            Caption(text="图表：园区指标一览 营业收入 512亿元", credit="园区管委会", label="数据来源："),
        ),
        (
            "图示：长沙高新区产品一览 陶瓷膜 废水处理 制图：本报美术编辑部",
            Caption(text="图示：长沙高新区产品一览 陶瓷膜 废水处理", credit="本报美术编辑部", label="制图："),
        ),
    ],
)
def test_a_charts_caption_parts_its_title_and_figures_from_its_source(text, caption):
    assert article_module.split_caption(text) == caption


@pytest.mark.parametrize(
    "lines",
    [
        # a sentence among the lines: a story's text under a line that reads as a label
        ("图表：园区指标一览", "营业收入", "今年前三季度，园区营业收入增长两成。", "数据来源：园区管委会"),
        ("图表：园区指标一览", "集群营业收入", "512亿元"),  # no source closes it
        ("图表：园区指标一览", "数据来源：园区管委会"),  # no row between
    ],
)
def test_a_chart_label_over_no_rows_closed_by_a_source_marks_nothing(lines):
    raw = raw_page("长沙高新区：智能制造提速", *_TEXT_ABOVE, *lines, *_TEXT_BELOW)
    assert not any(line.graphic for line in marks.mark_charts(split_lines(raw)))


@pytest.mark.parametrize(
    ("source", "below", "runs_over"),
    [
        ("数据来源：长沙高新区管", "委会", True),
        ("数据来源：紫竹高新", "区管委会", True),
        ("数据来源：长沙高新区管委", "会", True),
        ("数据来源：长沙高新区管委会", "导读", False),  # a name closed: the next box's label
        ("数据来源：长沙高新区管", "导读", False),  # no body's name closes on it
        ("数据来源：长沙市发改委", "本报讯 近日，园区", False),
    ],
)
def test_a_source_line_runs_over_only_with_its_bodys_last_words(source, below, runs_over):
    assert marks._source_runs_over(source, below) is runs_over


@pytest.mark.parametrize(
    "lines",
    [
        ("数读", *column("156亿元：去年园区生物医药产业产值。")),  # a box of sentences
        ("数读长沙高新区这十年", "46家"),  # a title opening on the word
        ("平台接入园区", "46家", "资料来源：受访单位"),  # figures under no chart's label
        ("数读", "近日，园区企业达到", "46家"),  # a label over text
        ("一图读懂", "园区这一年", "近日，园区企业达到46家。"),  # a title over text, no figure
        ("一图读懂园区发展", "近日，园区企业达到", "46家"),
        ("数字经济", "459亿元", "规上数字经济核心产业营业收入"),  # one figure: no strip
        ("459亿元", "规上数字经济核心产业营业收入", "同比增长29.0%，", "高于全省平均水平"),
    ],
)
def test_figures_on_lines_of_their_own_under_no_charts_label_are_no_chart(lines):
    """A figure printed on a short line of its own in a story's text, or a label over sentences,
    is no chart: nothing of it is marked as a chart's."""
    raw = raw_page("长沙高新区：智能制造提速", *_TEXT_ABOVE, *lines, *_TEXT_BELOW)
    assert not [line for line in split_lines(raw) if marks.mark_charts([line])[0].graphic]
    assert not any(line.graphic for line in marks.mark_charts(split_lines(raw)))


_NOTICES = {
    "call_for_copy": ("征稿启事", "本专刊常年征集园区创新实践稿件，", "来稿请注明“专刊投稿”。"),
    # read by an OCR that writes a space between every two characters
    "call_for_copy_ocr": ("征 稿 启 事", "本 专 刊 征 集 稿 件 ，", "来 稿 请 注 明 “ 专 刊 投 稿 ” 。"),
    # a correction under its label on a line of its own
    "correction": ("更正", "本报3月9日第7版《长治高新区传感器出口》一文中，“副主任”应为“主任”。特此更正。"),
    # an advert for a park's fair: its name, when and where, the number to call
    "fair_advert": (
        "漳州高新区2025年招商推介会",
        "时间：4月24日 地点：漳州市国际会展中心",
        "咨询电话：0632-89619272",
    ),
    "advertorial": (
        "企业风采",
        "长沙高新区某智能装备企业：十年深耕工业传感",
        "专注高精度压力传感器研发与制造",
        "本版文字由长沙高新区管委会提供",
    ),
}


@pytest.mark.parametrize("notice", list(_NOTICES))
@pytest.mark.parametrize("where", ["middle", "foot"])
def test_a_notice_from_its_label_to_its_closing_words_is_the_pages_furniture(notice, where):
    """A call for copy or a firm's advertorial set among the stories, from its label to the words
    that close it (how to send copy, who supplied the words), belongs to no story: the story above
    ends with its last sentence, the one under it keeps its title."""
    story = ("长沙高新区：智能制造提速", *_TEXT_ABOVE, *_TEXT_BELOW)
    after = ("合肥高新区芯片大会开幕", *_OTHER_TEXT) if where == "middle" else ()
    page = parse_page(RawPage("t.txt", raw_page(*story, *_NOTICES[notice], *after)))
    assert page.articles[0].body_text.endswith("数字化转型。")
    assert [article.title for article in page.articles][1:] == (["合肥高新区芯片大会开幕"] if after else [])
    assert [line for line in _NOTICES[notice] if line not in page.furniture] == []


@pytest.mark.parametrize(
    "lines",
    [
        # a story about a call for copy: its label over text that runs on past a few lines
        ("征稿启事", *column("园区近日发布征稿启事，面向企业征集创新案例，" * 4 + "来稿踊跃。")),
        ("征稿启事发布后，园区企业来稿踊跃。",),  # a sentence opening on the words
        ("企业风采", *column("园区企业近年来发展迅速，" * 6 + "产品由园区管委会提供")),
        # a story on a fair: its name over text that gives no number to call
        ("招商推介会", *column("园区近日举办招商推介会，" * 4 + "签约项目12个。")),
    ],
)
def test_a_notice_label_over_text_that_never_closes_it_stays_text(lines):
    raw = raw_page("长沙高新区：智能制造提速", *_TEXT_ABOVE, *lines, *_TEXT_BELOW)
    items = layout(RawPage("t.txt", raw))
    assert not [item.text for item in items if item.kind == FURNITURE]


@pytest.mark.parametrize(
    "text",
    [
        "更正：园区把一次检测失误当成改进的起点，质量体系由此建立起来，企业的产品合格率逐年提高。",
        "园区发布更正公告。 特此更正。",
    ],
)
def test_a_line_that_opens_no_correction_closed_by_its_formula_stays_text(text):
    """The label without the closing formula within a few lines, or the formula without the
    label opening its text, is no correction notice."""
    raw = raw_page("长沙高新区：智能制造提速", *_TEXT_ABOVE, *column(text), *_TEXT_BELOW)
    items = layout(RawPage("t.txt", raw))
    assert not [item.text for item in items if item.kind == FURNITURE]


def test_text_under_a_correction_label_that_never_closes_it_stays_text():
    """A label on a line of its own over text with no closing formula within a few lines."""
    text = column("园区把一次检测失误当成改进的起点，" * 4 + "质量体系由此建立。")
    raw = raw_page("长沙高新区：智能制造提速", *_TEXT_ABOVE, "更正", *text, *_TEXT_BELOW)
    items = layout(RawPage("t.txt", raw))
    assert [item.text for item in items if item.kind == FURNITURE] == ["更正"]  # as any lone label


@pytest.mark.parametrize(
    ("texts", "groups"),
    [
        (["改造方案。", "更正：本报第305期第5版《彩灯插上数字", "翅膀》一文中，特此更正。"], [1, 2]),
        (["摄影：韩冬青", "〖编后〗", "依托检测积累，平台牵头起"], [1, 1, 1]),
        (["已收集海洋微生物菌株4000余株。", "**记者手记**", "依托检测积累，平台牵头起"], [1, 1, 1]),
        (["园区加快推进平台建设，", "〖数字化转型〗园区企业纷纷上云，"], [2]),
        (["园区加快推进平台建设，", "更正了此前的数据口径，"], [2]),
    ],
)
def test_no_line_runs_into_a_wrapped_heading_nor_a_correction(texts, groups):
    """Whatever newline the extractor wrote, a heading wrapped whole in its marks stands on a line
    of its own, and a correction's label opens a notice of its own; a heading run in at its
    paragraph's head, or a line opening on the word 更正, is text and runs on."""
    lines = [Line(k + 1, text, tight=True) for k, text in enumerate(texts)]
    assert [len(group) for group in printed_groups(lines)] == groups


@pytest.mark.parametrize("credit", ["图片来源：临沂高新区", "韩冬青 摄", "摄影：帕提古丽·艾山", "园区供图"])
@pytest.mark.parametrize("caption", [("搬运机器人在仓库中运送货架。",), ("设计师在调试镜框", "样品。")])
def test_a_credit_printed_over_its_caption_makes_one_caption_with_it(credit, caption):
    """A credit alone on its line under the story's byline, over one short sentence, the story's
    text under both: the sentence is the photo's caption, the credit its credit."""
    head = ("临沂高新区：物流机器人走俏", "本报记者 龙金花")
    raw = raw_page(*head, credit, *caption, *_TEXT_ABOVE, *_TEXT_BELOW)
    captions = [item.text for item in layout(RawPage("t.txt", raw)) if item.kind == "caption"]
    assert captions == ["".join(caption) + " " + credit]


@pytest.mark.parametrize("credit", ["韩冬青摄", "临沂高新区供图"])
@pytest.mark.parametrize("above", ["临沂高新区：物流机器人走俏", "本报记者 龙金花"])
@pytest.mark.parametrize("tight", [True, False])
def test_a_credit_set_up_the_photos_edge_takes_the_sentence_under_it(credit, above, tight):
    """A credit set upright along the photo's edge, read back a character a line, stands by its
    photo wherever it is read, under a title as under a byline: the short sentence under it is
    the caption's text."""
    upright = _vertical(credit, 1) if tight else tuple((ch,) for ch in credit)
    raw = raw_page(above, *upright, "搬运机器人在仓库中运送货架。", *_TEXT_ABOVE)
    captions = [item.text for item in layout(RawPage("t.txt", raw)) if item.kind == "caption"]
    assert captions == ["搬运机器人在仓库中运送货架。 " + credit]


@pytest.mark.parametrize("mark", ["[图片]", "[图]"])
@pytest.mark.parametrize("gap", [" ", "\u3000", ""])
def test_an_epaper_photo_mark_is_furniture_before_its_caption_or_alone(mark, gap):
    """An e-paper read back from its HTML writes a mark where a photo stands, alone on its line
    or before the photo's alt text: the mark is furniture, the caption keeps its own words."""
    caption = "搬运机器人在仓库中运送货架。　韩冬青 摄"
    raw = raw_page("临沂高新区：物流机器人走俏", "本报记者 龙金花", mark, mark + gap + caption, *_TEXT_ABOVE)
    found = kinds(raw)
    assert [text for kind, text in found if kind == FURNITURE] == [mark, mark]
    assert [text for kind, text in found if kind == "caption"] == [caption]


def test_a_title_between_the_masthead_and_a_photo_mark_stays_a_title():
    """A photo's mark is no line of the masthead: the title over it, under the date line, is no
    strap line of the page's head."""
    head = ("园区周刊", "2023年10月18日 星期四", "第425期")
    raw = "\n".join([*head, "航空陶瓷部件下线", "[图片]", *_TEXT_ABOVE]) + "\n"
    assert ("headline", "航空陶瓷部件下线") in kinds(raw)


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("[图片]说明：园区航拍", ["[图片]", "说明：园区航拍"]),
        ("[图片]", ["[图片]"]),  # the mark alone: furniture as it is
        ("【图片】园区航拍", ["【图片】园区航拍"]),  # no e-paper's mark
        ("[1]园区航拍", ["[1]园区航拍"]),
    ],
)
def test_only_a_photo_mark_before_words_is_parted_off(line, parts):
    """Only the e-paper's mark itself is parted from the words after it: other brackets stay."""
    assert [part.text for part in marks.split_alt_marks([Line(1, line)])] == parts


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("[图片：海洋仪器的国产化之路]", "海洋仪器的国产化之路"),
        ("[图片:海洋仪器的国产化之路]", "海洋仪器的国产化之路"),
        ("[image: 海洋仪器的国产化之路]", "海洋仪器的国产化之路"),
        ("[ 图 片： 生物制造：从实验室走向“大车间” ]", "生物制造：从实验室走向“大车间”"),  # OCR's spaces
        ("[图片：人才新政“新”在哪]　　本报记者 宋红梅", "人才新政“新”在哪　　本报记者 宋红梅"),
    ],
)
def test_a_title_set_as_an_image_is_its_alt_texts_words(line, text):
    """A title set as an image is read back from the image's alt text: the brackets and the
    label are the reader's markup, the words inside the title; a credit after it stays."""
    [read] = marks.read_alt_titles([Line(1, line)])
    assert (read.text, read.image) == (text, True)


@pytest.mark.parametrize(
    "line",
    [
        "[图片：工人在智能工厂中控室监控生产线。]",  # a photo's alt text, a sentence: its caption
        "[图片]园区航拍",  # an e-paper's photo mark, no alt text
        "【图片说明】科研人员在海上试验场布放浮标",  # a caption's label
        "近日，[图片：园区航拍]显示",  # inside a line of text
        "[1]园区航拍",
    ],
)
def test_only_a_lines_opening_alt_text_without_a_full_stop_is_read_as_a_title(line):
    [read] = marks.read_alt_titles([Line(1, line)])
    assert (read.text, read.image) == (line, False)


@pytest.mark.parametrize(("rest", "tight"), [("", False), ("　　本报记者 宋红梅", True)])
def test_a_single_newline_after_an_alt_texts_bracket_joins_no_line_to_the_title(rest, tight):
    """The documented extractor writes a single newline after the half-width bracket: the
    image holds the whole title, and the line under it is none of it."""
    [read] = marks.read_alt_titles([Line(1, "[图片：海洋仪器的国产化之路]" + rest, tight=True)])
    assert read.tight == tight


def test_a_title_set_as_an_image_over_the_texts_first_line_is_a_headline():
    raw = "[图片：长沙高新区推出五项举措]\n本报讯（记者 吴阿妹）近日，长沙高新区\n\n推出五项举措。\n\n"
    found = kinds(raw)
    assert found[0] == (HEADLINE, "长沙高新区推出五项举措")
    assert found[1][0] == BODY and found[1][1].startswith("本报讯")


@pytest.mark.parametrize("counter", ["1/1", "2/5", "12 / 15"])
def test_a_slideshows_counter_over_a_caption_is_furniture(counter):
    """An e-paper prints a slideshow's counter over each photo's caption: the counter is
    furniture, no figure of the caption nor of the byline above it."""
    caption = "搬运机器人在仓库中运送货架。　韩冬青 摄"
    head = ("临沂高新区：物流机器人走俏", "本报记者 龙金花")
    found = kinds("\n".join([*head, counter, caption, *_TEXT_ABOVE]) + "\n")
    assert (FURNITURE, counter) in found
    assert ("caption", caption) in found


@pytest.mark.parametrize("below", [_TEXT_ABOVE[0], "2025年"])
def test_a_fraction_over_no_caption_is_no_slideshows_counter(below):
    """A figure such as "1/3" over a line of text, no caption, is left to the text."""
    lines = marks.mark_photo_counters([Line(1, "1/3"), Line(2, below)])
    assert not any(line.graphic for line in lines)


@pytest.mark.parametrize(
    ("above", "under"),
    [
        ("本报记者 龙金花", ("近日，临沂高新区物流机器人出口大增。",)),  # a clause in it
        ("本报记者 龙金花", ("物流机器人走俏海外市场", "临沂高新区：物流机器人走俏")),  # a headline
        ("临沂高新区：物流机器人走俏", ("搬运机器人在仓库中运送货架。",)),  # a photo story's opening
    ],
)
def test_a_credit_over_no_caption_sentence_gathers_nothing(above, under):
    """Under a byline, a credit over a sentence with a clause or over a headline gathers nothing;
    nor does a credit over a short sentence right under a title, which may open a photo story."""
    raw = raw_page(above, "韩冬青 摄", *under, *_TEXT_ABOVE)
    captions = [item.text for item in layout(RawPage("t.txt", raw)) if item.kind == "caption"]
    assert captions == ["韩冬青 摄"]


# What an e-paper site or a reader app prints round a story: its links to the story before and
# after and to the contents, a story's tail sending the reader to a video or to the paper's app,
# its tags, and who sponsors the page
READER_FURNITURE = (
    "上一篇",
    "上一篇　下一篇　返回目录",
    "上一页 | 下一页",
    "返回首页",
    "上一版\u3000下一版",
    "【打印本页】【关闭窗口】",
    "上一篇：园区企业发布新品",
    "分享到：微信 微博",
    "点击查看原文",
    # a repost's foot and head: the link to the page it was taken from, the prompt to follow the account
    "阅读原文",
    "点击蓝字 关注我们",
    "点击上方蓝字关注我们",
    "扫描二维码",
    "观看视频报道",
    "点击观看视频",
    "更多报道详见本报客户端",
    "更多精彩内容请下载本报APP",
    "更多园区资讯请关注本报客户端“园区”频道",  # a channel of the app, named in quotes
    "（相关报道见第2版）",  # a cross-reference to another page of the issue
    "（详见第A3版）",
    "（相关评论请参阅第十二版）",
    "关键词：新材料 产业集群 招商引资",
    "关键词：数字经济",
    "本版由威海火炬高新区管委会协办",
    "本栏目由园区管委会主办",
    "支持单位：威海火炬高新区\u3000合肥高新区",
)


@pytest.mark.parametrize("line", READER_FURNITURE)
def test_furniture_an_e_paper_or_a_reader_prints_round_a_story_ends_the_story_above(line):
    """Printed under a story (or between two), the line is the page's furniture: no headline of
    the story below, and the story above ends before it."""
    title = "西安高新区硬科技企业加速成长"
    second = ("本报讯 近日，西安高新区发布数据，硬科技", "企业数量增长明显。")
    items = layout(RawPage("t.txt", raw_page(*BODY_A * 4, line, title, *second)))
    at = next(k for k, item in enumerate(items) if item.text == line)
    assert (items[at].kind, items[at - 1].ends_article) == ("furniture", True)
    assert ("headline", title) in [(item.kind, item.text) for item in items]


@pytest.mark.parametrize(
    "line",
    [
        "园区企业开发的客户端已上线",  # a title about an app
        "更多用户可以通过下载客户端",  # a line of text that ends on the word
        "关键词：绿色发展成为今年园区工作的主线",  # a sentence after the label, no tags
        "本次大会的关键词：创新、协同。",
        "上一篇文章发表后，园区企业反响热烈。",
        "返回",  # a word alone: a narrow column's line
        "阅读原文件后，企业负责人表示",
        "蓝字标注的企业",
        "观看视频报道的观众超过十万人次",
        "本版由园区管委会协办的论坛下月举行",
        "扫码点餐进园区",
        "扫码看后厨",  # a title: what a code shows, not a screen's video or text
        "▲扫码看后厨",
        "策划：园区管委会",  # a story's own planner, no page's: its writers' credit follows
        "2021-04-25  第14版：园区企业产值增长三成",  # a page's name is a word or two, not a clause
        "4月25日第14版刊发的报道",
        "更多园区企业关注本报客户端的“园区”频道后表示，",  # a clause of text
        "（见表2）",  # a table, no page, sent to
        "（相关数据见附件）",
        "相关报道见第2版后，园区企业纷纷来电",
    ],
)
def test_text_that_mentions_an_app_tags_or_a_video_is_no_reader_furniture(line):
    assert not is_furniture_line(line)


SCREEN_COUNTERS = ("— 1/3 —", "—\xa02/3\xa0—", "-3/5-", "第2/5页")


@pytest.mark.parametrize("counter", SCREEN_COUNTERS)
@pytest.mark.parametrize("at", [1, 3])
def test_a_reader_apps_screen_counter_is_taken_off_and_the_text_runs_on_across_it(counter, at):
    """A reader app writes where each screen ended, wherever that is: inside a paragraph the text
    runs on across the counter, as if it were not there."""
    lines = ["威海火炬高新区企业制定国际标准", *STANDARD]
    plain = "\n".join(lines) + "\n"
    counted = "\n".join([*lines[: at + 1], counter, *lines[at + 1 :]]) + "\n"
    assert take_off_screen_counters(counted) == plain
    assert parse_page(RawPage("t.txt", counted)).articles == parse_page(RawPage("t.txt", plain)).articles


@pytest.mark.parametrize("line", ["1/1", "— 3 —", "比例为1/3", "— 1/3 —以上企业"])
def test_a_photo_mark_a_page_number_or_a_fraction_in_text_is_no_screen_counter(line):
    page = raw_page(*STANDARD[:2], line, *STANDARD[2:])
    assert take_off_screen_counters(page) == page


DECK_TEXT = column(
    "近日，园区一条新生产线建成投产，年产能可满足省内外二十余家整机企业的配套需求。",
    "园区有关负责人表示，将围绕龙头企业延链补链，做好项目服务保障。",
)

# A narrow column's text, its widths ragged by figures set at half width: no first line below
# measures an indent
NARROW_ABOVE = (
    "过去，机组的大部分零部件",
    "需要从外地采购。园区围绕整机",
    "企业招引发电机、变流器、轴承",
    "和塔筒等配套企业，目前本地配",
    "套率已提高到45%。一家轴承",
    "企业负责人说，离整机厂近，新",
    "产品从设计到装机验证的时间缩",
    "短了一半。",
)
NARROW_BELOW = (
    "企业还在园区建设了风电场",
    "远程监控中心，对全国100多",
    "个风电场的4000余台机组进",
    "行实时监测和故障预警。运维服",
    "务收入已占到企业营业收入的",
    "12%。",
)


@pytest.mark.parametrize(
    "deck, title, subtitle",
    [
        # a verb's count at the end of a title's upper half waits for the thing it counts
        (("株洲高新区出台八条", "措施支持轨道交通"), "株洲高新区出台八条措施支持轨道交通", ""),
        # a count after its thing closes a phrase: two parts
        (("园区今年引进企业十家", "产值同比增长两成"), "园区今年引进企业十家", "产值同比增长两成"),
        # a title broken at its middle over a line printed whole far wider: set larger, the title
        (
            (("钛合金锻件产", "量再创新高"), "宝鸡高新区钛材生产线扩能项目竣工"),
            "钛合金锻件产量再创新高",
            "宝鸡高新区钛材生产线扩能项目竣工",
        ),
        # a line not that much wider tells nothing of type: the widest is the title
        ((("钛合金锻件产", "量再创新高"), "宝鸡高新区钛材项目竣工"), "宝鸡高新区钛材项目竣工", ""),
    ],
)
def test_a_title_balanced_over_two_lines_is_one_title(deck, title, subtitle):
    article = parse_page(RawPage("t.txt", raw_page(*deck, *DECK_TEXT))).articles[0]
    assert (article.title, article.subtitle) == (title, subtitle)


@pytest.mark.parametrize(
    ("line", "above", "kind"),
    [
        ("［运维服务打开新空间］", NARROW_ABOVE, "headline"),
        # no sentence closed above: the brackets are the text's, running on
        ("［运维服务打开新空间］", NARROW_ABOVE[:-1], "body"),
        # a clause in the brackets: an aside of the text, no heading
        ("［企业说，服务打开空间］", NARROW_ABOVE, "body"),
        # not wrapped whole: the text goes on past the bracket
        ("［运维服务］打开新空间", NARROW_ABOVE, "body"),
    ],
)
def test_a_line_wrapped_in_subheading_brackets_between_paragraphs_is_a_subheading(line, above, kind):
    """An e-paper wraps a subheading whole in brackets on a line of its own. In a narrow column
    it is about as wide as a paragraph's first line, and the ragged lines below measure no
    indent: after a closed sentence, over more text, the brackets alone make it a subheading."""
    text = raw_page(*above, line, *NARROW_BELOW)
    assert kind_of(text, line) == kind


@pytest.mark.parametrize(
    ("line", "above", "kind"),
    [
        ("〉〉运维服务打开新空间", NARROW_ABOVE, "headline"),
        ("☆运维服务打开新空间", NARROW_ABOVE, "headline"),
        ("★运维服务，打开新空间", NARROW_ABOVE, "headline"),  # two phrases paired by a comma
        # no sentence closed above: the text runs on
        ("〉〉运维服务打开新空间", NARROW_ABOVE[:-1], "body"),
        # one chevron closes a title's quotation, run on from the line above: no pointer
        ("〉运维服务打开新空间", NARROW_ABOVE, "body"),
    ],
)
def test_a_line_opening_on_a_pointer_between_paragraphs_is_a_subheading(line, above, kind):
    """A star or a pair of chevrons points to a subheading as a bullet does: after a closed
    sentence, over more text, it makes the line a subheading however wide the line is."""
    text = raw_page(*above, line, *NARROW_BELOW)
    assert kind_of(text, line) == kind


@pytest.mark.parametrize("pointer", ["☆", "★", "〉〉", "》》"])
def test_a_subheadings_pointer_is_no_word_of_it(pointer):
    """The pointer is the page's decoration, as a bullet is: the heading keeps its words only."""
    text = raw_page(*NARROW_ABOVE, f"{pointer}运维服务打开新空间", *NARROW_BELOW)
    page = parse_page(RawPage("t.txt", text))
    blocks = [block for article in page.articles for block in article.blocks]
    assert [block.text for block in blocks if block.type == "heading"] == ["运维服务打开新空间"]
    assert pointer in page.furniture


# A page whose figures are set as wide as characters: "…企业83" fills a first line as "…企业园区"
# would, "83家，…" a full line
SINGLE_SPACED_ABOVE = (
    "共建镁质材料研究院，围绕高纯化、纳米",
    "化和复合化三个方向开展攻关，已突破关",
    "键技术和工艺难题，申请发明专利六十余",
    "件。",
)
SINGLE_SPACED_BELOW = (
    "绘制产业图谱，按照“缺什么补什么”的",
    "思路开展精准招商。去年新引进镁合金压",
    "铸、镁基储氢材料等项目，总投资三十二",
    "亿元。园区还组建了镁产业联盟，推动上",
    "下游企业协同创新，共享检测设备和中试",
    "平台。",
)


@pytest.mark.parametrize(
    ("first", "apart"),
    [
        ("园区梳理镁产业链上下游企业共83", True),  # a first line ending on a figure, short by its indent
        ("园区梳理镁产业链上下游企业共八十", True),  # as wide, no figure
        # well short of a first line even with its figure counted as a character: no text's line
        ("园区梳理上下游企业8", False),
    ],
)
def test_a_first_line_under_a_subheading_ending_on_a_figure_is_no_line_of_it(first, apart):
    """Written without blank lines, a subheading is read apart from a first line under it that lost
    its indent: one ending on figures set as wide as characters is as wide as that, though its
    figures measure half a character each."""
    heading = "从单打独斗到链条协同"
    text = "\n".join((*SINGLE_SPACED_ABOVE, heading, first, *SINGLE_SPACED_BELOW)) + "\n"
    found = dict((item_text, kind) for kind, item_text in kinds(text))
    if apart:
        assert (found.get(heading), found.get(first)) == ("headline", "body")
    else:
        assert f"{heading}\n{first}" in found


BRIEF_LINES = (
    "荆州高新区化工园区通过智慧化验收",
    "本报讯（记者 李明）近日，",
    "荆州高新区化工园区智慧化",
    "平台通过省级验收。 平台接",
    "入园区46家化工企业的重",
    "大危险源监测数据和",
    "1200余路视频监控，实",
    "现安全风险实时预警、应急",
    "资源一图调度。平台运行以",
    "来，园区安全隐患平均整改",
    "时间由5天缩短到2天。园",
    "区下一步将把平台延伸到危",
    "化品运输车辆和周边社区。",
)


@pytest.mark.parametrize(
    ("lines", "line", "kind"),
    [
        # the line finishes the word a line of text broke off: it goes on with that text
        (BRIEF_LINES, "入园区46家化工企业的重", "body"),
        # a title's own lines break inside a word: no clause in the line above
        (
            ("保定高新区出台八条措施支", "持新能源企业开拓海外市场", *BRIEF_LINES[1:]),
            "保定高新区出台八条措施支\n持新能源企业开拓海外市场",
            "headline",
        ),
    ],
)
def test_a_line_finishing_a_word_of_the_text_above_is_no_headlines_line(lines, line, kind):
    """Written without blank lines, two short lines holding no clause may be a headline's; not
    where the first finishes a word that a line of text above it broke off."""
    text = "\n".join(lines) + "\n"
    assert kind_of(text, line) == kind


# A column of 14 characters written one line a line with no blank between (a loose-row reader)
GLUE_COLUMN = (
    "济南高新区算力调度平台上线",
    "济南高新区算力调度平台日前上线",
    "运行，首批接入园区内外数据中心",
    "6家，可调度算力资源约每秒30",
    "00亿亿次。平台把分散的算力“打",
    "包”成标准化服务，企业在线提交",
    "需求后，系统会根据任务类型和价",
    "格自动匹配算力资源。为降低中小",
    "企业使用门槛，园区还发放了总额",
    "1000万元的算力券，企业使用",
    "平台算力可抵扣最高30%的费用",
)
GLUE_BOX = ("公益广告", "文明出行 礼让斑马线", "晚报社 宣")


def _glued(column: tuple[str, ...], box: tuple[str, ...], last: str) -> str:
    """The column with its last line `last` and the box glued onto the ends of its last lines."""
    lines = [*column[:-1], last]
    start = len(lines) - len(box)
    return "\n".join(line + (box[n - start] if n >= start else "") for n, line in enumerate(lines))


@pytest.mark.parametrize(
    ("last", "box"),
    [
        ("。", GLUE_BOX),  # the story closes full: every box line past the measure
        ("。（晚报通讯员 达瓦卓玛）", GLUE_BOX),  # the credit closes it, on a line of its own
        ("。", ("园区名片", "济南高新区", "所在地：山东省济南市", "又称：济南国家高新区")),
    ],
)
def test_a_box_glued_onto_a_columns_last_lines_is_written_apart(last, box):
    """A loose-row reader writes a box set beside a column's foot onto the ends of its lines
    ("…的算力公益广告"): the lines run past the measure, each by a line of the box, and the
    last closes the story, the box's last line after its close. The box's lines are written apart
    after the column, the column's lines as printed."""
    closing = GLUE_COLUMN[-1] + last[:1]
    column = (*GLUE_COLUMN[:-1], closing, last[1:]) if last[1:] else (*GLUE_COLUMN[:-1], closing)
    page = _glued(column, box, column[-1])
    assert split_glued_boxes(page) == "\n".join(column + box)


@pytest.mark.parametrize(
    "page",
    [
        # a wider column under the narrow one: its lines all run past by one amount
        "\n".join(
            [
                *GLUE_COLUMN[:8],
                "企业使用门槛，园区还发放了总额1000万",
                "元的算力券，企业使用平台算力可抵扣最高",
                "30%的费用。",
            ]
        ),
        # the box's lines glued on, but the column's text runs on under them: no box of the foot
        _glued(GLUE_COLUMN + ("的费用，企业反映良好",), GLUE_BOX[:2], "的费用，企业反映良好"),
        # two lines run past, the last closing the story: too few to tell a box from chance
        _glued((*GLUE_COLUMN[:-1], GLUE_COLUMN[-1] + "。"), GLUE_BOX[1:], GLUE_COLUMN[-1] + "。"),
        # lines set wider, the text past the measure going on with the word the measure cut
        "\n".join(
            [
                *GLUE_COLUMN[:8],
                "企业使用门槛，园区还将发放了总额一千万元的算力",
                "券，企业使用平台的算力可抵扣最高三成",
                "的费用。园区负责人介绍平台",
            ]
        ),
        # a paragraph written on one line, as some readers write them
        "\n".join([*GLUE_COLUMN[:8], "".join(GLUE_COLUMN[8:]) + "。", "园区负责人表示，平台将逐步扩容。"]),
        # a space written after every mark, a word split by a stray one
        "\n".join(
            [
                *GLUE_COLUMN[:8],
                "企业使用门槛， 园区还发放了总额",
                "1000万元的算力 券， 企业使用",
                "平台算力可抵扣最高30%的费用。",
            ]
        ),
        # a line justified to the measure, its characters spaced apart, under lines whose figures
        # are spaced round (the lines under it run past the measure by their spaces)
        "\n".join(
            [
                "近日，赣州高新区出台《支持钨和稀土产业创新",
                "发展的十条措施》，从研发投入、平台建设、人",
                "才引进和金融支持等方面加大扶持力度。",
                "　　一是对企业研发投入按增量部分的 15% 给",
                "予奖励，每家企业每年最高 300 万元；二是对",
                "新获批的国家级创新平台一次性奖励 500 万",
                "元 ； 三 是 对 引 进 的 高 层 次 人 才 团 队 给 予 最 高",
                "2000 万元项目资助；四是设立 5 亿元钨和稀",
                "土产业引导基金；五是对企业首台（套）产品给",
                "予销售额 10% 的奖励。",
            ]
        ),
        # a column set narrow beside a photo, then at its measure again under it: the wider lines
        # part their clauses, as no box's line does
        "\n".join(
            [
                "警，利用图像识别技术自",
                "动识别消防通道占用、危",
                "化品车辆违停等隐患，发",
                "现后自动推送给网格员；",
                "三是闭环处置，隐患从发",
                "现、派单、整改到复核全",
                "流程线上流转，平均处置",
                "时间由 2 天缩短到 6 小时；四是精准执",
                "法，根据企业的隐患记录对企业进行",
                "风险分级，执法检查重点向高风险企",
                "业倾斜。平台运行以来，已发现并整",
                "改各类安全隐患 1300 余处。",
            ]
        ),
        # a headline and its byline under a column that closed
        "\n".join(
            [
                *GLUE_COLUMN[:10],
                "平台算力可抵扣最高30%的费用。",
                "郑州高新区停车位共享平台上线运行",
                "晚报记者 木拉提·艾山 晚报通讯员 逄晓燕",
            ]
        ),
        # lines set short beside a photo, the column's measure under it: a sentence closes one
        "\n".join(
            [
                *GLUE_COLUMN[:8],
                "企业使用门槛，园区还发放了总额10",
                "00万元的算力券。企业使用平台",
                "算力可抵扣最高30%的费用。",
            ]
        ),
    ],
)
def test_no_box_taken_off_lines_run_past_by_the_text_itself(page):
    assert split_glued_boxes(page) == page


@pytest.mark.parametrize(
    "line",
    [
        "（园区新鲜事，欢迎拨打晚报新闻热线96811提供线索）",
        "（园区新鲜事， 欢迎拨打晚报新闻热线96811提供线索）",  # a space after each comma
        "（欢迎提供新闻线索，报料热线：0571-85100000）",
        "（身边有新鲜事？请拨打本报热线12345告诉我们）",
    ],
)
def test_the_desks_call_for_news_under_a_story_is_furniture(line):
    assert is_furniture_line(line)
    assert kind_of(raw_page(*BODY_A, line, *BODY_A), line) == "furniture"


@pytest.mark.parametrize(
    "line",
    [
        "（市民可拨打12345热线反映问题）",  # no call for news
        "（欢迎拨打晚报新闻热线提供线索）",  # no number to call
        "欢迎拨打新闻热线96811提供线索，园区负责人说。",  # a sentence, no bracket round it
        "（欢迎拨打新闻热线96811提供线索。园区负责人说）",
    ],
)
def test_a_story_sentence_on_a_hotline_is_no_call_for_news(line):
    assert not is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "#园区新鲜事# 更多内容请下载晚报客户端",
        "# 园区新鲜事# 更多内容请下载晚报客户端",  # a space an OCR read into the tag
        "＃园区新鲜事＃更多报道详见本报客户端",
        "#园区新鲜事#  #科创周刊#",
    ],
)
def test_a_topic_tag_and_a_read_on_note_under_a_story_are_furniture(line):
    assert kind_of(raw_page(*BODY_A, line, *BODY_A), line) == "furniture"


@pytest.mark.parametrize(
    "line",
    ["#园区新鲜事#话题阅读量已超过一亿次。", "市民可下载晚报客户端查看更多内容", "#园区新鲜事#话题火了"],
)
def test_a_sentence_on_a_topic_or_an_app_is_no_read_on_note(line):
    assert not is_furniture_line(line)


@pytest.mark.parametrize(
    "rule",
    [
        "～～～～～～～～",
        "〜〜〜〜〜〜〜〜〜〜",
        "～～～～～ ～～～",  # a space an OCR read into it
    ],
)
def test_a_wavy_rule_closing_a_story_is_furniture(rule):
    assert is_rule(Item("body", [], rule))
    assert kind_of(raw_page(*BODY_A, rule, "合肥高新区集成电路大会", *BODY_A), rule) == "furniture"


@pytest.mark.parametrize("line", ["气温3～5摄氏度", "～～", "～～～～～～好"])
def test_a_range_or_a_short_wave_is_no_rule(line):
    assert not is_rule(Item("body", [], line))


def test_a_rule_of_box_strokes_an_ocr_read_a_space_into_is_a_rule():
    assert is_rule(Item("body", [], "┄┄┄┄ ┄┄┄┄"))


@pytest.mark.parametrize("line", ["A06  科创·园区", "科创·园区  B12", "2024年1月1日 星期一  A08", "A08"])
def test_a_folio_numbered_in_a_lettered_section_is_furniture(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", ["A06科创·园区建设提速，", "5G 基站", "Z9 园区"])
def test_text_after_a_letter_and_figure_is_no_folio(line):
    assert not is_furniture_line(line)


BARS = ("科创 | 周刊", "◆科创园区◆", "园区 · 新闻 · 科创", "园区｜动态")
TITLE_A = "合肥高新区集成电路大会签约"


@pytest.mark.parametrize("bar", BARS)
@pytest.mark.parametrize("tight", [False, True])
def test_a_section_bar_at_the_page_head_is_furniture_not_the_first_kicker(bar, tight):
    """The bar's name set between ornaments, parted by a bar or dotted into three words is a
    rubric's shape: printed over the first headline (in one group with it or not), it is no
    kicker of that story."""
    page = raw_page((bar, TITLE_A) if tight else bar, *([] if tight else [TITLE_A]), *BODY_A)
    assert ("furniture", bar) in kinds(page)
    assert ("headline", TITLE_A) in kinds(page)


@pytest.mark.parametrize("name", ["阿依古丽·买买提", "热依拉|阿依"])
def test_a_dotted_name_over_a_title_at_the_page_head_is_no_bar(name):
    page = raw_page((name, TITLE_A), *BODY_A)
    assert ("furniture", name) not in kinds(page)


def test_a_subheading_between_ornaments_inside_a_story_is_no_bar():
    page = raw_page(*BODY_A * 5, "◆创新驱动◆", *BODY_A * 5)
    assert kind_of(page, "◆创新驱动◆") != "furniture"


CARDS = (
    ("园区名片", "中关村", "所在地：北京市", "又称：中关村科技园"),
    ("企业名片", "所在园区：仙桃高新区", "主要领域：特色产业、质量品牌"),
    ("【人物档案】", "阿依古丽·买买提", "职务：园区管委会主任", "籍贯：新疆喀什"),
)


@pytest.mark.parametrize("card", CARDS)
@pytest.mark.parametrize("tight", [False, True])
def test_a_fact_card_between_stories_is_furniture_and_ends_the_story_above(card, tight):
    page = raw_page(*BODY_A, *((card,) if tight else card), TITLE_A, *BODY_A)
    items = layout(RawPage("t.txt", page))
    lines = {line.text: item.kind for item in items for line in item.lines}
    assert all(lines[line] == "furniture" for line in card)
    assert ("headline", TITLE_A) in kinds(page)
    assert next(item for item in items if item.text == BODY_A[-1]).ends_article


CONTACT_CARDS = (
    ("企业名片", "企业名称：智联精工科技有限公司", "所在园区：营口高新区", "主营业务：工业传感器研发制造",
     "联系电话：0325-8249338"),
    ("企业名片", "企业名称：华芯微电子有限公司", "联系电话：0352-6074186"),
    ("【企业名片】", "主营业务：生物药研发", "报名邮箱：hr41@park-alliance.cn"),
)


@pytest.mark.parametrize("card", CONTACT_CARDS)
@pytest.mark.parametrize("tight", [False, True])
def test_a_card_closing_on_whom_to_call_is_an_item_of_the_page(card, tight):
    """A card presenting a firm to the readers closes on its telephone: no sidebar of facts, but an
    item of the page's, its label the title and its rows the text, ending there."""
    page = raw_page(*BODY_A, *((card,) if tight else card), "", TITLE_A, *BODY_A)
    items = layout(RawPage("t.txt", page))
    lines = {line.text: item.kind for item in items for line in item.lines}
    assert [lines[line] for line in card] == ["headline"] + ["body"] * (len(card) - 1)
    assert next(item for item in items if item.text == card[-1]).ends_article
    assert ("headline", TITLE_A) in kinds(page)


# a card on a narrow column: each row's value broken over lines of its own, a number at its stroke
NARROW_CARD = (
    "企业名片", "企业名称：智联精工", "科技有限公司", "所在园区：安庆高新", "区", "联系电话：0623", "-6743717"
)
NARROW_CARD_ROWS = ["企业名称：智联精工科技有限公司", "所在园区：安庆高新区", "联系电话：0623-6743717"]


@pytest.mark.parametrize("under", [("", TITLE_A), (TITLE_A,)])
def test_a_card_whose_rows_break_over_lines_is_an_item_each_row_a_paragraph(under):
    page = parse_page(RawPage("t.txt", raw_page(*BODY_A, *NARROW_CARD, *under, *BODY_A)))
    card = next(article for article in page.articles if article.title == "企业名片")
    assert [squeeze(block.text) for block in card.blocks] == NARROW_CARD_ROWS
    assert TITLE_A in [article.title for article in page.articles]


@pytest.mark.parametrize(
    ("lines", "size"),
    [
        (NARROW_CARD, len(NARROW_CARD)),
        ((*NARROW_CARD, TITLE_A), len(NARROW_CARD)),  # a title under the card: no value of a row
        (("企业名片", "所在园区：安庆高新", TITLE_A, *BODY_A), 2),  # words over no row: a title
        (("企业名片", "企业名称：华芯微电子有限公司", "联系电话：0352-6074186"), 3),
    ],
)
def test_a_cards_rows_take_the_lines_their_values_break_onto(lines, size):
    parts = marks._card_parts(list(lines))
    assert parts[-1].stop == size


def test_a_cards_rows_under_a_label_printed_elsewhere_are_text_each_a_paragraph():
    """Its label gathered with the page's headlines at its foot, a card's label：value rows over
    its number to call are text, each a paragraph of its own: no title's lines."""
    rows = ("企业名称：北辰生物制", "药有限公司", "所在园区：白银高新区", "主营业务：生物药研发")
    credit = "（合肥高新区党群工作部 马玉兰）"
    raw = raw_page(*BODY_A, credit, *rows, "联系电话：0470-", "7436922", "", TITLE_A)
    page = parse_page(RawPage("t.txt", raw))
    card = next(article for article in page.articles if "企业名称" in article.body_text)
    assert [squeeze(block.text) for block in card.blocks] == [
        "企业名称：北辰生物制药有限公司",
        "所在园区：白银高新区",
        "主营业务：生物药研发",
        "联系电话：0470-7436922",
    ]
    assert not any("：" in article.title for article in page.articles)


def test_a_title_with_a_colon_over_the_pages_contact_line_is_no_boxs_row():
    """A title printed under its story's credit, a name and a colon opening it, over the page's
    e-mail line: one row alone makes no box, and the title stays a headline."""
    title = "稀土高新区：“稀土+”链条越拉越长"
    credit = "（本报记者 巴特尔 本报通讯员 敖登格日乐）"
    page = raw_page(*_TEXT_ABOVE, credit, title, "E-mail:yuanqu2@example.cn")
    assert kind_of(page, title) == "headline"


@pytest.mark.parametrize(
    "lines",
    [
        ("问：园区有多少企业？", "答：目前有三百家。"),  # an interview's turns: sentences
        ("园区名片", "打造园区名片，合肥高新区一直在行动。"),  # a label over no rows
        ("擦亮园区名片", "记者：这件事怎么看？"),
    ],
)
def test_label_and_value_lines_of_a_story_are_no_card(lines):
    page = raw_page(*BODY_A, *lines, *BODY_A)
    assert all(kind != "furniture" for kind, text in kinds(page) if text in lines[1:])


ADVERTS = (
    ("公益广告", "节约用水 从我做起", "晚报社 宣"),
    ("【公益广告】", "文明出行", "礼让斑马线", "市文明办宣"),
    # who placed it named alone, the bodies each by its kind's word; a slogan ending as one does
    ("公益广告", "垃圾分类 人人有责", "中央网信办 中国文明网"),
    ("公益广告", "共建和谐社会", "市文明委"),
    # a firm's advert: what it offers, down to the number to call
    ("广告", "科技成果转化对接会", "报名截止：5月31日", "咨询电话：010-88722755"),
    # the number named for what it takes, whatever that is
    ("广告", "蜀通物流", "园区直达 一票到底", "订舱电话：028-65021177"),
)


@pytest.mark.parametrize("advert", ADVERTS)
@pytest.mark.parametrize("tight", [False, True])
def test_an_advert_between_stories_is_furniture(advert, tight):
    page = raw_page(*BODY_A, *((advert,) if tight else advert), TITLE_A, *BODY_A)
    lines = {line.text: item.kind for item in layout(RawPage("t.txt", page)) for line in item.lines}
    assert all(lines[line] == "furniture" for line in advert)
    assert ("headline", TITLE_A) in kinds(page)


@pytest.mark.parametrize("label", ["公益广告", "广告"])
def test_lines_under_an_advert_label_with_no_credit_are_no_slogan(label):
    """With no line of who placed it nor a number to call under them, the lines are the story's own."""
    title = "节约用水从我做起"
    page = raw_page(*BODY_A, label, title, *BODY_A)
    assert kind_of(page, title) != "furniture"


@pytest.mark.parametrize("label", ["人物", "读者热线"])
def test_a_column_label_under_the_bar_over_the_first_headline_is_furniture(label):
    """Printed in one group, the bar, the column's label and the title: the label is no part
    of the title, nor its kicker."""
    items = kinds(raw_page(("园区·高新", label, TITLE_A, "访合肥高新区一家企业负责人"), *BODY_A))
    assert ("furniture", f"园区·高新\n{label}") in items
    assert all(label not in text for kind, text in items if kind == "headline")


@pytest.mark.parametrize(
    "line",
    [
        "公益广告",
        "【公益广告】",
        "广告",
        "晚报社 宣",
        "市文明办 宣",
        "咨询电话：010-88722755",
        "订舱电话：028-65021177",  # a number named for what it takes
    ],
)
def test_an_adverts_label_and_credit_are_furniture_on_their_own(line):
    """Furniture by their own text: a column's lines read across them are not reordered."""
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "园区加大政策宣",
        "据园区党工委宣",
        "公益广告投放增长三成",
        "广告牌",
        "咨询电话：请拨服务热线。",
        "拨打投诉电话：12345反映问题后当天就有回复",  # a sentence quoting a number
    ],
)
def test_a_line_cut_inside_a_word_before_no_credit_is_no_adverts_furniture(line):
    assert not is_furniture_line(line)


@pytest.mark.parametrize("above", [(), ("（园区新鲜事，欢迎拨打晚报新闻热线96811提供线索）",)])
def test_the_story_above_the_rule_and_the_tail_over_a_desk_box_ends_there(above):
    """The box stands between two stories, under the rule closing the one above (and the tail
    the desk added to it): that story ends with its last sentence, whatever follows the box."""
    advert = ("公益广告", "节约用水 从我做起", "晚报社 宣")
    items = layout(RawPage("t.txt", raw_page(*BODY_A * 3, *above, "～～～～～～～～", *advert, *BODY_A * 3)))
    closing = [k for k, item in enumerate(items) if item.text == BODY_A[-1]]
    assert items[closing[2]].ends_article


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("A 13  科创·园区", True),  # an OCR layer's stray space inside the folio's number
        ("A13  科 创·园区", True),  # or inside the page's name
        ("2 023年3月6日 星期一", True),  # or inside the date's year
        ("2021年2月15日 星 期一", True),  # or its weekday
        ("1 2", False),  # a figure's digits apart, with no page's name or date: no page number
        ("中关村量子传感 中试平台", False),  # a headline's phrases apart stay a headline
        ("科创 园区", False),
        ("更多园区资讯请关注本报客 户端“园区”频道", True),  # a justified line opened up by a space
        ("创新 园区·专刊", True),  # the edition's name
        ("区域创新·专刊", True),
        ("科技园区 · 周刊", True),
        ("园区观察·创新高地", False),  # a kicker's two words: no edition named
        ("专刊", False),
    ],
)
def test_furniture_read_with_an_ocr_layers_stray_space(line, expected):
    assert is_furniture_line(line) is expected


LOGO_ABOVE = (
    "采摘机器人下田",
    "晚报讯（通讯员 盘金凤）近",
    "日， 孝感高新区一家农业装备",
    "企业研制的草莓采摘机器人在",
    "园区周边的种植基地试用。 机",
    "器人通过视觉识别判断果实成",
    "熟度， 用柔性夹爪完成采摘，",
    "每小时可采摘草莓约600颗，",
    "破损率低于3%。 企业计划明",
    "年推出适用于番茄和甜椒的机",
    "型。",
    "════════",
)
JINAN_TITLE = ("济南高新区算力调度平台上线", "济南高新区算力调度平台日")  # the lead restates the title
LOGO_LEAD = (
    "前上线运行， 首批接入园区",
    "内外数据中心6家， 可调度",
    "算力资源约每秒3000亿",
    "亿次。",
    "平台把分散的算力“打包”",
    "成标准化服务， 企业在线提",
    "交需求后， 系统会根据任务",
    "类型和价格自动匹配算力资",
    "源。",
)


@pytest.mark.parametrize(
    "logo, under, roles",
    [
        ("读者热线", JINAN_TITLE, ("读者热线", JINAN_TITLE[0])),
        ("记者观察", JINAN_TITLE, ("记者观察", JINAN_TITLE[0])),
        # a line of a name no column is named by is left as it was read
        ("园区快讯", JINAN_TITLE, ("", "园区快讯")),
        # under the logo, the text's first line: a clause, or words the line under does not restate
        ("读者热线", ("日前，济南高新区算力调度平台", "上线运行， 首批接入园区"), ("", "读者热线")),
        ("读者热线", ("济南高新区一家企业研制的算", "力调度平台日前上线运行，"), ("", "读者热线")),
    ],
)
def test_the_line_under_a_column_logo_is_its_story_title(logo, under, roles):
    """A column's logo heads a story, its title right under it (a lead restates the title's
    first words): the logo is no section's subheading, the line under it no text's first line."""
    page = "\n".join((*LOGO_ABOVE, logo, *under, *LOGO_LEAD)) + "\n"
    article = parse_page(RawPage("t.txt", page)).articles[-1]
    assert (article.kicker, article.title) == roles


@pytest.mark.parametrize(
    "credit, byline",
    [
        # credits under a title, as a national science daily prints them
        ("龙玉莲（记者）\u3000笪明轩（通讯员）", True),
        ("覃丽娟（本报记者）", True),
        ("策划：郜思远｜执笔：宓晓丹", True),
        # the staff alone is no byline: the writers' label must follow the planner's
        ("策划：园区管委会", False),
    ],
)
def test_a_credit_under_the_title_is_the_articles_byline(credit, byline):
    page = "\n".join(["常德高新区知识产权质押融资破10亿元", credit, "", *BODY_A])
    assert (("byline", credit) in kinds(page)) is byline


YINCHUAN_LEAD = "银川高新区近期启动“人工智能+制造”行动，计划两年内推动一百家企业应用人工智能技术。"
YINCHUAN_TITLE = "让人工智能走进园区车间"
YINCHUAN_TEXT = (
    "问：为什么要推动人工智能在制造企业中的应用？",
    "答：园区制造企业以新材料、装备制造和食品加工为主，普遍面临质检靠人工、排产靠经验的问题。",
    "问：目前进展如何？",
    "答：行动启动三个月，银川高新区已有二十七家企业提出应用需求，首批十二个项目已经开工建设。",
)


@pytest.mark.parametrize("label", ["核心提示", "核 心 提 示", "【内容提要】", "导语："])
def test_a_leads_label_is_furniture_not_part_of_the_deck(label):
    """The label boxed over a feature's lead (核心提示, 导语…) is the page's decoration: no word
    of the title over it or of the lead under it."""
    page = raw_page(
        YINCHUAN_TITLE, "本报记者 马晓梅", label, *column(YINCHUAN_LEAD, *YINCHUAN_TEXT, width=16)
    )
    parsed = parse_page(RawPage("t.txt", page))
    assert [article.title for article in parsed.articles] == [YINCHUAN_TITLE]
    assert parsed.articles[0].blocks[0].text == YINCHUAN_LEAD
    assert label.strip() in parsed.furniture


@pytest.mark.parametrize(
    ("line", "label", "rest"),
    [
        ("【导语】" + YINCHUAN_LEAD[:14], "【导语】", YINCHUAN_LEAD[:14]),
        ("【 导 语 】银 川", "【 导 语 】", "银 川"),
        ("【正文】" + YINCHUAN_LEAD[:14], "【正文】", YINCHUAN_LEAD[:14]),  # a record's label of the text
        ("导语是新闻的开头，", None, None),  # the word in a line of text
        ("【链接】", None, None),  # a sidebar's label: a heading of the text
        ("核心提示词工程", None, None),  # a title opening on the words
    ],
)
def test_a_leads_label_run_in_before_its_first_words_is_set_apart(line, label, rest):
    found = marks.lead_label(Line(1, line))
    if label is None:
        assert found is None
    else:
        assert [item.text for item in found] == [label, rest]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("药材丰收 车间正忙", "headline"),  # two common words of two characters each: a title's phrase
        ("订单饱满 产能释放", "headline"),
        ("扎西顿珠 王娟", "author"),  # names: the sounds of a longer name, and a surname's
    ],
)
def test_two_phrases_after_the_last_sentence_are_no_authors(line, kind):
    text = "".join(
        f"{part}  \n"  # an extractor that pads every line, no blank between
        for part in (
            "\u3000\u3000园区一家中药企业今年新上两条提取生产线，",
            "年加工鲜参能力达到五千吨，产品销往",
            "二十多个省份。",
            line,
            "\u3000\u3000园区还建设了人参溯源平台，",
            "消费者扫码即可查看人参的种植地",
            "块、采收时间和检测报告。",
        )
    )
    assert kind_of(text, line) == kind


@pytest.mark.parametrize("label", ["创新高地行·系列报道之二", "园区新质生产力观察·系列报道之七"])
def test_a_series_name_after_the_last_sentence_is_no_author(label):
    """A series' name may join its words with a name's dot; after a text's end it is the next
    story's kicker, no one who wrote the text."""
    assert kind_of(raw_page(*MID_PAGE, label, *BRIEF), label) == "headline"


CHANGDE_STORY = (
    "常德高新区知识产权质押融资破10亿元",
    "本报记者 龙玉莲",
    *column(
        "今年以来，常德高新区知识产权质押融资额突破十亿元，惠及园区一百二十家科技企业。",
        "园区负责人表示，下一步将扩大质押物范围，让更多轻资产企业获得贷款。",
        width=16,
    ),
)
YINCHUAN_TWO_SENTENCES = YINCHUAN_LEAD + "首批十二个项目已经开工建设，企业质检效率明显提高。"
YINCHUAN_PARK_TITLE = "银川高新区让人工智能走进车间"


@pytest.mark.parametrize(
    ("lead", "under_lead", "opening", "moved"),
    [
        # a lead of its story's news, set over the deck that repeats its park
        (YINCHUAN_TWO_SENTENCES, (), YINCHUAN_TEXT[0], True),
        # one short sentence over a deck: a photo's caption as well as a lead
        (YINCHUAN_LEAD, (), YINCHUAN_TEXT[0], False),
        # a credit under the paragraph first: the story above closes there
        (YINCHUAN_TWO_SENTENCES, ("（记者 马晓梅）",), YINCHUAN_TEXT[0], False),
        # the text under the deck opens on its own dateline: it needs no lead from above
        (YINCHUAN_TWO_SENTENCES, (), "本报讯 " + YINCHUAN_TEXT[1], False),
    ],
)
def test_a_lead_set_over_its_deck_opens_the_story_under_the_deck(lead, under_lead, opening, moved):
    """A feature's lead, set over its whole deck, is read at the end of the story above: it goes
    to the story under the deck when it is that story's news, not a caption's or a credited
    closing paragraph's."""
    page = raw_page(
        *CHANGDE_STORY,
        *column(lead, width=16),
        *under_lead,
        YINCHUAN_PARK_TITLE,
        "本报记者 马晓梅",
        *column(opening, *YINCHUAN_TEXT[1:], width=16),
    )
    above, below = parse_page(RawPage("t.txt", page)).articles[-2:]
    assert below.title == YINCHUAN_PARK_TITLE
    assert (below.blocks[0].text == lead) is moved
    assert (above.blocks[-1].text == lead) is not moved


YINCHUAN_DATELINE_LEAD = "本报讯（记者 马晓梅）" + YINCHUAN_TWO_SENTENCES
YINCHUAN_MORE = (
    "园区负责人表示，银川高新区将为应用企业提供算力补贴，并组织专家上门诊断。",
    "去年园区规上工业企业研发经费投入增长两成，人工智能应用企业达到四十家。",
)
CHANGDE_CLOSED = (*CHANGDE_STORY, "（记者 龙玉莲）")
YINCHUAN_LONG_TITLE = "人工智能行动推动一百家企业应用"


@pytest.mark.parametrize(
    ("lead", "deck"),
    [
        # a one-line deck naming the park, read inside the text under an opening with a dateline
        (YINCHUAN_DATELINE_LEAD, ("银川高新区智能制造再出发",)),
        # under an opening with no dateline, parted from the story above by its close
        (YINCHUAN_TWO_SENTENCES, (YINCHUAN_LONG_TITLE,)),
        # a deck of two lines, that cuts the opening off the text under it
        (YINCHUAN_DATELINE_LEAD, ("人工智能走进车间", YINCHUAN_PARK_TITLE)),
    ],
)
def test_a_deck_read_after_its_storys_opening_heads_that_story(lead, deck):
    """A deck set beside a story's first column box is read after the opening lines there: with
    no headline printed over the text, it is the story's deck and the lines over it its lead,
    whatever spare line the page prints at its foot (a campaign's logo)."""
    page = raw_page(
        *CHANGDE_CLOSED, *column(lead), *deck, *column(*YINCHUAN_MORE), "（记者 马晓梅）", "园区新作为"
    )
    story = parse_page(RawPage("t.txt", page)).articles[-1]
    assert story.title == deck[-1]
    assert [(block.type, block.text) for block in story.blocks] == [
        ("paragraph", text) for text in (YINCHUAN_TWO_SENTENCES, *YINCHUAN_MORE)
    ]


@pytest.mark.parametrize(
    "parts",
    [
        # a headline printed over the text: the line under its opening is its first subheading
        ("银川高新区推进人工智能应用", *column(YINCHUAN_DATELINE_LEAD), "算力补贴", *column(*YINCHUAN_MORE)),
        # a few words naming no park, not what the opening said: a subheading, the title elsewhere
        (*column(YINCHUAN_DATELINE_LEAD), "算力补贴", *column(*YINCHUAN_MORE)),
        # more subheadings follow: the line under an opening with no dateline is the first of them
        (
            *column(YINCHUAN_TWO_SENTENCES),
            "算力补贴",
            *column(YINCHUAN_MORE[0]),
            "研发投入",
            *column(YINCHUAN_MORE[1]),
        ),
    ],
)
def test_a_subheading_under_a_storys_opening_stays_in_its_text(parts):
    story = parse_page(RawPage("t.txt", raw_page(*CHANGDE_CLOSED, *parts))).articles[-1]
    assert story.blocks[1].type == "heading"
    assert story.blocks[1].text == "算力补贴"


WUHU_TEXT = "芜湖高新区机器人产业园日前开园，首批入驻企业二十家，涵盖减速器、伺服电机和整机制造。"


@pytest.mark.parametrize(
    ("over_brief", "deck", "text"),
    [
        # over a deck whose text tells of another park
        ((), ("人工智能走进车间", "芜湖高新区机器人产业园开园"), WUHU_TEXT),
        # under its own headline, over the next story of the same park
        (("银川高新区启动人工智能行动",), ("人工智能走进车间", YINCHUAN_PARK_TITLE), YINCHUAN_MORE[0]),
    ],
)
def test_a_briefs_paragraph_over_the_next_storys_deck_stays_its_own(over_brief, deck, text):
    """A brief of one paragraph with a dateline, over the next story's deck: the text under the
    deck opens without it."""
    page = raw_page(*CHANGDE_CLOSED, *over_brief, *column(YINCHUAN_DATELINE_LEAD), *deck, *column(text))
    brief, story = parse_page(RawPage("t.txt", page)).articles[-2:]
    assert [block.text for block in brief.blocks] == [YINCHUAN_TWO_SENTENCES]
    assert [block.text for block in story.blocks] == [text]



def body_paragraph(*lines: tuple[str, bool]) -> Paragraph:
    """A paragraph of body lines, each (text, written after a paragraph's indent)."""
    return Paragraph(
        [Item(BODY, [Line(n, text, indented=indent)], text) for n, (text, indent) in enumerate(lines)]
    )


OPENING_LINES = (("　　近日，银川高新区一百家企业", True), ("启动人工智能应用。", False))


@pytest.mark.parametrize(
    ("under", "joined"),
    [
        # the text under the deck goes on with no indent: the rest of the opening paragraph
        (body_paragraph(("园区还为企业提供算力补贴。", False)), True),
        # an indented line under the deck opens a paragraph of its own
        (body_paragraph(("　　园区还为企业提供算力补贴。", True)), False),
    ],
)
def test_an_opening_paragraph_cut_by_its_deck_goes_on_under_it(under, joined):
    """Where the page indents its paragraphs, a deck read inside the opening's column box cuts the
    opening paragraph: the text under the deck written with no indent goes on with it."""
    opening = body_paragraph(*OPENING_LINES)
    paragraphs = _rejoin_cut_opening(opening, under)
    assert (len(paragraphs) == 1) is joined
    assert [line for paragraph in paragraphs for line in paragraph.lines] == [*opening.lines, *under.lines]


def test_an_unindented_opening_is_not_joined_to_the_text_under_its_deck():
    """A page that indents no paragraph tells nothing of where the deck cut its opening."""
    opening = body_paragraph(*((text.strip("　"), False) for text, _ in OPENING_LINES))
    under = body_paragraph(("园区还为企业提供算力补贴。", False))
    assert _rejoin_cut_opening(opening, under) == [opening, under]


PHOTO_ITEM_TEXT = "近日，黄石高新区一家铜箔企业的车间内，工人正在检查锂电铜箔产品质量，生产线满负荷运转。"


@pytest.mark.parametrize(
    "credit_lines, authors",
    [
        (("▲工人在检查铜箔的表面质量。", "邴雨桐 供图"), ["邴雨桐"]),  # a person supplied the picture
        (("【图片说明】工人在检查铜箔的表面质量。", "摄影：乌兰图雅"), ["乌兰图雅"]),  # labelled
        (("▲工人在检查铜箔的表面质量。", "邴雨桐 摄"), []),  # the photo's credit alone
        (("▲工人在检查铜箔的表面质量。", "黄石高新区管委会 供图"), []),  # a body writes no text
    ],
)
def test_a_story_credited_only_under_its_photo_has_the_photos_maker_for_author(credit_lines, authors):
    page = raw_page("铜箔生产线赶订单", *credit_lines, *column(PHOTO_ITEM_TEXT, width=16))
    parsed = parse_page(RawPage("t.txt", page))
    assert [[a.name for a in article.authors] for article in parsed.articles] == [authors]


def test_a_story_with_its_own_credit_keeps_it_over_its_photos():
    page = raw_page(
        "铜箔生产线赶订单",
        "▲工人在检查铜箔的表面质量。",
        "邴雨桐 供图",
        *column("本报讯（记者 王明）" + PHOTO_ITEM_TEXT, width=16),
    )
    parsed = parse_page(RawPage("t.txt", page))
    assert [[a.name for a in article.authors] for article in parsed.articles] == [["王明"]]


# A run of briefs under its banner, each opened by its mark and its title run in up to an em space
BRIEF_RUNS = [
    # a narrow column: the first brief's text opens on a dateline, the second's mark run on after
    # the first's last sentence, its title wrapped
    (
        "▲肇庆高新区汽车零部件",
        "“跨境快线”开通\u3000本报讯",
        "（通讯员 禹嘉诚）日前，肇",
        "庆高新区至香港的汽车零部件",
        "“跨境快线”正式开通。▲临沂",
        "高新区磁性材料中试基地投用",
        "\u3000近日，临沂高新区磁性材料",
        "中试基地投入使用。（记者 闻",
        "人静怡）",
    ),
    # the run written as one line: the second brief's mark after the first's closing credit
    (
        "◆宁乡高新区储能企业签下海外大单\u3000记者近日获悉，宁乡高新区企业与一家中东能源公司签订"
        "供货合同。（全媒体记者 龙金花）◆临沂高新区磁性材料中试基地投用\u3000近日，临沂高新区磁性"
        "材料中试基地投入使用。",
    ),
    # a mark left at a line's end opens the next line; neither brief prints a dateline
    (
        "■宁乡高新区储能企业签下海外",
        "大单\u3000记者近日获悉，宁乡高新",
        "区企业签订供货合同。■",
        "临沂高新区磁性材料中试基地投",
        "用\u3000近日，临沂高新区磁性材料",
        "中试基地投入使用。",
    ),
]
BRIEF_TITLES = ["宁乡高新区储能企业签下海外大单", "临沂高新区磁性材料中试基地投用"]


@pytest.mark.parametrize(
    ("lines", "titles"),
    [
        (BRIEF_RUNS[0], ["肇庆高新区汽车零部件“跨境快线”开通", "临沂高新区磁性材料中试基地投用"]),
        (BRIEF_RUNS[1], BRIEF_TITLES),
        (BRIEF_RUNS[2], BRIEF_TITLES),
    ],
)
@pytest.mark.parametrize(
    "banner", [("园区快讯",), ("园区短波", "江城晚报·科创园区周刊\u30002023年6月16日 星期五\u3000第6版")]
)
def test_each_brief_of_a_run_is_a_story_of_its_own_under_its_banner(lines, titles, banner):
    """The mark is the column's ornament, the words up to the em space the brief's headline, its
    text opening a story; the banner over the run (a running head read between them or not) is
    the column's logo, no title."""
    items = kinds("\n".join((*STORY_ABOVE, *banner, *lines)) + "\n")
    assert ("furniture", banner[0]) in items
    assert [text for kind, text in items if kind == "headline"] == titles
    heads = [k for k, item in enumerate(items) if item[0] == "headline"]
    assert all(items[k - 1][0] == "furniture" and items[k + 1][0] == "body" for k in heads)


@pytest.mark.parametrize(
    "lines",
    [
        # a story's sections, each headed by a subheading run in after its mark
        (
            "◆育种攻关\u3000示范区联合科研院所建成",
            "耐盐碱品种选育基地。",
            "◆技术推广\u3000示范区推广暗管排盐技",
            "术，改良盐碱地三万亩。",
        ),
        # a subheading on a line of its own over its section's text
        ("◆从卖纤维到卖制品", "园区引导企业延伸产业链，新建", "复合材料制品项目五个。"),
    ],
)
def test_subheadings_after_a_mark_are_no_briefs(lines):
    """No dateline opens their text, no credit closes the text above, nothing runs on before
    the mark: a story's subheadings, printed as its text is."""
    items = kinds("\n".join(("园区盐碱地改良见成效", *STORY_ABOVE, *lines)) + "\n")
    assert not any(kind == "furniture" and text in BRIEF_MARKS for kind, text in items)


@pytest.mark.parametrize(
    "lines",
    [
        # the headline's lines set apart from its text by a blank line, the text on a dateline
        (
            "■私募基金助力园区建设",
            "常德高新区基金管理规模",
            "超3000亿元",
            "",
            "\u3000\u3000本报讯 近日，常德高新区基金规模再创新高。",
        ),
        # kicker and headline written on one line, a space between them
        ("■园区观察 让“小巨人”在园区长成大树", "", "\u3000\u3000本报讯 近日，燕郊高新区承接了大批科技企业。"),
        # a blank after every line but inside the headline's group
        (
            "■私募基金助力园区建设",
            "常德高新区基金管理规模超3000亿元",
            "",
            "本报讯（记者 宓志远）近日，常德",
            "",
            "高新区基金规模再创新高，园区入",
            "",
            "驻基金类企业达7600余家。",
        ),
    ],
)
def test_a_marked_kicker_over_its_headline_is_no_brief(lines):
    """The kicker's mark is no brief's: the headline under it is set apart from the text, not run in."""
    items = kinds("\n".join((*STORY_ABOVE, "（记者 王明）", "", *lines)) + "\n")
    assert ("furniture", "■") not in items
    assert ("headline", lines[0][1:]) not in items


STORY_TEXT_UNDER = ("本报讯 日前，清远高新区一家新能源装备企业", "取得土地使用权当天即领到施工许可证。")


@pytest.mark.parametrize(
    "above",
    [
        ("科技园区周刊",),  # the weekly's name over the page
        ("高新区",),  # the page's section
        ("（□ 郑和平）", ""),  # the credit closing the story before
    ],
)
@pytest.mark.parametrize(
    "head",
    [
        # the kicker's line short, its title under it
        ("■园区观察", "让“小巨人”在园区长成大树"),
        # the title letter-spaced as a display line
        ("■园区观察", "让 “ 小 巨 人 ” 在 园 区 长 成 大 树"),
        # kicker and title on one line, a space between them
        ("■园区观察 让“小巨人”在园区长成大树",),
    ],
)
@pytest.mark.parametrize("joiner", ["\n", "\n\n"])  # one newline a line, or a blank after each
def test_a_marked_kicker_over_its_title_under_no_banner_is_no_brief(above, head, joiner):
    """A page's or section's name is no banner of briefs, nor does a credit show one where the
    words after the marked ones are a title: a clause-less line read as a headline, or over the
    text's dateline."""
    items = kinds(joiner.join((*STORY_ABOVE, *above, *head, "", *STORY_TEXT_UNDER)) + "\n")
    assert ("furniture", "■") not in items
    assert ("headline", "园区观察") not in items


@pytest.mark.parametrize("joiner", ["\n", "\n\n"])
def test_a_marked_kicker_over_its_title_and_byline_is_no_brief(joiner):
    lines = ("（□ 郑和平）", "■园区观察 让“小巨人”在园区长成大树", "▶ 本报特约通讯员 宇文静")
    lines = (*lines, *STORY_TEXT_UNDER)
    items = kinds(joiner.join((*STORY_ABOVE, *lines)) + "\n")
    assert ("furniture", "■") not in items
    assert ("headline", "园区观察") not in items


@pytest.mark.parametrize("banner", ["园区快讯", "简讯", "园区短波", "园区速递"])
def test_a_marked_title_under_a_briefs_banner_opens_a_brief(banner):
    """The banner names a run of briefs: the marked line under it is a brief's title, however it
    was read."""
    lines = ("■园区新增5家高新技术企业", "", "本报讯 近日，园区又有5家企业通过认定。")
    items = kinds("\n".join((*STORY_ABOVE, banner, *lines)) + "\n")
    assert ("furniture", "■") in items
    assert ("headline", "园区新增5家高新技术企业") in items


@pytest.mark.parametrize(
    "text",
    [
        "近日，园区又有5家企业",  # a clause
        "本报讯 园区又有5家企业",  # a dateline
    ],
)
def test_a_briefs_text_read_into_its_marked_title_line_keeps_it_a_brief(text):
    """Words that read as a sentence after the marked ones are a brief's text, under a credit."""
    lines = ("（记者 王明）", f"■园区新增企业 {text}", "通过了高新技术企业认定。")
    items = kinds("\n".join((*STORY_ABOVE, *lines)) + "\n")
    assert ("furniture", "■") in items
    assert ("headline", "园区新增企业") in items


@pytest.mark.parametrize(
    ("credit", "opens"),
    [
        ("铁木尔", True),  # a name alone under the brief's closed sentence: its credit
        ("园区开发建设", False),  # longer than a name: a label
    ],
)
def test_a_bracketed_title_under_a_name_alone_after_a_closed_sentence_opens_a_brief(credit, opens):
    lines = ("提供场地和资金配套。", credit, "【内江高新区建成再生", "钢材循环利用基地】")
    lines = (*lines, "近日，内江高新区废旧")
    items = kinds("\n".join((*STORY_ABOVE, *lines, "建筑钢材循环利用基地建成投产。")) + "\n")
    assert (("headline", "内江高新区建成再生\n钢材循环利用基地") in items) == opens


WHOLE_PARAGRAPH_TEXT = (
    "本报讯（记者 扎西顿珠）近日，黄冈高新区出台《支持企业技术改造十条措施》，三年内安排专项资金1.5亿元，"
    "推动园区工业企业设备更新和数字化改造。"
)


@pytest.mark.parametrize(
    ("title_lines", "title"),
    [
        # wrapped over two short lines above the text: a paragraph's line measures no column
        (("■黄冈高新区出台十条", "措施支持企业技术改造"), "黄冈高新区出台十条措施支持企业技术改造"),
        # alone over the text's paragraph: it ends on its line
        (("■黄冈高新区出台十条措施",), "黄冈高新区出台十条措施"),
    ],
)
def test_a_briefs_title_over_a_paragraph_written_on_one_line_ends_at_its_wrap(title_lines, title):
    items = kinds("\n".join((*STORY_ABOVE, "短波", *title_lines, WHOLE_PARAGRAPH_TEXT)) + "\n")
    assert [squeeze(text) for kind, text in items if kind == "headline"] == [title]


# A strip of briefs under its logo, each marked its own way, the title run in up to a space
KUAIXUN_STRIP = (
    "园区快讯",
    "●平顶山高新区尼龙新材料中试",
    "基地投用 日前，平顶山高新区",
    "尼龙新材料中试基地正式投入使",
    "用，首批5个中试项目进场开展",
    "放大试验。",
    "（特约通讯员 铁木尔）",
    "【吉林高新区碳纤维无人机机身",
    "下线】 日前，吉林高新区一家碳",
    "纤维复合材料企业自主研制的工",
    "业级无人机机身在新建生产线上",
    "批量下线。",
    "▲湛江高新区海洋生物酶制剂实",
    "现量产",
    "记者近日从湛江高新区获悉，园",
    "区一家海洋生物企业利用红树林",
    "微生物开发的酶制剂实现量产。",
)
KUAIXUN_TITLES = [
    "平顶山高新区尼龙新材料中试\n基地投用",
    "吉林高新区碳纤维无人机机身\n下线",
    "湛江高新区海洋生物酶制剂实现量产",
]


@pytest.mark.parametrize("joiner", ["\n", "\n\n"])  # one newline a line, or a blank after each
def test_each_brief_of_a_strip_marked_its_own_way_is_a_story_under_the_logo(joiner):
    """The logo shows the run a strip of briefs; each title ends at the space before its text, or
    where its line stops short, or at its closing bracket; a brief with no
    sign of its own follows the brief above it, whatever its mark."""
    items = kinds(joiner.join((*STORY_ABOVE, "（记者 王明）", *KUAIXUN_STRIP)) + "\n")
    assert ("furniture", "园区快讯") in items
    headlines = [squeeze(text) for kind, text in items if kind == "headline"]
    assert headlines == [squeeze(title) for title in KUAIXUN_TITLES]


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # the title set larger than the text: its first line, a little shorter, runs on
        (
            (
                "园区快讯",
                "▲安庆高新区上线化工园区智慧安监",
                "平台\u3000近日，安庆高新区化工园区智慧安",
                "监平台正式上线运行。",
            ),
            "安庆高新区上线化工园区智慧安监平台",
        ),
        # spaces round a figure are no title's end
        (
            ("园区快讯", "●园区新增 5 家企业 近日，园区又有5家", "企业通过了高新技术企业认定。"),
            "园区新增5家企业",
        ),
    ],
)
def test_a_briefs_title_ends_at_its_gap_only(lines, title):
    items = kinds("\n".join((*STORY_ABOVE, *lines)) + "\n")
    assert [squeeze(text) for kind, text in items if kind == "headline"] == [title]


@pytest.mark.parametrize(
    "lines",
    [
        # subheadings run in after a space, in a story: no logo, no credit, no brief above
        (
            "◆育种攻关 示范区联合科研院所建成",
            "耐盐碱品种选育基地。",
            "◆技术推广 示范区推广暗管排盐技",
            "术，改良盐碱地三万亩。",
        ),
        # a bracketed subheading alone on its line, over its section's text
        ("【研发平台撑起创新高度】", "园区联合高校建成中试平台三个，", "服务企业两百余家。"),
    ],
)
def test_marked_heads_in_a_story_stay_no_briefs(lines):
    items = kinds("\n".join(("园区盐碱地改良见成效", *STORY_ABOVE, *lines)) + "\n")
    assert not any(kind == "furniture" and text in (*BRIEF_MARKS, "【】") for kind, text in items)


@pytest.mark.parametrize(
    ("title", "below", "closes"),
    [
        (Line(1, "数据中心集群探访", tight=True), Line(2, "近日，贵阳高新区一家企业"), True),  # text opens
        (Line(1, "数据中心集群探访", tight=True), Line(2, "贵阳高新区：山洞里的“算力工厂”"), False),
        (Line(1, "数据中心集群探访", tight=True), Line(2, "你好！园区"), False),
    ],
)
def test_a_run_in_title_closes_at_a_line_end_only_before_its_texts_sentence(title, below, closes):
    """A headline may hold a colon or an exclamation, no sentence's comma."""
    from digest.parse.marks import BRIEF_TITLE_END, _title_closes_line

    assert _title_closes_line([(0, title), (0, below)], 0, BRIEF_TITLE_END) is closes


@pytest.mark.parametrize(
    ("numbers", "n", "apart"),
    [
        ((1, 2, 4, 5), 1, True),  # single-spaced lines, a blank one under the title
        ((1, 3, 5, 7), 1, False),  # a blank line after every line (the documented extractor): no sign
        ((1, 3, 4, 6), 0, False),  # blank lines here and there
        ((1, 3), 0, False),  # no other two lines to tell the page's spacing by
        ((1, 2, 3, 4), 1, False),  # no blank line at all
    ],
)
def test_a_blank_line_sets_a_brief_title_apart_only_where_the_lines_around_follow_one_another(
    numbers, n, apart
):
    from digest.parse.marks import _blank_line_under

    window = [(0, Line(number, "园区简讯")) for number in numbers]
    assert _blank_line_under(window, n) is apart


@pytest.mark.parametrize(
    "line",
    [
        "数说●总投资26亿元●年产值40亿元",  # a box of figures: its bullets follow no sentence
        "园区共引进项目18个，总投资56亿元。",  # no mark at all
        "▲技术人员在生产线上检查玻璃基板。\u3000咸阳高新区 供图",  # a caption's pointer opens the line
    ],
)
def test_a_mark_after_no_closed_sentence_splits_no_line(line):
    assert [out.text for out in split_run_on_briefs([Line(1, line)])] == [line]


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("大单。◆临沂高新区", ["大单。", "◆临沂高新区"]),
        ("（记者 龙金花）▲肇庆高新区", ["（记者 龙金花）", "▲肇庆高新区"]),
        ("突破10亿元。■", ["突破10亿元。"]),  # the mark carried over to the next line
    ],
)
def test_a_brief_mark_run_on_after_a_sentence_opens_a_line(line, parts):
    out = split_run_on_briefs([Line(1, line)])
    assert [part.text for part in out] == parts
    assert [part.run_on for part in out] == [False] + [True] * (len(parts) - 1)


@pytest.mark.parametrize(
    ("title_line", "opening"),
    [
        # the dateline broken after its first character
        ("▲焦作高新区轮胎智能工厂二期竣工\u3000本", "本报讯（记者 栾晓辉）近日，焦作高新区一家"),
        # whole: the credit under it is the dateline's, read with it downstream
        ("▲焦作高新区轮胎智能工厂二期竣工\u3000本报讯", "本报讯"),
    ],
)
def test_a_briefs_dateline_broken_at_the_line_after_its_title_is_one(title_line, opening):
    below = opening.removeprefix(title_line.partition("\u3000")[2]) or "（记者 栾晓辉）近日，焦作高新区一家"
    lines = (title_line, below, "轮胎企业的智能工厂二期项目竣工投产。")
    items = kinds("\n".join((*STORY_ABOVE, "园区快讯", *lines)) + "\n")
    at = items.index(("headline", "焦作高新区轮胎智能工厂二期竣工"))
    assert items[at + 1] == ("body", opening)


# A paragraph set in a column of 16, its lines wrapped round a pull quote read as their halves.
INSET_PARAGRAPH = (
    "去年，园区新建的中试基地已经投入使用，首批入驻的十二家企业在这里完成了从实验室样品到"
    "小批量生产的跨越，平均缩短研发周期八个月，节省设备投入两千多万元，基地还为企业提供"
    "检测认证和人才培训服务，帮助他们把新产品更快推向市场。"
)


def in_halves(lines: tuple[str, ...], start: int, count: int) -> list[str]:
    """Lines `start` to `start + count` each read as its left half and its right half."""
    out = list(lines[:start])
    for line in lines[start : start + count]:
        out += [line[: len(line) // 2], line[len(line) // 2 :]]
    return out + list(lines[start + count :])


@pytest.mark.parametrize(("width", "count"), [(16, 2), (16, 4), (20, 3), (12, 5)])
def test_lines_wrapped_round_an_inset_are_the_halves_of_one_column_line(width, count):
    printed = column(INSET_PARAGRAPH, width=width)
    read = split_lines(raw_page(*in_halves(printed, 1, count)))
    assert [line.text for line in join_inset_halves(read)] == list(printed)


@pytest.mark.parametrize(
    "written",
    [
        # a narrow story under a wide one's closed sentence: its lines are full, not halves
        (
            *column("园区今年新建的中试基地已经投入使用，首批入驻企业完成了跨越。", width=16),
            *column(
                "园区企业去年研发投入增长两成以上，新增发明专利授权三百多件，获评专精特新企业八家。",
                width=8,
                indent=0,
            ),
        ),
        # one pair of short lines: a paragraph's last line and a line of its own, by chance
        (
            *column(INSET_PARAGRAPH[:60], width=16)[:2],
            "小批量生产的跨",
            "越，平均缩短研发",
            "周期八个月，节省设备投入两千多万元，",
        ),
        # a narrow story's lines under a title as wide as two of them
        (
            "宜昌高新区磷化工“由黄变绿”",
            *column(
                "近日，鄂尔多斯高新区一家氢能汽车企业向当地煤炭物流企业交付首批氢能重卡。", width=8, indent=0
            ),
        ),
        # a credit's names, and a narrow story's lines, under its title
        (
            "多措并举打造石化下游新材料基地",
            "文·图\u3000岩温\u3000冼国栋",
            "园区有关负责人表示，",
            "力争到２０２７年，",
            "石化下游新材料产业",
            "产值突破百亿元。",
        ),
        # a story closed on its end mark, another story's narrow lines under it
        (
            "园区有关负责人表示，力争到今年底",
            "突破五百亿元。□",
            "中心还将开放部分",
            "检测设备，供高校",
            "和科研院所开展磁",
            "性材料基础研究。",
        ),
        # a table's rows under its text
        (
            "园区今年新建的中试基地已经投入",
            "入驻企业　　十二家",
            "研发周期　　八个月",
            "设备投入　　两千万",
            "培训人才　　三百人",
        ),
        (
            "园区今年新建的中试基地已经投入",
            "入驻企业\t十二家",
            "研发周期\t八个月",
            "设备投入\t两千万",
            "培训人才\t三百人",
        ),
    ],
)
def test_short_lines_that_halve_no_column_line_are_kept(written):
    read = split_lines(raw_page(*written))
    assert [line.text for line in join_inset_halves(read)] == [line.text for line in read]


def test_a_subheading_near_the_measure_over_a_first_line_short_by_its_indent_is_a_headline():
    """A line wider than a paragraph's first line after a paragraph's end opens none: the line
    under it, short by its whole indent over a line opening with a closing mark, is the first."""
    text = raw_page(
        "园区今年新建的中试基地已",
        "经投入使用，首批入驻企业",
        "完成了跨越。",
        "中试平台破解“放大难”",
        "企业负责人说这是新路",
        "子，靠的是用心打磨的细节",
        "和长期的投入，产品已出口",
        "到二十多个国家和地区。",
    )
    assert kind_of(text, "中试平台破解“放大难”") == "headline"


_WIND_LEAD = "园区风电整机企业每年采购的零部件中，有近一半来自本省，配套企业已达110余家。"
_WIND_TEXT = "面向深远海风电的需求，企业联合高校开展大功率直驱发电机等技术攻关，去年新增发明专利64件。"


@pytest.mark.parametrize(
    "heading",
    ["2.研发瞄准深远海", "二、研发瞄准深远海", "（二）研发瞄准深远海", "②研发瞄准深远海"],
)
def test_a_numbered_subheading_short_of_its_column_ends_its_words(heading):
    """ "…深远海" / "面向…": the dictionary's 海面 runs across the break, but a numbered line well
    short of its column broke off no text there."""
    page = raw_page(*column(_WIND_LEAD, width=14), heading, *column(_WIND_TEXT, width=14))
    assert kind_of(page, heading) == HEADLINE


@pytest.mark.parametrize("heading", ["2.研发瞄准深远海", "二、研发瞄准深远海", "三、人才和标准一起抓"])
def test_a_numbered_subheading_over_a_paragraph_written_whole_is_one(heading):
    """An extractor writing each paragraph on one line: the section's number and its 、 are no
    clause, and no word runs on from a line over a whole paragraph."""
    page = "\n\n".join([_WIND_LEAD * 2, heading, _WIND_TEXT]) + "\n"
    assert kind_of(page, heading) == HEADLINE


@pytest.mark.parametrize(
    "lines, line",
    [
        # a list item's first line runs to the column's edge, its word finished below
        (
            (_WIND_LEAD, "2.园区设立专项资金支持企业开", "展技术攻关，去年新增发明专利64件。"),
            "2.园区设立专项资金支持企业开",
        ),
        # a numbered line between whole paragraphs holding a comma of its own words: text
        (
            (_WIND_LEAD * 2, "二、园区设立专项资金，支持企业攻关", _WIND_TEXT),
            "二、园区设立专项资金，支持企业攻关",
        ),
    ],
)
def test_lines_running_on_or_holding_a_clause_stay_text(lines, line):
    page = raw_page(*lines) if line.startswith("2.") else "\n\n".join(lines) + "\n"
    assert kind_of(page, line) == BODY


@pytest.mark.parametrize(
    "line, text, credit",
    [
        ("园区企业研发人员在实验室工作。 资料图片", "园区企业研发人员在实验室工作。", "资料图片"),
        ("图为园区一角。（资料图片）", "图为园区一角。", "资料图片"),
        ("园区一角。 资料照片", "园区一角。", "资料照片"),
        ("资料图", "", "资料图"),
    ],
)
def test_a_photo_from_the_papers_files_is_credited_as_such(line, text, credit):
    """资料图片 stands where a photo's maker would be named: the line is a caption, its credit that."""
    assert is_caption(line)
    caption = split_caption(line)
    assert (caption.text, caption.credit) == (text, credit)


@pytest.mark.parametrize(
    "line",
    [
        "园区建成科技资料图片库，收录图片2万余张",  # the words inside a sentence of the text
        "企业整理了大量技术资料图片",  # run on tight from its clause: no credit set apart
        "资料图片显示，园区十年前还是一片荒地。",  # a sentence opening on the words
    ],
)
def test_file_photo_words_inside_text_are_no_credit(line):
    assert not is_caption(line)
def _paragraph_lines(*lines: str) -> str:
    """Each paragraph written on one line, a blank line after each (a repost's or a converter's)."""
    return "".join(line + "\n\n" for line in lines)


WHEAT_OPENING = "本报讯 时下，黄河三角洲农业高新技术产业示范区的耐盐碱小麦试"
WHEAT_REST = "验田迎来收获。示范区通过选育耐盐碱品种、改良土壤和节水灌溉，让过去的盐碱荒地长出了好庄稼。"


@pytest.mark.parametrize(
    "lines, heads",
    [
        ((WHEAT_OPENING, "盐碱地上麦浪翻滚", WHEAT_REST), ["盐碱地上麦浪翻滚"]),
        # a kicker over its title, both read where the first column breaks off
        (
            (
                "本报讯 近日，一批复合材料机翼蒙皮在镇江高新区交付。企业负责人介绍，与传统铝合金结构相",
                "航空航天产业园再添新项目",
                "镇江高新区通用飞机复材部件实现本地配套",
                "比，复材蒙皮可使机翼减重约两成，零件数量减少近一半。",
            ),
            ["航空航天产业园再添新项目", "镇江高新区通用飞机复材部件实现本地配套"],
        ),
    ],
)
def test_a_head_read_inside_a_word_the_text_breaks_is_a_headline(lines, heads):
    """A head set beside a story is read where it stands: after the first column's lines, between
    two halves of a word the text breaks there. Where each paragraph is written on one line there
    is no column to measure it by; the broken word tells it is no line of the text."""
    assert [text for kind, text in kinds(_paragraph_lines(*lines)) if kind == "headline"] == heads


@pytest.mark.parametrize(
    "above, line, below",
    [
        (WHEAT_OPENING, "盐碱地上麦浪翻滚", WHEAT_REST),  # caught: the word 试验 broken across it
        (WHEAT_OPENING, "验田里的麦浪翻滚", "迎来收获。"),  # it finishes the word itself
        (WHEAT_OPENING + "验田", "盐碱地上麦浪翻滚", "迎来收获。"),  # no word broken across it
        # a sentence closed above it
        (WHEAT_OPENING + "验田迎来收获。", "盐碱地上麦浪翻滚", "示范区通过选育耐盐碱品种。"),
        (WHEAT_OPENING, "盐碱地上，麦浪翻滚", WHEAT_REST),  # a clause: text
        ("中心建有 2", "至 8 摄氏度两类冷库共 1.", "1 万平方米，配备温湿度监控系统。"),  # figures run on
    ],
)
def test_only_a_phrase_inside_a_broken_word_is_a_head_read_inside_it(above, line, below):
    from digest.parse.layout import _set_inside_broken_word

    items = [Item(BODY, [Line(k + 1, text)], text) for k, text in enumerate((above, line, below))]
    caught = line == "盐碱地上麦浪翻滚" and above == WHEAT_OPENING
    assert _set_inside_broken_word(items, 1, 16.0) == caught


@pytest.mark.parametrize(
    "line, caught",
    [
        ("航空航天产业园再添新项目", True),  # short of the column
        ("航空航天产业园再添新项目落地", False),  # as wide as the column: a line of it
        ("航 空 航 天 产 业 园 再 添", False),  # spread out to fill it
    ],
)
def test_in_column_lines_a_head_inside_a_broken_word_is_off_the_columns_width(line, caught):
    """Written line by line, the text's line above a head read inside it runs to the column's edge,
    and no line of the head is as wide as the column or spread out to fill it (a ragged column's
    line may be, and stop before a word the next line begins by chance)."""
    from digest.parse.layout import _set_inside_broken_word

    texts = ("企业负责人介绍，与传统结构相", line, "比，复材蒙皮可使机翼减")
    items = [Item(BODY, [Line(k + 1, text)], text) for k, text in enumerate(texts)]
    assert _set_inside_broken_word(items, 1, 14.0) == caught


RUN_ON_BRIEFS = (
    "园区快讯",
    "◆保定高新区开通首条氢燃料电池",
    "公交线路\u3000日前，保定高新区首条氢",
    "燃料电池公交线路开通运营。（通讯",
    "员 那晓峰）◆自贡高新区",
    "彩灯企业用上数字设计平台\u3000近",
    "日，自贡高新区彩灯数字设计公",
    "共服务平台投入使用。",
)


@pytest.mark.parametrize(
    ("lines", "titles"),
    [
        # the second title run on after the first brief's credit: its line opened mid-line
        (RUN_ON_BRIEFS, ["保定高新区开通首条氢燃料电池公交线路", "自贡高新区彩灯企业用上数字设计平台"]),
        # the same title opening a line of its own that stops short under half its column
        (
            (
                *RUN_ON_BRIEFS[:4],
                "员 那晓峰）",
                "◆自贡高新区",
                "彩灯企业用上数字设计平台，近",
                *RUN_ON_BRIEFS[6:],
            ),
            ["保定高新区开通首条氢燃料电池公交线路", "自贡高新区"],
        ),
    ],
)
def test_a_title_run_on_after_the_brief_before_runs_over_its_short_first_line(lines, titles):
    """A title run on after the brief before opened in the middle of its line, so the line's width
    says nothing of where the title breaks; a title opening its own line short of half its column
    ends there."""
    items = kinds("\n".join((*STORY_ABOVE, *lines)) + "\n")
    assert [squeeze(text) for kind, text in items if kind == "headline"] == titles


PHOTO_UNDER = (
    "化工园区智慧安监平台上线运行。平台接入园区46",
    "家危化品企业的1800余个监测点位，对重大危险源、",
    "有毒气体浓度和封闭道路车辆进行实时监测，发现",
    "异常可在30秒内推送至企业和园区应急部门。试运",
    "行两个月来，平台共发出预警73次，全部在规定时",
    "间内处置完毕。园区下一步还将把污水管网和危废",
    "转运纳入平台监管。",
)


@pytest.mark.parametrize(
    ("above", "opens_story"),
    [
        # a photo's label right under its story's headline: the caption is that story's
        (("向西开放新通道", "乌鲁木齐高新区中亚商贸物流中心启用"), False),
        # a bracketed title under the closing credit of the brief before opens a brief
        (("（通讯员 晏子谦 实习生 纳文静）",), True),
    ],
)
def test_a_bracketed_title_opens_a_story_only_under_no_headline(above, opens_story):
    lines = (
        *PHOTO_UNDER,
        *above,
        "【图片说明】首批集装箱货车从中亚商贸物流中心",
        "驶出。",
        "摄影：郦思远",
        "本报讯（融媒体记者 阿不都热依木·艾海提",
        "通讯员 郦思远）6月18日，乌鲁木齐高新区中亚商",
        "贸物流中心正式启用。中心占地320亩，建有保税",
    )
    # a blank after every line but inside the headline's group
    text = "\n\n".join(lines).replace("新通道\n\n", "新通道\n")
    items = layout(RawPage("t.txt", "承接海外灯会订单16个，合同金额约1.3亿元。\n\n" + text + "\n"))
    after = next(k for k, item in enumerate(items) if item.text == "【】") + 1
    assert items[after].starts_article is opens_story


# A financial desk's boxes, each as a reader may write it: a line each, all on one line parted by
# spaces (a reader joining a block's lines), or run together with half-width marks (an OCR's)
_DESK_BOXES = {
    "disclosure": (
        "证券代码：002981 证券简称：锐元数科 公告编号：2025-083",
        "锐元数科股份有限公司关于完成工商变更登记的公告",
        "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。",
        "锐元数科股份有限公司董事会",
    ),
    "disclosure_ocr": (
        "证券代码:002981证券简称:锐元数科公告编号:2025-083",
        "锐元数科股份有限公司董事会",
    ),
    "firm_advert": ("锐元数科 股票代码：002981", "专注核心技术 服务高端制造", "投资者热线：010-62345678"),
    "listing_rows": (
        "融资速递",
        "公司 代码 事项 金额",
        "捷远智能 603825 可转债 8.11亿元",
        "华合新材 600288.SH 定增 3.34亿元",
        "数据来源：Wind、公司公告",
    ),
    "listing_cells": (
        "上市公司一览", "公司", "代码", "事项", "捷远智能", "603825", "可转债", "数据来源：Wind",
    ),
    "listing_one_line": ("融资速递 公司 代码 事项 金额 捷远智能 603825 可转债 8.11亿元 数据来源：Wind",),
    "glance": ("公告速览", "晟海精工：拟投资 6亿元建设生产基地。", "宏微生物：前三季度净利润同比增长48.1%。"),
    "glance_one_line": ("公告速览 晟海精工：拟投资6亿元建设生产基地。 宏微生物：净利润同比增长48.1%。",),
    "view": ("机构观点", *column("泓川证券分析师晏启航认为，园区上市公司订单能见度较高，但需关注估值风险。")),
    "view_one_line": ("机构观点 泓川证券分析师晏启航认为，园区相关上市公司订单能见度较高。",),
}


@pytest.mark.parametrize("box", list(_DESK_BOXES))
@pytest.mark.parametrize("where", ["before_title", "inside_story", "at_foot"])
def test_a_financial_desks_box_is_the_pages_furniture_wherever_read(box, where):
    """A disclosure notice, a listed firm's advert, a listing of deals, a strip of announcements
    or an analyst's view, known by how it opens and closes as in every securities paper, is
    furniture: no title of the story under it, no text of the story it follows."""
    lines = _DESK_BOXES[box]

    found = _page_with_box(lines, where)
    assert [text for kind, text in found if kind == FURNITURE] == list(lines)
    assert [text for _, text in found if text not in lines] == [text for _, text in _page_with_box((), where)]


@pytest.mark.parametrize(
    "lines",
    [
        ("证券代码：002981 证券简称：锐元数科", *_TEXT_BELOW),  # a notice's head signed by no board
        ("融资速递", "公司 代码 事项 金额", "捷远智能 603825 可转债"),  # rows with no source under them
        # no company's code: a story's table
        ("园区企业一览", "企业 产值", "华科 12亿元", "数据来源：园区管委会"),
        ("融资速递", *_TEXT_BELOW, "数据来源：Wind 603825"),  # text between the label and the source
        ("公告速览", *_TEXT_BELOW),  # a label over a paragraph, no announcement
        ("专家视点", "一块镁矿石的“升值之路”", *_TEXT_BELOW),  # a column's logo over its story
        ("机构观点分化 园区股走势受关注",),  # a title opening on the label's words
        ("核心提示", *_TEXT_BELOW),  # a lead's label over the lead itself
    ],
)
def test_lines_like_a_desks_box_are_no_box(lines):
    """A label or a head without the lines that make its box (a source, a signer, a sentence, a
    bullet or a point the text says again) marks nothing."""
    raw = raw_page("长沙高新区：智能制造提速", *_TEXT_ABOVE, *lines, *_TEXT_BELOW)
    assert not any(line.graphic for line in marks.mark_desk_boxes(split_lines(raw)))


_LEAD = "泸州高新区今年共推动47家企业实施数字化改造，安排技改资金1.2亿元。该公司投资1.8亿元引进智能印刷设备。"


@pytest.mark.parametrize(
    "box",
    [
        (
            "核心提示",
            *column("◆泸州高新区今年共推动47家企业实施数字化改造。", width=11),
            "◆该公司投资1.8亿元引进智能印刷设备。",
        ),
        ("导读", "●泸州高新区今年共推动47家企业实施数字化改造。", "●该公司投资1.8亿元引进智能印刷设备。"),
        # a reader that drops a list's bullet: each point a sentence the text says again
        ("导读", "泸州高新区今年共推动47家企业实施数字化改造。", "该公司投资1.8亿元引进智能印刷设备。"),
    ],
)
@pytest.mark.parametrize("byline", [(), ("本报记者 吉克曲布",)])
def test_a_leads_box_of_points_is_furniture_up_to_the_byline_or_the_text(box, byline):
    """The lead's 核心提示 / 导读 box, its label and its points, bulleted and wrapped or restating
    the text, is furniture; the box ends where the byline or the lead's own text begins."""
    found = kinds(raw_page("泸州高新区酒类包装企业数字化改造见效", *box, *byline, *column(_LEAD)))
    assert [text for kind, text in found if kind == FURNITURE] == list(box)
    assert "".join(text for kind, text in found if kind == BODY) == _LEAD


@pytest.mark.parametrize(
    "line, expected",
    [
        ("高新50 收盘 936.23 涨跌幅 -0.26%", True),
        ("高新 50 收盘 936.23 涨跌幅 -0.26%", True),  # spaced around its figures
        ("园区指数收盘1234.50涨跌幅+1.20%高新50收盘936.23涨跌幅-0.26%", True),  # two quotes run together
        ("上证指数 收报 3250.12点 涨幅 0.85%", True),
        ("园区指数全天收盘上涨", False),  # words of a sentence, no figures
        ("收盘价较发行价上涨36.5%", False),
        ("风险提示：本版文章仅供参考，不构成投资建议；据此入市，风险自担。", True),
        ("免责声明:本版文章仅供参考,不构成投资建议。", True),  # an OCR's half-width marks
        ("风险提示：企业海外订单受汇率波动影响较大。", False),  # a story's own warning, no disclaimer
        ("数据来源：Wind、公司公告", True),
        ("数据来源：同花顺iFinD", True),
        ("（数据来源：常德高新区管委会）", False),  # a story's note on its figures
        ("数据来源：园区管委会统计，截至9月底", False),
        ("扫码下载鼎新财经日报APP 获取更多园区资讯", True),
        ("本版编辑郜文清美编仉德明·东岳财经日报·A06·2025年8月26日星期三·园区与资本", True),
        ("B04 · 本版编辑 郜文清 美编 阙思远 · 东岳财经日报 · 园区与资本 · 2025年5月5日 星期三", True),
        ("2025年5月5日星期三，本版编辑郜文清来到园区", False),  # a sentence
    ],
)
def test_a_financial_pages_strip_lines_are_furniture(line, expected):
    assert is_furniture_line(line) is expected


# A strip or a corner under its name: items each opened by where or who it tells of and a colon,
# a strip of figures setting each item's figure on a line of its own over it
_STRIP_ITEMS = {
    "figures": (
        "数说园区",
        ("90万元", ["徐州高新区：单台矿卡每年可节", "省燃油和人工成本约90万元"]),
        ("1.5亿元", ["唐山高新区：预计全年产值突破", "1.5亿元"]),  # a figure among an item's lines
        ("31家", ["净月高新区：园区已集聚冰雪", "装备企业31家"]),
    ),
    "sentences": (
        "一句话新闻",
        ("", ["烟台高新区：海洋装备企业交付", "深海养殖工船平台。"]),
        ("", ["济宁高新区：推出工程建设项目", "审批“六个一”改革。"]),
    ),
    "corner": (
        "读者来信",
        ("", ["河北读者 唐先生问：听说延", "吉高新区有新进展，能否介", "绍一下？"]),
        ("", ["答：延吉高新区食品检测公共", "服务平台投运，可检216项。"]),
    ),
}


def _strip_lines(strip: tuple) -> tuple[str, ...]:
    name, *entries = strip
    return (name, *(line for figure, lines in entries for line in ([figure] if figure else []) + lines))


def _strip_paragraphs(strip: tuple) -> list[str]:
    return [f"{figure} {''.join(lines)}".strip() for figure, lines in strip[1:]]


@pytest.mark.parametrize("strip", list(_STRIP_ITEMS))
@pytest.mark.parametrize("spacing", ["blank_lines", "single_newlines"])
def test_a_strip_or_a_corner_is_an_article_titled_by_its_name(strip, spacing):
    """Under a strip's or a corner's name each item is a paragraph of its own (its figure, set on a
    line apart, its first words), and the name titles them: no chart, no story's headline (the
    lines each after a blank, or none on the page)."""
    stories = ("长沙高新区：智能制造提速", *_TEXT_ABOVE, "合肥高新区芯片大会开幕", *_OTHER_TEXT)
    lines = (*stories, *_strip_lines(_STRIP_ITEMS[strip]))
    raw = raw_page(*lines) if spacing == "blank_lines" else "\n".join(lines) + "\n"
    articles = parse_page(RawPage("t.txt", raw)).articles
    found = next(a for a in articles if a.title == _STRIP_ITEMS[strip][0])
    expected = _strip_paragraphs(_STRIP_ITEMS[strip])
    assert [squeeze(b.text) for b in found.blocks] == [squeeze(p) for p in expected]
    assert not found.kicker and not found.subtitle


@pytest.mark.parametrize(
    "lines",
    [
        ("数读", "46家", "平台接入园区", "99.99%", "氧化镁纯度"),  # a chart's figures over phrases
        ("园区声音", "记者：园区下一步有何打算？", "园区将继续推进改革。"),  # one turn under a head
        ("链接", "燕郊高新区位于河北省廊坊市，", "是国家级高新技术产业开发区。"),  # a sidebar's text
        ("数说园区", "近日，园区企业达到", "46家", "柳州高新区：园区汽车产量"),  # no item under the name
        ("数字经济规模持续扩大", "90万元", "徐州高新区：单台矿卡节省"),  # a title's length, no name
        ("园区", "责任编辑：才让卓玛", "园区企业已增至156家。", "问：企业看重什么？", "答：一是有市场。"),
        ("招商推介会", "时间：3月2日", "地点：国际会展中心", "咨询电话：0537-1234567"),  # an ad's fields
        # a credit's roles, a deck's labels
        ("实验室揭牌", "记者：和丽华 通讯员：阿依", "本月初，园区小龙虾精深加工。", "通讯员：努尔兰"),
        ("体检之旅", "副题：园区机器人检测平台见闻", "记者走进园区检测平台。", "主题：一台关节模组"),
        # a facts box's place over an interview's title, its text and its first question
        (
            "企业名片",
            "所在园区：南昌高新区",
            "主要领域：数字经济、应用场景",
            "“冰雪装备也能走高端路线”",
            "访哈尔滨高新区一家冰雪装备企业负责人",
            "冬季运动带火了冰雪装备。",
            "问：企业为什么选择做冰雪装备？",
        ),
    ],
)
def test_lines_under_a_word_are_no_strip_without_items_opening_under_it(lines):
    """A name over one item, or over text, figures under a chart's label: no strip's items."""
    found = marks.open_strip_items(split_lines(raw_page(*lines)))
    assert [line.text for line in found] == list(lines)
    assert not any(line.strip_item or line.strip_name for line in found)


def test_a_strips_figure_is_joined_to_the_line_it_stands_over():
    found = marks.open_strip_items(split_lines(raw_page(*_strip_lines(_STRIP_ITEMS["figures"]))))
    assert [line.text for line in found if line.strip_item and line.indented] == [
        "90万元 徐州高新区：单台矿卡每年可节",
        "1.5亿元 唐山高新区：预计全年产值突破",
        "31家 净月高新区：园区已集聚冰雪",
    ]
    assert [line.text for line in found if line.strip_name] == ["数说园区"]
    # the lines of every item but the last, which may run on into whatever follows the strip
    wrapped = [line.text for line in found if line.strip_item and not line.indented]
    assert wrapped == ["省燃油和人工成本约90万元", "1.5亿元"]


def test_a_strips_items_tell_of_one_kind_an_interviews_turn_after_them_is_none():
    """A strip's places, then an interview's first question: the strip ends before the question."""
    lines = (*_strip_lines(_STRIP_ITEMS["sentences"]), "问：企业为什么选择做冰雪装备？")
    found = marks.open_strip_items(split_lines(raw_page(*lines)))
    assert [line.text for line in found if line.strip_item and line.indented] == [
        "烟台高新区：海洋装备企业交付",
        "济宁高新区：推出工程建设项目",
    ]


@pytest.mark.parametrize(
    "below",
    [
        ("1.5亿元", "唐山高新区：预计全年产值突破"),  # a strip of figures: every item opens on one
        ("订阅热线：010-64928921",),  # furniture under the strip, no figure over it
    ],
)
def test_a_strip_of_figures_takes_no_line_opening_with_a_colon_as_an_item_without_its_figure(below):
    lines = ("数说园区", "90万元", "徐州高新区：单台矿卡每年可节", "31家", "净月高新区：企业31家", *below)
    found = marks.open_strip_items(split_lines(raw_page(*lines)))
    openers = [line.text for line in found if line.strip_item and line.indented]
    assert openers[:2] == ["90万元 徐州高新区：单台矿卡每年可节", "31家 净月高新区：企业31家"]
    assert len(openers) == (3 if len(below) == 2 else 2)


@pytest.mark.parametrize(("above", "item"), [("可抵御17级台风。", True), ("深海养殖工船", False)])
def test_a_strip_of_sentences_opens_an_item_only_after_a_closed_sentence(above, item):
    lines = ("一句话新闻", "烟台高新区：海洋装备企业交付", above, "济宁高新区：推出审批改革。")
    found = marks.open_strip_items(split_lines(raw_page(*lines)))
    assert any(line.strip_item for line in found) is item


_FEATURE_UNDER_STRIP = (
    "〖创新前沿〗",
    "走进园区",
    "柳州高新区:小车开出“大市场”",
    "新能源汽车年产量突破60万辆,带动配套企业200余家",
    "□ 记者 王明 通讯员 李华",
    *column("在柳州高新区一家汽车企业的总装车间,平均每分钟就有一辆新能源小车下线。", width=16, indent=3),
    "一、从“代步车”到“爆款车”",
    *column("几年前,柳州的新能源小车还被看作“老年代步车”。去年,园区新能源汽车产量突破60万辆。", indent=3),
)


@pytest.mark.parametrize("strip", list(_STRIP_ITEMS))
def test_a_strip_or_a_corner_takes_no_byline(strip):
    """A byline printed under the headline of the feature after a strip is the feature's: the
    strip's items are the desk's, credited to no writer."""
    lines = (*column("燕郊高新区有关负责人表示,园区将依托中试基地吸引科研成果就近转化。", indent=3),)
    lines += (*_strip_lines(_STRIP_ITEMS[strip]), *_FEATURE_UNDER_STRIP)
    articles = parse_page(RawPage("t.txt", "\n".join(lines) + "\n")).articles
    assert not next(a for a in articles if a.title == _STRIP_ITEMS[strip][0]).authors
    assert [author.name for a in articles for author in a.authors] == ["王明", "李华"]


@pytest.mark.parametrize(
    "line, expected",
    [
        # a digest paper's strip over its page: issue, name, staff and date, dotted or tight
        ("第1294期 · 园区文摘 · 责任编辑 厍建国 · 美术编辑 宓思源 · 2025年9月26日", True),
        ("第1623期·园区文摘·责任编辑宓思源·美术编辑昝云舒·2024年8月14日", True),
        ("园区周刊 · 第212期 · 主编 张三 · 本版编辑 李四 · 美编 王五", True),
        ("园区周刊 | 2025年3月6日 | 责任编辑 张三 | 美编 李四", True),
        ("第1623期·园区文摘·责任编辑宓思源美术编辑昝云舒", True),  # tight before a role
        ("园区文摘第1623期园区企业", False),  # words run on after the issue: a title's
        ("第12期园区文摘责任编辑会议在京举行", False),  # a title: no item parted from the next
        ("第3期园区文摘的责任编辑 张三 2025年3月6日 到园区调研", False),  # runs on with text
        # the subscription lines and the notice of a digest paper to writers it could not reach
        ("订阅热线：010-88139543 全国各地邮局均可订阅", True),
        ("订阅热线:010-88139543 全国各地邮局均可订阅", True),  # half-width punctuation
        ("本版部分稿件因无法联系作者，请作者与本报联系稿酬事宜。", True),
        ("本版部分稿件因无法联系作者,请作者与本报联系稿酬事宜。", True),
        ("因无法与作者取得联系，请作者见报后与本报联系，以便奉寄稿费。", True),
        ("他表示，无法联系作者的稿件稿酬由园区代发。", False),  # a sentence reporting such a case
        ("园区为无法联系作者的专利寻找受让方。", False),  # no fee named
        # a cartoon's title and its artist's signature
        ("漫画：“店小二”上门来", True),
        ("夏侯安/作", True),
        ("东方朔月/作", True),
        ("文/夏侯安", False),  # a writer's credit opens on its role
        ("漫画：园区企业把创意做成了产品，销往海外。", False),  # a sentence after the word
        ("园区合作", False),
        # an event's advert: when and where on one line
        ("时间：4月24日 地点：漳州市国际会展中心", True),
        ("时间：4月24日，地点由主办方另行通知。", False),
    ],
)
def test_a_digest_pages_furniture_lines(line, expected):
    """A digest paper prints its issue strip, subscription lines, the notice to writers it reprints,
    a cartoon and an event's advert in fixed forms, as no line of a story is written."""
    assert is_furniture_line(line) is expected


NARROW_TEXT = column(
    "走进园区一家材料企业的长晶车间，上百台单晶炉整齐排列，炉内温度超过两千摄氏度。",
    "三年前，这里还是一片待开发的工业用地。如今，园区已形成完整的产业链。",
    width=14,
)


@pytest.mark.parametrize(
    ("title", "subtitle"),
    [
        ("太原高新区：一块衬底片撬动半导体材料产业链", "从碳化硅单晶到外延片，园区三年集聚上下游企业27家"),
        # the half-width marks some readers write
        ("太原高新区:一块衬底片撬动半导体材料产业链", "从碳化硅单晶到外延片,园区三年集聚上下游企业27家"),
        ("柳州高新区:小车开出“大市场”", "新能源汽车年产量突破60万辆,带动配套企业200余家"),
    ],
)
def test_a_clause_under_a_title_wider_than_the_column_under_it_is_the_subtitle(title, subtitle):
    """Read with no blank lines, the subtitle stands straight on the text's first line: wider than
    any line of that column, it is no line of the text, its commas notwithstanding."""
    page = "\n".join(["园区文摘", title, subtitle, *NARROW_TEXT]) + "\n"
    assert kind_of(page, subtitle) == "headline"
    article = parse_page(RawPage("t.txt", page)).articles[0]
    assert (article.title, article.subtitle) == (title, subtitle)
    assert article.blocks[0].text.startswith(NARROW_TEXT[0])


WIDE_LEAD = column("园区负责人介绍，三年来园区先后引进配套企业二十七家，其中九家由龙头企业推荐。", width=24)


@pytest.mark.parametrize(
    "under",
    [
        # the text's first line, as wide as its column: the text runs on below it
        column("园区负责人介绍，三年来园区先后引进配套企业二十七家，其中九家由龙头企业推荐。", width=14),
        # a lead set to a wider measure, its next lines as wide
        WIDE_LEAD[:2] + NARROW_TEXT,
        # a wide line closing its sentence: a paragraph's own
        ("园区三年集聚上下游企业二十七家，产值突破八十亿元。", *NARROW_TEXT),
        # a wide line whose figure runs on into the next line: the text's, however wide
        ("园区三年集聚上下游企业二十七家，产值突破80", "亿元，占全区的三成。", *NARROW_TEXT),
        # an interview's turn under the title
        ("问：园区三年集聚上下游企业二十七家，靠的是什么？", *NARROW_TEXT),
    ],
)
def test_a_line_under_a_title_is_no_subtitle_unless_wider_than_the_column_under_it(under):
    page = "\n".join(["园区文摘", "太原高新区一块衬底片撬动半导体材料产业链", *under]) + "\n"
    assert kind_of(page, under[0]) == "body"


# A story's text over the next story's title, set inside its run: its last line breaks off in a word
_TEXT_OVER_TITLE = (
    "成都高新区知识产权纠纷快速处理中心挂牌",
    "日前，延吉高新区电商直播",
    "基地启用，首批二十家特色食品",
    "企业入驻。基地为企业提供直播",
)


@pytest.mark.parametrize(
    ("last", "wide", "kind"),
    [
        # the text picks up under the title, finishing the word it broke off in: no subtitle
        ("和物流服务。直播基地启用一个", "月来，入驻企业线上销售额超过一千二百万元，", "body"),
        ("和物流服务。直播基地启用一个", "月来，入驻企业线上销售额超过一千二百万元", "body"),
        # the text over the title closes its sentence: the wide line under it is its subtitle
        ("和物流服务。直播基地已启用。", "从碳化硅单晶到外延片，园区三年集聚上下游企业27家", "headline"),
    ],
)
def test_a_wide_line_the_text_over_a_title_runs_on_into_is_no_subtitle(last, wide, kind):
    """A headline set inside a story's run ("…启用一个" / title / "月来，…"): the wide line under
    it is the text picked up after it, as wide as the column it came from, no subtitle of the title."""
    title = "延吉高新区特色食品企业拓展线上销路"
    page = "\n".join(["园区文摘", *_TEXT_OVER_TITLE, last, title, wide, *NARROW_TEXT]) + "\n"
    assert kind_of(page, title) == "headline"
    assert kind_of(page, wide) == kind


def test_a_clocks_colon_read_half_width_is_no_subjects():
    assert article_module.SUBJECT_COLON.match("10:30开幕") is None
    assert article_module.SUBJECT_COLON.match("柳州高新区:小车开出“大市场”") is not None


def test_a_figures_thousands_read_half_width_are_no_clause():
    assert article_module.PROSE.search("营收突破1,200亿元 园区再扩产") is None
    assert article_module.PROSE.search("营收突破1200亿元,园区再扩产") is not None


@pytest.mark.parametrize(
    "tail",
    [
        (
            "目前已有23家中药企业接入",
            "平台，覆盖种植基地4.6万亩。",
            "园区负责人表示，追溯平台",
            "让好药材卖出了好价钱，接入企",
            "业的药材平均收购价明显提高。",
        ),
    ],
)
def test_the_text_picked_up_under_a_jump_line_keeps_its_first_line(tail):
    """Under its jump line a tail picks up mid-sentence: a line of the text's width over the
    sentence's last words is the text's, no title repeated (a paragraph written whole on its line
    runs well past the line over it)."""
    page = "\n".join(["承德高新区中药材追溯平台上线", "（上接第1版）", *tail]) + "\n"
    article = parse_page(RawPage("t.txt", page)).articles[-1]
    assert article.blocks[0].text.startswith(tail[0] + tail[1])


def test_a_title_repeated_under_a_jump_line_over_a_paragraph_written_on_one_line_stays_a_title():
    title, text = "内江高新区出台十条措施培育锂电产业", "措施明确，对新落户的锂电项目给予补助，最高五千万元。"
    page = "\n".join(["合肥高新区集成电路产业发展大会举行", "（上接第1版）", title, text, text]) + "\n"
    article = parse_page(RawPage("t.txt", page)).articles[-1]
    assert article.title == title and article.blocks[0].text.startswith(text)


# ------------------------------------------------ an editor's note, a series' opener, a 数读 box

# the note's first line short of the column by the bold label the reader wrote apart
_NOTE_TEXT = (
    "高新区是",
    "创新驱动发展的主阵地。",
    "本期专刊走进长春高新",
    "区，看园区如何以科技",
    "创新引领产业升级。",
)
_STORY_TEXT = column(
    "走进长春高新区光电产业园，一栋栋厂房里，激光器、红外探测器、精密光学镜头正在下线。",
    "长春是新中国光学事业的发祥地之一。园区依托驻地科研院所，推行研究所加公司的转化模式。",
    width=18,
)


@pytest.mark.parametrize("label", ["编者按：", "编者的话：", "【编者按】", "编者按:"])
def test_an_editors_notes_label_written_apart_opens_the_note_on_the_next_line(label):
    """A reader that writes a run in another font apart puts the note's bold label on a line of its
    own: it is one line with the note's first words, the note no line of the headline over it."""
    heads = ("一束光点亮一条链", "——长春高新区光电产业纪实", "本报记者 朴成浩 报道")
    page = "\n".join((*heads, label, *_NOTE_TEXT, *_STORY_TEXT)) + "\n"
    [article] = parse_page(RawPage("t.txt", page)).articles
    assert (article.title, article.subtitle) == ("一束光点亮一条链", "——长春高新区光电产业纪实")
    assert article.blocks[0].text.startswith(label.strip() + "".join(_NOTE_TEXT[:2]))


@pytest.mark.parametrize(
    "lines",
    [
        ("编者按：本期专刊走进", "长春高新区，看园区如何"),  # the label with its words on its line
        ("编后：", "长春高新区，看园区如何"),  # a coda's label, no note opening a story
        ("编者按：", "2024年，园区如何"),  # a figure under it: no note's first word
        ("编者按语", "长春高新区，看园区如何"),  # no colon sets a label off
    ],
)
def test_no_other_line_is_joined_as_a_notes_label(lines):
    written = [Line(k + 1, text) for k, text in enumerate(lines)]
    assert [line.text for line in join_note_labels(written)] == list(lines)


@pytest.mark.parametrize("label", ["开栏的话", "开篇的话", "开栏语", "【开栏的话】"])
def test_a_series_openers_label_is_a_heading_opening_the_storys_text(label):
    """开栏的话 printed under a series' first headline opens the story's text, a heading of it: no
    line of the headline group over it."""
    page = raw_page(
        "山里药材进园区",
        "本报记者 朴成浩 报道",
        label,
        "即日起，本报推出系列报道，走进各地",
        "高新区，敬请关注。",
        *_STORY_TEXT,
    )
    [article] = parse_page(RawPage("t.txt", page)).articles
    assert article.title == "山里药材进园区"
    assert (article.blocks[0].type, article.blocks[0].text) == ("heading", label)
    assert article.blocks[1].text.startswith("即日起")


@pytest.mark.parametrize("text", ["开栏的话", "开篇的话", "开栏语", "开篇语", "【开栏的话】", "**开栏的话**"])
def test_opener_labels(text):
    assert marks.opener_label(text)


@pytest.mark.parametrize("text", ["开栏的话题", "开放的话语权", "开栏以来，园区", "栏目的话", "开篇"])
def test_no_opener_label(text):
    assert not marks.opener_label(text)


_SHUDU_ABOVE = ("园区还牵头组建光电产业联盟，每月举办", "供需对接会，交货周期缩短为12天。")
_SHUDU_BELOW = ("园区目前纺纱规模达到520万锭，并配套", "建设了污水集中处理设施。")


@pytest.mark.parametrize(
    "rows, paragraphs",
    [
        (("纺纱 520万锭", "新引进面料项目 9个"), ["纺纱 520万锭", "新引进面料项目 9个"]),
        # a row wrapped in a narrow column, its unit or its figure on the next line
        (("纺纱 520万锭", "完成诊断企业 37", "家"), ["纺纱 520万锭", "完成诊断企业 37家"]),
        (("纺纱 520万锭", "印染用水重复利用", "率 70%以上"), ["纺纱 520万锭", "印染用水重复利用率 70%以上"]),
        # a reader's space inside the unit, where it joined a row's two lines
        (("纺纱 520万锭", "印染用水重复利用率 70%以 上"), ["纺纱 520万锭", "印染用水重复利用率 70%以上"]),
        # a row of two columns' figures
        (
            ("集群企业 2023年 ", "352家 / 2025年 431家", "本地配套率 2023", "年 38% / 2025年 61%"),
            ["集群企业 2023年 352家 / 2025年 431家", "本地配套率 2023年 38% / 2025年 61%"],
        ),
        # each figure set large over its label, no source under them: a box set in type
        (("62家", "量子企业数量", "50万元", "营收破1亿元"), ["62家量子企业数量", "50万元营收破1亿元"]),
        (("6英寸/8英寸", "晶圆尺寸", "140余台套", "工艺设备"), ["6英寸/8英寸晶圆尺寸", "140余台套工艺设备"]),
        # or before it on one line, parted by a space or glued to a label of words
        (("最高50万元 首次升规", "100万元 营收破1亿元"), ["最高50万元首次升规", "100万元营收破1亿元"]),
        (("62家量子企业数量", "4100人从业人员"), ["62家量子企业数量", "4100人从业人员"]),
        (("6英寸/8英寸晶圆尺寸", "26亿元产品销售收入"), ["6英寸/8英寸晶圆尺寸", "26亿元产品销售收入"]),
        # words set large over words, a product over its use
        (("航空紧固件", "钛合金棒材", "3D打印关节", "钛粉"), ["航空紧固件钛合金棒材", "3D打印关节钛粉"]),
        (("航空紧固件 钛合金棒材", "深海装备 钛合金管材"), ["航空紧固件钛合金棒材", "深海装备钛合金管材"]),
    ],
)
def test_a_shudu_box_set_as_text_is_a_heading_and_a_paragraph_a_row(rows, paragraphs):
    """A 数读 box inside a story, each row a figure after its label, no bar nor source line: its label
    is a heading of the story, each row a paragraph, and the story's text goes on under it."""
    text = (*_STORY_TEXT, *_SHUDU_ABOVE, "数读", *rows, *_SHUDU_BELOW)
    page = "\n".join(("光电产业集群发展纪实", *text)) + "\n"
    [article] = parse_page(RawPage("t.txt", page)).articles
    texts = [(block.type, squeeze(block.text)) for block in article.blocks]
    at = texts.index(("heading", "数读"))
    assert texts[at + 1 : at + 1 + len(paragraphs)] == [("paragraph", squeeze(p)) for p in paragraphs]
    assert texts[at + 1 + len(paragraphs)] == ("paragraph", squeeze("".join(_SHUDU_BELOW)))


@pytest.mark.parametrize(
    "box",
    [
        # figures set large over their labels, a graphic's source under them
        ("数读", "46家", "平台接入园区", "99.99%", "氧化镁纯度", "资料来源：受访单位"),
        ("数读", "平台接入园区", "46家", "氧化镁纯度", "99.99%"),  # labels over figures
        ("数读", "园区企业 ▇▇▇ 46家", "产值增长 ▇ 18%"),  # a bar chart's callouts
        ("数读", "平台接入园区 46家", "氧化镁纯度 99.99%", "数据来源：园区管委会"),  # a graphic's source
        ("数读园区", "平台接入园区 46家", "氧化镁纯度 99.99%"),  # a chart's own name
        ("数读", "●项目 一期 二期", "●年产能 5亿平方米 8亿平方米"),  # a table's bulleted rows
    ],
)
def test_no_other_box_under_the_label_is_read_as_rows_set_as_text(box):
    lines = [Line(k + 1, text) for k, text in enumerate(box)]
    assert not any(line.box_row for line in marks.open_facts_rows(lines))


_HEAD_BOX = ("数说", "62家", "量子企业数量", "4100人", "从业人员")
_HEAD_BOX_ROWS = [("heading", "数说"), ("paragraph", "62家量子企业数量"), ("paragraph", "4100人从业人员")]
_BOX_LEAD = "在合肥高新区，有一条被称作“量子大街”的道路，两侧聚集着几十家量子科技企业。"
_AFTER_BOX_LEAD = "几年前，量子企业手里大多只有实验室样机。如今，园区企业研制的设备已用于多家银行。"


@pytest.mark.parametrize(
    "over_box",
    [
        (),
        ("技术人员在调试量子密钥分发设备。（本报记者 诸葛文静 摄）",),  # a photo's caption
    ],
)
@pytest.mark.parametrize("credit", [(), ("本报记者 诸葛文静 本报通讯员 岑明芬",)])
def test_a_box_printed_under_a_storys_head_is_read_after_its_lead(over_box, credit):
    """A box of figures in the column under a story's head, beside the top of its text, is the
    story's: read after its lead paragraph, the text under it going on as the next paragraph."""
    text = column(_BOX_LEAD, _AFTER_BOX_LEAD)
    page = raw_page("量子大街上的“量子生意”", *over_box, *_HEAD_BOX, *credit, *text)
    [article] = parse_page(RawPage("t.txt", page)).articles
    texts = [(block.type, squeeze(block.text)) for block in article.blocks]
    assert texts == [("paragraph", _BOX_LEAD), *_HEAD_BOX_ROWS, ("paragraph", _AFTER_BOX_LEAD)]


def test_a_box_inside_a_storys_text_stays_where_printed():
    """A box printed in the text's flow, after the lead, is read where it stands."""
    page = raw_page("量子大街上的“量子生意”", *column(_BOX_LEAD), *_HEAD_BOX, *column(_AFTER_BOX_LEAD))
    [article] = parse_page(RawPage("t.txt", page)).articles
    texts = [(block.type, squeeze(block.text)) for block in article.blocks]
    assert texts == [("paragraph", _BOX_LEAD), *_HEAD_BOX_ROWS, ("paragraph", _AFTER_BOX_LEAD)]


def _box_under(*typed: tuple[str, str]) -> list[Item]:
    """Items with the 数说 box's label and rows (set as text) among them."""
    rows = [Item(BODY, [Line(0, row, box_row=True)], row) for row in ("62家量子企业数量", "4100人从业人员")]
    items = _typed_items(*typed)
    at = next(k for k, item in enumerate(items) if item.text == "数说")
    return items[: at + 1] + rows + items[at + 1 :]


_HEAD, _LABEL = ("headline", "量子大街"), ("headline", "数说")
_LEAD_ITEM, _AFTER_ITEM = ("body", _BOX_LEAD), ("body", _AFTER_BOX_LEAD)


@pytest.mark.parametrize(
    "typed",
    [
        (_HEAD, _LABEL, _LEAD_ITEM, _AFTER_ITEM),
        (_HEAD, ("caption", "技术人员在调试设备。"), _LABEL, _LEAD_ITEM),
        (_HEAD, _LABEL, ("byline", "本报记者 诸葛文静"), _LEAD_ITEM),
        (_HEAD, ("body", "从卖钛锭到卖钛制品，产业链向高端延伸"), _LABEL, _LEAD_ITEM),  # a deck read as text
    ],
)
def test_a_box_under_a_head_is_moved_after_the_lead(typed):
    texts = [item.text for item in marks.read_head_boxes_after_leads(_box_under(*typed))]
    at = texts.index(_BOX_LEAD) + 1
    assert texts[at : at + 3] == ["数说", "62家量子企业数量", "4100人从业人员"]


@pytest.mark.parametrize(
    "typed",
    [
        # a box in the text's flow, read where it stands
        (_HEAD, _LEAD_ITEM, _LABEL, _AFTER_ITEM),
        # no lead under the box: no text, or none closing a sentence
        (_HEAD, _LABEL, ("headline", "从样机到订单")),
        (_HEAD, _LABEL, ("body", "正从这里走向银行")),
    ],
)
def test_a_box_in_the_text_or_over_no_lead_stays(typed):
    items = _box_under(*typed)
    assert marks.read_head_boxes_after_leads(list(items)) == items


def test_a_subheading_under_a_shudu_box_heads_the_next_section():
    """The box's last row closes its paragraph: the subheading under it opens the next section of
    the story, no headline read across the columns into a sentence."""
    blocks = (
        "# 一束光点亮一条链",
        "走进长春高新区光电产业园，一栋栋厂房里，激光器、红外探测器、精密光学镜头正在下线。",
        "## 数读",
        "集群企业 2023年 352家 / 2025年 431家",
        "集群产值 2023年 418亿元 / 2025年 563亿元",
        "## 场景开放引来新订单",
        "围绕卫星遥感、智能驾驶等应用场景，园区每年发布场景清单，组织企业揭榜攻关。",
    )
    [article] = parse_page(RawPage("t.txt", "\n\n".join(blocks) + "\n")).articles
    headings = [block.text for block in article.blocks if block.type == "heading"]
    assert headings == ["数读", "场景开放引来新订单"]


PHOTO_STORY = column(
    "入夜，常熟高新区汽车零部件产业园灯火通明，一批批线束从这里发往长三角的整车工厂。", width=11
)


@pytest.mark.parametrize(
    ("lines", "caption"),
    [
        # the photo's number in a group, the sentence wrapped over lines of the column
        (
            ("图①图为常熟高新区汽车", "零部件产业园的智能立体", "仓库。"),
            "图①图为常熟高新区汽车零部件产业园的智能立体仓库。",
        ),
        (("图②工人在线束生产车间", "检查产品。"), "图②工人在线束生产车间检查产品。"),
        # the word for a caption, its credit on the line under its sentence
        (
            ("图说：工人在怀化高新区", "一家企业分拣茯苓。", "特约通讯员 岩温 摄"),
            "图说：工人在怀化高新区一家企业分拣茯苓。 特约通讯员 岩温 摄",
        ),
        (("上图：园区夜景，灯火", "通明。"), "上图：园区夜景，灯火通明。"),  # a clause in it: the label tells
    ],
)
def test_a_caption_opened_by_its_label_is_one_caption_down_to_its_sentences_close(lines, caption):
    text = raw_page(*PHOTO_STORY, *lines, "扫码看视频")
    assert ("caption", caption) in kinds(text)


@pytest.mark.parametrize(
    "lines",
    [
        ("图书馆里新设了一批", "自助借阅终端。"),  # 图 opening a word, no label
        ("图说数据", "园区产值增长两成。"),  # a box's name: no colon after it
        ("图①园区一期厂房已经", "封顶，二期厂房正在", "抓紧建设，预计明年", "交付使用，届时园区"),  # no close
    ],
)
def test_a_line_opened_by_no_caption_label_or_by_one_whose_sentence_never_closes_is_no_caption(lines):
    text = raw_page(*PHOTO_STORY, *lines, "扫码看视频")
    assert all(kind != "caption" for kind, _ in kinds(text))


PHOTO_GROUP = ("图为常熟高新区汽车零部件", "产业园的智能立体仓库。", "本报记者 上官云舒 摄")


@pytest.mark.parametrize(
    ("lines", "captions"),
    [
        (
            ("工人在线束生产车间检查产", "品。", "夜幕下的产业园厂区。"),
            ["工人在线束生产车间检查产品。", "夜幕下的产业园厂区。"],
        ),
        (
            ("中药提取车间内的自动化", "生产线。", "通讯员 玉香 摄"),
            ["中药提取车间内的自动化生产线。 通讯员 玉香 摄"],
        ),
    ],
)
def test_a_short_sentence_under_a_caption_captions_the_groups_next_photo(lines, captions):
    found = kinds(raw_page(*PHOTO_STORY, *PHOTO_GROUP, *lines, "夜色中的汽车零部件“智造港”"))
    assert all(("caption", caption) in found for caption in captions)


@pytest.mark.parametrize(
    ("above", "under"),
    [
        # the photo broke into a paragraph: the line under its caption ends the paragraph's sentence
        (("园区今年新建的厂房里，", "每亩的用水"), "量比过去减少了三成。"),
        # a sentence with a clause: a paragraph of the text
        ((), "园区计划明年扩建，产能翻番。"),
        # an interview's turn under the photo: the next question, not a caption
        ((), "记者：园区提供了哪些帮助？"),
        ((), "马建军：帮助很多很多。"),
        # a question: the next story's headline, printed under the photos
        ((), "产业园如何跑出加速度？"),
    ],
)
def test_a_line_under_a_caption_that_goes_on_with_the_text_is_no_caption(above, under):
    found = kinds(raw_page(*PHOTO_STORY, *above, *PHOTO_GROUP, under, "夜色中的汽车零部件“智造港”"))
    assert ("caption", under) not in found


@pytest.mark.parametrize(
    ("lines", "caption"),
    [
        (
            ("▲图为汽车零部件产业园一期", "全景。 本报通讯员 乔晓伟", "摄"),
            "▲图为汽车零部件产业园一期全景。 本报通讯员 乔晓伟摄",
        ),
        (
            ("△图为产业园的智能立体仓", "库。（本报记者 上官云舒 摄）"),
            "△图为产业园的智能立体仓库。（本报记者 上官云舒 摄）",
        ),
    ],
)
def test_a_caption_marked_by_a_triangle_pointing_at_its_photo_is_read_wrapped(lines, caption):
    """"▲图为…": the triangle points up at the photo; the caption opens on it, wrapped over its
    column down to the line its credit ends."""
    assert ("caption", caption) in kinds(raw_page(*PHOTO_STORY, *lines, "夜色中的汽车零部件“智造港”"))


@pytest.mark.parametrize(
    ("text", "caption_text", "credit"),
    [
        ("左图：车间。右图：检测基板。（本报记者 亓晓峰 摄）", "左图：车间。右图：检测基板。", "亓晓峰"),
        ("上图：园区全景。下图：生产车间。 张三 摄", "上图：园区全景。下图：生产车间。", "张三"),
        ("园区全景。 图：张三", "园区全景。", "张三"),  # 图： after no pointer: the credit's label
    ],
)
def test_left_and_right_pictures_point_at_photos_no_credit(text, caption_text, credit):
    """"左图：" (右图, 上图, 下图) names which photo the words after it tell of: the caption's text,
    no credit's label."""
    caption = article_module.split_caption(text)
    assert (caption.text, caption.credit) == (caption_text, credit)


def test_a_triangle_opening_a_line_of_text_over_no_photo_opens_no_caption():
    """A brief's title marked by a triangle, with 图 in its words, is no caption."""
    text = column("园区日前发布招商地图，标注了空余厂房。", width=11)
    found = kinds(raw_page(*PHOTO_STORY, "▲园区发布招商地图", *text))
    assert all(kind != "caption" for kind, _ in found)


@pytest.mark.parametrize("lines", [("图②工人在线束生产车间", "检查产品。"), ("夜幕下的产业园厂区。",)])
def test_a_caption_closing_the_page_is_read_with_nothing_under_it(lines):
    text = raw_page(*PHOTO_STORY, *PHOTO_GROUP, *lines)
    assert ("caption", "".join(lines)) in kinds(text)


_NARROW_OPENING = column("近日，常熟高新区汽车零部件产业园一期建成投用。", width=8)


@pytest.mark.parametrize(
    "under",
    [
        ("本报通讯员 乔晓伟 文/图", *_NARROW_OPENING),  # a byline
        _NARROW_OPENING,  # a column's text narrower than the photo
        ("导读", *_NARROW_OPENING),  # a lead box's label
    ],
)
def test_a_short_sentence_under_a_caption_under_a_headline_set_apart_from_the_text_is_a_caption(under):
    """Photos under a story's headline: the short sentence under their caption, with a byline, a
    label or a column of another measure between it and the text, captions the group's next photo."""
    found = kinds(
        raw_page(
            "常熟高新区汽车零部件产业园一期建成",
            "图为产业园一期全景。 本报通讯员 乔晓伟 摄",
            "工人在车间调试线束设备。",
            *under,
        )
    )
    assert ("caption", "工人在车间调试线束设备。") in found


def test_a_sentence_under_photos_under_a_headline_that_ends_an_open_text_is_no_caption():
    """A text left open over another story's headline and its photo runs on under them: the
    short sentence there closes it, no caption."""
    found = kinds(
        raw_page(
            *column("拉萨高新区管委会负责人表示，园区将继续围绕藏医药强链补链，力争五年产值翻番，", width=14),
            "拉萨高新区：",
            "让古老藏药",
            "走上现代生产线",
            "拉萨高新区一家藏药企业的自动化生产",
            "线。（次仁多吉 摄）",
            "打造高原特色生物医药产业集群。",
            "记者手记",
            *column("在拉萨高新区采访，记者最深的感受是守正与创新并行。", width=14),
        )
    )
    assert ("caption", "打造高原特色生物医药产业集群。") not in found


def test_a_short_sentence_under_a_caption_over_a_storys_opening_is_its_first_words():
    """Photos set under the byline, over the text: the short sentence under their caption is the
    text's first, not a next photo's caption."""
    found = kinds(
        raw_page(
            "文/沙马拉毅 图/央金卓玛",
            "钒钛高新区企业研发人员在实验室工作。 受访者供图",
            "攀枝花的钒资源储量居全国前列。",
            "过去，这里的钒主要以钒氮合金等形式",
            "用于钢铁行业；如今，钒正在储能领域",
            "找到新的用武之地。",
        )
    )
    assert ("caption", "攀枝花的钒资源储量居全国前列。") not in found



# A paragraph as a reader that writes each one whole on a line (Umi-OCR's 按自然段换行) writes it
WHOLE_PARAGRAPH_LINE = (
    "近日，示范区耐盐碱大豆示范田迎来收获，亩产达到260公斤。示范区通过选育耐盐碱品种和改良土壤，"
    "让昔日的盐碱荒滩变成了丰收的良田。"
)


def _deck_over(kicker_kind: str, line: str, under: str, marked: bool = False) -> list[Item]:
    """The deck's line, then the line under it and the paragraph; `marked`: a Markdown heading's."""
    texts = [(kicker_kind, "【优化营商环境】"), (BODY, line), (BODY, under)]
    items = [Item(kind, [Line(n, text)], text) for n, (kind, text) in enumerate(texts, 1)]
    items[0].lines[0].heading = marked
    return items


@pytest.mark.parametrize("line", ["盐碱地上大豆丰收", "示范区盐碱地改良见成效", "“三个年”活动见实效"])
def test_a_line_under_a_headline_over_a_paragraph_written_whole_is_the_headline_s(line):
    assert _over_whole_paragraph(_deck_over(HEADLINE, line, WHOLE_PARAGRAPH_LINE), 1)


def test_a_plain_line_under_a_markdown_heading_over_a_whole_paragraph_is_the_texts():
    """A Markdown export marks the deck's headings itself (## 钛材企业… / 一问一答 / the paragraph)."""
    assert not _over_whole_paragraph(_deck_over(HEADLINE, "一问一答", WHOLE_PARAGRAPH_LINE, marked=True), 1)


@pytest.mark.parametrize(
    ("line", "under"),
    [
        ("1.青禾农业科技有限公司", WHOLE_PARAGRAPH_LINE),  # a list's item: the text's own
        ("示范区盐碱地，改良见成效", WHOLE_PARAGRAPH_LINE),  # a clause: text
        ("盐碱地上大豆丰收", "近日，示范区耐盐碱大豆示范田"),  # a column's line under it: measured as ever
    ],
)
def test_no_listed_item_clause_or_line_over_a_column_is_taken_for_the_headline_s(line, under):
    assert not _over_whole_paragraph(_deck_over(HEADLINE, line, under), 1)


_NOTICE_TEXT = column(
    "经企业申报、专家评审，拟认定以下三家企业为2022年度园区瞪羚企业，现予以公示。"
    "公示期内如有异议，请以书面形式向管委会反映。"
)


@pytest.mark.parametrize("formula", ["特此通知。", "特此公示。", "特此公告。", "特此通知."])
@pytest.mark.parametrize(
    "signature",
    [
        ("保定高新区经济发展局", "2022年2月4日"),
        ("市科技局", "2023年 12 月 16 日"),  # the figures spaced by the extractor
        ("青岛高新区人才服务中心",),  # signed by the issuer alone
        ("2024年4月20日",),  # dated alone
    ],
)
@pytest.mark.parametrize("title_after", [False, True])
def test_a_notices_signature_under_its_formula_closes_its_text(formula, signature, title_after):
    """The issuer and the date printed under a notice's closing formula are the notice's last
    paragraphs: no headline's line, no page's date, and the story printed under them is another."""
    title = "关于2022年度园区瞪羚企业拟认定名单的公示"
    notice = (*_NOTICE_TEXT, formula, *signature)
    parts = (*notice, title) if title_after else (title, *notice)
    page = parse_page(RawPage("t.txt", raw_page(*parts, "合肥高新区芯片大会开幕", *_OTHER_TEXT)))
    first = page.articles[0]
    assert first.title == title
    assert squeeze(first.body_text).endswith(formula + "".join(squeeze(line) for line in signature))
    assert [article.title for article in page.articles[1:]] == ["合肥高新区芯片大会开幕"]


@pytest.mark.parametrize(
    "under",
    [
        ("长沙高新区经济发展局负责人表示", "园区将持续优化营商环境。"),  # a sentence, no body's name alone
        ("2022年2月4日 星期五",),  # the page's date, with its weekday
    ],
)
def test_lines_under_a_sentence_with_no_notice_formula_are_no_signature(under):
    items = layout(RawPage("t.txt", raw_page("长沙高新区：智能制造提速", *_TEXT_ABOVE, *under)))
    assert not [item for item in items if item.table_row]


_OFFER_ROWS = ("岗位：产业研究员、企业服务专员。", "要求：全日制本科及以上学历，年龄35周岁以下。")


@pytest.mark.parametrize(
    "contact",
    [
        ("报名邮箱：hr41@park-alliance.cn",),
        ("招商热线：0683-7658481",),
        ("联系电话：0325-8249338",),
        ("招商热线： 0683 -765", "8481"),  # the number broken at the column's measure
        ("报名邮箱：hr94@", "park-allianc", "e.cn"),
    ],
)
@pytest.mark.parametrize("rows", [_OFFER_ROWS, (*_OFFER_ROWS[:1], *column(_OFFER_ROWS[1], width=10))])
def test_a_contact_row_under_a_boxs_rows_is_the_boxs_last_text(contact, rows):
    """Whom to write to or call, printed as the last row of a box of rows (a job offer), is the
    box's text, and the box ends there: the story under it keeps its title."""
    box = ("招聘启事", "园区人才服务中心现面向社会招聘工作人员3名。", *rows, *contact, "")
    page = parse_page(RawPage("t.txt", raw_page(*box, "合肥高新区芯片大会开幕", *_OTHER_TEXT)))
    assert re.sub(r"\s", "", page.articles[0].body_text).endswith(re.sub(r"\s", "", "".join(contact)))
    assert [article.title for article in page.articles[1:]] == ["合肥高新区芯片大会开幕"]


@pytest.mark.parametrize(
    "above",
    [
        _TEXT_BELOW,  # a story's last sentence: the page's contact line under it is furniture
        ("张建国：我们会继续加大研发投入。",),  # a speaker's turn, no box's row
        ("记者：企业最关心的是什么？",),
    ],
)
def test_a_contact_line_under_a_storys_text_stays_furniture(above):
    raw = raw_page("长沙高新区：智能制造提速", *_TEXT_ABOVE, *above, "新闻热线：0731-88889999")
    page = parse_page(RawPage("t.txt", raw))
    assert "新闻热线：0731-88889999" in page.furniture


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("招商热线：0683-7658481", True),
        ("报名邮箱：hr41@park-alliance.cn", True),
        ("订阅热线：010-84887178 全国各地邮局均可订阅", False),  # words after the number: the paper's note
        ("邮发代号：53-69", False),  # no contact's label
        ("热线：请拨打园区服务热线", False),
    ],
)
def test_a_contact_row_holds_a_number_or_an_address_alone(line, row):
    assert (marks.CONTACT_ROW.match(squeeze(line)) is not None) == row


def test_an_advert_under_a_hotline_keeps_its_closing_number_as_furniture():
    """A hotline's label and colon (爆料电话：) open no box's row: the advert under it stays furniture."""
    advert = ("爆料电话：075-81483547（24小时）", "厂房出租", "标准厂房4100平方米", "联系电话：19182117028")
    items = layout(RawPage("t.txt", raw_page(*BODY_A, *advert, "", TITLE_A, *BODY_A)))
    lines = {line.text: item.kind for item in items for line in item.lines}
    assert lines["联系电话：19182117028"] == "furniture"


def test_an_advert_closing_on_a_number_is_no_card_and_stays_furniture():
    advert = ("广告", "科技成果转化对接会", "报名截止：2月28日", "咨询电话：010-59603524")
    items = layout(RawPage("t.txt", raw_page(*BODY_A, *advert, "", TITLE_A, *BODY_A)))
    lines = {line.text: item.kind for item in items for line in item.lines}
    assert all(lines[line] == "furniture" for line in advert)


@pytest.mark.parametrize(
    "title, under, tail",
    [
        # a notice's name under a title whole on its line heads a box of its own
        ("营口高新区镁基新材料中试基地投用", "招商启事", False),
        ("泰州医药高新区mRNA疫苗产业化基地启用", "招聘启事", False),
        ("园区企业主导制定两项标准", "更正声明", False),
        # what the title's line had no room for runs on still, a notice's name left open above
        ("关于开展2022年度园区企业统计培训的", "通知", True),
        ("园区企业主导制定两项", "国际标准", True),
    ],
)
def test_a_notices_name_under_a_title_is_no_tail_of_it(title, under, tail):
    from digest.parse.article import title_tail

    assert title_tail(title, under) is tail


@pytest.mark.parametrize("label", ["“三个年”活动进行时", "“比学赶超”看园区"])
def test_a_campaigns_name_over_a_headline_after_a_credit_is_its_kicker(label):
    """A headline group printed after the text it heads, the text's credit closing it without a
    stop: the campaign's name over the title is a headline however much of the column it fills."""
    text = (
        "问：对未来有什么规划？",
        "答：我们正在建设新型显",
        "示研发中心，重点开发车载和",
        "医疗显示等高附加值产品，并",
        "和园区企业一起推动关键材料",
        "本地化。 （咸阳高新区管委",
        "会 供稿）",
    )
    raw = raw_page(*text, label, "安阳高新区无人机试飞空域扩容")
    kinds = {item.text: item.kind for item in layout(RawPage("t.txt", raw))}
    assert kinds[label] == "headline"


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (
            ("供稿：信阳高新区经发局", "撰稿：芮晓彤、喻红", "审核：亓春燕"),
            [
                ("author", "供稿：信阳高新区经发局"),
                ("author", "撰稿：芮晓彤、喻红"),
                ("furniture", "审核：亓春燕"),
            ],
        ),
        (
            ("供稿：宁乡高新区党群工作部", "撰稿：佟佳慧", "审核：逄立新", "编辑：隗志强"),
            [
                ("author", "供稿：宁乡高新区党群工作部"),
                ("author", "撰稿：佟佳慧"),
                ("furniture", "审核：逄立新"),
            ],
        ),
    ],
)
def test_a_labelled_credit_block_closes_the_text_above_it(block, expected):
    """An in-house paper's credit block after the text: the office that supplied the item and its
    writer close the text (no byline over the next one); who checked and edited it are staff."""
    items = kinds("\n".join((*STORY_ABOVE, *block)) + "\n")
    assert all(pair in items for pair in expected)


def test_a_writers_label_without_a_supplier_above_stays_a_byline():
    """ "撰稿：X" over a text, with no office's line above it, heads that text as any "作者：X" does."""
    items = kinds("\n".join(("园区新增企业百家", "撰稿：芮晓彤", "本报讯 近日，园区新增企业百家。")) + "\n")
    assert ("byline", "撰稿：芮晓彤") in items


@pytest.mark.parametrize("credit", ["■司马晓东", "■芮晓彤、喻红", "■吉克阿依、诸葛晨"])
def test_a_mark_before_names_alone_is_a_byline_no_briefs_title(credit):
    """Names alone after the mark, over a text opening on a dateline, credit the story: a brief's
    title says what happened."""
    lines = ("厦门火炬高新区显示产线点亮", credit, "本报讯 近日，园区一家显示企业的中试线成功点亮首批样品。")
    items = kinds("\n".join((*STORY_ABOVE, *lines)) + "\n")
    assert ("byline", credit) in items
    assert ("furniture", "■") not in items


@pytest.mark.parametrize("title", ["■园区新增5家高新技术企业", "■科技赋能"])
def test_a_marked_brief_title_of_words_still_opens_a_brief(title):
    """Words after the mark are a brief's title, though two of them read as a name's sounds."""
    lines = ("园区快讯", title, "", "本报讯 近日，园区又有5家企业通过认定。")
    items = kinds("\n".join((*STORY_ABOVE, *lines)) + "\n")
    assert ("furniture", "■") in items
    assert ("headline", title[1:]) in items


# A page exported keeping its layout: each column padded out to the next one's edge on a grid of
# cells, a headline centred over its story's columns
LAID_OUT_GUTTER = 4


def _cells(text: str) -> int:
    return sum(map(cell_width, text))


def _laid_out(columns: list[list[str]], width: int, heads: tuple[str, ...] = (), over: int = 0) -> list[str]:
    """The columns side by side, each `width` cells wide, the heads centred over the first `over`
    columns (all of them where none is said)."""
    span = (over or len(columns)) * (width + LAID_OUT_GUTTER) - LAID_OUT_GUTTER
    rows = [" " * ((span - _cells(head)) // 2) + head for head in heads]
    for row in range(max(map(len, columns))):
        parts = [column[row] if row < len(column) else "" for column in columns]
        line = (" " * LAID_OUT_GUTTER).join(part + " " * (width - _cells(part)) for part in parts)
        rows.append(line.rstrip())
    return rows


STORY_LEFT = [
    "本报讯 日前，园区举办",
    "智能传感器产业对接会，",
    "32个项目集中签约。",
    "园区是国内重要的传感",
    "器生产基地。",
]
STORY_RIGHT = [
    "园区建设了中试平台，推",
    "动企业向芯片设计延伸。",
    "负责人表示，企业新品开",
    "发成本降低了三成左右。",
]
BRIEFS = [
    "●滁州高新区 日前，",
    "一条光伏玻璃生产线",
    "点火投产。",
    "该生产线配套余热发",
    "电系统。（毕雪莲）",
    "内江高新区电池回收",
    "项目试产。",
]


def test_a_laid_out_page_is_read_story_by_story():
    """A story's head centred over its two columns, a column of briefs beside it running on below:
    the story's head, its left column then its right one, then the briefs under their heading."""
    story = _laid_out([STORY_LEFT, STORY_RIGHT], 22, ("智能传感", "传感器谷新签项目32个"))
    column = _laid_out([["园区快讯", *BRIEFS]], 18)
    story += [""] * (len(column) - len(story))
    rows = [left + " " * (48 + LAID_OUT_GUTTER - _cells(left)) + right for left, right in zip(story, column)]
    header, footer = "岭南商报 高新视界 第13版", "新闻热线：061-27692497"
    head = ["智能传感", "", "传感器谷新签项目32个"]
    expected = [*head, "", *STORY_LEFT, *STORY_RIGHT, "", "园区快讯", *BRIEFS]
    text = "\n".join([header, "", *rows, "", footer])
    assert read_laid_out(text).split("\n") == [header, "", *expected, "", footer]


def test_a_short_headline_centred_over_three_columns_heads_them_all():
    """The head stands over the middle column alone, but the columns on both sides open on its row."""
    third = ["项目建成后年产值将超过", "20亿元，带动上下游企", "业30余家落户园区。"]
    text = "\n".join(_laid_out([STORY_LEFT, STORY_RIGHT, third], 22, ("未来产业", "量子大街")))
    assert read_laid_out(text).split("\n") == ["未来产业", "量子大街", "", *STORY_LEFT, *STORY_RIGHT, *third]


def test_a_headline_set_from_the_bands_left_edge_still_heads_its_columns():
    """A headline is a line or two: set flush left across the gutter, it heads the columns under it."""
    head = "传感器谷新签项目32个，总投资86亿元"
    text = "\n".join([head, *_laid_out([STORY_LEFT, STORY_RIGHT], 22)])
    assert read_laid_out(text).split("\n") == [head, "", *STORY_LEFT, *STORY_RIGHT]


@pytest.mark.parametrize(
    ("heads", "expected"),
    [
        # a kicker, a headline wrapped on two lines, a subtitle on three: each wider line opens a part
        (
            ("人物", "把数据变成“产品”", "卖出去", "——访贵阳高新区", "数据交易服务商负", "责人慕容婧"),
            ["人物", "", "把数据变成“产品”", "卖出去", "", "——访贵阳高新区", "数据交易服务商负", "责人慕容婧"],  # noqa: E501
        ),
        # a headline's last line over a wider subtitle
        (
            ("传感器谷新签项", "目32个", "气体传感器产量占全国七成"),
            ["传感器谷新签项", "目32个", "", "气体传感器产量占全国七成"],
        ),
        # a wrapped headline's last line a character wider, for the mark it carries: one part
        (("园区新签项目", "传感器谷：32个"), ["园区新签项目", "传感器谷：32个"]),
        # a kicker as wide as its headline: nothing to part them by
        (("未来产业", "量子大街"), ["未来产业", "量子大街"]),
    ],
)
def test_a_laid_out_head_is_parted_where_a_line_runs_wider(heads, expected):
    text = "\n".join(_laid_out([STORY_LEFT, STORY_RIGHT], 22, heads))
    assert read_laid_out(text).split("\n") == [*expected, "", *STORY_LEFT, *STORY_RIGHT]


def test_a_centred_head_line_opening_near_a_column_edge_stays_in_the_head():
    """The head's last line, centred over three columns, opens a few cells right of the middle
    column's edge: no first line of that column's text, which opens on the row under it."""
    third = ["项目建成后年产值将超过", "20亿元，带动上下游企", "业30余家落户园区。"]
    heads = ("把数据变成“产品”卖出去", "——访贵阳高新区数据交易服务", "商负责人慕容婧")
    text = "\n".join(_laid_out([STORY_LEFT, STORY_RIGHT, third], 22, heads))
    expected = [heads[0], "", *heads[1:], "", *STORY_LEFT, *STORY_RIGHT, *third]
    assert read_laid_out(text).split("\n") == expected


def test_a_one_column_story_on_a_page_read_in_columns_loses_its_head_centring():
    """A band of one column under a centred head, on a page whose other bands stand in columns:
    its head parted and written from the margin, as the columns' heads are."""
    columns = _laid_out([STORY_LEFT, STORY_RIGHT], 22, ("传感器谷新签项目32个",))
    story = _laid_out([BRIEFS], 22, ("智能传感", "光伏玻璃生产线", "点火投产"))
    text = "\n".join([*columns, "", *story])
    expected = ["传感器谷新签项目32个", "", *STORY_LEFT, *STORY_RIGHT, ""]
    expected += ["智能传感", "", "光伏玻璃生产线", "点火投产", "", *BRIEFS]
    assert read_laid_out(text).split("\n") == expected


def test_a_line_pushed_on_by_a_closing_mark_stays_in_its_column():
    """A left line running a closing mark past its measure pushes the right line on a cell or two;
    two columns under no head may be two stories, written apart."""
    left = ["在合肥高新区，有一", "条被称作“量子大街”", "的道路，两侧聚集着", "十家企业。", "园区负责人说，"]
    right = ["几年前，企业手里大", "多只有实验室样机。", "如今设备已用于多家", "银行。", "另一家企业。"]
    text = "\n".join(_laid_out([left, right], 18))
    assert read_laid_out(text).split("\n") == [*left, "", *right]


@pytest.mark.parametrize(
    "lines",
    [
        # two columns read across, a few spaces between them: the right one opens where the left ends
        [
            "日前，平顶山高新区与两家企业签约   尼龙66切片和尼龙工程塑料改性项目，总",
            "投资26亿元。项目建成后，将与园区现有   己二腈、己二胺装置形成上下游配套，园",
            "区尼龙新材料产业链本地配套率有望提高   到70%以上。",
            "滁州高新区出台支持光伏产业稳链扩   产的八条措施。",
        ],
        # the right column breaks off and opens again far lower down: another story's, another band
        _laid_out([[*STORY_LEFT, *STORY_RIGHT, *BRIEFS], ["当天共有11个项目签约，", "总投资86亿元。"]], 22)
        + _laid_out([["赛道", "融资笔数"], ["从单笔规模看，园区", "完成C轮融资", "由国资领投"]], 22),
        # a headline centred over two columns, no column's lines beside another's
        _laid_out([STORY_LEFT], 44, ("智能传感", "传感器谷新签项目32个")),
        # a story set the band's full measure, a table of figures under it, no blank line between
        [
            "记者近日从温州高新区了解到，园区激",
            "光与光电产业今年前三季度实现产值128亿",
            "元，同比增长16.4%，产业链上下游企业已",
            "超过150家。",
            "数据",
            "指标   前三季度  同比",
            "产值（亿元）   128    16.4% ",
            " 链上企业（家）  150    —",
            "新引进项目（个）   5  —",
        ],
        # a page written without blank lines: text run across the full measure above two columns
        [
            "证券代码：600468 证券简称：源辰科技 公告编号：2025-038",
            "源辰科技股份有限公司关于完成工商变更登记的公告",
            "本公司及董事会全体成员保证信息披露的内容真实、准确、完整。",
            "              枸杞深加工离上市还有多远",
            *_laid_out([STORY_LEFT, STORY_RIGHT], 22),
        ],
    ],
)
def test_lines_not_laid_out_in_columns_are_kept(lines):
    text = "\n".join(lines)
    assert read_laid_out(text) == text
