"""Tests of the folio layouter (tests/folio.py), its corpus and its page-set tool: not of the parser."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
import yaml
from selfscore import self_score, shortfalls

from tests.folio import (
    CLOSING,
    CONVENTIONS,
    EXTRACTOR_WEIGHTS,
    HABITS,
    PAGE_CONVENTIONS,
    PAPER,
    conserved,
    corpus_blocks,
    first_sentence,
    folio_page,
    gold_characters,
    norm,
)
from tools.folio_pages import TOOL

CORPUS = Path(__file__).resolve().parent / "corpus" / "folio.yaml"
SEEDS = range(100)

# The parks the brief allows; none of the four most recent corpora names them.
ALLOWED_PARKS = set(
    "长治高新技术产业开发区、包头稀土高新技术产业开发区、鄂尔多斯高新技术产业开发区、鞍山高新技术产业开发区、"
    "营口高新技术产业开发区、辽阳高新技术产业开发区、本溪高新技术产业开发区、阜新高新技术产业开发区、"
    "大庆高新技术产业开发区、齐齐哈尔高新技术产业开发区、泰州医药高新技术产业开发区、江阴高新技术产业开发区、"
    "镇江高新技术产业开发区、连云港高新技术产业开发区、盐城高新技术产业开发区、扬州高新技术产业开发区、"
    "淮安高新技术产业开发区、宿迁高新技术产业开发区、萧山临江高新技术产业开发区、嘉兴秀洲高新技术产业开发区、"
    "湖州莫干山高新技术产业开发区、马鞍山慈湖高新技术产业开发区、铜陵狮子山高新技术产业开发区、"
    "漳州高新技术产业开发区、三明高新技术产业开发区、景德镇高新技术产业开发区、新余高新技术产业开发区、"
    "鹰潭高新技术产业开发区、抚州高新技术产业开发区、吉安高新技术产业开发区、九江共青城高新技术产业开发区、"
    "淄博高新技术产业开发区、枣庄高新技术产业开发区、莱芜高新技术产业开发区、德州高新技术产业开发区、"
    "黄河三角洲农业高新技术产业示范区、安阳高新技术产业开发区、平顶山高新技术产业开发区、武汉东湖新技术开发区、"
    "荆门高新技术产业开发区、随州高新技术产业开发区、荆州高新技术产业开发区、湘潭高新技术产业开发区、"
    "益阳高新技术产业开发区、中山火炬高技术产业开发区、清远高新技术产业开发区、湛江高新技术产业开发区、"
    "茂名高新技术产业开发区、乐山高新技术产业开发区、攀枝花钒钛高新技术产业开发区、德阳高新技术产业开发区、"
    "内江高新技术产业开发区、安顺高新技术产业开发区、杨凌农业高新技术产业示范区、榆林高新技术产业开发区、"
    "白银高新技术产业开发区、石嘴山高新技术产业开发区".split("、")
)
KIND_COUNTS = {
    "short": 10,
    "news": 7,
    "feature": 5,
    "interview": 3,
    "measures": 2,
    "commentary": 1,
    "photo": 2,
}
COMPOUND_SURNAMES = tuple("欧阳 司马 上官 诸葛 东方 皇甫 令狐 公孙 端木 宇文 申屠 闻人 澹台 尉迟".split())


@cache
def corpus() -> list[dict]:
    with open(CORPUS, encoding="utf-8") as f:
        return yaml.safe_load(f)["articles"]


@cache
def page(seed: int) -> tuple[str, dict]:
    return folio_page(seed, corpus())


def pages() -> list[tuple[str, dict]]:
    return [page(seed) for seed in SEEDS]


def first_page_read_by(extractor: str) -> tuple[str, dict]:
    return next((raw, gold) for raw, gold in pages() if gold["extractor"] == extractor)


# ---------- pages ----------


@pytest.mark.parametrize("seed", [0, 1, 17, 2024])
def test_a_page_is_the_same_for_its_seed(seed: int) -> None:
    assert folio_page(seed, corpus()) == folio_page(seed, corpus())


def test_seeds_give_different_pages() -> None:
    assert len({raw for raw, _ in pages()}) == len(SEEDS)


@pytest.mark.parametrize("name,value", [(n, v) for n, values in CONVENTIONS.items() for v in values])
def test_every_article_convention_value_appears(name: str, value: str) -> None:
    assert any(a["folio"][name] == value for _, gold in pages() for a in gold["articles"])


@pytest.mark.parametrize("name,value", [(n, v) for n, values in PAGE_CONVENTIONS.items() for v in values])
def test_every_page_convention_value_appears(name: str, value: object) -> None:
    assert any(gold["folio_page"][name] == value for _, gold in pages())


@pytest.mark.parametrize("extractor", EXTRACTOR_WEIGHTS)
def test_every_reader_appears(extractor: str) -> None:
    assert any(gold["extractor"] == extractor for _, gold in pages())


def test_the_documented_reader_reads_about_a_fifth_of_the_pages() -> None:
    assert sum(EXTRACTOR_WEIGHTS.values()) == pytest.approx(1.0)
    share = Counter(gold["extractor"] for _, gold in pages())["documented"] / len(SEEDS)
    assert 0.1 <= share <= 0.32


def test_measures_stay_within_ten_to_twenty_four_ems() -> None:
    measures = {a["folio"]["measure"] for _, gold in pages() for a in gold["articles"]}
    assert min(measures) >= 10 and max(measures) <= 24 and len(measures) > 5


@pytest.mark.parametrize("seed", SEEDS)
def test_every_character_of_the_page_is_in_the_gold_once(seed: int) -> None:
    raw, gold = page(seed)
    printed, annotated = Counter(norm(raw)), gold_characters(gold)
    assert conserved(raw, gold), (printed - annotated, annotated - printed)


@pytest.mark.parametrize("seed", SEEDS)
def test_the_gold_scored_against_itself_is_a_perfect_parse(seed: int) -> None:
    _, gold = page(seed)
    assert shortfalls(self_score([(gold, gold)]), also=("park_acc", "summary_rougeL")) == {}


SENTENCE_ENDING = re.compile(r"[。！？][”’」』]*$")


@pytest.mark.parametrize("seed", SEEDS)
def test_gold_articles_carry_the_summary_and_the_lead_sentence(seed: int) -> None:
    _, gold = page(seed)
    summaries = {a["id"]: a["summary"] for a in corpus()}
    for article in gold["articles"]:
        assert article["summary"] == summaries[article["id"]]
        lead = article["lead_summary"]
        first = next(b["text"] for b in article["blocks"] if b["type"] == "paragraph")
        first = first.removeprefix(article["dateline"]) if article["dateline"] else first
        assert lead and first.startswith(lead), (article["id"], lead)
        assert SENTENCE_ENDING.search(lead), lead  # it ends a sentence
        assert not re.search(r"[。！？]", SENTENCE_ENDING.sub("", lead)), lead  # the first one
        assert not lead.startswith(("本报讯", PAPER, "（")), lead


@pytest.mark.parametrize("seed", range(0, 100, 7))
def test_gold_articles_hold_a_body_and_no_author_in_it(seed: int) -> None:
    _, gold = page(seed)
    for article in gold["articles"]:
        body = norm("".join(b["text"] for b in article["blocks"]))
        assert body
        if not article["dateline"].startswith("本报讯"):
            assert not any(norm(name) in body for name in article["authors"] if len(name) > 2)


def test_no_column_line_starts_with_closing_punctuation() -> None:
    """Kinsoku: the documented and PDFBox readers keep the column lines the desk set."""
    for raw, gold in pages():
        if gold["extractor"] in ("documented", "pdfbox"):
            for line in raw.splitlines():
                assert not line or line[0] not in CLOSING - {"—", "…"}, line


# ---------- habits leave their trace ----------


def lines_of(raw: str) -> list[str]:
    return raw.splitlines()


def titles(gold: dict) -> set[str]:
    return {norm(a[k]) for a in gold["articles"] for k in ("kicker", "title", "subtitle") if a[k]}


def trace_documented(raw: str, gold: dict) -> bool:
    lines = lines_of(raw)
    blank_after_han = sum(1 for a, b in zip(lines, lines[1:]) if a and not b and ord(a[-1]) > 127)
    return blank_after_han > len(lines) // 3


def trace_wechat(raw: str, gold: dict) -> bool:
    return "点击蓝字" in raw and "阅读原文" in raw and "审核：" in raw


def trace_ocr(raw: str, gold: dict) -> bool:
    return "\n\n" not in raw and bool(re.search(r"[\u4e00-\u9fff][,:;()?!]", raw))


def trace_pdfbox(raw: str, gold: dict) -> bool:
    return "\n\n" not in raw and norm(lines_of(raw)[-1]) in {norm(t) for t in headline_lines(gold)}


def headline_lines(gold: dict) -> set[str]:
    """Every headline and each part a two-line break can leave."""
    whole = titles(gold)
    heads = {t[:k] for t in whole for k in range(1, len(t) + 1)}
    return heads | {t[k:] for t in whole for k in range(len(t))}


def trace_wps(raw: str, gold: dict) -> bool:
    return "\u3000\u3000" in raw


def trace_calibre(raw: str, gold: dict) -> bool:
    longest = max(len(line) for line in lines_of(raw))
    return "\n\n" in raw and longest > 30


TRACES = {
    "documented": trace_documented,
    "wechat_repost": trace_wechat,
    "phone_ocr": trace_ocr,
    "pdfbox": trace_pdfbox,
    "wps_pdf_to_word": trace_wps,
    "calibre_txt": trace_calibre,
}


@pytest.mark.parametrize("extractor", EXTRACTOR_WEIGHTS)
def test_a_readers_habits_leave_their_trace(extractor: str) -> None:
    raw, gold = first_page_read_by(extractor)
    assert gold["folio_page"]["habits"] == list(HABITS[extractor])
    assert TRACES[extractor](raw, gold)


def test_the_documented_reader_prints_a_blank_line_except_after_a_half_width_ending() -> None:
    """A headline of two lines keeps a single newline between them, as on the sample page."""
    raw, gold = first_page_read_by("documented")
    lines = lines_of(raw)
    headlines = headline_lines(gold)
    for line, after in zip(lines, lines[1:]):
        if line and norm(line) not in headlines:
            assert (after == "") == (ord(line[-1]) > 127), line


def test_furniture_carries_the_sponsor_line_and_a_notice() -> None:
    for raw, gold in pages():
        furniture = "".join(gold["furniture"])
        assert "管委会协办" in furniture
        assert any(word in furniture for word in ("更正", "公益广告", "广告"))


# ---------- the corpus ----------


def test_the_corpus_holds_thirty_articles_one_per_allowed_park() -> None:
    parks = [a["park"] for a in corpus()]
    assert len(parks) == 30 and len(set(parks)) == 30
    assert set(parks) <= ALLOWED_PARKS


@pytest.mark.parametrize("article", corpus(), ids=lambda a: a["id"])
def test_every_article_has_a_summary_that_is_not_its_lead_sentence(article: dict) -> None:
    summary = norm(article.get("summary", ""))
    assert 1 <= len(summary) <= 120
    first = next(b["text"] for b in corpus_blocks(article) if b["type"] == "paragraph")
    assert summary != norm(first_sentence(first))
    assert not summary.startswith("本报讯")


def test_the_corpus_kinds() -> None:
    assert Counter(a["kind"] for a in corpus()) == KIND_COUNTS


@pytest.mark.parametrize("article", [a for a in corpus() if a["kind"] == "short"], ids=lambda a: a["id"])
def test_short_items_run_150_to_300_characters(article: dict) -> None:
    assert 150 <= len(norm("".join(b["text"] for b in corpus_blocks(article)))) <= 300
    assert article["dateline"] == "本报讯"


@pytest.mark.parametrize("article", [a for a in corpus() if a["kind"] == "feature"], ids=lambda a: a["id"])
def test_features_have_three_or_four_subheadings(article: dict) -> None:
    assert 3 <= sum(b["type"] == "heading" for b in corpus_blocks(article)) <= 4


@pytest.mark.parametrize("article", [a for a in corpus() if a["kind"] == "interview"], ids=lambda a: a["id"])
def test_interviews_are_questions_and_answers(article: dict) -> None:
    starts = {b["text"].split("：")[0] for b in corpus_blocks(article) if "：" in b["text"][:6]}
    assert "问" in starts or "记者" in starts


@pytest.mark.parametrize("article", [a for a in corpus() if a["kind"] == "measures"], ids=lambda a: a["id"])
def test_lists_of_measures_count_them(article: dict) -> None:
    text = "".join(b["text"] for b in corpus_blocks(article))
    assert "一是" in text and "二是" in text and "三是" in text


def test_kickers_and_subtitles_come_in_every_combination() -> None:
    combinations = {(bool(a.get("kicker")), bool(a.get("subtitle"))) for a in corpus()}
    assert combinations == {(False, False), (True, False), (False, True), (True, True)}


def test_at_least_three_articles_carry_a_table() -> None:
    assert sum("table" in a for a in corpus()) >= 3


def test_authors_come_from_many_peoples_and_rare_surnames() -> None:
    authors = [author for a in corpus() for author in a["authors"]]
    peoples = Counter(author["people"] for author in authors)
    assert len(set(peoples) - {"汉"}) >= 12
    assert any("·" in author["name"] for author in authors)
    assert sum(author["name"].startswith(COMPOUND_SURNAMES) for author in authors) >= 8


def test_topics_come_from_the_vocabulary() -> None:
    vocabulary_file = Path(__file__).resolve().parent.parent / "data" / "topics.yaml"
    labels = {t["label"] for t in yaml.safe_load(vocabulary_file.read_text(encoding="utf-8"))["topics"]}
    for article in corpus():
        assert article["topics"] and set(article["topics"]) <= labels


# ---------- the tool ----------


@pytest.mark.parametrize("count", [1, 3])
def test_the_tool_writes_n_pages_and_their_gold(tmp_path: Path, count: int, capsys) -> None:
    assert TOOL.main([str(tmp_path), "--count", str(count), "--seed", "1"]) == 0
    assert len(list(tmp_path.glob("page-*.txt"))) == count
    golds = sorted(tmp_path.glob("page-*.gold.yaml"))
    assert len(golds) == count
    gold = yaml.safe_load(golds[0].read_text(encoding="utf-8"))
    assert gold["page"] == "page-001.txt" and gold["extractor"] in EXTRACTOR_WEIGHTS
    assert f"wrote {count} pages" in capsys.readouterr().out
