"""The national high-tech zone gazetteer: data file, name lookup and mention finding."""

import csv
from pathlib import Path

import pytest
import score_parse as scorer

from digest.language import gazetteer

TESTS = Path(__file__).resolve().parent


def test_all_178_zones_in_31_provinces():
    zones = gazetteer.zones()
    assert len(zones) == 178
    assert len({z.official for z in zones}) == 178
    assert len({z.province for z in zones}) == 31


def test_zone_approved_in_december_2022_is_listed():
    zone = gazetteer.lookup("安庆高新区")
    assert zone is not None
    assert (zone.official, zone.province, zone.city) == ("安庆高新技术产业开发区", "安徽省", "安庆市")


def test_tsv_keeps_the_columns_the_scorer_reads():
    with open(gazetteer.ZONES_TSV, encoding="utf-8", newline="") as f:
        header = next(csv.reader(f, delimiter="\t"))
    assert header == ["official_name", "short_name", "common_aliases", "province", "city", "source"]


def test_no_name_belongs_to_two_zones():
    owner = {}
    for zone in gazetteer.zones():
        for name in zone.names:
            assert owner.setdefault(name, zone.official) == zone.official, name


def test_every_name_resolves_as_the_scorer_resolves_it():
    scorer_zones = scorer.load_zones()
    for zone in gazetteer.zones():
        for name in zone.names:
            assert gazetteer.lookup(name) == zone
            assert scorer_zones[name] == zone.official


@pytest.mark.parametrize(
    "name, official",
    [
        ("光谷", "武汉东湖新技术开发区"),
        ("中国光谷", "武汉东湖新技术开发区"),
        ("武汉东湖高新区", "武汉东湖新技术开发区"),
        ("东湖高新区", "武汉东湖新技术开发区"),
        ("永川高新区", "永川高新技术产业开发区"),
        ("张江", "上海张江高新技术产业开发区"),
        ("松山湖", "东莞松山湖高新技术产业开发区"),
        ("麓谷", "长沙高新技术产业开发区"),
        ("中关村", "中关村科技园区"),
        ("厦门火炬高新区", "厦门火炬高技术产业开发区"),
        ("厦门火炬高新技术产业开发区", "厦门火炬高技术产业开发区"),  # often printed with 新
        ("保定市高新区", "保定高新技术产业开发区"),
        ("杭州高新区（滨江）", "杭州高新技术产业开发区"),
        ("西部（重庆）科学城", "重庆高新技术产业开发区"),
        ("SIP", "苏州工业园区"),
        (" 泰安高新区 ", "泰安高新技术产业开发区"),
    ],
)
def test_lookup_by_any_name(name, official):
    assert gazetteer.lookup(name).official == official


@pytest.mark.parametrize("name", ["永川", "武汉", "保定", "高新区", "国家高新区", ""])
def test_a_place_or_a_generic_word_is_not_a_zone(name):
    assert gazetteer.lookup(name) is None


def _found(text):
    return [(zone.short, count, first) for zone, count, first in gazetteer.mentions(text)]


def test_mentions_count_each_zone_with_its_first_offset():
    text = "近日来自中国光谷的一项统计显示，武汉东湖高新区新增的12家上市企业，与泰安高新区合作。光谷还将……"
    assert _found(text) == [("东湖高新区", 3, 4), ("泰安高新区", 1, text.index("泰安"))]


def test_longest_name_wins_and_matches_do_not_overlap():
    # "天津滨海高新区" contains the alias "滨海高新区": one mention, not two.
    assert _found("天津滨海高新区发布新政策") == [("天津滨海高新区", 1, 0)]
    assert [(z.short, s, e) for z, s, e in gazetteer.find("武汉东湖高新区")] == [("东湖高新区", 0, 7)]


@pytest.mark.parametrize(
    "text",
    ["武汉东湖高新区发布新政策", "天津滨海高新区", "近日，武汉东湖高新区", "潍坊滨海高新区", "新政策", ""],
)
def test_the_park_a_text_opens_with_is_the_first_found_at_its_start(text):
    """The opening park, matched at the start alone, is what a scan of the whole text finds first
    there (the longest name; no other place's name can stand before it)."""
    found = [(zone, end) for zone, start, end in gazetteer.find(text) if start == 0]
    assert gazetteer.opening(text) == (found[0] if found else None)


@pytest.mark.parametrize(
    "text",
    [
        "潍坊滨海高新区举办活动",  # another city's 滨海高新区 is not 天津's
        "上海金山高新区",  # nor is Shanghai's 金山 the 呼和浩特 金山高新区
        "厦门火炬开发区",  # 火炬开发区 is 中山's alias, but here it is in 厦门
        "永川区职业教育已成为永川的名片",  # a district name alone is not its zone
        "专利局SIPO发布数据",  # a Latin alias only as a whole word
    ],
)
def test_ambiguous_short_names_are_not_counted(text):
    assert _found(text) == []


def test_a_park_name_after_its_own_place_counts():
    assert _found("山东泰安高新区") == [("泰安高新区", 1, 2)]
    assert _found("在滨海高新区，") == [("天津滨海高新区", 1, 1)]
