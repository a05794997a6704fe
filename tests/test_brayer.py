"""The twenty-fourth layouter (tests/brayer.py): conservation, a perfect self-score, determinism,
the spread of its conventions, its corpus's parks, and its page-set tool."""

from __future__ import annotations

import csv
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import yaml

from tests.brayer import CONVENTIONS, HABITS, PAGE_CONVENTIONS, brayer_page
from tests.goldtext import lead_sentence
from tests.selfscore import self_score, shortfalls
from tools import brayer_pages
from tools.make_pages import load_articles

HERE = Path(__file__).resolve().parent
CORPORA = sorted((HERE / "corpus").glob("*.yaml"))
BRAYER = HERE / "corpus" / "brayer.yaml"
ZONES = HERE.parent / "data" / "hitech_zones.tsv"
ARTICLE_TEXTS = ("kicker", "title", "subtitle", "dateline", "byline")
OTHER_HANDS = ("stick.yaml", "gutter.yaml", "slug.yaml", "frisket.yaml", "tympan.yaml", "desk.yaml")


def characters(text: str) -> str:
    """Text as compared: NFKC (undoing full-width and look-alike forms), no whitespace."""
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


def zone_of() -> dict[str, str]:
    """Every official name, short name and alias of a zone to its official name."""
    with open(ZONES, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return {
        name: row["official_name"]
        for row in rows
        for name in [row["official_name"], row["short_name"], *row["common_aliases"].split("|")]
        if name
    }


@pytest.fixture(scope="module")
def brayer_pages_laid_out() -> list[tuple[str, dict]]:
    articles = load_articles(BRAYER)
    return [brayer_page(seed, articles) for seed in range(100)]


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda path: path.stem)
def test_every_character_lands_once_and_in_order(corpus: Path) -> None:
    articles = load_articles(corpus)
    for seed in range(12):
        raw, gold = brayer_page(seed, articles)
        page = characters(raw)
        assert Counter(page) == Counter(characters("".join(gold_texts(gold)))), (corpus.stem, seed)
        for article in gold["articles"]:
            assert is_subsequence(characters("".join(b["text"] for b in article["blocks"])), page)


def test_gold_scores_perfect_against_itself(brayer_pages_laid_out: list[tuple[str, dict]]) -> None:
    figures = self_score((gold, gold) for _, gold in brayer_pages_laid_out)
    assert shortfalls(figures, also=("park_acc",)) == {}


def test_gold_has_the_sample_gold_keys(brayer_pages_laid_out: list[tuple[str, dict]]) -> None:
    with open(HERE / "gold" / "park-page-2021-01.gold.yaml", encoding="utf-8") as f:
        sample = yaml.safe_load(f)
    wanted = set(sample["articles"][0]) - {"title_alternatives"}
    for _, gold in brayer_pages_laid_out:
        assert set(sample) <= set(gold)
        for article in gold["articles"]:
            assert wanted <= set(article)
            assert all(set(caption) == {"text", "credit"} for caption in article["captions"])
            assert all(block["type"] in ("paragraph", "heading") for block in article["blocks"])


def test_pages_hold_two_to_six_articles_with_lead_summaries(
    brayer_pages_laid_out: list[tuple[str, dict]],
) -> None:
    for _, gold in brayer_pages_laid_out:
        assert 2 <= len(gold["articles"]) <= 6
        assert all(a["lead_summary"] == lead_sentence(a["blocks"]) for a in gold["articles"])


def test_same_seed_same_page() -> None:
    articles = load_articles(BRAYER)
    assert brayer_page(7, articles) == brayer_page(7, articles)
    assert brayer_page(7, articles)[0] != brayer_page(8, articles)[0]


def test_every_convention_is_drawn_within_a_hundred_pages(
    brayer_pages_laid_out: list[tuple[str, dict]],
) -> None:
    drawn: dict[str, set] = defaultdict(set)
    for _, gold in brayer_pages_laid_out:
        for article in gold["articles"]:
            for name, value in article["brayer"].items():
                drawn[name].add(value)
        for name in PAGE_CONVENTIONS:
            drawn[name].add(gold["brayer"][name])
        drawn["habits"].update(gold["brayer"]["habits"])
    for name, values in (CONVENTIONS | PAGE_CONVENTIONS | {"habits": HABITS}).items():
        assert drawn[name] == set(values), name
    assert drawn["measure"] == set(range(12, 24))


def test_corpus_parks_are_real_and_new() -> None:
    zones = zone_of()
    articles = load_articles(BRAYER)
    assert len(articles) == 30
    parks = [zones[article["park"]] for article in articles]
    elsewhere = {
        zones[park]
        for name in OTHER_HANDS
        for article in load_articles(HERE / "corpus" / name)
        for park in [article["park"], *article.get("parks", [])]
    }
    assert not set(parks) & elsewhere
    # Only 24 zones are named by none of those corpora: every one of them is here, none more than twice
    assert set(parks) == set(zones.values()) - elsewhere
    assert max(Counter(parks).values()) <= 2
    for article in articles:
        body = "".join(article["body"])
        assert 150 <= len(body) <= 1500, article["id"]


def test_tool_writes_pages_and_gold(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert brayer_pages.main([str(tmp_path / "set"), "--count", "3", "--seed", "3"]) == 0
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
        brayer_pages.main(argv)
    assert stop.value.code == 2
    message = capsys.readouterr().err.strip().splitlines()[-1]
    assert message.startswith("usage:") is False and "error:" in message
