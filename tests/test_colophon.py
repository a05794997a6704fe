"""Tests of the colophon layouter (a weekly digest's 园区文摘 page), not of the parser."""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
import yaml
from colophon import (
    CONVENTIONS,
    EXTRACTOR_WEIGHTS,
    HABITS,
    PAGE_CONVENTIONS,
    colophon_page,
    conserved,
    conventions_seen,
    nows,
)
from selfscore import self_score, shortfalls

from tools.colophon_pages import TOOL

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "colophon.yaml"
SEEDS = range(100)
PARKS = set(
    "唐山 燕郊 承德 太原 沈阳 锦州 延吉 长春净月 通化医药 上海张江 无锡 昆山 徐州 武进 南通 "
    "常熟 宁波 绍兴 温州 衢州 芜湖 蚌埠 淮南 莆田 龙岩 赣州 宜春丰城 潍坊 烟台 济宁 "
    "泰安 黄冈 荆州 常德 柳州 海口 荣昌 渭南 安康 青海 信阳 遵义 许昌".split()
)
PARK_NAMES = {f"{stem}高新技术产业开发区" for stem in PARKS} | {"厦门火炬高技术产业开发区"}
KINDS = {"short": 10, "news": 7, "feature": 5, "interview": 3, "measures": 2, "commentary": 1, "photo": 2}
FIELDS = {
    "id",
    "park",
    "kind",
    "kicker",
    "title",
    "subtitle",
    "dateline",
    "authors",
    "body",
    "captions",
    "table",
    "topics",
    "summary",
}


@cache
def corpus() -> list[dict]:
    return yaml.safe_load(CORPUS.read_text(encoding="utf-8"))["articles"]


@cache
def page(seed: int) -> tuple[str, dict]:
    return colophon_page(seed, corpus())


def pages() -> list[tuple[str, dict]]:
    return [page(seed) for seed in SEEDS]


@cache
def topic_labels() -> frozenset[str]:
    topics = yaml.safe_load((ROOT / "data" / "topics.yaml").read_text(encoding="utf-8"))["topics"]
    return frozenset(topic["label"] for topic in topics)


# ---------------------------------------------------------------- pages


@pytest.mark.parametrize("seed", [0, 7, 123456, 2**31])
def test_pages_are_deterministic_per_seed(seed: int) -> None:
    first, second = colophon_page(seed, corpus()), colophon_page(seed, copy.deepcopy(corpus()))
    assert first == second


def test_different_seeds_give_different_pages() -> None:
    assert len({raw for raw, _ in pages()[:20]}) == 20


@pytest.mark.parametrize("seed", SEEDS)
def test_text_is_conserved(seed: int) -> None:
    raw, gold = page(seed)
    missing, extra = conserved(raw, gold)
    assert (missing, extra) == ("", "")


@pytest.mark.parametrize("seed", SEEDS)
def test_gold_scored_against_itself_is_a_perfect_parse(seed: int) -> None:
    _, gold = page(seed)
    figures = self_score([(gold, copy.deepcopy(gold))])
    assert shortfalls(figures) == {}


@pytest.mark.parametrize("name", list(CONVENTIONS))
def test_every_article_convention_value_appears(name: str) -> None:
    seen = conventions_seen(gold for _, gold in pages())
    assert set(CONVENTIONS[name]) <= seen[name]


@pytest.mark.parametrize("name", list(PAGE_CONVENTIONS))
def test_every_page_convention_value_appears(name: str) -> None:
    seen = {gold["colophon_page"][name] for _, gold in pages()}
    assert set(PAGE_CONVENTIONS[name]) <= seen


def test_every_reader_appears_near_its_weight() -> None:
    counts = Counter(gold["extractor"] for _, gold in pages())
    assert set(counts) == set(EXTRACTOR_WEIGHTS) == set(HABITS)
    assert sum(EXTRACTOR_WEIGHTS.values()) == pytest.approx(1.0)
    assert 8 <= counts["documented"] <= 35


def test_gold_has_the_sample_gold_shape() -> None:
    _, gold = page(1)
    assert {"extractor", "colophon_page", "articles", "furniture", "unassigned"} <= set(gold)
    for article in gold["articles"]:
        assert {
            "id",
            "park",
            "title",
            "dateline",
            "authors",
            "blocks",
            "captions",
            "topics",
            "summary",
        } <= set(article)
        assert all(block["type"] in ("paragraph", "heading") for block in article["blocks"])
        assert all(isinstance(name, str) for name in article["authors"])
        assert "colophon" in article
    assert len({a["id"] for a in gold["articles"]}) == len(gold["articles"])


def test_printed_authors_are_on_the_page() -> None:
    for raw, gold in pages():
        for article in gold["articles"]:
            for name in article["authors"]:
                assert nows(name) in nows(raw)


def test_continued_stories_carry_their_jump_line() -> None:
    jumps = 0
    for _, gold in pages():
        furniture = {nows(line) for line in gold["furniture"]}  # a reader may write （ as (
        for article in gold["articles"]:
            if "continued_to" in article:
                assert nows(f"（下转第{article['continued_to']}版）") in furniture
                jumps += 1
            if "continued_from" in article:
                assert nows("（上接第1版）") in furniture
                jumps += 1
    assert jumps > 20


# ---------------------------------------------------------------- habits leave their trace


def pages_read_by(reader: str) -> list[tuple[str, dict]]:
    found = [(raw, gold) for raw, gold in pages() if gold["extractor"] == reader]
    assert found, reader
    return found


TRACES = {
    "documented": lambda raw: "\n\n" in raw and not raw.lstrip().startswith(("<!--", "#")),
    "azure_markdown": lambda raw: '<!-- PageHeader="' in raw and re.search(r"^#{1,2} \S", raw, re.M),
    "azure_read": lambda raw: "\n\n" not in raw,
    "apple_live_text": lambda raw: "\n\n" not in raw and "，" not in raw and "," in raw,
    "mathpix": lambda raw: "\\section*{" in raw,
}


@pytest.mark.parametrize("reader", list(EXTRACTOR_WEIGHTS))
def test_each_reader_leaves_its_trace(reader: str) -> None:
    for raw, _ in pages_read_by(reader):
        assert TRACES[reader](raw)


def test_documented_reader_keeps_no_blank_after_a_half_width_end() -> None:
    for raw, _ in pages_read_by("documented"):
        lines = raw.rstrip("\n").split("\n")
        for line, following in zip(lines, lines[1:]):
            if line and line[-1].isascii() and not line[-1].isspace():
                assert following != ""


def test_mathpix_escapes_percent_and_sets_tables_in_tabular() -> None:
    joined = "".join(raw for raw, _ in pages_read_by("mathpix"))
    assert "\\%" in joined and not re.search(r"[^\\]%", joined)
    assert "\\begin{tabular}" in joined and "https://cdn.mathpix.com/cropped/" in joined


def test_azure_markdown_writes_html_tables_and_figures() -> None:
    joined = "".join(raw for raw, _ in pages_read_by("azure_markdown"))
    assert "<table>" in joined and "<figcaption>" in joined and "<!-- PageNumber=" in joined


@pytest.mark.parametrize(
    "mark",
    [
        "（摘自《",
        "（来源：",
        "据新华社电",
        "本报综合",
        "有删节）",
        "文/",
        "编者按：",
        "【编者的话】",
        "一句话新闻",
        "数说园区",
        "读者来信",
        "园区问答",
        "漫画：",
        "/作",
        "招商推介会",
        "邮发代号",
        "稿酬事宜",
        "【",
        "〖",
        "‖",
        "◇",
        "图片来源",
        "资料图",
        "延伸阅读",
        "链接",
    ],
)
def test_the_digest_hand_is_on_the_pages(mark: str) -> None:
    assert any(mark in raw for raw, _ in pages())


# ---------------------------------------------------------------- corpus


def test_corpus_has_thirty_articles_one_per_listed_park() -> None:
    articles = corpus()
    parks = [article["park"] for article in articles]
    assert len(articles) == 30
    assert len(set(parks)) == 30
    assert set(parks) <= PARK_NAMES
    assert len({article["id"] for article in articles}) == 30


def test_corpus_kinds_and_tables() -> None:
    assert Counter(article["kind"] for article in corpus()) == KINDS
    assert sum("table" in article for article in corpus()) >= 3


@pytest.mark.parametrize("article", corpus(), ids=lambda article: article["id"])
def test_corpus_article_shape(article: dict) -> None:
    assert set(article) <= FIELDS
    assert {"id", "park", "kind", "title", "body", "topics", "summary"} <= set(article)
    assert set(article["topics"]) <= topic_labels()
    assert 0 < len(article["summary"]) <= 120
    assert article["summary"] not in article["body"][0]
    for author in article.get("authors") or []:
        assert set(author) == {"name", "role", "people"}
    for caption in article.get("captions") or []:
        assert "text" in caption and set(caption) <= {"text", "credit"}
    if "table" in article:
        assert 1 <= article["table"]["after"] <= len(article["body"])
        assert len({len(row) for row in article["table"]["rows"]}) == 1


@pytest.mark.parametrize("article", corpus(), ids=lambda article: article["id"])
def test_corpus_article_fits_its_kind(article: dict) -> None:
    paragraphs = [line for line in article["body"] if not line.startswith("## ")]
    headings = [line for line in article["body"] if line.startswith("## ")]
    length = sum(len(p) for p in paragraphs)
    if article["kind"] == "short":
        assert article.get("dateline") == "本报讯" and 150 <= length <= 300
    if article["kind"] == "feature":
        assert 3 <= len(headings) <= 4
    if article["kind"] == "interview":
        assert any(re.match(r"^(问|答|记者)：", p) for p in paragraphs)
    if article["kind"] == "measures":
        assert "一是" in "".join(paragraphs) and "二是" in "".join(paragraphs)
    if article["kind"] == "photo":
        assert article.get("captions")


def test_corpus_authors_come_from_many_peoples() -> None:
    authors = [author for article in corpus() for author in article.get("authors") or []]
    peoples = {author["people"] for author in authors}
    assert {
        "维吾尔",
        "藏",
        "蒙古",
        "回",
        "哈萨克",
        "柯尔克孜",
        "彝",
        "壮",
        "苗",
        "土家",
        "朝鲜",
        "满",
        "侗",
        "白",
        "傣",
        "纳西",
        "撒拉",
    } <= peoples
    dotted = [a["name"] for a in authors if a["people"] in ("维吾尔", "哈萨克", "柯尔克孜")]
    assert dotted and all("·" in name for name in dotted)
    compound = {"上官", "慕容", "澹台", "端木", "令狐", "钟离", "公孙", "宇文", "尉迟"}
    han = [a["name"] for a in authors if a["people"] == "汉"]
    assert sum(name[:2] in compound for name in han) >= 5


# ---------------------------------------------------------------- other corpora


BARE = [
    {
        "id": f"bare-{k}",
        "park": park,
        "kind": "news",
        "title": f"{park[:2]}高新区新闻{k}",
        "body": [
            f"{park[:2]}高新区第{k}段消息，园区企业今年产值增长{k + 10}%，新增就业{k * 100}人。" * 3,
            f"园区有关负责人表示，将继续优化服务，推动项目{k}早日投产见效。" * 2,
            f"据介绍，相关项目总投资{k + 5}亿元，预计明年全面建成。" * 2,
        ],
        "topics": ["重大项目"],
        "summary": f"园区项目{k}进展顺利。",
    }
    for k, park in enumerate(
        [
            "唐山高新技术产业开发区",
            "太原高新技术产业开发区",
            "宁波高新技术产业开发区",
            "芜湖高新技术产业开发区",
            "海口高新技术产业开发区",
            "遵义高新技术产业开发区",
        ]
    )
]


@pytest.mark.parametrize("seed", range(30))
def test_a_corpus_without_datelines_authors_or_captions_is_set(seed: int) -> None:
    raw, gold = colophon_page(seed, BARE)
    assert conserved(raw, gold) == ("", "")
    assert shortfalls(self_score([(gold, copy.deepcopy(gold))])) == {}
    assert all(article["authors"] == [] and article["captions"] == [] for article in gold["articles"])


def test_the_layouter_sets_a_long_article_with_many_subheadings() -> None:
    long = dict(
        BARE[0],
        id="long",
        body=[f"## 第{k}部分" if k % 3 == 0 else "园区企业加快转型升级。" * 20 for k in range(24)],
    )
    raw, gold = colophon_page(3, [long])
    assert conserved(raw, gold) == ("", "")
    assert shortfalls(self_score([(gold, copy.deepcopy(gold))])) == {}


# ---------------------------------------------------------------- the page-set tool


def test_the_tool_writes_n_pages_and_their_gold(tmp_path: Path) -> None:
    assert TOOL.main([str(tmp_path), "--count", "4", "--seed", "2"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        f"page-00{k}.{ext}" for k in range(1, 5) for ext in ("gold.yaml", "txt")
    ]
    gold = yaml.safe_load((tmp_path / "page-001.gold.yaml").read_text(encoding="utf-8"))
    raw = (tmp_path / "page-001.txt").read_text(encoding="utf-8")
    assert gold["page"] == "page-001.txt"
    assert conserved(raw, gold) == ("", "")


def test_the_tool_runs_as_a_module(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tools.colophon_pages", str(tmp_path / "out"), "--count", "2", "--seed", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "wrote 2 pages" in result.stdout
    assert len(list((tmp_path / "out").glob("*.gold.yaml"))) == 2
