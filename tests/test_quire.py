"""Tests of the thirty-third layouter (tests/quire.py) and its corpus, not of the parser."""

from __future__ import annotations

import copy
import csv
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
import yaml
from quire import (
    CONVENTIONS,
    EXTRACTOR_WEIGHTS,
    HABITS,
    PAGE_CONVENTIONS,
    gold_characters,
    quire_page,
    raw_characters,
    set_lines,
)
from selfscore import self_score, shortfalls

from tools.quire_pages import main as quire_pages_main

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "quire.yaml"
SEEDS = range(100)

PARKS = (
    "中关村科技园区、天津滨海高新技术产业开发区、大连高新技术产业园区、吉林高新技术产业开发区、哈尔滨高新技术产业开发区、"
    "上海紫竹高新技术产业开发区、常州高新技术产业开发区、杭州高新技术产业开发区、铜陵狮子山高新技术产业开发区、"
    "福州高新技术产业开发区、厦门火炬高技术产业开发区、南昌高新技术产业开发区、济南高新技术产业开发区、"
    "威海火炬高技术产业开发区、淄博高新技术产业开发区、莱芜高新技术产业开发区、郑州高新技术产业开发区、"
    "南阳高新技术产业开发区、平顶山高新技术产业开发区、襄阳高新技术产业开发区、孝感高新技术产业开发区、"
    "随州高新技术产业开发区、仙桃高新技术产业开发区、黄冈高新技术产业开发区、荆州高新技术产业开发区、"
    "益阳高新技术产业开发区、衡阳高新技术产业开发区、郴州高新技术产业开发区、珠海高新技术产业开发区、"
    "湛江高新技术产业开发区、茂名高新技术产业开发区、桂林高新技术产业开发区、柳州高新技术产业开发区、"
    "绵阳高新技术产业开发区、德阳高新技术产业开发区、内江高新技术产业开发区、安顺高新技术产业开发区、"
    "昆明高新技术产业开发区、宝鸡高新技术产业开发区、榆林高新技术产业开发区、青海高新技术产业开发区、"
    "昌吉高新技术产业开发区、克拉玛依高新技术产业开发区、拉萨高新技术产业开发区"
).split("、")
KINDS = {"short": 10, "news": 7, "feature": 5, "interview": 3, "measures": 2, "commentary": 1, "photo": 2}
PEOPLES = set("维吾尔 藏 蒙古 回 哈萨克 柯尔克孜 彝 壮 苗 土家 朝鲜 满 侗 白 傣 纳西 撒拉 汉".split())
# peoples whose names are written with the middle dot between given name and father's name
DOTTED_PEOPLES = {"维吾尔", "哈萨克", "柯尔克孜"}
RARE_SURNAMES = tuple("仉 亓 逄 佘 郗 冼 闭 上官 闻人 澹台 公孙 欧阳 司马 诸葛 皇甫".split())
FIELDS = set("id park kind kicker title subtitle dateline authors body captions table topics summary".split())
REQUIRED = {"id", "park", "kind", "title", "body", "topics", "summary"}

# A corpus in the same shape without datelines, authors, captions or tables, one of them long
TINY = [
    {
        "id": "bare-news",
        "park": "郑州高新技术产业开发区",
        "kind": "news",
        "title": "郑州高新区 新建算力中心投用",
        "body": [
            "郑州高新区新建的算力中心近日投入使用，可为园区企业提供训练和推理服务。",
            "算力中心一期部署服务器2000台，园区企业按需租用，价格比市场低两成。",
            "园区负责人说，算力中心将重点服务智能制造和智慧城市领域的企业。",
        ],
        "topics": ["人工智能"],
        "summary": "郑州高新区算力中心投用，服务园区企业。",
    },
    {
        "id": "bare-feature",
        "park": "黄冈高新技术产业开发区",
        "kind": "feature",
        "title": "黄冈高新区的中药材新路",
        "body": ["黄冈高新区一家药企把本地中药材做成配方颗粒。"]
        + [
            f"## 第{n}步"
            if k % 2 == 0
            else f"企业在第{n}个环节引入了新的工艺，产品质量更加稳定，成本也降了下来。" * 6
            for n in range(1, 9)
            for k in range(2)
        ],
        "topics": ["生物医药"],
        "summary": "黄冈高新区药企把中药材做成配方颗粒。",
    },
    {
        "id": "bare-brief",
        "park": "益阳高新技术产业开发区",
        "kind": "short",
        "title": "益阳高新区新增两家专精特新企业",
        "body": ["益阳高新区近日新增两家省级专精特新中小企业，分别从事电容器和船舶配件生产。"],
        "topics": ["智能制造"],
        "summary": "益阳高新区新增两家省级专精特新企业。",
    },
]


@cache
def corpus() -> list[dict]:
    return yaml.safe_load(CORPUS.read_text(encoding="utf-8"))["articles"]


@cache
def page(seed: int) -> tuple[str, dict]:
    return quire_page(seed, copy.deepcopy(corpus()))


def perfect_prediction(gold: dict) -> dict:
    """What a parser that got everything right would print for the page."""
    return {"articles": copy.deepcopy(gold["articles"])}


@cache
def zones() -> dict[str, dict]:
    with open(ROOT / "data" / "hitech_zones.tsv", encoding="utf-8") as f:
        return {row["official_name"]: row for row in csv.DictReader(f, delimiter="\t")}


@cache
def topic_labels() -> set[str]:
    topics = yaml.safe_load((ROOT / "data" / "topics.yaml").read_text(encoding="utf-8"))["topics"]
    return {t["label"] for t in topics}


# ------------------------------------------------------------------------------------------ the pages


@pytest.mark.parametrize("seed", [0, 7, 123456])
def test_pages_are_deterministic_per_seed(seed):
    assert quire_page(seed, copy.deepcopy(corpus())) == quire_page(seed, copy.deepcopy(corpus()))


def test_seeds_give_different_pages():
    assert len({page(seed)[0] for seed in range(10)}) == 10


@pytest.mark.parametrize("seed", SEEDS)
def test_text_is_conserved(seed):
    raw, gold = page(seed)
    assert Counter(raw_characters(raw)) == Counter(gold_characters(gold))


@pytest.mark.parametrize("seed", SEEDS)
def test_gold_scored_against_itself_is_a_perfect_parse(seed):
    _, gold = page(seed)
    assert shortfalls(self_score([(gold, perfect_prediction(gold))]), also=("park_acc",)) == {}


@pytest.mark.parametrize("name", sorted(CONVENTIONS))
def test_every_article_convention_value_appears(name):
    seen = {a["quire"].get(name) for seed in SEEDS for a in page(seed)[1]["articles"]}
    assert set(CONVENTIONS[name]) <= seen


@pytest.mark.parametrize("name", sorted(PAGE_CONVENTIONS))
def test_every_page_convention_value_appears(name):
    seen = {page(seed)[1]["quire_page"][name] for seed in SEEDS}
    assert set(PAGE_CONVENTIONS[name]) == seen


def test_every_extractor_appears_about_as_weighted():
    seen = Counter(page(seed)[1]["extractor"] for seed in SEEDS)
    assert set(seen) == set(EXTRACTOR_WEIGHTS)
    assert 10 <= seen["documented"] <= 32
    assert sum(EXTRACTOR_WEIGHTS.values()) == pytest.approx(1.0)
    assert set(HABITS) == set(EXTRACTOR_WEIGHTS)


@pytest.mark.parametrize("seed", range(20))
def test_gold_has_the_sample_format(seed):
    _, gold = page(seed)
    assert {"page", "extractor", "quire_page", "articles", "furniture", "unassigned"} <= set(gold)
    for article in gold["articles"]:
        assert {
            "id",
            "park",
            "title",
            "subtitle",
            "dateline",
            "authors",
            "byline",
            "blocks",
            "captions",
            "topics",
            "summary",
            "quire",
        } <= set(article)
        assert all(b["type"] in {"paragraph", "heading"} and b["text"] for b in article["blocks"])
        assert all(not re.search(r"\s", b["text"]) for b in article["blocks"])
        assert all(name not in b["text"] for name in article["authors"] for b in article["blocks"][-1:])


# ------------------------------------------------------------------------------------------ habits


def first_page_read_by(extractor: str) -> tuple[str, dict]:
    return next(page(seed) for seed in range(300) if page(seed)[1]["extractor"] == extractor)


def lines_of(raw: str) -> list[str]:
    return raw.replace("\r\n", "\n").split("\n")


def blank_share(raw: str) -> float:
    lines = lines_of(raw.strip("\n"))
    return sum(not line.strip() for line in lines) / len(lines)


TRACES = {
    # a blank line after most lines (the half-width rule has a test of its own), a leading space
    "documented": lambda raw, gold: blank_share(raw) > 0.35 and raw.startswith(" "),
    "pypdf-extract-text": lambda raw, gold: blank_share(raw) == 0 and headline_after_body(raw, gold),
    "itext-location-strategy": lambda raw, gold: (
        blank_share(raw) == 0
        and any(
            re.search(r"[\u4e00-\u9fff。，、”] [\u4e00-\u9fff“（]", line) and len(line) > 20
            for line in lines_of(raw)
        )
    ),
    "docling-markdown": lambda raw, gold: re.search(r"^## ", raw, re.M) and "\n\n" in raw,
    "marker-markdown": lambda raw, gold: re.search(r"^#{1,3} ", raw, re.M) and "<!-- image -->" not in raw,
    "evince-copy": lambda raw, gold: (
        blank_share(raw) == 0 and "\r" not in raw and not headline_after_body(raw, gold)
    ),
    "sumatrapdf-copy": lambda raw, gold: "\r\n" in raw and blank_share(raw) == 0,
    "tika-text": lambda raw, gold: raw.startswith("\n") and blank_share(raw) > 0.05,
}


def headline_after_body(raw: str, gold: dict) -> bool:
    """Whether the display lead's title comes after the start of its body."""
    lead = next(a for a in gold["articles"] if a["quire"]["placement"] == "display_lead")
    flat = re.sub(r"\s+", "", raw)
    body_start = lead["blocks"][0]["text"][:12]
    title = re.sub(r"\s+", "", lead["title"])[:6]
    return flat.find(title) > flat.find(body_start) >= 0


@pytest.mark.parametrize("extractor", sorted(EXTRACTOR_WEIGHTS))
def test_each_reader_leaves_its_trace(extractor):
    raw, gold = first_page_read_by(extractor)
    assert gold["extractor_habits"] == list(HABITS[extractor])
    assert TRACES[extractor](raw, gold)


def test_documented_reader_keeps_the_half_width_rule():
    raw, _ = first_page_read_by("documented")
    lines = lines_of(raw)
    followers = [lines[i + 1] for i, line in enumerate(lines[:-1]) if line and ord(line[-1]) < 128]
    assert followers and all(follower.strip() for follower in followers)


def test_markdown_readers_mark_up_tables_and_pictures():
    found = Counter()
    for seed in SEEDS:
        raw, gold = page(seed)
        if gold["extractor"] in {"docling-markdown", "marker-markdown"}:
            found["pipe"] += "|---|" in raw
            found["docling image"] += "<!-- image -->" in raw
            found["marker image"] += "![](_page_0_Picture_" in raw
            assert all(mark in gold["furniture"] for mark in re.findall(r"^#+(?= )", raw, re.M))
    assert found["pipe"] and found["docling image"] and found["marker image"]


def test_tabloid_furniture_is_on_the_page():
    raw, gold = page(3)
    flat = re.sub(r"\s+", "", raw)
    assert "园区周刊" in flat and "校对" in flat and ("新闻热线" in flat or "爆料电话" in flat)
    # an ornament pair such as 【】 stands around the words it marks: its halves are on the page
    pieces = [piece for entry in gold["furniture"] for piece in ([*entry] if entry == "【】" else [entry])]
    assert all(re.sub(r"\s+", "", piece) in flat for piece in pieces)


def test_kinsoku_no_line_opens_on_a_closing_mark():
    text = (
        "园区企业研发投入占营业收入比重达6.8%，营业收入同比增长21%。“十四五”期间，园区（含托管区）产值翻番。"
    )
    for measure in range(8, 17):
        lines = set_lines(text, measure, indent=2)
        assert "".join(lines) == text
        assert not any(line[0] in "，。、；：？！”）》" for line in lines)
        assert not any(line[-1] in "“（《" for line in lines)


def test_pull_quotes_are_printed_twice():
    for seed in SEEDS:
        raw, gold = page(seed)
        pulled = [a for a in gold["articles"] if a["quire"].get("pull_quote") in {"quoted", "bare"}]
        for article in pulled:
            body = "".join(b["text"] for b in article["blocks"])
            quotes = [entry.removeprefix("“").removesuffix("”") for entry in gold["furniture"]]
            assert any(quote in body and len(quote) >= 12 for quote in quotes)


# ------------------------------------------------------------------------------------------ other corpora


@pytest.mark.parametrize("seed", range(12))
def test_a_corpus_without_datelines_authors_or_captions_is_set(seed):
    raw, gold = quire_page(seed, copy.deepcopy(TINY))
    assert Counter(raw_characters(raw)) == Counter(gold_characters(gold))
    assert gold["articles"]
    assert all(a["authors"] == [] and a["captions"] == [] for a in gold["articles"])
    assert shortfalls(self_score([(gold, perfect_prediction(gold))])) == {}
    long_feature = [a for a in gold["articles"] if a["id"] == "bare-feature"]
    assert all(sum(b["type"] == "heading" for b in a["blocks"]) == 8 for a in long_feature)


# ------------------------------------------------------------------------------------------ the corpus


def test_corpus_has_thirty_articles_one_per_listed_park():
    parks = [a["park"] for a in corpus()]
    assert len(corpus()) == 30
    assert len(set(parks)) == 30 and set(parks) <= set(PARKS)
    assert set(parks) <= set(zones())
    assert len({a["id"] for a in corpus()}) == 30


def test_corpus_kinds():
    assert Counter(a["kind"] for a in corpus()) == KINDS


@pytest.mark.parametrize("index", range(30))
def test_corpus_article_fields(index):
    article = corpus()[index]
    assert REQUIRED <= set(article) <= FIELDS
    assert re.fullmatch(r"[a-z0-9-]+", article["id"])
    assert set(article["topics"]) <= topic_labels() and 1 <= len(article["topics"]) <= 4
    assert 0 < len(article["summary"]) <= 120
    assert article["summary"] not in "".join(article["body"])
    for author in article.get("authors", []):
        assert set(author) == {"name", "role", "people"} and author["people"] in PEOPLES
        assert ("·" in author["name"]) == (author["people"] in DOTTED_PEOPLES)
    for caption in article.get("captions", []):
        assert caption["text"] and set(caption) <= {"text", "credit"}
    if "table" in article:
        rows = article["table"]["rows"]
        assert len({len(row) for row in rows}) == 1
        assert 0 < article["table"]["after"] <= sum(not p.startswith("## ") for p in article["body"])


@pytest.mark.parametrize("index", range(30))
def test_corpus_article_kind_shape(index):
    article = corpus()[index]
    paragraphs = [p for p in article["body"] if not p.startswith("## ")]
    headings = len(article["body"]) - len(paragraphs)
    kind = article["kind"]
    if kind == "short":
        assert 150 <= sum(map(len, paragraphs)) <= 300 and article["dateline"] == "本报讯"
    if kind == "feature":
        assert 3 <= headings <= 4
    if kind == "interview":
        assert sum(bool(re.match(r"^(问|答|记者|[\u4e00-\u9fff]{2,4})：", p)) for p in paragraphs) >= 6
    if kind == "measures":
        assert any(p.startswith("一是") for p in paragraphs) and any(p.startswith("二是") for p in paragraphs)
    if kind == "photo":
        assert article["captions"]


def test_corpus_tables_authors_and_surnames():
    articles = corpus()
    assert sum("table" in a for a in articles) >= 3
    peoples = {author["people"] for a in articles for author in a.get("authors", [])}
    assert len(peoples) >= 15 and peoples <= PEOPLES
    names = [author["name"] for a in articles for author in a.get("authors", [])]
    assert all(any(name.startswith(surname) for name in names) for surname in RARE_SURNAMES)


# ------------------------------------------------------------------------------------------ the tool


def test_tool_writes_pages_and_gold(tmp_path, capsys):
    assert quire_pages_main([str(tmp_path), "--count", "3", "--seed", "1"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "page-001.gold.yaml",
        "page-001.txt",
        "page-002.gold.yaml",
        "page-002.txt",
        "page-003.gold.yaml",
        "page-003.txt",
    ]
    gold = yaml.safe_load((tmp_path / "page-002.gold.yaml").read_text(encoding="utf-8"))
    raw = (tmp_path / "page-002.txt").read_text(encoding="utf-8")
    assert gold["page"] == "page-002.txt"
    assert Counter(raw_characters(raw)) == Counter(gold_characters(gold))
    assert "wrote 3 pages" in capsys.readouterr().out


def test_tool_set_is_reproducible(tmp_path):
    for out in ("a", "b"):
        assert quire_pages_main([str(tmp_path / out), "--count", "2", "--seed", "5"]) == 0
    for name in ("page-001.txt", "page-002.gold.yaml"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
