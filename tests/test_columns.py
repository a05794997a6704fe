import math

import pytest
from rawpage import column, raw_page

from digest.models import RawPage
from digest.parse.columns import _written_a_paragraph_a_line, restore_column_order
from digest.parse.layout import layout
from digest.parse.lines import Line

# Articles set in a column 16 ems wide, the indents lost; balanced, their columns cut sentences
SERVICE = (
    "检测中心配备了一批先进仪器，企业在家门口就能完成过去要送往外地的检测项目，检测周期缩短一半以上。"
    "园区还将围绕集成电路和新能源产业建设更多公共服务平台。"
)
BOOKED = "据介绍，首批已有二十多家企业预约了检测服务。"
TEXT = column(
    "本报讯 近日，合肥高新区新建的检测中心正式投入使用，可为园区企业提供材料分析和产品认证服务。",
    SERVICE,
    BOOKED,
)
LONGER = column(
    "本报讯 近日，合肥高新区新建的检测中心正式投入使用，可为园区企业提供材料分析、产品认证和技术咨询服务，"
    "预计每年服务企业三百家以上。",
    SERVICE,
    BOOKED,
)
# An interview: a speaker's turn opens a paragraph
INTERVIEW = column(
    "日前，合肥高新区出台支持检测服务业发展的办法，记者就此采访了园区有关负责人。",
    "问：办法有哪些新内容？",
    "答：一是对新建的公共检测平台给予补助，二是对中小企业购买检测服务发放服务券，三是支持检测机构走出去承接业务。",
    "问：下一步还有哪些打算？",
    "答：园区将继续完善检测认证体系，让企业少跑路、少花钱。",
)
HEADLINE = ("合肥高新区检测中心", "投入使用")


def balanced(lines: tuple[str, ...], count: int) -> list[tuple[str, ...]]:
    """The lines set as `count` balanced columns: all as long as the first, the last shorter."""
    height = math.ceil(len(lines) / count)
    return [lines[k * height : (k + 1) * height] for k in range(count)]


def body_lines(*parts: str | tuple[str, ...]) -> list[str]:
    return [item.text for item in layout(RawPage("t.txt", raw_page(*parts))) if item.kind == "body"]


@pytest.mark.parametrize(("text", "count"), [(TEXT, 2), (LONGER, 3), (INTERVIEW, 2)])
def test_columns_read_right_to_left_are_put_back_in_reading_order(text, count):
    read_backwards = [line for part in reversed(balanced(text, count)) for line in part]
    assert body_lines(HEADLINE, *read_backwards) == list(text)


@pytest.mark.parametrize(("text", "count"), [(TEXT, 2), (LONGER, 3), (INTERVIEW, 2), (INTERVIEW, 3)])
def test_columns_read_in_order_stay_as_they_are(text, count):
    in_order = [line for part in balanced(text, count) for line in part]
    assert body_lines(HEADLINE, *in_order) == list(text)


@pytest.mark.parametrize("count", [2, 3])
def test_a_part_continued_from_another_page_may_open_mid_sentence(count):
    read = [line for part in reversed(balanced(TEXT, count)) for line in part]
    assert body_lines("（上接第2版）", *read)[:2] == read[:2]


# A reader that writes a natural paragraph a line (Umi-OCR's 多栏-按自然段换行), no blank lines: a
# commentary's four paragraphs, then its credit and the page's foot, all short
WHOLE_PARAGRAPHS = (
    "近日，园区又有一批软件企业集中签约。企业扎堆落户，说明园区的营商环境和人才供给正得到市场认可。",
    "但也要看到，产业的竞争拼的不只是优惠政策，更是长期的生态。奖补资金可以吸引企业来，能不能留住企业，靠的是人才和服务。",
    "园区职业院校集中，每年有大量毕业生，这是发展数字产业的底气。园区应当把产教融合做深做实。",
    "算好“长远账”，就要少一些“一签了之”，多一些“扶上马、送一程”。只有这样，集聚才能走向融合。",
)
FOOT = (
    "秘书处地址:创业大道107号 电话:0776-5038402 邮箱:abc@example.cn",
    "本期编辑：李四 校对：王五",
    "印刷单位:某某印务有限公司 印数:4700份",
)


def single_spaced(*texts: str) -> list[Line]:
    return [Line(n, text) for n, text in enumerate(texts, 1)]


def reading_order(lines: list[Line]) -> list[str]:
    return [line.text for line in restore_column_order(lines, lambda line: False, lambda line: False)]


@pytest.mark.parametrize("credit", ["（园区经发局 张三）", "（园区党群工作部 张三、李四）"])
def test_paragraphs_written_a_line_each_are_no_columns_read_backwards(credit):
    lines = single_spaced(*WHOLE_PARAGRAPHS, credit, *FOOT)
    assert reading_order(lines) == [line.text for line in lines]


@pytest.mark.parametrize(
    ("widths", "whole"),
    [
        ((16, 15, 48, 52), True),  # two paragraphs written whole among short lines
        ((16, 15, 16, 48), False),  # one wide line: a table's row or a headline across the page
        ((16, 15, 16, 14), False),  # a column's lines
    ],
)
def test_a_run_is_written_a_paragraph_a_line_where_two_lines_outrun_any_column(widths, whole):
    run = single_spaced(*("字" * width for width in widths))
    assert _written_a_paragraph_a_line(run) is whole
