"""The sixth layouter (tests/imposer.py) and its page-set tool: pages whose gold accounts for
every character, scores perfectly against itself, comes out the same for the same seed, and
shows every convention the layouter draws across a set of 100 pages."""

from __future__ import annotations

import copy
import functools
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml
from imposer import CHOICES, PAGE_CHOICES, WIDTHS, imposer_page
from selfscore import self_score, shortfalls

from tools.imposer_pages import DEFAULT_CORPUS, main, page_seeds
from tools.layouter_pages import CORPORA, corpus_articles

PAGES = 100


@functools.cache
def page_set(corpus: Path = DEFAULT_CORPUS, count: int = PAGES, seed: int = 11) -> list[tuple[str, dict]]:
    articles = corpus_articles(corpus)
    return [imposer_page(s, articles) for s in page_seeds(seed, count)]


def printed_pieces(gold: dict) -> list[str]:
    """Everything the gold says the page prints: furniture, then each article's parts."""
    pieces = list(gold["furniture"])
    for a in gold["articles"]:
        pieces += a["printed"]["headline"] + [a["dateline"], a["byline"]] + a["printed"]["captions"]
        pieces += [b["text"] for b in a["blocks"]]
    return pieces


def characters(texts: list[str]) -> Counter:
    return Counter(c for t in texts for c in t if not c.isspace())


def test_corpus_has_the_kinds_and_size_the_layouter_is_measured_on():
    articles = corpus_articles(DEFAULT_CORPUS)
    kinds = Counter(a["kind"] for a in articles)
    assert len(articles) >= 25
    assert set(kinds) >= {"short", "news", "feature", "interview", "measures", "commentary", "photo"}
    assert any(len(a.get("parks") or []) == 2 for a in articles)
    assert any(not a["park"] for a in articles)


@pytest.mark.parametrize("number", range(PAGES))
def test_every_character_lands_in_one_gold_field(number):
    raw, gold = page_set()[number]
    assert characters([raw]) == characters(printed_pieces(gold))


@pytest.mark.parametrize("corpus", sorted(CORPORA.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_corpus_of_the_project_lays_out_with_its_text_conserved(corpus):
    for raw, gold in page_set(corpus, 20):
        assert characters([raw]) == characters(printed_pieces(gold))
        assert all(a["blocks"] for a in gold["articles"])


def test_printed_headlines_and_captions_hold_their_gold_fields():
    for _, gold in page_set():
        for a in gold["articles"]:
            kicker, title, subtitle = a["printed"]["headline"]
            assert (kicker, title, subtitle.removeprefix("——")) == (a["kicker"], a["title"], a["subtitle"])
            for line, caption in zip(a["printed"]["captions"], a["captions"], strict=True):
                assert caption["text"] in line and caption["credit"] in line


def test_author_credits_stay_out_of_the_body():
    for _, gold in page_set():
        for a in gold["articles"]:
            body = "".join(b["text"] for b in a["blocks"])
            assert not a["dateline"] or not body.startswith(a["dateline"])
            assert not a["byline"] or a["byline"].strip() not in body


@pytest.mark.parametrize("habit", sorted(PAGE_CHOICES["extractor"]))
def test_each_page_comes_through_its_extractors_habit(habit):
    pages = [raw for raw, gold in page_set() if gold["imposer"]["extractor"] == habit]
    assert pages
    for raw in pages:
        lines = raw.split("\n")[:-1]
        printed = [i for i, line in enumerate(lines) if line]
        if habit == "single-newline":
            assert len(printed) == len(lines)
        if habit == "blank-always":
            assert all(lines[i + 1] == "" for i in printed) and len(printed) * 2 == len(lines)
        if habit == "documented":
            assert all(lines[i + 1] for i in printed[:-1] if ord(lines[i][-1]) < 128)
            assert "\n\n\n" not in raw


def test_a_continued_article_keeps_its_jump_line_in_the_furniture_and_its_credit_on_its_page():
    for _, gold in page_set():
        for a in gold["articles"]:
            jump = a["imposer"]["jump"]
            if jump != "none":
                assert any(re.search(r"[上下转接].*第.+版", line) for line in gold["furniture"])
            assert not (jump == "out" and a["imposer"]["byline"] in ("end-paren", "end-line", "trailing"))
            assert not (jump == "in" and a["dateline"])


def test_the_gold_scores_perfectly_against_itself():
    golds = [gold for _, gold in page_set()]
    figures = self_score((gold, copy.deepcopy(gold)) for gold in golds)
    assert shortfalls(figures, also=("topic_f1",)) == {}
    assert figures["headline_space_errors"] == 0
    # The scorer never credits an empty park: an item that names none is a miss for any parse.
    articles = [a for gold in golds for a in gold["articles"]]
    assert figures["park_acc"] == round(sum(bool(a["park"]) for a in articles) / len(articles), 4)


def test_the_same_seed_gives_the_same_pages():
    articles = corpus_articles(DEFAULT_CORPUS)
    assert [imposer_page(s, articles) for s in page_seeds(5, 10)] == [
        imposer_page(s, articles) for s in page_seeds(5, 10)
    ]
    assert imposer_page(1, articles) != imposer_page(2, articles)


def test_the_tool_writes_the_same_files_for_the_same_seed(tmp_path, capsys):
    for out in ("a", "b"):
        assert main([str(tmp_path / out), "--count", "3", "--seed", "4"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert re.fullmatch(r"wrote 3 pages \(\d+ articles, \d+ continued\) to .*", first)
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "b").iterdir()) and len(names) == 6
    assert all((tmp_path / "a" / n).read_bytes() == (tmp_path / "b" / n).read_bytes() for n in names)
    gold = yaml.safe_load((tmp_path / "a" / "page-001.gold.yaml").read_text(encoding="utf-8"))
    assert gold["page"] == "page-001.txt"


def drawn(key: str) -> set[str]:
    return {a["imposer"][key] for _, gold in page_set() for a in gold["articles"]}


@pytest.mark.parametrize("key", sorted(CHOICES))
def test_every_article_convention_appears_in_a_set_of_100_pages(key):
    assert drawn(key) == set(CHOICES[key])


def test_every_column_width_appears_in_a_set_of_100_pages():
    assert drawn("width") == {str(w) for w in WIDTHS}


@pytest.mark.parametrize("key", sorted(PAGE_CHOICES))
def test_every_page_convention_appears_in_a_set_of_100_pages(key):
    assert {gold["imposer"][key] for _, gold in page_set()} == set(PAGE_CHOICES[key])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--count", "0"], "--count must be at least 1"),
        (["--count", "x"], "invalid int value"),
        (["--corpus", "no-such.yaml"], "no corpus file"),
        (["--corpus", "README.md"], "is not a corpus"),
        (["--seed"], "expected one argument"),
    ],
)
def test_bad_arguments_stop_the_tool_with_one_line(tmp_path, capsys, args, message):
    with pytest.raises(SystemExit) as stop:
        main([str(tmp_path / "out"), *args])
    err = capsys.readouterr().err
    assert stop.value.code == 2 and "Traceback" not in err
    assert message in err.strip().splitlines()[-1]


def test_an_out_that_is_a_file_is_refused(tmp_path, capsys):
    (tmp_path / "out").write_text("", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main([str(tmp_path / "out")])
    assert stop.value.code == 2 and "is a file" in capsys.readouterr().err.strip().splitlines()[-1]


def test_the_command_line_stops_on_a_bad_argument_without_a_traceback(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "tools.imposer_pages", str(tmp_path / "out"), "--count", "-3"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert run.returncode == 2 and "Traceback" not in run.stderr and not run.stdout
    assert run.stderr.strip().splitlines()[-1].endswith("error: --count must be at least 1")
