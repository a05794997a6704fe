"""The thirty-first layouter (tests/agate.py) and its page-set tool: the pages it writes, not the parser."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
import yaml

from tests.agate import (
    CONVENTIONS,
    EXTRACTOR_WEIGHTS,
    HABITS,
    PAGE_CONVENTIONS,
    agate_page,
    set_lines,
    width,
)
from tests.selfscore import self_score, shortfalls
from tools import agate_pages

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "agate.yaml"
OTHER_CORPORA = ("pica", "kern", "bodkin", "proof", "desk")
SEEDS = range(100)
CLOSING_STARTS = set("，。、；：？！）》」』】")


@cache
def articles() -> list[dict]:
    return yaml.safe_load(CORPUS.read_text(encoding="utf-8"))["articles"]


@cache
def page(seed: int) -> tuple[str, dict]:
    return agate_page(seed, articles())


def pages() -> list[tuple[str, dict]]:
    return [page(s) for s in SEEDS]


def norm(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text or "") if not ch.isspace())


def gold_texts(gold: dict) -> list[str]:
    """Every printed text the gold places: article fields, furniture and marks."""
    texts = list(gold["furniture"]) + list(gold["marks"])
    for a in gold["articles"]:
        texts += [a["kicker"], a["title"], a["subtitle"], a["byline"], a.get("pull_quote", "")]
        texts += [b["text"] for b in a["blocks"]]
        texts += [part for c in a["captions"] for part in (c["text"], c["label"], c["credit"])]
    return texts


def is_subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


def article_text(raw: str, gold: dict) -> str:
    """The page without its furniture lines (a running head may fall inside a paragraph)."""
    furniture = {norm(f) for f in gold["furniture"]}
    return norm("".join(line for line in raw.split("\n") if norm(line) not in furniture))


def as_prediction(gold: dict) -> dict:
    keys = (
        "id",
        "kicker",
        "title",
        "subtitle",
        "dateline",
        "authors",
        "blocks",
        "captions",
        "park",
        "topics",
    )
    return {"articles": [{k: a[k] for k in keys} | {"summary": a["summary"]} for a in gold["articles"]]}


# --- the pages ----------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(0, 100, 4))
def test_every_character_is_placed_once(seed):
    raw, gold = page(seed)
    assert Counter(norm(raw)) == Counter(norm("".join(gold_texts(gold))))


@pytest.mark.parametrize("seed", range(1, 100, 7))
def test_gold_texts_appear_in_order(seed):
    raw, gold = page(seed)
    flat = norm(raw)
    for text in gold_texts(gold):
        assert is_subsequence(norm(text), flat), text


def test_a_perfect_parse_scores_perfectly():
    pairs = [(gold, as_prediction(gold)) for _, gold in pages()[:40]]
    assert shortfalls(self_score(pairs), also=("park_acc",)) == {}


@pytest.mark.parametrize("seed", [0, 17, 4242, 2**31])
def test_the_same_seed_gives_the_same_page(seed):
    assert agate_page(seed, articles()) == agate_page(seed, articles())


def test_seeds_give_different_pages():
    assert len({page(s)[0] for s in range(20)}) == 20


@pytest.mark.parametrize("name", sorted(CONVENTIONS))
def test_every_convention_value_shows_in_100_pages(name):
    seen = {a["agate"].get(name) for _, gold in pages() for a in gold["articles"]}
    assert set(CONVENTIONS[name]) <= seen


@pytest.mark.parametrize("name", sorted(PAGE_CONVENTIONS))
def test_every_page_convention_value_shows_in_100_pages(name):
    seen = {gold["agate_page"][name] for _, gold in pages()}
    assert set(PAGE_CONVENTIONS[name]) <= seen


def test_every_extractor_reads_some_of_100_pages_and_about_a_fifth_are_documented():
    tally = Counter(gold["extractor"] for _, gold in pages())
    assert set(tally) == set(HABITS) == set(EXTRACTOR_WEIGHTS)
    wide = Counter(agate_page(s, articles())[1]["extractor"] for s in range(1000, 1300))
    assert 0.15 <= wide["documented"] / 300 <= 0.25


def pairs_of_lines(raw: str) -> list[tuple[str, str]]:
    lines = raw.rstrip("\n").split("\n")
    return list(zip(lines, lines[1:]))


HABIT_SHOWS = {
    "documented": lambda raw, gold: (
        "\n\n" in raw
        and all(not line[-1:].isascii() or nxt != "" for line, nxt in pairs_of_lines(raw) if line)
    ),
    "pdfjs": lambda raw, gold: "\n\n" not in raw and re.search(r"[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]", raw),
    "preview": lambda raw, gold: (
        "\n\n" not in raw
        and max(width(line) for line in raw.split("\n")) > 2 * gold["agate_page"]["measure_ems"] + 8
    ),
    "abbyy": lambda raw, gold: "¬\n" in raw or "\n\n" in raw,
    "tesseract": lambda raw, gold: raw.endswith("\f") and re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", raw),
    "cms": lambda raw, gold: (
        any(line.startswith("　　") for line in raw.split("\n"))
        and not any(f.startswith("本期导读") for f in gold["furniture"])
    ),
}


@pytest.mark.parametrize("extractor", sorted(HABITS))
def test_each_extractor_shows_its_habits(extractor):
    read = [(raw, gold) for raw, gold in pages() if gold["extractor"] == extractor]
    assert read and all(HABIT_SHOWS[extractor](raw, gold) for raw, gold in read)
    assert all(gold["habits"] == list(HABITS[extractor]) for _, gold in read)


def test_the_rarer_habits_show_in_100_pages():
    assert any("¬" in raw for raw, gold in pages() if gold["extractor"] == "abbyy")
    assert any("口" in "".join(gold["furniture"]) for _, gold in pages() if gold["extractor"] == "tesseract")


def test_documented_pages_follow_the_documented_blank_lines():
    for raw, gold in pages():
        if gold["extractor"] != "documented":
            continue
        for line, nxt in pairs_of_lines(raw):
            if line[-1:].isascii() and line:
                assert nxt != "", line


def test_no_printed_line_opens_with_a_closing_mark():
    for raw, gold in pages():
        if gold["extractor"] in ("documented", "abbyy"):
            for line in raw.split("\n"):
                assert line[:1] not in CLOSING_STARTS, line


@pytest.mark.parametrize("measure", [12, 15, 18, 22])
def test_lines_keep_the_measure_and_kinsoku(measure):
    text = "".join(b for a in articles() for b in a["body"] if not b.startswith("## "))[:3000]
    lines = set_lines(text, measure)
    assert norm("".join(t for t, _ in lines)) == norm(text)
    assert all(width(t) <= 2 * measure + 4 for t, _ in lines)
    assert all(t[:1] not in CLOSING_STARTS for t, _ in lines[1:])
    assert all(t[-1:] not in "“（《" for t, _ in lines)


def test_the_running_head_tops_every_column_when_drawn():
    for raw, gold in pages():
        conv = gold["agate_page"]
        if gold["extractor"] == "cms":
            continue
        heads = [f for f in gold["furniture"] if "晚报·" in f]
        assert len(heads) == (conv["columns_read"] if conv["running_head"] == "every_column" else 1)
        assert conv["columns_read"] <= conv["columns"]


def test_run_in_briefs_open_with_their_mark_and_title():
    for raw, gold in pages():
        mark = {"diamond_run": "◆", "triangle_run": "▲"}.get(gold["agate_page"]["briefs"])
        for a in gold["articles"]:
            if a["agate"]["headline"] == "run_in":
                assert mark and norm(mark + a["title"]) in article_text(raw, gold)
                assert len([b for b in a["blocks"] if b["type"] == "paragraph"]) == 1


def test_alt_text_headlines_are_bracketed():
    for raw, gold in pages():
        for a in gold["articles"]:
            if a["agate"]["headline"] == "alt_text":
                assert norm("[图片：" + a["title"] + "]") in article_text(raw, gold)


def test_pull_quotes_repeat_a_sentence_of_their_story():
    quoted = [(a, g) for _, g in pages() for a in g["articles"] if "pull_quote" in a]
    assert quoted
    for a, _ in quoted:
        assert a["agate"]["wrap"] == "pull_quote"
        assert any(a["pull_quote"] in b["text"] for b in a["blocks"])


def test_jumped_stories_end_with_a_jump_line_and_no_signature():
    jumped = [(a, g) for _, g in pages() for a in g["articles"] if "continued_to" in a]
    assert jumped
    for a, gold in jumped:
        assert a["agate"]["credit"] != "signature"
        assert any(f in ("（转第2版）", "下转第2版", "▶转2版") for f in gold["furniture"])


def test_credits_are_where_the_convention_says():
    for raw, gold in pages():
        for a in gold["articles"]:
            credit = a["agate"].get("credit")
            if credit == "dateline":
                assert a["dateline"].startswith("本报讯") and a["blocks"][0]["text"].startswith(a["dateline"])
            elif credit == "signature":
                assert a["byline"].startswith("（") and a["byline"].endswith("）")
            elif credit == "caption":
                assert a["captions"] and a["authors"][0] in a["captions"][0]["credit"]
            for name in a["authors"]:
                assert name not in "".join(b["text"] for b in a["blocks"][1:]) or credit != "dateline"


def test_gold_is_in_the_sample_format():
    for _, gold in pages()[:30]:
        assert {"extractor", "furniture", "articles", "agate_page"} <= set(gold)
        for a in gold["articles"]:
            assert {"title", "kicker", "subtitle", "authors", "blocks", "captions", "park", "summary"} <= set(
                a
            )
            assert all(b["type"] in ("paragraph", "heading") and b["text"] for b in a["blocks"])
            assert all(isinstance(n, str) for n in a["authors"])
            assert all({"text", "credit"} <= set(c) for c in a["captions"])
        yaml.safe_load(yaml.safe_dump(gold, allow_unicode=True))


# --- the page-set tool --------------------------------------------------------------------------


def test_the_tool_writes_n_pairs(tmp_path, capsys):
    assert agate_pages.main([str(tmp_path / "out"), "--count", "3", "--seed", "5"]) == 0
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == [f"page-00{k}.{ext}" for k in (1, 2, 3) for ext in ("gold.yaml", "txt")]
    gold = yaml.safe_load((tmp_path / "out" / "page-002.gold.yaml").read_text(encoding="utf-8"))
    assert gold["page"] == "page-002.txt"
    assert "wrote 3 pages" in capsys.readouterr().out


def test_the_tool_gives_the_same_set_for_the_same_seed(tmp_path):
    for name in ("a", "b"):
        agate_pages.main([str(tmp_path / name), "--count", "2", "--seed", "9"])
    assert (tmp_path / "a" / "page-002.txt").read_bytes() == (tmp_path / "b" / "page-002.txt").read_bytes()


@pytest.mark.parametrize(
    "args",
    [["--count", "0"], ["--count", "-2"], ["--corpus", "no/such.yaml"], ["--seed", "x"], ["--bogus"]],
)
def test_the_tool_rejects_bad_arguments(tmp_path, args):
    with pytest.raises(SystemExit) as exit_:
        agate_pages.main([str(tmp_path / "out"), *args])
    assert exit_.value.code == 2


def test_the_tool_rejects_a_file_as_out_and_a_non_corpus(tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    with pytest.raises(SystemExit):
        agate_pages.main([str(afile)])
    with pytest.raises(SystemExit):
        agate_pages.main([str(tmp_path / "out"), "--corpus", str(afile)])


# --- the corpus ---------------------------------------------------------------------------------


def zones() -> dict[str, str]:
    with open(ROOT / "data" / "hitech_zones.tsv", encoding="utf-8") as f:
        return {row["official_name"]: row["province"] for row in csv.DictReader(f, delimiter="\t")}


def test_corpus_has_thirty_articles_on_thirty_parks_of_the_zone_list():
    parks = [a["park"] for a in articles()]
    assert len(articles()) == 30 and len(set(parks)) == 30
    assert set(parks) <= set(zones())
    assert len({a["id"] for a in articles()}) == 30


def test_corpus_parks_are_named_by_none_of_five_other_corpora():
    named = set()
    for name in OTHER_CORPORA:
        text = (ROOT / "tests" / "corpus" / f"{name}.yaml").read_text(encoding="utf-8")
        named |= {m.strip() for m in re.findall(r"^\s*park:\s*(.+)$", text, flags=re.M)}
    assert not named & {a["park"] for a in articles()}


def test_corpus_kinds_lengths_and_summaries():
    kinds = Counter(a["kind"] for a in articles())
    assert kinds == {
        "short": 10,
        "news": 7,
        "feature": 5,
        "interview": 3,
        "measures": 2,
        "commentary": 1,
        "photo": 2,
    }
    topics = {
        t["label"]
        for t in yaml.safe_load((ROOT / "data" / "topics.yaml").read_text(encoding="utf-8"))["topics"]
    }
    for a in articles():
        body = "".join(p for p in a["body"] if not p.startswith("## "))
        assert 0 < len(a["summary"]) <= 120
        assert a["authors"] and all(x["name"] and "role" in x for x in a["authors"])
        assert set(a["topics"]) <= topics
        if a["kind"] == "short":
            assert 150 <= len(body) <= 300, a["id"]
        if a["kind"] == "feature":
            assert 3 <= sum(p.startswith("## ") for p in a["body"]) <= 4, a["id"]
        if a["kind"] == "photo":
            assert a["caption"]["text"] and a["caption"]["credit"]
