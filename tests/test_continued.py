"""Continued articles: the parser records the pages jump lines name, the build joins the parts
of an issue (digest/enrich/continued.py), a part left alone is reviewed, and generated issues
(tests/issuegen.py) hold what the join needs to be scored."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from conservation import lost_and_invented
from test_pagegen import gold_characters

from digest.build import gather
from digest.cli import main
from digest.editorial.record import BuildRecord
from digest.editorial.review import review
from digest.enrich.continued import join_continued
from digest.models import Article, Author, Block, Caption, Issue, IssuePage, Page, RawPage, SourcePage
from digest.parse import parse_page
from digest.parse.read import read_issues
from tests.issuegen import generate_issue
from tests.pagegen import load_corpus, visible
from tools import make_issues

ROOT = Path(__file__).resolve().parent.parent
SUZHOU, HEFEI = "苏州高新技术产业开发区", "合肥高新技术产业开发区"


# -- parse: the jump lines' pages ------------------------------------------------------

FIRST_PART = """园区新闻

苏州高新区光子产业集群加速成势

本报讯（记者 王成龙）苏州高新区近日发布光子产业发展行动计划，

提出到2025年光子产业规模突破500亿元。根据计划，园区将建设光子

芯片中试平台，引进上下游企业

{jump_to}
"""
REST = """{jump_from}

超过50家，形成从材料、芯片到器件、系统的完整产业链。

苏州高新区有关负责人表示，园区还将设立10亿元光子产业基金。

王成龙
"""


@pytest.mark.parametrize(
    "jump",
    ["（下转第3版）", "（下转第 3版）", "（ 下 转 第 3 版 ）"],
)
def test_a_part_records_the_page_it_continues_on(jump):
    page = parse_page(RawPage("p.txt", FIRST_PART.format(jump_to=jump)))
    (article,) = page.articles
    assert article.continues_on == 3 and article.continued_from == 0
    assert article.blocks[-1].text.endswith("引进上下游企业")  # its last line is body, not a headline
    assert page.furniture[-1] == jump


@pytest.mark.parametrize("inline", [False, True])
def test_a_part_records_the_page_it_continues_from(inline):
    text = (
        REST.format(jump_from="（上接第1版）")
        if not inline
        else REST.replace("{jump_from}\n\n", "（上接第1版）")
    )
    page = parse_page(RawPage("p.txt", text))
    (article,) = page.articles
    assert article.continued_from == 1 and article.continues_on == 0
    assert article.title == "" and article.blocks[0].text.startswith("超过50家")
    assert "（上接第1版）" in page.furniture
    assert lost_and_invented(text, page) == (Counter(), Counter())


@pytest.mark.parametrize("before", [True, False], ids=["headline above", "headline after the text"])
def test_a_short_continued_headline_is_the_part_s_headline(before):
    headline = "苏州高新区光子产业（续）"
    rest = REST.format(jump_from="（上接第1版）")
    page = parse_page(RawPage("p.txt", f"{headline}\n\n{rest}" if before else f"{rest}\n{headline}\n"))
    (article,) = page.articles
    assert article.title == headline and "续" not in article.body_text


# -- the join --------------------------------------------------------------------------


def part(body: list[str], park: str = SUZHOU, **fields) -> Article:
    return Article(
        id=fields.pop("id", "a" + str(abs(hash(body[0])) % 1000)),
        blocks=[Block("paragraph", text) for text in body],
        park=park,
        parks=[park],
        char_count=sum(len(text) for text in body),
        reading_minutes=1,
        **fields,
    )


OPEN = part(
    ["苏州高新区近日发布光子产业发展行动计划。", "园区将引进上下游企业"],
    id="first",
    title="苏州高新区光子产业集群加速成势",
    dateline="本报讯（记者 王成龙）",
    authors=[Author("王成龙", "记者")],
    captions=[Caption("光子芯片中试平台", "苏州高新区", "图片来源：")],
    topics=["产业集群"],
    keywords=["光子", "芯片"],
    summary="苏州高新区近日发布光子产业发展行动计划。",
    continues_on=3,
    evidence={"start": "dateline", "end": "jump", "headline": "content"},
)
CLOSED = replace(OPEN, blocks=[*OPEN.blocks[:-1], Block("paragraph", "园区将引进上下游企业。")])
REST_PART = part(
    ["超过50家，形成完整产业链。", "苏州高新区还将设立光子产业基金。"],
    id="rest",
    authors=[Author("李明")],
    topics=["科技金融"],
    keywords=["光子", "基金"],
    continued_from=1,
    evidence={"start": "jump", "end": "page_end", "headline": "none"},
)
OTHER_REST = part(
    ["超过30个，覆盖量子精密测量。", "合肥高新区将建设量子产业园。"], park=HEFEI, id="other", continued_from=1
)
NEIGHBOUR = part(["合肥高新区举行项目签约仪式。"], park=HEFEI, id="neighbour", title="合肥高新区签约")


def issue(pages: dict[int, list[Article]], key: str = "2024-01-03") -> list[SourcePage]:
    entries = [IssuePage(f"page-{n}.txt", n, "园区") for n in pages]
    meta = Issue(key, "中国高新技术产业导报", key, entries)
    return [
        SourcePage(meta, entry, f"sources/{key}/{entry.file}", Page(entry.file, articles=pages[entry.number]))
        for entry in entries
    ]


def articles_of(placed: list[SourcePage]) -> dict[int, list[str]]:
    return {item.entry.number: [a.id for a in item.page.articles] for item in placed}


def test_the_rest_on_the_page_named_is_joined_to_the_first_part():
    placed, warnings = join_continued(issue({1: [OPEN], 3: [NEIGHBOUR, REST_PART]}))
    assert warnings == [] and articles_of(placed) == {1: ["first"], 3: ["neighbour"]}
    joined = placed[0].page.articles[0]
    assert joined.pages == [1, 3] and joined.continues_on == 0
    assert joined.evidence == {"start": "dateline", "end": "page_end", "headline": "content"}
    assert (joined.id, joined.title, joined.dateline, joined.summary) == (
        OPEN.id,
        OPEN.title,
        OPEN.dateline,
        OPEN.summary,
    )
    assert [b.text for b in joined.blocks] == [
        "苏州高新区近日发布光子产业发展行动计划。",
        "园区将引进上下游企业超过50家，形成完整产业链。",  # the sentence goes on: one paragraph
        "苏州高新区还将设立光子产业基金。",
    ]
    assert [a.name for a in joined.authors] == ["王成龙", "李明"]
    assert joined.captions == OPEN.captions and joined.topics == ["产业集群", "科技金融"]
    assert joined.keywords == ["光子", "芯片"] and joined.parks == [SUZHOU]
    assert joined.char_count == OPEN.char_count + REST_PART.char_count
    assert visible(joined.body_text) == visible(OPEN.body_text + REST_PART.body_text)


@pytest.mark.parametrize(
    "first, paragraphs",
    [(OPEN, 3), (CLOSED, 4)],
    ids=["sentence goes on: one paragraph", "sentence ended: a new paragraph"],
)
def test_a_paragraph_is_joined_only_where_its_sentence_goes_on(first, paragraphs):
    placed, _ = join_continued(issue({1: [first], 3: [REST_PART]}))
    assert len(placed[0].page.articles[0].blocks) == paragraphs


@pytest.mark.parametrize(
    "pages, why",
    [
        ({1: [OPEN], 2: [NEIGHBOUR]}, "the issue has no such page"),
        ({1: [OPEN], 3: [NEIGHBOUR]}, "no part there fits"),
        ({1: [OPEN], 3: [replace(REST_PART, continued_from=2)]}, "no part there fits"),
    ],
    ids=["page not in the issue", "no continued part there", "the part there comes from another page"],
)
def test_a_part_without_its_other_part_is_kept_as_printed(pages, why):
    placed, warnings = join_continued(issue(pages))
    assert articles_of(placed) == {n: [a.id for a in articles] for n, articles in pages.items()}
    assert placed[0].page.articles[0] is OPEN
    assert any(
        "page-1.txt: 《苏州高新区光子产业集群加速成势》 下转第3版" in w and why in w for w in warnings
    ), warnings


@pytest.mark.parametrize(
    "order", [[OTHER_REST, REST_PART], [REST_PART, OTHER_REST]], ids=["right one second", "right one first"]
)
def test_of_two_candidates_the_one_about_the_same_park_is_joined(order):
    placed, warnings = join_continued(issue({1: [OPEN], 3: order}))
    assert articles_of(placed) == {1: ["first"], 3: ["other"]}
    assert placed[0].page.articles[0].blocks[-1].text == REST_PART.blocks[-1].text
    assert len(warnings) == 1 and "上接第1版" in warnings[0]


def test_two_parts_sent_to_one_page_each_find_their_rest():
    hefei_open = part(["合肥高新区量子产业加速集聚，相关企业"], park=HEFEI, id="hefei", continues_on=3)
    placed, warnings = join_continued(issue({1: [hefei_open, OPEN], 3: [REST_PART, OTHER_REST]}))
    assert warnings == [] and articles_of(placed) == {1: ["hefei", "first"], 3: []}
    hefei, suzhou = placed[0].page.articles
    assert hefei.blocks[-1].text == OTHER_REST.blocks[-1].text
    assert suzhou.blocks[-1].text == REST_PART.blocks[-1].text


def test_a_chain_over_three_pages_is_one_article():
    middle = replace(REST_PART, blocks=[Block("paragraph", "超过50家，其中")], continues_on=5)
    last = part(["上市公司12家。"], id="last", continued_from=3)
    placed, warnings = join_continued(issue({1: [OPEN], 3: [middle], 5: [last]}))
    assert warnings == [] and articles_of(placed) == {1: ["first"], 3: [], 5: []}
    assert placed[0].page.articles[0].pages == [1, 3, 5]
    assert placed[0].page.articles[0].blocks[-1].text == "园区将引进上下游企业超过50家，其中上市公司12家。"


def test_parts_of_different_issues_are_never_joined():
    placed, warnings = join_continued(
        issue({1: [OPEN]}, "2024-01-03") + issue({3: [REST_PART]}, "2024-01-10")
    )
    assert articles_of(placed) == {1: ["first"], 3: ["rest"]} and len(warnings) == 2


def test_a_part_left_alone_is_reviewed_with_the_page_it_names():
    found = review(Page("p.txt", articles=[OPEN, REST_PART]))
    assert "rest_missing" in found[0].codes and "start_missing" in found[1].codes
    texts = [r.text for item in found for r in item.reasons if r.code.endswith("_missing")]
    assert texts[0].startswith("下转第3版，本期未找到接续部分") and texts[1].startswith(
        "上接第1版，本期未找到前文"
    )


# -- generated issues ------------------------------------------------------------------

ISSUE_SEEDS = range(40)


@pytest.mark.parametrize("seed", ISSUE_SEEDS[:10])
def test_every_page_of_a_generated_issue_has_its_characters_in_its_gold(seed):
    for layout in generate_issue(seed).pages.values():
        assert Counter(visible(layout.raw)) == gold_characters(layout.gold)


@pytest.mark.parametrize("seed", ISSUE_SEEDS[:5])
def test_the_parse_of_every_page_of_a_generated_issue_loses_and_invents_nothing(seed):
    for layout in generate_issue(seed).pages.values():
        assert lost_and_invented(layout.raw, parse_page(RawPage("p.txt", layout.raw))) == (
            Counter(),
            Counter(),
        )


def test_the_joins_of_generated_issues_are_the_whole_stories():
    stories = {s.id: s for s in load_corpus()}
    joins = [join for seed in ISSUE_SEEDS for join in generate_issue(seed).gold["joins"]]
    unjoined = [part for seed in ISSUE_SEEDS for part in generate_issue(seed).gold["unjoined"]]
    assert len(joins) > 40 and len(unjoined) > 10
    assert any("continued_from" in part for part in unjoined) and any(
        "continues_on" in part for part in unjoined
    )
    for join in joins:
        story = stories[join["id"]]
        text = re.sub(r"^本报讯(（[^）]*）)?", "", visible("".join(b["text"] for b in join["blocks"])))
        assert text == visible("".join(body for _, body in story.body))
        assert len(join["blocks"]) == len(story.body) and join["pages"][0] < join["pages"][1]


# -- the build ---------------------------------------------------------------------------

BUILT_ISSUE = 3  # a generated issue with a continued article joined and a part left alone


@pytest.fixture(scope="module")
def built_issue(tmp_path_factory) -> tuple[Path, dict]:
    """A generated issue built twice with the project's templates, and its gold."""
    repo = tmp_path_factory.mktemp("issue")
    shutil.copy(ROOT / "mkdocs.yml", repo / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", repo / "templates")
    generated = generate_issue(BUILT_ISSUE)
    make_issues.write_issue(repo / "sources" / "2024-01-03", generated, "2024-01-03")
    command = ["build", "--sources", str(repo / "sources"), "--docs", str(repo / "docs"), "--quiet"]
    assert main(command) == 0
    assert main(command) == 0
    return repo, generated.gold


def test_a_continued_article_is_one_page_listing_both_pages(built_issue):
    repo, gold = built_issue
    assert gold["joins"], "the issue must have a continued article"
    pages = {p: p.read_text(encoding="utf-8") for p in (repo / "docs" / "2024" / "01").glob("*.md")}
    for join in gold["joins"]:
        first, second = join["pages"]
        holding = [text for text in pages.values() if join["blocks"][-1]["text"][-12:] in visible(text)]
        assert len(holding) == 1, "the rest is published in the joined article only"
        front = yaml.safe_load(holding[0].split("---\n")[1])
        assert front["pages"] == [first, second] and front["page"] == first
        assert f"第{first}、{second}版" in holding[0]
        assert not re.search(r"[上下]\s*[接转]\s*第", holding[0])
        assert join["blocks"][0]["text"][-12:] in visible(holding[0])


def test_the_rest_is_not_published_and_its_id_stays_reserved(built_issue):
    repo, gold = built_issue
    record = BuildRecord.load(repo / "docs")
    recorded = [record.previous_parse(source) for source in record.sources]
    rests = [a.id for page in recorded for a in page.articles if a.continued_from]
    assert rests and all(not (repo / "docs" / "2024" / "01" / f"{rest}.md").exists() for rest in rests)
    published = list((repo / "docs" / "2024" / "01").glob("*.md"))
    parsed = sum(len(page.articles) for page in recorded)
    assert len(published) == parsed - len(gold["joins"])


def test_a_second_build_writes_nothing_and_warns_of_the_parts_left_alone(built_issue, capsys):
    repo, gold = built_issue
    command = ["build", "--sources", str(repo / "sources"), "--docs", str(repo / "docs"), "--quiet"]
    assert main(command) == 0
    out = capsys.readouterr()
    assert " 0 files written" in out.out and " 0 removed" in out.out
    assert gold["unjoined"], "the issue must have a part whose other page it lacks"
    assert out.err.count("kept as printed") >= len(gold["unjoined"])


def test_the_build_counts_the_articles_to_look_at_as_published(built_issue, capsys):
    """Reviews kept in the record are of each page file's own parse; a joined article is reviewed
    joined (its first part, alone, would be doubted for the rest it lacks)."""
    repo, _ = built_issue
    record = BuildRecord.load(repo / "docs")
    placed, _, _ = gather(repo / "sources", record, record.parser)
    published, _ = join_continued(placed)
    reviews = [found for item in published for found in review(item.page)]
    joined = [found for found in reviews if found.article.pages]
    assert joined and not any("rest_missing" in found.codes for found in joined)
    expected = sum(found.needs_look for found in reviews)
    command = ["build", "--sources", str(repo / "sources"), "--docs", str(repo / "docs"), "--quiet"]
    capsys.readouterr()
    assert main(command) == 0
    assert f"{expected} of {sum(len(item.page.articles) for item in published)} articles need a look" in (
        capsys.readouterr().out
    )


def test_a_first_part_arriving_later_joins_the_rest_without_a_correction(tmp_path, capsys):
    """The rest, published alone while its first page was missing, is the build's own page: when the
    first page comes, the page goes without being taken for an editor's withdrawal."""
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    generated = generate_issue(BUILT_ISSUE)
    folder = tmp_path / "sources" / "2024-01-03"
    make_issues.write_issue(folder, generated, "2024-01-03")
    (join,) = generated.gold["joins"]
    first = f"page-{join['pages'][0]}.txt"
    manifest = (folder / "issue.yml").read_text(encoding="utf-8")
    (folder / first).rename(tmp_path / first)
    (folder / "issue.yml").write_text(re.sub(rf"- file: {first}\n.*\n.*\n", "", manifest), encoding="utf-8")
    command = ["build", "--sources", str(tmp_path / "sources"), "--docs", str(tmp_path / "docs"), "--quiet"]
    assert main(command) == 0
    assert f"上接第{join['pages'][0]}版, but the issue has no such page" in capsys.readouterr().err
    (tmp_path / first).rename(folder / first)
    (folder / "issue.yml").write_text(manifest, encoding="utf-8")
    assert main(command) == 0
    out = capsys.readouterr().out
    assert " 1 removed" in out and "corrections" not in out
    assert not BuildRecord.load(tmp_path / "docs").corrections


def test_make_issues_writes_issue_folders_the_build_reads(tmp_path, capsys):
    assert make_issues.main([str(tmp_path), "--count", "2", "--seed", "5"]) == 0
    assert "wrote 2 issues" in capsys.readouterr().out
    issues = read_issues(tmp_path)
    assert [issue.key for issue in issues] == ["2024-01-03", "2024-01-10"]
    for issue in issues:
        assert (issue.folder / make_issues.JOINS).is_file()
        assert all((issue.folder / f"page-{page.number}.gold.yaml").is_file() for page in issue.pages)
