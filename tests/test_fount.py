"""The twenty-sixth layouter (tests/fount.py): conservation, a perfect self-score, determinism,
the spread of its conventions, its corpus, and its page-set tool."""

from __future__ import annotations

import csv
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from tests.fount import CONVENTIONS, EXTRACTOR_HABITS, HABITS, PAGE_CONVENTIONS, fount_page
from tests.goldtext import lead_sentence
from tests.selfscore import self_score, shortfalls
from tools import fount_pages
from tools.make_pages import load_articles

HERE = Path(__file__).resolve().parent
CORPORA = sorted((HERE / "corpus").glob("*.yaml"))
FOUNT = HERE / "corpus" / "fount.yaml"
ZONES = HERE.parent / "data" / "hitech_zones.tsv"
ARTICLE_TEXTS = ("kicker", "title", "subtitle", "dateline", "byline")
# corpora whose parks the fount corpus keeps clear of
NEIGHBOURS = ("frisket.yaml", "tympan.yaml", "brayer.yaml", "platen.yaml", "desk.yaml")


def characters(text: str) -> str:
    """Text as compared: NFKC (undoing compatibility ideographs and half-width stops), no whitespace."""
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


def zone_names() -> dict[str, str]:
    """Every name of a zone (official, short, alias) to its official name."""
    names = {}
    with open(ZONES, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            for name in [row["official_name"], row["short_name"], *row["common_aliases"].split("|")]:
                if name.strip():
                    names[name.strip()] = row["official_name"]
    return names


@pytest.fixture(scope="module")
def fount_pages_laid_out() -> list[tuple[str, dict]]:
    articles = load_articles(FOUNT)
    return [fount_page(seed, articles) for seed in range(100)]


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda path: path.stem)
def test_every_character_lands_once_and_in_order(corpus: Path) -> None:
    articles = load_articles(corpus)
    for seed in range(12):
        raw, gold = fount_page(seed, articles)
        page = characters(raw)
        assert Counter(page) == Counter(characters("".join(gold_texts(gold)))), (corpus.stem, seed)
        for article in gold["articles"]:
            assert is_subsequence(characters("".join(b["text"] for b in article["blocks"])), page)


def test_gold_scores_perfect_against_itself(fount_pages_laid_out: list[tuple[str, dict]]) -> None:
    figures = self_score((gold, gold) for _, gold in fount_pages_laid_out)
    assert shortfalls(figures, also=("park_acc",)) == {}


def test_gold_has_the_sample_gold_keys(fount_pages_laid_out: list[tuple[str, dict]]) -> None:
    keys = {"id", "park", "kicker", "title", "subtitle", "dateline", "authors", "byline", "blocks"}
    keys |= {"captions", "topics", "summary", "lead_summary", "fount"}
    for _, gold in fount_pages_laid_out:
        assert {"page", "notes", "articles", "furniture", "extractor", "fount"} <= set(gold)
        assert gold["extractor"] == gold["fount"]["extractor"]
        assert set(gold["fount"]["habits"]) <= set(EXTRACTOR_HABITS[gold["extractor"]])
        for article in gold["articles"]:
            assert {key for key in article if not key.startswith("_")} == keys  # the scorer marks its own
            assert all(isinstance(name, str) and name for name in article["authors"])


def test_pages_hold_two_to_six_articles_with_lead_summaries(
    fount_pages_laid_out: list[tuple[str, dict]],
) -> None:
    for _, gold in fount_pages_laid_out:
        assert 2 <= len(gold["articles"]) <= 6
        assert all(a["lead_summary"] == lead_sentence(a["blocks"]) for a in gold["articles"])


def test_same_seed_same_page() -> None:
    articles = load_articles(FOUNT)
    assert fount_page(7, articles) == fount_page(7, articles)
    assert fount_page(7, articles)[0] != fount_page(8, articles)[0]


def test_every_convention_is_drawn_within_a_hundred_pages(
    fount_pages_laid_out: list[tuple[str, dict]],
) -> None:
    drawn: dict[str, set] = defaultdict(set)
    for _, gold in fount_pages_laid_out:
        for article in gold["articles"]:
            for name, value in article["fount"].items():
                drawn[name].add(value)
        for name in PAGE_CONVENTIONS:
            drawn[name].add(gold["fount"][name])
        drawn["habits"].update(gold["fount"]["habits"])
    for name, values in (CONVENTIONS | PAGE_CONVENTIONS | {"habits": HABITS}).items():
        assert drawn[name] == set(values), name
    assert drawn["measure"] == set(range(12, 25))


def test_corpus_has_thirty_articles_on_parks_of_their_own() -> None:
    articles = load_articles(FOUNT)
    names = zone_names()
    assert len(articles) == 30
    parks = [a["park"] for a in articles]
    assert len(set(parks)) == 30 and all(names.get(p) == p for p in parks)
    taken = set()
    for neighbour in NEIGHBOURS:
        text = (HERE / "corpus" / neighbour).read_text(encoding="utf-8")
        taken |= {official for name, official in names.items() if name in text}
    free = set(names.values()) - taken
    assert len(free) == 57
    assert set(parks) <= free
    kinds = {"short", "news", "feature", "interview", "measures", "commentary", "photo"}
    assert {a["kind"] for a in articles} == kinds
    for article in articles:
        assert 150 <= sum(len(p) for p in article["body"]) <= 1500, article["id"]
        assert article["summary"] and article["topics"] and article["authors"]


def test_tool_writes_pages_and_gold(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert fount_pages.main([str(tmp_path / "set"), "--count", "3", "--seed", "3"]) == 0
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
        fount_pages.main(argv)
    assert stop.value.code == 2
    message = capsys.readouterr().err.strip().splitlines()[-1]
    assert message.startswith("usage:") is False and "error:" in message
