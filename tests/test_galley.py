"""The galley layouter: its pages keep every character of their articles, its gold scores
perfectly against itself, the same seed gives the same page, every convention gets drawn, and its
page-set tool fails in one line on bad arguments."""

from collections import Counter
from pathlib import Path

import pytest

from tests.conservation import input_characters
from tests.galley import (
    ARTICLE_CONVENTIONS,
    NO_LINE_END,
    NO_LINE_START,
    PAGE_CONVENTIONS,
    break_lines,
    galley_page,
)
from tests.selfscore import self_score, shortfalls
from tools.galley_pages import TOOL
from tools.make_pages import load_articles

CORPORA = sorted((Path(__file__).parent / "corpus").glob("*.yaml"))
GALLEY = Path(__file__).parent / "corpus" / "galley.yaml"


def article_texts(gold: dict) -> list[str]:
    """The gold's article text, in reading order within each kind of piece."""
    texts = [gold["kicker"], gold["title"], gold["subtitle"]]
    texts += [block["text"] for block in gold["blocks"]]
    texts += [part for caption in gold["captions"] for part in (caption["text"], caption["credit"])]
    return texts + gold["authors"]


def is_subsequence(text: str, within: str) -> bool:
    position = iter(within)
    return all(ch in position for ch in text)


def corpus_body(article: dict) -> str:
    body = [text.removeprefix("## ") for text in article["body"]]
    return "".join([article.get("editor_note", "")] + body)


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda path: path.stem)
def test_every_character_lands_in_order(corpus: Path) -> None:
    articles = load_articles(corpus)
    by_id = {article["id"]: article for article in articles}
    for seed in range(12):
        raw, gold = galley_page(seed, articles)
        flat = "".join(raw.split())
        placed = input_characters(raw)
        for article in gold["articles"]:
            body = "".join("".join(block["text"] for block in article["blocks"]).split())
            assert is_subsequence(body, flat), (corpus.stem, seed, article["id"])
            wanted = input_characters("".join(article_texts(article)))
            assert not wanted - placed, (corpus.stem, seed, article["id"], wanted - placed)
            if article["galley"]["jump"] == "none" and article["galley"]["sidebar"] == "none":
                assert body == "".join(corpus_body(by_id[article["id"]]).split())


def test_gold_scores_perfectly_against_itself() -> None:
    articles = load_articles(GALLEY)
    pages = [galley_page(seed, articles)[1] for seed in range(40)]
    assert shortfalls(self_score((gold, gold) for gold in pages), also=("park_acc",)) == {}


def test_same_seed_same_page() -> None:
    articles = load_articles(GALLEY)
    assert galley_page(77, articles) == galley_page(77, articles)
    assert galley_page(77, articles)[0] != galley_page(78, articles)[0]


def test_every_convention_is_drawn_within_a_hundred_pages() -> None:
    articles = load_articles(GALLEY)
    seen: Counter = Counter()
    for seed in range(100):
        gold = galley_page(seed, articles)[1]
        seen.update((key, value) for key, value in gold["galley"].items())
        for article in gold["articles"]:
            seen.update((key, value) for key, value in article["galley"].items())
    conventions = PAGE_CONVENTIONS | ARTICLE_CONVENTIONS
    missing = [
        (key, value) for key, values in conventions.items() for value in values if not seen[key, value]
    ]
    assert missing == []


def test_page_has_two_to_six_articles_with_jumps_noted() -> None:
    articles = load_articles(GALLEY)
    for seed in range(30):
        raw, gold = galley_page(seed, articles)
        assert 2 <= len(gold["articles"]) <= 6
        for article in gold["articles"]:
            jump = article["galley"]["jump"]
            assert ("（下转第" in raw) or jump != "to"
            assert ("（上接第" in raw) or jump != "from"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["{tmp}/out", "--corpus", "{tmp}/bad.yaml"], "is not a corpus"),
        (["{tmp}/file.txt"], "is a file, not a folder"),
        (["{tmp}/out", "--count", "0"], "--count must be at least 1"),
        (["{tmp}/out", "--corpus", "{tmp}/missing.yaml"], "no corpus file"),
    ],
)
def test_tool_fails_in_one_line(tmp_path: Path, capsys, argv: list[str], message: str) -> None:
    (tmp_path / "bad.yaml").write_text("title: not a corpus\n", encoding="utf-8")
    (tmp_path / "file.txt").write_text("", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        TOOL.main([arg.format(tmp=tmp_path) for arg in argv])
    assert exit_info.value.code == 2
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert message in error


def test_tool_writes_pages_and_gold(tmp_path: Path, capsys) -> None:
    assert TOOL.main([str(tmp_path / "set"), "--count", "3", "--seed", "5"]) == 0
    assert len(list((tmp_path / "set").glob("page-*.txt"))) == 3
    assert len(list((tmp_path / "set").glob("page-*.gold.yaml"))) == 3
    assert capsys.readouterr().out.startswith("wrote 3 pages")


@pytest.mark.parametrize("width", [13, 16, 19, 22])
def test_kinsoku_breaking_keeps_marks_and_numbers_in_place(width: int) -> None:
    text = "“从2016年起，我们企业就通过质押专利的方式，每年获得1100万-1500万元的贷款。”（记者 覃玉兰）"
    lines = break_lines(text, width, width - 2)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert not any(line[0] in NO_LINE_START for line in lines)
    assert not any(line[-1] in NO_LINE_END for line in lines)
    assert not any(line.startswith(("016", "16", "6", "100", "00", "500")) for line in lines)
