"""The chase layouter (tests/chase.py) and its page-set tool (tools/chase_pages.py)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.chase import (
    CAPTIONS,
    EXTRACTORS,
    HEADINGS,
    HEADLINES,
    JUMPS,
    NEWS_CREDITS,
    OTHER_CREDITS,
    broken_lines,
    chase_page,
    spaced_digits,
)
from tests.conservation import input_characters
from tests.selfscore import self_score, shortfalls
from tools.chase_pages import main
from tools.make_pages import load_articles

CORPORA = sorted((Path(__file__).parent / "corpus").glob("*.yaml"))
CHASE = Path(__file__).parent / "corpus" / "chase.yaml"
SEEDS = range(40)


def gold_characters(gold: dict) -> Counter:
    """Every character the gold places: page furniture and each article's printed fields."""
    texts = list(gold["furniture"])
    for article in gold["articles"]:
        texts += [article[k] for k in ("kicker", "title", "subtitle", "dateline", "byline")]
        texts += [b["text"] for b in article["blocks"]]
        texts += [part for c in article["captions"] for part in (c["text"], c["credit"])]
    return input_characters("".join(texts))


def is_subsequence(needle: str, haystack: str) -> bool:
    rest = iter(haystack)
    return all(ch in rest for ch in needle)


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.stem)
def test_gold_places_every_character_of_the_page(corpus: Path) -> None:
    articles = load_articles(corpus)
    for seed in range(12):
        raw, gold = chase_page(seed, articles)
        assert input_characters(raw) == gold_characters(gold), (corpus.stem, seed)


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.stem)
def test_whole_articles_land_in_order(corpus: Path) -> None:
    articles = {a["id"]: a for a in load_articles(corpus)}
    for seed in range(12):
        raw, gold = chase_page(seed, list(articles.values()))
        page = "".join(input_characters.__globals__["ordinary_forms"](raw).split())
        for placed in gold["articles"]:
            if placed["chase"]["jump"] == "none":
                body = "".join(t for t in articles[placed["id"]]["body"] if not t.startswith("## "))
                assert is_subsequence("".join(body.split()), page), (corpus.stem, seed, placed["id"])


def test_gold_scores_perfect_against_itself() -> None:
    articles = load_articles(CHASE)
    pairs = [(gold, gold) for gold in (chase_page(seed, articles)[1] for seed in SEEDS)]
    assert shortfalls(self_score(pairs), also=("park_acc",)) == {}


def test_same_seed_same_page() -> None:
    articles = load_articles(CHASE)
    assert chase_page(1234, articles) == chase_page(1234, articles)
    assert chase_page(1234, articles)[0] != chase_page(1235, articles)[0]


def test_every_convention_is_drawn_within_a_hundred_pages() -> None:
    articles = load_articles(CHASE)
    seen: dict[str, set] = {}
    for seed in range(1000, 1100):
        _, gold = chase_page(seed, articles)
        for key, value in gold["chase"].items():
            seen.setdefault(f"page.{key}", set()).add(value)
        for article in gold["articles"]:
            for key, value in article["chase"].items():
                seen.setdefault(key, set()).add(value)
    assert seen["page.extractor"] == set(EXTRACTORS)
    assert seen["headline"] >= set(HEADLINES)
    assert seen["credit"] >= set(NEWS_CREDITS) | set(OTHER_CREDITS)
    assert seen["headings"] >= set(HEADINGS)
    assert seen["caption"] >= set(CAPTIONS)
    assert seen["jump"] == set(JUMPS)
    for flag in (
        "qr",
        "page.digit_spaces",
        "page.trailing_spaces",
        "page.footer_mid",
        "page.no_break_spaces",
    ):
        assert seen[flag] == {True, False}, flag


def test_every_article_holds_its_lead_sentence() -> None:
    _, gold = chase_page(7, load_articles(CHASE))
    for article in gold["articles"]:
        first = next((b["text"] for b in article["blocks"] if b["type"] == "paragraph"), "")
        assert first.startswith(article["lead_summary"])


@pytest.mark.parametrize(
    ("text", "measure", "lines"),
    [
        ("园区企业达到一百家。", 9, ["园区企业达到一百家。"]),
        ("甲乙丙丁，戊己", 4, ["甲乙丙丁，", "戊己"]),
        ("甲乙丙“丁戊”", 4, ["甲乙丙", "“丁戊”"]),
        ("提高到90%以上", 5, ["提高到90%", "以上"]),
    ],
)
def test_lines_keep_kinsoku(text: str, measure: int, lines: list[str]) -> None:
    assert broken_lines(text, measure) == lines


@pytest.mark.parametrize(
    ("line", "spaced"), [("2015年的22名", "2015 年的 22 名"), ("400P算力", "400P算力"), ("第5版", "第 5 版")]
)
def test_digits_spaced_from_ideographs(line: str, spaced: str) -> None:
    assert spaced_digits(line) == spaced


def test_tool_writes_pages(tmp_path: Path) -> None:
    assert main([str(tmp_path / "out"), "--count", "2", "--seed", "5"]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "page-001.gold.yaml",
        "page-001.txt",
        "page-002.gold.yaml",
        "page-002.txt",
    ]


@pytest.mark.parametrize("case", ["bad_corpus", "out_is_file"])
def test_tool_errors_in_one_line(case: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out, corpus = tmp_path / "out", CHASE
    if case == "bad_corpus":
        corpus = tmp_path / "bad.yaml"
        corpus.write_text("just: text\n", encoding="utf-8")
    else:
        out.write_text("", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main([str(out), "--corpus", str(corpus)])
    assert exit_.value.code == 2
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert error.startswith("python -m tools.chase_pages: error:")
