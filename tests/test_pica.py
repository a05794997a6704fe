"""The thirtieth layouter (tests/pica.py): conservation, a perfect self-score, determinism,
the spread of its conventions, and its page-set tool."""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from tests.goldtext import lead_sentence
from tests.pica import CONVENTIONS, HABITS, PAGE_CONVENTIONS, pica_page
from tests.selfscore import self_score, shortfalls
from tools import pica_pages
from tools.make_pages import load_articles

CORPORA = sorted((Path(__file__).resolve().parent / "corpus").glob("*.yaml"))
PICA = Path(__file__).resolve().parent / "corpus" / "pica.yaml"
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
def pica_pages_laid_out() -> list[tuple[str, dict]]:
    articles = load_articles(PICA)
    return [pica_page(seed, articles) for seed in range(100)]


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda path: path.stem)
def test_every_character_lands_once_and_in_order(corpus: Path) -> None:
    articles = load_articles(corpus)
    for seed in range(12):
        raw, gold = pica_page(seed, articles)
        page = characters(raw)
        assert Counter(page) == Counter(characters("".join(gold_texts(gold)))), (corpus.stem, seed)
        for article in gold["articles"]:
            assert is_subsequence(characters("".join(b["text"] for b in article["blocks"])), page)


def test_gold_scores_perfect_against_itself(pica_pages_laid_out: list[tuple[str, dict]]) -> None:
    figures = self_score((gold, gold) for _, gold in pica_pages_laid_out)
    assert shortfalls(figures, also=("park_acc",)) == {}


def test_pages_hold_two_to_six_articles_with_lead_summaries(
    pica_pages_laid_out: list[tuple[str, dict]],
) -> None:
    for _, gold in pica_pages_laid_out:
        assert 2 <= len(gold["articles"]) <= 6
        assert all(a["lead_summary"] == lead_sentence(a["blocks"]) for a in gold["articles"])


def test_same_seed_same_page() -> None:
    articles = load_articles(PICA)
    assert pica_page(7, articles) == pica_page(7, articles)
    assert pica_page(7, articles)[0] != pica_page(8, articles)[0]


def test_every_convention_is_drawn_within_a_hundred_pages(
    pica_pages_laid_out: list[tuple[str, dict]],
) -> None:
    drawn: dict[str, set] = defaultdict(set)
    for _, gold in pica_pages_laid_out:
        for article in gold["articles"]:
            for name, value in article["pica"].items():
                drawn[name].add(value)
        for name in PAGE_CONVENTIONS:
            drawn[name].add(gold["pica"][name])
        drawn["habits"].update(gold["pica"]["habits"])
    for name, values in (CONVENTIONS | PAGE_CONVENTIONS | {"habits": HABITS}).items():
        assert drawn[name] == set(values), name
    assert drawn["measure"] == set(range(13, 21))


def test_tool_writes_pages_and_gold(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert pica_pages.main([str(tmp_path / "set"), "--count", "3", "--seed", "3"]) == 0
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
        pica_pages.main(argv)
    assert stop.value.code == 2
    message = capsys.readouterr().err.strip().splitlines()[-1]
    assert message.startswith("usage:") is False and "error:" in message


def test_corpus_is_thirty_new_articles_one_per_park_on_parks_no_other_named_corpus_names() -> None:
    import csv

    import yaml

    root = Path(__file__).resolve().parent.parent
    with open(root / "data" / "hitech_zones.tsv", encoding="utf-8") as f:
        zones = {row["official_name"] for row in csv.DictReader(f, delimiter="\t")}
    with open(root / "data" / "topics.yaml", encoding="utf-8") as f:
        labels = {t["label"] for t in yaml.safe_load(f)["topics"]}
    others = ("kern", "bodkin", "proof", "desk")
    taken = {a["park"] for name in others for a in load_articles(PICA.with_name(f"{name}.yaml"))}
    assert len(zones - taken) == 62
    articles = load_articles(PICA)
    parks = [a["park"] for a in articles]
    assert len(articles) == 30 and len(set(parks)) == 30
    assert set(parks) <= zones - taken
    for article in articles:
        length = sum(len(p) for p in article["body"] if not p.startswith("## "))
        assert 150 <= length <= 1500, article["id"]
        assert set(article["topics"]) <= labels and article["summary"]
    kinds = Counter(a["kind"] for a in articles)
    assert set(kinds) == {"short", "news", "feature", "interview", "measures", "commentary", "photo"}
    assert kinds["short"] >= 9
    assert all(sum(p.startswith("## ") for p in a["body"]) >= 3 for a in articles if a["kind"] == "feature")
