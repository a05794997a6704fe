"""Tests of the second page layouter (tests/typesetter.py) itself, not of the parser."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from pathlib import Path

import pytest
import score_parse
import yaml
from selfscore import self_score, shortfalls
from typesetter import (
    CAPTIONS,
    FURNITURE_KINDS,
    HARD_CASES,
    HEADLINE_BREAKS,
    WIDTHS,
    page_seed,
    typeset_page,
    valid_cells,
    width_band,
)

CORPUS = Path(__file__).resolve().parent / "corpus"
CELL_DIMENSIONS = ("kind", "headline", "byline", "trailing", "caption", "band")
ARTIFACTS = ("indent_lost", "letterspaced", "number_space", "range_split", "half_width_end")


def load(name: str) -> list[dict]:
    with open(CORPUS / name, encoding="utf-8") as f:
        return yaml.safe_load(f)["articles"]


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return load("articles.yaml")


@pytest.fixture(scope="module")
def pages(articles) -> list[tuple[str, dict]]:
    """The 200 pages of page set 1: what the matrix must be covered by."""
    return [typeset_page(page_seed(1, n), articles) for n in range(1, 201)]


def non_space(text: str) -> Counter:
    return Counter(c for c in text if not c.isspace())


def gold_text(gold: dict) -> Counter:
    """Every character the gold says the page prints, each in one field only (a dateline is
    counted in the first paragraph, authors in the byline or the trailing credit)."""
    chars = Counter()
    for line in gold["furniture"]:
        chars += non_space(line)
    for article in gold["articles"]:
        for key in ("kicker", "title", "subtitle", "byline", "trailing_author"):
            chars += non_space(article[key])
        for block in article["blocks"]:
            chars += non_space(block["text"])
        for caption in article["captions"]:
            chars += non_space(caption["text"] + caption["credit_label"] + caption["credit"])
    return chars


def realized_cell(article: dict) -> tuple[str, ...]:
    layout = article["layout"]
    return (
        layout["kind"],
        layout["headline"],
        layout["byline"],
        layout["trailing"],
        layout["caption"],
        width_band(layout["width"]),
    )


def test_a_seed_gives_the_same_page(articles):
    assert typeset_page(41, articles) == typeset_page(41, articles)
    assert typeset_page(41, articles)[0] != typeset_page(42, articles)[0]


def test_every_printed_character_is_in_exactly_one_gold_field(pages):
    for number, (raw, gold) in enumerate(pages, 1):
        assert non_space(raw) == gold_text(gold), f"page {number}"


def test_held_out_articles_conserve_text_too():
    held_out = load("heldout.yaml")
    for number in range(1, 41):
        raw, gold = typeset_page(page_seed(2, number), held_out)
        assert non_space(raw) == gold_text(gold), f"page {number}"


def test_every_pair_of_matrix_values_appears_in_200_pages(pages):
    realized = [realized_cell(a) for _, gold in pages for a in gold["articles"]]
    valid = set(valid_cells())
    assert set(realized) <= valid
    for i, j in itertools.combinations(range(len(CELL_DIMENSIONS)), 2):
        wanted = {(c[i], c[j]) for c in valid}
        seen = {(c[i], c[j]) for c in realized}
        assert wanted - seen == set(), f"{CELL_DIMENSIONS[i]} x {CELL_DIMENSIONS[j]}"


def test_widths_captions_furniture_hard_cases_and_breaks_all_appear(pages):
    layouts = [a["layout"] for _, gold in pages for a in gold["articles"]]
    assert {layout["width"] for layout in layouts} == set(WIDTHS)
    assert {layout["caption"] for layout in layouts} == set(CAPTIONS)
    assert {b for layout in layouts for b in layout["headline_breaks"]} == set(HEADLINE_BREAKS)
    assert {k for _, gold in pages for k in gold["layout"]["furniture"]} == set(FURNITURE_KINDS)
    assert {k for _, gold in pages for k in gold["layout"]["hard_cases"]} == set(HARD_CASES)
    assert {k for _, gold in pages for k in gold["layout"]["artifacts"]} == set(ARTIFACTS)
    assert {gold["layout"]["cluster_order"] for _, gold in pages} == {"forward", "reverse"}


def test_titles_keep_only_the_corpus_spaces(pages, articles):
    titles = {a["id"]: a["title"] for a in articles}
    for raw, gold in pages:
        flat = "".join(raw.split())
        for article in gold["articles"]:
            title = article["title"]
            assert title == titles[article["id"]]
            # a space only between the two parts (Han or a mark either side) or inside Latin text
            for match in re.finditer(" ", title):
                before, after = title[match.start() - 1], title[match.end()]
                assert before.isascii() == after.isascii(), title
            assert "  " not in title and title == title.strip()
            assert "".join(title.split()) in flat


def test_gold_titles_have_no_space_a_copy_editor_would_strike(pages):
    titles = [a["title"] for _, gold in pages for a in gold["articles"]]
    assert sum(score_parse.headline_space_errors(title) for title in titles) == 0


def test_only_a_headline_end_may_keep_a_blank_line_after_a_half_width_character(pages):
    for raw, gold in pages:
        if gold["layout"]["blank_after_headlines"]:
            continue
        assert not re.search(r"[!-~]\n\n", raw)


def test_the_gold_scores_perfectly_against_itself(pages):
    figures = self_score((yaml.safe_load(yaml.safe_dump(gold)), as_prediction(gold)) for _, gold in pages[:8])
    assert shortfalls(figures, also=("park_acc",)) == {}
    assert figures["headline_space_errors"] == 0


def as_prediction(gold: dict) -> dict:
    """The gold's scored fields, as the parser prints them."""
    fields = ("kicker", "title", "subtitle", "authors", "blocks", "captions", "park", "topics")
    return {"articles": [{key: a[key] for key in fields} for a in gold["articles"]]}


def test_some_subtitles_are_printed_without_their_dash(pages):
    """The parser must not lean on the dash alone to tell a subtitle from a title."""
    printed = [(raw, a) for raw, gold in pages for a in gold["articles"] if a["subtitle"]]
    dashless = [(raw, a) for raw, a in printed if a["layout"]["subtitle_dash_dropped"]]
    assert dashless and len(dashless) < len(printed)
    for raw, article in dashless:
        assert not article["subtitle"].startswith("——")
        assert "——" + article["subtitle"][:4] not in raw


def test_some_subtitles_are_written_before_their_titles(pages):
    """The parser must not lean on the order of a headline group to tell its title."""
    printed = [(raw, a) for raw, gold in pages for a in gold["articles"] if a["subtitle"]]
    first = [(raw, a) for raw, a in printed if a["layout"]["subtitle_first"]]
    assert first and len(first) < len(printed)
    for raw, article in first:
        text = "".join(raw.split())
        subtitle, title = ("".join(article[k].split()) for k in ("subtitle", "title"))
        assert text.index(subtitle) < text.index(title)
