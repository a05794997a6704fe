import json
from collections import Counter

import pytest

from digest.models import RawPage
from digest.parse import parse_page
from digest.parse.content_list import content_list_markup, read_content_list
from tests.conservation import lost_and_invented

TITLE = "合肥高新区集成电路大会开幕"
TEXT = "近日，合肥高新区举行集成电路产业发展大会，签约项目二十余个，总投资超过三百亿元。"
MORE = "大会期间，园区还发布了集成电路产业扶持政策，对首次流片的企业给予补助。"
OTHER_TITLE = "芜湖高新区新能源汽车零部件项目投产"
OTHER = "日前，芜湖高新区一家汽车零部件企业新建的电池托盘生产线正式投产，年产能达到三十万套。"
CAPTION = "图为签约仪式现场。王晓东 摄"


def text_block(text: str, level: int = 0) -> dict:
    return {"type": "text", "text": text, **({"text_level": level} if level else {}), "page_idx": 0}


def image_block(caption: str, caption_key: str = "image_caption") -> dict:
    footnote_key = caption_key.replace("caption", "footnote")
    return {"type": "image", "img_path": "images/3f9a.jpg", caption_key: [caption], footnote_key: [],
            "page_idx": 0}


def table_block(body: str) -> dict:
    return {"type": "table", "img_path": "images/77c1.jpg", "table_caption": [], "table_footnote": [],
            "table_body": body, "page_idx": 0}


def content_list(*blocks: dict) -> str:
    """A page as MinerU writes its content_list.json: indent 4, the Chinese unescaped."""
    return json.dumps(list(blocks), ensure_ascii=False, indent=4) + "\n"


PAGE = content_list(
    text_block(TITLE, 1), text_block(TEXT), text_block(MORE), image_block(CAPTION),
    text_block(OTHER_TITLE, 1), text_block(OTHER),
)


def test_a_content_list_is_read_as_the_markdown_of_its_blocks():
    assert read_content_list(PAGE) == "".join(
        f"{paragraph}\n\n" for paragraph in (f"# {TITLE}", TEXT, MORE, CAPTION, f"# {OTHER_TITLE}", OTHER)
    )


@pytest.mark.parametrize(("level", "hashes"), [(1, "# "), (2, "## "), (9, "###### ")])
def test_a_text_level_is_a_headings_hashes(level, hashes):
    read = read_content_list(content_list(text_block(TITLE, level), text_block(TEXT)))
    assert read.startswith(hashes + TITLE)


@pytest.mark.parametrize("caption_key", ["image_caption", "img_caption"])  # MinerU 2, and its first versions
def test_an_images_caption_is_a_paragraph_its_path_none(caption_key):
    read = read_content_list(content_list(text_block(TITLE, 1), image_block(CAPTION, caption_key)))
    assert f"\n\n{CAPTION}\n\n" in read and "images/" not in read


@pytest.mark.parametrize(
    "body",
    [
        "<table><tr><td>指标</td><td>数值</td></tr></table>",
        '<html><body><table><tr><td rowspan="2">指标</td><td>数值</td></tr></table></body></html>',
    ],
)
def test_a_tables_body_is_its_html_table_on_one_line(body):
    read = read_content_list(content_list(text_block(TITLE, 1), table_block(body)))
    assert read.split("\n\n")[1].startswith("<table") and read.split("\n\n")[1].endswith("</table>")


@pytest.mark.parametrize(
    "page",
    [
        "[图片]\n合肥高新区集成电路大会开幕\n" + TEXT,  # a line reader's photo mark opens the page
        "[1] 合肥高新区集成电路大会开幕\n",  # a numbered note
        content_list(text_block(TITLE, 1))[:-40],  # a file cut short
        json.dumps({"type": "text", "text": TITLE}, ensure_ascii=False),  # one object, no list
        json.dumps([TITLE, TEXT], ensure_ascii=False),  # a list of strings
        json.dumps([{"text": TITLE}], ensure_ascii=False),  # objects naming no type
        "[]",
        '[{"type": "text", "text": "合肥高新区", "text": "大会开幕"}]',  # a key given twice
    ],
)
def test_no_other_page_is_read_as_a_content_list(page):
    assert read_content_list(page) == page
    assert content_list_markup(page) == []
    parse_page(RawPage("page.txt", page))  # read as the text it is, never refused


def characters(text: str) -> Counter:
    return Counter(ch for ch in text if not ch.isspace())


@pytest.mark.parametrize(
    "page",
    [
        PAGE,
        content_list(text_block("安康高新区\"标准厂房\"交付\\使用", 1), text_block(TEXT)),  # escapes
        content_list(text_block(TITLE, 1), table_block('<html><body><table><tr><td rowspan="2">指标</td>'
                                                       "<td>数值</td></tr></table></body></html>")),
    ],
)
def test_the_markup_is_every_character_but_the_pages_words(page):
    read = read_content_list(page).replace("#", "")
    read = read.replace("<table>", "").replace("</table>", "").replace("<tr>", "").replace("</tr>", "")
    read = read.replace("<td>", "").replace("</td>", "").replace('<td rowspan="2">', "")
    assert characters(read) + characters("".join(content_list_markup(page))) == characters(page)


def test_a_content_list_page_parses_into_its_stories_with_its_markup_as_furniture():
    page = parse_page(RawPage("content_list.json", PAGE))
    assert [article.title for article in page.articles] == [TITLE, OTHER_TITLE]
    assert [caption.text for caption in page.articles[0].captions] == ["图为签约仪式现场。"]
    assert '"type": "text", "text": "' in " ".join(page.furniture)
    assert lost_and_invented(PAGE, page) == (Counter(), Counter())
