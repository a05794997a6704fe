import pytest
from rawpage import column, raw_page

from digest.models import RawPage
from digest.parse.layout import layout
from digest.parse.lines import Line, joins_next

TEXT = column(
    "本报讯 近日，合肥高新区新建的检测中心正式投入使用，可为园区企业提供材料分析和产品认证服务。",
    "检测中心配备了一批先进仪器，企业在家门口就能完成过去要送往外地的检测项目，检测周期缩短一半以上。",
    "园区还将围绕集成电路和新能源产业建设更多公共服务平台，帮助中小企业降低研发成本，加快新产品上市。",
)


HALF_WIDTH_END = column(
    "检测中心累计为企业检测样品3000余件，服务企业三百余家，帮助企业节省检测费用上千万元。"
)


def single_spaced(*lines: str) -> str:
    """The page as an extractor writes it that puts no blank line after a column line."""
    return "\n".join(lines) + "\n"


def kinds(text: str) -> list[tuple[str, str]]:
    return [(item.kind, item.text) for item in layout(RawPage("t.txt", text))]


@pytest.mark.parametrize(
    "headline",
    [
        ("合肥高新区检测中心", "投入使用"),  # lines of different widths
        ("合肥高新区", "检测中心", "投入使用"),  # lines well short of the text's
    ],
)
def test_a_single_spaced_page_reads_its_headline_apart_from_its_text(headline):
    assert kinds(single_spaced(*headline, *TEXT)) == [("headline", "\n".join(headline))] + [
        ("body", line) for line in TEXT
    ]


def test_a_single_spaced_page_reads_as_its_double_spaced_twin():
    headline = ("合肥高新区检测中心", "投入使用")
    assert kinds(single_spaced(*headline, *TEXT)) == kinds(raw_page(headline, *TEXT))


WIDE_TEXT = column(
    "本报讯 近日，郴州高新区出台支持有色金属产业发展的十条措施，从技术改造、研发投入等方面给予企业奖励，",
    "措施提出，对企业建设数字化车间、智能工厂的，按设备投资额给予补助，对新认定的省级以上研发机构给予一次性奖励，",
    width=24,
)
NARROW_TEXT = column(
    "本报讯 近日，合肥高新区新建的检测中心正式投入使用，可为园区企业提供材料分析和产品认证服务，",
    "检测中心配备了一批先进仪器，企业在家门口就能完成过去要送往外地的检测项目，检测周期缩短一半以上，",
    "园区还将围绕集成电路和新能源产业建设更多公共服务平台，帮助中小企业降低研发成本，加快新产品上市，",
    width=10,
)


@pytest.mark.parametrize(
    "headline",
    [
        ("郴州高新区推出", "有色金属十条措施", "推动新材料产业升级"),  # each line a character longer
        ("白银高新区电子", "铜箔项目正式投产", "年产能达到一万吨"),  # the last two of one width
    ],
)
def test_a_headline_is_short_against_its_own_column_on_a_page_of_narrower_ones(headline):
    """A page's articles are set to columns of different widths: a headline over a wide column
    is read as short against that column's text, though a narrow column fills most of the page."""
    items = kinds(single_spaced(*headline, *WIDE_TEXT, *NARROW_TEXT))
    assert items[0] == ("headline", "\n".join(headline))


def blank_after_every_line(*lines: str) -> str:
    """The page as an extractor writes it that puts a blank line after every line, even after one
    ending in a digit, which the documented extractor follows with a single newline."""
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "headline",
    [
        ("合肥高新区检测中心", "投入使用"),
        ("合肥高新区", "检测中心", "投入使用"),
    ],
)
def test_a_page_with_a_blank_after_every_line_reads_its_headline_lines_together(headline):
    text = (*TEXT, *HALF_WIDTH_END)
    assert kinds(blank_after_every_line(*headline, *text)) == [("headline", "\n".join(headline))] + [
        ("body", line) for line in text
    ]


def test_a_page_with_no_line_ending_half_width_keeps_its_headline_lines_apart():
    """Without a line ending in a half-width character a page does not show that its extractor
    writes a blank line after every line: the documented one writes as much."""
    headline = ("合肥高新区检测中心", "投入使用")
    assert kinds(blank_after_every_line(*headline, *TEXT)) == kinds(raw_page(*headline, *TEXT))


@pytest.mark.parametrize(
    "first, second",
    [
        (("盐城高新区建海上风电", "运维装备产业园"), ("宿迁高新区直播电商基地", "半年带货超15亿元")),
        (("合肥高新区检测中心", "投入使用"), ("长沙高新区新材料产业", "链条加快延伸")),
        (("电子信息企业", "赶订单"), ("石嘴山高新区", "碳化硅产业链加速成形")),  # the park alone on its line
    ],
)
def test_a_single_spaced_page_parts_gathered_headlines_where_a_park_opens_a_title(first, second):
    """A title opens with its subject: headlines gathered one under another part where a line
    opens with a park that acts, unless the line above leaves a phrase open."""
    assert kinds(single_spaced(*first, *second, *TEXT))[:2] == [
        ("headline", "\n".join(first)),
        ("headline", "\n".join(second)),
    ]


@pytest.mark.parametrize("written", [single_spaced, blank_after_every_line])
@pytest.mark.parametrize(
    "first, second",
    [
        (("合肥高新区推出8条措施 支持检测企业“出海”",), ("短评", "园区招商要算好“长远账”")),
        (("太原高新区推出“一件事”套餐\u3000企业开办半天办结",), ("走进宝鸡高新区", "“中国钛谷”的新材料突围")),
    ],
)
def test_a_title_of_two_phrases_on_one_line_is_whole_there(written, first, second):
    """Two phrases parted by a space on one line are a title set whole on its line: the kicker
    under it opens the next headline."""
    items = kinds(written(*first, *second, *TEXT, *HALF_WIDTH_END))
    assert items[0] == ("headline", "\n".join(first))
    assert next_headline(items[1:]) == "\n".join(second)


@pytest.mark.parametrize("written", [single_spaced, blank_after_every_line])
@pytest.mark.parametrize(
    "first, second",
    [
        (("合肥高新区政务服务做“加法”", "企业办事做“减法”"), ("能源转型一线", "煤城“氢”装上阵")),
        (("海口高新区", "“一业一证”改革覆盖22个行业"), ("科技成果转化故事", "一颗“黄光”LED的十年攻关路")),
        (("药都秋收忙",), ("短评", "中试平台要“建得好”更要“用得活”")),
    ],
)
def test_a_column_name_under_a_title_opens_the_next_headline(written, first, second):
    """A column's name is the kicker over its own headline, never the tail of the title above."""
    items = kinds(written(*first, *second, *TEXT, *HALF_WIDTH_END))
    assert items[0] == ("headline", "\n".join(first))
    assert next_headline(items[1:]) == "\n".join(second)


@pytest.mark.parametrize(
    ("headline", "apart"),
    [
        (("人物", "小小传感器守护核电安全"), True),  # a column's label of one word over its title
        (("短评", "园区招商要算好“长远账”"), True),
        (("人物", "小小传感器"), False),  # a narrow headline's lines, none three times another's width
        (("铜箔", "生产线赶订单"), False),  # a title broken after its first word, no genre's name
    ],
)
def test_a_genre_word_over_a_far_wider_line_is_a_label_apart(headline, apart):
    """Where every line is written apart, a label of one word stands apart from the title it
    heads, as its kicker; a narrow headline's lines stay one."""
    above = (*TEXT, *HALF_WIDTH_END)
    items = kinds(blank_after_every_line(*above, *headline, *TEXT, *HALF_WIDTH_END))[len(above) :]
    if apart:
        assert items[0][1] == headline[0]
        assert items[1] == ("headline", "\n".join(headline[1:]))
    else:
        assert items[0] == ("headline", "\n".join(headline))


def test_a_single_spaced_page_keeps_a_genre_label_with_the_title_it_sets_off():
    """On a single-spaced page the label's pairing is what reads the title under it as a headline."""
    above = (*TEXT, *HALF_WIDTH_END)
    headline = ("人物", "小小传感器守护核电安全")
    items = kinds(single_spaced(*above, *headline, *TEXT, *HALF_WIDTH_END))[len(above) :]
    assert items[0] == ("headline", "\n".join(headline))


def next_headline(items: list[tuple[str, str]]) -> str:
    """The headline lines the items open with: a box's label (短评) is an item of its own."""
    lines = []
    for kind, text in items:
        if kind != "headline":
            break
        lines.append(text)
    return "\n".join(lines)


@pytest.mark.parametrize("written", [single_spaced, blank_after_every_line])
def test_a_title_of_two_phrases_on_one_line_keeps_its_subtitle(written):
    headline = ("合肥高新区推出8条措施 支持检测企业“出海”", "——园区服务外贸企业纪实")
    assert kinds(written(*headline, *TEXT, *HALF_WIDTH_END))[0] == ("headline", "\n".join(headline))


@pytest.mark.parametrize("written", [single_spaced, blank_after_every_line])
def test_a_title_of_two_phrases_parted_by_a_comma_reads_together(written):
    headline = ("留住人才，", "靠的不只是补贴")
    assert kinds(written(*headline, *TEXT, *HALF_WIDTH_END))[0] == ("headline", "\n".join(headline))


def test_two_lines_of_a_narrow_column_are_no_title_of_two_phrases():
    narrow = ("车辆在运输线路上，", "运行数据接入园区平")
    assert ("headline", "\n".join(narrow)) not in kinds(single_spaced(*TEXT, *narrow, *TEXT))


def test_a_park_alone_over_the_text_ends_its_title():
    headline = ("稀土永磁电机", "产业园落户", "包头稀土高新区")
    assert kinds(single_spaced(*headline, *TEXT))[0] == ("headline", "\n".join(headline))


def test_a_title_naming_two_parks_stays_one_over_its_conjunction():
    headline = ("内江高新区与", "自贡高新区共建协作区")
    assert kinds(single_spaced(*headline, *TEXT))[0] == ("headline", "\n".join(headline))


@pytest.mark.parametrize("tail", ["本报评论员", "（记者 王成龙）", "新区提供）", "磊"])
def test_a_single_spaced_page_leaves_a_line_broken_off_above_out_of_the_headline(tail):
    headline = ("合肥高新区检测中心", "投入使用")
    assert ("headline", "\n".join((*headline, tail))) not in kinds(single_spaced(*headline, tail, *TEXT))
    assert ("headline", "\n".join(headline)) in kinds(single_spaced(*headline, tail, *TEXT))


@pytest.mark.parametrize(
    "headline",
    [
        ("——访哈", "尔滨高新", "区一家机", "器人企业"),  # 区 is a surname, "区一家" read as a name
        ("哈尔滨高新", "区一家企业", "获评冠军"),
    ],
)
def test_a_line_going_on_with_a_park_s_name_broken_above_stays_in_the_headline(headline):
    """A narrow column breaks a park's name anywhere: the line that finishes it is the headline's,
    whatever its first characters read as alone."""
    assert kinds(single_spaced(*headline, *TEXT))[0] == ("headline", "\n".join(headline))


def test_text_broken_inside_a_park_s_name_stays_text():
    text = column("本报讯 近日，园区企业赴哈尔滨高新区参观学习，区一家机器人企业负责人介绍经验。")
    assert kinds(single_spaced("合肥高新区检测中心投入使用", *text))[1:] == [("body", line) for line in text]


def test_a_single_spaced_page_reads_a_paragraph_opening_without_a_clause_as_text():
    """A paragraph's first line, short by the indent it lost, over full lines of its column holds
    no clause yet: it is the column's text, not a headline over it."""
    opening = column(
        "合肥高新区是我国重要的集成电路和新型显示产业基地之一园区集聚相关企业三百余家，去年产值突破千亿元。"
    )
    assert kinds(single_spaced(*TEXT, *opening))[-len(opening) :] == [("body", line) for line in opening]


def in_blocks(*blocks: tuple[str, ...]) -> str:
    """The page as an extractor writes it that joins each printed block's lines (a headline, a
    paragraph, a column's run of text) by single newlines and puts a blank line after the block."""
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


@pytest.mark.parametrize(
    "headline",
    [
        ("合肥高新区检测中心", "投入使用"),
        ("合肥高新区", "检测中心", "投入使用"),
        ("合肥高新区检测中心投入使用",),
    ],
)
def test_a_page_written_in_blocks_reads_as_its_documented_twin(headline):
    text = (*TEXT, *HALF_WIDTH_END)
    assert kinds(in_blocks(headline, text)) == kinds(raw_page(headline, *text))


def test_a_page_written_in_blocks_keeps_its_blocks_apart():
    """A blank line parts two blocks, whatever their lines look like: a line printed apart over a
    headline stays apart from it, as on the documented extractor's page."""
    headline = ("合肥高新区检测中心", "投入使用")
    text = (*TEXT, *HALF_WIDTH_END)
    assert kinds(in_blocks(("科技服务平台建设",), headline, text)) == kinds(
        raw_page("科技服务平台建设", headline, *text)
    )


@pytest.mark.parametrize(
    "headline",
    [
        ("保定高新区出台八条措施支", "持新能源企业开拓海外市场"),  # broken inside a word, one width
        ("哈尔滨高新区机器人企业", "三年增加到一百二十家"),  # widths a character apart
        ("沿着产业链看园区", "一根碳纤维走出的产业", "链条越拉越长越走越宽", "——高性能纤维产业见闻"),
    ],
)
def test_a_block_of_a_few_lines_without_a_clause_is_one_headline(headline):
    assert kinds(in_blocks(headline, (*TEXT, *HALF_WIDTH_END)))[0] == ("headline", "\n".join(headline))


@pytest.mark.parametrize(
    "headline",
    [
        ("留住人才，", "靠的不只是补贴"),  # a comma inside the title
        ("高原数字经济如何", "“弯道起步”？"),  # a title that asks
    ],
)
def test_a_block_of_lines_well_short_of_the_text_is_one_headline(headline):
    text = (*TEXT, *HALF_WIDTH_END)
    assert kinds(in_blocks(headline, text)) == kinds(raw_page(headline, *text))


def test_a_short_block_closing_a_statement_is_text():
    """The last lines of a paragraph, printed apart under a photo, are short too: they close it."""
    tail = ("园区里两三天", "就能出结果。")
    assert ("headline", "\n".join(tail)) not in kinds(in_blocks(TEXT, tail, TEXT))


def test_a_headline_block_parts_where_a_park_opens_a_title():
    """A title opens with its subject: the line over it in the same block is read apart from it."""
    block = ("高质量发展调研行", "合肥高新区：检测中心投入使用", "——合肥高新区公共服务平台建设调查")
    assert kinds(in_blocks(block, (*TEXT, *HALF_WIDTH_END)))[:2] == [
        ("headline", block[0]),
        ("headline", "\n".join(block[1:])),
    ]


@pytest.mark.parametrize("written", [single_spaced, blank_after_every_line])
def test_a_headline_of_two_lines_of_one_width_off_the_column_reads_together(written):
    headline = ("扬州高新区数控装备企业", "牵手船企建数字孪生车间")
    text = (*TEXT, *HALF_WIDTH_END)
    assert kinds(written(*headline, *text))[0] == ("headline", "\n".join(headline))


def test_text_narrowed_around_a_photo_is_no_headline():
    """Lines narrowed around a photo come as a run: the line over two such lines shares their width."""
    narrowed = ("道，专利侵权纠纷案件", "的处理周期有望由原来", "的半年以上缩短到三个")
    items = kinds(single_spaced(*TEXT, *narrowed, *TEXT))
    assert ("headline", "\n".join(narrowed[1:])) not in items


def test_lines_inside_a_block_of_text_are_its_text():
    """A headline is set in a box of its own, or over its text: two lines inside a block of text
    are text, though as short and as free of clauses as a headline's."""
    turn = ("马建军：我们正在园区", "建设年产五万吨硅碳负极材", "料项目，预计明年投产。")
    items = kinds(in_blocks(("合肥高新区检测中心", "投入使用"), (*TEXT, *turn)))
    assert ("headline", "\n".join(turn[:2])) not in items


@pytest.mark.parametrize(
    "first, second, parted",
    [
        ("合肥高新区检测中心投入使用", "长 沙 高 新 区 新 材 料 产 业 链 条 加 快 延 伸", True),
        ("张江高新区集成电路订单班开班", "石 嘴 山 高 新 区 碳 化 硅 产 业 链 加 速 成 形", True),
        ("数字化转型进行时", "南 通 高 新 区 船 配 企 业 上 云 率 超 八 成", False),  # a kicker over it
    ],
)
def test_a_single_spaced_page_parts_a_letter_spaced_title_opening_with_a_park(first, second, parted):
    """A title set letter-spaced opens with its park as plainly: under a title opening with its
    own it is the next article's, not the tail of the one above; under a kicker, its title."""
    expected = [("headline", first), ("headline", second)] if parted else [("headline", f"{first}\n{second}")]
    assert kinds(single_spaced(first, second, *TEXT))[: len(expected)] == expected


@pytest.mark.parametrize("heading", ["啃 下 设 计 仿 真 “ 硬 骨 头 ”", "在 真 实 场 景 里 迭 代"])
def test_a_single_spaced_page_keeps_a_letter_spaced_subheading_apart_from_the_text_under_it(heading):
    """A subheading spread across its column stands over a paragraph whose first line lost its
    indent: that line is the text's, however headline-like its words, not the heading's tail."""
    section = column(
        "南京数研科技有限公司研发的结构仿真软件已在轨道交通和船舶领域替代进口产品，团队花了五年时间。"
    )
    texts = [text for _, text in kinds(single_spaced(*TEXT, heading, *section))]
    assert heading in texts and section[0] in texts


@pytest.mark.parametrize("last", ["每年将惠及园区企业600家以上。", "（通讯员 隗晓东）", "东）"])
def test_a_headline_written_right_under_the_text_above_stands_apart_from_it(last):
    """An extractor that leaves out the blank line between two stories writes the next title
    right under the last line of the text above: that line closes a statement or is a line's
    leftover, no headline's line, and the title is a headline of its own."""
    title = "枣庄高新区储能电池项目首批产品下线"
    below = column("本报讯 日前，枣庄高新区一家企业的储能电池项目首批产品下线。")
    text = raw_page(*TEXT, (last, title), *below)
    assert ("headline", title) in kinds(text)


@pytest.mark.parametrize(
    "lines",
    [
        ("园区发布“十条措施”", "支持企业研发"),  # a title's two lines
        ("“灯塔工厂”来了！", "——访园区一家企业负责人"),  # a title that exclaims, over its subtitle
        ("太原高新区推出“一件", "事”套餐企业开办半天", "办结"),  # a title wrapped inside its quotes
    ],
)
def test_the_lines_of_a_headline_stay_together(lines):
    text = raw_page(*TEXT, lines, *column("本报讯 日前，枣庄高新区一家企业的储能电池项目首批产品下线。"))
    assert ("headline", "\n".join(lines)) in kinds(text)


ASCII = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
WIDENED = str.maketrans(ASCII, "".join(chr(ord(c) + 0xFEE0) for c in ASCII))


@pytest.mark.parametrize("ends", ["3000", "5G"])
def test_a_page_whose_figures_were_widened_reads_as_its_ascii_twin(ends):
    """Figures and letters set full-width after the extractor wrote the page keep the single
    newline it wrote after the ASCII ones: the line and the next are no printed group."""
    twin = raw_page(
        "合肥高新区检测中心投入使用",
        *column(f"本报讯 近日，合肥高新区检测样品{ends}", "件，服务企业三百余家。"),
    )
    assert kinds(twin.translate(WIDENED)) == [(kind, text.translate(WIDENED)) for kind, text in kinds(twin)]


@pytest.mark.parametrize(
    "text, joins",
    [
        ("今年已签约项目１７", False),  # a widened figure: the single newline an ASCII one gets
        ("人工智能ＡＩ", False),
        ("今年已签约项目17", False),
        ("合肥高新区检测中心", True),  # a single newline no half-width end explains: one group
        ("合肥高新区：", True),  # a full-width mark is no widened ASCII character
        ("检测中心（", True),
    ],
)
def test_a_line_ending_in_a_widened_figure_is_followed_by_a_single_newline_of_its_own(text, joins):
    assert joins_next(Line(1, text, tight=True)) is joins


SHORT_PAGE_TEXT = (
    "本报讯 近日，合肥高新区新建的检测中心正式投入使用，可为园区企业提供材料分析和产品认证服务。",
    "园区还将围绕集成电路和新能源产业建设更多公共服务平台，帮助中小企业降低研发成本。",
)


@pytest.mark.parametrize(
    "headline",
    [
        ("合肥高新区检测中心投入使用",),
        ("合肥高新区检测中心", "投入使用"),
    ],
)
def test_a_page_too_short_to_show_its_spacing_reads_as_single_spaced_without_a_blank_line(headline):
    """Each paragraph written on a line of its own, no blank line anywhere: a short page's
    headline is no line of its text."""
    assert kinds(single_spaced(*headline, *SHORT_PAGE_TEXT)) == [("headline", "\n".join(headline))] + [
        ("body", line) for line in SHORT_PAGE_TEXT
    ]


def test_a_short_page_with_a_blank_line_keeps_the_lines_written_together():
    """A blank line shows the documented spacing: the lines written together were printed so."""
    headline = ("合肥高新区检测中心", "投入使用")
    assert kinds("\n".join(headline) + "\n\n" + "\n\n".join(SHORT_PAGE_TEXT) + "\n") == [
        ("headline", "\n".join(headline))
    ] + [("body", line) for line in SHORT_PAGE_TEXT]


SECTION = (
    "这套“安全大脑”接入了园",  # a paragraph's first line, its indent written before it
    "区3200多个传感器和600",  # figures set as wide as characters: a full line that looks short
    "多路视频，把企业分布、管廊走",
    "向和危化品车辆轨迹都标在一张",
    "电子地图上。园区安监人员说，",
)


@pytest.mark.parametrize("indent", ["\t", "\u3000\u3000", "  "])
def test_a_block_of_text_opening_on_a_paragraphs_indent_is_text_from_its_first_line(indent):
    """The first two lines of a block of text, the first written after a paragraph's indent, are
    the paragraph's, however free of marks and short they look: no headline is indented so."""
    section = (indent + SECTION[0], *SECTION[1:])
    page = in_blocks(("合肥高新区检测中心", "投入使用"), TEXT, ("一张图看清风险",), section)
    assert ("headline", "\n".join(SECTION[:2])) not in kinds(page)
    assert [kind for kind, text in kinds(page) if text in SECTION] == ["body"] * len(SECTION)


def test_a_headline_over_the_text_of_its_block_still_reads_as_one():
    """What the rule must not catch: a flush headline block over its text in one block."""
    headline = ("合肥高新区检测中心", "投入使用")
    assert kinds(in_blocks((*headline, *TEXT, *HALF_WIDTH_END)))[0] == ("headline", "\n".join(headline))


def blocks_single_spaced(*blocks: tuple[str, ...]) -> str:
    return single_spaced(*(line for block in blocks for line in block))


@pytest.mark.parametrize("written", [in_blocks, blocks_single_spaced])
def test_a_first_line_short_by_its_lost_indent_over_lines_of_figures_set_full_is_text(written):
    """A page may set its figures as wide as characters: a line holding them fills the column as
    the lines under it do, and the paragraph's first line over them, short by its lost indent,
    is text, not a headline's line."""
    items = kinds(written(("合肥高新区检测中心", "投入使用"), TEXT, ("一张图看清风险",), SECTION))
    assert ("headline", "\n".join(SECTION[:2])) not in items
    assert [kind for kind, text in items if text in SECTION] == ["body"] * len(SECTION)


@pytest.mark.parametrize(
    "headline",
    [
        ("扬州高新区5G工厂", "牵手船企建数字孪生车间"),  # figures in a title's line: a title's widths
        ("合肥高新区检测中心", "投入使用"),
    ],
)
def test_a_headline_block_with_figures_stays_a_headline(headline):
    """What the measure must not catch: a title's lines over their text, figures or not."""
    assert kinds(in_blocks(headline, (*TEXT, *HALF_WIDTH_END)))[0] == ("headline", "\n".join(headline))


@pytest.mark.parametrize(
    "headline",
    [
        ("合肥高新", "区八条举", "措支持电", "子信息企", "业扩产"),
        ("合肥高新", "区检测中", "心投入使", "用", "——服务", "企业三百", "余家"),  # a subtitle under it
    ],
)
def test_a_headline_in_a_narrow_column_of_its_own_is_one_block(headline):
    """A headline set in a narrow column of its own runs to more lines than a wide one, its
    measure breaking it inside words: the block is one headline, whatever its lines read as."""
    assert ("headline", "\n".join(headline)) in kinds(in_blocks(TEXT, headline, (*TEXT, *HALF_WIDTH_END)))


def test_a_paragraph_in_a_narrow_column_is_no_narrow_headline():
    """What the rule must not catch: a narrow column's paragraph, as short in its lines, holds clauses."""
    paragraph = ("园区相关负责人", "表示，将继续引", "进印染和服装加", "工企业，补齐产")
    paragraph = (*paragraph, "业链条，带动周", "边群众就业。")
    items = kinds(in_blocks(TEXT, paragraph, (*TEXT, *HALF_WIDTH_END)))
    assert [kind for kind, text in items if text in paragraph[1:]] == ["body"] * (len(paragraph) - 1)


@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        (("产业链·", "专用车"), ("合肥高新", "区专用汽", "车投产")),  # a kicker broken after its dot
        (("政策速递",), ("合肥高新", "区八条举", "措支持电", "子信息企", "业扩产")),
    ],
)
def test_a_narrow_headlines_kicker_parts_where_the_park_opens_the_title_though_broken(kicker, title):
    """A title opens with its park, its name broken by a narrow measure ("合肥高新" / "区…") as well:
    the lines over it are the kicker, read whole whatever they end on."""
    items = kinds(in_blocks(TEXT, (*kicker, *title), (*TEXT, *HALF_WIDTH_END)))
    assert ("headline", "\n".join(kicker)) in items
    assert ("headline", "\n".join(title)) in items


@pytest.mark.parametrize(
    "title",
    [
        ("合肥高新", "区检测中心", "投入使用"),  # the park broken at the title's own first line
        ("走进合肥", "高新区检测", "中心"),  # no park at a line's opening: a park named inside
    ],
)
def test_a_title_opening_on_its_park_stays_whole(title):
    items = kinds(in_blocks(TEXT, title, (*TEXT, *HALF_WIDTH_END)))
    assert ("headline", "\n".join(title)) in items
