import json
from collections import Counter

import pytest

from digest.models import RawPage
from digest.parse import parse_page
from digest.parse.baidu_ocr import baidu_ocr_markup, groups_paragraphs, read_baidu_ocr
from tests.conservation import lost_and_invented

TITLE = ["合肥高新区集成电路", "大会开幕"]  # a headline printed over two lines
BYLINE = ["本报记者 王晓东"]
TEXT = [
    "近日，合肥高新区举行集成",
    "电路产业发展大会，签约项",
    "目二十余个，总投资超过三",
    "百亿元。",
]
MORE = ["大会期间，园区还发布了集", "成电路产业扶持政策。"]
LINES = TITLE + BYLINE + TEXT + MORE
PARAGRAPHS = [TITLE, BYLINE, TEXT, MORE]


def entry(words: str, scores: bool) -> dict:
    scored = {"probability": {"average": 0.981234, "min": 0.872345, "variance": 0.001234}}
    return {"words": words, **(scored if scores else {})}


def response(lines: list[str], groups: list[list[int]] | None = None, scores: bool = False) -> str:
    """A page as Baidu OCR's general text recognition answers: one JSON object on a line."""
    result: dict = {"log_id": 1738472910583726153, "words_result_num": len(lines),
                    "words_result": [entry(line, scores) for line in lines]}
    if groups is not None:
        result["paragraphs_result_num"] = len(groups)
        result["paragraphs_result"] = [{"words_result_idx": group} for group in groups]
    return json.dumps(result, ensure_ascii=False) + "\n"


def groups_of(paragraphs: list[list[str]]) -> list[list[int]]:
    groups, at = [], 0
    for paragraph in paragraphs:
        groups.append(list(range(at, at + len(paragraph))))
        at += len(paragraph)
    return groups


@pytest.mark.parametrize("scores", [False, True])
def test_a_response_without_paragraphs_is_read_a_printed_line_a_line(scores):
    assert read_baidu_ocr(response(LINES, scores=scores)) == "".join(f"{line}\n\n" for line in LINES)


@pytest.mark.parametrize("scores", [False, True])
def test_the_paragraphs_a_response_groups_are_read_a_line_each(scores):
    read = read_baidu_ocr(response(LINES, groups_of(PARAGRAPHS), scores))
    assert read == "".join(f"{''.join(paragraph)}\n\n" for paragraph in PARAGRAPHS)


def test_a_line_no_paragraph_groups_is_a_paragraph_of_its_own():
    groups = [[0, 1], [3, 4, 5, 6]]  # the byline and the last paragraph grouped with none
    read = read_baidu_ocr(response(LINES, groups))
    assert read.split("\n\n")[:4] == ["".join(TITLE), BYLINE[0], "".join(TEXT), MORE[0]]


@pytest.mark.parametrize(
    ("lines", "paragraph"),
    [
        (["园区企业已有5G", "基站120个"], "园区企业已有5G基站120个"),  # a figure before an ideograph
        (["企业研发的Smart", "Grid系统"], "企业研发的Smart Grid系统"),  # two Latin words: a space between
        (["订单增长到2025", "年的三倍"], "订单增长到2025年的三倍"),
    ],
)
def test_a_paragraphs_lines_run_on_as_printed(lines, paragraph):
    assert read_baidu_ocr(response(lines, [[0, 1]])) == paragraph + "\n\n"


@pytest.mark.parametrize(
    "groups",
    [
        [[0, 1], [2, 99]],  # a line the response lacks
        [[0, 1], "2"],  # a group that lists no lines
    ],
)
def test_paragraphs_naming_no_lines_of_the_response_leave_it_a_line_a_line(groups):
    assert read_baidu_ocr(response(LINES[:3], groups)) == "".join(f"{line}\n\n" for line in LINES[:3])


@pytest.mark.parametrize(
    "page",
    [
        "{图片}\n合肥高新区集成电路大会开幕\n",  # a line reader's braces open the page
        response(LINES)[:-40],  # a file cut short
        json.dumps({"words_result": []}),  # no lines read
        json.dumps({"words_result": ["合肥高新区", "大会开幕"]}, ensure_ascii=False),  # strings, no entries
        json.dumps({"words_result": [{"text": "合肥高新区"}]}, ensure_ascii=False),  # no words in an entry
        json.dumps({"error_code": 17, "error_msg": "Open api daily request limit reached"}),
        json.dumps([{"words": "合肥高新区"}], ensure_ascii=False),  # a list, no response
        '{"words_result": [{"words": "合肥高新区", "words": "大会开幕"}]}',  # a key given twice
    ],
)
def test_no_other_page_is_read_as_a_baidu_ocr_response(page):
    assert read_baidu_ocr(page) == page
    assert baidu_ocr_markup(page) == []
    parse_page(RawPage("page.txt", page))  # read as the text it is, never refused


def characters(text: str) -> Counter:
    return Counter(ch for ch in text if not ch.isspace())


@pytest.mark.parametrize(
    "page",
    [
        response(LINES),
        response(LINES, groups_of(PARAGRAPHS), scores=True),
        response(["园区“标准厂房”交付\\使用", "近日，\"标准厂房\"交付。"]),  # escapes
    ],
)
def test_the_markup_is_every_character_but_the_pages_words(page):
    assert characters(read_baidu_ocr(page)) + characters("".join(baidu_ocr_markup(page))) == characters(page)


def test_a_baidu_ocr_page_parses_into_its_story_with_its_json_as_furniture():
    page_text = response(LINES, groups_of(PARAGRAPHS), scores=True)
    page = parse_page(RawPage("page.json", page_text))
    assert [article.title for article in page.articles] == ["".join(TITLE)]
    assert [block.text for block in page.articles[0].blocks] == ["".join(TEXT), "".join(MORE)]
    assert '"probability": {"average": 0.981234' in " ".join(page.furniture)
    assert lost_and_invented(page_text, page) == (Counter(), Counter())


LONG = "近日，合肥高新区举行集成电路产业发展大会，签约项目二十余个，总投资超过三百亿元，涉及芯片设计等环节。"
INTERVIEW = [
    ["人物"],  # a column's logo over the interview
    ["让算力像水电一样", "即取即用"],
    ["访一家算力服务企业", "总经理张明"],
    ["记者 李华 报道"],
    ["园区一家算力服务企业搭建的调度平台，已连接十余个数据中心。记者近日专访了该企业总经理张明。"],
    ["问：中小企业用算力，难在哪里？"],
    ["答：一是贵，自建机房动辄上千万元；二是难，很多企业没有专业运维人员，平台把算力资源整合起来。"],
]


def test_the_paragraphs_a_response_groups_part_a_column_logo_from_the_title_under_it():
    paragraphs = [TITLE, ["——园区发布集成电路产业扶持政策"], BYLINE, [LONG], [LONG], [LONG], *INTERVIEW]
    lines = [line for paragraph in paragraphs for line in paragraph]
    article = parse_page(RawPage("page.json", response(lines, groups_of(paragraphs)))).articles[-1]
    assert (article.title, article.subtitle) == ("让算力像水电一样即取即用", "访一家算力服务企业总经理张明")


def test_only_a_response_grouping_paragraphs_has_its_blank_lines_part_blocks():
    assert groups_paragraphs(response(LINES, groups_of(PARAGRAPHS)))
    assert not groups_paragraphs(response(LINES))
    assert not groups_paragraphs("".join(f"{line}\n\n" for line in LINES))
