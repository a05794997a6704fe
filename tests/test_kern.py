"""The twenty-ninth layouter (tests/kern.py): conservation, a perfect self-score, determinism,
the spread of its conventions, its corpus, and its page-set tool."""

from __future__ import annotations

import csv
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from tests.goldtext import lead_sentence
from tests.kern import CONVENTIONS, HABITS, PAGE_CONVENTIONS, kern_page
from tests.selfscore import self_score, shortfalls
from tools import kern_pages
from tools.make_pages import load_articles

HERE = Path(__file__).resolve().parent
CORPORA = sorted((HERE / "corpus").glob("*.yaml"))
KERN = HERE / "corpus" / "kern.yaml"
ZONES = HERE.parent / "data" / "hitech_zones.tsv"
ARTICLE_TEXTS = ("kicker", "title", "subtitle", "dateline", "byline")
OTHER_CORPORA = ("platen.yaml", "fount.yaml", "proof.yaml", "bodkin.yaml", "desk.yaml")
KINDS = ("short", "news", "feature", "interview", "measures", "commentary", "photo")


def characters(text: str) -> str:
    """Text as compared: NFKC (undoing full-width and Kangxi look-alikes), no whitespace."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def gold_texts(gold: dict) -> list[str]:
    texts = list(gold["furniture"])
    for article in gold["articles"]:
        texts += [article[name] for name in ARTICLE_TEXTS]
        texts += [block["text"] for block in article["blocks"]]
        texts += [part for caption in article["captions"] for part in (caption["text"], caption["credit"])]
    return texts


def is_subsequence(needle: str, haystack: str) -> bool:
    rest = iter(haystack)
    return all(ch in rest for ch in needle)


@pytest.fixture(scope="module")
def kern_pages_laid_out() -> list[tuple[str, dict]]:
    articles = load_articles(KERN)
    return [kern_page(seed, articles) for seed in range(100)]


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda path: path.stem)
def test_every_character_lands_once_and_in_order(corpus: Path) -> None:
    articles = load_articles(corpus)
    for seed in range(12):
        raw, gold = kern_page(seed, articles)
        page = characters(raw)
        assert Counter(page) == Counter(characters("".join(gold_texts(gold)))), (corpus.stem, seed)
        for article in gold["articles"]:
            assert is_subsequence(characters("".join(b["text"] for b in article["blocks"])), page)


def test_gold_scores_perfect_against_itself(kern_pages_laid_out: list[tuple[str, dict]]) -> None:
    figures = self_score((gold, gold) for _, gold in kern_pages_laid_out)
    assert shortfalls(figures, also=("park_acc",)) == {}


def test_pages_hold_two_to_six_articles_with_lead_summaries(
    kern_pages_laid_out: list[tuple[str, dict]],
) -> None:
    for _, gold in kern_pages_laid_out:
        assert 2 <= len(gold["articles"]) <= 6
        assert all(a["lead_summary"] == lead_sentence(a["blocks"]) for a in gold["articles"])
        assert gold["extractor"] == gold["kern"]["extractor"] in PAGE_CONVENTIONS["extractor"]


def test_same_seed_same_page() -> None:
    articles = load_articles(KERN)
    assert kern_page(7, articles) == kern_page(7, articles)
    assert kern_page(7, articles)[0] != kern_page(8, articles)[0]


def test_every_convention_is_drawn_within_a_hundred_pages(
    kern_pages_laid_out: list[tuple[str, dict]],
) -> None:
    drawn: dict[str, set] = defaultdict(set)
    for _, gold in kern_pages_laid_out:
        for article in gold["articles"]:
            for name, value in article["kern"].items():
                drawn[name].add(value)
        for name in PAGE_CONVENTIONS:
            drawn[name].add(gold["kern"][name])
        drawn["habits"].update(gold["kern"]["habits"])
    for name, values in (CONVENTIONS | PAGE_CONVENTIONS | {"habits": HABITS}).items():
        assert drawn[name] == set(values), name
    assert drawn["measure"] == set(range(12, 20))


def test_corpus_is_thirty_new_articles_one_per_free_park() -> None:
    articles = load_articles(KERN)
    with open(ZONES, encoding="utf-8") as f:
        official = {row["official_name"] for row in csv.DictReader(f, delimiter="\t")}
    taken = {a["park"] for name in OTHER_CORPORA for a in load_articles(HERE / "corpus" / name)}
    parks = [a["park"] for a in articles]
    assert len(articles) == 30
    assert len(set(parks)) == 30
    assert set(parks) <= official - taken
    assert len(official - taken) >= 51
    assert {a["kind"] for a in articles} == set(KINDS)
    for article in articles:
        text = "".join(t.removeprefix("## ") for t in article["body"])
        assert 150 <= len(text) <= 1500, article["id"]
        assert article["summary"] and article["topics"] and article["authors"], article["id"]
    assert sum(a["kind"] == "short" for a in articles) >= 8
    assert all(sum(t.startswith("## ") for t in a["body"]) >= 3 for a in articles if a["kind"] == "feature")


def test_tool_writes_pages_and_gold(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert kern_pages.main([str(tmp_path / "set"), "--count", "3", "--seed", "3"]) == 0
    assert len(list((tmp_path / "set").glob("page-*.gold.yaml"))) == 3
    assert capsys.readouterr().out.startswith("wrote 3 pages")


@pytest.mark.parametrize("problem", ["bad_corpus", "out_is_file"])
def test_tool_refuses_in_one_line(problem: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    not_corpus = tmp_path / "not-a-corpus.yaml"
    not_corpus.write_text("just: text\n", encoding="utf-8")
    argv = (
        [str(tmp_path / "set"), "--corpus", str(not_corpus)] if problem == "bad_corpus" else [str(not_corpus)]
    )
    with pytest.raises(SystemExit) as stop:
        kern_pages.main(argv)
    assert stop.value.code == 2
    message = capsys.readouterr().err.strip().splitlines()[-1]
    assert message.startswith("usage:") is False and "error:" in message
