"""The seventh layouter (tests/pressroom.py) and its page-set tool."""

from __future__ import annotations

import itertools
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml
from pressroom import CONVENTIONS, pressroom_page
from selfscore import self_score, shortfalls

from tools.layouter_pages import CORPORA
from tools.make_pages import load_articles
from tools.pressroom_pages import main, page_seeds

ROOT = Path(__file__).resolve().parent.parent
OWN = CORPORA / "pressroom.yaml"
SEEDS = page_seeds(7, 100)


def article_text(article: dict) -> str:
    """Everything the gold says an article printed, whitespace aside."""
    heads = [article.get(k) or "" for k in ("kicker", "title", "subtitle", "byline", "signoff")]
    body = [b["text"] for b in article["blocks"]]
    captions = [c["printed"] for c in article["captions"]]
    return "".join(heads + body + captions + article["pressroom"]["extra"])


def squash(text: str) -> str:
    return "".join(text.split())


def printed(text: str) -> Counter:
    return Counter(c for c in text if not c.isspace())


def conserved(raw: str, gold: dict) -> bool:
    owned = "".join(gold["furniture"]) + "".join(article_text(a) for a in gold["articles"])
    return printed(raw) == printed(owned)


@pytest.fixture(scope="module")
def own() -> list[dict]:
    return load_articles(OWN)


@pytest.fixture(scope="module")
def pages(own: list[dict]) -> list[tuple[str, dict]]:
    return [pressroom_page(seed, own) for seed in SEEDS]


def test_corpus_is_large_and_varied(own: list[dict]) -> None:
    kinds = Counter(a["kind"] for a in own)
    assert len(own) >= 25
    assert set(kinds) >= {"short", "news", "feature", "interview", "measures", "commentary", "photo"}
    assert any(len(a.get("parks") or []) == 2 for a in own)
    assert any(not a["park"] for a in own)


@pytest.mark.parametrize("k", range(100))
def test_every_character_has_one_owner(pages: list[tuple[str, dict]], k: int) -> None:
    raw, gold = pages[k]
    assert conserved(raw, gold)


@pytest.mark.parametrize("corpus", sorted(CORPORA.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_corpus_is_conserved(corpus: Path) -> None:
    articles = load_articles(corpus)
    for seed in page_seeds(3, 30):
        raw, gold = pressroom_page(seed, articles)
        assert conserved(raw, gold), seed


def test_every_headline_is_printed_whole(pages: list[tuple[str, dict]]) -> None:
    for raw, gold in pages:
        text = squash(raw)
        for article in gold["articles"]:
            for key in ("kicker", "title", "subtitle"):
                assert squash(article[key]) in text, (key, article[key])


def test_gold_scores_perfectly_against_itself(pages: list[tuple[str, dict]]) -> None:
    scores = self_score((gold, {"articles": gold["articles"]}) for _, gold in pages)
    assert shortfalls(scores) == {}
    articles = [a for _, gold in pages for a in gold["articles"]]
    # the scorer gives no credit for an item that names no park, even when none is predicted
    assert scores["park_acc"] == round(sum(bool(a["park"]) for a in articles) / len(articles), 4)


def test_same_seed_same_page(own: list[dict]) -> None:
    assert pressroom_page(11, own) == pressroom_page(11, own)
    assert pressroom_page(11, own) != pressroom_page(12, own)


@pytest.mark.parametrize("convention", sorted(CONVENTIONS))
def test_every_value_turns_up_in_a_hundred_pages(pages: list[tuple[str, dict]], convention: str) -> None:
    seen: set = set()
    for _, gold in pages:
        for article in gold["articles"]:
            value = article["pressroom"][convention]
            seen.update(value if isinstance(value, list) else [value])
    assert set(CONVENTIONS[convention]) <= seen


AXES = ("extractor", "columns", "head_position", "indent", "digits", "head_lines")


@pytest.mark.parametrize("pair", list(itertools.combinations(AXES, 2)), ids="-".join)
def test_every_pair_of_layout_axes_meets_in_a_hundred_pages(pages: list[tuple[str, dict]],
                                                            pair: tuple[str, str]) -> None:
    first, second = pair
    seen = {(a["pressroom"][first], a["pressroom"][second]) for _, gold in pages for a in gold["articles"]}
    assert set(itertools.product(CONVENTIONS[first], CONVENTIONS[second])) <= seen


def test_column_widths_span_the_range(pages: list[tuple[str, dict]]) -> None:
    widths = {a["pressroom"]["width"] for _, gold in pages for a in gold["articles"]}
    assert min(widths) <= 11 and max(widths) >= 26


def test_tool_writes_the_same_set_twice(tmp_path: Path) -> None:
    for out in ("a", "b"):
        assert main([str(tmp_path / out), "--count", "3", "--seed", "5"]) == 0
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert len(names) == 6
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    gold = yaml.safe_load((tmp_path / "a" / "page-001.gold.yaml").read_text(encoding="utf-8"))
    assert conserved((tmp_path / "a" / "page-001.txt").read_text(encoding="utf-8"), gold)


@pytest.mark.parametrize("args, message", [
    (["--count", "x"], "invalid int value"),
    (["--count", "0"], "at least 1"),
    (["--seed", "1.5"], "invalid int value"),
    (["--bogus"], "unrecognized arguments"),
    (["--corpus", "missing.yaml"], "no corpus file"),
    (["--corpus", "pyproject.toml"], "not a corpus"),
])
def test_tool_rejects_bad_arguments_in_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    run = subprocess.run([sys.executable, "-m", "tools.pressroom_pages", str(tmp_path / "out"), *args],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 2
    assert message in run.stderr and "Traceback" not in run.stderr


def test_tool_rejects_a_file_as_out(tmp_path: Path) -> None:
    out = tmp_path / "page.txt"
    out.write_text("", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "tools.pressroom_pages", str(out)],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 2 and "is a file" in run.stderr and "Traceback" not in run.stderr
