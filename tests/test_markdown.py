import pytest

from digest.models import RawPage
from digest.parse import parse_page
from digest.parse.markdown import read_markdown

TEXT = "近日，合肥高新区举行集成电路产业发展大会，签约项目二十余个，总投资超过三百亿元。"
MORE = "大会期间，园区还发布了集成电路产业扶持政策，对首次流片的企业给予补助。"


def export(*paragraphs: str) -> str:
    """A page as a Markdown converter writes it: each paragraph a line, a blank line after it."""
    return "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(
    ("heading", "words"),
    [("# 合肥高新区大会开幕", "合肥高新区大会开幕"), ("### 签约项目二十余个", "签约项目二十余个")],
)
def test_a_headings_hashes_are_the_converters(heading, words):
    read = read_markdown(export(heading, TEXT, "## 另一篇的标题", MORE))
    assert read.split("\n")[0] == words
    assert "#" not in read


def test_headings_running_one_after_another_are_one_group():
    """A kicker, the title and a subtitle, each a heading paragraph: written together, as a line
    reader writes a headline's lines, a blank line after the group."""
    read = read_markdown(export("### 填补本市空白", "## 合肥高新区检测平台启用", TEXT, "![](a.jpeg)"))
    assert read.startswith("填补本市空白\n合肥高新区检测平台启用\n\n" + TEXT)


@pytest.mark.parametrize("picture", ["![](_page_0_Picture_1.jpeg)", "<!-- image -->", "![图1](img/p1.png)"])
def test_a_picture_is_written_as_the_photos_mark(picture):
    read = read_markdown(export("# 合肥高新区集成电路大会开幕", picture, TEXT))
    assert "[图片]" in read.split("\n")
    assert picture not in read


def test_a_pipe_tables_rule_goes_and_its_cells_stand_apart():
    table = "| 指标 | 现在 | 目标 |\n|---|---|---|\n| 利用率 | 85% | 92% |"
    read = read_markdown(export("# 合肥高新区节水降本", TEXT, table))
    assert "指标  现在  目标\n利用率  85%  92%" in read
    assert "|" not in read and "---" not in read


def test_a_padded_docling_table_reads_the_same():
    table = "| 指标     | 现在   |\n|----------|--------|\n| 利用率   | 85%    |"
    read = read_markdown(export("# 合肥高新区节水降本", TEXT, table))
    assert "指标  现在\n利用率  85%" in read


@pytest.mark.parametrize("item", ["- ●检测大类 8大类", "* ●检测大类 8大类"])
def test_a_list_items_dash_is_the_converters(item):
    read = read_markdown(export("# 合肥高新区检测平台启用", "## 另一篇", TEXT, item))
    assert "●检测大类 8大类" in read.split("\n")


@pytest.mark.parametrize(
    ("paragraph", "head"),
    [
        (f"**龙头企业带来“磁场效应”** {TEXT}", "龙头企业带来“磁场效应”"),
        (f"**▲随州高新区应急救援车辆出口中亚** {TEXT}", "▲随州高新区应急救援车辆出口中亚"),
    ],
)
def test_a_bold_lead_in_is_a_head_over_its_paragraph(paragraph, head):
    """The stars tell where a run-in head ends: written a line of its own over its text."""
    read = read_markdown(export("# 合肥高新区集成电路大会开幕", "## 另一篇", paragraph))
    assert f"\n{head}\n\n{TEXT}" in read
    assert "*" not in read


def test_a_bold_head_closed_by_its_bracket_runs_in_as_printed():
    read = read_markdown(export("# 合肥高新区大会开幕", "## 另一篇", f"**【合肥高新区大会开幕】** {TEXT}"))
    assert f"\n【合肥高新区大会开幕】{TEXT}" in read


@pytest.mark.parametrize(
    "page",
    [
        export(TEXT, "# 合肥高新区集成电路大会", MORE),  # one hash line: a printed line may open on one
        export(TEXT, "#合肥高新区# 话题", "#集成电路# 话题", MORE),  # topic tags, no space after the hash
        # no heading, picture or table: list dashes and stars alone
        export(TEXT, "- 一是建设再生水厂", "- 二是开展用水诊断", "**加快转型**"),
    ],
)
def test_a_page_with_no_markdown_export_is_read_as_it_was(page):
    assert read_markdown(page) == page


def test_a_markdown_pages_title_is_read_without_its_hashes():
    page = export(
        "# 合肥高新区集成电路大会开幕",
        TEXT,
        "![](_page_0_Picture_1.jpeg)",
        "### 园区出台新政",
        "## 合肥高新区发布集成电路扶持政策",
        MORE,
    )
    articles = parse_page(RawPage("t.md", page)).articles
    assert articles[0].title == "合肥高新区集成电路大会开幕"
    assert not any("#" in article.title or "#" in article.kicker for article in articles)


# Paragraphs set in a narrow column (a first line after a two-em indent, a brief's run in without)
PRINTED = [
    "云南植物种类丰富，许多",
    "植物在民族医药中有长期使用",
    "的历史。企业研发团队从中筛",
    "选有效成分。",
]
BRIEF = [
    "▲吉林高新区碳纤维无人机",
    "机身下线 日前，吉林高新",
    "区一家碳纤维复合材料企业",
    "自主研制的工业级无人机机",
    "身已批量下线。",
]


@pytest.mark.parametrize("printed", [PRINTED, BRIEF])
def test_a_paragraph_reflowed_with_spaces_is_written_as_its_printed_lines(printed):
    """Docling joins a paragraph's lines with spaces: a run of text as wide as the column ended
    a printed line; a space inside a line the run before it still short ("机身下线 日前") was printed."""
    read = read_markdown(export("# 合肥高新区大会开幕", "## 另一篇", " ".join(printed)))
    assert "\n".join(printed) in read


@pytest.mark.parametrize(
    "paragraph",
    [
        f"本报讯 {TEXT}",  # Marker's reflow: no space where a line ended, the printed one kept
        "（晚报记者 玉罕 特约通讯员 和丽军）",  # the gaps of a credit: short runs
        "指标  现在  目标",  # a grid's cells
    ],
)
def test_a_paragraph_with_only_printed_spaces_stays_one_line(paragraph):
    read = read_markdown(export("# 合肥高新区大会开幕", "## 另一篇", paragraph))
    assert paragraph in read.split("\n")
