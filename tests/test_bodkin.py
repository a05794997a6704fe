"""The twenty-eighth layouter (tests/bodkin.py): conservation, a perfect self-score, determinism,
the spread of its conventions, its corpus, and its page-set tool."""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import yaml

from tests.bodkin import CONVENTIONS, EXTRACTORS, HABITS, PAGE_CONVENTIONS, bodkin_page
from tests.goldtext import lead_sentence
from tests.selfscore import self_score, shortfalls
from tools import bodkin_pages
from tools.make_pages import load_articles

CORPORA = sorted((Path(__file__).resolve().parent / "corpus").glob("*.yaml"))
BODKIN = Path(__file__).resolve().parent / "corpus" / "bodkin.yaml"
OTHER_CORPORA = ("brayer.yaml", "platen.yaml", "fount.yaml", "proof.yaml", "desk.yaml")
ZONES = Path(__file__).resolve().parent.parent / "data" / "hitech_zones.tsv"
ARTICLE_TEXTS = ("kicker", "title", "subtitle", "dateline", "byline")


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
def bodkin_pages_laid_out() -> list[tuple[str, dict]]:
    articles = load_articles(BODKIN)
    return [bodkin_page(seed, articles) for seed in range(100)]


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda path: path.stem)
def test_every_character_lands_once_and_in_order(corpus: Path) -> None:
    articles = load_articles(corpus)
    for seed in range(12):
        raw, gold = bodkin_page(seed, articles)
        page = characters(raw)
        assert Counter(page) == Counter(characters("".join(gold_texts(gold)))), (corpus.stem, seed)
        for article in gold["articles"]:
            assert is_subsequence(characters("".join(b["text"] for b in article["blocks"])), page)


def test_gold_scores_perfect_against_itself(bodkin_pages_laid_out: list[tuple[str, dict]]) -> None:
    figures = self_score((gold, gold) for _, gold in bodkin_pages_laid_out)
    assert shortfalls(figures, also=("park_acc",)) == {}


def test_pages_hold_two_to_six_articles_with_lead_summaries(
    bodkin_pages_laid_out: list[tuple[str, dict]],
) -> None:
    for _, gold in bodkin_pages_laid_out:
        assert 2 <= len(gold["articles"]) <= 6
        assert all(a["lead_summary"] == lead_sentence(a["blocks"]) for a in gold["articles"])


def test_pages_name_their_extractor_and_its_habits(
    bodkin_pages_laid_out: list[tuple[str, dict]],
) -> None:
    for _, gold in bodkin_pages_laid_out:
        assert gold["extractor"] == gold["bodkin"]["extractor"] in EXTRACTORS
        assert gold["bodkin"]["habits"] == list(EXTRACTORS[gold["extractor"]])


def test_gold_keeps_the_sample_pages_keys() -> None:
    articles = load_articles(BODKIN)
    sample = yaml.safe_load(
        (Path(__file__).resolve().parent / "gold" / "park-page-2021-01.gold.yaml").read_text(encoding="utf-8")
    )
    keys = set().union(*(article.keys() for article in sample["articles"]))
    for _, gold in (bodkin_page(seed, articles) for seed in range(30)):
        assert set(sample) <= set(gold)
        for article in gold["articles"]:
            assert keys - {"title_alternatives"} <= set(article) <= keys | {"kicker", "bodkin"}
            assert all(set(block) <= {"type", "text", "optional_break"} for block in article["blocks"])
            assert all(set(caption) == {"text", "credit"} for caption in article["captions"])


def test_corpus_is_thirty_new_articles_one_per_free_park() -> None:
    articles = load_articles(BODKIN)
    official = {line.split("\t")[0] for line in ZONES.read_text(encoding="utf-8").splitlines()[1:]}
    taken = {a["park"] for name in OTHER_CORPORA for a in load_articles(BODKIN.parent / name)}
    assert len(official - taken) == 57  # the parks none of the five corpora names
    parks = [a["park"] for a in articles]
    assert len(articles) == 30 and len(set(parks)) == 30
    assert set(parks) <= official - taken
    for article in articles:
        body = "".join(b.removeprefix("## ") for b in article["body"])
        assert 150 <= len(body) <= 1500, article["id"]
        assert article["summary"] and article["topics"] and article["authors"], article["id"]
    kinds = Counter(a["kind"] for a in articles)
    assert set(kinds) == {"short", "news", "feature", "interview", "measures", "commentary", "photo"}
    assert kinds["short"] >= 8


def test_same_seed_same_page() -> None:
    articles = load_articles(BODKIN)
    assert bodkin_page(7, articles) == bodkin_page(7, articles)
    assert bodkin_page(7, articles)[0] != bodkin_page(8, articles)[0]


def test_every_convention_is_drawn_within_a_hundred_pages(
    bodkin_pages_laid_out: list[tuple[str, dict]],
) -> None:
    drawn: dict[str, set] = defaultdict(set)
    for _, gold in bodkin_pages_laid_out:
        for article in gold["articles"]:
            for name, value in article["bodkin"].items():
                drawn[name].add(value)
        for name in PAGE_CONVENTIONS:
            drawn[name].add(gold["bodkin"][name])
        drawn["habits"].update(gold["bodkin"]["habits"])
    for name, values in (CONVENTIONS | PAGE_CONVENTIONS | {"habits": HABITS}).items():
        assert drawn[name] == set(values), name
    assert drawn["measure"] == set(range(11, 21))


def test_tool_writes_pages_and_gold(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert bodkin_pages.main([str(tmp_path / "set"), "--count", "3", "--seed", "3"]) == 0
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
        bodkin_pages.main(argv)
    assert stop.value.code == 2
    message = capsys.readouterr().err.strip().splitlines()[-1]
    assert message.startswith("usage:") is False and "error:" in message
