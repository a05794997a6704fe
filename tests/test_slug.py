"""The nineteenth layouter (tests/slug.py) and its page-set tool."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

from tests.conservation import input_characters
from tests.goldtext import lead_sentence
from tests.selfscore import self_score, shortfalls
from tests.slug import CHOICES, PAGE_CHOICES, slug_page
from tools import slug_pages
from tools.make_pages import load_articles

CORPORA = sorted((Path(__file__).parent / "corpus").glob("*.yaml"))
SLUG_CORPUS = Path(__file__).parent / "corpus" / "slug.yaml"
SEEDS = range(100)
Laid = tuple[str, dict]  # a page's raw text and gold


def gold_texts(gold: dict) -> list[str]:
    texts = list(gold["furniture"])
    for article in gold["articles"]:
        texts += [article[name] for name in ("kicker", "title", "subtitle", "dateline", "byline")]
        texts += [block["text"] for block in article["blocks"]]
        texts += [part for c in article["captions"] for part in (c["text"], c["credit"], c["label"])]
    return texts


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def in_order(pieces: list[str], raw: str) -> bool:
    """The pieces' characters appear in the raw text in this order."""
    stream = iter(squeezed(raw))
    return all(ch in stream for ch in squeezed("".join(pieces)))


@pytest.fixture(scope="module")
def slug_pages_laid_out() -> list[Laid]:
    articles = load_articles(SLUG_CORPUS)
    return [slug_page(seed, articles) for seed in SEEDS]


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda path: path.stem)
def test_every_character_lands_once_and_in_order(corpus: Path) -> None:
    articles = load_articles(corpus)
    for seed in range(12):
        raw, gold = slug_page(seed, articles)
        assert input_characters(raw) == input_characters("".join(gold_texts(gold))), (corpus.stem, seed)
        for article in gold["articles"]:
            body = [block["text"] for block in article["blocks"]]
            assert body and in_order(body, raw), (corpus.stem, seed, article["id"])


def test_gold_scores_perfect_against_itself(slug_pages_laid_out: list[Laid]) -> None:
    figures = self_score((gold, gold) for _, gold in slug_pages_laid_out)
    assert shortfalls(figures, also=("park_acc",)) == {}


def test_pages_hold_two_to_six_articles_with_lead_summaries(slug_pages_laid_out: list[Laid]) -> None:
    for _, gold in slug_pages_laid_out:
        assert 2 <= len(gold["articles"]) <= 6
        for article in gold["articles"]:
            assert article["lead_summary"] and article["lead_summary"] == lead_sentence(article["blocks"])


def test_same_seed_same_page() -> None:
    articles = load_articles(SLUG_CORPUS)
    assert slug_page(42, articles) == slug_page(42, articles)
    assert slug_page(42, articles)[0] != slug_page(43, articles)[0]


def test_every_convention_is_drawn_within_a_hundred_pages(slug_pages_laid_out: list[Laid]) -> None:
    seen: dict[str, set[str]] = defaultdict(set)
    for _, gold in slug_pages_laid_out:
        for name, value in gold["slug"].items():
            seen[name].add(value)
        for article in gold["articles"]:
            for name, value in article["slug"].items():
                seen[name].add(value)
    for name, values in (CHOICES | PAGE_CHOICES).items():
        assert set(values) <= seen[name], (name, set(values) - seen[name])


def test_tool_writes_pages_and_gold(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert slug_pages.main([str(tmp_path / "set"), "--count", "3", "--seed", "3"]) == 0
    assert len(list((tmp_path / "set").glob("page-*.gold.yaml"))) == 3
    assert capsys.readouterr().out.startswith("wrote 3 pages")


@pytest.mark.parametrize("problem", ["not_a_corpus", "out_is_a_file"])
def test_tool_refuses_in_one_line(problem: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("- just\n- a list\n", encoding="utf-8")
    out = tmp_path / "out"
    if problem == "out_is_a_file":
        out.write_text("", encoding="utf-8")
    args = [str(out)] + (["--corpus", str(bad)] if problem == "not_a_corpus" else [])
    with pytest.raises(SystemExit) as stop:
        slug_pages.main(args)
    assert stop.value.code == 2
    message = capsys.readouterr().err.strip().splitlines()[-1]
    assert ("is not a corpus" if problem == "not_a_corpus" else "is a file") in message
