import pytest
from rawpage import column, raw_page

from digest.models import RawPage
from digest.parse import line_roles
from digest.parse.layout import BODY, HEADLINE, layout
from tools.train_line_roles import AMBIGUOUS, GoldRoles, grow, item_label

PAGE = raw_page(
    "2022年2月22日 星期二",
    ("合肥高新区集成电路产业", "签约项目二十余个"),
    *column(
        "本报讯 近日，合肥高新区举行集成电路产业发展大会，签约项目二十余个，总投资超过三百亿元。",
        "园区有关负责人表示，将继续完善产业链。",
    ),
)


def test_the_stored_tree_asks_only_for_features_the_parser_computes():
    tree, confidence = line_roles.load_model()
    known = set(line_roles.FEATURE_NAMES)
    asked = set()
    stack = [tree]
    while stack:
        node = stack.pop()
        if len(node) == 4:
            asked.add(node[0])
            stack += [node[2], node[3]]
            assert not (len(node[2]) == len(node[3]) == 3 and node[2][0] == node[3][0])  # pruned
        else:
            assert node[0] in line_roles.KINDS and 0.0 < node[1] <= 1.0
    assert asked and asked <= known
    assert 0.0 <= confidence <= 1.0


@pytest.mark.parametrize(
    ("confidence", "expected"),
    [(0.9, HEADLINE), (0.99, BODY)],  # the leaf holds 95% headlines: sure enough for 0.9 only
)
def test_a_body_line_takes_the_trees_role_only_where_its_leaf_is_sure(confidence, expected):
    tree = ["rule_body", 0.5, ["furniture", 1.0, 10], ["headline", 0.95, 20]]
    items = layout(RawPage("t.txt", PAGE))
    relabelled = line_roles.relabel(items, tree, confidence)
    assert [item.kind for item in relabelled if item.text == items[-1].text] == [expected]
    assert [item.text for item in relabelled] == [item.text for item in items]  # roles change, text does not


def test_a_group_of_printed_lines_never_becomes_one_body_line():
    tree = ["rule_body", 0.5, ["body", 1.0, 10], ["headline", 1.0, 10]]
    relabelled = line_roles.relabel(layout(RawPage("t.txt", PAGE)), tree, 0.0)
    assert [item.kind for item in relabelled if len(item.lines) > 1] == [HEADLINE]


def test_lines_are_labelled_by_the_gold_text_that_holds_them():
    gold = {
        "furniture": ["2022年2月22日 星期二"],
        "articles": [
            {
                "title": "合肥高新区集成电路产业签约项目二十余个",
                "byline": "",
                "captions": [{"text": "园区一角。", "credit": "王明", "credit_label": "摄"}],
                "blocks": [{"type": "paragraph", "text": "本报讯近日，合肥高新区举行集成电路产业发展大会。"}],
            }
        ],
    }
    roles = GoldRoles.of(gold)
    assert [roles.role(t) for t in ("2022年2月22日 星期二", "签约项目二十余个", "园区一角。 王明 摄")] == [
        "furniture",
        "headline",
        "caption",
    ]
    assert roles.role("本报讯 近日，合肥高新区举行") == BODY
    assert roles.role("不在这一页上的文字") == AMBIGUOUS
    items = layout(RawPage("t.txt", PAGE))
    assert item_label(items[1], roles) == HEADLINE  # a headline group, matched as a whole


def test_the_tree_grows_on_the_feature_that_parts_the_roles():
    rows = [{"width": 10.0, "rule_body": 1.0}] * 30 + [{"width": 20.0, "rule_body": 1.0}] * 30
    labels = ["headline"] * 30 + ["body"] * 30
    tree = grow(rows, labels, depth=2, min_leaf=5)
    assert tree[0] == "width" and 10.0 <= tree[1] < 20.0
    assert tree[2] == ["headline", 1.0, 30] and tree[3] == ["body", 1.0, 30]
