"""The keyline layouter's pages: text conserved, gold a perfect parse of itself, conventions drawn,
and its page-set tool."""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from tests import keyline
from tests.conservation import input_characters
from tests.keyline import keyline_page
from tests.selfscore import self_score, shortfalls
from tools import keyline_pages
from tools.make_pages import load_articles

CORPORA = sorted((Path(__file__).parent / "corpus").glob("*.yaml"))
KEYLINE_CORPUS = Path(__file__).parent / "corpus" / "keyline.yaml"
PAGES = range(100)
# Marks the layout adds that belong to no text: the subheading bar, the caption's triangle, the
# brackets around a trailing author
DECORATION = set(unicodedata.normalize("NFKC", "▍▲（）"))


def gold_characters(gold: dict) -> Counter:
    texts = list(gold.get("furniture", []))
    for article in gold["articles"]:
        texts += [article[k] for k in ("kicker", "title", "subtitle", "dateline", "byline")]
        # trailing authors print apart from the byline or dateline that names the others
        texts += [name for name in article["authors"] if name not in article["byline"] + article["dateline"]]
        texts += [b["text"] for b in article["blocks"]]
        texts += [part for c in article["captions"] for part in (c["text"], c["credit"])]
    return input_characters(unicodedata.normalize("NFKC", "".join(texts)))


def without_space(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def is_subsequence(part: str, whole: str) -> bool:
    remaining = iter(whole)
    return all(ch in remaining for ch in part)


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda path: path.stem)
def test_every_article_character_lands_in_order(corpus: Path) -> None:
    articles = {a["id"]: a for a in load_articles(corpus)}
    for seed in range(12):
        raw, gold = keyline_page(seed, list(articles.values()))
        printed, placed = input_characters(unicodedata.normalize("NFKC", raw)), gold_characters(gold)
        assert not placed - printed, f"seed {seed}: gold text not on the page"
        assert set(printed - placed) <= DECORATION, f"seed {seed}: page text the gold does not hold"
        flat = without_space(raw)
        for article in gold["articles"]:
            body = [p.removeprefix("## ") for p in articles[article["id"]]["body"]]
            if article["keyline"]["jump"] == "none":
                assert is_subsequence(without_space("".join(body)), flat)
            assert is_subsequence(without_space("".join(b["text"] for b in article["blocks"])), flat)


def test_gold_scores_perfectly_against_itself() -> None:
    articles = load_articles(KEYLINE_CORPUS)
    golds = [keyline_page(seed, articles)[1] for seed in range(40)]
    assert shortfalls(self_score((gold, gold) for gold in golds), also=("park_acc",)) == {}


def test_same_seed_same_page() -> None:
    articles = load_articles(KEYLINE_CORPUS)
    assert keyline_page(7, articles) == keyline_page(7, articles)
    assert keyline_page(7, articles) != keyline_page(8, articles)


CONVENTIONS = {
    "headline": keyline.HEADLINES,
    "byline": keyline.NEWS_BYLINES + keyline.FEATURE_BYLINES,
    "heading": keyline.HEADINGS,
    "caption": keyline.CAPTIONS,
    "trailing": keyline.TRAILERS,
    "jump": keyline.JUMPS,
    "lead": ("wide", "column"),
}


@pytest.mark.parametrize("convention", sorted(CONVENTIONS))
def test_every_article_convention_is_drawn(convention: str) -> None:
    articles = load_articles(KEYLINE_CORPUS)
    drawn = {a["keyline"][convention] for seed in PAGES for a in keyline_page(seed, articles)[1]["articles"]}
    assert set(CONVENTIONS[convention]) <= drawn


def test_every_extractor_and_the_repeated_header_are_drawn() -> None:
    articles = load_articles(KEYLINE_CORPUS)
    pages = [keyline_page(seed, articles)[1]["keyline"] for seed in PAGES]
    assert {p["extractor"] for p in pages} == set(keyline.EXTRACTORS)
    assert {p["repeated_header"] for p in pages} == {True, False}
    assert {p["source_line"] for p in pages} == {True, False}


@pytest.mark.parametrize(
    "text, width",
    [
        ("园区企业已有58家，整机企业本地配套率从五年前的40%提高到73%。", 8),
        ("“标准地＋承诺制”，工业项目拿地即开工", 7),
    ],
)
def test_lines_keep_kinsoku(text: str, width: int) -> None:
    lines = keyline.break_lines(text, width)
    assert "".join(lines) == text
    assert not any(line[0] in keyline.CLOSING for line in lines[1:])
    assert not any(line[-1] in keyline.OPENING for line in lines)


def test_tool_writes_the_pages(tmp_path: Path) -> None:
    assert keyline_pages.main([str(tmp_path / "set"), "--count", "3", "--seed", "5"]) == 0
    assert len(list((tmp_path / "set").glob("page-*.gold.yaml"))) == 3


@pytest.mark.parametrize("problem", ["bad_corpus", "out_is_file"])
def test_tool_errors_in_one_line(tmp_path: Path, problem: str, capsys: pytest.CaptureFixture) -> None:
    out, corpus = tmp_path / "out", KEYLINE_CORPUS
    if problem == "bad_corpus":
        corpus = tmp_path / "bad.yaml"
        corpus.write_text("just: a mapping\n", encoding="utf-8")
    else:
        out.write_text("", encoding="utf-8")
    with pytest.raises(SystemExit):
        keyline_pages.main([str(out), "--corpus", str(corpus)])
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert ("not a corpus" if problem == "bad_corpus" else "is a file") in error
