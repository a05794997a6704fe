"""The fortieth layouter (tests/gravure.py): its pages, its gold and its corpus. These test the
layouter, not the parser: the parser never reads these pages here."""

from __future__ import annotations

import copy
import csv
import functools
import json
from collections import Counter
from pathlib import Path

import pytest
import yaml
from goldtext import conservation_gap
from gravure import (
    CONVENTIONS,
    EXTRACTOR_WEIGHTS,
    HABIT_TRACES,
    HABITS,
    PAGE_CONVENTIONS,
    gravure_page,
)
from selfscore import self_score, shortfalls

from tools.gravure_pages import main as gravure_pages_main

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "gravure.yaml"
SEEDS = range(100)
# the per-page checks run on batches of seeds: one test case per batch keeps the file fast
BATCHES = [range(start, start + 10) for start in range(0, 100, 10)]

# the corpora whose parks this one avoids, so that its articles are news to the parser's tuning
OTHER_CORPORA = ("linotype.yaml", "halftone.yaml", "masthead.yaml", "recto.yaml")
KIND_COUNTS = {
    "short": 8, "news": 6, "feature": 6, "interview": 3, "measures": 2, "commentary": 2, "remarks": 3,
}
REQUIRED_FIELDS = ("id", "park", "kind", "title", "body", "topics", "summary", "authors")
OPTIONAL_FIELDS = ("kicker", "subtitle", "dateline", "captions", "table", "pull_quote", "keywords")
RARE_COMPOUND = ("亓官", "第五", "钟离", "宇文", "慕容", "长孙", "乐正", "左丘")
RARE_SINGLE = ("仉", "禚", "笪", "郗", "逯", "阚", "眭")
PART_MARKS = {"cn_number": "、", "arabic": ".", "bracket": "【", "corner": "「"}


@functools.cache
def corpus() -> list[dict]:
    with open(CORPUS, encoding="utf-8") as f:
        return yaml.safe_load(f)["articles"]


@functools.cache
def page(seed: int) -> tuple[str, dict]:
    return gravure_page(seed, corpus())


def articles_of(seeds: range = SEEDS) -> list[dict]:
    return [a for seed in seeds for a in page(seed)[1]["articles"]]


def topic_labels() -> set[str]:
    with open(ROOT / "data" / "topics.yaml", encoding="utf-8") as f:
        return {t["label"] for t in yaml.safe_load(f)["topics"]}


def official_names() -> set[str]:
    with open(ROOT / "data" / "hitech_zones.tsv", encoding="utf-8") as f:
        return {row["official_name"] for row in csv.DictReader(f, delimiter="\t")}


def park_of_name() -> dict[str, str]:
    """Every official name, short name and alias of a park, to the park's official name."""
    with open(ROOT / "data" / "hitech_zones.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return {name: row["official_name"] for row in rows
            for name in [row["official_name"], row["short_name"], *row["common_aliases"].split("|")] if name}


def parks_of_corpus(name: str) -> set[str]:
    with open(ROOT / "tests" / "corpus" / name, encoding="utf-8") as f:
        articles = yaml.safe_load(f)["articles"]
    names = park_of_name()
    return {names.get(a["park"], a["park"]) for a in articles}


# ---------------------------------------------------------------- pages


@pytest.mark.parametrize("seed", [0, 1, 17, 4242])
def test_a_seed_gives_the_same_page(seed: int) -> None:
    assert gravure_page(seed, corpus()) == gravure_page(seed, corpus())


def test_seeds_give_different_pages() -> None:
    assert len({page(seed)[0] for seed in range(20)}) == 20


@pytest.mark.parametrize("name", sorted(CONVENTIONS))
def test_every_article_convention_value_appears(name: str) -> None:
    seen = Counter(a["gravure"][name] for a in articles_of())
    assert set(seen) == set(CONVENTIONS[name]), seen


@pytest.mark.parametrize("name", sorted(PAGE_CONVENTIONS))
def test_every_page_convention_value_appears(name: str) -> None:
    seen = Counter(page(seed)[1]["gravure"][name] for seed in SEEDS)
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
    assert all(4 <= len(page(seed)[1]["articles"]) <= 8 for seed in seeds)
    for article in articles_of(seeds):
        assert article["blocks"] and any(b["type"] == "paragraph" for b in article["blocks"])
        assert article["park"] in official_names() and article["title"]
        assert set(article["gravure"]) == set(CONVENTIONS)
        assert all(name in article["byline"] or name in article["dateline"] for name in article["authors"])
        if article["dateline"]:
            assert article["blocks"][0]["text"].startswith(article["dateline"].replace(" ", ""))


def test_each_page_has_one_lead_under_the_banner_and_a_strip() -> None:
    for seed in SEEDS:
        raw, gold = page(seed)
        settings = Counter(a["gravure"]["setting"] for a in gold["articles"])
        assert settings["lead"] == 1 and settings["sidebar"] <= 1 and 3 <= settings["strip_item"] <= 6
        assert "园区动态" in gold["furniture"]
        lead = gold["articles"][0]
        assert lead["gravure"]["title_place"] == "banner" and lead["title"][:4] in raw


def test_the_editors_note_opens_the_feature_signed() -> None:
    noted = [a for a in articles_of() if a["gravure"]["note_form"] != "none"]
    assert {a["gravure"]["note_form"] for a in noted} == {"boxed", "kaiti"}
    for article in noted:
        first = article["blocks"][0]
        assert first["type"] == "paragraph" and first["text"].startswith("编者按")
        assert first["text"].endswith("——编者")


def test_part_heads_are_headings_as_printed_and_run_in_heads_stay_in_their_paragraph() -> None:
    for article in articles_of():
        form = article["gravure"]["heading_form"]
        heads = [b["text"] for b in article["blocks"] if b["type"] == "heading"
                 and b["text"] != "数读" and not b["text"].startswith("关键词：")]
        if form in PART_MARKS:
            assert heads and all(PART_MARKS[form] in h for h in heads), (form, heads)
        else:
            assert not heads, (form, heads)
    assert any(a["gravure"]["heading_form"] == "cn_number" and any(
        b["text"].startswith("一、") for b in a["blocks"]) for a in articles_of())


def test_a_pull_quote_is_a_paragraph_with_its_speaker() -> None:
    quoted = [a for a in articles_of() if a["gravure"]["quote_form"] == "pull_quote"]
    assert quoted
    for article in quoted:
        quotes = [b for b in article["blocks"] if b["text"].startswith("“") and "”——" in b["text"]]
        assert len(quotes) == 1 and quotes[0]["type"] == "paragraph"
        assert any(post in quotes[0]["text"] for post in ("书记", "主任"))


def test_a_box_belongs_to_its_story_after_the_lead() -> None:
    boxed = [a for a in articles_of() if a["gravure"]["box_form"] in ("shudu", "keywords")]
    assert {a["gravure"]["box_form"] for a in boxed} == {"shudu", "keywords"}
    for article in boxed:
        texts = [b["text"] for b in article["blocks"]]
        at = next(i for i, t in enumerate(texts) if t == "数读" or t.startswith("关键词："))
        assert article["blocks"][at]["type"] == "heading" and article["blocks"][at + 1]["type"] == "paragraph"
        assert sum(b["type"] == "paragraph" for b in article["blocks"][:at]) in (1, 2)


def test_the_section_credit_is_the_byline_with_only_writers_and_photographers_as_authors() -> None:
    credited = [a for a in articles_of() if a["gravure"]["credit_form"] in ("credit_block", "provided")]
    assert {a["gravure"]["credit_form"] for a in credited} == {"credit_block", "provided"}
    for article in credited:
        if article["gravure"]["credit_form"] == "provided":
            assert article["byline"].endswith("管委会提供") and not article["authors"]
        else:
            assert article["byline"].startswith("策划：") and "统筹：" in article["byline"]
            planners = article["byline"].split("撰稿：")[0]
            assert not any(name in planners for name in article["authors"])


def test_strip_items_carry_the_papers_own_credits() -> None:
    items = [a for a in articles_of() if a["gravure"]["setting"] == "strip_item"]
    forms = Counter(a["gravure"]["credit_form"] for a in items)
    assert {"dateline_bracket", "place_dateline", "tail_reporter"} <= set(forms)
    for item in items:
        form = item["gravure"]["credit_form"]
        if form == "place_dateline":
            assert item["dateline"].startswith("本报") and "讯（" in item["dateline"]
        if form == "tail_reporter":
            assert item["byline"].startswith("（本报") and item["byline"].endswith("）")
    assert any(i["kicker"] == "记者手记" for i in items)


def test_captions_are_labelled_tuwei() -> None:
    captions = [(a["gravure"]["caption_form"], c) for a in articles_of() for c in a["captions"]]
    assert captions
    for form, caption in captions:
        assert caption["label"] in ("图为", "图为（）")
        if form == "tuwei_archive":
            assert caption["credit"] == "资料图片"
        if form == "tuwei_supplied":
            assert caption["credit"].endswith("高新区供图")


def test_interview_turns_are_printed_in_the_pages_form() -> None:
    interviews = [a for a in articles_of() if a["gravure"]["qa_form"] != "none"]
    assert {a["gravure"]["qa_form"] for a in interviews} == {"reporter_name", "wen_da"}
    for article in interviews:
        turns = [b["text"][:2] for b in article["blocks"][1:]]
        assert ("问：" if article["gravure"]["qa_form"] == "wen_da" else "记者") in turns


# ---------------------------------------------------------------- readers' habits


@pytest.mark.parametrize("seeds", BATCHES, ids=str)
def test_habits_leave_their_trace(seeds: range) -> None:
    for seed in seeds:
        raw, gold = page(seed)
        habits = gold["gravure"]["habits"]
        assert set(habits) <= set(HABITS[gold["extractor"]])
        for habit in habits:
            assert HABIT_TRACES[habit].search(raw), (seed, habit)


@pytest.mark.parametrize("reader", sorted(HABITS))
def test_every_habit_of_a_reader_shows(reader: str) -> None:
    golds = [page(s)[1] for s in SEEDS if page(s)[1]["extractor"] == reader]
    shown = {habit for gold in golds for habit in gold["gravure"]["habits"]}
    assert shown == set(HABITS[reader])


def test_tencent_json_holds_one_entry_per_line() -> None:
    pages = [page(s) for s in SEEDS if page(s)[1]["extractor"] == "tencent_ocr"]
    assert pages
    for raw, gold in pages:
        response = json.loads(raw)["Response"]
        entries = response["TextDetections"]
        assert len(entries) > 20 and response["Language"] == "zh"
        assert all("\n" not in e["DetectedText"] and len(e["Polygon"]) == 4 for e in entries)
        assert all(json.loads(e["AdvancedInfo"])["Parag"]["ParagNo"] >= 1 for e in entries)
        low = [e["DetectedText"] for e in entries if e["Confidence"] < 90]
        assert ("low_confidence_misread" in gold["gravure"]["habits"]) == bool(low)
        assert all(text in gold["furniture"] for text in low)  # the misread line is furniture as read


def test_pymupdf_draws_the_banner_last() -> None:
    pages = [page(s) for s in SEEDS if page(s)[1]["extractor"] == "pymupdf"]
    assert pages
    for raw, gold in pages:
        title = gold["articles"][0]["title"]
        assert raw.replace("\n", "").rfind(title[:4]) > len(raw.replace("\n", "")) * 0.8
        assert "\n\n" not in raw


# ---------------------------------------------------------------- other corpora


BARE_PARKS = (("苏州高新技术产业开发区", "feature"), ("合肥高新技术产业开发区", "news"),
              ("福州高新技术产业开发区", "news"), ("南宁高新技术产业开发区", "short"),
              ("宝鸡高新技术产业开发区", "news"))
BARE_CORPUS = [
    {"id": f"bare-{n}", "park": park, "kind": kind, "title": f"{park[:2]}园区新闻{n}",
     "body": [f"{park[:2]}园区第{n}条消息的第一段，讲述企业新进展。", "## 小标题",
              f"第二段说明园区第{n}项举措。"],
     "topics": ["产业集群"], "summary": "园区消息。"}
    for n, (park, kind) in enumerate(BARE_PARKS)
]


@pytest.mark.parametrize("seeds", [range(0, 8), range(8, 16)], ids=str)
def test_sets_a_corpus_without_datelines_authors_or_captions(seeds: range) -> None:
    for seed in seeds:
        raw, gold = gravure_page(seed, BARE_CORPUS)
        assert conservation_gap(raw, gold) == (Counter(), Counter()), seed
        assert shortfalls(self_score([(gold, copy.deepcopy(gold))])) == {}, seed
        assert all(not a["authors"] and not a["captions"] for a in gold["articles"])


# ---------------------------------------------------------------- the corpus


def test_corpus_has_thirty_articles_one_per_park() -> None:
    parks = [a["park"] for a in corpus()]
    assert len(corpus()) == 30
    assert len(set(parks)) == 30 and set(parks) <= official_names()
    assert len({a["id"] for a in corpus()}) == 30


@pytest.mark.parametrize("other", OTHER_CORPORA)
def test_corpus_names_no_park_of_the_other_corpora(other: str) -> None:
    assert not parks_of_corpus("gravure.yaml") & parks_of_corpus(other)


def test_corpus_kinds() -> None:
    assert Counter(a["kind"] for a in corpus()) == KIND_COUNTS


@pytest.mark.parametrize("article", corpus(), ids=lambda a: a["id"])
def test_corpus_article_shape(article: dict) -> None:
    assert all(field in article for field in REQUIRED_FIELDS)
    assert set(article) <= set(REQUIRED_FIELDS + OPTIONAL_FIELDS)
    assert set(article["topics"]) <= topic_labels() and 1 <= len(article["topics"]) <= 4
    assert 0 < len(article["summary"]) <= 120 and article["summary"] not in article["body"][0]
    assert all({"name", "role", "people"} <= set(a) for a in article["authors"])
    assert not any("。" in str(article.get(k, "")) for k in ("kicker", "title", "subtitle"))
    body = [p for p in article["body"] if not p.startswith("## ")]
    length = sum(len(p) for p in body)
    if article["kind"] == "short":
        assert article.get("dateline") == "本报讯" and 150 <= length <= 300
    if article["kind"] == "feature":
        assert 3 <= len(article["body"]) - len(body) <= 4
        assert article.get("kicker") and article.get("subtitle")
    if article["kind"] == "interview":
        assert any(p.startswith(("问：", "记者：")) for p in body)
    if article["kind"] == "measures":
        assert any("一是" in p and "二是" in p for p in body)
    if article["kind"] == "remarks":
        quote = article["pull_quote"]
        assert quote["text"].startswith("“") and quote["text"].endswith("”") and "高新区" in quote["speaker"]
        assert 1 <= quote["after"] <= len(body)
    if body[0].startswith("编者按"):
        assert article["kind"] == "feature" and body[0].endswith("——编者")
    for caption in article.get("captions", []):
        assert caption["text"] and set(caption) <= {"text", "credit"}
    if "table" in article:
        assert 1 <= article["table"]["after"] <= len(body) and len(article["table"]["rows"]) >= 2
        assert body[article["table"]["after"] - 1].endswith("如下表。")  # the paragraph that calls it


def test_corpus_counts_of_tables_quotes_notes_and_keyword_boxes() -> None:
    assert sum("table" in a for a in corpus()) == 4
    assert sum("pull_quote" in a for a in corpus()) == 3
    assert sum(a["body"][0].startswith("编者按") for a in corpus()) >= 3
    assert sum("keywords" in a for a in corpus()) >= 2


def test_corpus_authors_come_from_many_peoples() -> None:
    authors = [a for article in corpus() for a in article["authors"]]
    peoples = {a["people"] for a in authors}
    assert len(peoples - {"汉"}) >= 20
    assert any("·" in a["name"] for a in authors)
    han = [a["name"] for a in authors if a["people"] == "汉"]
    assert len({s for s in RARE_COMPOUND for name in han if name.startswith(s)}) >= 6
    assert len({s for s in RARE_SINGLE for name in han if name.startswith(s)}) >= 6


# ---------------------------------------------------------------- the page-set tool


def test_the_tool_writes_n_pages_and_their_gold(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert gravure_pages_main([str(tmp_path / "out"), "--count", "3", "--seed", "1"]) == 0
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == [f"page-00{n}.{ext}" for n in (1, 2, 3) for ext in ("gold.yaml", "txt")]
    gold = yaml.safe_load((tmp_path / "out" / "page-001.gold.yaml").read_text(encoding="utf-8"))
    raw = (tmp_path / "out" / "page-001.txt").read_text(encoding="utf-8")
    assert gold["page"] == "page-001.txt" and conservation_gap(raw, gold) == (Counter(), Counter())
    assert "wrote 3 pages" in capsys.readouterr().out


def test_the_tool_gives_the_same_pages_for_a_seed(tmp_path: Path) -> None:
    for name in ("a", "b"):
        gravure_pages_main([str(tmp_path / name), "--count", "2", "--seed", "5"])
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes()
               for f in ("page-001.txt", "page-002.gold.yaml"))
