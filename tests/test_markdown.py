import pytest

from digest.models import RawPage
from digest.parse import parse_page
from digest.parse.markdown import heading_texts, read_markdown
from digest.parse.marks import is_furniture_line

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
        # a credit's names parted by spaces, the text running on past them: no run of a reflowed
        # paragraph is wider than its column
        f"本报讯（通讯员 玛依拉·托合托逊 佟丽娜）{TEXT}",
        # a supplement's strip printed across the page, its items parted by spaces: the page's
        # furniture, no paragraph reflowed however wide its items run
        "《江城日报》· 科创周刊 第206期 主编 滕远舟 本期协办：嘉禾高新区管委会 2026年8月27日 星期四",
        "第122期 主编 滕远舟 本期协办：嘉禾高新区管委会 2022年1月2日 星期六",
    ],
)
def test_a_paragraph_with_only_printed_spaces_stays_one_line(paragraph):
    read = read_markdown(export("# 合肥高新区大会开幕", "## 另一篇", paragraph))
    assert paragraph in read.split("\n")


# Mathpix Markdown: LaTeX's sectioning commands, tabular and escapes
@pytest.mark.parametrize(
    ("command", "words"),
    [
        ("\\section*{合肥高新区大会开幕}", "合肥高新区大会开幕"),
        ("\\section{合肥高新区大会开幕}", "合肥高新区大会开幕"),
        ("\\subsection*{从“一家企业”到“一条链”}", "从“一家企业”到“一条链”"),
        ("\\title{合肥高新区大会开幕}", "合肥高新区大会开幕"),
        ("\\section*{利用率超过95\\%}", "利用率超过95%"),
    ],
)
def test_a_mathpix_sectioning_command_is_read_as_a_heading(command, words):
    read = read_markdown(export(command, TEXT, "\\section*{另一篇的标题}", MORE))
    assert read.split("\n")[0] == words
    assert "\\" not in read and "section" not in read


@pytest.mark.parametrize(
    ("escaped", "printed"),
    [("回收率超过95\\%，", "回收率超过95%，"), ("研发\\&制造", "研发&制造"), ("A\\_B型\\$号", "A_B型$号")],
)
def test_latex_escapes_on_a_mathpix_page_are_taken_off(escaped, printed):
    read = read_markdown(export("\\section*{合肥高新区大会开幕}", TEXT + escaped, "\\section*{另一篇}", MORE))
    assert TEXT + printed in read.split("\n")


def test_a_tabular_is_read_as_rows_of_cells():
    table = (
        "\\begin{tabular}{|l|l|l|}\n\\hline 项目 & 一期 & 二期 \\\\\n"
        "\\hline 回收利用率 & 92\\% & 95\\%以上 \\\\\n\\hline\n\\end{tabular}"
    )
    read = read_markdown(export("\\section*{合肥高新区节水降本}", TEXT, table, "\\section*{另一篇}", MORE))
    assert "项目  一期  二期\n回收利用率  92%  95%以上" in read
    assert "hline" not in read and "tabular" not in read and "&" not in read


def test_a_tabular_on_a_page_of_hashed_headings_is_read_as_rows_of_cells():
    table = "\\begin{tabular}{ll}\n产品 & 主要用途 \\\\\n钛粉 & 3D打印人工关节 \\\\\n\\end{tabular}"
    read = read_markdown(export("## 钛材料背后的宝鸡高新区", TEXT, table, "## 攻关工艺", MORE))
    assert "产品  主要用途\n钛粉  3D打印人工关节" in read
    assert "tabular" not in read and "&" not in read and "\\" not in read


@pytest.mark.parametrize(
    "page",
    [
        # one command: a printed line would not open so, but one is no export
        export("\\section*{合肥高新区大会开幕}", TEXT, MORE),
        # a backslash before a percent sign on a page of no LaTeX markup is the page's own
        export(TEXT + "95\\%", "\\section 合肥", MORE),
    ],
)
def test_a_page_of_no_mathpix_export_keeps_its_backslashes(page):
    assert read_markdown(page) == page


def test_a_tabular_opened_but_never_closed_is_no_latex():
    page = export("## 合肥高新区大会开幕", "\\begin{tabular}{ll}", TEXT + "95\\%", "## 另一篇", MORE)
    read = read_markdown(page)
    assert "\\begin{tabular}{ll}" in read and TEXT + "95\\%" in read


# Azure Document Intelligence's Markdown: HTML tables and figures
@pytest.mark.parametrize(
    "table",
    [
        "<table>\n<tr><th>指标</th><th>现在</th></tr>\n<tr><td>利用率</td><td>85%</td></tr>\n</table>",
        "<table>\n<tr>\n<th>指标</th>\n<th>现在</th>\n</tr>\n<tr>\n<td>利用率</td>\n<td>85%</td>\n</tr>\n</table>",
        '<table border="1"><tr><th>指标</th><th>现在</th></tr><tr><td>利用率</td><td>85%</td></tr></table>',
    ],
)
def test_an_html_table_is_read_as_rows_of_cells(table):
    read = read_markdown(export("# 合肥高新区节水降本", TEXT, table, "## 另一篇", MORE))
    assert "指标  现在\n利用率  85%" in read
    assert "<" not in read


def test_a_figure_is_a_picture_over_its_caption():
    figure = "<figure>\n<figcaption>工人在生产线上组装造雪机。 本报记者 巴特尔 摄</figcaption>\n</figure>"
    read = read_markdown(export("# 合肥高新区大会开幕", TEXT, figure, "## 另一篇", MORE))
    assert "[图片]\n工人在生产线上组装造雪机。 本报记者 巴特尔 摄" in read
    assert "figure" not in read


@pytest.mark.parametrize(
    "line", ["<b>合肥高新区</b>", "<合肥高新区> 大会开幕", "<tr>指标</tr>"],  # no table or figure opened
)
def test_a_tag_outside_a_table_or_figure_stays(line):
    page = export("# 合肥高新区大会开幕", TEXT, line, "## 另一篇", MORE)
    assert line in read_markdown(page).split("\n")


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ('<!-- PageHeader="第1348期 · 园区文摘 · 责任编辑 宓思源 · 2024年12月10日" -->', True),
        ('<!-- PageFooter="本版部分稿件因无法联系作者，请作者与本报联系稿酬事宜。" -->', True),
        ('<!-- PageNumber="7" -->', True),
        ("<!-- image -->", False),  # a picture's place, read as a photo's mark
        ('<!-- Note="合肥高新区大会开幕" -->', False),  # no part of the page Azure names
        ("PageHeader 合肥高新区", False),
    ],
)
def test_azures_page_part_comment_is_furniture(line, furniture):
    assert is_furniture_line(line) is furniture


def test_azures_page_header_stays_out_of_the_articles():
    page = export(
        '<!-- PageHeader="第1348期 · 园区文摘 · 责任编辑 宓思源" -->',
        "# 合肥高新区集成电路大会开幕",
        TEXT,
        "## 合肥高新区发布集成电路扶持政策",
        MORE,
        '<!-- PageFooter="订阅热线：010-64928921 全国各地邮局均可订阅" -->',
    )
    parsed = parse_page(RawPage("t.md", page))
    assert not any("Page" in article.title or "Page" in article.kicker for article in parsed.articles)
    assert not any("Page" in block.text for article in parsed.articles for block in article.blocks)


def test_a_page_part_comment_is_kept_whole():
    """A header of words a space parts is no paragraph reflowed with spaces: its comment stays one line."""
    comment = '<!-- PageHeader="园区文摘 责任编辑：兀立新 美术编辑：昝云舒" -->'
    read = read_markdown(export(comment, "# 合肥高新区大会开幕", TEXT, "## 另一篇", MORE))
    assert read.split("\n")[0] == comment


@pytest.mark.parametrize(
    ("row", "heading"),
    [
        ("集群产值 2023年 418亿元 / 2025年 563亿元", "场景开放引来“新订单”"),
        ("上云企业 51家", "数字赋能传统产业"),
    ],
)
def test_a_markdown_exports_blocks_stay_apart_however_short(row, heading):
    """A Markdown export writes a blank line after each block by its format, even after one ending
    in a half-width character: a box's last row and the heading under it are two blocks, never the
    lines of one headline that a reader writing a blank after every line would have set apart."""
    from digest.parse.layout import layout

    story = (TEXT, MORE) * 4  # enough blocks to show the page's spacing
    page = export("# 合肥高新区大会开幕", "![](a.jpeg)", *story, "## 数读", row, f"## {heading}", MORE)
    texts = [item.text for item in layout(RawPage("t.md", page))]
    assert heading in texts and not any(row in text and heading in text for text in texts)


# Two stories' text as a converter writes it, each opened by its lead's mark
LEAD = (
    "本报讯 近日，合肥高新区举行集成电路产业发展大会，签约项目二十余个，"
    "总投资超过三百亿元，涵盖芯片设计等环节。"
)
LEAD_MORE = "大会期间，园区还发布了集成电路产业扶持政策，对首次流片的企业给予补助，对人才团队给予资助。"
NEXT_LEAD = (
    "本报讯 园区负责人表示，下一步将加快建设公共服务平台，"
    "推动产业链上下游企业协同创新，力争三年内突破千亿元。"
)
NEXT_MORE = "据介绍，这批项目达产后预计年产值可达一百二十亿元，新增就业岗位三千余个，将完善园区的产业生态。"


def two_stories(*deck: str) -> str:
    """A deck over the first story, the second under a heading of its own."""
    return export(*deck, LEAD, LEAD_MORE, "# 合肥高新区发布集成电路扶持政策", NEXT_LEAD, NEXT_MORE)


# A deck as MinerU writes it: only the title after a hash, a kicker over it and a subtitle under it
# written as plain paragraphs (a campaign's name in brackets or quotes, a phrase of a series)
@pytest.mark.parametrize(
    ("kicker", "title", "subtitle"),
    [
        ("【“三个年”活动进行时】", "景德镇高新区陶瓷膜项目签约落户", ""),
        ("“三个年”活动进行时", "一块屏幕带起一条产业链", "——对话咸阳高新区电子显示企业负责人"),
        ("【项目建设提速】", "让绿氢走进煤化工园区", "——访鄂尔多斯高新区氢能产业负责人"),
        ("数字化转型看园区", "湘潭高新区“智改数转”两年覆盖规上企业八成", ""),
    ],
)
def test_the_one_heading_of_a_deck_written_plain_round_it_is_the_title(kicker, title, subtitle):
    deck = [kicker, "# " + title, *filter(None, [subtitle])]
    articles = parse_page(RawPage("t.md", two_stories(*deck))).articles
    assert (kicker, title, subtitle) in {(story.kicker, story.title, story.subtitle) for story in articles}


@pytest.mark.parametrize(
    ("deck", "parts"),
    [
        # every part a heading: the hashes tell no part from another, the deck is read as printed
        (("## 填补本市空白", "# 苏州工业园区检测平台启用"), ("填补本市空白", "苏州工业园区检测平台启用")),
        # a heading alone: the title whatever it says
        (("# 填补本市空白",), ("", "填补本市空白")),
    ],
)
def test_a_deck_all_headings_or_one_heading_alone_is_read_as_before(deck, parts):
    articles = parse_page(RawPage("t.md", two_stories(*deck))).articles
    assert parts in {(article.kicker, article.title) for article in articles}


def test_only_a_markdown_exports_headings_are_marked():
    """A hash is a Markdown export's: a page a line reader wrote has no heading to mark."""
    assert heading_texts("【项目建设提速】\n让绿氢走进煤化工园区\n\n" + TEXT + "\n") == frozenset()
    assert heading_texts(two_stories("【项目建设提速】", "# 让绿氢走进煤化工园区")) == {
        "让绿氢走进煤化工园区",
        "合肥高新区发布集成电路扶持政策",
    }


# olmOCR's Markdown: the page's front matter, tables as HTML on one line
FRONT_MATTER = (
    "---\nprimary_language: zh\nis_rotation_valid: True\nrotation_correction: 0\n"
    "is_table: False\nis_diagram: False\n---"
)


def test_a_front_matter_is_taken_off_and_tells_an_export():
    """No heading on the page: its front matter alone tells the converter's Markdown (its one-line
    HTML table read as rows)."""
    table = "<table><tr><td>指标</td><td>现在</td></tr><tr><td>利用率</td><td>85%</td></tr></table>"
    read = read_markdown(export(FRONT_MATTER, TEXT, table, MORE))
    assert "primary_language" not in read and "---" not in read
    assert "指标  现在\n利用率  85%" in read


def test_a_front_matter_stays_out_of_the_articles():
    parsed = parse_page(RawPage("t.md", export(FRONT_MATTER, "合肥高新区集成电路大会开幕", TEXT, MORE)))
    assert parsed.articles[0].title == "合肥高新区集成电路大会开幕"
    texts = [block.text for article in parsed.articles for block in article.blocks]
    assert not any("primary_language" in text for text in texts)


@pytest.mark.parametrize(
    "page",
    [
        export("---", TEXT, "---", MORE),  # rules round a paragraph
        "---\n合肥高新区: 大会开幕\n---\n\n" + export(TEXT),  # no field of a converter's
        "---\n---\n\n" + export(TEXT),  # fences round nothing
        export(TEXT, FRONT_MATTER, MORE),  # fields in the page, not at its top
        "---\nprimary_language: zh\n\n" + export(TEXT),  # never closed
    ],
)
def test_no_front_matter_without_fenced_fields_at_the_top(page):
    assert read_markdown(page) == page


WORDS_PIPES = "| 产品 | 主要用途 |\n| --- | --- |\n| 钛合金棒材 | 航空紧固件 |\n| 钛合金管材 | 深海装备 |"
WORDS_TABULAR = "\\begin{tabular}{ll}\n产品 & 主要用途 \\\\\n钛合金棒材 & 航空紧固件 \\\\\n\\end{tabular}"


# Marker's pipe table and Nougat's tabular: cells of words, no figure to tell a box's rows
@pytest.mark.parametrize("table", [WORDS_PIPES, WORDS_TABULAR])
def test_a_table_of_words_is_the_storys_text_and_the_heading_under_it_its_section(table):
    """The converter saw a table: its rows are paragraphs of the story, however short, no kicker
    of the heading under them, which heads the story's next section."""
    page = export("# 钛材料背后的宝鸡高新区", TEXT, table, "## 攻关工艺", MORE)
    [article] = parse_page(RawPage("t.txt", page)).articles
    assert article.title == "钛材料背后的宝鸡高新区" and not article.kicker
    assert [block.text for block in article.blocks if block.type == "heading"] == ["攻关工艺"]
    assert "钛合金棒材航空紧固件" in [block.text for block in article.blocks]
