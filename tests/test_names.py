import pytest

from digest.language.names import authors_from, is_name


@pytest.mark.parametrize(
    "word, expected",
    [
        ("王成龙", True),
        ("欧阳娜娜", True),
        ("赖婉清", True),
        ("洪子涵", True),
        ("傅雷", True),
        ("阎振华", True),
        ("但实验室", False),  # 但 opens far more clauses than it names people
        ("王书记说", False),
        ("李总表示", False),
    ],
)
def test_is_name(word, expected):
    assert is_name(word) is expected


@pytest.mark.parametrize(
    "byline, people",
    [
        ("本报记者 赖婉清 朱骏", [("赖婉清", "记者"), ("朱骏", "记者")]),
        ("▶ 本报记者 郑雅婷 通讯员 洪子涵", [("郑雅婷", "记者"), ("洪子涵", "通讯员")]),
        ("记者 张三 通讯员 李四 王五", [("张三", "记者"), ("李四", "通讯员"), ("王五", "通讯员")]),
    ],
)
def test_authors_from_a_byline_keep_their_roles(byline, people):
    assert [(a.name, a.role) for a in authors_from(byline)] == people
