"""The lock-up layouter (tests/lockup.py) and its page-set tool (tools/lockup_pages.py)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from conservation import input_characters
from selfscore import self_score, shortfalls

from tests.lockup import CONVENTIONS, EXTRACTOR_HABITS, EXTRACTORS, NOTICES, lockup_page, read_down, set_lines
from tools import lockup_pages
from tools.make_pages import load_articles

CORPORA = sorted((Path(__file__).parent / "corpus").glob("*.yaml"))
OWN_CORPUS = load_articles(lockup_pages.DEFAULT_CORPUS)
SEEDS = range(100)
PAGES = [lockup_page(seed, OWN_CORPUS) for seed in SEEDS]


def gold_texts(gold: dict) -> list[str]:
    """Every text the gold places, each printed character once (a bracketed 本报讯 dateline
    is held at the head of the first paragraph, so it is not counted twice)."""
    texts = list(gold["furniture"]) + list(gold["unassigned"])
    for article in gold["articles"]:
        texts += [article[key] for key in ("kicker", "title", "subtitle", "byline")]
        if not article["lockup"]["dateline_in_body"]:
            texts.append(article["dateline"])
        texts += [block["text"] for block in article["blocks"]]
        texts += [part for caption in article["captions"] for part in (caption["text"], caption["credit"])]
    return texts


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda path: path.stem)
def test_every_printed_character_lands_once_in_the_gold(corpus: Path) -> None:
    articles = load_articles(corpus)
    for seed in range(15):
        raw, gold = lockup_page(seed, articles)
        assert input_characters(raw) == input_characters("".join(gold_texts(gold))), (corpus.stem, seed)


def test_the_gold_scores_perfectly_against_itself() -> None:
    figures = self_score((gold, gold) for _, gold in PAGES)
    assert shortfalls(figures, also=("park_acc",)) == {}


def test_a_seed_always_gives_the_same_page() -> None:
    assert lockup_page(7, OWN_CORPUS) == lockup_page(7, OWN_CORPUS)
    assert lockup_page(7, OWN_CORPUS) != lockup_page(8, OWN_CORPUS)


def test_every_gold_article_holds_its_lead_summary() -> None:
    for _, gold in PAGES:
        for article in gold["articles"]:
            first = next(b["text"] for b in article["blocks"] if b["type"] == "paragraph")
            assert first.startswith(article["lead_summary"])


@pytest.mark.parametrize("convention", sorted(CONVENTIONS))
def test_every_convention_value_is_drawn_within_a_hundred_pages(convention: str) -> None:
    drawn = {article["lockup"][convention] for _, gold in PAGES for article in gold["articles"]}
    assert drawn == set(CONVENTIONS[convention])


def test_every_extractor_habit_and_notice_is_drawn_within_a_hundred_pages() -> None:
    extractors = {gold["lockup"]["extractor"] for _, gold in PAGES}
    habits = {habit for _, gold in PAGES for habit in gold["lockup"]["habits"]}
    notices = {gold["lockup"]["notice"] for _, gold in PAGES}
    assert (extractors, habits, notices) == (set(EXTRACTORS), set(EXTRACTOR_HABITS), set(NOTICES))


@pytest.mark.parametrize(("per_line", "lines"), [(1, ["无", "人", "机"]), (2, ["无人", "机"])])
def test_a_vertical_title_reads_back_a_character_or_two_a_line(per_line: int, lines: list[str]) -> None:
    assert read_down("无人机", per_line) == lines


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("园区企业达到一百家，产值增长三成。", 8),
        ("他说：“我们要把平台建好”，并补充。", 7),
        ("项目总投资65亿元，达产后年产40亿颗。", 9),
        ("首批1200套人才公寓交付使用。", 3),
    ],
)
def test_lines_keep_kinsoku_and_never_split_a_figure(text: str, measure: int) -> None:
    lines = set_lines(text, measure)
    assert "".join(lines) == text
    assert not any(line[0] in "，。、；：？！”）》" for line in lines[1:])
    assert not any(line[-1] in "“（《" for line in lines[:-1])
    assert not any(a[-1].isdigit() and b[0].isdigit() for a, b in zip(lines, lines[1:]))


def test_the_tool_writes_the_pages(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert lockup_pages.main([str(tmp_path / "set"), "--count", "3", "--seed", "3"]) == 0
    assert len(list((tmp_path / "set").glob("page-*.txt"))) == 3
    assert len(list((tmp_path / "set").glob("page-*.gold.yaml"))) == 3
    assert capsys.readouterr().out.startswith("wrote 3 pages")


def test_the_tool_fails_with_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    a_file = tmp_path / "page.txt"
    a_file.write_text("x", encoding="utf-8")
    not_a_corpus = tmp_path / "notes.yaml"
    not_a_corpus.write_text("just: words\n", encoding="utf-8")
    for argv in ([str(a_file)], [str(tmp_path / "out"), "--corpus", str(not_a_corpus)]):
        with pytest.raises(SystemExit) as stop:
            lockup_pages.main(argv)
        assert stop.value.code == 2
        errors = [line for line in capsys.readouterr().err.splitlines() if "error" in line]
        assert len(errors) == 1


def test_pages_hold_between_two_and_six_stories() -> None:
    counts = Counter(len(gold["articles"]) for _, gold in PAGES)
    assert min(counts) >= 2 and max(counts) <= 6
