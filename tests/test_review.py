"""The review list (digest/editorial/review.py): each piece of evidence flags what it should and a
clean article nothing; `build_digest.py review` lists the sample build worst first, each with the
docs/ file and line to open, and a corrected article leaves the list. Through digest.cli.main."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from sitedata import project_copy

from digest.cli import main
from digest.editorial.record import BuildRecord
from digest.editorial.review import THRESHOLD, review
from digest.models import Article, Author, Block, Page

SOURCE = "sources/2021-01/park-page-2021-01.txt"

BODY = (
    "本报讯（记者 孙悦 通讯员 钱晨）南京高新区近日出台新一轮人才引育政策，围绕顶尖人才、领军人才、"
    "青年人才等不同层次人才，推出住房、子女入学、项目资助等支持措施。对顶尖人才团队带项目落户的，"
    "最高给予1000万元项目资助。",
    "南京高新区有关负责人表示，新政突出“以产引才、以才兴产”，重点支持集成电路、生物医药、"
    "人工智能等主导产业引进人才，对企业引进的高层次人才给予薪酬补贴。",
    "据介绍，南京高新区今年以来已累计引进各类人才1.2万人，新增博士后工作站5家。新政实施后，"
    "预计每年可新增引进各类人才2万人以上。",
)


def clean(**changes) -> Article:
    """A news item as a good parse gives it: dateline, authors, a headline in its body's words."""
    article = Article(
        id="a1",
        title="南京高新区推出人才新政 最高给予1000万元项目资助",
        dateline="本报讯（记者 孙悦 通讯员 钱晨）",
        authors=[Author("孙悦", "记者"), Author("钱晨", "通讯员")],
        blocks=[Block("paragraph", text) for text in BODY],
        park="南京高新技术产业开发区",
        summary="南京高新区今年以来已累计引进各类人才1.2万人，新增博士后工作站5家。",
    )
    return replace(article, **changes)


def codes(article: Article, *others: Article, unassigned: tuple[str, ...] = ()) -> tuple[str, ...]:
    page = Page("p.txt", unassigned=list(unassigned), articles=[article, *others])
    return review(page)[0].codes


def test_a_clean_article_has_nothing_against_it():
    item = review(Page("p.txt", articles=[clean()]))[0]
    assert item.codes == () and item.confidence == 1.0


FEATURE = {"dateline": "", "blocks": [Block("paragraph", t) for t in BODY[1:]] * 3}
PEOPLE = [Author("孙悦", "记者")]


@pytest.mark.parametrize(
    "code, changes",
    [
        ("title_no_shared_word", {"title": "桂林餐饮店明厨亮灶顾客扫码看后厨"}),
        ("title_few_shared_words", {"title": "南京出台桂林餐饮店明厨亮灶顾客扫码看后厨"}),
        ("no_title", {"title": ""}),
        ("subject_only", {"title": "", "dateline": "", "authors": [], "blocks": FEATURE["blocks"]}),
        ("title_odd_length", {"title": "南京人才"}),
        ("title_reads_like_body", {"title": "南京高新区近日出台新一轮人才引育政策。"}),
        ("title_reads_like_body", {"title": "在南京高新区，围绕顶尖人才"}),
        ("title_is_body_text", {"title": "推出住房、子女入学、项目资助等支持措施"}),
        ("title_other_park", {"title": "苏州高新区推出人才新政 最高给予1000万元项目资助"}),
        ("byline_by_position", {**FEATURE, "byline": "本报记者 孙悦", "authors": PEOPLE}),
        ("byline_name_dropped", {**FEATURE, "byline": "努尔兰 孙悦", "authors": [Author("孙悦")]}),
        ("two_author_sources", {"byline": "本报记者 马骏", "authors": [*PEOPLE, Author("马骏", "记者")]}),
        ("news_without_authors", {"dateline": "本报讯", "authors": []}),
        ("dateline_in_body", {"dateline": "", "authors": []}),
        ("feature_without_authors", {**FEATURE, "authors": []}),
        (
            "starts_mid_sentence",
            {"dateline": "", "blocks": [Block("paragraph", "的人才引育政策。" + BODY[1])]},
        ),
        ("starts_mid_sentence", {"dateline": "", "blocks": [Block("paragraph", "资助意向。" + BODY[1])]}),
        ("no_sentence_end", {"blocks": [Block("paragraph", BODY[0]), Block("paragraph", BODY[1][:-1])]}),
        (
            "second_dateline",
            {"blocks": [*clean().blocks, Block("paragraph", "本报讯（记者 马骏）苏州高新区日前发布。")]},
        ),
        (
            "stray_short_paragraph",
            {
                "blocks": [
                    Block("paragraph", BODY[0]),
                    Block("paragraph", "一台泵车的智能蝶变"),
                    Block("paragraph", BODY[1]),
                ]
            },
        ),
        ("very_short", {"blocks": [Block("paragraph", BODY[0])]}),
        ("very_long", {"blocks": [Block("paragraph", BODY[0] + BODY[1] * 40)]}),
        ("summary_fell_back", {"summary": "南京高新区有关负责人表示，新政突出“以产引才、以才兴产”。"}),
        (
            "park_one_mention",
            {
                "title": "人才新政最高给予1000万元项目资助",
                "blocks": [
                    Block(
                        "paragraph",
                        BODY[0]
                        + BODY[1].replace("南京高新区", "园区")
                        + BODY[2].replace("南京高新区", "园区"),
                    )
                ],
            },
        ),
        (
            "parks_tied",
            {"blocks": [*clean().blocks, Block("paragraph", "苏州高新区、苏州高新区和苏州高新区也将跟进。")]},
        ),
    ],
)
def test_each_piece_of_evidence(code, changes):
    assert code in codes(clean(**changes))


CLEAR = {"start": "dateline", "end": "dateline", "headline": "content", "byline": "none"}


@pytest.mark.parametrize(
    "code, recorded",
    [
        ("boundary_by_subject", {"start": "subject_change"}),
        ("boundary_by_subject", {"end": "column_change"}),
        ("start_after_end", {"start": "previous_end"}),
        ("headline_by_position", {"headline": "position"}),
        ("headline_left_over", {"headline": "leftover"}),
        ("headline_first_line", {"headline": "first_line"}),
        ("byline_by_distance", {"byline": "nearest"}),
    ],
)
def test_each_piece_of_recorded_evidence(code, recorded):
    assert codes(clean(evidence={**CLEAR, **recorded})) == (code,)


def test_recorded_evidence_replaces_the_inferred_boundary():
    unmarked = {"title": "", "dateline": "", "authors": [], "blocks": FEATURE["blocks"]}
    assert "subject_only" in codes(clean(**unmarked))  # a parse stored before evidence was recorded
    recorded = codes(clean(**unmarked, evidence={**CLEAR, "start": "headline", "headline": "none"}))
    assert "subject_only" not in recorded and "no_title" in recorded
    assert codes(clean(evidence=CLEAR)) == ()


def test_page_evidence_unassigned_text_and_a_spare_byline():
    lonely = clean(id="a2", **FEATURE, authors=[])
    assert "unassigned_names" in codes(lonely, unassigned=("刘佳琪 马骏",))
    assert "unassigned_headline" in codes(clean(title=""), unassigned=("一台泵车的智能蝶变",))
    assert "unassigned_text" in codes(
        clean(), unassigned=("这段文字没有找到它的文章，读来像是正文的一部分。",)
    )
    spare = clean(byline="本报记者 马骏", authors=[*PEOPLE, Author("马骏", "记者")])
    assert "byline_to_spare" in codes(lonely, spare)
    assert "byline_to_spare" not in codes(lonely, clean())


def test_confidence_falls_with_each_reason_and_stays_in_range():
    one = review(Page("p.txt", articles=[clean(title="")]))[0]
    two = review(Page("p.txt", articles=[clean(title="", authors=[], dateline="本报讯")]))[0]
    assert 0.0 <= two.confidence < one.confidence < 1.0
    assert two.needs_look == (two.confidence < THRESHOLD)
    assert all(" " in reason.text and re.search(r"[\u4e00-\u9fff]", reason.text) for reason in two.reasons)


# -- the command ---------------------------------------------------------------------

LISTED = re.compile(r"^(\d\.\d\d)  (\S+\.md):(\d+)  (.+)  \[(sources/\S+)\]$")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    repo = project_copy(tmp_path_factory.mktemp("built"))
    assert main(["build", "--sources", str(repo / "sources"), "--docs", str(repo / "docs"), "--quiet"]) == 0
    return repo


def run_review(repo: Path, capsys, *extra: str) -> tuple[int, list[str], str]:
    capsys.readouterr()
    code = main(["review", "--sources", str(repo / "sources"), "--docs", str(repo / "docs"), *extra])
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err


def entries(lines: list[str]) -> list[re.Match]:
    return [m for m in map(LISTED.match, lines) if m]


def test_review_lists_the_build_worst_first_with_file_and_line(repo, capsys):
    code, out, err = run_review(repo, capsys, "--limit", "0")
    listed = entries(out)
    assert code == 0 and len(listed) == 6
    assert all(LISTED.match(line) or line.startswith("      - ") for line in out)
    confidences = [float(m.group(1)) for m in listed]
    assert confidences == sorted(confidences)
    for m in listed:
        page = Path(m.group(2))
        assert page.is_file() and page.read_text(encoding="utf-8").splitlines()[int(m.group(3)) - 1] == (
            f"# {m.group(4)}"
        )
    assert re.search(r"\d+ of 6 articles need a look .* 0 corrected by editors left out", err)
    code, out, _ = run_review(repo, capsys, "--limit", "2", "--issue", "2021-01")
    assert code == 0 and len(entries(out)) == 2


def test_a_corrected_article_leaves_the_list(repo, capsys):
    first = BuildRecord.load(repo / "docs").previous_parse(SOURCE).articles[0]
    page = repo / "docs" / "2021" / "01" / f"{first.id}.md"
    page.write_text(
        page.read_text(encoding="utf-8").replace("\n\n", "\n\n编者按：本文有删节。\n\n", 1), "utf-8"
    )
    assert main(["build", "--sources", str(repo / "sources"), "--docs", str(repo / "docs"), "--quiet"]) == 0
    code, out, err = run_review(repo, capsys, "--limit", "0")
    assert code == 0 and len(entries(out)) == 5
    assert all(first.id not in m.group(2) for m in entries(out))
    assert "1 corrected by editors left out" in err


def test_review_usage_and_failures(tmp_path, capsys):
    assert main(["review", "--docs", str(tmp_path / "docs"), "--sources", str(tmp_path)]) == 1
    assert "no build record" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["review", "--limit", "many"])
    assert exit_.value.code == 2
