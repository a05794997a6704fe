"""The fifth layouter (tests/compositor.py), its corpus and its page-set tool."""

from __future__ import annotations

import copy
import csv
import subprocess
import sys
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
import yaml
from compositor import CONVENTIONS, compositor_page
from selfscore import self_score, shortfalls

from tools.compositor_pages import DEFAULT_CORPUS, page_seeds

ROOT = Path(__file__).resolve().parent.parent
PAGES = 100
TRAILING_NAMES = ("dateline_name_end", "name_line_end")


@cache
def corpus() -> list[dict]:
    with open(DEFAULT_CORPUS, encoding="utf-8") as f:
        return yaml.safe_load(f)["articles"]


@cache
def page_set(seed: int = 5, count: int = PAGES) -> list[tuple[str, dict]]:
    return [compositor_page(s, corpus()) for s in page_seeds(seed, count)]


def flat(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def chars(*texts: str) -> Counter:
    return Counter(c for t in texts for c in unicodedata.normalize("NFKC", t or "") if not c.isspace())


def gold_chars(gold: dict) -> Counter:
    """Every character the gold places: furniture, headlines, bylines, body, captions, and
    the names printed after the last sentence."""
    out = chars(*gold["furniture"])
    for a in gold["articles"]:
        conv = a["compositor"]
        out += chars(a["kicker"], a["title"], a["subtitle"], a["byline"])
        out += chars(*(b["text"] for b in a["blocks"]))
        if a["captions"]:
            out += chars(conv["caption_printed"])
        if conv["byline"] in TRAILING_NAMES:
            out += chars(*a["authors"])
    return out


@pytest.mark.parametrize("k", range(PAGES))
def test_every_character_lands_in_exactly_one_gold_field(k: int) -> None:
    raw, gold = page_set()[k]
    assert chars(raw) == gold_chars(gold)


@pytest.mark.parametrize("k", range(0, PAGES, 10))
def test_captions_credits_and_authors_are_printed_where_the_gold_says(k: int) -> None:
    raw, gold = page_set()[k]
    page = flat(raw)
    for a in gold["articles"]:
        for cap in a["captions"]:
            printed = flat(a["compositor"]["caption_printed"])
            assert flat(cap["credit"]) in printed and flat(cap["text"]) in printed
        for name in a["authors"]:
            assert flat(name) in page
        assert a["blocks"] and all(b["text"] for b in a["blocks"])


@pytest.mark.parametrize("k", range(0, PAGES, 5))
def test_lines_are_written_as_the_extractor_writes_them(k: int) -> None:
    """A blank line after each line but one ending in a half-width character or inside a
    headline group; single newlines throughout when the extractor writes no blank lines."""
    raw, gold = page_set()[k]
    assert raw.endswith("\n") and "\n\n\n" not in raw
    lines = raw.split("\n")
    if gold["compositor"]["line_spacing"] == "single":
        assert "" not in lines[:-1]
    for line, after in zip(lines[:-2], lines[1:-1]):
        if line and line.rstrip()[-1].isascii():
            assert after != ""


@pytest.mark.parametrize("k", range(0, PAGES, 5))
def test_a_break_is_optional_only_where_a_lost_indent_hides_it(k: int) -> None:
    _, gold = page_set()[k]
    for a in gold["articles"]:
        optional = [b for b in a["blocks"] if b.get("optional_break")]
        assert not optional or a["compositor"]["indent"] == "lost"
        assert all(b["type"] == "paragraph" for b in optional)


def test_the_gold_has_the_fields_of_the_sample_page_gold() -> None:
    with open(ROOT / "tests" / "gold" / "park-page-2021-01.gold.yaml", encoding="utf-8") as f:
        sample = yaml.safe_load(f)
    fields = set(sample["articles"][0]) - {"title_alternatives"}
    for _, gold in page_set():
        for a in gold["articles"]:
            assert fields <= set(a), fields - set(a)
            assert {b["type"] for b in a["blocks"]} <= {"paragraph", "heading"}
            assert all(set(c) == {"text", "credit"} for c in a["captions"])


def test_the_gold_scores_perfectly_against_itself() -> None:
    pairs = [(gold, copy.deepcopy(gold)) for _, gold in page_set()]  # the scorer marks up what it reads
    scores = self_score(pairs)
    assert shortfalls(scores, also=("topic_f1",)) == {}
    with_park = sum(bool(a["park"]) for _, g in page_set() for a in g["articles"])
    assert scores["park_acc"] == round(with_park / scores["articles_gold"], 4)


def test_the_same_seed_gives_the_same_pages_and_another_seed_others() -> None:
    again = [compositor_page(s, corpus()) for s in page_seeds(5, 5)]
    assert again == page_set()[:5]
    assert [raw for raw, _ in page_set(6, 5)] != [raw for raw, _ in again]


def drawn() -> dict[str, set]:
    seen: dict[str, set] = {}
    for _, gold in page_set():
        for conv in [gold["compositor"]] + [a["compositor"] for a in gold["articles"]]:
            for key, value in conv.items():
                seen.setdefault(key, set()).add(value)
    return seen


@pytest.mark.parametrize("convention", sorted(CONVENTIONS))
def test_every_value_of_a_convention_appears_in_a_hundred_pages(convention: str) -> None:
    assert set(CONVENTIONS[convention]) <= drawn()[convention]


def test_the_corpus_is_new_invented_news_of_many_parks_kinds_and_peoples() -> None:
    articles = corpus()
    assert len(articles) >= 30 and len({a["id"] for a in articles}) == len(articles)
    with open(ROOT / "data" / "hitech_zones.tsv", encoding="utf-8") as f:
        zones = {r["short_name"]: r["province"] for r in csv.DictReader(f, delimiter="\t")}
    with open(ROOT / "data" / "topics.yaml", encoding="utf-8") as f:
        labels = {t["label"] for t in yaml.safe_load(f)["topics"]}
    for a in articles:
        assert all(p in zones for p in a.get("parks", [a["park"]]) if p), a["id"]
        assert set(a["topics"]) <= labels and a["topics"], a["id"]
        assert len(a["summary"]) <= 120, a["id"]
    assert {a["kind"] for a in articles} == {
        "short", "news", "feature", "interview", "measures", "commentary", "photo"}
    assert len({zones[a["park"]] for a in articles if a["park"]}) >= 15
    assert sum(len(a.get("parks", [])) > 1 for a in articles) >= 2
    assert sum(not a["park"] for a in articles) >= 2
    assert sum("·" in n["name"] for a in articles for n in a["authors"]) >= 3


KINDS = {  # kind -> (fewest, most characters of body text)
    "short": (120, 300), "news": (400, 900), "feature": (600, 3000), "interview": (300, 1500),
    "measures": (250, 1200), "commentary": (200, 1000), "photo": (40, 200),
}


@pytest.mark.parametrize("article", corpus(), ids=lambda a: a["id"])
def test_each_corpus_article_is_of_its_kind(article: dict) -> None:
    paragraphs = [p for p in article["body"] if not p.startswith("# ")]
    headings = len(article["body"]) - len(paragraphs)
    lo, hi = KINDS[article["kind"]]
    assert lo <= sum(map(len, paragraphs)) <= hi
    assert (headings >= 3) == (article["kind"] == "feature")
    if article["kind"] == "interview":
        assert sum(p.startswith(("问：", "记者：")) for p in paragraphs) >= 3
    if article["kind"] == "measures":
        assert any(m in "".join(paragraphs) for m in ("一是", "第一，"))
    if article["kind"] == "photo":
        assert article["captions"][0]["text"].startswith("图为")


def run_tool(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tools.compositor_pages", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )


def test_the_tool_will_not_write_into_a_file(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("", encoding="utf-8")
    done = run_tool(str(tmp_path / "taken"), "--count", "1")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].endswith("is a file, not a folder")


def test_the_tool_writes_pages_and_gold(tmp_path: Path) -> None:
    done = run_tool(str(tmp_path / "out"), "--count", "3", "--seed", "5")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("wrote 3 pages (")
    raw = (tmp_path / "out" / "page-002.txt").read_text(encoding="utf-8")
    assert raw == page_set()[1][0]
    gold = yaml.safe_load((tmp_path / "out" / "page-002.gold.yaml").read_text(encoding="utf-8"))
    assert gold["page"] == "page-002.txt" and gold["articles"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--count", "0"], "--count must be at least 1"),
        (["--count", "many"], "invalid int value"),
        (["--corpus", "no/such.yaml"], "no corpus file"),
        (["--seed"], "expected one argument"),
        ([], "the following arguments are required"),
        (["--corpus", "README.md"], "is not a corpus"),
        (["--corpus", "data/topics.yaml"], "is not a corpus"),
        (["--corpus", "assets"], "no corpus file"),
    ],
)
def test_the_tool_refuses_bad_arguments_in_one_line(args: list[str], message: str, tmp_path: Path) -> None:
    out = [str(tmp_path / "out")] if args else []
    done = run_tool(*out, *args)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    errors = [ln for ln in done.stderr.splitlines() if "error:" in ln]
    assert len(errors) == 1 and message in errors[0]


@pytest.mark.parametrize("name", ["articles", "heldout", "kinds", "wire", "desk"])
def test_every_corpus_of_the_project_lays_out_and_conserves_its_text(name: str) -> None:
    """The other corpora leave fields out (an article without authors): every one still lays out."""
    with open(ROOT / "tests" / "corpus" / f"{name}.yaml", encoding="utf-8") as f:
        articles = yaml.safe_load(f)["articles"]
    for seed in page_seeds(603, 40):
        raw, gold = compositor_page(seed, articles)
        assert chars(raw) == gold_chars(gold)


@pytest.mark.parametrize("name", ["articles", "heldout", "kinds", "wire", "desk"])
def test_the_subheadings_of_every_corpus_are_printed_as_subheadings(name: str) -> None:
    """The other corpora mark a subheading "## …": the page prints it without the marks and the
    gold holds it as a heading, never as a paragraph."""
    with open(ROOT / "tests" / "corpus" / f"{name}.yaml", encoding="utf-8") as f:
        articles = yaml.safe_load(f)["articles"]
    pages = [compositor_page(seed, articles) for seed in page_seeds(603, 40)]
    assert not any("#" in raw for raw, _ in pages)
    blocks = [b for _, gold in pages for a in gold["articles"] for b in a["blocks"]]
    assert any(b["type"] == "heading" for b in blocks)
    assert not any(b["text"].startswith("#") for b in blocks)
