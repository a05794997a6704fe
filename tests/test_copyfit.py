"""The copy-fitting layouter (tests/copyfit.py) and its page-set tool (tools/copyfit_pages.py)."""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from selfscore import self_score, shortfalls

from tests import copyfit
from tests.copyfit import copyfit_page
from tools import copyfit_pages
from tools.make_pages import load_articles

CORPORA = sorted((Path(__file__).parent / "corpus").glob("*.yaml"))
OWN_CORPUS = load_articles(copyfit_pages.DEFAULT_CORPUS)
SEEDS = range(100)


def article_texts(article: dict) -> list[str]:
    """Every text of a gold article the page prints, in reading order of its fields."""
    heads = [article[key] for key in ("kicker", "title", "subtitle", "dateline", "byline")]
    blocks = [block["text"] for block in article["blocks"]]
    captions = [part for caption in article["captions"] for part in (caption["text"], caption["credit"])]
    return heads + blocks + captions + [article["copyfit"]["trailing"]]


def visible(text: str) -> str:
    """Text as a scorer reads it: compatibility code points undone, whitespace gone."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def is_subsequence(part: str, whole: str) -> bool:
    characters = iter(whole)
    return all(ch in characters for ch in part)


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda path: path.stem)
def test_every_printed_character_is_in_the_gold_and_in_order(corpus: Path) -> None:
    articles = load_articles(corpus)
    for seed in range(8):
        raw, gold = copyfit_page(seed, articles)
        placed = list(gold["furniture"]) + [text for a in gold["articles"] for text in article_texts(a)]
        assert Counter(visible(raw)) == Counter(visible("".join(placed))), (corpus.stem, seed)
        for article in gold["articles"]:
            body = "".join(block["text"] for block in article["blocks"])
            assert is_subsequence(visible(body), visible(raw)), (corpus.stem, seed, article["id"])


def test_the_gold_scores_perfectly_against_itself() -> None:
    pages = [copyfit_page(seed, OWN_CORPUS)[1] for seed in SEEDS]
    assert shortfalls(self_score((gold, gold) for gold in pages)) == {}


def test_a_seed_always_gives_the_same_page() -> None:
    assert copyfit_page(7, OWN_CORPUS) == copyfit_page(7, OWN_CORPUS)
    assert copyfit_page(7, OWN_CORPUS) != copyfit_page(8, OWN_CORPUS)


def drawn_values() -> dict[str, set]:
    drawn: dict[str, set] = {}
    for seed in SEEDS:
        raw, gold = copyfit_page(seed, OWN_CORPUS)
        drawn.setdefault("extractor", set()).add(gold["copyfit"]["extractor"])
        drawn.setdefault("habits", set()).update(gold["copyfit"]["habits"])
        drawn.setdefault("notice", set()).add(gold["copyfit"]["notice"])
        for article in gold["articles"]:
            for key, value in article["copyfit"].items():
                if key not in ("measure", "trailing"):
                    drawn.setdefault(key, set()).add(value)
    return drawn


EXPECTED = {
    "extractor": set(copyfit.EXTRACTORS),
    "habits": set(copyfit.HABITS),
    "notice": {True, False},
    "headline": set(copyfit.HEADLINE_STYLES),
    "subheadings": set(copyfit.SUBHEAD_STYLES),
    "dateline": set(copyfit.DATELINE_STYLES),
    "byline": set(copyfit.BYLINE_STYLES),
    "caption": {"none", *copyfit.CAPTION_PLACES},
    "credit": {form.format(credit="X") for form in copyfit.CREDIT_FORMS},
    "jump": set(copyfit.JUMPS),
    "wide_lead": {True, False},
    "title_lines": {1, 2},
}


@pytest.fixture(scope="module")
def drawn() -> dict[str, set]:
    return drawn_values()


@pytest.mark.parametrize("key", EXPECTED)
def test_every_convention_is_drawn_within_a_hundred_pages(drawn: dict[str, set], key: str) -> None:
    assert drawn[key] == EXPECTED[key]


@pytest.mark.parametrize(
    ("line", "measure", "expected"),
    [
        ("园区企业数量突破1200家，同比增长。", 6, ["园区企业数量", "突破1200家，", "同比增长。"]),
        ("他说：“好。”", 3, ["他说：", "“好。”"]),
    ],
)
def test_lines_never_open_with_closing_punctuation_nor_split_figures(
    line: str, measure: int, expected: list[str]
) -> None:
    assert copyfit.fit_lines(line, measure, measure) == expected


def test_kangxi_radicals_read_back_as_the_ordinary_characters() -> None:
    assert all(
        unicodedata.normalize("NFKC", radical) == ch != radical for ch, radical in copyfit.KANGXI.items()
    )


def test_the_tool_writes_the_pages(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert copyfit_pages.main([str(tmp_path / "out"), "--count", "3", "--seed", "3"]) == 0
    assert len(list((tmp_path / "out").glob("page-*.gold.yaml"))) == 3
    assert capsys.readouterr().out.startswith("wrote 3 pages")


@pytest.mark.parametrize("trouble", ["out_is_a_file", "bad_corpus"])
def test_the_tool_fails_with_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture, trouble: str
) -> None:
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    bad_corpus = tmp_path / "bad.yaml"
    bad_corpus.write_text("just: text\n", encoding="utf-8")
    argv = (
        [str(not_a_folder)]
        if trouble == "out_is_a_file"
        else [str(tmp_path / "out"), "--corpus", str(bad_corpus)]
    )
    with pytest.raises(SystemExit):
        copyfit_pages.main(argv)
    error = capsys.readouterr().err.strip().splitlines()
    assert error[-1].startswith("usage:") is False and "error:" in error[-1]
