import pytest

from digest.language.text import display_width, ends_sentence, is_letter_spaced, join_lines, squeeze


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["通 过 知 识 产 权 质 押 贷 款 的 方", "式，获得贷款"], "通过知识产权质押贷款的方式，获得贷款"),
        (["2015 年的 22 名提升到 16 名"], "2015年的22名提升到16名"),
        (["每年获得 1100万-", "1500 万元的贷款"], "每年获得1100万-1500万元的贷款"),
        (["实现互联网+", "监管系统"], "实现互联网+监管系统"),
        (["发布 Micro LED 显示屏"], "发布Micro LED显示屏"),
        (["推出 Made in", "China 标识"], "推出Made in China标识"),
        (["R&D经费占 GDP比重达"], "R&D经费占GDP比重达"),
        (["对 2021", "年主要工作"], "对2021年主要工作"),
        (["支持创办“火炬大学”。 据悉"], "支持创办“火炬大学”。据悉"),
    ],
)
def test_join_lines_reflows_column_lines(lines, expected):
    assert join_lines(lines) == expected


@pytest.mark.parametrize("text, width", [("厦门火炬高新区", 7), ("2015 年", 3), ("R&D", 1.5), ("“三高”", 4)])
def test_display_width_counts_half_width_as_half(text, width):
    assert display_width(text) == width


@pytest.mark.parametrize(
    "text, expected",
    [
        ("厅表彰。", True),
        ("心十足。”", True),
        ("出力……", True),
        ("发展？", True),
        ("“三高”", False),
        ("的主引擎", False),
        ("（群）主要载", False),
    ],
)
def test_ends_sentence(text, expected):
    assert ends_sentence(text) is expected


def test_letter_spacing_is_recognised_but_number_spacing_is_not():
    assert is_letter_spaced("通 过 知 识 产 权 质 押")
    assert not is_letter_spaced("2015 年的 22 名提升到 16 名")


def test_squeeze_keeps_latin_word_gaps_only():
    assert squeeze("  5G 基站  与 AI   chips ") == "5G基站与AI chips"
