"""The quoin layouter: its pages keep every character, its gold scores perfect against itself,
the same seed gives the same page, every convention turns up, and its tool fails in one line."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.conservation import input_characters
from tests.quoin import ARTICLE_CONVENTIONS, PAGE_CONVENTIONS, quoin_page
from tests.selfscore import self_score, shortfalls
from tools.make_pages import load_articles
from tools.quoin_pages import DEFAULT_CORPUS, main

CORPORA = sorted((Path(__file__).parent / "corpus").glob("*.yaml"))
QUOIN_ARTICLES = load_articles(DEFAULT_CORPUS)


def article_texts(article: dict) -> list[str]:
    """The article's own text in reading order, as the corpus gives it."""
    captions = article.get("captions") or ([article["caption"]] if article.get("caption") else [])
    texts = [article.get("kicker") or "", article["title"], article.get("subtitle") or ""]
    texts += [str(p).removeprefix("## ") for p in article["body"]]
    texts += [part for c in captions for part in (c.get("text") or "", c.get("credit") or "")]
    return texts + [a["name"] for a in article.get("authors") or []]


def is_subsequence(needle: str, haystack: str) -> bool:
    letters = iter(haystack)
    return all(ch in letters for ch in needle)


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda path: path.stem)
def test_every_character_of_every_corpus_lands_on_the_page(corpus: Path) -> None:
    articles = load_articles(corpus)
    for start in range(0, len(articles), 2):
        pair = articles[start : start + 2]
        raw, gold = quoin_page(start, pair)
        assert sorted(a["id"] for a in gold["articles"]) == sorted(a["id"] for a in pair)
        given = sum((input_characters("".join(article_texts(a))) for a in pair), Counter())
        assert not given - input_characters(raw), pair[0]["id"]
        for article in gold["articles"]:
            body = "".join(b["text"] for b in article["blocks"] if b["type"] == "paragraph")
            assert is_subsequence(body, squeezed(raw)), article["id"]


def test_the_gold_holds_what_the_corpus_says() -> None:
    by_id = {a["id"]: a for a in QUOIN_ARTICLES}
    for seed in range(20):
        _, gold = quoin_page(seed, QUOIN_ARTICLES)
        for article in gold["articles"]:
            source = by_id[article["id"]]
            paragraphs = [squeezed(p) for p in source["body"] if not p.startswith("## ")]
            golden = [b["text"] for b in article["blocks"] if b["type"] == "paragraph"]
            assert squeezed("".join(golden)).endswith(squeezed("".join(paragraphs))[6:])
            assert article["authors"] == [a["name"] for a in source["authors"]]
            assert article["lead_summary"] and article["summary"] == source["summary"]


def test_no_author_name_stays_in_the_gold_body() -> None:
    """A dateline's names (本报讯 记者 X 报道) are the article's authors, never its body text; the
    scorer takes off a leading 本报讯 with its brackets."""
    reported = 0
    for seed in range(20):
        for article in quoin_page(seed, QUOIN_ARTICLES)[1]["articles"]:
            body = re.sub(r"^本报讯(（[^）]*）)?", "", "".join(b["text"] for b in article["blocks"]))
            reported += article["quoin"]["dateline"] == "reported"
            assert not any(name in body for name in article["authors"] if len(name) > 1)
    assert reported


def test_the_gold_scores_perfect_against_itself() -> None:
    golds = [quoin_page(seed, QUOIN_ARTICLES)[1] for seed in range(40)]
    assert shortfalls(self_score((g, g) for g in golds), also=("park_acc",)) == {}


def test_the_same_seed_gives_the_same_page() -> None:
    assert quoin_page(77, QUOIN_ARTICLES) == quoin_page(77, QUOIN_ARTICLES)
    assert quoin_page(77, QUOIN_ARTICLES)[0] != quoin_page(78, QUOIN_ARTICLES)[0]


def test_every_convention_is_drawn_within_a_hundred_pages() -> None:
    drawn: dict[str, set] = {}
    for seed in range(100):
        _, gold = quoin_page(seed, QUOIN_ARTICLES)
        for key, value in gold["quoin"].items():
            drawn.setdefault(key, set()).add(value)
        for article in gold["articles"]:
            for key, value in article["quoin"].items():
                drawn.setdefault(key, set()).add(value)
    expected = {key: set(values) for key, values in (ARTICLE_CONVENTIONS | PAGE_CONVENTIONS).items()}
    assert drawn == expected


def test_pages_hold_two_to_six_stories() -> None:
    counts = {len(quoin_page(seed, QUOIN_ARTICLES)[1]["articles"]) for seed in range(60)}
    assert counts == {2, 3, 4, 5, 6}


def test_the_tool_writes_pages_and_gold(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main([str(tmp_path / "set"), "--count", "2", "--seed", "5"]) == 0
    assert sorted(p.name for p in (tmp_path / "set").iterdir()) == [
        "page-001.gold.yaml",
        "page-001.txt",
        "page-002.gold.yaml",
        "page-002.txt",
    ]
    assert capsys.readouterr().out.startswith("wrote 2 pages")


@pytest.mark.parametrize(
    ("make_args", "message"),
    [
        (lambda tmp: [str(tmp / "out"), "--corpus", str(tmp / "bad.yaml")], "is not a corpus"),
        (lambda tmp: [str(tmp / "bad.yaml")], "is a file, not a folder"),
    ],
    ids=["bad corpus", "OUT is a file"],
)
def test_the_tool_fails_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture, make_args, message
) -> None:
    (tmp_path / "bad.yaml").write_text("just: words\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main(make_args(tmp_path))
    assert stop.value.code == 2
    assert message in capsys.readouterr().err.strip().splitlines()[-1]
