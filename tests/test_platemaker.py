"""The eighth layouter (tests/platemaker.py): its pages keep every character, its gold scores
perfectly against itself, it is deterministic, it draws every convention, and its page-set tool
fails in one line on bad arguments."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from platemaker import CONVENTIONS, EXTRAS, platemaker_page
from selfscore import self_score, shortfalls

from tools.layouter_pages import corpus_articles
from tools.platemaker_pages import DEFAULT_CORPUS, page_seeds

ROOT = Path(__file__).resolve().parent.parent
CORPORA = sorted((ROOT / "tests" / "corpus").glob("*.yaml"))
OWN = corpus_articles(DEFAULT_CORPUS) if DEFAULT_CORPUS.exists() else []


def pages(count: int, articles: list[dict] = OWN, seed: int = 0) -> list[tuple[str, dict]]:
    return [platemaker_page(s, articles) for s in page_seeds(seed, count)]


PAGES = pages(100) if OWN else []


def chars(text: str) -> Counter:
    return Counter(re.sub(r"\s+", "", text))


def gold_chars(gold: dict) -> Counter:
    """Every character the gold places: article fields, the marks it leaves out, furniture."""
    out: Counter = Counter()
    for a in gold["articles"]:
        for key in ("kicker", "title", "subtitle", "dateline", "byline"):
            out += chars(a[key])
        for block in a["blocks"]:
            out += chars(block["text"])
        for caption in a["captions"]:
            out += chars(caption["text"]) + chars(caption["credit"])
        for mark in a["platemaker"]["marks"]:
            out += chars(mark)
    for line in gold["furniture"]:
        out += chars(line)
    return out


def prediction(gold: dict) -> dict:
    return {"articles": [{k: v for k, v in a.items() if k != "platemaker"} for a in gold["articles"]]}


@pytest.mark.parametrize("k", range(0, 100, 1))
def test_every_character_lands_in_one_place(k: int) -> None:
    raw, gold = PAGES[k]
    assert chars(raw) == gold_chars(gold)


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.stem)
def test_every_corpus_is_laid_out_without_loss(corpus: Path) -> None:
    laid = pages(30, corpus_articles(corpus), seed=3)
    for raw, gold in laid:
        assert chars(raw) == gold_chars(gold)
        assert all(a["blocks"] and a["title"] for a in gold["articles"])
    scores = self_score((gold, prediction(gold)) for _, gold in laid)
    assert shortfalls(scores) == {}


def test_gold_scores_perfectly_against_itself() -> None:
    scores = self_score((gold, prediction(gold)) for _, gold in PAGES)
    articles = [a for _, gold in PAGES for a in gold["articles"]]
    parked = sum(bool(a["park"]) for a in articles) / len(articles)
    assert shortfalls(scores) == {}
    assert scores["park_acc"] == pytest.approx(parked, abs=1e-4)


def test_same_seed_same_pages_and_seeds_differ() -> None:
    assert pages(5, seed=11) == pages(5, seed=11)
    assert pages(5, seed=11) != pages(5, seed=12)


@pytest.mark.parametrize("key", sorted(CONVENTIONS))
def test_a_hundred_pages_draw_every_value(key: str) -> None:
    seen = {str(a["platemaker"][key]) for _, gold in PAGES for a in gold["articles"]}
    assert set(CONVENTIONS[key]) <= seen


MATRIX = [
    ("extractor", "headline"),
    ("extractor", "measure"),
    ("extractor", "indent"),
    ("extractor", "digits"),
    ("extractor", "headline_lines"),
    ("extractor", "byline_place"),
    ("extractor", "caption_place"),
    ("extractor", "jump"),
    ("extractor", "wrap"),
    ("columns", "headline"),
    ("reading_order", "headline"),
    ("headline", "measure"),
    ("headline", "indent"),
    ("headline", "headline_lines"),
    ("measure", "indent"),
]


@pytest.mark.parametrize("pair", MATRIX, ids="-".join)
def test_a_hundred_pages_fill_every_cell_of_the_matrix(pair: tuple[str, str]) -> None:
    row, column = pair
    seen = {
        (str(a["platemaker"][row]), str(a["platemaker"][column]))
        for _, gold in PAGES
        for a in gold["articles"]
    }
    assert {(x, y) for x in CONVENTIONS[row] for y in CONVENTIONS[column]} <= seen


def test_a_hundred_pages_hold_every_extra_and_article_kind() -> None:
    extras = {e for _, gold in PAGES for a in gold["articles"] for e in a["platemaker"]["extras"]}
    assert set(EXTRAS) <= extras
    kinds = Counter(a["kind"] for a in OWN)
    assert len(OWN) >= 25 and {
        "short",
        "news",
        "feature",
        "interview",
        "measures",
        "commentary",
        "photo",
    } <= set(kinds)


def test_documented_extractor_writes_no_blank_line_after_a_half_width_end() -> None:
    documented = [raw for raw, gold in PAGES if gold["platemaker"]["extractor"] == "documented"]
    assert documented and not any(re.search(r"[!-~]\n\n", raw) for raw in documented)
    every = [raw for raw, gold in PAGES if gold["platemaker"]["extractor"] == "every_line"]
    assert every and all("\n\n" in raw and not re.search(r"[^\n]\n[^\n]", raw) for raw in every)


def test_headlines_come_out_where_the_gold_says() -> None:
    where: dict[str, list[int]] = defaultdict(list)
    for raw, gold in PAGES:
        flat = re.sub(r"\s+", "", raw)
        for a in gold["articles"]:
            title = re.sub(r"\s+", "", a["title"])
            body = re.sub(r"\s+", "", a["blocks"][-1]["text"])[-8:]
            where[a["platemaker"]["headline"]].append(int(flat.find(title) > flat.find(body)))
    assert not any(where["before"]) and all(where["after"])


def run_tool(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tools.platemaker_pages", *args], cwd=ROOT, capture_output=True, text=True
    )


def test_tool_writes_the_pages(tmp_path: Path) -> None:
    done = run_tool(str(tmp_path / "out"), "--count", "3", "--seed", "5")
    assert done.returncode == 0 and done.stdout.startswith("wrote 3 pages")
    assert sorted(p.name for p in (tmp_path / "out").iterdir())[:2] == ["page-001.gold.yaml", "page-001.txt"]


def test_tool_lays_out_another_corpus(tmp_path: Path) -> None:
    done = run_tool(str(tmp_path), "--count", "2", "--corpus", "tests/corpus/compositor.yaml")
    assert done.returncode == 0 and not done.stderr
    assert (tmp_path / "page-002.txt").read_text(encoding="utf-8").strip()


@pytest.mark.parametrize(
    "args",
    [
        ["--count", "0"],
        ["--count", "many"],
        ["--seed", "x"],
        ["--corpus", "no-such.yaml"],
        ["--corpus", "README.md"],
        ["--bogus"],
    ],
    ids=["count-zero", "count-word", "seed-word", "missing-corpus", "not-a-corpus", "unknown-option"],
)
def test_tool_bad_arguments_fail_in_one_line(tmp_path: Path, args: list[str]) -> None:
    done = run_tool(str(tmp_path / "out"), *args)
    last = done.stderr.strip().splitlines()[-1]
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert last.startswith("python -m tools.platemaker_pages: error:")


def test_tool_refuses_a_file_as_out(tmp_path: Path) -> None:
    out = tmp_path / "file.txt"
    out.write_text("x", encoding="utf-8")
    done = run_tool(str(out))
    assert done.returncode == 2 and "is a file" in done.stderr and "Traceback" not in done.stderr
