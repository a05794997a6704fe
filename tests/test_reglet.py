"""The eighteenth layouter (tests/reglet.py): its pages hold every character of their stories and
nothing else, its gold scores perfectly against itself, and every convention gets drawn."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from tests.conservation import input_characters
from tests.reglet import (
    BYLINES,
    CAPTIONS,
    CREDITS,
    DATELINES,
    EXTRACTORS,
    FOOTERS,
    HEADERS,
    HEADINGS,
    HEADLINES,
    JUMPS,
    OPENINGS,
    TITLE_BREAKS,
    reglet_page,
)
from tests.selfscore import self_score, shortfalls
from tools import reglet_pages
from tools.make_pages import load_articles

CORPORA = sorted((Path(__file__).parent / "corpus").glob("*.yaml"))
OWN = Path(__file__).parent / "corpus" / "reglet.yaml"
GOLD_TEXT_FIELDS = ("kicker", "title", "subtitle", "dateline", "byline")
SEEDS = range(60)


def gold_characters(gold: dict):
    texts = list(gold["furniture"])
    for article in gold["articles"]:
        texts += [article[name] for name in GOLD_TEXT_FIELDS]
        texts += [block["text"] for block in article["blocks"]]
        texts += [part for c in article["captions"] for part in (c["text"], c["credit"])]
    return input_characters("".join(texts))


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.stem)
def test_every_character_lands_once_and_in_order(corpus: Path) -> None:
    articles = load_articles(corpus)
    by_id = {a.get("id"): a for a in articles}
    for seed in range(8):
        raw, gold = reglet_page(seed, articles)
        assert input_characters(raw) == gold_characters(gold)
        flat = squeezed(raw)
        for article in gold["articles"]:
            source = by_id[article["id"].rsplit("-", 1)[0]]
            body = "".join(squeezed(b["text"]) for b in article["blocks"])
            assert body, "a story without text"
            full = "".join(squeezed(str(t)).removeprefix("##") for t in source["body"])
            assert body in full
            assert full.startswith(body) or article["reglet"]["jump"] == "from_page"
            assert squeezed(article["title"]) in flat


def test_the_gold_scores_perfectly_against_itself() -> None:
    articles = load_articles(OWN)
    pairs = []
    for seed in SEEDS:
        _, gold = reglet_page(seed, articles)
        pairs.append((gold, gold))
    assert shortfalls(self_score(pairs), also=("park_acc",)) == {}


def test_the_same_seed_gives_the_same_page() -> None:
    articles = load_articles(OWN)
    assert reglet_page(7, articles) == reglet_page(7, articles)
    assert reglet_page(7, articles)[0] != reglet_page(8, articles)[0]


STORY_CONVENTIONS = {
    "headline": HEADLINES,
    "title_break": TITLE_BREAKS,
    "dateline": DATELINES,
    "byline": BYLINES,
    "heading": HEADINGS,
    "caption": CAPTIONS,
    "credit": CREDITS,
    "jump": JUMPS,
}
PAGE_CONVENTIONS = {"extractor": EXTRACTORS, "header": HEADERS, "footer": FOOTERS, "opening": OPENINGS}


def test_every_convention_is_drawn_within_a_hundred_pages() -> None:
    articles = load_articles(OWN)
    seen: dict[str, set] = {key: set() for key in STORY_CONVENTIONS | PAGE_CONVENTIONS}
    for seed in range(100):
        _, gold = reglet_page(seed, articles)
        for key, value in gold["reglet"].items():
            seen[key].add(value)
        for article in gold["articles"]:
            for key in STORY_CONVENTIONS:
                if key in article["reglet"]:
                    seen[key].add(article["reglet"][key])
    assert {k: set(v) for k, v in (STORY_CONVENTIONS | PAGE_CONVENTIONS).items()} == seen


def test_the_corpus_is_varied() -> None:
    articles = load_articles(OWN)
    assert len(articles) >= 30
    assert len({a["park"] for a in articles}) >= 12
    assert all(len(a["summary"]) <= 120 for a in articles)


@pytest.mark.parametrize(
    ("make_argv", "message"),
    [
        (lambda tmp: [str(tmp / "out"), "--corpus", str(tmp / "bad.yaml")], "is not a corpus"),
        (lambda tmp: [str(tmp / "file.txt")], "is a file, not a folder"),
    ],
    ids=["bad-corpus", "out-is-a-file"],
)
def test_the_tool_fails_in_one_line(tmp_path: Path, capsys, make_argv, message: str) -> None:
    (tmp_path / "bad.yaml").write_text("just: text\n", encoding="utf-8")
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        reglet_pages.main(make_argv(tmp_path))
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err.strip().splitlines()[-1]


def test_the_tool_writes_pages_and_gold(tmp_path: Path, capsys) -> None:
    assert reglet_pages.main([str(tmp_path), "--count", "3", "--seed", "5"]) == 0
    assert len(list(tmp_path.glob("page-*.gold.yaml"))) == 3
    assert capsys.readouterr().out.startswith("wrote 3 pages")
