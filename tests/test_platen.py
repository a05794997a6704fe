"""The twenty-fifth layouter (tests/platen.py): conservation, a perfect self-score, determinism,
the spread of its conventions, and its page-set tool."""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from tests.goldtext import lead_sentence
from tests.platen import CONVENTIONS, HABITS, PAGE_CONVENTIONS, platen_page
from tests.selfscore import self_score, shortfalls
from tools import platen_pages
from tools.make_pages import load_articles

CORPORA = sorted((Path(__file__).resolve().parent / "corpus").glob("*.yaml"))
PLATEN = Path(__file__).resolve().parent / "corpus" / "platen.yaml"
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
def platen_pages_laid_out() -> list[tuple[str, dict]]:
    articles = load_articles(PLATEN)
    return [platen_page(seed, articles) for seed in range(100)]


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda path: path.stem)
def test_every_character_lands_once_and_in_order(corpus: Path) -> None:
    articles = load_articles(corpus)
    for seed in range(12):
        raw, gold = platen_page(seed, articles)
        page = characters(raw)
        assert Counter(page) == Counter(characters("".join(gold_texts(gold)))), (corpus.stem, seed)
        for article in gold["articles"]:
            assert is_subsequence(characters("".join(b["text"] for b in article["blocks"])), page)


def test_gold_scores_perfect_against_itself(platen_pages_laid_out: list[tuple[str, dict]]) -> None:
    figures = self_score((gold, gold) for _, gold in platen_pages_laid_out)
    assert shortfalls(figures, also=("park_acc",)) == {}


def test_pages_hold_two_to_six_articles_with_lead_summaries(
    platen_pages_laid_out: list[tuple[str, dict]],
) -> None:
    for _, gold in platen_pages_laid_out:
        assert 2 <= len(gold["articles"]) <= 6
        assert all(a["lead_summary"] == lead_sentence(a["blocks"]) for a in gold["articles"])


def test_same_seed_same_page() -> None:
    articles = load_articles(PLATEN)
    assert platen_page(7, articles) == platen_page(7, articles)
    assert platen_page(7, articles)[0] != platen_page(8, articles)[0]


def test_every_convention_is_drawn_within_a_hundred_pages(
    platen_pages_laid_out: list[tuple[str, dict]],
) -> None:
    drawn: dict[str, set] = defaultdict(set)
    for _, gold in platen_pages_laid_out:
        for article in gold["articles"]:
            for name, value in article["platen"].items():
                drawn[name].add(value)
        for name in PAGE_CONVENTIONS:
            drawn[name].add(gold["platen"][name])
        drawn["habits"].update(gold["platen"]["habits"])
    for name, values in (CONVENTIONS | PAGE_CONVENTIONS | {"habits": HABITS}).items():
        assert drawn[name] == set(values), name
    assert drawn["measure"] == set(range(9, 21))


def test_corpus_is_thirty_articles_on_parks_the_last_four_hands_leave_free() -> None:
    articles = load_articles(PLATEN)
    zones = {row.split("\t")[0] for row in ZONES.read_text(encoding="utf-8").splitlines()[1:]}
    taken = set()
    for name in ("gutter", "frisket", "tympan", "brayer"):
        for article in load_articles(PLATEN.parent / f"{name}.yaml"):
            taken |= {article["park"], *(article.get("parks") or [])}
    parks = [article["park"] for article in articles]
    assert len(articles) == 30 and len(set(parks)) == 30
    assert set(parks) <= zones and not set(parks) & taken
    assert len({article["id"] for article in articles}) == 30
    for article in articles:
        length = len("".join(article["body"]))
        assert 150 <= length <= 1500, article["id"]
        assert article["summary"] and article["topics"] and article["authors"], article["id"]


def test_tool_writes_pages_and_gold(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert platen_pages.main([str(tmp_path / "set"), "--count", "3", "--seed", "3"]) == 0
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
        platen_pages.main(argv)
    assert stop.value.code == 2
    message = capsys.readouterr().err.strip().splitlines()[-1]
    assert message.startswith("usage:") is False and "error:" in message
