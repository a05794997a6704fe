"""The twenty-third layouter (tests/tympan.py): conservation, a perfect self-score, determinism,
the spread of its conventions, its corpus's parks, and its page-set tool."""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from tests.goldtext import lead_sentence
from tests.selfscore import self_score, shortfalls
from tests.tympan import CONVENTIONS, HABITS, MEASURES, PAGE_CONVENTIONS, ZONE_ROWS, tympan_page
from tools import tympan_pages
from tools.make_pages import load_articles

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
CORPORA = sorted(CORPUS_DIR.glob("*.yaml"))
TYMPAN = CORPUS_DIR / "tympan.yaml"
OTHER_HANDS = ("stick.yaml", "gutter.yaml", "slug.yaml", "frisket.yaml", "desk.yaml")
ARTICLE_TEXTS = ("kicker", "title", "subtitle", "dateline", "byline")


def characters(text: str) -> str:
    """Text as compared: NFKC (undoing small-form and vertical-form look-alikes), no whitespace."""
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
def tympan_pages_laid_out() -> list[tuple[str, dict]]:
    articles = load_articles(TYMPAN)
    return [tympan_page(seed, articles) for seed in range(100)]


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda path: path.stem)
def test_every_character_lands_once_and_in_order(corpus: Path) -> None:
    articles = load_articles(corpus)
    for seed in range(12):
        raw, gold = tympan_page(seed, articles)
        page = characters(raw)
        assert Counter(page) == Counter(characters("".join(gold_texts(gold)))), (corpus.stem, seed)
        for article in gold["articles"]:
            assert is_subsequence(characters("".join(b["text"] for b in article["blocks"])), page)


def test_gold_scores_perfect_against_itself(tympan_pages_laid_out: list[tuple[str, dict]]) -> None:
    figures = self_score((gold, gold) for _, gold in tympan_pages_laid_out)
    assert shortfalls(figures, also=("park_acc",)) == {}


def test_pages_hold_two_to_six_articles_with_lead_summaries(
    tympan_pages_laid_out: list[tuple[str, dict]],
) -> None:
    for _, gold in tympan_pages_laid_out:
        assert 2 <= len(gold["articles"]) <= 6
        assert all(a["lead_summary"] == lead_sentence(a["blocks"]) for a in gold["articles"])


def test_same_seed_same_page() -> None:
    articles = load_articles(TYMPAN)
    assert tympan_page(7, articles) == tympan_page(7, articles)
    assert tympan_page(7, articles)[0] != tympan_page(8, articles)[0]


def test_every_convention_is_drawn_within_a_hundred_pages(
    tympan_pages_laid_out: list[tuple[str, dict]],
) -> None:
    drawn: dict[str, set] = defaultdict(set)
    for _, gold in tympan_pages_laid_out:
        for article in gold["articles"]:
            for name, value in article["tympan"].items():
                drawn[name].add(value)
        for name in PAGE_CONVENTIONS:
            drawn[name].add(gold["tympan"][name])
        drawn["habits"].update(gold["tympan"]["habits"])
    for name, values in (CONVENTIONS | PAGE_CONVENTIONS | {"habits": HABITS}).items():
        assert drawn[name] == set(values), name
    single = {m for low, high in MEASURES.values() for m in range(low, high + 1)}
    assert single <= drawn["measure"] <= single | {2 * m + 1 for m in single}


def test_corpus_names_real_parks_no_other_hand_wrote_about() -> None:
    articles = load_articles(TYMPAN)
    parks = [a["park"] for a in articles]
    taken = {a["park"] for name in OTHER_HANDS for a in load_articles(CORPUS_DIR / name)}
    assert len(articles) == 30 and len(set(parks)) == 30
    assert set(parks) <= set(ZONE_ROWS)
    assert not set(parks) & taken
    for article in articles:
        size = len(article["title"]) + sum(len(p) for p in article["body"])
        assert 150 <= size <= 1500, article["id"]
        assert article["summary"] and article["authors"]


def test_tool_writes_pages_and_gold(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert tympan_pages.main([str(tmp_path / "set"), "--count", "3", "--seed", "3"]) == 0
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
        tympan_pages.main(argv)
    assert stop.value.code == 2
    message = capsys.readouterr().err.strip().splitlines()[-1]
    assert message.startswith("usage:") is False and "error:" in message
