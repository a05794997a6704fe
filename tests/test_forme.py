"""The forme layouter: its pages keep every character of their articles in order, its gold
scores perfectly against itself, and each of its conventions turns up."""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from tests.conservation import input_characters
from tests.forme import (
    BANNER_ENDS,
    CLOSING,
    CONVENTIONS,
    OPENING,
    PAGE_CONVENTIONS,
    forme_page,
    heading_text,
    wrap,
    zone_provinces,
)
from tests.selfscore import self_score, shortfalls
from tools.forme_pages import main, page_seeds
from tools.make_pages import load_articles

CORPUS_DIR = Path(__file__).parent / "corpus"
CORPORA = sorted(CORPUS_DIR.glob("*.yaml"))
FORME = CORPUS_DIR / "forme.yaml"
TRY_SEEDS = range(1, 101)


def plain(text: str) -> str:
    """Text as the scorer compares it: NFKC, no whitespace, no zero-width spaces."""
    folded = unicodedata.normalize("NFKC", text).replace("\u200b", "")
    return "".join(ch for ch in folded if not ch.isspace())


def is_subsequence(part: str, whole: str) -> bool:
    rest = iter(whole)
    return all(ch in rest for ch in part)


def article_pieces(article: dict) -> list[str]:
    """The gold texts of an article in printed order: headlines, then the body."""
    heads = "".join(article[key] for key in ("kicker", "title", "subtitle"))
    return [heads, "".join(block["text"] for block in article["blocks"])]


def gold_text(article: dict) -> str:
    captions = "".join(c["text"] + c["credit"] for c in article["captions"])
    return "".join(article_pieces(article)) + article["dateline"] + article["byline"] + captions


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda path: path.stem)
def test_every_article_text_lands_on_the_page_in_order(corpus: Path) -> None:
    articles = load_articles(corpus)
    for seed in range(1, 9):
        raw, gold = forme_page(seed, articles)
        page = plain(raw)
        assert input_characters(plain("".join(gold_text(a) for a in gold["articles"]))) <= Counter(page)
        for article in gold["articles"]:
            for piece in article_pieces(article):
                assert is_subsequence(plain(piece), page), (corpus.name, seed, article["id"])


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda path: path.stem)
def test_whole_articles_keep_every_paragraph(corpus: Path) -> None:
    by_id = {a["id"]: a for a in load_articles(corpus)}
    for seed in range(1, 9):
        _, gold = forme_page(seed, list(by_id.values()))
        for article in gold["articles"]:
            if article["forme"]["jump"] != "none":
                continue
            body = plain("".join(block["text"] for block in article["blocks"]))
            for paragraph in by_id[article["id"]]["body"]:
                assert plain(paragraph.removeprefix("## ")) in body


def test_gold_scores_perfectly_against_itself() -> None:
    articles = load_articles(FORME)
    pairs = [forme_page(seed, articles)[1] for seed in page_seeds(7, 40)]
    assert shortfalls(self_score((gold, gold) for gold in pairs), also=("park_acc",)) == {}


def test_same_seed_same_page() -> None:
    articles = load_articles(FORME)
    assert forme_page(42, articles) == forme_page(42, articles)
    assert forme_page(42, articles) != forme_page(43, articles)


def test_every_convention_turns_up_within_a_hundred_pages() -> None:
    articles = load_articles(FORME)
    seen: dict[str, set[str]] = {key: set() for key in CONVENTIONS | PAGE_CONVENTIONS}
    for seed in TRY_SEEDS:
        _, gold = forme_page(seed, articles)
        for key in PAGE_CONVENTIONS:
            seen[key].add(gold["forme"][key])
        for article in gold["articles"]:
            for key in CONVENTIONS:
                seen[key].add(article["forme"][key])
    assert {key: set(values) for key, values in (CONVENTIONS | PAGE_CONVENTIONS).items()} == seen


def test_corpus_is_large_varied_and_summarised() -> None:
    articles = load_articles(FORME)
    assert len(articles) >= 30
    assert len({a["park"] for a in articles}) >= 12
    assert all(len(a["summary"]) <= 120 and a["body"] for a in articles)


def test_gold_articles_hold_their_lead_summary() -> None:
    _, gold = forme_page(5, load_articles(FORME))
    assert all(article["lead_summary"] for article in gold["articles"])


@pytest.mark.parametrize(
    ("make_argv", "message"),
    [
        (lambda tmp: [str(tmp / "out"), "--corpus", str(tmp / "bad.yaml")], "is not a corpus"),
        (lambda tmp: [str(tmp / "taken"), "--count", "1"], "is a file, not a folder"),
    ],
    ids=["bad corpus", "out is a file"],
)
def test_tool_refuses_with_one_line(tmp_path: Path, capsys, make_argv, message: str) -> None:
    (tmp_path / "bad.yaml").write_text("just: text\n", encoding="utf-8")
    (tmp_path / "taken").write_text("", encoding="utf-8")
    with pytest.raises(SystemExit):
        main(make_argv(tmp_path))
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert message in error


def test_tool_writes_page_pairs(tmp_path: Path) -> None:
    assert main([str(tmp_path), "--count", "2", "--seed", "5"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "page-001.gold.yaml",
        "page-001.txt",
        "page-002.gold.yaml",
        "page-002.txt",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "园区企业从海藻中提取的岩藻多糖，已出口到十多个国家。",
        "“拿地即开工”，审批时间压缩到最快1天。",
        "他说：“这是第一次。”企业负责人也说：“值得。”",
    ],
)
@pytest.mark.parametrize("width", [5, 7, 9])
def test_no_line_opens_on_closing_punctuation_or_ends_on_an_opening_mark(text: str, width: int) -> None:
    lines = wrap(text, width, width - 2)
    assert "".join(lines) == text
    assert not any(line[0] in CLOSING for line in lines[1:])
    assert not any(line[-1] in OPENING for line in lines[:-1])


@pytest.mark.parametrize(
    ("text", "style", "printed"),
    [
        ("做强蓝色药库", "numbered", "（三）做强蓝色药库"),
        ("一、做强蓝色药库", "numbered", "一、做强蓝色药库"),
        ("做强蓝色药库", "square_run_in", "■做强蓝色药库"),
        ("做强蓝色药库", "bracket_run_in", "【做强蓝色药库】"),
        ("做强蓝色药库", "plain", "做强蓝色药库"),
    ],
)
def test_subheadings_as_printed(text: str, style: str, printed: str) -> None:
    assert heading_text(text, style, 2) == printed


def test_a_province_banner_stands_over_two_stories_of_that_province() -> None:
    articles = load_articles(FORME)
    banners = 0
    for seed in TRY_SEEDS:
        _, gold = forme_page(seed, articles)
        banner = gold["forme"]["banner_text"]
        if not banner.endswith(BANNER_ENDS):
            continue
        banners += 1
        middle = len(gold["articles"]) // 2
        pair = gold["articles"][middle - 1 : middle + 1]
        assert {zone_provinces()[article["park"]] for article in pair} == {banner.split("高新区")[0]}
    assert banners
