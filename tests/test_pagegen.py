"""Tests of the page generator itself: if its pages or gold were wrong, every
parser score measured on them would be wrong too."""

from __future__ import annotations

import copy
import csv
import re
from collections import Counter
from pathlib import Path

import pagegen
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from selfscore import self_score, shortfalls

from tools import make_pages

ROOT = Path(__file__).resolve().parent.parent
SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
FEW = settings(max_examples=60, deadline=None)
SAMPLE_SEEDS = range(200)


@pytest.fixture(scope="module")
def layouts() -> list[pagegen.Layout]:
    """A fixed set of pages for statistics over many layouts."""
    return [pagegen.layout_page(seed) for seed in SAMPLE_SEEDS]


def gold_characters(gold: dict) -> Counter:
    """Non-whitespace characters of every gold text field, counting a dateline once."""
    parts = list(gold["furniture"])
    for a in gold["articles"]:
        parts += [a["kicker"], a["title"], a["subtitle"], a["byline"]]
        parts += [b["text"] for b in a["blocks"]]
        parts += [x for c in a["captions"] for x in (c["text"], c["credit"], c["label"])]
        first = a["blocks"][0]["text"] if a["blocks"] else ""
        if a["dateline"] and not first.startswith(pagegen.visible(a["dateline"])):
            parts.append(a["dateline"])
    return Counter(pagegen.visible("".join(parts)))


def body_lines_of(layout: pagegen.Layout) -> list[pagegen.Line]:
    return [ln for ln in layout.lines if ln.kind == "body"]


def width_without_hanging(text: str) -> float:
    """Line width, not counting punctuation hung past the column end."""
    return pagegen.text_width(text.rstrip("".join(pagegen.NO_START)))


# --- the corpus --------------------------------------------------------------
HELDOUT = pagegen.CORPUS_PATH.parent / "heldout.yaml"


# The held-out articles are not parsed here: they measure the parser (tools/make_pages.py
# --corpus) on parks and wording that the tests' pages lack. They obey the same rules.
@pytest.mark.parametrize("path, least, least_news", [(pagegen.CORPUS_PATH, 30, 15), (HELDOUT, 20, 10)])
def test_corpus_follows_its_rules(path, least, least_news):
    zones = {
        row["official_name"]
        for row in csv.DictReader(open(ROOT / "data" / "hitech_zones.tsv", encoding="utf-8"), delimiter="\t")
    }
    labels = {
        t["label"] for t in yaml.safe_load(open(ROOT / "data" / "topics.yaml", encoding="utf-8"))["topics"]
    }
    stories = pagegen.load_corpus(path)
    assert len(stories) >= least
    assert len({s.id for s in stories}) == len(stories)
    assert len({s.park for s in stories}) >= least, "many different parks"
    for s in stories:
        where = s.id
        assert s.park in zones and s.park != "苏州工业园区", where
        assert s.kind in ("news", "feature"), where
        assert 1 <= len(s.topics) <= 4 and set(s.topics) <= labels, where
        assert 0 < len(pagegen.visible(s.summary)) <= 120, where
        paragraphs = [t for kind, t in s.body if kind == "paragraph"]
        headings = [t for kind, t in s.body if kind == "heading"]
        assert 2 <= len(paragraphs) <= 8, where
        assert 300 <= sum(len(pagegen.visible(t)) for _, t in s.body) <= 1200, where
        assert s.body[0][0] == "paragraph" and s.body[-1][0] == "paragraph", where
        for text in paragraphs:
            assert re.search(r"[。！？…][”’）]?$", text), (where, text[-10:])
            assert not re.search(r"\s(?![A-Za-z])|(?<![A-Za-z0-9])\s", text), f"{where}: stray space"
        for text in headings:
            assert s.kind == "feature" and 6 <= len(text) <= 16, (where, text)
            assert text[-1] not in "。，；：！？", (where, text)
        if s.kind == "news":
            assert all(
                a.role in ("记者", "通讯员", "特约通讯员") or (a.trailing and not a.role) for a in s.authors
            )
        else:
            assert s.authors and not any(a.trailing for a in s.authors), where
        if s.caption:
            assert s.caption[1], f"{where}: a caption needs a credit"
    kinds = Counter(s.kind for s in stories)
    assert kinds["feature"] >= 8 and kinds["news"] >= least_news
    assert {t for s in stories for t in s.topics} == labels, "every topic label is used"


def test_held_out_articles_are_about_other_parks():
    main, held_out = pagegen.load_corpus(), pagegen.load_corpus(HELDOUT)
    assert not {s.park for s in main} & {s.park for s in held_out}
    assert not {s.id for s in main} & {s.id for s in held_out}


# --- determinism and conservation ---------------------------------------------
@FEW
@given(SEEDS)
def test_same_seed_same_page(seed):
    assert pagegen.generate_page(seed) == pagegen.generate_page(seed)


def test_different_seeds_differ():
    pages = {pagegen.generate_page(seed)[0] for seed in range(20)}
    assert len(pages) == 20


@FEW
@given(SEEDS)
def test_every_character_is_in_the_gold(seed):
    """Each non-whitespace character of the page is in exactly one gold field or the furniture."""
    raw, gold = pagegen.generate_page(seed)
    given_chars = Counter(ch for ch in raw if not ch.isspace())
    placed = gold_characters(gold)
    assert given_chars - placed == Counter(), "on the page but not in the gold"
    assert placed - given_chars == Counter(), "in the gold but not on the page"


@FEW
@given(SEEDS)
def test_gold_is_whitespace_free_and_round_trips_yaml(seed):
    _, gold = pagegen.generate_page(seed)
    assert yaml.safe_load(yaml.safe_dump(gold, allow_unicode=True)) == gold
    for a in gold["articles"]:
        assert a["blocks"] and a["blocks"][0]["type"] == "paragraph"
        assert "optional_break" not in a["blocks"][0]
        for b in a["blocks"]:
            assert b["type"] in ("paragraph", "heading") and b["text"] == pagegen.visible(b["text"]) != ""
            assert "optional_break" not in b or b["type"] == "paragraph"
        if a["dateline"]:
            assert a["blocks"][0]["text"].startswith(pagegen.visible(a["dateline"]))
        names = set(a["authors"])
        assert all(name in a["byline"] or name in a["dateline"] for name in names)


# --- the printed page ----------------------------------------------------------
@FEW
@given(SEEDS)
def test_blank_line_rule(seed):
    """A blank line after every line but half-width endings and lines printed together."""
    layout = pagegen.layout_page(seed)
    raw_lines = layout.raw.split("\n")
    printed = [k for k, line in enumerate(raw_lines) if line.strip()]
    assert len(printed) == len(layout.lines)
    for k, ln in zip(printed, layout.lines):
        line = raw_lines[k]
        assert line == ln.out.rstrip()
        if k + 1 >= len(raw_lines) or k == printed[-1]:
            continue
        single = raw_lines[k + 1] != ""
        if pagegen.ends_half_width(line):
            assert single, f"half-width ending not followed by a single newline: {line!r}"
        elif single:
            assert ln.joined, f"single newline after a full-width ending: {line!r}"
            following = layout.lines[layout.lines.index(ln) + 1]
            assert (ln.kind in ("title", "heading") and following.kind == ln.kind) or (
                ln.kind == "byline" and following.kind == "caption"
            ), (ln.kind, following.kind)
        else:
            assert not ln.joined


def test_column_widths_within_15_to_20(layouts):
    for layout in layouts:
        columns: dict[str, set[int]] = {}
        for ln in body_lines_of(layout):
            columns.setdefault(ln.article, set()).add(ln.column)
        for article, widths in columns.items():
            assert len(widths) == 1, article
            assert 15 <= widths.pop() <= 20
    used = {ln.column for layout in layouts for ln in body_lines_of(layout)}
    assert used == set(range(15, 21))


def test_lines_fit_their_column_and_first_lines_are_shorter(layouts):
    full, short = 0, 0
    for layout in layouts:
        for ln in body_lines_of(layout):
            width = width_without_hanging(ln.measure)
            room = ln.column - 2 if ln.first else ln.column
            assert width <= room, (ln.measure, ln.column, ln.first)
            if not ln.first and not ln.last and not ln.jump:
                full += 1
                short += width < ln.column - 1
    assert short / full < 0.1, "lines inside a paragraph are (nearly) full"


def test_line_breaking_rules(layouts):
    for layout in layouts:
        for ln in body_lines_of(layout):
            assert ln.measure[0] not in pagegen.NO_START, ln.measure
            assert ln.measure[-1] not in pagegen.NO_END, ln.measure
            assert not ln.measure[-1].isascii() or ln.measure[-1] in pagegen.HALF_WIDTH_END, ln.measure


def test_headings_and_titles_carry_no_end_punctuation(layouts):
    for layout in layouts:
        for ln in layout.lines:
            if ln.kind == "heading":
                assert ln.text[-1] not in "。，；：！？", ln.text


# --- the gold against the scorer ---------------------------------------------
def test_gold_scores_perfectly_against_itself():
    """The scorer accepts the gold as a prediction and finds nothing wrong with it."""
    golds = [pagegen.generate_page(seed)[1] for seed in range(60)]
    figures = self_score((gold, copy.deepcopy(gold)) for gold in golds)
    assert shortfalls(figures, also=("park_acc", "topic_f1", "summary_rougeL")) == {}
    assert figures["summaries_over_120"] == 0


def test_optional_breaks_follow_full_lines(layouts):
    """A break is optional exactly when the paragraph before ends on a full-width line."""
    for layout in layouts:
        for gold in layout.gold["articles"]:
            lines = [ln for ln in body_lines_of(layout) if ln.article == gold["id"]] + [
                ln for ln in layout.lines if ln.kind == "heading" and ln.article == gold["id"]
            ]
            lines.sort(key=layout.lines.index)
            ends = {}
            for ln in lines:
                ends[ln.block] = ln
            blocks = sorted(ends)
            for k, b in enumerate(gold["blocks"][1:], 1):
                prev = ends[blocks[k - 1]]
                expected = (
                    b["type"] == "paragraph"
                    and prev.kind == "body"
                    and pagegen.text_width(prev.measure) >= prev.column - 1
                )
                assert b.get("optional_break", False) == expected


# --- the generator produces what it claims ----------------------------------
def test_layout_variety(layouts):
    kinds = {s.id: s.kind for s in pagegen.load_corpus()}
    seen: Counter = Counter()
    for layout in layouts:
        gold, lines = layout.gold, layout.lines
        index = {id(ln): k for k, ln in enumerate(lines)}
        for a in gold["articles"]:
            mine = [ln for ln in lines if ln.article == a["id"]]
            body = [index[id(ln)] for ln in mine if ln.kind == "body"]
            titles = [index[id(ln)] for ln in mine if ln.kind == "title"]
            if titles:
                seen["title before body"] += titles[0] < body[0]
                seen["title after body"] += titles[0] > body[-1]
                seen["two-line title"] += len(titles) == 2
            seen["one-line title with space"] += (
                bool(titles) and len(titles) == 1 and " " in lines[titles[0]].text
            )
            seen["no title (continuation)"] += not titles
            seen["continued_from"] += "continued_from" in a
            seen["continued_to"] += "continued_to" in a
            seen["trailing author run in"] += (
                kinds[a["id"]] == "news"
                and bool(a["byline"])
                and any(ln.kind == "body" and ln.text.endswith(" " + a["byline"]) for ln in mine)
            )
            seen["trailing author own line"] += any(ln.kind == "author" for ln in mine)
            seen["feature byline"] += kinds[a["id"]] == "feature" and a["byline"] != ""
            seen["credit-only caption"] += any(not c["text"] for c in a["captions"])
            seen["caption with text"] += any(c["text"] for c in a["captions"])
            seen["kicker"] += bool(a["kicker"])
            seen["subtitle"] += bool(a["subtitle"])
            seen["heading"] += any(b["type"] == "heading" for b in a["blocks"])
            seen["optional break"] += any(b.get("optional_break") for b in a["blocks"])
        seen["back to back"] += "back_to_back" in gold
        seen["top furniture"] += lines[0].kind == "furniture"
        seen["bottom furniture"] += lines[-1].kind == "furniture"
        seen["jump line of its own"] += any(ln.kind == "jump" for ln in lines)
        seen["jump run in"] += any(ln.jump for ln in lines)
        seen["caption joined to byline"] += any(ln.joined and ln.kind == "byline" for ln in lines)
        seen["letter-spaced line"] += any(re.search(r"(?:[\u4e00-\u9fff] ){4,}", ln.out) for ln in lines)
        seen["spaced number"] += bool(re.search(r"\d [\u4e00-\u9fff]", layout.raw))
        seen["space after 。"] += bool(re.search(r"。 [\u4e00-\u9fff]", layout.raw))
        seen["leading space"] += layout.raw.startswith(" ")
        seen["single newline after digit"] += bool(re.search(r"\d\n[^\n]", layout.raw))
        titles_elsewhere = [ln for ln in lines if ln.kind == "title"]
        seen["headline cluster"] += any(
            a.kind == "title" and b.kind == "title" and a.article != b.article
            for a, b in zip(titles_elsewhere, titles_elsewhere[1:])
            if index[id(b)] - index[id(a)] <= 3
        )
    missing = [
        name
        for name in (
            "title before body",
            "title after body",
            "two-line title",
            "one-line title with space",
            "no title (continuation)",
            "continued_from",
            "continued_to",
            "trailing author run in",
            "trailing author own line",
            "feature byline",
            "credit-only caption",
            "caption with text",
            "kicker",
            "subtitle",
            "heading",
            "optional break",
            "back to back",
            "top furniture",
            "bottom furniture",
            "jump line of its own",
            "jump run in",
            "caption joined to byline",
            "letter-spaced line",
            "spaced number",
            "space after 。",
            "leading space",
            "single newline after digit",
            "headline cluster",
        )
        if not seen[name]
    ]
    assert not missing, f"never generated in {len(SAMPLE_SEEDS)} pages: {missing}"


def test_article_counts_and_mix(layouts):
    counts = Counter(len(layout.gold["articles"]) for layout in layouts)
    assert set(counts) == {3, 4, 5, 6, 7}
    ids = Counter(a["id"] for layout in layouts for a in layout.gold["articles"])
    assert len(ids) == len(pagegen.load_corpus()), "every corpus article gets used"


def test_a_corpus_can_be_given():
    stories = [
        {
            "id": f"t{k}",
            "park": "合肥高新技术产业开发区",
            "kind": "news",
            "title": f"测试标题{k}",
            "authors": [{"name": "王明", "role": "记者"}],
            "body": ["近日，合肥高新区举行测试活动，" * 6 + "效果良好。", "据悉，活动还将继续举办。" * 4],
            "topics": ["创新平台"],
            "summary": "测试摘要。",
        }
        for k in range(3)
    ]
    raw, gold = pagegen.generate_page(5, stories)
    assert {a["id"] for a in gold["articles"]} == {"t0", "t1", "t2"}
    assert Counter(ch for ch in raw if not ch.isspace()) == gold_characters(gold)


# --- the tool ------------------------------------------------------------------
def test_make_pages_writes_pairs(tmp_path, capsys):
    assert make_pages.main([str(tmp_path), "--count", "3", "--seed", "7"]) == 0
    assert "wrote 3 pages" in capsys.readouterr().out
    seeds = pagegen.page_seeds(7, 3)
    for number, seed in enumerate(seeds, 1):
        raw, gold = pagegen.generate_page(seed)
        assert (tmp_path / f"page-{number:03d}.txt").read_text(encoding="utf-8") == raw
        written = yaml.safe_load((tmp_path / f"page-{number:03d}.gold.yaml").read_text(encoding="utf-8"))
        assert written["page"] == f"page-{number:03d}.txt"
        assert written["articles"] == gold["articles"] and written["furniture"] == gold["furniture"]
