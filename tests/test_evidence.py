"""The evidence the parser records on each article (Article.evidence): what parts its text from
its neighbours, how its headline and byline came to it; and that stored parses without it load."""

from __future__ import annotations

import pytest
from rawpage import raw_page
from test_segment import CHANGSHA, HEFEI, NANNING, XIAN

from digest.editorial.record import page_from_dict
from digest.models import Article, Page, RawPage
from digest.parse import parse_page


def parse(*parts) -> list[Article]:
    return parse_page(RawPage("t.txt", raw_page(*parts))).articles


def evidence_of(articles: list[Article], word: str) -> dict[str, str]:
    return next(a for a in articles if word in a.body_text).evidence


CHANGSHA_TITLE = ("长沙高新区智能制造", "产业园按下快进键")


@pytest.mark.parametrize(
    "page, start",
    [
        ((*NANNING, *HEFEI), "dateline"),  # 本报讯 opens it
        ((*NANNING, "▶ 林露虹 本报特约通讯员 李幼君", *CHANGSHA), "byline"),
        ((CHANGSHA_TITLE, *CHANGSHA), "headline"),  # above it, at the top of the page
        ((*NANNING, CHANGSHA_TITLE, *CHANGSHA), "headline"),  # within the text, where the park changes
        ((*HEFEI, "王成龙", *CHANGSHA), "previous_end"),  # the trailing author closed the one above
        (("（上接第1版）", *CHANGSHA), "jump"),
    ],
)
def test_what_opens_an_article_is_recorded(page, start):
    assert parse(*page)[-1].evidence["start"] == start


def test_an_article_ends_where_the_next_begins_or_its_own_end_says():
    articles = parse(*NANNING, *HEFEI, "王成龙", *CHANGSHA)
    assert evidence_of(articles, "南宁")["end"] == "dateline"
    assert evidence_of(articles, "合肥")["end"] == "author"
    assert evidence_of(articles, "合肥")["byline"] == "trailing_author"
    assert evidence_of(articles, "长沙")["end"] == "page_end"


def test_a_headline_handed_out_by_content():
    articles = parse(
        *HEFEI,
        "王成龙",
        *XIAN,
        "赵鹏",
        ("西安高新区硬科技企业", "三年数量翻番"),
        ("合肥高新区集成电路大会", "签约超三百亿元"),
    )
    assert evidence_of(articles, "合肥")["headline"] == "content"
    assert evidence_of(articles, "西安")["headline"] == "content"


def test_headlines_that_fit_no_text_are_handed_out_by_position():
    articles = parse("开年第一课", *NANNING, "春风正当时", *CHANGSHA)
    assert [a.title for a in articles] == ["开年第一课", "春风正当时"]
    # the nearer pair is placed first, among ties; the other headline is the last left
    assert sorted(a.evidence["headline"] for a in articles) == ["leftover", "position"]


def test_bylines_by_where_they_are_printed():
    articles = parse(
        *NANNING,
        "▶ 林露虹 本报特约通讯员 李幼君",
        *CHANGSHA,
        "南宁高新区：开年生产忙",
        "长沙高新区：智能制造提速",
        "▶ 曾辉 耿明强",
    )
    assert evidence_of(articles, "南宁")["byline"] == "after_text"
    assert evidence_of(articles, "长沙")["byline"] == "beside_headline"
    assert evidence_of(parse(*HEFEI), "合肥")["byline"] == "none"


def test_a_stored_parse_keeps_its_evidence_and_an_older_one_loads_without():
    article = parse(*NANNING, *HEFEI)[1]
    stored = page_from_dict(Page("t.txt", articles=[article]).to_dict())
    assert stored.articles[0].evidence == article.evidence and article.evidence
    older = page_from_dict({"source": "t.txt", "articles": [{"id": "a1", "title": "旧的解析"}]})
    assert older.articles[0].evidence == {}
