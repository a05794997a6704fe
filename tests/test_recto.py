"""The recto layouter: its pages, gold, corpus and page-set tool (the layouter, not the parser)."""

from __future__ import annotations

import csv
import re
from collections import Counter
from functools import cache, lru_cache
from pathlib import Path

import pytest
import yaml
from recto import (
    CONVENTIONS,
    EXTRACTOR_WEIGHTS,
    HABITS,
    HEADLINE_ORDERS,
    PAGE_CONVENTIONS,
    as_prediction,
    conservation_gap,
    recto_page,
)
from selfscore import self_score, shortfalls

from tools.recto_pages import TOOL

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "recto.yaml"
SEEDS = range(100)

PARKS = (
    "石家庄高新技术产业开发区、保定高新技术产业开发区、呼和浩特金山高新技术产业开发区、长春高新技术产业开发区、"
    "南京高新技术产业开发区、武进高新技术产业开发区、南通高新技术产业开发区、常熟高新技术产业开发区、"
    "衢州高新技术产业开发区、淮南高新技术产业开发区、厦门火炬高技术产业开发区、莆田高新技术产业开发区、"
    "宜春丰城高新技术产业开发区、青岛高新技术产业开发区、临沂高新技术产业开发区、泰安高新技术产业开发区、"
    "洛阳高新技术产业开发区、焦作高新技术产业开发区、宜昌高新技术产业开发区、黄石大冶湖高新技术产业开发区、"
    "长沙高新技术产业开发区、株洲高新技术产业开发区、常德高新技术产业开发区、怀化高新技术产业开发区、"
    "深圳市高新技术产业园区、肇庆高新技术产业开发区、源城高新技术产业开发区、重庆高新技术产业开发区、"
    "璧山高新技术产业开发区、荣昌高新技术产业开发区、永川高新技术产业开发区、成都高新技术产业开发区、"
    "自贡高新技术产业开发区、西安高新技术产业开发区、渭南高新技术产业开发区、咸阳高新技术产业开发区、"
    "安康高新技术产业开发区、兰州高新技术产业开发区、乌鲁木齐高新技术产业开发区、苏州工业园区、"
    "信阳高新技术产业开发区、安庆高新技术产业开发区、宁乡高新技术产业开发区、阿克苏阿拉尔高新技术产业开发区"
).split("、")
KIND_COUNTS = {
    "short": 10, "news": 7, "feature": 5, "interview": 3, "measures": 2, "commentary": 1, "photo": 2,
}
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "皇甫", "令狐", "诸葛", "澹台", "闻人")
ARTICLE_FIELDS = {"id", "park", "kind", "kicker", "title", "subtitle", "dateline", "authors", "body",
                  "captions", "table", "topics", "summary"}


@lru_cache(maxsize=1)
def corpus() -> list[dict]:
    return yaml.safe_load(CORPUS.read_text(encoding="utf-8"))["articles"]


@cache
def page(seed: int) -> tuple[str, dict]:
    return recto_page(seed, corpus())


def pages() -> list[tuple[str, dict]]:
    return [page(seed) for seed in SEEDS]


def pages_read_by(extractor: str) -> list[tuple[str, dict]]:
    found = [(raw, gold) for raw, gold in pages() if gold["extractor"] == extractor]
    assert found, f"no page read by {extractor} in {len(SEEDS)} seeds"
    return found


@lru_cache(maxsize=1)
def topic_labels() -> set[str]:
    topics = yaml.safe_load((ROOT / "data" / "topics.yaml").read_text(encoding="utf-8"))["topics"]
    return {topic["label"] for topic in topics}


@lru_cache(maxsize=1)
def official_names() -> set[str]:
    with open(ROOT / "data" / "hitech_zones.tsv", encoding="utf-8") as f:
        return {row["official_name"] for row in csv.DictReader(f, delimiter="\t")}


def plain(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ---------------------------------------------------------------- pages


@pytest.mark.parametrize("seed", [0, 7, 42, 2**31])
def test_a_seed_gives_the_same_page(seed):
    assert recto_page(seed, corpus()) == recto_page(seed, corpus())


def test_seeds_give_different_pages():
    assert len({raw for raw, _ in pages()}) == len(SEEDS)


@pytest.mark.parametrize("key", sorted(CONVENTIONS))
def test_every_article_convention_value_appears(key):
    seen = {a["recto"][key] for _, gold in pages() for a in gold["articles"] if key in a["recto"]}
    assert seen == set(CONVENTIONS[key])


@pytest.mark.parametrize("key", sorted(PAGE_CONVENTIONS))
def test_every_page_convention_value_appears(key):
    assert {gold["recto_page"][key] for _, gold in pages()} == set(PAGE_CONVENTIONS[key])


def test_every_extractor_and_headline_order_appears():
    extractors = Counter(gold["extractor"] for _, gold in pages())
    assert set(extractors) == set(EXTRACTOR_WEIGHTS)
    assert 10 <= extractors["documented"] <= 35  # about a fifth
    assert {gold["recto_page"]["headline_order"] for _, gold in pages()} == set(HEADLINE_ORDERS)


@pytest.mark.parametrize("seed", SEEDS)
def test_text_conservation(seed):
    raw, gold = page(seed)
    lacking, extra = conservation_gap(raw, gold)
    assert (lacking, extra) == ("", "")


def test_the_gold_scored_against_itself_is_a_perfect_parse():
    for seed, (_, gold) in zip(SEEDS, pages()):
        assert shortfalls(self_score([(gold, as_prediction(gold))]), also=("park_acc",)) == {}, seed


def test_the_lead_is_the_longest_story_and_opens_the_page():
    length = {a["id"]: sum(len(str(line)) for line in a["body"]) for a in corpus()}
    for raw, gold in pages():
        ids = [a["id"] for a in gold["articles"]]
        assert length[ids[0]] == max(length[i] for i in ids)
        lead = gold["articles"][0]
        first_paragraph = next(b["text"] for b in lead["blocks"] if b["type"] == "paragraph")
        assert 0 <= plain(raw).find(plain(lead["title"])[:4]) < plain(raw).find(plain(first_paragraph)[:12])


def test_credits_and_datelines_are_printed_as_the_gold_says():
    for raw, gold in pages():
        for article in gold["articles"]:
            first = next((b["text"] for b in article["blocks"] if b["type"] == "paragraph"), "")
            assert plain(first).startswith(plain(article["dateline"]))
            for name in article["authors"]:
                assert name in plain(article["byline"]) + plain(first)
            assert plain(article["byline"]) in plain(raw)


# ---------------------------------------------------------------- habits


def test_documented_reader_blank_lines_follow_the_sample():
    for raw, _ in pages_read_by("documented"):
        lines = raw.split("\n")
        body_lines = [(k, line) for k, line in enumerate(lines[:-2]) if line.strip()]
        for k, line in body_lines:
            if re.search(r"[0-9A-Za-z%+\-]$", line):
                assert lines[k + 1].strip(), line  # no blank line after a half-width ending
        assert "\n\n" in raw


def test_documented_reader_prints_headlines_apart_and_spaces_numbers():
    orders = {gold["recto_page"]["headline_order"] for _, gold in pages_read_by("documented")}
    assert orders <= {"after_body", "grouped"}
    spaced = re.compile(r"[\u4e00-\u9fff] \d+ [\u4e00-\u9fff]")
    assert any(spaced.search(raw) for raw, _ in pages_read_by("documented"))
    letter_spaced = re.compile(r"^(\S ){6,}\S$", re.M)
    assert any(letter_spaced.search(raw) for raw, _ in pages_read_by("documented"))


def test_textract_lines_has_no_blank_lines_and_splits_wide_gaps():
    for raw, gold in pages_read_by("textract_lines"):
        assert "\n\n" not in raw
        if gold["recto_page"]["header_separator"] == "gap":
            assert re.search(r"^第\d+期$", raw, re.M)  # the header's issue number is a LINE of its own
    for raw, gold in pages_read_by("textract_lines"):
        if gold["recto_page"]["format"] != "spread":
            continue
        title = gold["articles"][0]["title"]
        assert title not in raw.split("\n")  # the banner across the fold is two LINEs


def test_textractor_prefixes_titles_and_joins_element_lines():
    for raw, gold in pages_read_by("textractor_markdown"):
        lines = raw.split("\n")
        for article in gold["articles"]:
            assert any(line.startswith("# ") and plain(line[2:]) == plain(article["title"]) for line in lines)
            for block in article["blocks"]:
                if block["type"] == "heading":
                    section = plain(block["text"])
                    assert any(line.startswith("## ") and plain(line[3:]) == section for line in lines)
        tables = [a for a in gold["articles"] if a["recto"].get("table") == "grid"]
        if tables:
            assert re.search(r"^\|-{3,}\|", raw, re.M)


def test_draw_frames_split_the_dateline_run():
    split = 0
    for raw, gold in pages_read_by("draw_frames"):
        assert "\n\n" not in raw
        lines = raw.split("\n")
        split += sum(a["dateline"] in lines for a in gold["articles"] if a["dateline"])
    assert split


def test_textin_merges_paragraphs_and_marks_tables_and_photos():
    for raw, gold in pages_read_by("textin_markdown"):
        lines = set(raw.split("\n"))
        for article in gold["articles"]:
            for block in article["blocks"]:
                if block["type"] == "paragraph" and not block["text"].count(" "):
                    assert block["text"] in lines
            if article["captions"]:
                assert "![](" in raw
            if article["recto"].get("table") == "grid":
                assert "<table><tr><td>" in raw


@pytest.mark.parametrize("extractor", sorted(HABITS))
def test_every_page_names_its_readers_habits(extractor):
    for _, gold in pages_read_by(extractor):
        assert gold["recto_page"]["habits"] == list(HABITS[extractor])


# ---------------------------------------------------------------- any corpus

# another corpus's articles: no dateline, authors, captions or topics; one with eight subheadings
LONG_PARAGRAPH = "兰州高新区推进科技创新，" * 25 + "成效明显。"
LONG_BODY = [line for k in range(8) for line in (f"## 第{k + 1}个方面", LONG_PARAGRAPH)]
BARE = [
    {"id": "bare-one", "park": "荣昌高新技术产业开发区", "title": "荣昌高新区兽药产业园新增企业五家",
     "body": ["荣昌高新区兽药产业园今年新增企业五家，园区兽药企业总数达到四十家。", "园区将完善检测平台。"]},
    {"id": "bare-two", "park": "渭南高新技术产业开发区", "title": "渭南高新区3D打印产业园扩容",
     "body": ["渭南高新区3D打印产业园二期建成，新增标准厂房6万平方米。"]},
    {"id": "bare-long", "park": "兰州高新技术产业开发区", "title": "兰州高新区八个方面推进创新",
     "body": LONG_BODY},
]


@pytest.mark.parametrize("seed", range(12))
def test_a_corpus_without_datelines_authors_or_captions(seed):
    raw, gold = recto_page(seed, BARE)
    assert conservation_gap(raw, gold) == ("", "")
    assert shortfalls(self_score([(gold, as_prediction(gold))])) == {}
    assert all(a["authors"] == [] and a["dateline"] == "" and a["captions"] == [] for a in gold["articles"])


# ---------------------------------------------------------------- the corpus


def test_corpus_has_thirty_articles_one_per_listed_park():
    parks = [a["park"] for a in corpus()]
    assert len(corpus()) == 30
    assert len(set(parks)) == 30 and set(parks) <= set(PARKS) and set(parks) <= official_names()
    assert len({a["id"] for a in corpus()}) == 30


def test_corpus_kinds():
    assert Counter(a["kind"] for a in corpus()) == KIND_COUNTS


@pytest.mark.parametrize("index", range(30))
def test_corpus_article_shape(index):
    article = corpus()[index]
    assert set(article) <= ARTICLE_FIELDS
    assert {"id", "park", "kind", "title", "body", "topics", "summary"} <= set(article)
    assert set(article["topics"]) <= topic_labels() and 1 <= len(article["topics"]) <= 4
    assert all({"name", "role", "people"} <= set(author) for author in article.get("authors", []))
    assert all("text" in caption for caption in article.get("captions", []))
    body = [line for line in article["body"] if not line.startswith("## ")]
    assert article["summary"] and len(article["summary"]) <= 120
    assert not body[0].startswith(article["summary"][:20])  # written, not the lead copied
    if article["kind"] == "short":
        assert 150 <= sum(len(line) for line in body) <= 300
    if article["kind"] == "feature":
        assert 3 <= sum(line.startswith("## ") for line in article["body"]) <= 4
    if article["kind"] == "interview":
        assert any(line.startswith(("问：", "记者：")) for line in body)
    if article["kind"] == "measures":
        assert any(line.startswith("一是") for line in body) and any(line.startswith("二是") for line in body)
    if article["kind"] == "photo":
        assert article.get("captions")
    if "table" in article:
        assert 1 <= article["table"]["after"] <= len(body)
        assert len({len(row) for row in article["table"]["rows"]}) == 1


def test_corpus_authors_come_from_many_peoples_with_rare_surnames():
    authors = [author for article in corpus() for author in article.get("authors", [])]
    peoples = {author["people"] for author in authors}
    assert len(peoples - {"汉"}) >= 18
    assert any("·" in author["name"] for author in authors)
    assert sum(author["name"].startswith(COMPOUND_SURNAMES) for author in authors) >= 5
    assert sum(1 for article in corpus() if "table" in article) >= 3
    assert sum(1 for article in corpus() if article.get("kicker")) >= 5


# ---------------------------------------------------------------- the tool


def test_the_tool_writes_pages_and_gold(tmp_path, capsys):
    assert TOOL.main([str(tmp_path / "a"), "--count", "3", "--seed", "1"]) == 0
    assert "wrote 3 pages" in capsys.readouterr().out
    written = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert written == [f"page-00{n}.{ext}" for n in (1, 2, 3) for ext in ("gold.yaml", "txt")]
    gold = yaml.safe_load((tmp_path / "a" / "page-002.gold.yaml").read_text(encoding="utf-8"))
    assert gold["page"] == "page-002.txt" and gold["extractor"] in EXTRACTOR_WEIGHTS
    TOOL.main([str(tmp_path / "b"), "--count", "3", "--seed", "1"])
    for name in written:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
