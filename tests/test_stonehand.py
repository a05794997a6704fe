"""The stone-hand layouter (tests/stonehand.py) and its page-set tool: every character of a
page is in its gold, the gold scores perfectly against itself, pages are reproducible, every
convention turns up, and the tool fails with one-line errors."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml
from conservation import input_characters
from selfscore import self_score, shortfalls
from stonehand import ARTICLE_CONVENTIONS, NOT_APPLIED, PAGE_CONVENTIONS, stonehand_page

from tools.make_pages import load_articles
from tools.stonehand_pages import main, page_seeds

CORPORA = sorted((Path(__file__).parent / "corpus").glob("*.yaml"))
STONEHAND = Path(__file__).parent / "corpus" / "stonehand.yaml"
GOLD_TEXT_FIELDS = ("kicker", "title", "subtitle", "dateline", "byline")


def gold_characters(gold: dict) -> Counter:
    texts = list(gold["furniture"])
    for article in gold["articles"]:
        texts += [article[name] for name in GOLD_TEXT_FIELDS]
        texts += [block["text"] for block in article["blocks"]]
        texts += [part for caption in article["captions"] for part in (caption["text"], caption["credit"])]
    return input_characters("".join(texts))


def is_subsequence(part: str, whole: str) -> bool:
    characters = iter(whole)
    return all(ch in characters for ch in part)


def without_space(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda path: path.stem)
def test_every_character_lands_in_the_gold_and_each_body_reads_in_order(corpus: Path) -> None:
    articles = {a["id"]: a for a in load_articles(corpus)}
    for seed in range(12):
        raw, gold = stonehand_page(seed, list(articles.values()))
        assert input_characters(raw) == gold_characters(gold)
        printed = without_space(raw)
        for article in gold["articles"]:
            body = without_space("".join(block["text"] for block in article["blocks"]))
            written = without_space("".join(p.lstrip("#") for p in articles[article["id"]]["body"]))
            assert is_subsequence(body, printed)
            assert is_subsequence(written, body)


def test_the_gold_scores_perfectly_against_itself() -> None:
    articles = load_articles(STONEHAND)
    pairs = [
        (gold, yaml.safe_load(yaml.safe_dump(gold, allow_unicode=True)))
        for _, gold in (stonehand_page(seed, articles) for seed in range(12))
    ]
    figures = self_score(pairs)
    assert shortfalls(figures, also=("park_acc", "topic_f1")) == {}
    assert figures["headline_space_errors"] == 0
    assert figures["summaries_over_120"] == 0


def test_the_same_seed_makes_the_same_page() -> None:
    articles = load_articles(STONEHAND)
    assert stonehand_page(7, articles) == stonehand_page(7, articles)
    assert stonehand_page(7, articles)[0] != stonehand_page(8, articles)[0]


def test_every_convention_value_is_drawn_within_a_hundred_pages() -> None:
    articles = load_articles(STONEHAND)
    seen: dict[str, set] = {name: set() for name in ARTICLE_CONVENTIONS | PAGE_CONVENTIONS}
    for seed in page_seeds(0, 100):
        _, gold = stonehand_page(seed, articles)
        for name in PAGE_CONVENTIONS:
            seen[name].add(gold["stonehand"][name])
        for article in gold["articles"]:
            for name in ARTICLE_CONVENTIONS:
                seen[name].add(article["stonehand"][name])
    for name, values in (ARTICLE_CONVENTIONS | PAGE_CONVENTIONS).items():
        assert seen[name] - {NOT_APPLIED} == set(values), name


def test_every_corpus_article_is_valid_and_summarised_briefly() -> None:
    articles = load_articles(STONEHAND)
    assert len(articles) >= 30
    assert len({a["id"] for a in articles}) == len(articles)
    assert all(len(a["summary"]) <= 120 for a in articles)


def test_the_tool_writes_pages_and_gold(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main([str(tmp_path / "set"), "--count", "3", "--seed", "3"]) == 0
    assert len(list((tmp_path / "set").glob("page-*.txt"))) == 3
    assert len(list((tmp_path / "set").glob("page-*.gold.yaml"))) == 3
    assert capsys.readouterr().out.startswith("wrote 3 pages")


@pytest.mark.parametrize("problem", ["out_is_a_file", "bad_corpus"])
def test_the_tool_fails_with_a_one_line_error(
    problem: str, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    not_a_folder = tmp_path / "page.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    not_a_corpus = tmp_path / "corpus.yaml"
    not_a_corpus.write_text("- just a list\n", encoding="utf-8")
    argv = (
        [str(not_a_folder)]
        if problem == "out_is_a_file"
        else [str(tmp_path / "out"), "--corpus", str(not_a_corpus)]
    )
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    message = [line for line in capsys.readouterr().err.splitlines() if "error:" in line]
    assert len(message) == 1
