import math

import pytest
from rawpage import column, raw_page

from digest.models import RawPage
from digest.parse.layout import layout

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
