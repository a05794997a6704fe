"""The parser on generated pages it was not tuned on: properties on every page,
then the scorer's figures over all of them together.

    PAGES=50 python -m pytest -q tests/test_parse_generated.py

PAGES (default 200) sets how many pages; PAGES_SEED (default 1) which set.
Page k is the page-k file that `python -m tools.make_pages DIR --count N
--seed S` writes with the same N and S, so a failing page can be looked at.
The figures are printed whether or not pytest captures output, and the run
fails when one is below its floor (FLOORS).
"""

from __future__ import annotations

import copy
import os
from collections import Counter
from functools import cache
from pathlib import Path

import pagegen
import pytest
import score_parse
from conservation import lost_and_invented

from digest.enrich import enrich_page
from digest.models import Page, RawPage
from digest.parse import parse_page

HERE = Path(__file__).resolve().parent

PAGES = int(os.environ.get("PAGES", "200"))
PAGES_SEED = int(os.environ.get("PAGES_SEED", "1"))
SEEDS = pagegen.page_seeds(PAGES_SEED, max(PAGES, 0))
NUMBERS = range(1, len(SEEDS) + 1)
# Regression guards just under what the parser reaches on these pages (the figures are
# printed on every run). Another PAGES_SEED gives other pages and somewhat lower figures.
FLOORS = {
    "article_f1": 0.975,
    "title_acc": 0.985,
    "author_f1": 0.98,
    "para_break_f1": 0.98,
    "headlines_placed": 0.985,
    "park_acc": 0.99,
    "topic_f1": 0.84,
}
CEILINGS = {"body_cer": 0.006}


def source_name(number: int) -> str:
    return f"page-{number:0{max(3, len(str(len(SEEDS))))}d}.txt"


@cache
def generated(number: int) -> tuple[str, dict]:
    return pagegen.generate_page(SEEDS[number - 1])


@cache
def parsed(number: int) -> Page:
    raw, _ = generated(number)
    return parse_page(RawPage(source_name(number), raw))


def visible(text: str | None) -> str:
    return "".join((text or "").split())


def shown(counter: Counter, limit: int = 30) -> str:
    items = counter.most_common()
    text = "".join(ch * n for ch, n in items[:limit])
    return text + (f" …(+{len(items) - limit} more)" if len(items) > limit else "")


@pytest.mark.parametrize("number", NUMBERS)
def test_text_is_conserved(number):
    """Every non-whitespace character lands in exactly one field, furniture or unassigned."""
    raw, _ = generated(number)
    lost, invented = lost_and_invented(raw, parsed(number))
    assert not lost and not invented, (
        f"{source_name(number)}: lost {sum(lost.values())} "
        f"[{shown(lost)}], invented {sum(invented.values())} [{shown(invented)}]"
    )


@pytest.mark.parametrize("number", NUMBERS)
def test_every_article_has_a_body(number):
    empty = [a.title or a.id for a in parsed(number).articles if not any(visible(b.text) for b in a.blocks)]
    assert not empty, f"{source_name(number)}: articles without body: {empty}"


@pytest.mark.parametrize("number", NUMBERS)
def test_no_headline_is_left_over(number):
    """Every headline group goes to an article: none is reported unassigned."""
    page = parsed(number)
    headlines = {
        visible(h) for a in generated(number)[1]["articles"] for h in (a["kicker"], a["title"], a["subtitle"])
    }
    assert not [text for text in page.unassigned if visible(text) in headlines]


def placed_as_headline(gold: dict, page: Page) -> tuple[int, int]:
    """(printed kickers, titles and subtitles, how many of them the parse keeps as headlines)."""
    heads = [visible("".join((a.kicker, a.title, a.subtitle))) for a in page.articles]
    printed = [visible(h) for a in gold["articles"] for h in (a["kicker"], a["title"], a["subtitle"]) if h]
    return len(printed), sum(1 for h in printed if any(h in placed for placed in heads))


def trimmed_distance(distance):
    """Edit distance after dropping the common prefix and suffix: the same number, found
    much faster when the texts nearly agree and rapidfuzz is not installed."""

    def inner(a: str, b: str) -> int:
        if a == b:
            return 0
        n, start = min(len(a), len(b)), 0
        while start < n and a[start] == b[start]:
            start += 1
        end = 0
        while end < n - start and a[-1 - end] == b[-1 - end]:
            end += 1
        return distance(a[start : len(a) - end], b[start : len(b) - end])

    return inner


def test_scores_over_all_pages(monkeypatch, capsys, record_property):
    """The scorer's figures over every page together; floors the parser must reach."""
    if not SEEDS:
        pytest.skip("PAGES=0")
    monkeypatch.setattr(score_parse, "edit_distance", trimmed_distance(score_parse.edit_distance))
    zones = score_parse.load_zones()
    total: Counter = Counter()
    per_page, failures = [], []
    printed = kept = 0
    for number in NUMBERS:
        _, gold = generated(number)
        try:
            page = parsed(number)
            pred = enrich_page(page).to_dict()
            count, placed = placed_as_headline(gold, page)
            printed, kept = printed + count, kept + placed
        except Exception as error:  # a crash scores as an empty parse, like the scorer's CLI
            failures.append(f"{source_name(number)}: {type(error).__name__}: {error}")
            pred = {"articles": []}
        counts: Counter = Counter()
        score_parse.score_page(copy.deepcopy(gold), pred, counts, zones)
        total.update(counts)
        per_page.append((score_parse.summary(counts), number))
    figures = score_parse.summary(total)
    figures["headlines_placed"] = round(kept / max(1, printed), 4)
    report = [f"parser on {len(SEEDS)} generated pages (PAGES_SEED={PAGES_SEED}):"]
    report += [f"  {key:22} {value}" for key, value in figures.items()]
    worst = sorted(per_page, key=lambda item: (item[0]["article_f1"], -item[0]["body_cer"]))[:5]
    report.append(
        "  weakest pages: "
        + ", ".join(
            f"{source_name(n)} (article_f1 {s['article_f1']}, body_cer {s['body_cer']})" for s, n in worst
        )
    )
    report += [f"  parse failed: {line}" for line in failures]
    with capsys.disabled():
        print("\n" + "\n".join(report))
    for key, value in figures.items():
        record_property(key, value)
    below = [f"{k} {figures[k]} < {v}" for k, v in FLOORS.items() if figures[k] < v]
    below += [f"{k} {figures[k]} > {v}" for k, v in CEILINGS.items() if figures[k] > v]
    if figures["summary_rougeL"] < figures["lead_baseline_rougeL"]:
        below.append(
            f"summary_rougeL {figures['summary_rougeL']} < lead baseline {figures['lead_baseline_rougeL']}"
        )
    assert not failures and not below, "; ".join(failures[:3] + below)
