"""The paste-up layouter: its pages hold every character of their articles, its gold is what a
perfect parse gives, and its page-set tool works."""

from collections import Counter
from pathlib import Path

import pytest
import yaml

from tests.conservation import input_characters
from tests.pasteup import ARTICLE_CONVENTIONS, PAGE_CONVENTIONS, normalized, pasteup_page
from tests.selfscore import self_score, shortfalls
from tools import pasteup_pages
from tools.make_pages import load_articles

CORPORA = sorted((Path(__file__).parent / "corpus").glob("*.yaml"))
OWN = Path(__file__).parent / "corpus" / "pasteup.yaml"
TOPICS = {
    t["label"]
    for t in yaml.safe_load((Path(__file__).parent.parent / "data" / "topics.yaml").read_text())["topics"]
}
TEXT_FIELDS = ("kicker", "title", "subtitle", "dateline", "byline")


def article_pieces(article: dict) -> list[str]:
    """Every text of a gold article, in the order of its fields."""
    pieces = [article[name] for name in TEXT_FIELDS] + [b["text"] for b in article["blocks"]]
    return pieces + [part for c in article["captions"] for part in (c["text"], c["credit"])]


def placed(gold: dict) -> Counter:
    texts = [piece for a in gold["articles"] for piece in article_pieces(a)] + gold["furniture"]
    return input_characters(normalized("".join(texts)))


def in_order(needles: list[str], haystack: str) -> bool:
    """Whether the texts occur one after another, each as a subsequence, in the haystack."""
    rest = iter(haystack)
    return all(ch in rest for ch in "".join(needles))


def corpus_text(article: dict) -> str:
    """The article's own text: headlines, body, boxes, captions and author names."""
    texts = [article.get(k) or "" for k in ("kicker", "title", "subtitle", "editor_note")]
    # a 本报讯 written into the body is the dateline's to print, or not
    texts += [p.removeprefix("## ").strip().removeprefix("本报讯") for p in article["body"]]
    sidebar = article.get("sidebar") or {}
    texts += [sidebar.get("label", ""), *sidebar.get("body", [])]
    captions = article.get("captions") or ([article["caption"]] if article.get("caption") else [])
    texts += [c.get(k) or "" for c in captions for k in ("text", "credit")]
    texts += [a["name"] for a in article.get("authors") or []]
    return normalized("".join(texts))


def pages(corpus: Path, count: int, first_seed: int = 0):
    articles = load_articles(corpus)
    for seed in range(first_seed, first_seed + count):
        yield articles, *pasteup_page(seed, articles)


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.stem)
def test_every_character_lands_in_order(corpus):
    for articles, raw, gold in pages(corpus, 12):
        assert input_characters(normalized(raw)) == placed(gold)
        plain = normalized(raw)
        for article in gold["articles"]:
            paragraphs = [normalized(b["text"]) for b in article["blocks"]]
            assert in_order(paragraphs, plain), article["id"]
        by_id = {a["id"]: a for a in articles}
        for article in gold["articles"]:
            if article["pasteup"]["jump"] == "none":
                written = input_characters(corpus_text(by_id[article["id"]]))
                given = input_characters(normalized("".join(article_pieces(article))))
                assert not written - given, article["id"]


def test_gold_scores_perfect_against_itself():
    pairs = [(gold, gold) for _, _, gold in pages(OWN, 40)]
    assert shortfalls(self_score(pairs), also=("park_acc",)) == {}


def test_same_seed_same_page():
    articles = load_articles(OWN)
    assert pasteup_page(17, articles) == pasteup_page(17, articles)
    assert pasteup_page(17, articles) != pasteup_page(18, articles)


def test_every_convention_drawn_within_100_pages():
    seen: dict[str, set] = {name: set() for name in ARTICLE_CONVENTIONS | PAGE_CONVENTIONS}
    for _, _, gold in pages(OWN, 100):
        for name in PAGE_CONVENTIONS:
            seen[name].add(gold["pasteup"][name])
        for article in gold["articles"]:
            for name in ARTICLE_CONVENTIONS:
                seen[name].add(article["pasteup"][name])
    assert {name: set(values) for name, values in (ARTICLE_CONVENTIONS | PAGE_CONVENTIONS).items()} == seen


def test_corpus_is_well_formed():
    articles = load_articles(OWN)
    assert len(articles) >= 30
    assert len({a["id"] for a in articles}) == len(articles)
    for article in articles:
        assert len(article["summary"]) <= 120, article["id"]
        assert set(article["topics"]) <= TOPICS, article["id"]


@pytest.mark.parametrize("extractor", ["documented", "crlf", "packed"])
def test_extractor_line_ends(extractor):
    raw = next(
        raw
        for seed in range(200)
        for raw, gold in [pasteup_page(seed, load_articles(OWN))]
        if gold["pasteup"]["extractor"] == extractor
    )
    assert ("\r\n" in raw) == (extractor == "crlf")
    blank = "\r\n\r\n" if extractor == "crlf" else "\n\n"
    assert (blank in raw) == (extractor != "packed")


def test_tool_writes_pages(tmp_path, capsys):
    assert pasteup_pages.main([str(tmp_path), "--count", "2", "--seed", "3"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "page-001.gold.yaml",
        "page-001.txt",
        "page-002.gold.yaml",
        "page-002.txt",
    ]
    assert capsys.readouterr().out.startswith("wrote 2 pages")


@pytest.mark.parametrize("problem", ["bad_corpus", "out_is_file"])
def test_tool_one_line_errors(tmp_path, capsys, problem):
    out, corpus = tmp_path / "out", tmp_path / "corpus.yaml"
    corpus.write_text("just: text\n", encoding="utf-8")
    if problem == "out_is_file":
        out.write_text("", encoding="utf-8")
        corpus = OWN
    with pytest.raises(SystemExit) as stop:
        pasteup_pages.main([str(out), "--corpus", str(corpus)])
    assert stop.value.code == 2
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert ("is not a corpus" if problem == "bad_corpus" else "is a file") in error
