"""The thirty-eighth layouter (tests/halftone.py): its pages, its gold and its corpus. These test the
layouter, not the parser: the parser never reads these pages here."""

from __future__ import annotations

import copy
import csv
import functools
from collections import Counter
from pathlib import Path

import pytest
import yaml
from goldtext import conservation_gap
from halftone import (
    CONVENTIONS,
    EXTRACTOR_WEIGHTS,
    HABIT_TRACES,
    HABITS,
    PAGE_CONVENTIONS,
    halftone_page,
)
from selfscore import self_score, shortfalls

from tools.halftone_pages import main as halftone_pages_main

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "halftone.yaml"
SEEDS = range(100)
# the per-page checks run on batches of seeds: one test case per batch keeps the file fast
BATCHES = [range(start, start + 10) for start in range(0, 100, 10)]

PARKS = (
    "中关村科技园区 天津滨海高新技术产业开发区 大连高新技术产业园区 "
    "吉林高新技术产业开发区 哈尔滨高新技术产业开发区 上海紫竹高新技术产业开发区 "
    "常州高新技术产业开发区 杭州高新技术产业开发区 铜陵狮子山高新技术产业开发区 "
    "泉州高新技术产业开发区 南昌高新技术产业开发区 威海火炬高技术产业开发区 "
    "淄博高新技术产业开发区 南阳高新技术产业开发区 平顶山高新技术产业开发区 "
    "孝感高新技术产业开发区 随州高新技术产业开发区 益阳高新技术产业开发区 "
    "郴州高新技术产业开发区 珠海高新技术产业开发区 惠州仲恺高新技术产业开发区 "
    "江门高新技术产业开发区 汕头高新技术产业开发区 桂林高新技术产业开发区 "
    "北海高新技术产业开发区 泸州高新技术产业开发区 安顺高新技术产业开发区 "
    "玉溪高新技术产业开发区 楚雄高新技术产业开发区 榆林高新技术产业开发区 "
    "昌吉高新技术产业开发区 拉萨高新技术产业开发区"
).split()
KIND_COUNTS = {
    "short": 10, "news": 7, "feature": 5, "interview": 3, "measures": 2, "commentary": 1, "photo": 2,
}
REQUIRED_FIELDS = ("id", "park", "kind", "title", "body", "topics", "summary", "authors")
OPTIONAL_FIELDS = ("kicker", "subtitle", "dateline", "captions", "table")


@functools.cache
def corpus() -> list[dict]:
    with open(CORPUS, encoding="utf-8") as f:
        return yaml.safe_load(f)["articles"]


@functools.cache
def page(seed: int) -> tuple[str, dict]:
    return halftone_page(seed, corpus())


def topic_labels() -> set[str]:
    with open(ROOT / "data" / "topics.yaml", encoding="utf-8") as f:
        return {t["label"] for t in yaml.safe_load(f)["topics"]}


def official_names() -> set[str]:
    with open(ROOT / "data" / "hitech_zones.tsv", encoding="utf-8") as f:
        return {row["official_name"] for row in csv.DictReader(f, delimiter="\t")}


# ---------------------------------------------------------------- pages


@pytest.mark.parametrize("seed", [0, 1, 17, 4242])
def test_a_seed_gives_the_same_page(seed: int) -> None:
    assert halftone_page(seed, corpus()) == halftone_page(seed, corpus())


def test_seeds_give_different_pages() -> None:
    assert len({page(seed)[0] for seed in range(20)}) == 20


@pytest.mark.parametrize("name", sorted(CONVENTIONS))
def test_every_article_convention_value_appears(name: str) -> None:
    seen = Counter(a["halftone"][name] for seed in SEEDS for a in page(seed)[1]["articles"])
    assert set(seen) == set(CONVENTIONS[name]), seen


@pytest.mark.parametrize("name", sorted(PAGE_CONVENTIONS))
def test_every_page_convention_value_appears(name: str) -> None:
    seen = Counter(page(seed)[1]["halftone_page"][name] for seed in SEEDS)
    assert set(seen) == set(PAGE_CONVENTIONS[name]), seen


def test_every_extractor_appears_about_as_weighted() -> None:
    seen = Counter(page(seed)[1]["extractor"] for seed in SEEDS)
    assert set(seen) == set(EXTRACTOR_WEIGHTS)
    assert 8 <= seen["documented"] <= 35


@pytest.mark.parametrize("seeds", BATCHES, ids=str)
def test_text_is_conserved(seeds: range) -> None:
    for seed in seeds:
        raw, gold = page(seed)
        missing, extra = conservation_gap(raw, gold)
        assert not missing, f"page {seed} printed, the gold lacks: {''.join(missing.elements())}"
        assert not extra, f"page {seed}'s gold has, the page lacks: {''.join(extra.elements())}"


@pytest.mark.parametrize("seeds", BATCHES, ids=str)
def test_gold_scored_against_itself_is_a_perfect_parse(seeds: range) -> None:
    for seed in seeds:
        _, gold = page(seed)
        assert shortfalls(self_score([(gold, copy.deepcopy(gold))])) == {}, seed


@pytest.mark.parametrize("seeds", BATCHES[:3], ids=str)
def test_gold_articles_are_whole(seeds: range) -> None:
    assert all(4 <= len(page(seed)[1]["articles"]) <= 6 for seed in seeds)
    for article in (a for seed in seeds for a in page(seed)[1]["articles"]):
        assert article["blocks"] and any(b["type"] == "paragraph" for b in article["blocks"])
        assert article["park"] in official_names()
        assert set(article["halftone"]) == set(CONVENTIONS)
        assert all(name in article["byline"] or name in article["dateline"] for name in article["authors"])
        if article["dateline"]:
            assert article["blocks"][0]["text"].startswith(article["dateline"].replace(" ", ""))


def test_jumps_are_marked_both_ways() -> None:
    jumped_in = [a for s in SEEDS for a in page(s)[1]["articles"] if a["halftone"]["jump"] == "in"]
    jumped_out = [a for s in SEEDS for a in page(s)[1]["articles"] if a["halftone"]["jump"] == "out"]
    assert jumped_in and all(a["continued_from"] == 1 for a in jumped_in)
    assert jumped_out and all(a["continued_to"] >= 2 for a in jumped_out)


# ---------------------------------------------------------------- readers' habits


@pytest.mark.parametrize("seeds", BATCHES, ids=str)
def test_habits_leave_their_trace(seeds: range) -> None:
    for seed in seeds:
        raw, gold = page(seed)
        habits = gold["halftone_page"]["habits"]
        assert set(habits) <= set(HABITS[gold["extractor"]])
        for habit in habits:
            assert HABIT_TRACES[habit].search(raw), (seed, habit)


@pytest.mark.parametrize("reader", sorted(HABITS))
def test_every_habit_of_a_reader_shows(reader: str) -> None:
    golds = [page(s)[1] for s in SEEDS if page(s)[1]["extractor"] == reader]
    shown = {habit for gold in golds for habit in gold["halftone_page"]["habits"]}
    assert shown == set(HABITS[reader])


def test_a_repetition_loop_is_unassigned() -> None:
    looped = [page(s)[1] for s in SEEDS if "repetition_loop" in page(s)[1]["halftone_page"]["habits"]]
    assert looped and all(len(gold["unassigned"]) >= 2 for gold in looped)


# ---------------------------------------------------------------- other corpora


BARE_CORPUS = [
    {"id": f"bare-{n}", "park": park, "kind": "news", "title": f"{park[:2]}园区新闻{n}",
     "body": [f"{park[:2]}园区第{n}条消息的第一段，讲述企业新进展。", "## 小标题",
              f"第二段说明园区第{n}项举措。"],
     "topics": ["产业集群"], "summary": "园区消息。"}
    for n, park in enumerate(("常州高新技术产业开发区", "南阳高新技术产业开发区", "江门高新技术产业开发区",
                              "桂林高新技术产业开发区", "榆林高新技术产业开发区"))
]


@pytest.mark.parametrize("seeds", [range(0, 8), range(8, 16)], ids=str)
def test_sets_a_corpus_without_datelines_authors_or_captions(seeds: range) -> None:
    for seed in seeds:
        raw, gold = halftone_page(seed, BARE_CORPUS)
        assert conservation_gap(raw, gold) == (Counter(), Counter()), seed
        assert shortfalls(self_score([(gold, copy.deepcopy(gold))])) == {}, seed
        assert all(not a["authors"] and not a["captions"] for a in gold["articles"])


# ---------------------------------------------------------------- the corpus


def test_corpus_has_thirty_articles_one_per_park_of_the_list() -> None:
    parks = [a["park"] for a in corpus()]
    assert len(corpus()) == 30
    assert len(set(parks)) == 30 and set(parks) <= set(PARKS) and set(parks) <= official_names()
    assert len({a["id"] for a in corpus()}) == 30


def test_corpus_kinds() -> None:
    assert Counter(a["kind"] for a in corpus()) == KIND_COUNTS


@pytest.mark.parametrize("article", corpus(), ids=lambda a: a["id"])
def test_corpus_article_shape(article: dict) -> None:
    assert all(field in article for field in REQUIRED_FIELDS)
    assert set(article) <= set(REQUIRED_FIELDS + OPTIONAL_FIELDS)
    assert set(article["topics"]) <= topic_labels() and 1 <= len(article["topics"]) <= 4
    assert 0 < len(article["summary"]) <= 120 and article["summary"] not in article["body"][0]
    assert all({"name", "role", "people"} <= set(a) for a in article["authors"])
    body = [p for p in article["body"] if not p.startswith("## ")]
    length = sum(len(p) for p in body)
    if article["kind"] == "short":
        assert article.get("dateline") == "本报讯" and 150 <= length <= 300
    if article["kind"] == "feature":
        assert 3 <= len(article["body"]) - len(body) <= 4
    if article["kind"] == "interview":
        assert any(p.startswith(("问：", "记者：")) for p in body)
    if article["kind"] == "measures":
        assert any("一是" in p and "二是" in p for p in body)
    for caption in article.get("captions", []):
        assert caption["text"] and set(caption) <= {"text", "credit"}
    if "table" in article:
        assert 1 <= article["table"]["after"] <= len(body) and len(article["table"]["rows"]) >= 2


def test_corpus_has_small_tables() -> None:
    assert sum("table" in a for a in corpus()) >= 3


def test_corpus_authors_come_from_many_peoples() -> None:
    authors = [a for article in corpus() for a in article["authors"]]
    peoples = {a["people"] for a in authors}
    assert len(peoples - {"汉"}) >= 15
    assert any("·" in a["name"] for a in authors)
    compound = ("欧阳", "司马", "澹台", "皇甫", "令狐", "上官", "闻人", "东方", "公孙", "呼延", "慕容")
    assert sum(a["people"] == "汉" and a["name"].startswith(compound) for a in authors) >= 5


# ---------------------------------------------------------------- the page-set tool


def test_the_tool_writes_n_pages_and_their_gold(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert halftone_pages_main([str(tmp_path / "out"), "--count", "3", "--seed", "1"]) == 0
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == [f"page-00{n}.{ext}" for n in (1, 2, 3) for ext in ("gold.yaml", "txt")]
    gold = yaml.safe_load((tmp_path / "out" / "page-001.gold.yaml").read_text(encoding="utf-8"))
    raw = (tmp_path / "out" / "page-001.txt").read_text(encoding="utf-8")
    assert gold["page"] == "page-001.txt" and conservation_gap(raw, gold) == (Counter(), Counter())
    assert "wrote 3 pages" in capsys.readouterr().out


def test_the_tool_gives_the_same_pages_for_a_seed(tmp_path: Path) -> None:
    for name in ("a", "b"):
        halftone_pages_main([str(tmp_path / name), "--count", "2", "--seed", "5"])
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes()
               for f in ("page-001.txt", "page-002.gold.yaml"))
