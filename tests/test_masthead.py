"""Tests of the masthead layouter (tests/masthead.py) and its corpus: the pages it writes, not the parser."""

from __future__ import annotations

import copy
import csv
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
import yaml
from masthead import (
    CONVENTIONS,
    EXTRACTOR_WEIGHTS,
    HABITS,
    PAGE_CONVENTIONS,
    masthead_page,
    perfect_prediction,
    printed_characters,
    raw_characters,
)
from selfscore import self_score, shortfalls

from tools.masthead_pages import main as masthead_pages_main

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "masthead.yaml"
SEEDS = range(100)
PARKS = (
    "保定高新技术产业开发区 包头稀土高新技术产业开发区 鄂尔多斯高新技术产业开发区 营口高新技术产业开发区 "
    "大庆高新技术产业开发区 齐齐哈尔高新技术产业开发区 泰州医药高新技术产业开发区 厦门火炬高技术产业开发区 "
    "景德镇高新技术产业开发区 鹰潭高新技术产业开发区 泰安高新技术产业开发区 黄河三角洲农业高新技术产业示范区 "
    "安阳高新技术产业开发区 武汉东湖新技术开发区 湘潭高新技术产业开发区 中山火炬高技术产业开发区 "
    "源城高新技术产业开发区 清远高新技术产业开发区 荣昌高新技术产业开发区 永川高新技术产业开发区 "
    "攀枝花钒钛高新技术产业开发区 杨凌农业高新技术产业示范区 渭南高新技术产业开发区 咸阳高新技术产业开发区 "
    "安康高新技术产业开发区 兰州高新技术产业开发区 白银高新技术产业开发区 石嘴山高新技术产业开发区 "
    "苏州工业园区 "
    "信阳高新技术产业开发区 安庆高新技术产业开发区 宁乡高新技术产业开发区"
).split()
KIND_COUNTS = {"short": 10, "news": 7, "feature": 5, "interview": 3, "measures": 2, "commentary": 1,
               "photo": 2}
SHAPE = {"id", "park", "kind", "kicker", "title", "subtitle", "dateline", "authors", "body", "captions",
         "table", "topics", "summary"}
# A corpus as bare as another layouter's may be: no dateline, no authors, no captions, no kicker.
BARE = [
    {"id": "bare-one", "park": "安康高新技术产业开发区", "kind": "news",
     "title": "安康高新区新建标准厂房交付使用",
     "body": ["日前，安康高新区新建的8栋标准厂房交付使用，首批5家企业已签约入驻。", "## 配套同步完善",
              "园区同步建成职工公寓和食堂，入驻企业员工可就近居住。"],
     "topics": ["重大项目"], "summary": "安康高新区8栋标准厂房交付，首批5家企业签约入驻。"},
    {"id": "bare-two", "park": "源城高新技术产业开发区", "kind": "short",
     "title": "源城高新区举办企业用工对接会",
     "body": ["近日，源城高新区举办企业用工对接会，32家企业提供岗位1200余个，现场达成就业意向400多人。"],
     "topics": ["人才"], "summary": "源城高新区用工对接会提供岗位1200余个，达成意向400多人。"},
    {"id": "bare-three", "park": "宁乡高新技术产业开发区", "kind": "short",
     "title": "宁乡高新区储能电池检测中心获认可",
     "body": ["宁乡高新区储能电池检测中心日前通过国家实验室认可，可开展电池安全和循环寿命等检测。"],
     "topics": ["创新平台"], "summary": "宁乡高新区储能电池检测中心通过国家实验室认可。"},
]


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return yaml.safe_load(CORPUS.read_text(encoding="utf-8"))["articles"]


@pytest.fixture(scope="module")
def pages(corpus) -> list[tuple[str, dict]]:
    return [masthead_page(seed, corpus) for seed in SEEDS]


# ---------------------------------------------------------------- the pages


@pytest.mark.parametrize("seed", [0, 7, 123456, 2**31])
def test_a_seed_gives_the_same_page(corpus, seed):
    assert masthead_page(seed, corpus) == masthead_page(seed, corpus)


def test_the_corpus_is_left_as_it_was(corpus):
    before = copy.deepcopy(corpus)
    for seed in range(10):
        masthead_page(seed, corpus)
    assert corpus == before


def test_seeds_give_different_pages(pages):
    assert len({raw for raw, _ in pages}) == len(pages)


def test_every_extractor_appears(pages):
    assert {gold["extractor"] for _, gold in pages} == set(EXTRACTOR_WEIGHTS)
    assert set(HABITS) == set(EXTRACTOR_WEIGHTS)


@pytest.mark.parametrize("name", sorted(CONVENTIONS))
def test_every_article_convention_value_appears(pages, name):
    seen = {a["masthead"][name] for _, gold in pages for a in gold["articles"] if name in a["masthead"]}
    assert seen == set(CONVENTIONS[name])


@pytest.mark.parametrize("name", sorted(PAGE_CONVENTIONS))
def test_every_page_convention_value_appears(pages, name):
    seen: set = set()
    for _, gold in pages:
        value = gold["masthead_page"][name]
        seen |= set(value) if isinstance(value, list) else {str(value)}
    assert seen == set(PAGE_CONVENTIONS[name])


def test_every_character_of_every_page_is_in_the_gold(pages):
    for raw, gold in pages:
        assert raw_characters(raw) == printed_characters(gold), gold["extractor"]


def test_the_gold_scored_against_itself_is_a_perfect_parse(pages):
    for _, gold in pages:
        assert shortfalls(self_score([(unsummarised(gold), perfect_prediction(gold))])) == {}


def unsummarised(gold: dict) -> dict:
    """The gold without its reference summaries: no figure a perfect parse must reach reads them, and
    the scorer's pure-Python ROUGE-L over them is most of the test's time."""
    unscored = ("summary", "lead_summary")
    articles = [{k: v for k, v in a.items() if k not in unscored} for a in gold["articles"]]
    return dict(gold, articles=articles)


def test_gold_article_text_is_what_the_page_prints(pages):
    for raw, gold in pages:
        flat = squeeze(raw)
        for article in gold["articles"]:
            for text in (article["kicker"], article["title"], article["subtitle"]):
                assert squeeze(text) in flat
            # the credit lines a byline joins may stand apart (MinerU writes each as a block)
            assert all(squeeze(part) in flat for part in article["byline"].split())
            for block in article["blocks"]:
                # a MinerU table has its cells between HTML tags; every other block is printed whole
                if not (block.get("table") and gold["extractor"].startswith("mineru")):
                    assert squeeze(block["text"]) in flat


def test_authors_are_printed_and_never_stay_in_the_body(pages):
    for raw, gold in pages:
        for article in gold["articles"]:
            # the dateline keeps its credit at the head of the first paragraph, as the sample's does
            body = "".join(b["text"] for b in article["blocks"]).removeprefix(article["dateline"])
            for name in article["authors"]:
                assert squeeze(name) in squeeze(raw) and name not in body
                assert name in article["byline"] + article["dateline"]


def test_a_bare_corpus_is_set_too():
    for seed in range(30):
        raw, gold = masthead_page(seed, BARE)
        assert raw_characters(raw) == printed_characters(gold)
        assert shortfalls(self_score([(unsummarised(gold), perfect_prediction(gold))])) == {}
        for article in gold["articles"]:
            assert article["captions"] == [] and article["dateline"] == ""


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


# ---------------------------------------------------------------- the readers' habits


def pages_by(pages, reader: str) -> list[tuple[str, dict]]:
    chosen = [(raw, gold) for raw, gold in pages if gold["extractor"] == reader]
    assert chosen, reader
    return chosen


def test_documented_reader_leaves_a_blank_line_after_lines_ending_full_width(pages):
    for raw, _ in pages_by(pages, "documented"):
        lines = raw.split("\n")
        for line, after in zip(lines, lines[1:], strict=False):
            if line and not re.search(r"[0-9A-Za-z+\-]$", line) and not line.endswith(" "):
                assert after == "" or len(line) <= 24, line


def test_documented_reader_breaks_a_two_line_headline_with_one_newline(pages):
    two_line = [(raw, a["title"]) for raw, gold in pages_by(pages, "documented") for a in gold["articles"]
                if a.get("masthead", {}).get("headline") == "two_lines" and len(a["title"]) >= 12]
    assert two_line
    for raw, title in two_line:
        assert any(f"{title[:k]}\n{title[k:]}\n" in raw for k in range(1, len(title))), title


def test_documented_reader_spaces_numbers_now_and_then(pages):
    assert any(re.search(r"[^\d\s] \d+ [^\d\s]", raw) for raw, _ in pages_by(pages, "documented"))


def test_mineru_drops_the_head_and_foot_and_marks_titles(pages):
    for raw, gold in pages_by(pages, "mineru_markdown"):
        assert "准印证号" not in raw and "本期编辑" not in raw
        assert re.search(r"^# \S", raw, re.M)
        if any(b.get("table") for a in gold["articles"] for b in a["blocks"]):
            assert "<table><tr><td>" in raw
        if any(a["captions"] for a in gold["articles"]):
            assert re.search(r"^!\[\]\(images/[0-9a-f]{64}\.jpg\)$", raw, re.M)


def test_mineru_content_list_is_json_of_the_blocks(pages):
    for raw, gold in pages_by(pages, "mineru_content_list"):
        blocks = json.loads(raw)
        assert "准印证号" not in raw and {b["type"] for b in blocks} <= {"text", "image", "table"}
        titles = {b["text"] for b in blocks if b.get("text_level") == 1}
        assert {a["title"] for a in gold["articles"]} <= titles
        captions = [c for b in blocks if b["type"] == "image" for c in b["image_caption"]]
        assert len(captions) == sum(len(a["captions"]) for a in gold["articles"])


def test_json_escapes_are_markup():
    quoted = [dict(BARE[0], title='安康高新区"标准厂房"交付\\使用')]
    for seed in range(40):
        raw, gold = masthead_page(seed, quoted)
        assert raw_characters(raw) == printed_characters(gold)


def test_umi_paragraph_mode_writes_a_paragraph_a_line_and_no_blank_lines(pages):
    for raw, gold in pages_by(pages, "umi_paragraphs"):
        assert "\n\n" not in raw
        lines = {squeeze(line) for line in raw.splitlines()}
        for article in gold["articles"]:
            for block in article["blocks"]:
                assert block.get("table") or squeeze(block["text"]) in lines


def test_umi_ocr_reads_some_full_width_punctuation_as_half_width(pages):
    assert any(re.search(r"[\u4e00-\u9fff][,:;?!]", raw) for raw, _ in pages_by(pages, "umi_paragraphs"))


def test_documented_reader_runs_a_one_line_credit_on_after_the_last_sentence(pages):
    assert any(re.search(r"。 （\S", raw) for raw, _ in pages_by(pages, "documented"))


def test_umi_indent_mode_keeps_indents_and_letter_spacing(pages):
    chosen = pages_by(pages, "umi_indent")
    for raw, _ in chosen:
        assert re.search(r"^(\u3000\u3000|    )\S", raw, re.M)
    assert any(re.search(r"^\S( \S){1,4}$", raw, re.M) for raw, _ in chosen)


def test_house_credits_are_printed(pages):
    raws = "".join(raw for raw, _ in pages)
    for mark in ("党群工作部", "供稿）", "撰稿：", "审核：", " 报道", "■", "文/", "本报讯（"):
        assert mark in raws, mark


# ---------------------------------------------------------------- the corpus


def test_corpus_holds_thirty_articles_one_per_listed_park(corpus):
    parks = [a["park"] for a in corpus]
    assert len(corpus) == 30 and len(set(parks)) == 30 and set(parks) <= set(PARKS)
    with open(ROOT / "data" / "hitech_zones.tsv", encoding="utf-8") as f:
        official = {row["official_name"] for row in csv.DictReader(f, delimiter="\t")}
    assert set(parks) <= official
    assert len({a["id"] for a in corpus}) == 30


def test_corpus_kinds(corpus):
    assert Counter(a["kind"] for a in corpus) == KIND_COUNTS


@pytest.fixture(scope="module")
def topics() -> set[str]:
    vocabulary = yaml.safe_load((ROOT / "data" / "topics.yaml").read_text("utf-8"))["topics"]
    return {t["label"] for t in vocabulary}


@pytest.mark.parametrize("index", range(30))
def test_corpus_article_has_the_fields_of_the_shape(corpus, topics, index):
    article = corpus[index]
    assert set(article) <= SHAPE
    assert article["title"] and article["body"] and article["topics"]
    assert set(article["topics"]) <= topics
    assert 0 < len(article["summary"]) <= 120 and article["summary"] not in article["body"][0]
    for author in article.get("authors") or []:
        assert set(author) == {"name", "role", "people"}
    text = "".join(p for p in article["body"] if not p.startswith("## "))
    headings = sum(p.startswith("## ") for p in article["body"])
    if article["kind"] == "short":
        assert article.get("dateline") == "本报讯" and 150 <= len(text) <= 300
    if article["kind"] == "feature":
        assert 3 <= headings <= 4
    if article["kind"] == "interview":
        assert any(p.startswith(("问：", "记者：")) for p in article["body"])
    if article["kind"] == "measures":
        openings = {p[:2] for p in article["body"]}
        assert {"一是", "二是"} <= openings
    if article["kind"] == "photo":
        assert article["captions"] and all(c["text"].startswith("图为") for c in article["captions"])


def test_corpus_authors_come_from_many_peoples_and_rare_surnames(corpus):
    authors = [a for article in corpus for a in article.get("authors") or []]
    peoples = {a["people"] for a in authors}
    assert len(peoples - {"汉"}) >= 15
    assert any("·" in a["name"] for a in authors)
    compound = ("上官", "司马", "欧阳", "令狐", "皇甫", "澹台", "诸葛", "尉迟", "东方", "端木")
    assert sum(a["name"].startswith(compound) for a in authors) >= 6
    assert sum(a["name"][0] in "郗亓禚訾芮喻" for a in authors) >= 4


def test_corpus_has_tables(corpus):
    tables = [a["table"] for a in corpus if "table" in a]
    assert len(tables) >= 3
    for table in tables:
        assert 1 <= table["after"] and all(len(row) == len(table["rows"][0]) for row in table["rows"])


# ---------------------------------------------------------------- the page-set tool


def test_the_tool_writes_n_pages_and_their_gold(tmp_path, capsys):
    assert masthead_pages_main([str(tmp_path), "--count", "3", "--seed", "1"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "page-001.gold.yaml", "page-001.txt", "page-002.gold.yaml", "page-002.txt",
        "page-003.gold.yaml", "page-003.txt"]
    gold = yaml.safe_load((tmp_path / "page-002.gold.yaml").read_text(encoding="utf-8"))
    raw = (tmp_path / "page-002.txt").read_text(encoding="utf-8")
    assert gold["page"] == "page-002.txt" and raw_characters(raw) == printed_characters(gold)
    assert "wrote 3 pages" in capsys.readouterr().out


def test_the_tool_gives_the_same_pages_for_a_seed(tmp_path):
    for name in ("a", "b"):
        masthead_pages_main([str(tmp_path / name), "--count", "2", "--seed", "5"])
    for page in ("page-001.txt", "page-002.gold.yaml"):
        assert (tmp_path / "a" / page).read_bytes() == (tmp_path / "b" / page).read_bytes()
