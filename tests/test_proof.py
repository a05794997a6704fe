"""The twenty-seventh layouter (tests/proof.py): conservation, a perfect self-score, determinism,
the spread of its conventions, its corpus's parks, and its page-set tool."""

from __future__ import annotations

import csv
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import yaml

from tests.goldtext import lead_sentence
from tests.proof import CONVENTIONS, HABITS, PAGE_CONVENTIONS, proof_page
from tests.selfscore import self_score, shortfalls
from tools import proof_pages
from tools.make_pages import load_articles

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
CORPORA = sorted(CORPUS_DIR.glob("*.yaml"))
PROOF = CORPUS_DIR / "proof.yaml"
ZONES = Path(__file__).resolve().parent.parent / "data" / "hitech_zones.tsv"
OTHER_CORPORA = ("tympan.yaml", "brayer.yaml", "platen.yaml", "fount.yaml", "desk.yaml")
ARTICLE_TEXTS = ("kicker", "title", "subtitle", "dateline", "byline")
GOLD_KEYS = {
    "id",
    "park",
    "title",
    "subtitle",
    "dateline",
    "authors",
    "byline",
    "blocks",
    "captions",
    "topics",
    "summary",
    "lead_summary",
}


def characters(text: str) -> str:
    """Text as compared: NFKC (undoing full-width look-alikes), no whitespace."""
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
def proof_pages_laid_out() -> list[tuple[str, dict]]:
    articles = load_articles(PROOF)
    return [proof_page(seed, articles) for seed in range(100)]


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda path: path.stem)
def test_every_character_lands_once_and_in_order(corpus: Path) -> None:
    articles = load_articles(corpus)
    for seed in range(12):
        raw, gold = proof_page(seed, articles)
        page = characters(raw)
        assert Counter(page) == Counter(characters("".join(gold_texts(gold)))), (corpus.stem, seed)
        for article in gold["articles"]:
            assert is_subsequence(characters("".join(b["text"] for b in article["blocks"])), page)


def test_gold_scores_perfect_against_itself(proof_pages_laid_out: list[tuple[str, dict]]) -> None:
    figures = self_score((gold, gold) for _, gold in proof_pages_laid_out)
    assert shortfalls(figures, also=("park_acc",)) == {}


def test_gold_has_the_sample_pages_keys(proof_pages_laid_out: list[tuple[str, dict]]) -> None:
    for _, gold in proof_pages_laid_out:
        assert gold["extractor"] == gold["proof"]["extractor"] in PAGE_CONVENTIONS["extractor"]
        for article in gold["articles"]:
            assert GOLD_KEYS <= set(article)
            for block in article["blocks"]:
                assert block["type"] in ("paragraph", "heading") and block["text"]


def test_pages_hold_two_to_six_articles_with_lead_summaries(
    proof_pages_laid_out: list[tuple[str, dict]],
) -> None:
    for _, gold in proof_pages_laid_out:
        assert 2 <= len(gold["articles"]) <= 6
        assert all(a["lead_summary"] == lead_sentence(a["blocks"]) for a in gold["articles"])


def test_same_seed_same_page() -> None:
    articles = load_articles(PROOF)
    assert proof_page(7, articles) == proof_page(7, articles)
    assert proof_page(7, articles)[0] != proof_page(8, articles)[0]


def test_every_convention_is_drawn_within_a_hundred_pages(
    proof_pages_laid_out: list[tuple[str, dict]],
) -> None:
    drawn: dict[str, set] = defaultdict(set)
    for _, gold in proof_pages_laid_out:
        for article in gold["articles"]:
            for name, value in article["proof"].items():
                drawn[name].add(value)
        for name in PAGE_CONVENTIONS:
            drawn[name].add(gold["proof"][name])
        drawn["habits"].update(gold["proof"]["habits"])
    for name, values in (CONVENTIONS | PAGE_CONVENTIONS | {"habits": HABITS}).items():
        assert drawn[name] == set(values), name


def test_corpus_parks_are_real_distinct_and_free_of_five_corpora() -> None:
    with open(ZONES, encoding="utf-8") as f:
        official = {row["official_name"] for row in csv.DictReader(f, delimiter="\t")}
    taken = {a["park"] for name in OTHER_CORPORA for a in load_articles(CORPUS_DIR / name)}
    assert len(official - taken) == 57
    articles = load_articles(PROOF)
    parks = [a["park"] for a in articles]
    assert len(articles) == 30 and len(set(parks)) == 30
    assert set(parks) <= official - taken
    for article in articles:
        assert 150 <= sum(len(t) for t in article["body"] if not t.startswith("## ")) <= 1500, article["id"]
        assert article["summary"] and article["topics"]
    kinds = Counter(a["kind"] for a in articles)
    assert {"short", "news", "feature", "interview", "measures", "commentary", "photo"} <= set(kinds)


def test_tool_writes_pages_and_gold(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert proof_pages.main([str(tmp_path / "set"), "--count", "3", "--seed", "3"]) == 0
    golds = sorted((tmp_path / "set").glob("page-*.gold.yaml"))
    assert len(golds) == 3
    assert yaml.safe_load(golds[0].read_text(encoding="utf-8"))["extractor"]
    assert capsys.readouterr().out.startswith("wrote 3 pages")


@pytest.mark.parametrize("problem", ["bad_corpus", "out_is_file"])
def test_tool_refuses_in_one_line(problem: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    not_corpus = tmp_path / "not-a-corpus.yaml"
    not_corpus.write_text("just: text\n", encoding="utf-8")
    argv = (
        [str(tmp_path / "set"), "--corpus", str(not_corpus)] if problem == "bad_corpus" else [str(not_corpus)]
    )
    with pytest.raises(SystemExit) as stop:
        proof_pages.main(argv)
    assert stop.value.code == 2
    message = capsys.readouterr().err.strip().splitlines()[-1]
    assert message.startswith("usage:") is False and "error:" in message
